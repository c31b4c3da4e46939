package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.annals.model.DateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedAndWarcTest {

  @TempDir
  Path dir;

  private static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Kostrana Herald</title>
          <link>https://herald.example/</link>
          <description>Invented news for tests</description>
          <item>
            <title>Port struck &amp; closed</title>
            <link>https://herald.example/port</link>
            <guid>https://herald.example/port</guid>
            <pubDate>Mon, 02 Jun 2025 23:30:00 -0300</pubDate>
            <description>Short summary.</description>
            <content:encoded><![CDATA[<p>Drones struck the port of Velin overnight.</p><p>Officials said two people were hurt.</p>]]></content:encoded>
          </item>
          <item>
            <title>Empty item</title>
            <link>https://herald.example/empty</link>
          </item>
          <item>
            <title>Talks</title>
            <link>https://herald.example/talks</link>
            <description>Envoys met in Sarnow on Tuesday.</description>
          </item>
        </channel>
      </rss>
      """;

  private static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Valdoria Wire</title>
        <id>urn:example:wire</id>
        <updated>2025-06-03T08:00:00Z</updated>
        <entry>
          <title>Ceasefire holds</title>
          <id>urn:example:wire:1</id>
          <link href="https://wire.example/1"/>
          <updated>2025-06-03T08:00:00Z</updated>
          <content type="html">&lt;p&gt;The ceasefire held for a third day.&lt;/p&gt;</content>
        </entry>
      </feed>
      """;

  @Test
  void rssItemsAreArticlesWithTheirContentDateAndLink() {
    Path feed = Inputs.write(dir.resolve("herald.rss"), RSS);
    List<ArticleInput> inputs = Inputs.readAll(feed);

    assertThat(inputs).hasSize(3);
    ArticleInput port = inputs.get(0);
    assertThat(port.article().id()).isEqualTo("https://herald.example/port");
    assertThat(port.article().text())
        .isEqualTo("Drones struck the port of Velin overnight.\n\nOfficials said two people were hurt.");
    assertThat(port.article().title()).isEqualTo("Port struck & closed");
    assertThat(port.article().source()).isEqualTo("Kostrana Herald");
    // 23:30 at -03:00 is the next day in UTC
    assertThat(port.article().date()).isEqualTo(LocalDate.of(2025, 6, 3));
    assertThat(port.article().dateSource()).isEqualTo(DateSource.INPUT);

    assertThat(inputs.get(1).ok()).isFalse();
    assertThat(inputs.get(1).origin()).isEqualTo(feed + " item 2");
    assertThat(inputs.get(1).problem()).contains("no text");

    assertThat(inputs.get(2).article().text()).isEqualTo("Envoys met in Sarnow on Tuesday.");
    assertThat(inputs.get(2).article().date()).isNull();
  }

  @Test
  void atomFeedsAreRecognisedByContentEvenAsXml() {
    Path feed = Inputs.write(dir.resolve("wire.xml"), ATOM);
    ArticleInput entry = Inputs.readOne(feed);

    assertThat(entry.article().id()).isEqualTo("urn:example:wire:1");
    assertThat(entry.article().text()).isEqualTo("The ceasefire held for a third day.");
    assertThat(entry.article().date()).isEqualTo(LocalDate.of(2025, 6, 3));
  }

  @Test
  void aBrokenFeedIsOneProblemAndTheBatchGoesOn() {
    Path broken = Inputs.write(dir.resolve("a-broken.rss"), "<?xml version=\"1.0\"?><rss><channel><item>");
    Path good = Inputs.write(dir.resolve("b.txt"), "Still read.");
    List<ArticleInput> inputs = Inputs.readAll(broken, good);

    assertThat(inputs).hasSize(2);
    assertThat(inputs.get(0).origin()).isEqualTo(broken.toString());
    assertThat(inputs.get(0).problem()).startsWith("not a readable RSS or Atom feed");
    assertThat(inputs.get(1).article().text()).isEqualTo("Still read.");
  }

  @Test
  void warcHtmlResponsesAreArticlesAndOtherRecordsArePassedOver() throws IOException {
    byte[] warc = concat(
        record("warcinfo", null, "text/plain", "software: test\r\n".getBytes(StandardCharsets.UTF_8)),
        response("https://herald.example/port", "200 OK", "text/html; charset=utf-8", page("Port struck",
            "Drones struck the port of Velin overnight, officials said on Monday.")),
        response("https://herald.example/logo.png", "200 OK", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        response("https://herald.example/moved", "301 Moved", "text/html", page("Moved", "Moved away.")),
        response("https://herald.example/talks", "200 OK", "text/html", page("Talks",
            "Envoys of Valdoria and Kostrana met in Sarnow on Tuesday to discuss prisoners.")));
    Path plain = Inputs.write(dir.resolve("news.warc"), warc);
    Path gzipped = Inputs.write(dir.resolve("news2.warc.gz"), gzipEachRecord(
        record("warcinfo", null, "text/plain", "software: test\r\n".getBytes(StandardCharsets.UTF_8)),
        response("https://herald.example/gz", "200 OK", "text/html", page("Gz",
            "The ceasefire held for a third day, the monitors reported."))));

    List<ArticleInput> inputs = Inputs.readAll(plain, gzipped);

    assertThat(inputs).extracting(input -> input.article().id())
        .containsExactly("https://herald.example/port", "https://herald.example/talks", "https://herald.example/gz");
    assertThat(inputs.get(0).article().text()).contains("Drones struck the port of Velin");
    assertThat(inputs.get(0).article().date()).isEqualTo(LocalDate.of(2025, 6, 2));
    assertThat(inputs.get(0).origin()).startsWith(plain + " at byte ").endsWith("(https://herald.example/port)");
    // counted before a run for its ETA: every response record, HTML or not
    assertThat(InputCount.of(List.of(plain.toString(), gzipped.toString()), InputFormat.AUTO)).isEqualTo(4 + 1);
  }

  @Test
  void anArchiveWithoutPagesAndAnEmptyJsonLinesFileAreReportedNotPassedOver() {
    Path images = Inputs.write(dir.resolve("images.warc"), concat(
        record("warcinfo", null, "text/plain", "software: test\r\n".getBytes(StandardCharsets.UTF_8)),
        response("https://herald.example/logo.png", "200 OK", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})));
    Path empty = Inputs.write(dir.resolve("empty.warc"), new byte[0]);
    Path lines = Inputs.write(dir.resolve("blank.jsonl"), "\n  \n");

    List<ArticleInput> inputs = Inputs.readAll(images, empty, lines);

    assertThat(inputs).extracting(ArticleInput::problem).containsExactly(
        "no HTML pages among its 2 WARC records", "no WARC records (empty archive)", "no JSON lines: only blank lines");
  }

  @Test
  void aTruncatedWarcEndsWithAProblemNamingTheOffsetAfterTheGoodRecords() {
    byte[] good = response("https://herald.example/a", "200 OK", "text/html", page("A",
        "Envoys met in Sarnow on Tuesday to discuss prisoners."));
    byte[] broken = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nHTTP/1.1 200"
        .getBytes(StandardCharsets.UTF_8);
    Path warc = Inputs.write(dir.resolve("cut.warc"), concat(good, broken));
    Path next = Inputs.write(dir.resolve("next.txt"), "Still read.");

    List<ArticleInput> inputs = Inputs.readAll(warc, next);

    assertThat(inputs).hasSize(3);
    assertThat(inputs.get(0).ok()).isTrue();
    assertThat(inputs.get(1).ok()).isFalse();
    assertThat(inputs.get(1).origin()).isEqualTo(warc + " at byte " + good.length);
    assertThat(inputs.get(2).article().text()).isEqualTo("Still read.");
  }

  private static byte[] page(String title, String paragraph) {
    return ("<!doctype html><html><head><title>" + title + "</title>"
        + "<meta property=\"article:published_time\" content=\"2025-06-02T09:00:00Z\"></head>"
        + "<body><nav>Home | World</nav><article><h1>" + title + "</h1><p>" + paragraph + "</p>"
        + "<p>" + paragraph + " More details followed later in the day.</p></article></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] response(String uri, String status, String contentType, byte[] body) {
    byte[] head = ("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + body.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    return record("response", uri, "application/http; msgtype=response", concat(head, body));
  }

  private static int recordCount;

  private static byte[] record(String type, String uri, String contentType, byte[] block) {
    String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\n"
        + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
        + "WARC-Date: 2025-06-03T10:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" + String.format("%012d", ++recordCount) + ">\r\n"
        + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    return concat(header.getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] gzipEachRecord(byte[]... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] r : records) {
      ByteArrayOutputStream member = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
        gz.write(r);
      }
      out.write(member.toByteArray());
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
