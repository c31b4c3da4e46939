package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.store.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options mean one thing everywhere: --limit, --db and $ANNALS_DB; wrong ones are refused in one line. */
class CliOptionsTest {

  @TempDir
  Path dir;

  private Path db;

  @BeforeEach
  void fill() {
    db = dir.resolve("annals.db");
    TestArticles.store(db, TestArticles.allAnd(TestArticles.datesAndStatuses()));
  }

  @Test
  void limitIsAtMostNZeroForNoLimitAndNeverNegative() {
    String all = CliRun.of("events", "--json", "--status", "all", "--limit", "0", "--db", db.toString()).out();
    String two = CliRun.of("events", "--json", "--status", "all", "--limit", "2", "--db", db.toString()).out();
    assertThat(count(all, "\"event_id\"")).isGreaterThan(2);
    assertThat(count(two, "\"event_id\"")).isEqualTo(2);
    for (String command : List.of("events", "quotes", "search", "story", "timeline")) {
      List<String> args = new ArrayList<>(List.of(command, "--limit", "-1", "--db", db.toString()));
      if (command.equals("search")) {
        args.add(1, "Kyiv");
      }
      if (command.equals("timeline")) {
        args.addAll(List.of("--entity", "Kyiv"));
      }
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertThat(r.exit()).as(command).isEqualTo(2);
      assertThat(r.err().strip()).as(command).contains("'-1' is negative (at most N; 0 for no limit)")
          .doesNotContain("Usage:").doesNotContain("\n");
    }
  }

  @Test
  void anOptionACommandDoesNotUseIsRefusedNotIgnored() {
    CliRun r = CliRun.of("export", "--json", "--db", db.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--json'").contains("annals export --help");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void everyNamedChoiceIsValidatedWithTheValidValuesInTheError() {
    CliRun eval = CliRun.of("eval", "--only", "conll,bogus");
    assertThat(eval.exit()).isEqualTo(2);
    assertThat(eval.err()).contains("unknown dataset 'bogus'").contains("warevents");
    CliRun what = CliRun.of("export", "--what", "bogus", "--db", db.toString());
    assertThat(what.exit()).isEqualTo(2);
    assertThat(what.err()).contains("'bogus'").contains("events, acled, mentions");
    CliRun format = CliRun.of("export", "--format", "xml", "--db", db.toString());
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("jsonl, csv or parquet");
  }

  @Test
  void annalsDbIsTheDefaultStoreOfEveryCommand() throws Exception {
    Process withEnv = annals(Map.of("ANNALS_DB", db.toString()), "entity", "Kyiv");
    assertThat(withEnv.waitFor()).isZero();
    assertThat(new String(withEnv.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("Kyiv");
    Process without = annals(Map.of(), "entity", "Kyiv");
    assertThat(without.waitFor()).isEqualTo(3);
    assertThat(new String(without.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("annals.db: no such store");
  }

  /** The command line in a JVM of its own, in an empty folder, with this environment only for ANNALS_DB. */
  private Process annals(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), AnnalsCommand.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(java.nio.file.Files.createTempDirectory(dir, "cwd").toFile());
    pb.environment().remove("ANNALS_DB");
    pb.environment().putAll(env);
    return pb.start();
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int at = s.indexOf(what); at >= 0; at = s.indexOf(what, at + 1)) {
      n++;
    }
    return n;
  }
}
