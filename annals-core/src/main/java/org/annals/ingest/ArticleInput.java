package org.annals.ingest;

import java.util.Objects;
import org.annals.model.Article;

/**
 * One article read from the input, or the problem that kept it from being read. Exactly one of
 * {@code article} and {@code problem} is set.
 *
 * @param origin names the input: a file path, {@code path/to/file.jsonl:12} for a JSON line,
 *     {@code <stdin>} or {@code <stdin>:3}
 * @param article the article, or null when there is a problem
 * @param problem what is wrong with this input, or null when the article was read
 */
public record ArticleInput(String origin, Article article, String problem) {

  public ArticleInput {
    Objects.requireNonNull(origin, "origin");
    if ((article == null) == (problem == null)) {
      throw new IllegalArgumentException("exactly one of article and problem must be set");
    }
  }

  public static ArticleInput read(String origin, Article article) {
    return new ArticleInput(origin, Objects.requireNonNull(article, "article"), null);
  }

  public static ArticleInput failed(String origin, String problem) {
    return new ArticleInput(origin, null, Objects.requireNonNull(problem, "problem"));
  }

  /**
   * One article in the JSON Lines input format ({@code {"id", "text", "date", "title", "source",
   * "url"}}, only {@code text} required) given whole, as a request body carries it; a bad one is a
   * failed input naming the problem. An article longer than {@code maxChars} is refused.
   *
   * @param defaultId the id where the object has none
   */
  public static ArticleInput fromJson(String json, String origin, String defaultId, int maxChars) {
    try {
      return read(origin, JsonLineArticle.parse(json, defaultId, new SizeLimit(maxChars)));
    } catch (InputProblem e) {
      return failed(origin, e.getMessage());
    }
  }

  public boolean ok() {
    return article != null;
  }

  /** {@code origin: problem} for a problem, as a log line would show it. */
  @Override
  public String toString() {
    return ok() ? origin + ": article " + article.id() : origin + ": " + problem;
  }
}
