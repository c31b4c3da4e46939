package org.annals.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> quoted(String text) {
    return QuoteMarks.find(text).stream().map(p -> text.substring(p.start(), p.end())).toList();
  }

  @Test
  void pairsStraightCurlyAndPtbMarks() {
    assertThat(quoted("\"We won,\" he said. “It was close,” she said. ``Fine,'' they said."))
        .containsExactly("\"We won,\"", "“It was close,”", "``Fine,''");
  }

  @Test
  void quoteSpanningSentencesIsOnePassage() {
    assertThat(quoted("He said: \"We won. It was close. Next time we win again.\" Then he left."))
        .containsExactly("\"We won. It was close. Next time we win again.\"");
  }

  @Test
  void paragraphOpeningWithAMarkContinuesAnUnclosedQuote() {
    String text = "She said: “We are proud of our donors.\n\n“And we will keep going.”\n\nThe end.";
    List<QuotedPassage> found = QuoteMarks.find(text);
    assertThat(found).hasSize(1);
    assertThat(text.substring(found.get(0).start(), found.get(0).end()))
        .isEqualTo("“We are proud of our donors.\n\n“And we will keep going.”");
    assertThat(found.get(0).closed()).isTrue();
  }

  @Test
  void unclosedQuoteStopsAtItsParagraphEnd() {
    String text = "“We are not finished, she said.\n\nThe council voted on Monday.";
    List<QuotedPassage> found = QuoteMarks.find(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).closed()).isFalse();
    assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("“We are not finished, she said.");
  }

  @Test
  void apostrophesAreNotQuoteMarks() {
    assertThat(quoted("Clinton’s team said it didn’t know. In the ’90s the students’ union won."
        + " Rock ’n’ roll. 'Tis the season."))
        .isEmpty();
  }

  @Test
  void singleMarksQuoteInHeadlinesButNotInsideDoubleQuotes() {
    assertThat(quoted("Zelenskiy says ‘absolutely brilliant outcome’ after talks"))
        .containsExactly("‘absolutely brilliant outcome’");
    assertThat(quoted("“You say you ‘accept responsibility,’ but you don’t,” he said."))
        .containsExactly("“You say you ‘accept responsibility,’ but you don’t,”");
  }

  @Test
  void strayClosingMarkAndInchesAreIgnored() {
    assertThat(quoted("The 12\" pipe burst.” Nobody was hurt.")).isEmpty();
  }

  @Test
  void wrongWayClosingMarkStillCloses() {
    assertThat(quoted("He called it “Mostly False.“\nNext paragraph.")).containsExactly("“Mostly False.“");
  }

  @Test
  void markupAttributesAreSkipped() {
    assertThat(quoted("<tweet author=\"carl\" id=\"77\">text</tweet> and “a quote” here"))
        .containsExactly("“a quote”");
  }
}
