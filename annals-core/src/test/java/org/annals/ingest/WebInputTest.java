package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feeds named by URL, fetched from a real HTTP server on the loopback interface. */
class WebInputTest {

  private static final String FEED = """
      <?xml version="1.0"?>
      <rss version="2.0"><channel><title>Loopback News</title>
        <item><title>One</title><link>https://loop.example/1</link>
          <description>Envoys met in Sarnow on Tuesday.</description></item>
        <item><title>Two</title><link>https://loop.example/2</link>
          <description>The ceasefire held for a third day.</description></item>
      </channel></rss>
      """;

  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/news/feed", exchange -> {
      byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aFeedUrlIsFetchedAndItsItemsRead() {
    List<ArticleInput> inputs = Inputs.readAll(InputFormat.AUTO, base + "/news/feed");

    assertThat(inputs).extracting(i -> i.article().id()).containsExactly("https://loop.example/1", "https://loop.example/2");
    assertThat(inputs.get(0).article().source()).isEqualTo("Loopback News");
    assertThat(inputs.get(0).origin()).isEqualTo(base + "/news/feed item 1");
  }

  @Test
  void aUrlThatFailsIsAProblemNamingItAndTheStatus() {
    List<ArticleInput> inputs = Inputs.readAll(InputFormat.AUTO, base + "/missing", base + "/news/feed");

    assertThat(inputs.get(0).origin()).isEqualTo(base + "/missing");
    assertThat(inputs.get(0).problem()).isEqualTo("cannot fetch: HTTP 404");
    assertThat(inputs).hasSize(3);
  }
}
