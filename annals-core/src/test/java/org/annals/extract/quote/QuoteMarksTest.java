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
  void anOpeningMarkInsideADoubleQuoteClosesItOrStartsTheNextOne() {
    // the wrong way round, with no sentence between: it closes
    assertThat(quoted("He spoke about the “horrific attacks “at the plant. “These attacks must cease,” he said."
        + " Later the agency said the fire was out. “It is over,” she said."))
        .containsExactly("“horrific attacks “", "“These attacks must cease,”", "“It is over,”");
    // …but a word or two quoted inside a quote, closed at once, is nested in it
    assertThat(quoted("“I’d rather live in what he calls “hell” than live in his world,” she said."))
        .containsExactly("“I’d rather live in what he calls “hell” than live in his world,”");
    // a quote never closed before a sentence end: the next opening mark starts the next quote
    assertThat(quoted("“We won. The council voted. “It is over,” she said."))
        .containsExactly("“We won. The council voted.", "“It is over,”");
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
