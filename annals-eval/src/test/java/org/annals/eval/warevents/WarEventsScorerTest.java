package org.annals.eval.warevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The port of score.py on the hand-made fixture (see {@link WarEventsFixture}), every figure
 * worked by hand, and the rules behind them one by one.
 */
class WarEventsScorerTest {

  private static final double EPS = 1e-12;

  private static WarEventsScores fixtureScores() throws IOException {
    return WarEventsScorer.score(WarEventsGold.read(WarEventsFixture.gold()),
        CorpusTexts.read(WarEventsFixture.corpus(), 0), SystemMentions.read(WarEventsFixture.system()));
  }

  /*
   * System events: a = sys-strike-a (day 2022-03-07), b = sys-strike-b (day "2022", a year only),
   * c = sys-ceasefire (2022-03-11; news-zz, not in the corpus, says 2022-03-12), d = sys-dorna
   * (2022-03-20; its first mention says 2022-03-02). An event's day is the last its mentions give.
   * news-a3 repeats news-a2 and has no mentions of its own: it shares news-a2's, listed last.
   * Candidates per gold mention (sentence):
   *   station-strike   a1s1 {a} a1s2 {a} a2s1 {b} a3s1 {b} a2s3 {b,c} a3s3 {b,c}     (s3: reference)
   *   valdor-ceasefire a2s2 {c} a2s3 {b,c} a3s2 {c} a3s3 {b,c} a4s3 {c,d}            (a4s3: reference)
   *   dorna-occupation a4s1 {d} a4s3 {c,d}                                           (gold date 2022-03)
   *   port-blockade    a1s5 {} a4s4 {d}                                              (a1s5: reference)
   * Matched gold sentences per system event (total): a 2, b 6, c 8, d 4.
   * Two-event sentences: in station-strike b 4/6 beats c 2/8; in valdor-ceasefire c 5/8 beats
   * b 2/6 and d 1/4; in dorna-occupation d 2/4 beats c 1/8. So the events given are
   *   station-strike [a a b b b b], valdor-ceasefire [c c c c c], dorna-occupation [d d], port-blockade [d].
   */
  @Test
  void fixtureFiguresAsWorkedByHand() throws IOException {
    WarEventsScores s = fixtureScores();
    // 14 of the 15 gold sentences matched (a1s5 has no system mention)
    assertThat(s.goldMentions()).isEqualTo(15);
    assertThat(s.matchedMentions()).isEqualTo(14);
    assertThat(s.coverage()).isCloseTo(14.0 / 15, within(EPS));
    // B3 P: a 2*(2/2) + b 4*(4/4) + c 5*(5/5) + d from dorna 2*(2/3) + d from port 1*(1/3) = 38/3, over 14
    assertThat(s.b3P()).isCloseTo(19.0 / 21, within(EPS));
    // B3 R: strike 2*(2/6) + 4*(4/6) + ceasefire 5*(5/5) + dorna 2*(2/2) + port 1*(1/1) = 34/3, over 14
    assertThat(s.b3R()).isCloseTo(17.0 / 21, within(EPS));
    assertThat(s.b3F1()).isCloseTo(2 * 19.0 * 17 / (21 * 36), within(EPS));
    // reported in 2+ articles: station-strike (a1, a2, a3) spread over {a, b}; valdor-ceasefire (a2, a3) all in c
    assertThat(s.multiEvents()).isEqualTo(2);
    assertThat(s.multiFound()).isEqualTo(2);
    assertThat(s.linkedAsOne()).isEqualTo(0.5);
    assertThat(s.fragmentation()).isEqualTo(1.5);
    // a, b, c hold one gold event each; d holds dorna-occupation and port-blockade
    assertThat(s.systemEvents()).isEqualTo(4);
    assertThat(s.purity()).isEqualTo(0.75);
    // main events: strike b ("2022": a year is not the day), ceasefire c (news-a3's mentions come last,
    // so c's day is 2022-03-11, not news-zz's), dorna d (2022-03-20 is in the gold month), port d (wrong day)
    assertThat(s.dateAcc()).isEqualTo(0.5);
    assertThat(s.dateMisses()).containsExactly(
        "station-strike: gold 2022-03-07 got 2022", "port-blockade: gold 2022-03-05 got 2022-03-20");
    // non-events: a future mention (ok), an asserted one (fail), a hypothetical one (ok)
    assertThat(s.noneventOk()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(s.nonEventMisses()).containsExactly("news-a1@120 (denied)");
    // hard negatives: a1s1 {a} vs a2s2 {c} apart; a2s2 {c} vs a4s3 {c,d} share c; a1s5 unmatched: not judged
    assertThat(s.hardJudged()).isEqualTo(2);
    assertThat(s.keptApart()).isEqualTo(1);
    assertThat(s.apartOk()).isEqualTo(0.5);
  }

  @Test
  void reportIsWhatScorePyPrints() throws IOException {
    assertThat(fixtureScores().report()).isEqualTo("""
        coverage        0.9333
        b3_p            0.9048
        b3_r            0.8095
        b3_f1           0.8545
        multi_events    2
        multi_found     2
        linked_as_one   0.5000
        fragmentation   1.5000
        system_events   4
        purity          0.7500
        date_acc        0.5000
        nonevent_ok     0.6667
        hard_judged     2
        apart_ok        0.5000
        date misses (first 12):
          station-strike: gold 2022-03-07 got 2022
          port-blockade: gold 2022-03-05 got 2022-03-20
        non-events recorded as asserted: 1: news-a1@120 (denied)
        FIGURE: b3_f1=0.8545 linked_as_one=0.5000 fragmentation=1.5000 purity=0.7500 date_acc=0.5000 \
        nonevent_ok=0.6667 apart_ok=0.5000 coverage=0.9333
        """);
  }

  @Test
  void aRepeatedTextSharesTheMentionsOfTheFirstCopyThatHasAny() {
    SystemMention m = new SystemMention(0, 3, "asserted", "x", "2022-03-01");
    Map<String, List<SystemMention>> system = new LinkedHashMap<>();
    system.put("late", List.of(m));
    system.put("other", List.of(m));
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("early", "same text");
    texts.put("late", "same text");
    texts.put("alone", "another text");
    Map<String, List<SystemMention>> shared = WarEventsScorer.shareCopies(system, texts);
    // "early" gets late's mentions and, as in score.py's dict, comes after the ids already there
    assertThat(shared.keySet()).containsExactly("late", "other", "early");
    assertThat(shared.get("early")).containsExactly(m);
    assertThat(shared).doesNotContainKey("alone");
  }

  @Test
  void aSentenceOfSeveralSystemEventsGoesToTheOneMostConcentratedThenMostVotedThenFirstSorted() {
    Map<String, Integer> votes = Map.of("x", 2, "y", 1, "z", 3, "w", 2);
    Map<String, Integer> total = Map.of("x", 4, "y", 1, "z", 6, "w", 4);
    // y: 1/1 beats x: 2/4
    assertThat(WarEventsScorer.mostConcentrated(Set.of("x", "y"), votes, total)).isEqualTo("y");
    // x 2/4 and z 3/6 are equally concentrated: z has more votes
    assertThat(WarEventsScorer.mostConcentrated(Set.of("x", "z"), votes, total)).isEqualTo("z");
    // x and w tie on both: the first in sorted order, as Python's max(sorted(c), key=...)
    assertThat(WarEventsScorer.mostConcentrated(new LinkedHashSet<>(List.of("x", "w")), votes, total))
        .isEqualTo("w");
  }

  @Test
  void idsSortAsPythonSortsThemByCodePoint() {
    String ligature = "\uFB01";        // U+FB01, one UTF-16 unit above the surrogates
    String emoji = "\uD83D\uDE00";     // U+1F600, a surrogate pair
    assertThat(emoji.compareTo(ligature)).isNegative(); // Java's own order differs
    assertThat(WarEventsScorer.compareCodePoints(ligature, emoji)).isNegative();
    assertThat(WarEventsScorer.compareCodePoints("ab", "abc")).isNegative();
    assertThat(WarEventsScorer.compareCodePoints("abc", "abc")).isZero();
    assertThat(WarEventsScorer.compareCodePoints("b", "abc")).isPositive();
  }

  @Test
  void aDayMatchesAsInScorePy() {
    assertThat(WarEventsScorer.sameDay("2022-03-07", "2022-03-07")).isTrue();
    assertThat(WarEventsScorer.sameDay("2022-03-07", "2022-03-07T10:00")).isTrue();
    assertThat(WarEventsScorer.sameDay("2022-03-07", "2022-03")).isFalse();
    assertThat(WarEventsScorer.sameDay("2022-03-07", "2022")).isFalse();
    // month-level gold: any day of the month, or the month itself; not the year
    assertThat(WarEventsScorer.sameDay("2022-03", "2022-03-31")).isTrue();
    assertThat(WarEventsScorer.sameDay("2022-03", "2022-03")).isTrue();
    assertThat(WarEventsScorer.sameDay("2022-03", "2022")).isFalse();
    assertThat(WarEventsScorer.sameDay("2022-03", "2022-04-01")).isFalse();
    // a day standing for a year is a wrong day
    assertThat(WarEventsScorer.sameDay("2022-05-15", "2022-01-01")).isFalse();
    assertThat(WarEventsScorer.sameDay("2022-03-07", null)).isFalse();
    assertThat(WarEventsScorer.sameDay("2022-03-07", "")).isFalse();
  }

  @Test
  void theMainEventIsTheMostFrequentTheFirstSeenOnATie() {
    assertThat(WarEventsScorer.mostCommon(List.of("b", "a", "a", "b"))).isEqualTo("b");
    assertThat(WarEventsScorer.mostCommon(List.of("b", "a", "a"))).isEqualTo("a");
    assertThat(WarEventsScorer.mostCommon(List.of())).isNull();
  }

  @Test
  void anEmptySystemMatchesNothing() throws IOException {
    WarEventsGold gold = WarEventsGold.read(WarEventsFixture.gold());
    WarEventsScores s = WarEventsScorer.score(gold, CorpusTexts.read(WarEventsFixture.corpus(), 0), Map.of());
    assertThat(s.coverage()).isZero();
    assertThat(List.of(s.b3P(), s.b3R(), s.b3F1(), s.linkedAsOne(), s.fragmentation(), s.purity(), s.dateAcc(),
        s.apartOk())).containsOnly(0.0);
    assertThat(s.multiEvents()).isEqualTo(2);
    assertThat(s.multiFound()).isZero();
    assertThat(s.systemEvents()).isZero();
    assertThat(s.hardJudged()).isZero();
    assertThat(s.noneventOk()).isEqualTo(1.0); // nothing asserted anywhere
    assertThat(s.dateMisses()).containsExactly("station-strike: gold 2022-03-07 not found",
        "valdor-ceasefire: gold 2022-03-11 not found", "dorna-occupation: gold 2022-03 not found",
        "port-blockade: gold 2022-03-05 not found");
  }

  @Test
  void anEmptyGoldScoresZero() {
    WarEventsGold empty = new WarEventsGold("c.jsonl", List.of(), List.of(), List.of());
    WarEventsScores s = WarEventsScorer.score(empty, Map.of("a", "text"),
        Map.of("a", List.of(new SystemMention(0, 1, "asserted", "x", null))));
    assertThat(s.figures().values()).allSatisfy(v -> assertThat(v.doubleValue()).isZero());
    assertThat(s.dateMisses()).isEmpty();
    assertThat(s.nonEventMisses()).isEmpty();
  }

  @Test
  void aMentionWithoutKindIsAReportAndAMissingStatusIsAsserted() throws IOException {
    WarEventsGold gold = WarEventsGold.read(WarEventsFixture.gold());
    assertThat(gold.events()).extracting(WarEventsGold.Event::key)
        .containsExactly("station-strike", "valdor-ceasefire", "dorna-occupation", "port-blockade");
    assertThat(gold.nonEvents()).extracting(WarEventsGold.NonEvent::why)
        .containsExactly("future", "denied", "hypothetical");
    assertThat(gold.hardNegatives()).hasSize(3);
    Map<String, List<SystemMention>> system = SystemMentions.read(WarEventsFixture.system());
    assertThat(system.get("news-a2").get(2).status()).isEqualTo("asserted"); // no status in the file
  }

  @Test
  void theGoldWithinSomeArticlesKeepsWhatLiesInThem() throws IOException {
    WarEventsGold within = WarEventsGold.read(WarEventsFixture.gold()).within(Set.of("news-a1", "news-a2"));
    assertThat(within.events()).extracting(WarEventsGold.Event::key)
        .containsExactly("station-strike", "valdor-ceasefire", "port-blockade");
    assertThat(within.events().get(0).mentions()).hasSize(4);
    assertThat(within.nonEvents()).hasSize(2);
    assertThat(within.hardNegatives()).hasSize(1);
    assertThat(within.eventArticles()).containsExactly("news-a1", "news-a2");
  }

  @Test
  void figuresPrintAsPythonRoundsThem() {
    assertThat(WarEventsScores.fixed4(2.0 / 3)).isEqualTo("0.6667");
    assertThat(WarEventsScores.fixed4(0.03125)).isEqualTo("0.0312"); // a binary tie: half-even (Java's %.4f: 0.0313)
    assertThat(WarEventsScores.fixed4(0.09375)).isEqualTo("0.0938");
    assertThat(WarEventsScores.fixed4(0.0)).isEqualTo("0.0000");
    assertThat(WarEventsScores.fixed4(7.769230769230769)).isEqualTo("7.7692");
  }

  @Test
  void countsAreFiguresToo() throws IOException {
    Map<String, Number> f = fixtureScores().figures();
    assertThat(f.keySet()).containsExactly("coverage", "b3_p", "b3_r", "b3_f1", "multi_events", "multi_found",
        "linked_as_one", "fragmentation", "system_events", "purity", "date_acc", "nonevent_ok", "hard_judged",
        "apart_ok");
    assertThat(f.get("system_events")).isInstanceOf(Integer.class);
    assertThat(f.get("purity")).isInstanceOf(Double.class);
  }
}
