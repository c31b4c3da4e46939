package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.store.Backend;
import org.annals.store.OnEachBackend;
import org.annals.store.StoreLocation;
import org.annals.store.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandsTest {

  @TempDir
  Path dir;

  private StoreLocation db;

  /** The store every query runs on: the four fixture articles and the dated one, as a file or a database. */
  private void fill(Backend backend) {
    db = TestArticles.store(backend.newStore(dir, "annals.db"),
        TestArticles.allAnd(TestArticles.datesAndStatuses()));
  }

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @OnEachBackend
  void timelineTableShowsLatestFigureConflictAndSources(Backend backend) {
    fill(backend);
    CliRun r = run("timeline", "--entity", "kyiv", "--db", db.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("DATE").contains("2025-06-01").contains("ASSAULT").contains("killed 9! (7→9)");
  }

  @OnEachBackend
  void everyQueryCommandHasJsonOutput(Backend backend) throws Exception {
    fill(backend);
    ObjectMapper json = new ObjectMapper();
    JsonNode timeline = json.readTree(run("timeline", "--story", "s1", "--json", "--db", db.toString()).out());
    assertThat(timeline.get(0).get("event_id").asText()).isEqualTo("V-strike");
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

  @OnEachBackend
  void timelinesShowWhatHappenedWithTheDateAsKnownAndClaimsMarked(Backend backend) {
    fill(backend);
    CliRun r = run("timeline", "--entity", "Russia", "--db", db.toString());
    assertThat(r.exit()).isZero();
    List<String> rows = r.out().lines().skip(2).toList();
    // in the order of the first day each may have happened, undated last; never a made-up day
    // (2025-06-01: Russia's drone strike on Kyiv of the other fixtures)
    assertThat(rows).extracting(l -> l.split("\\s+")[0])
        .containsExactly("2021", "2022-03", "2022-W13", "2022-04-04", "2022-04-09", "2022-04-10", "2025-06-01", "?");
    assertThat(r.out()).doesNotContain("2022-03-01").doesNotContain("2021-01-01")
        .doesNotContain("V-lviv").doesNotContain("V-kyiv");
    assertThat(rows.get(4)).contains("claimed").contains("V-odesa");
    assertThat(rows.get(3)).doesNotContain("asserted");

    CliRun all = run("timeline", "--entity", "Russia", "--status", "all", "--db", db.toString());
    assertThat(all.out()).contains("V-lviv").contains("future").contains("V-kyiv").contains("negated");
    CliRun plans = run("events", "--status", "future", "--json", "--db", db.toString());
    assertThat(plans.out()).contains("V-lviv").doesNotContain("V-kyiv");
    CliRun march = run("timeline", "--entity", "Russia", "--from", "2022-03-15", "--to", "2022-04-05", "--db",
        db.toString());
    assertThat(march.out()).contains("V-sumy").contains("V-kharkiv").doesNotContain("V-bucha")
        .doesNotContain("V-odesa").doesNotContain("V-crimea");
  }

  @OnEachBackend
  void storyCountsAndTimelineFollowStatus(Backend backend) throws Exception {
    fill(backend);
    ObjectMapper json = new ObjectMapper();
    JsonNode stories = json.readTree(run("story", "--json", "--db", db.toString()).out());
    JsonNode s3 = find(stories, "id", "s3");
    assertThat(s3.get("event_count").asInt()).isEqualTo(7);
    JsonNode all = json.readTree(run("story", "--json", "--status", "all", "--db", db.toString()).out());
    assertThat(find(all, "id", "s3").get("event_count").asInt()).isEqualTo(9);
    CliRun story = run("story", "s3", "--db", db.toString());
    assertThat(story.out()).contains("V-odesa").contains("claimed").doesNotContain("V-lviv");
    JsonNode claimed = json.readTree(run("story", "s3", "--status", "claimed", "--json", "--db", db.toString()).out());
    assertThat(claimed.get("events")).hasSize(1);
    assertThat(claimed.get("events").get(0).get("event_id").asText()).isEqualTo("V-odesa");
  }

  @OnEachBackend
  void eventJsonCarriesDateAsKnownPrecisionSourceAndStatusInSnakeCase(Backend backend) throws Exception {
    fill(backend);
    JsonNode events = new ObjectMapper().readTree(run("events", "--actor", "Russia", "--json", "--db",
        db.toString()).out());
    JsonNode bucha = find(events, "event_id", "V-bucha");
    assertThat(bucha.get("day").asText()).isEqualTo("2022-03");
    assertThat(bucha.get("date_precision").asText()).isEqualTo("month");
    assertThat(bucha.get("date_source").asText()).isEqualTo("text");
    assertThat(bucha.get("status").asText()).isEqualTo("asserted");
    assertThat(bucha.has("source_count")).isTrue();
    JsonNode crimea = find(events, "event_id", "V-crimea");
    assertThat(crimea.get("day").isNull()).isTrue();
    assertThat(crimea.get("date_precision").isNull()).isTrue();
    assertThat(find(events, "event_id", "V-mariupol").get("date_source").asText()).isEqualTo("report");
    assertThat(find(events, "event_id", "V-odesa").get("status").asText()).isEqualTo("claimed");
  }

  @OnEachBackend
  void anUnknownTypeOrStatusSaysWhatIsKnown(Backend backend) {
    fill(backend);
    CliRun bombing = run("events", "--type", "BOMBING", "--db", db.toString());
    assertThat(bombing.exit()).isNotZero();
    assertThat(bombing.err()).contains("'BOMBING' is not a PLOVER type").contains("ASSAULT").contains("CONSULT");
    assertThat(bombing.out()).isEmpty();
    CliRun status = run("timeline", "--entity", "Russia", "--status", "maybe", "--db", db.toString());
    assertThat(status.exit()).isNotZero();
    assertThat(status.err()).contains("'maybe' is not a status").contains("happened");
  }

  @OnEachBackend
  void exportOfMentionsAndOfEventsByStatus(Backend backend) throws Exception {
    fill(backend);
    Path mentions = dir.resolve("mentions.jsonl");
    CliRun r = run("export", "--what", "mentions", "--out", mentions.toString(), "--db", db.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).contains("15 mentions");
    List<String> lines = Files.readAllLines(mentions);
    assertThat(lines).hasSize(15).allMatch(l -> l.startsWith("{\"schema_version\":2,"));
    Path denied = dir.resolve("denied.csv");
    assertThat(run("export", "--what", "mentions", "--status", "denied", "--format", "csv", "--out",
        denied.toString(), "--db", db.toString()).exit()).isZero();
    assertThat(Files.readAllLines(denied)).hasSize(2);
    Path events = dir.resolve("events.jsonl");
    assertThat(run("export", "--what", "events", "--status", "all", "--out", events.toString(), "--db",
        db.toString()).exit()).isZero();
    assertThat(Files.readString(events)).contains("\"V-lviv\"");
    CliRun entities = run("export", "--what", "entities", "--status", "all", "--db", db.toString());
    assertThat(entities.exit()).isNotZero();
    assertThat(entities.err()).contains("--status");
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (n.get(field).asText().equals(value)) {
        return n;
      }
    }
    throw new AssertionError("no " + field + " " + value + " in " + array);
  }

  @OnEachBackend
  void exportWritesTheRequestedFormat(Backend backend) throws Exception {
    fill(backend);
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
      assertThat(run(cmd, "--help").out()).contains("--db").contains("postgresql://");
      if (!cmd.equals("export")) { // export writes its own formats (--format)
        assertThat(run(cmd, "--help").out()).contains("--json");
      }
    }
    for (String cmd : new String[] {"timeline", "story", "events", "export"}) {
      assertThat(run(cmd, "--help").out().replaceAll("\\s+", " ")).as(cmd).contains("--status=STATUSES")
          .contains("happened (asserted or claimed").contains("asserted, claimed, negated, hypothetical, future, denied");
    }
    assertThat(run("export", "--help").out()).contains("mentions");
    for (String cmd : new String[] {"ingest", "serve", "bench-store", "bench-serve"}) {
      assertThat(run(cmd, "--help").out()).as(cmd).contains("postgresql://");
    }
  }
}
