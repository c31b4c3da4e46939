package org.annals.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.annals.model.Article;
import org.annals.model.RawTimex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TemporalCandidatesTest {

  private static List<String> words(String sentence) {
    return Arrays.asList(sentence.split(" "));
  }

  @Test
  void aWindowKeepsSixTokensBeforeATimeWordAndThreeAfter() {
    List<String> w = words("a b c d e f g h i j k l m n o 2022 p q r s t u v w");
    assertThat(TemporalCandidates.windows(w)).containsExactly(new int[] {9, 19});
  }

  @Test
  void windowsThatMeetAreJoinedAndSentenceEdgesCut() {
    List<String> w = words("Tuesday a b c d e f g h i j March k l m n o p q r s t u v w x y yesterday z");
    assertThat(TemporalCandidates.windows(w)).containsExactly(new int[] {0, 4}, new int[] {5, 15},
        new int[] {21, 29});
    assertThat(TemporalCandidates.windows(words("no clock word here at all"))).isEmpty();
  }

  @Test
  void sutimesOwnWordsOpenWindowsButDoNotMakeASentenceACandidate() {
    List<String> w = words("at the time officials were not sure");
    assertThat(TemporalCandidates.mayHoldTime(w)).isFalse();
    assertThat(TemporalCandidates.windows(w)).containsExactly(new int[] {0, 6});
  }

  /** What SUTime finds in the windows is what it finds in the whole sentence. */
  @Tag("slow")
  @Test
  void timesReachingFarFromTheirTimeWordAreFoundWhole() {
    String text = "Economists who studied the region said growth in the latter half of the 1990s was "
        + "slow, and at the time nobody in the capital expected anything to change before the vote "
        + "on Thursday 3 March, 8pm GMT.";
    List<String> found = CoreNlpAnnotator.shared().annotate(Article.of("a", text, LocalDate.of(2022, 2, 25)))
        .timexes().stream().map(t -> t.text() + "=" + t.value()).toList();
    assertThat(found).containsExactly("the latter half of the 1990s=199X", "time=PAST_REF",
        "Thursday 3 March, 8pm GMT=2022-03-03T20:00+0000");
  }
}
