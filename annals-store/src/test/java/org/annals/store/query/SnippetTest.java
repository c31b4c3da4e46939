package org.annals.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

  @Test
  void theWindowHoldingMostOfTheQueryWordsIsShownWithThemInBrackets() {
    String text = "Talks resumed on Monday in Geneva. Officials said the talks were tense. Later, in the "
        + "evening, a drone struck a depot near Orvel and the fire burned until the morning, residents said.";
    assertThat(Snippet.of(text, List.of("drone", "Orvel")))
        .isEqualTo("…the evening, a [drone] struck a depot near [Orvel] and the fire…");
  }

  @Test
  void casesAndAccentsAreMatchedAsTheIndexMatchesThem() {
    assertThat(Snippet.of("“Zelenskyy met Erdoğan in Ankara.”", List.of("erdogan")))
        .isEqualTo("“Zelenskyy met [Erdoğan] in Ankara.”");
  }

  @Test
  void aTextWithoutWordsGivesNothingAndNoMatchGivesTheStart() {
    assertThat(Snippet.of("  …  ", List.of("x"))).isEmpty();
    assertThat(Snippet.of("one two three four five six seven eight nine ten eleven twelve thirteen", List.of("x")))
        .isEqualTo("one two three four five six seven eight nine ten eleven twelve…");
  }
}
