package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.store.Backend;
import org.annals.store.StoreLocation;
import org.annals.store.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server over a PostgreSQL store answers every read route as it does over the same articles in
 * SQLite; search finds the same hits, which the engines may rank in another order (BM25 and
 * ts_rank).
 */
class ServerOnPostgresTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static final List<String> ROUTES = List.of("/api/search?q=death%20toll", "/api/search?q=Kyiv",
      "/api/events?limit=50", "/api/events?type=ASSAULT&status=all", "/api/events/V-strike",
      "/api/timeline?entity=Kyiv", "/api/timeline?entity=Russia&status=all", "/api/entities/zelenskiy",
      "/api/stories", "/api/stories/s1", "/api/quotes?speaker=Zelensky", "/api/articles", "/", "/events",
      "/entities/Kyiv", "/stories/s3");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void everyReadRouteAnswersAsOverSqlite() throws Exception {
    Map<String, String> sqlite = answers(Backend.SQLITE.newStore(dir, "s.db"));
    Map<String, String> postgres = answers(Backend.POSTGRESQL.newStore(dir, "s.db"));
    assertThat(sqlite.values()).allMatch(body -> !body.startsWith("404") && !body.startsWith("500"));
    assertThat(postgres).containsExactlyEntriesOf(sqlite);
  }

  /** Each route's status and body over a store of the fixture articles. */
  private static Map<String, String> answers(StoreLocation db) throws Exception {
    TestArticles.store(db, TestArticles.allAnd(TestArticles.datesAndStatuses()));
    Map<String, String> out = new LinkedHashMap<>();
    try (AnnalsServer server = AnnalsServer.start(db, new AnnalsServer.Options("127.0.0.1", 0, null, 4096), () -> {
      throw new IllegalStateException("no models in this test");
    })) {
      for (String route : ROUTES) {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
            + route)).GET().build(), HttpResponse.BodyHandlers.ofString());
        out.put(route, r.statusCode() + " " + (route.startsWith("/api/search") ? hits(r.body()) : r.body()));
      }
    }
    return out;
  }

  /** A search's hits, whatever their order. */
  private static String hits(String body) throws Exception {
    List<String> items = new ArrayList<>();
    JSON.readTree(body).get("items").forEach(item -> items.add(item.toString()));
    assertThat(items).isNotEmpty();
    Collections.sort(items);
    return String.join("\n", items);
  }
}
