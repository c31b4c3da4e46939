package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals eval --only warevents} on a given system: no models are loaded, so this is quick. */
class EvalWarEventsCommandTest {

  @TempDir
  Path dir;

  @Test
  void scoresAGivenMentionsFileAndPrintsTheScriptsReportOnStderr() throws Exception {
    Path gold = Files.createDirectories(dir.resolve("data/warevents")).resolve("g.json");
    Files.writeString(gold, """
        {"corpus": "realnews/c.jsonl", "events": [{"key": "town-taken", "date": "2022-03-01", "mentions": [
          {"article": "a", "start": 0, "end": 21, "kind": "report"},
          {"article": "b", "start": 0, "end": 10, "kind": "report"}]}]}
        """);
    Path corpus = Files.createDirectories(dir.resolve("data/realnews")).resolve("c.jsonl");
    Files.writeString(corpus, """
        {"id": "a", "text": "Troops took the town."}
        {"id": "b", "text": "The town fell."}
        """);
    Path system = Files.writeString(dir.resolve("sys.jsonl"), """
        {"input_id": "a", "start": 7, "end": 11, "event_id": "s1", "day": "2022-03-01"}
        """);
    CliRun run = CliRun.of("eval", "--only", "warevents", "--warevents", gold.toString(),
        "--warevents-system", system.toString(), "--markdown");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("| warevents g.json on sys.jsonl | coverage | 0.5000 | 1 of 2 gold mentions matched |")
        .contains("| warevents g.json on sys.jsonl | date_acc | 1.0000 | 1 of 1 events |");
    assertThat(run.err()).contains("FIGURE: b3_f1=1.0000 linked_as_one=1.0000 fragmentation=1.0000 purity=1.0000 "
        + "date_acc=1.0000 nonevent_ok=0.0000 apart_ok=0.0000 coverage=0.5000");
  }

  @Test
  void helpNamesTheWarEventsOptions() {
    CliRun run = CliRun.of("eval", "--help");
    assertThat(run.out()).contains("--warevents=FILE", "--warevents-system=STORE|JSONL", "warevents (Guardian 2022");
  }
}
