package org.annals.model;

import java.util.List;

/**
 * An article with the linguistic annotation every extractor reads: sentences with tokens (POS,
 * lemma, entity tags), named-entity spans and raw time expressions. Immutable.
 */
public record AnnotatedArticle(
    Article article, List<Sentence> sentences, List<NamedSpan> namedSpans, List<RawTimex> timexes) {

  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
    namedSpans = List.copyOf(namedSpans);
    timexes = List.copyOf(timexes);
  }

  public String text() {
    return article.text();
  }

  public String text(Span span) {
    return article.text().substring(span.start(), span.end());
  }

  /** The sentence containing {@code offset}, or the nearest one before it. */
  public Sentence sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    Sentence best = sentences.isEmpty() ? null : sentences.get(0);
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (s.start() <= offset) {
        best = s;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }
}
