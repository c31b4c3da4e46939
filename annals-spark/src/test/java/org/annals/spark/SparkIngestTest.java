package org.annals.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.ingest.ArticleReader;
import org.annals.ingest.InputFormat;
import org.annals.pipeline.ArticlePipeline;
import org.annals.store.AnnalsStore;
import org.annals.store.export.ExportFormat;
import org.annals.store.export.ExportSubject;
import org.annals.store.ingest.Ingest;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local mode against {@code annals ingest} + {@code annals export} of the same inputs. */
class SparkIngestTest {

  /** The example articles the project ships: text files (one undated), JSON Lines, an HTML page. */
  private static final List<String> EXAMPLES = List.of("../examples/articles", "../examples/articles.jsonl",
      "../examples/page.html");

  private static SparkSession spark;

  @TempDir
  static Path dir;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("annals-spark-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void theParquetTablesEqualAnnalsIngestAndExportOfTheSameInput() throws IOException {
    Path exported = dir.resolve("export");
    try (AnnalsStore store = AnnalsStore.open(dir.resolve("ingest.db"));
        ArticleReader reader = new ArticleReader(EXAMPLES, InputFormat.AUTO)) {
      Ingest.Summary ingested = new Ingest(ArticlePipeline.standard(), store).run(reader, 1, (in, result, p) -> { });
      assertThat(ingested.added()).isEqualTo(9);
      for (ExportSubject subject : ExportSubject.values()) {
        store.export().write(subject, ExportFormat.PARQUET, exported.resolve(name(subject) + ".parquet"));
      }
    }
    Path out = dir.resolve("spark");
    Path db = dir.resolve("spark.db");
    // more parts than cores and than ingest's one thread: the ids come from the input order alone
    SparkIngest.Result result = SparkIngest.run(spark, new SparkIngest.Options(EXAMPLES, out.toString(), db,
        InputFormat.AUTO, ArticleReader.DEFAULT_MAX_CHARS, Duration.ofSeconds(120), 4), (in, r, p) -> { });

    assertThat(result.summary()).isEqualTo(new Ingest.Summary(9, 0, 0));
    for (ExportSubject subject : ExportSubject.values()) {
      Dataset<Row> expected = spark.read().parquet(exported.resolve(name(subject) + ".parquet").toString());
      Dataset<Row> actual = spark.read().parquet(out.resolve(name(subject)).toString());
      assertThat(actual.schema()).as(name(subject)).isEqualTo(expected.schema());
      assertThat(actual.collectAsList()).as(name(subject)).containsExactlyElementsOf(expected.collectAsList());
    }
    assertThat(rows(out, "articles")).isEqualTo(9);
    assertThat(rows(out, "events")).isPositive();
    assertThat(rows(out, "entities")).isPositive();
    assertThat(rows(out, "quotes")).isPositive();
    assertThat(rows(out, "mentions")).isGreaterThanOrEqualTo(rows(out, "events"));
    assertThat(Files.exists(out.resolve(ParquetTables.STAGING))).isFalse();
    try (AnnalsStore kept = AnnalsStore.open(db)) {
      assertThat(kept.articleCount()).isEqualTo(9);
    }
  }

  @Test
  void aDamagedJsonLineAndATruncatedWarcAreNamedAndTheRestIsIngested() throws IOException {
    Path in = Files.createDirectories(dir.resolve("bad-input"));
    Files.writeString(in.resolve("a.jsonl"), """
        {"id": "talks", "date": "2026-04-02", "text": "Envoys of Valdoria and Kostrana met in Sarnow on Tuesday."}
        {"id": "cut", "text": "Drones struck the port of Velin
        {"id": "port", "date": "2026-04-03", "text": "Drones struck the port of Velin overnight, officials said."}
        """);
    byte[] good = response("https://herald.example/a", "Envoys met in Sarnow on Tuesday to discuss prisoners.");
    byte[] cut = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nHTTP/1.1 200"
        .getBytes(StandardCharsets.UTF_8);
    Files.write(in.resolve("b.warc"), concat(good, cut));
    Files.writeString(in.resolve("c.txt"), "date 2026-04-04\nThe ceasefire held for a third day in Velin.");
    List<String> problems = new ArrayList<>();
    Path out = dir.resolve("bad-out");

    // given as a URI, the folder is listed and read through Hadoop's file system, as hdfs:// would be
    SparkIngest.Result result = SparkIngest.run(spark, options(List.of(in.toUri().toString()), out, null),
        (input, r, problem) -> {
          if (r == Ingest.Result.FAILED) {
            problems.add(input.origin() + ": " + problem);
          }
        });

    assertThat(result.summary()).isEqualTo(new Ingest.Summary(4, 0, 2));
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("file:" + in.resolve("a.jsonl") + ":2: ");
    assertThat(problems.get(1)).startsWith("file:" + in.resolve("b.warc") + " at byte " + good.length
        + ": broken WARC record");
    assertThat(spark.read().parquet(out.resolve("articles").toString()).select("input_id").as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList())
        .containsExactly("talks", "port", "https://herald.example/a", "c.txt");
  }

  @Test
  void standardInputAUrlAndAFullOutputFolderAreRefusedBeforeAnyWork() throws IOException {
    Path full = Files.createDirectories(dir.resolve("full"));
    Files.writeString(full.resolve("events"), "kept");

    assertThatThrownBy(() -> SparkIngest.run(spark, options(List.of("-"), dir.resolve("o1"), null), (i, r, p) -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not standard input or web URLs");
    assertThatThrownBy(() -> SparkIngest.run(spark, options(List.of("https://example.org/rss"), dir.resolve("o2"),
        null), (i, r, p) -> { })).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SparkIngest.run(spark, options(EXAMPLES, full, null), (i, r, p) -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an empty folder");
    assertThat(Files.readString(full.resolve("events"))).isEqualTo("kept");
  }

  private static SparkIngest.Options options(List<String> inputs, Path out, Integer partitions) {
    return new SparkIngest.Options(inputs, out.toString(), null, InputFormat.AUTO, ArticleReader.DEFAULT_MAX_CHARS,
        Duration.ofSeconds(120), partitions);
  }

  private static String name(ExportSubject subject) {
    return subject.name().toLowerCase(Locale.ROOT);
  }

  private static long rows(Path out, String table) {
    return spark.read().parquet(out.resolve(table).toString()).count();
  }

  /** A WARC response record holding a small news page (as FeedAndWarcTest writes them). */
  private static byte[] response(String uri, String paragraph) {
    byte[] body = ("<!doctype html><html><head><title>Talks</title>"
        + "<meta property=\"article:published_time\" content=\"2026-04-02T09:00:00Z\"></head>"
        + "<body><article><h1>Talks</h1><p>" + paragraph + "</p><p>" + paragraph
        + " More details followed later in the day.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8), body);
    String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\n"
        + "WARC-Date: 2026-04-02T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
    return concat(header.getBytes(StandardCharsets.UTF_8), http, "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
