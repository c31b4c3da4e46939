package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.store.AnnalsStore;
import org.annals.store.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandsTest {

  @TempDir
  Path dir;

  private Path db;


  @BeforeEach
  void fill() {
    db = dir.resolve("annals.db");
    try (AnnalsStore store = AnnalsStore.open(db)) {
      TestArticles.all().forEach(a -> store.put(a, null));
    }
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void timelineTableShowsLatestFigureConflictAndSources() {
    CliRun r = run("timeline", "--entity", "kyiv", "--db", db.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("DATE").contains("2025-06-01").contains("ASSAULT").contains("killed 9! (7→9)");
  }

  @Test
  void everyQueryCommandHasJsonOutput() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode timeline = json.readTree(run("timeline", "--story", "s1", "--json", "--db", db.toString()).out());
    assertThat(timeline.get(0).get("eventId").asText()).isEqualTo("V-strike");
    JsonNode entity = json.readTree(run("entity", "Zelenskiy", "--json", "--db", db.toString()).out());
    assertThat(entity.get(0).get("aliases").toString()).contains("Zelensky");
    JsonNode stories = json.readTree(run("story", "--json", "--db", db.toString()).out());
    assertThat(stories.size()).isGreaterThanOrEqualTo(2);
    JsonNode story = json.readTree(run("story", "s1", "--json", "--db", db.toString()).out());
    assertThat(story.get("articles").size()).isEqualTo(2);
    JsonNode quotes = json.readTree(run("quotes", "--speaker", "rubio", "--json", "--db", db.toString()).out());
    assertThat(quotes.get(0).get("text").asText()).contains("peace");
    JsonNode hits = json.readTree(run("search", "death", "toll", "--json", "--db", db.toString()).out());
    assertThat(hits.get(0).get("snippet").asText()).contains("[death]");
    JsonNode events = json.readTree(run("events", "--type", "consult", "--json", "--db", db.toString()).out());
    assertThat(events).allMatch(e -> e.get("type").asText().equals("CONSULT"));
    assertThat(events.size()).isEqualTo(2);
  }

  @Test
  void exportWritesTheRequestedFormat() throws Exception {
    Path csv = dir.resolve("out/quotes.csv");
    CliRun r = run("export", "--format", "csv", "--what", "quotes", "--out", csv.toString(), "--db", db.toString());
    assertThat(r.exit()).isZero();
    assertThat(Files.readAllLines(csv).get(0)).startsWith("schema_version,article_id,quote_index,text");
    CliRun parquetToStdout = run("export", "--format", "parquet", "--db", db.toString());
    assertThat(parquetToStdout.exit()).isNotZero();
    assertThat(parquetToStdout.err()).contains("--out");
  }

  @Test
  void aMissingStoreIsAClearErrorAndIsNotCreated() {
    Path missing = dir.resolve("nothing-here.db");
    CliRun r = run("entity", "Rubio", "--db", missing.toString());
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains(missing.toString()).contains("no such store");
    assertThat(Files.exists(missing)).isFalse();
  }

  @Test
  void helpDescribesEveryOption() {
    for (String cmd : new String[] {"timeline", "entity", "story", "quotes", "search", "events", "export"}) {
      var spec = AnnalsCommand.commandLine().getSubcommands().get(cmd).getCommandSpec();
      assertThat(spec.usageMessage().description()).as(cmd).isNotEmpty();
      spec.options().forEach(o -> assertThat(o.description()).as(cmd + " " + o.longestName()).isNotEmpty());
      assertThat(run(cmd, "--help").out()).contains("--db").contains("--json");
    }
  }
}
