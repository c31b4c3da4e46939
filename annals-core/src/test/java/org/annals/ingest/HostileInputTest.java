package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs made to exhaust memory or time: each is refused with a message naming the bound, within
 * bounded memory and time, and the inputs beside it are still read. The big inputs are generated
 * here, streamed to disk, never held whole.
 */
class HostileInputTest {

  @TempDir
  Path dir;

  private static final byte[] GOOD_PAGE = ("<!doctype html><html><head><title>Talks</title></head><body><article>"
      + "<p>Envoys of Valdoria and Kostrana met in Sarnow on Tuesday to discuss prisoners.</p></article></body>"
      + "</html>").getBytes(StandardCharsets.UTF_8);

  @Test
  void aWarcRecordHeaderOfManyMegabytesIsRefusedAndTheNextFileIsRead() throws IOException {
    Path warc = dir.resolve("bomb.warc.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(warc), 1 << 16)) {
      out.write(response("https://herald.example/good", GOOD_PAGE));
      out.write("WARC/1.0\r\nWARC-Type: response\r\nX-Junk: ".getBytes(StandardCharsets.US_ASCII));
      writeRepeated(out, 'a', 64L << 20); // one header line of 64 MB, about 64 KB gzipped
      out.write("\r\nContent-Length: 0\r\n\r\n\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(Files.size(warc)).isLessThan(1 << 20);
    Path next = Inputs.write(dir.resolve("next.txt"), "Still read.");

    List<ArticleInput> inputs = Inputs.readAll(warc, next);

    assertThat(inputs).hasSize(3);
    assertThat(inputs.get(0).article().id()).isEqualTo("https://herald.example/good");
    assertThat(inputs.get(1).problem()).isEqualTo("broken WARC record: WARC record header longer than "
        + WarcFile.MAX_HEADER_BYTES + " bytes");
    assertThat(inputs.get(1).origin()).startsWith(warc + " at uncompressed byte ");
    assertThat(inputs.get(2).article().text()).isEqualTo("Still read.");
    // counting the inputs before a run (for its ETA) is bounded the same way
    assertThat(InputCount.of(List.of(warc.toString(), next.toString()), InputFormat.AUTO)).isEqualTo(1 + 1);
  }

  @Test
  void anHttpHeaderOfManyMegabytesInsideARecordFailsThatRecordOnly() throws IOException {
    Path warc = dir.resolve("http-bomb.warc");
    byte[] junk = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Junk: " + "b".repeat(8 << 20) + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(warc)) {
      out.write(record("https://herald.example/bomb", junk));
      out.write(response("https://herald.example/after", GOOD_PAGE));
    }

    List<ArticleInput> inputs = Inputs.readAll(warc);

    assertThat(inputs).hasSize(2);
    assertThat(inputs.get(0).problem()).isEqualTo("unreadable WARC response: HTTP response header longer than "
        + WarcFile.MAX_HEADER_BYTES + " bytes");
    assertThat(inputs.get(1).article().id()).isEqualTo("https://herald.example/after");
  }

  @Test
  void aFeedLargerThanTheFeedLimitIsRefusedWithoutBeingParsed() throws IOException {
    Path feed = dir.resolve("huge.xml");
    try (OutputStream out = Files.newOutputStream(feed)) {
      out.write(("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Huge</title><item><title>One</title>"
          + "<description>").getBytes(StandardCharsets.US_ASCII));
      writeRepeated(out, 'c', SizeLimit.MAX_FEED_BYTES);
      out.write("</description></item></channel></rss>".getBytes(StandardCharsets.US_ASCII));
    }
    Path next = Inputs.write(dir.resolve("next.txt"), "Still read.");

    List<ArticleInput> inputs = Inputs.readAll(feed, next);

    assertThat(inputs).hasSize(2);
    assertThat(inputs.get(0).problem()).isEqualTo("feed larger than " + SizeLimit.MAX_FEED_BYTES
        + " bytes (a feed is read whole; split it)");
    assertThat(inputs.get(1).article().text()).isEqualTo("Still read.");
    assertThat(InputCount.of(List.of(feed.toString()), InputFormat.AUTO)).isEqualTo(1);
  }

  @Test
  void aDownloadIsBoundedInTimeAndBytes() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/slow", exchange -> {
      exchange.sendResponseHeaders(200, 0); // chunked, never ends
      trickle(exchange, 600);
    });
    server.createContext("/endless", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[1 << 16];
      java.util.Arrays.fill(chunk, (byte) 'x');
      try (OutputStream out = exchange.getResponseBody()) {
        for (long sent = 0; sent < (4L << 30); sent += chunk.length) {
          out.write(chunk);
        }
      } catch (IOException gone) {
        // the client hung up
      }
    });
    server.createContext("/declared", exchange -> {
      exchange.sendResponseHeaders(200, 3L << 30);
      // the body trickles: the client must refuse on the header alone, not race a closed socket
      trickle(exchange, 100);
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    try {
      long start = System.nanoTime();
      try (InputStream slow = WebInput.fetch(URI.create(base + "/slow"), 1 << 20, Duration.ofSeconds(1))) {
        assertThatThrownBy(slow::readAllBytes).hasMessage("download took longer than 1 s");
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
      try (InputStream endless = WebInput.fetch(URI.create(base + "/endless"), 1 << 20)) {
        assertThatThrownBy(endless::readAllBytes).hasMessage("download larger than 1048576 bytes");
      }
      assertThatThrownBy(() -> WebInput.fetch(URI.create(base + "/declared"), 1 << 20))
          .isInstanceOf(InputProblem.class)
          .hasMessage("download larger than 1048576 bytes (the server says 3221225472)");
      // through the reader: the page is refused one byte past its limit, and the batch goes on
      List<ArticleInput> inputs = Inputs.readAll(InputFormat.HTML, 1000, new byte[0], base + "/endless");
      assertThat(inputs).singleElement().satisfies(i -> assertThat(i.problem()).startsWith("page too large: more than"));
    } finally {
      server.stop(0);
    }
  }

  /** Writes a byte every 100 ms, {@code bytes} times, until the client hangs up. */
  private static void trickle(com.sun.net.httpserver.HttpExchange exchange, int bytes) {
    try (OutputStream out = exchange.getResponseBody()) {
      for (int i = 0; i < bytes; i++) {
        out.write('<');
        out.flush();
        Thread.sleep(100);
      }
    } catch (IOException | InterruptedException gone) {
      // the client hung up, as it should
    }
  }

  private static void writeRepeated(OutputStream out, char c, long count) throws IOException {
    byte[] chunk = new byte[1 << 16];
    java.util.Arrays.fill(chunk, (byte) c);
    for (long left = count; left > 0; left -= chunk.length) {
      out.write(chunk, 0, (int) Math.min(chunk.length, left));
    }
  }

  private static byte[] response(String uri, byte[] page) {
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + page.length + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] block = new byte[head.length + page.length];
    System.arraycopy(head, 0, block, 0, head.length);
    System.arraycopy(page, 0, block, head.length, page.length);
    return record(uri, block);
  }

  private static byte[] record(String uri, byte[] block) {
    String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\n"
        + "WARC-Date: 2025-06-03T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
            uri.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
    byte[] h = header.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[h.length + block.length + 4];
    System.arraycopy(h, 0, out, 0, h.length);
    System.arraycopy(block, 0, out, h.length, block.length);
    System.arraycopy("\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0, out, h.length + block.length, 4);
    return out;
  }
}
