package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annals.model.EntityRef;
import org.annals.model.Quote;
import org.annals.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearQuoteEvalTest {

  private static final String TEXT =
      "\"We won,\" Smith said. \"It was close.\" Jones said the count was \"flawed\" and unfair.";

  /** Gold: the direct quote in two fragments credited to Smith, and Jones's reported speech. */
  private static String fixture(String annotator, boolean withJones) {
    String smith = "{\"id\":\"E1\",\"type\":\"Attribution\",\"source\":[{\"start\":10,\"end\":15,\"text\":\"Smith\"}],"
        + "\"cue\":[{\"start\":16,\"end\":20,\"text\":\"said\"}],\"content\":[{\"start\":0,\"end\":9,\"text\":\"x\"},"
        + "{\"start\":22,\"end\":37,\"text\":\"x\"}],\"content_starts_with_quote\":true}";
    String jones = "{\"id\":\"E2\",\"type\":\"Attribution\",\"source\":[{\"start\":38,\"end\":43,\"text\":\"Jones\"}],"
        + "\"cue\":[{\"start\":44,\"end\":48,\"text\":\"said\"}],"
        + "\"content\":[{\"start\":49,\"end\":82,\"text\":\"x\"}],"
        + "\"content_starts_with_quote\":false}";
    return "{\"id\":\"a1\",\"annotator\":\"" + annotator + "\",\"compartment\":\"dev\",\"date\":\"2016-09-12\","
        + "\"text\":" + json(TEXT) + ",\"attributions\":[" + smith + (withJones ? "," + jones : "") + "]}";
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static Quote quote(int start, int end, boolean direct, int speakerStart, int speakerEnd) {
    EntityRef speaker = speakerStart < 0 ? null
        : new EntityRef(null, speakerStart, speakerEnd, TEXT.substring(speakerStart, speakerEnd));
    return new Quote(start, end, TEXT.substring(start, end), direct, speaker, null);
  }

  private static Map<String, ScoreRow> byMetric(List<ScoreRow> rows) {
    return rows.stream().collect(Collectors.toMap(ScoreRow::metric, Function.identity()));
  }

  @Test
  void readsTheAlphabeticallyFirstAnnotatorOfEachArticle(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("polnear_dev.jsonl");
    Files.writeString(file, fixture("zz99", false) + "\n" + fixture("ab12", true) + "\n", StandardCharsets.UTF_8);
    List<PolnearQuoteEval.GoldArticle> gold = PolnearQuoteEval.read(file, 0);
    assertThat(gold).hasSize(1);
    assertThat(gold.get(0).annotator()).isEqualTo("ab12");
    assertThat(gold.get(0).attributions()).hasSize(2);
    assertThat(gold.get(0).attributions().get(0).content()).containsExactly(new Span(0, 9), new Span(22, 37));
    assertThat(gold.get(0).attributions().get(0).direct()).isTrue();
  }

  @Test
  void scoresSpeakersSpansAndReportedSpeech(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("polnear_dev.jsonl");
    Files.writeString(file, fixture("ab12", true) + "\n", StandardCharsets.UTF_8);
    PolnearQuoteEval.GoldArticle gold = PolnearQuoteEval.read(file, 0).get(0);
    List<Quote> ours = List.of(
        quote(0, 9, true, 10, 15), // "We won," credited to Smith
        quote(22, 37, true, -1, -1), // "It was close." with no speaker
        quote(63, 71, true, 38, 43), // "flawed": a partial quote inside Jones's reported speech
        quote(49, 82, false, 38, 43)); // the reported clause
    List<String> errors = new ArrayList<>();
    PolnearQuoteEval.Tally tally = new PolnearQuoteEval.Tally(errors::add);
    tally.add(gold, ours);
    Map<String, ScoreRow> rows = byMetric(tally.rows("PolNeAR test"));

    // Speaker: the best-overlapping quote for E1 is "It was close." (15 chars > 9), which has no speaker.
    assertThat(rows.get("direct-quote speaker accuracy").value()).isEqualTo(0.0);
    assertThat(rows.get("direct quotes found (any overlap)").value()).isEqualTo(1.0);
    assertThat(errors).anyMatch(e -> e.startsWith("NO-SPEAKER a1"));
    // Spans: two gold fragments (not merged: text lies between them), three direct predictions.
    assertThat(rows.get("direct-quote span recall (overlap >= 50%)").value()).isEqualTo(1.0);
    assertThat(rows.get("direct-quote span precision (overlap >= 50%)").value()).isEqualTo(2.0 / 3);
    assertThat(rows.get("direct-quote span F1 (exact)").value()).isEqualTo(0.8);
    assertThat(rows.get("direct-quote span precision (partial quotes in gold indirect content not counted)").value())
        .isEqualTo(1.0);
    // Reported speech: found, with the right speaker.
    assertThat(rows.get("indirect attribution recall (overlap >= 50%)").value()).isEqualTo(1.0);
    assertThat(rows.get("indirect attribution precision (overlap >= 50%)").value()).isEqualTo(1.0);
    assertThat(rows.get("indirect attribution recall with correct speaker").value()).isEqualTo(1.0);
  }

  @Test
  void creditsTheSpeakerOfTheBestOverlappingQuote(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("polnear_dev.jsonl");
    Files.writeString(file, fixture("ab12", false) + "\n", StandardCharsets.UTF_8);
    PolnearQuoteEval.GoldArticle gold = PolnearQuoteEval.read(file, 0).get(0);
    PolnearQuoteEval.Tally tally = new PolnearQuoteEval.Tally(null);
    tally.add(gold, List.of(quote(0, 9, true, -1, -1), quote(22, 37, true, 10, 15)));
    Map<String, ScoreRow> rows = byMetric(tally.rows("PolNeAR test"));
    assertThat(rows.get("direct-quote speaker accuracy").value()).isEqualTo(1.0);
    assertThat(rows.get("direct-quote speaker accuracy").support()).startsWith("1 correct / 1 gold");
  }

  @Test
  void mergesFragmentsSeparatedOnlyByWhitespace() {
    String text = "“One.\n\n“Two.” he said";
    assertThat(PolnearQuoteEval.mergeFragments(text, List.of(new Span(0, 5), new Span(7, 13))))
        .containsExactly(new Span(0, 13));
    assertThat(PolnearQuoteEval.mergeFragments(text, List.of(new Span(0, 5), new Span(15, 17)))).hasSize(2);
  }
}
