package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annals.store.AnnalsStore;
import org.annals.store.PostgresServer;
import org.annals.store.StoreLocation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two 'annals ingest' processes writing overlapping article sets into one PostgreSQL store at once
 * end with every article once and the record of one ingest of the first writer's articles then the
 * second's: ids included, and equal to the same ingests into a SQLite file.
 */
@Tag("slow")
class ConcurrentIngestTest {

  @TempDir
  Path dir;

  @Test
  void twoIngestsAtOnceGiveEveryArticleOnceAndTheRecordOfOneIngestAfterTheOther() throws Exception {
    // 12 distinct texts (the five examples, then again with a line of their own); A: 0-7, B: 4-11
    List<Path> examples;
    try (var files = Files.list(Path.of("..", "examples", "articles"))) {
      examples = files.sorted().toList();
    }
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    for (int i = 0; i < 12; i++) {
      String text = Files.readString(examples.get(i % examples.size()));
      if (i >= examples.size()) {
        text += "\n\nThis report was updated with agency copy, version " + i + ".";
      }
      String name = String.format("%02d.txt", i);
      if (i < 8) {
        Files.writeString(a.resolve(name), text);
      }
      if (i >= 4) {
        Files.writeString(b.resolve(name), text);
      }
    }
    StoreLocation shared = PostgresServer.get().newDatabase();
    List<Process> writers = new ArrayList<>();
    List<ByteArrayOutputStream> errs = new ArrayList<>();
    // the test holds the write lock until both writers wait for it, so that they truly contend
    try (AnnalsStore holder = AnnalsStore.open(shared)) {
      for (Path input : List.of(a, b)) {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
            "-cp", System.getProperty("java.class.path"), "org.annals.cli.AnnalsCommand", "ingest", input.toString(),
            "--db", shared.toString(), "--threads", "1")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
        writers.add(p);
        errs.add(drain(p.getErrorStream()));
      }
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (!errs.stream().allMatch(e -> text(e).contains("waiting for another writer"))
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(errs).as("both writers wait for the lock")
          .allMatch(e -> text(e).contains("waiting for another writer"));
    }
    for (int i = 0; i < writers.size(); i++) {
      assertThat(writers.get(i).waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(writers.get(i).exitValue()).as(text(errs.get(i))).isZero();
    }
    // whichever got the lock first stored all its 8; the other found 4 of its 8 stored
    boolean aFirst = text(errs.get(0)).contains("8 added, 0 already stored");
    assertThat(text(errs.get(aFirst ? 1 : 0))).contains("4 added, 4 already stored");
    try (AnnalsStore store = AnnalsStore.openReadOnly(shared)) {
      assertThat(store.articleCount()).isEqualTo(12);
    }
    String oneAfterTheOther = aFirst ? sequential(a, b, "ab.db") : sequential(b, a, "ba.db");
    assertThat(record(shared.toString(), "pg")).isEqualTo(oneAfterTheOther);
  }

  /** The record of ingesting {@code first}, then {@code second}, into a new SQLite file. */
  private String sequential(Path first, Path second, String name) throws Exception {
    String db = dir.resolve(name).toString();
    for (Path input : List.of(first, second)) {
      CliRun r = CliRun.of("ingest", input.toString(), "--db", db, "--threads", "1", "-q");
      assertThat(r.exit()).as(r.err()).isZero();
    }
    return record(db, name);
  }

  /** Events, entities and quotes as exported: the record a user sees, ids included. */
  private String record(String db, String name) throws Exception {
    StringBuilder all = new StringBuilder();
    for (String what : List.of("events", "entities", "quotes", "mentions")) {
      Path out = dir.resolve(name + "." + what + ".jsonl");
      CliRun r = CliRun.of("export", "--what", what, "--db", db, "--out", out.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      all.append(Files.readString(out));
    }
    return all.toString();
  }

  private static ByteArrayOutputStream drain(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Thread t = new Thread(() -> {
      try (in) {
        byte[] buf = new byte[4096];
        for (int n; (n = in.read(buf)) > 0; ) {
          synchronized (out) {
            out.write(buf, 0, n);
          }
        }
      } catch (java.io.IOException ignored) {
        // the process ended
      }
    });
    t.setDaemon(true);
    t.start();
    return out;
  }

  private static String text(ByteArrayOutputStream out) {
    synchronized (out) {
      return out.toString(StandardCharsets.UTF_8);
    }
  }
}
