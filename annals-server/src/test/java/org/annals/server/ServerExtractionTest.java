package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.annals.pipeline.ArticlePipeline;
import org.annals.store.AnnalsStore;
import org.annals.store.StoreLocation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction and ingest through the server with the real models (loaded on the first write). */
@Tag("slow")
class ServerExtractionTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "a-token-of-some-length";

  @Test
  void anArticlePostedIsExtractedAndAnIngestedOneIsFoundByTheNextQuery(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("e.db");
    AnnalsStore.open(db).close();
    HttpClient http = HttpClient.newHttpClient();
    try (AnnalsServer server = AnnalsServer.start(StoreLocation.of(db), new AnnalsServer.Options("127.0.0.1", 0, TOKEN, 1 << 20),
        ArticlePipeline::standard)) {
      String base = "http://127.0.0.1:" + server.port();
      String article = "{\"id\":\"t1\",\"date\":\"2025-06-03\",\"text\":\"Police arrested 40 protesters in Tbilisi "
          + "on Monday, the interior ministry said.\"}";
      HttpResponse<String> x = http.send(HttpRequest.newBuilder(URI.create(base + "/api/extract"))
          .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(article)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(x.statusCode()).as(x.body()).isEqualTo(200);
      JsonNode extraction = JSON.readTree(x.body());
      assertThat(extraction.get("events").toString()).contains("COERCE").contains("arrested");
      // extraction alone stores nothing
      assertThat(JSON.readTree(get(http, base + "/api/articles")).get("count").asInt()).isZero();

      HttpResponse<String> in = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
          .header("Authorization", "Bearer " + TOKEN)
          .POST(HttpRequest.BodyPublishers.ofString(article + "\n{\"title\":\"no text\"}\n" + article)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
      JsonNode summary = JSON.readTree(in.body());
      assertThat(summary.get("added").asInt()).isEqualTo(1);
      assertThat(summary.get("failed").asInt()).isEqualTo(1);
      assertThat(summary.get("already_stored").asInt()).isEqualTo(1);
      assertThat(summary.get("articles").get(1).get("problem").asText()).contains("no \"text\" field");
      assertThat(JSON.readTree(get(http, base + "/api/search?q=Tbilisi")).get("items")).isNotEmpty();
      assertThat(JSON.readTree(get(http, base + "/api/events?type=COERCE")).get("items")).isNotEmpty();
    }
  }

  private static String get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
  }
}
