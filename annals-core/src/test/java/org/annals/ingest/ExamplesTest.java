package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.junit.jupiter.api.Test;

/** The invented example inputs shipped in {@code examples/} read without a problem. */
class ExamplesTest {

  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void textArticles() {
    List<ArticleInput> inputs = Inputs.readAll(EXAMPLES.resolve("articles"));

    assertThat(inputs).hasSizeBetween(4, 6).allSatisfy(input -> assertThat(input.problem()).isNull());
    assertThat(inputs).filteredOn(input -> input.article().date() == null).hasSize(1);
    assertThat(inputs).filteredOn(input -> input.article().date() != null)
        .allSatisfy(input -> assertThat(input.article().dateSource()).isEqualTo(DateSource.HEADER));
    assertThat(inputs).allSatisfy(input -> {
      int words = input.article().text().split("\\s+").length;
      assertThat(words).as(input.origin()).isBetween(150, 400);
    });
  }

  @Test
  void jsonLines() {
    List<ArticleInput> inputs = Inputs.readAll(EXAMPLES.resolve("articles.jsonl"));

    assertThat(inputs).hasSize(3).allMatch(ArticleInput::ok);
    assertThat(inputs).extracting(input -> input.article().date())
        .containsExactly(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 10), null);
  }

  @Test
  void htmlPage() {
    Article article = Inputs.readOne(EXAMPLES.resolve("page.html")).article();

    assertThat(article.title()).isEqualTo("Energy grid hit as Kostrana targets power plants in Brasko region");
    assertThat(article.date()).isEqualTo(LocalDate.of(2026, 4, 9));
    assertThat(article.text())
        .contains("shot down 40 of the drones")
        .doesNotContain("Subscribe", "Privacy policy", "More on this story", "Get the Morning Wire", "Read more");
  }
}
