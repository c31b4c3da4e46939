package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.store.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each exit status means one thing, in every command. */
class ExitCodeTest {

  @TempDir
  Path dir;

  private Path store() {
    Path db = dir.resolve("annals.db");
    TestArticles.store(db, TestArticles.all());
    return db;
  }

  @Test
  void usageErrorsAreTwo() {
    Path db = store();
    assertThat(CliRun.of("events", "--no-such-option", "--db", db.toString()).exit()).isEqualTo(2);
    assertThat(CliRun.of("events", "--type", "BOMBING", "--db", db.toString()).exit()).isEqualTo(2);
    assertThat(CliRun.of("timeline", "--entity", "Kyiv", "--status", "maybe", "--db", db.toString()).exit())
        .isEqualTo(2);
    CliRun story = CliRun.of("story", "no-such-story", "--db", db.toString());
    assertThat(story.exit()).isEqualTo(2);
    assertThat(story.err()).contains("no story 'no-such-story'");
  }

  @Test
  void storeProblemsAreThreeAndNameTheFile() throws IOException {
    Path missing = dir.resolve("missing.db");
    CliRun r = CliRun.of("entity", "Kyiv", "--db", missing.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains(missing.toString());
    Path notAStore = dir.resolve("notes.db");
    Files.writeString(notAStore, "just some notes, not SQLite at all");
    CliRun bad = CliRun.of("search", "Kyiv", "--db", notAStore.toString());
    assertThat(bad.exit()).isEqualTo(3);
    assertThat(bad.err()).contains(notAStore.toString()).doesNotContain("Exception");
    // serving a store that is not there is the same store problem as querying it
    CliRun serve = CliRun.of("serve", "--db", missing.toString(), "--port", "0");
    assertThat(serve.exit()).isEqualTo(3);
    assertThat(serve.err()).contains(missing + ": no such store");
  }

  @Test
  void exportToADirectoryIsAUsageErrorInOneLineNamingIt() throws IOException {
    Path db = store();
    Path target = Files.createDirectories(dir.resolve("a-directory"));
    CliRun r = CliRun.of("export", "--what", "events", "--out", target.toString(), "--db", db.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip()).contains(target.toString()).doesNotContain("Exception").doesNotContain("\n");
  }

  @Test
  void anInternalFaultIsFourWithOneLineAndTheStackInALog() throws IOException {
    StringWriter err = new StringWriter();
    int status = ExitCode.report(new IllegalStateException("wrapped", new OutOfMemoryError("Java heap space")),
        "ingest", new PrintWriter(err, true));
    assertThat(status).isEqualTo(4);
    String line = err.toString().strip();
    assertThat(line).startsWith("annals ingest: internal error: out of memory").doesNotContain("\n");
    Path log = Path.of(line.replaceAll(".*details in (\\S+)\\)$", "$1"));
    assertThat(Files.readString(log)).contains("java.lang.OutOfMemoryError: Java heap space").contains("at org.annals");
    Files.delete(log);
    StringWriter bug = new StringWriter();
    assertThat(ExitCode.report(new NullPointerException("x"), "search", new PrintWriter(bug, true))).isEqualTo(4);
  }

  @Test
  void aClosedPipeEndsQuietly() {
    StringWriter err = new StringWriter();
    int status = ExitCode.report(new UncheckedIOException(new IOException("Broken pipe")), "export",
        new PrintWriter(err, true));
    assertThat(status).isZero();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void everyCommandsHelpListsTheStatuses() {
    for (String command : new String[] {"ingest", "extract", "search", "events", "export", "serve", "eval"}) {
      CliRun r = CliRun.of(command, "--help");
      assertThat(r.out()).as(command).contains("Exit status:").contains("3   store problem");
    }
  }
}
