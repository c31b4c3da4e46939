package org.annals.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference scorer's test cases TC-A (key {a} {b c} {d e f}), with the expected values of its
 * TestCases.README; each was also worked by hand (comments).
 */
class CorefScoresTest {

  private static final List<List<String>> KEY = chains("a", "b c", "d e f");

  private static List<List<String>> chains(String... chains) {
    return Arrays.stream(chains).map(c -> List.of(c.split(" "))).toList();
  }

  private static CorefScores<String> score(List<List<String>> key, List<List<String>> response) {
    CorefScores<String> s = new CorefScores<>();
    s.add(key, response);
    return s;
  }

  @Test
  void perfectResponseScoresOneEverywhere() {
    CorefScores<String> s = score(KEY, KEY);
    assertThat(s.muc().f1()).isEqualTo(1.0);
    assertThat(s.bcub().f1()).isEqualTo(1.0);
    assertThat(s.ceafe().f1()).isEqualTo(1.0);
    assertThat(s.conll()).isEqualTo(1.0);
  }

  @Test
  void missingMentionsLowerRecallOnly() { // TC-A-2: {a} {d e}
    CorefScores<String> s = score(KEY, chains("a", "d e"));
    // MUC: {def} is cut into {de},{f}: 3-2 = 1 of 1+2 links; {de} is whole: 1 of 1.
    assertThat(s.muc().recall()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.muc().precision()).isEqualTo(1.0);
    // B3 recall: a 1, b 0, c 0, d 2/3, e 2/3, f 0 over 6.
    assertThat(s.bcub().recall()).isCloseTo(7.0 / 18, within(1e-9));
    assertThat(s.bcub().precision()).isEqualTo(1.0);
    // CEAF-e: phi(a,a) = 1, phi(def,de) = 4/5: 1.8 over 3 key and 2 response chains.
    assertThat(s.ceafe().recall()).isCloseTo(0.6, within(1e-9));
    assertThat(s.ceafe().precision()).isCloseTo(0.9, within(1e-9));
    assertThat(s.ceafe().f1()).isCloseTo(0.72, within(1e-9));
  }

  @Test
  void falseAlarmMentionsLowerPrecisionOnly() { // TC-A-3: {a} {b c x} {d e f y} {z}
    CorefScores<String> s = score(KEY, chains("a", "b c x", "d e f y", "z"));
    assertThat(s.muc().recall()).isEqualTo(1.0);
    assertThat(s.muc().precision()).isCloseTo(3.0 / 5, within(1e-9));
    assertThat(s.bcub().recall()).isEqualTo(1.0);
    // a 1, b c 2/3 each, x 0, d e f 3/4 each, y 0, z 0 over 9 response mentions.
    assertThat(s.bcub().precision()).isCloseTo((4 + 7.0 / 12) / 9, within(1e-9));
    double sim = 1 + 4.0 / 5 + 6.0 / 7;
    assertThat(s.ceafe().recall()).isCloseTo(sim / 3, within(1e-9));
    assertThat(s.ceafe().precision()).isCloseTo(sim / 4, within(1e-9));
  }

  @Test
  void missingAndFalseAlarmMentionsTogether() { // TC-A-4: {a} {b c x} {d y} {z}
    CorefScores<String> s = score(KEY, chains("a", "b c x", "d y", "z"));
    assertThat(s.muc().recall()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.muc().precision()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.bcub().recall()).isCloseTo((3 + 1.0 / 3) / 6, within(1e-9));
    assertThat(s.bcub().precision()).isCloseTo((1 + 4.0 / 3 + 1.0 / 2) / 7, within(1e-9));
    assertThat(s.bcub().f1()).isCloseTo(2 * (5.0 / 9) * (17.0 / 42) / (5.0 / 9 + 17.0 / 42), within(1e-9));
    double sim = 1 + 4.0 / 5 + 2.0 / 5;
    assertThat(s.ceafe().recall()).isCloseTo(sim / 3, within(1e-9));
    assertThat(s.ceafe().precision()).isCloseTo(sim / 4, within(1e-9));
  }

  @Test
  void allSingletonsGiveNoMucLinksButFullB3Precision() { // TC-A-10
    CorefScores<String> s = score(KEY, chains("a", "b", "c", "d", "e", "f"));
    assertThat(s.muc().f1()).isZero();
    assertThat(s.bcub().recall()).isCloseTo(0.5, within(1e-9));
    assertThat(s.bcub().precision()).isEqualTo(1.0);
    assertThat(s.bcub().f1()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void oneBigChainHasFullRecall() { // TC-A-11: {a b c d e f}
    CorefScores<String> s = score(KEY, chains("a b c d e f"));
    assertThat(s.muc().recall()).isEqualTo(1.0);
    assertThat(s.muc().precision()).isCloseTo(3.0 / 5, within(1e-9));
    assertThat(s.bcub().precision()).isCloseTo((1.0 / 6 + 2 * 2.0 / 6 + 3 * 3.0 / 6) / 6, within(1e-9));
    assertThat(s.bcub().f1()).isCloseTo(14.0 / 25, within(1e-9));
  }

  @Test
  void documentsSumNumeratorsAndDenominators() {
    CorefScores<String> s = new CorefScores<>();
    s.add(chains("a b"), chains("a b"));          // MUC 1/1
    s.add(chains("c d e"), chains("c", "d", "e")); // MUC 0/2
    assertThat(s.muc().recall()).isCloseTo(1.0 / 3, within(1e-9));
    // CEAF-e: 1 + 0 (no overlap for {cde} beyond one singleton: phi(cde, c) = 2/4) = 1.5 over 2 key, 4 response.
    assertThat(s.ceafe().recall()).isCloseTo(1.5 / 2, within(1e-9));
    assertThat(s.ceafe().precision()).isCloseTo(1.5 / 4, within(1e-9));
  }

  @Test
  void hungarianFindsTheBestNotTheGreedyAlignment() {
    // Greedy picks 0.9 then 0.1; best is 0.8 + 0.8.
    assertThat(CeafAlignment.maxAssignment(new double[][] {{0.9, 0.8}, {0.8, 0.1}})).isCloseTo(1.6, within(1e-9));
    assertThat(CeafAlignment.maxAssignment(new double[][] {{0.5, 0.2, 0.4}})).isCloseTo(0.5, within(1e-9));
  }
}
