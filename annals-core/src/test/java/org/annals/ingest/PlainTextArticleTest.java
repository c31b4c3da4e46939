package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextArticleTest {

  private static final SizeLimit LIMIT = new SizeLimit(ArticleReader.DEFAULT_MAX_CHARS);

  private static Article parse(String content) throws InputProblem {
    return PlainTextArticle.parse("a.txt", content, LIMIT);
  }

  @Test
  void headerSharingItsLineWithTheTextIsRemovedAndCounted() throws InputProblem {
    Article article = parse(" date 2025-06-02 The minister said on Sunday that talks would go on.");

    assertThat(article.text()).isEqualTo("The minister said on Sunday that talks would go on.");
    assertThat(article.date()).isEqualTo(LocalDate.of(2025, 6, 2));
    assertThat(article.dateSource()).isEqualTo(DateSource.HEADER);
    assertThat(article.textOffset()).isEqualTo(" date 2025-06-02 ".length());
    assertThat(article.id()).isEqualTo("a.txt");
  }

  @Test
  void headerOnItsOwnLineTakesTheLineBreaksAfterIt() throws InputProblem {
    Article article = parse("date 2025-06-02\n\nDrones struck the port overnight.\n");

    assertThat(article.text()).isEqualTo("Drones struck the port overnight.\n");
    assertThat(article.textOffset()).isEqualTo(17);
  }

  @Test
  void crlfLinesAreFineAndKeptAsWritten() throws InputProblem {
    Article article = parse("date 2025-06-02\r\nTalks resume in Vienna\r\nThe delegations met on Monday.\r\n");

    assertThat(article.text()).isEqualTo("Talks resume in Vienna\r\nThe delegations met on Monday.\r\n");
    assertThat(article.textOffset()).isEqualTo(17);
    assertThat(article.title()).isEqualTo("Talks resume in Vienna");
  }

  @Test
  void anyWhitespaceAfterTheHeaderIsRemoved() throws InputProblem {
    String content = "date 2025-06-02\t\u3000Text after the header.";
    Article article = parse(content);

    assertThat(article.text()).isEqualTo("Text after the header.");
    assertThat(article.textOffset()).isEqualTo(content.codePointCount(0, content.indexOf("Text")));
  }

  @Test
  void withoutHeaderTheTextIsUntouchedAndUndated() throws InputProblem {
    String content = "  The minister said the date 2025-06-02 was set for talks.";
    Article article = parse(content);

    assertThat(article.text()).isEqualTo(content);
    assertThat(article.date()).isNull();
    assertThat(article.dateSource()).isEqualTo(DateSource.NONE);
    assertThat(article.textOffset()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"date night in Kyiv was quiet.", "Date palms burned after the strike."})
  void theWordDateAloneIsNoHeader(String content) throws InputProblem {
    assertThat(parse(content).text()).isEqualTo(content);
  }

  @Test
  void impossibleHeaderDateIsAProblemNotASilentDrop() {
    assertThatThrownBy(() -> parse("date 2025-02-30\nThe talks were held."))
        .isInstanceOf(InputProblem.class)
        .hasMessageStartingWith("invalid date '2025-02-30': February 2025 has only 28 days");
  }

  @Test
  void headerDateNotWrittenYearFirstIsAProblem() {
    assertThatThrownBy(() -> parse("date 02/06/2025 The talks were held."))
        .hasMessageStartingWith("invalid date '02/06/2025'");
  }

  @Test
  void headerDateOutOfRangeIsAProblemNotATitle() {
    for (String date : new String[] {"99999-01-01", "2025-001-01", "2025-01-0001", "123456789-1-1"}) {
      assertThatThrownBy(() -> parse("date " + date + "\nThe talks were held.")).as(date)
          .isInstanceOf(InputProblem.class)
          .hasMessageStartingWith("invalid date '" + date + "'")
          .hasMessageEndingWith("(in the date header)");
    }
  }

  @Test
  void headerWithoutTextIsAProblem() {
    assertThatThrownBy(() -> parse("date 2025-06-02\n \n"))
        .hasMessage("no article text after the date header");
  }

  @Test
  void emptyAndBlankContentAreProblems() {
    assertThatThrownBy(() -> parse("")).hasMessageStartingWith("empty");
    assertThatThrownBy(() -> parse(" \n\t\r\n")).hasMessageStartingWith("only whitespace");
  }

  @Test
  void textOverTheLimitIsAProblemGivingItsSize() {
    String text = "word ".repeat(30);
    assertThatThrownBy(() -> PlainTextArticle.parse("a.txt", text, new SizeLimit(100)))
        .hasMessage("article too long: 150 characters (limit 100)");
  }

  @Test
  void titleIsNamedButStaysInTheText() throws InputProblem {
    Article article = parse("date 2025-06-02\nShelling kills two in border village\n\nTwo people were killed.");

    assertThat(article.title()).isEqualTo("Shelling kills two in border village");
    assertThat(article.text()).startsWith("Shelling kills two in border village\n");
  }
}
