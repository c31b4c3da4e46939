package org.annals.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.annals.ingest.ArticleInput;
import org.annals.model.Article;
import org.annals.output.ExtractionWriter;
import org.annals.pipeline.ArticlePipeline;
import org.annals.store.AnnalsStore;
import org.annals.store.StoreBusyException;
import org.annals.store.StoreException;
import org.annals.store.StoreLocation;
import org.annals.store.ingest.Ingest;
import org.annals.store.query.EventFilter;
import org.annals.store.query.EventStatuses;
import org.annals.store.query.StoreQueries;
import org.annals.store.query.TimelineEvent;

/**
 * {@code annals serve}: the record over HTTP. One process: the store opened read-only for queries
 * (a few connections, two per core, each query on a free one), the extraction models loaded on the first request that
 * extracts. JSON in the exports' snake_case; errors as {@code {"error": ..., "status": ...}}.
 * Writes ({@code POST /api/extract}, {@code POST /api/ingest}) need the token; request bodies are
 * bounded; the server never fetches a URL a request names. The routes are described by
 * {@code /openapi.json}.
 */
public final class AnnalsServer implements AutoCloseable {

  /**
   * @param host the address to bind (loopback by default)
   * @param port the port (0: any free one)
   * @param token the secret writes must carry, or null to refuse every write
   * @param maxBodyBytes the largest request body accepted
   */
  public record Options(String host, int port, String token, long maxBodyBytes) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_BODY = 8L << 20;

