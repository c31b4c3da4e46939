package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.store.AnnalsStore;
import org.annals.store.StoreLocation;
import org.annals.store.TestArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server on a loopback port over a store of hand-built articles (no models: the pipeline
 * factory is never called by these tests, which the counter checks).
 */
class AnnalsServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "s3cret-token";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final AtomicInteger PIPELINES = new AtomicInteger();

  @TempDir
  static Path dir;
  static AnnalsServer server;

  @BeforeAll
  static void start() throws IOException {
    Path db = dir.resolve("s.db");
    TestArticles.store(db, TestArticles.allAnd(TestArticles.hostile()));
    server = AnnalsServer.start(StoreLocation.of(db), new AnnalsServer.Options("127.0.0.1", 0, TOKEN, 4096), () -> {
      PIPELINES.incrementAndGet();
      throw new IllegalStateException("no models in this test");
    });
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void everyReadRouteAnswersJsonInSnakeCaseWithPages() throws Exception {
    JsonNode events = json(get("/api/events?limit=2"));
    assertThat(events.get("limit").asInt()).isEqualTo(2);
    assertThat(events.get("items")).hasSize(2);
    assertThat(events.get("items").get(0).has("event_id")).isTrue();
    assertThat(events.get("items").get(0).has("source_count")).isTrue();
    // the next page continues where the first stopped, in the same order
    JsonNode all = json(get("/api/events?limit=50"));
    JsonNode second = json(get("/api/events?limit=2&offset=2"));
    assertThat(second.get("items").get(0).get("event_id")).isEqualTo(all.get("items").get(2).get("event_id"));

    String strike = null;
    for (JsonNode e : all.get("items")) {
      if (e.get("type").asText().equals("ASSAULT")) {
        strike = e.get("event_id").asText();
      }
    }
    assertThat(strike).isNotNull();
    JsonNode detail = json(get("/api/events/" + strike));
    assertThat(detail.get("event").get("event_id").asText()).isEqualTo(strike);
    assertThat(detail.get("reports")).isNotEmpty();
    JsonNode report = detail.get("reports").get(0);
    assertThat(report.get("evidence").asText()).contains(report.get("trigger").asText());
    assertThat(report.has("article_id")).isTrue();

    assertThat(json(get("/api/events?type=CONSULT")).get("items")).allSatisfy(
        e -> assertThat(e.get("type").asText()).isEqualTo("CONSULT"));
    assertThat(json(get("/api/entities/" + enc("Marco Rubio"))).get(0).toString()).contains("Rubio");
    assertThat(json(get("/api/stories")).get("items")).isNotEmpty();
    assertThat(json(get("/api/stories/s2")).toString()).contains("Talks");
    assertThat(json(get("/api/timeline?entity=" + enc("Zelensky"))).get("items")).isNotEmpty();
    assertThat(json(get("/api/quotes")).has("items")).isTrue();
    JsonNode articles = json(get("/api/articles?limit=100"));
    assertThat(articles.get("count").asInt()).isEqualTo(5);
    String id = articles.get("items").get(0).get("article_id").asText();
    JsonNode article = json(get("/api/articles/" + id));
    assertThat(article.get("text").asText()).isNotBlank();
    assertThat(article.get("marks").toString()).contains("\"kind\":\"event\"").contains("\"kind\":\"entity\"");
    assertThat(json(get("/api/search?q=ceasefire")).get("items")).isNotEmpty();
  }

  @Test
  void badRequestsAreRefusedWithAJsonMessageAndTheRightStatus() throws Exception {
    assertError(get("/api/search"), 400, "'q' is required");
    assertError(get("/api/events?limit=0"), 400, "'limit' must be between 1 and 500");
    assertError(get("/api/events?limit=ten"), 400, "whole number");
    assertError(get("/api/events?from=yesterday"), 400, "YYYY-MM-DD");
    assertError(get("/api/events?type=PARTY"), 400, "PARTY");
    assertError(get("/api/events?status=maybe"), 400, "status");
    assertError(get("/api/timeline"), 400, "exactly one of entity, story and place");
    assertError(get("/api/events/V-nope"), 404, "no event V-nope");
    assertError(get("/api/articles/a0"), 404, "no article a0");
    assertError(get("/api/entities/Nobody"), 404, "no entity");
    assertError(get("/api/nothing"), 404, "GET /api/nothing not found");
    assertError(get("/api/search?q=" + "x".repeat(600)), 414, "longer than 500");
  }

  @Test
  void writesNeedTheTokenAndBoundedBodies() throws Exception {
    assertError(post("/api/extract", "{\"text\":\"Hello.\"}", null), 401, "token");
    assertError(post("/api/ingest", "{\"text\":\"Hello.\"}", "wrong-token"), 401, "token");
    assertError(post("/api/extract", "{\"text\":\"" + "a".repeat(5000) + "\"}", TOKEN), 413, "");
    assertError(post("/api/extract", "{\"txt\":\"Hello.\"}", TOKEN), 400, "no \"text\" field");
    assertError(post("/api/ingest", "\n\n", TOKEN), 400, "no articles");
    assertThat(PIPELINES.get()).isZero();
  }

  @Test
  void anIngestWhileAnotherWriterHoldsTheStoreIsToldToComeBackLater() throws Exception {
    try (AnnalsStore writer = AnnalsStore.open(dir.resolve("s.db"))) {
      HttpResponse<String> r = post("/api/ingest", "{\"text\":\"Hello.\"}", TOKEN);
      assertError(r, 503, "open for writing by another process");
      assertThat(r.headers().firstValue("Retry-After")).contains(String.valueOf(AnnalsServer.WRITE_WAIT.toSeconds()));
    }
    assertThat(PIPELINES.get()).isZero();
  }

  @Test
  void articleMarkupIsDataNeverPageAndEveryResponseCarriesAStrictPolicy() throws Exception {
    HttpResponse<String> r = get("/api/articles?limit=100");
    assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(AnnalsServer.CSP);
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    String hostile = null;
    for (JsonNode a : json(r).get("items")) {
      if ("hostile-1".equals(a.get("input_id").asText())) {
        hostile = a.get("article_id").asText();
      }
    }
    JsonNode article = json(get("/api/articles/" + hostile));
    // the text comes back as it was stored, as a JSON string: the page that shows it escapes it
    assertThat(article.get("text").asText()).contains("<script>alert('x')</script>")
        .contains("\"><img src=x onerror=alert(1)>");
    assertThat(get("/api/articles/" + hostile).headers().firstValue("Content-Type").orElse(""))
        .doesNotContain("html");
  }

  @Test
  void theOpenApiDescriptionIsValidAndNamesEveryRoute() throws Exception {
    HttpResponse<String> r = get("/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body());
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getPaths().keySet()).containsExactlyInAnyOrder("/api/search", "/api/events",
        "/api/events/{id}", "/api/entities/{name}", "/api/stories", "/api/stories/{id}", "/api/timeline",
        "/api/quotes", "/api/articles", "/api/articles/{id}", "/api/extract", "/api/ingest");
  }

  @Test
  void theApiIsRenderedByTheBundledSwaggerUi() throws Exception {
    HttpResponse<String> page = get("/api/docs");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("src=\"(/webjars/swagger-ui/[^\"]+\\.js)\"")
        .matcher(page.body());
    assertThat(m.find()).isTrue();
    HttpResponse<String> bundle = get(m.group(1));
    assertThat(bundle.statusCode()).isEqualTo(200);
    assertThat(bundle.body()).contains("SwaggerUIBundle");
    assertThat(get("/api/docs.js").body()).contains("/openapi.json");
    assertThat(page.body()).doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void everyPageRendersAndEscapesWhatTheArticlesSay() throws Exception {
    JsonNode all = json(get("/api/events?limit=50&status=all"));
    String event = all.get("items").get(0).get("event_id").asText();
    String hostile = null;
    for (JsonNode a : json(get("/api/articles?limit=100")).get("items")) {
      if ("hostile-1".equals(a.get("input_id").asText())) {
        hostile = a.get("article_id").asText();
      }
    }
    for (String path : List.of("/", "/search?q=ceasefire", "/search?q=Kyiv&type=PROTEST", "/events",
        "/events?type=ASSAULT&from=2022-01-01", "/events/" + event, "/entities/" + enc("Marco Rubio"), "/stories",
        "/stories/s2", "/stories/s9", "/articles", "/articles/" + hostile)) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(AnnalsServer.CSP);
      // no markup from an article, a title, a source or a story label reaches the page as markup
      assertThat(r.body()).as(path).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<b>Wire");
    }
    String page = get("/articles/" + hostile).body();
    assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    assertThat(page).contains("<mark class=\"event\"").contains("href=\"/events/");
    // a time shows its value, a quote wraps what it holds and names its speaker, all escaped
    assertThat(page).contains("<mark class=\"time\" title=\"DATE 2025-05-19&quot;&gt;&lt;script&gt;\">Monday "
        + "<small class=\"value\">2025-05-19&quot;&gt;&lt;script&gt;</small></mark>");
    assertThat(page).contains("<span class=\"quote\" title=\"quote: unattributed\">&lt;b&gt;Free&lt;/b&gt; "
        + "<a href=\"/entities/L-kyiv\"><mark class=\"entity location\"");
    String strikeArticle = null;
    for (JsonNode a : json(get("/api/articles?limit=100")).get("items")) {
      if ("reuters-1".equals(a.get("input_id").asText())) {
        strikeArticle = a.get("article_id").asText();
      }
    }
    assertThat(get("/articles/" + strikeArticle).body())
        .contains("<span class=\"quote\" title=\"quote: Volodymyr Zelensky\">")
        .contains(" wants war</span> <small class=\"speaker\"><a href=\"/entities/P-zel\">Volodymyr Zelensky</a></small>")
        .contains("<small class=\"value\">2025-06-01</small>");
    assertThat(get("/stories").body()).contains("&lt;script&gt;story&lt;/script&gt;");
    // the strike story: 7 then 9 killed, two reports, the conflict flagged on the story page
    String strikeStory = null;
    for (JsonNode st : json(get("/api/stories")).get("items")) {
      if (!st.get("id").asText().equals("s2") && !st.get("id").asText().equals("s9")) {
        strikeStory = st.get("id").asText();
      }
    }
    assertThat(get("/stories/" + strikeStory).body()).contains("<table class=\"figures\"").contains("killed");
    // a story's quotes, with their speaker linked
    StringBuilder storyPages = new StringBuilder();
    for (JsonNode st : json(get("/api/stories")).get("items")) {
      storyPages.append(get("/stories/" + st.get("id").asText()).body());
    }
    assertThat(storyPages.toString()).contains("<blockquote>We talked about peace number 1</blockquote>")
        .contains(">Marco Rubio</a> · ");
    HttpResponse<String> missing = get("/events/V-nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(get("/static/annals.css").statusCode()).isEqualTo(200);
  }

  private static void assertError(HttpResponse<String> r, int status, String message) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    JsonNode body = json(r);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("error").asText()).contains(message);
  }
}
