package org.annals.extract.figure;

import java.util.List;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Figure;

/** Finds typed quantities. PLACEHOLDER: being written. */
public final class FigureExtractor {

  public List<Figure> extract(AnnotatedArticle doc) {
    return List.of();
  }
}