    public Options {
      Objects.requireNonNull(host, "host");
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive");
      }
    }
  }

  /** The largest page of results a request may ask for. */
  static final int MAX_LIMIT = 500;
  private static final int DEFAULT_LIMIT = 50;
  private static final int MAX_OFFSET = 100_000;
  private static final int MAX_QUERY_CHARS = 500;
  private static final int MAX_ARTICLES_PER_INGEST = 1_000;
  /** How long an ingest request waits for another writer of the store (an ingest of hours) before 503. */
  static final java.time.Duration WRITE_WAIT = java.time.Duration.ofSeconds(30);
  private static final int MAX_ARTICLE_CHARS = 2_000_000;
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private final StoreLocation db;
  private final java.util.concurrent.BlockingQueue<AnnalsStore> readers;
  private final byte[] tokenDigest;
  private final Supplier<ArticlePipeline> pipeline;
  private final Object writes = new Object();
  private final Javalin app;
  private final byte[] openApi;
  private final String apiDocs;
  private final byte[] apiDocsJs;
  private final byte[] css;
  private final byte[] worldSvg;

  private AnnalsServer(StoreLocation db, Options options, Supplier<ArticlePipeline> pipelineFactory)
      throws IOException {
    this.db = db;
    int n = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
    this.readers = new java.util.concurrent.ArrayBlockingQueue<>(n);
    for (int i = 0; i < n; i++) {
      readers.add(AnnalsStore.openReadOnly(db));
    }
    this.tokenDigest = options.token() == null || options.token().isBlank() ? null : sha256(options.token().strip());
    this.pipeline = memoize(pipelineFactory);
    this.openApi = resource("openapi.json");
    this.apiDocs = new String(resource("api-docs.html"), StandardCharsets.UTF_8)
        .replace("SWAGGER_UI_VERSION", webjarVersion("swagger-ui"));
    this.apiDocsJs = resource("api-docs.js");
    this.css = resource("annals.css");
    this.worldSvg = Pages.worldSvg(new String(resource("world-110m.tsv"), StandardCharsets.UTF_8))
        .getBytes(StandardCharsets.UTF_8);
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = options.maxBodyBytes();
      config.jsonMapper(new JavalinJackson(JSON, false));
      config.staticFiles.enableWebjars();
    });
    routes();
    app.start(options.host(), options.port());
  }

  /**
   * Starts serving {@code db}.
   *
   * @param pipeline makes the extraction pipeline, called once, on the first request that extracts
   */
  public static AnnalsServer start(StoreLocation db, Options options, Supplier<ArticlePipeline> pipeline)
      throws IOException {
    return new AnnalsServer(db, options, pipeline);
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    readers.forEach(AnnalsStore::close);
  }

  // ---- routes ------------------------------------------------------------------------------

  private void routes() {
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
    });
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    app.get("/api/docs", ctx -> ctx.html(apiDocs));
    app.get("/api/docs.js", ctx -> ctx.contentType("text/javascript").result(apiDocsJs));
    app.get("/api/search", ctx -> {
      String q = required(ctx, "q");
      paged(ctx, (s, n) -> s.search(q, n));
    });
    app.get("/api/events", ctx -> {
      int limit = limit(ctx);
      int offset = offset(ctx);
      String story = optional(ctx, "story");
      EventStatuses statuses = statuses(ctx);
      LocalDate from = date(ctx, "from");
      LocalDate to = date(ctx, "to");
      String type = optional(ctx, "type");
      String place = optional(ctx, "place");
      String actor = optional(ctx, "actor");
      List<TimelineEvent> events;
      if (story != null) {
        // a story's events, then the other filters over them
        List<TimelineEvent> all = query(s -> s.withStatuses(statuses).storyTimeline(story, from, to, MAX_OFFSET));
        events = all.stream().filter(e -> type == null || e.type().equalsIgnoreCase(type))
            .filter(e -> place == null || place.equalsIgnoreCase(e.place()) || place.equals(e.placeId()))
            .filter(e -> actor == null || e.actors().stream().anyMatch(p -> actor.equalsIgnoreCase(p.name())
                || actor.equals(p.entityId())))
            .toList();
      } else {
        EventFilter filter = filter(type, from, to, place, actor, limit + offset);
        events = query(s -> s.withStatuses(statuses).events(filter));
      }
      ctx.json(page(events, limit, offset));
    });
    app.get("/api/events/{id}", ctx -> {
      String id = ctx.pathParam("id");
      ctx.json(query(s -> s.event(id)).orElseThrow(() -> notFound("no event " + id)));
    });
    app.get("/api/entities/{name}", ctx -> {
      String name = ctx.pathParam("name");
      var found = query(s -> s.entity(name));
      if (found.isEmpty()) {
        throw notFound("no entity named " + name);
      }
      ctx.json(found);
    });
    app.get("/api/stories", ctx -> paged(ctx, StoreQueries::stories));
    app.get("/api/stories/{id}", ctx -> {
      String id = ctx.pathParam("id");
      int limit = limit(ctx);
      ctx.json(query(s -> s.story(id, limit)).orElseThrow(() -> notFound("no story " + id)));
    });
    app.get("/api/timeline", ctx -> {
      String entity = optional(ctx, "entity");
      String story = optional(ctx, "story");
      String place = optional(ctx, "place");
      if ((entity == null ? 0 : 1) + (story == null ? 0 : 1) + (place == null ? 0 : 1) != 1) {
        throw badRequest("give exactly one of entity, story and place");
      }
      LocalDate from = date(ctx, "from");
      LocalDate to = date(ctx, "to");
      EventStatuses statuses = statuses(ctx);
      paged(ctx, (s, n) -> {
        StoreQueries q = s.withStatuses(statuses);
        return entity != null ? q.entityTimeline(entity, from, to, n)
            : story != null ? q.storyTimeline(story, from, to, n)
            : q.placeTimeline(place, from, to, n);
      });
    });
    app.get("/api/quotes", ctx -> {
      String speaker = optional(ctx, "speaker");
      paged(ctx, (s, n) -> s.quotes(speaker, n));
    });
    app.get("/api/articles", ctx -> {
      int limit = limit(ctx);
      int offset = offset(ctx);
      ctx.json(sliced(query(s -> s.articles(limit, offset)), limit, offset));
    });
    app.get("/api/articles/{id}", ctx -> {
      String id = ctx.pathParam("id");
      ctx.json(query(s -> s.article(id)).orElseThrow(() -> notFound("no article " + id)));
    });
    app.post("/api/extract", ctx -> {
      authorize(ctx);
      ArticleInput input = ArticleInput.fromJson(ctx.body(), "request", "request", MAX_ARTICLE_CHARS);
      if (!input.ok()) {
        throw badRequest(input.problem());
      }
      Article article = input.article();
      ctx.contentType("application/json").result(ExtractionWriter.toJsonLine(
          org.annals.pipeline.TimeBudget.run(org.annals.pipeline.TimeBudget.DEFAULT, () -> pipeline.get().extract(article))));
    });
    app.post("/api/ingest", ctx -> {
      authorize(ctx);
      ctx.json(ingest(ctx.body()));
    });
    pages();
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(org.annals.pipeline.TimeBudget.TooSlow.class, (e, ctx) -> error(ctx, 422, e.getMessage()));
    app.exception(StoreBusyException.class, (e, ctx) -> {
      ctx.header("Retry-After", String.valueOf(WRITE_WAIT.toSeconds()));
      error(ctx, 503, "store: " + e.getMessage());
    });
    app.exception(StoreException.class, (e, ctx) -> error(ctx, 500, "store: " + e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e));
  }

  /** The web UI: pages rendered on the server ({@link Pages}). */
  private void pages() {
    app.get("/static/annals.css", ctx -> ctx.contentType("text/css").result(css));
    app.get("/static/world.svg", ctx -> ctx.contentType("image/svg+xml").result(worldSvg));
    app.get("/", ctx -> ctx.html(Pages.home(query(s -> s.stories(10)), query(s -> s.mapPoints(null, null, MAX_LIMIT)))));
    app.get("/search", ctx -> {
      String q = optional(ctx, "q");
      Pages.Facets f = facets(ctx);
      int limit = limit(ctx);
      ctx.html(Pages.search(q, q == null ? List.of() : query(s -> s.search(q, limit)), f,
          query(s -> s.events(filter(f, limit)))));
    });
    app.get("/events", ctx -> {
      Pages.Facets f = facets(ctx);
      int limit = limit(ctx);
      int offset = offset(ctx);
      List<TimelineEvent> all = query(s -> s.events(filter(f, limit + offset)));
      ctx.html(Pages.events(f, slice(all, limit, offset), offset, limit));
    });
    app.get("/events/{id}", ctx -> {
      String id = ctx.pathParam("id");
      ctx.html(Pages.event(query(s -> s.event(id)).orElseThrow(() -> notFound("no event " + id))));
    });
    app.get("/entities/{name}", ctx -> {
      String name = ctx.pathParam("name");
      var profiles = query(s -> s.entity(name));
      if (profiles.isEmpty()) {
        throw notFound("no entity named " + name);
      }
      String id = profiles.get(0).id();
      ctx.html(Pages.entity(profiles, query(s -> s.entityTimeline(id, null, null, MAX_LIMIT)),
          query(s -> s.quotes(id, MAX_LIMIT)), query(s -> s.mapPoints(null, id, MAX_LIMIT))));
    });
    app.get("/stories", ctx -> ctx.html(Pages.stories(query(s -> s.stories(MAX_LIMIT)))));
    app.get("/stories/{id}", ctx -> {
      String id = ctx.pathParam("id");
      var detail = query(s -> s.story(id, MAX_LIMIT)).orElseThrow(() -> notFound("no story " + id));
      ctx.html(Pages.story(detail, query(s -> s.mapPoints(id, null, MAX_LIMIT)),
          query(s -> s.quotes(null, id, MAX_LIMIT))));
    });
    app.get("/articles", ctx -> {
      int limit = limit(ctx);
      int offset = offset(ctx);
      ctx.html(Pages.articles(query(s -> s.articles(limit, offset)), offset, limit));
    });
    app.get("/articles/{id}", ctx -> {
      String id = ctx.pathParam("id");
      ctx.html(Pages.article(query(s -> s.article(id)).orElseThrow(() -> notFound("no article " + id))));
    });
  }

  private static Pages.Facets facets(Context ctx) {
    date(ctx, "from");
    date(ctx, "to");
    String type = optional(ctx, "type");
    return new Pages.Facets(type == null ? null : type.toUpperCase(Locale.ROOT), optional(ctx, "from"),
        optional(ctx, "to"), optional(ctx, "place"), optional(ctx, "actor"));
  }

  private static EventFilter filter(Pages.Facets f, int limit) {
    return filter(f.type(), f.from() == null ? null : LocalDate.parse(f.from()),
        f.to() == null ? null : LocalDate.parse(f.to()), f.place(), f.actor(), limit);
  }

  /** The articles of a JSON Lines body stored, each with what became of it. */
  private Map<String, Object> ingest(String body) {
    List<ArticleInput> inputs = new ArrayList<>();
    String[] lines = body.split("\r?\n");
    int n = 0;
    for (String line : lines) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      if (inputs.size() == MAX_ARTICLES_PER_INGEST) {
        throw new ApiException(413, "at most " + MAX_ARTICLES_PER_INGEST + " articles per request");
      }
      inputs.add(ArticleInput.fromJson(line, "request:" + n, "request:" + n, MAX_ARTICLE_CHARS));
    }
    if (inputs.isEmpty()) {
      throw badRequest("no articles: give one JSON object per line, each with a \"text\"");
    }
    List<Map<String, Object>> results = new ArrayList<>();
    Ingest.Summary summary;
    synchronized (writes) {
      try (AnnalsStore writable = AnnalsStore.open(db, message -> { }, WRITE_WAIT)) {
        summary = new Ingest(pipeline.get(), writable).run(inputs.iterator(), 1, (input, result, problem) -> {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("origin", input.origin());
          r.put("input_id", input.ok() ? input.article().id() : null);
          r.put("result", result.name().toLowerCase(Locale.ROOT));
          r.put("problem", problem);
          results.add(r);
        });
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("added", summary.added());
    out.put("already_stored", summary.alreadyStored());
    out.put("failed", summary.failed());
    out.put("articles", results);
    return out;
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** Runs a query on a free read-only connection (a few, so readers do not wait on each other). */
  private <T> T query(Function<StoreQueries, T> q) {
    AnnalsStore store;
    try {
      store = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "interrupted");
    }
    try {
      return q.apply(store.queries());
    } finally {
      readers.add(store);
    }
  }

  private void authorize(Context ctx) {
    if (tokenDigest == null) {
      throw new ApiException(403, "writes are disabled: start the server with --token-file");
    }
    String given = ctx.header("Authorization");
    if (given != null && given.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = given.substring(7).strip();
    } else {
      given = ctx.header("X-Annals-Token");
    }
    if (given == null || !MessageDigest.isEqual(tokenDigest, sha256(given))) {
      throw new ApiException(401, "a write needs the server's token (Authorization: Bearer TOKEN)");
    }
  }

  /**
   * Answers with the page the request's {@code limit} and {@code offset} ask for, from a query for
   * the first N results (N = offset + limit).
   */
  private void paged(Context ctx, java.util.function.BiFunction<StoreQueries, Integer, List<?>> firstN) {
    int limit = limit(ctx);
    int offset = offset(ctx);
    ctx.json(page(query(s -> firstN.apply(s, limit + offset)), limit, offset));
  }

  /** Items {@code offset..offset+limit} of the first {@code offset + limit}, as a page. */
  private static Map<String, Object> page(List<?> items, int limit, int offset) {
    return sliced(slice(items, limit, offset), limit, offset);
  }

  /** Items {@code offset..offset+limit} of a list. */
  private static <T> List<T> slice(List<T> items, int limit, int offset) {
    return offset >= items.size() ? List.of() : items.subList(offset, Math.min(items.size(), offset + limit));
  }

  /** A page of items already cut to {@code offset..offset+limit}. */
  private static Map<String, Object> sliced(List<?> items, int limit, int offset) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("offset", offset);
    out.put("limit", limit);
    out.put("count", items.size());
    out.put("items", items);
    return out;
  }

  private static EventFilter filter(String type, LocalDate from, LocalDate to, String place, String actor, int limit) {
    try {
      return new EventFilter(type, from, to, place, actor, limit);
    } catch (IllegalArgumentException e) {
      throw badRequest(e.getMessage());
    }
  }

  private static EventStatuses statuses(Context ctx) {
    String s = optional(ctx, "status");
    try {
      return s == null ? EventStatuses.HAPPENED : EventStatuses.parse(s);
    } catch (IllegalArgumentException e) {
      throw badRequest("status: " + e.getMessage());
    }
  }

  private static String required(Context ctx, String name) {
    String v = optional(ctx, name);
    if (v == null) {
      throw badRequest("the query parameter '" + name + "' is required");
    }
    return v;
  }

  private static String optional(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_QUERY_CHARS) {
      throw new ApiException(414, "the query parameter '" + name + "' is longer than " + MAX_QUERY_CHARS + " characters");
    }
    return v.strip();
  }

  private static int limit(Context ctx) {
    return bounded(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  private static int offset(Context ctx) {
    return bounded(ctx, "offset", 0, 0, MAX_OFFSET);
  }

  private static int bounded(Context ctx, String name, int dflt, int min, int max) {
    String v = optional(ctx, name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw badRequest("'" + name + "' must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw badRequest("'" + name + "' must be a whole number, not '" + v + "'");
    }
  }

  private static LocalDate date(Context ctx, String name) {
    String v = optional(ctx, name);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw badRequest("'" + name + "' must be a date YYYY-MM-DD, not '" + v + "'");
    }
  }

  private static void error(Context ctx, int status, String message) {
    if (!ctx.path().startsWith("/api") && !ctx.path().equals("/openapi.json")) {
      ctx.status(status).html(Pages.page("Error " + status,
          "<h1>" + (status == 404 ? "Not found" : "Refused") + "</h1><p>" + Html.esc(message) + "</p>"));
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("status", status);
    ctx.status(status).json(body);
  }

  private static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  private static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  /** A refusal with its HTTP status and a message for the client. */
  static final class ApiException extends RuntimeException {
    final int status;

    ApiException(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = AnnalsServer.class.getResourceAsStream(name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    }
  }

  /** The version of a WebJar on the classpath, from its Maven metadata. */
  private static String webjarVersion(String artifact) throws IOException {
    java.util.Properties p = new java.util.Properties();
    try (InputStream in = AnnalsServer.class.getResourceAsStream(
        "/META-INF/maven/org.webjars/" + artifact + "/pom.properties")) {
      p.load(Objects.requireNonNull(in, artifact + " WebJar"));
    }
    return p.getProperty("version");
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> Supplier<T> memoize(Supplier<T> factory) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = factory.get();
        }
        return value;
      }
    };
  }
}
