package org.annals.eval.warevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The port against the reference scorer itself, on the same fixture files: the script's printed
 * report must be the port's to the character, and every figure (read at full precision by calling
 * the script's functions) must agree to 1e-9. Skipped where python3 or
 * {@code ../shared/data/warevents/score.py} is absent.
 */
class WarEventsCrossCheckTest {

  /** Calls score.py's own functions, as its main does, and prints the results at full precision. */
  private static final String FULL_PRECISION = String.join("\n",
      "import importlib.util, json, sys",
      "spec = importlib.util.spec_from_file_location('warevents_score', sys.argv[1])",
      "s = importlib.util.module_from_spec(spec); spec.loader.exec_module(s)",
      "sysm = s.share_copies(s.system_mentions(sys.argv[4]), s.load_corpus(sys.argv[3]))",
      "res, misses, bad = s.score(s.load_gold(sys.argv[2]), sysm)",
      "print(json.dumps({'res': res, 'date_misses': misses, 'bad': bad}))");

  private static Path script;

  @TempDir
  Path dir;

  @BeforeAll
  static void findScriptAndPython() {
    Path cwd = Path.of("").toAbsolutePath();
    for (Path base : List.of(cwd, cwd.getParent())) {
      Path candidate = base.resolve("../shared/data/warevents/score.py").normalize();
      if (Files.isRegularFile(candidate)) {
        script = candidate;
      }
    }
    assumeTrue(script != null, "score.py not found in ../shared/data/warevents");
    assumeTrue(pythonRuns(), "python3 not available");
  }

  private static boolean pythonRuns() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String python(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("python3", "-B"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("python3 %s:%n%s", command, out).isZero();
    return out;
  }

  private void agreesWithTheScript(Path system) throws Exception {
    Path gold = WarEventsFixture.gold();
    Path corpus = WarEventsFixture.corpus();
    WarEventsScores java = WarEventsScorer.score(WarEventsGold.read(gold), CorpusTexts.read(corpus, 0),
        SystemMentions.read(system));

    String printed = python(script.toString(), "score", gold.toString(), corpus.toString(), system.toString());
    assertThat(java.report()).isEqualTo(printed);

    JsonNode py = new ObjectMapper().readTree(python("-c", FULL_PRECISION, script.toString(), gold.toString(),
        corpus.toString(), system.toString()));
    Map<String, Number> figures = java.figures();
    List<String> keys = new ArrayList<>();
    py.get("res").fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactlyElementsOf(figures.keySet());
    for (String k : keys) {
      assertThat(figures.get(k).doubleValue()).as(k).isCloseTo(py.get("res").get(k).asDouble(), within(1e-9));
    }
    assertThat(java.dateMisses()).containsExactlyElementsOf(texts(py.get("date_misses")));
    assertThat(java.nonEventMisses()).containsExactlyElementsOf(texts(py.get("bad")));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void theFixtureMentionsFile() throws Exception {
    agreesWithTheScript(WarEventsFixture.system());
  }

  @Test
  void theFixtureAsAnAnnalsStore() throws Exception {
    Path db = WarEventsFixture.asStore(SystemMentions.read(WarEventsFixture.system()),
        CorpusTexts.read(WarEventsFixture.corpus(), 0), dir.resolve("fixture.db"));
    agreesWithTheScript(db);
  }

  @Test
  void anEmptySystem() throws Exception {
    agreesWithTheScript(Files.writeString(dir.resolve("empty.jsonl"), ""));
  }

  @Test
  void aSystemLinkingEverythingIntoOneEventWithoutDays() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (Map.Entry<String, List<SystemMention>> e : SystemMentions.read(WarEventsFixture.system()).entrySet()) {
      for (SystemMention m : e.getValue()) {
        lines.append(String.format("{\"input_id\": \"%s\", \"start\": %d, \"end\": %d, \"event_id\": \"all\"}%n",
            e.getKey(), m.start(), m.end()));
      }
    }
    agreesWithTheScript(Files.writeString(dir.resolve("one.jsonl"), lines));
  }
}
