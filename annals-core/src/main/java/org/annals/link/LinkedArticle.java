package org.annals.link;

import java.util.List;
import org.annals.model.Extraction;
import org.annals.model.Span;

/**
 * What the store keeps of one article: its extraction (with the document date actually used, so
 * relative times are resolved against an inferred date too), its sentence bounds (so every stored
 * mention can name its sentence) and its links.
 */
public record LinkedArticle(Extraction extraction, List<Span> sentences, ArticleLinks links) {

  public LinkedArticle {
    sentences = List.copyOf(sentences);
  }
}
