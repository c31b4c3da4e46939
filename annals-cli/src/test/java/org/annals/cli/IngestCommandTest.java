package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annals.store.AnnalsStore;
import org.annals.store.ingest.Ingest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'annals ingest' end to end: real extraction, linking and store, in process and in a killed child JVM. */
@Tag("slow")
class IngestCommandTest {

  private static final int ARTICLES = 12;

  @TempDir
  Path dir;

  private Path news;


  /** The project's five example articles, each again with a closing line of its own: 12 distinct texts. */
  @BeforeEach
  void articles() throws Exception {
    news = Files.createDirectories(dir.resolve("news"));
    List<Path> examples;
    try (var files = Files.list(Path.of("..", "examples", "articles"))) {
      examples = files.sorted().toList();
    }
    for (int i = 0; i < ARTICLES; i++) {
      String text = Files.readString(examples.get(i % examples.size()));
      if (i >= examples.size()) {
        text += "\n\nThis report was updated with agency copy, version " + i + ".";
      }
      Files.writeString(news.resolve(String.format("%02d.txt", i)), text);
    }
    // one bad input: reported, the rest stored
    Files.write(news.resolve("99_binary.txt"), new byte[] {0, 1, 2, 3});
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private CliRun ingest(Path db, String threads) {
    return run("ingest", news.toString(), "--db", db.toString(), "--threads", threads);
  }

  /** Events and entities as exported: the record a user sees, ids included. */
  private String record(Path db) throws Exception {
    StringBuilder all = new StringBuilder();
    for (String what : List.of("events", "entities", "quotes")) {
      Path out = dir.resolve(db.getFileName() + "." + what + ".jsonl");
      CliRun r = run("export", "--what", what, "--db", db.toString(), "--out", out.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      all.append(Files.readString(out));
    }
    return all.toString();
  }

  @Test
  void aBatchIsStoredOnceAndIngestingItAgainChangesNothing() throws Exception {
    Path db = dir.resolve("a.db");
    CliRun first = ingest(db, "2");
    assertThat(first.exit()).as(first.err()).isEqualTo(1);
    assertThat(first.err()).contains("99_binary.txt").contains("binary file")
        .contains(ARTICLES + " added, 0 already stored, 1 failed");
    // never silent while the models load
    assertThat(first.err()).startsWith("ingest: loading the language models").contains("ingest: models loaded in ");
    String before = record(db);
    assertThat(before).contains("\"type\":\"ASSAULT\"");

    CliRun again = ingest(db, "1");
    assertThat(again.err()).contains("0 added, " + ARTICLES + " already stored");
    assertThat(record(db)).isEqualTo(before);
  }

  @Test
  void theStoreIsTheSameForAnyNumberOfThreads() throws Exception {
    Path one = dir.resolve("one.db");
    Path two = dir.resolve("two.db");
    ingest(one, "1");
    ingest(two, "2");
    String record = record(one);
    assertThat(record).contains("\"type\":\"CONSULT\"");
    assertThat(record(two)).isEqualTo(record);
  }

  /**
   * Entities are named by what identifies them, so another order gives the same ids. Events are
   * linked online and named by their first report (docs/reliability.md): their ids follow the
   * order, and so may a few groupings, but most events hold the same mentions either way.
   */
  @Test
  void theSameArticlesInReverseOrderGiveTheSameEntityIdsAndTheSameEvents() throws Exception {
    Path forward = dir.resolve("forward.db");
    ingest(forward, "2");
    Path reversed = Files.createDirectories(dir.resolve("reversed"));
    List<Path> files;
    try (var list = Files.list(news)) {
      files = list.sorted().toList();
    }
    for (int i = 0; i < files.size(); i++) {
      Files.copy(files.get(i), reversed.resolve(String.format("%02d_%s", files.size() - i, files.get(i).getFileName())));
    }
    Path backward = dir.resolve("backward.db");
    CliRun r = run("ingest", reversed.toString(), "--db", backward.toString(), "--threads", "2");
    assertThat(r.err()).contains(ARTICLES + " added");

    assertThat(entities(backward)).isEqualTo(entities(forward)).hasSizeGreaterThan(20);
    java.util.Set<java.util.Set<String>> events = eventGroups(forward);
    java.util.Set<java.util.Set<String>> same = new java.util.HashSet<>(eventGroups(backward));
    int either = Math.max(events.size(), same.size());
    same.retainAll(events);
    assertThat(events).hasSizeGreaterThan(20);
    assertThat(same.size()).as("events holding the same mentions in both orders, of " + either)
        .isGreaterThanOrEqualTo(either * 8 / 10);
  }

  /** Entity id, type, name and aliases (as a set) of every entity. */
  private java.util.Set<String> entities(Path db) throws Exception {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (var row : exported(db, "entities")) {
      java.util.Set<String> aliases = new java.util.TreeSet<>();
      row.get("aliases").forEach(a -> aliases.add(a.asText()));
      out.add(row.get("entity_id").asText() + " " + row.get("type").asText() + " " + row.get("name").asText()
          + " " + aliases);
    }
    return out;
  }

  /** Each event as the set of its mentions (article and offsets), whatever the event's id. */
  private java.util.Set<java.util.Set<String>> eventGroups(Path db) throws Exception {
    java.util.Map<String, java.util.Set<String>> byEvent = new java.util.HashMap<>();
    for (var row : exported(db, "mentions")) {
      byEvent.computeIfAbsent(row.get("event_id").asText(), k -> new java.util.TreeSet<>())
          .add(row.get("article_id").asText() + "@" + row.get("start").asInt());
    }
    return new java.util.HashSet<>(byEvent.values());
  }

  private List<com.fasterxml.jackson.databind.JsonNode> exported(Path db, String what) throws Exception {
    Path out = dir.resolve(db.getFileName() + "." + what + ".jsonl");
    CliRun r = run("export", "--what", what, "--db", db.toString(), "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    List<com.fasterxml.jackson.databind.JsonNode> rows = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      rows.add(json.readTree(line));
    }
    return rows;
  }

  @Test
  void anIngestKilledMidRunResumesToTheStoreAnUninterruptedRunMakes() throws Exception {
    Path whole = dir.resolve("whole.db");
    ingest(whole, "1");

    Path killed = dir.resolve("killed.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // a snapshot every 2 articles: the resumed run reads the snapshot, then replays the articles after it
    Process child = new ProcessBuilder(java, "-Xmx1g", "-Dannals.linker.snapshotEvery=2", "-cp",
        System.getProperty("java.class.path"),
        "org.annals.cli.AnnalsCommand", "ingest", news.toString(), "--db", killed.toString(), "--threads", "1", "-q")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    long stored = 0;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (stored < 3 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      stored = storedArticles(killed);
    }
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    long afterKill = storedArticles(killed);
    assertThat(afterKill).as("killed mid-run").isBetween(3L, (long) ARTICLES - 1);

    CliRun resumed = ingest(killed, "2");
    assertThat(resumed.err()).contains("holds " + afterKill + " articles; continuing")
        .contains((ARTICLES - afterKill) + " added, " + afterKill + " already stored");
    try (AnnalsStore store = AnnalsStore.openReadOnly(killed)) {
      assertThat(store.articleCount()).isEqualTo(ARTICLES);
      assertThat(store.integrityCheck()).isEqualTo("ok");
    }
    assertThat(record(killed)).isEqualTo(record(whole));
  }

  @Test
  void aStoreContinuedFromItsLinkerSnapshotIsTheStoreOneRunMakes() throws Exception {
    assertThat(Ingest.SNAPSHOT_EVERY).as("annals-cli's surefire configuration").isEqualTo(3);
    Path whole = dir.resolve("whole.db");
    ingest(whole, "2");

    Path halves = dir.resolve("halves.db");
    Path firstHalf = Files.createDirectories(dir.resolve("first"));
    try (var files = Files.list(news)) {
      for (Path f : files.sorted().limit(ARTICLES / 2 + 1).toList()) {
        Files.copy(f, firstHalf.resolve(f.getFileName()));
      }
    }
    CliRun first = run("ingest", firstHalf.toString(), "--db", halves.toString(), "--threads", "2");
    assertThat(first.err()).contains((ARTICLES / 2 + 1) + " added");
    try (AnnalsStore store = AnnalsStore.openReadOnly(halves)) {
      assertThat(store.linkerSnapshot()).isPresent();
      // snapshots after the 3rd and 6th article; the 7th waits in the backlog (fewer than 3 at the end)
      assertThat(store.backlogSize()).isEqualTo(1);
    }
    CliRun rest = ingest(halves, "2");
    assertThat(rest.err()).contains((ARTICLES - ARTICLES / 2 - 1) + " added");
    assertThat(record(halves)).isEqualTo(record(whole));
  }

  private static long storedArticles(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (AnnalsStore store = AnnalsStore.openReadOnly(db)) {
      return store.articleCount();
    } catch (RuntimeException e) {
      // not created or not migrated yet
      return 0;
    }
  }
}
