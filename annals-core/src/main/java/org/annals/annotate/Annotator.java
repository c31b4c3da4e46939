package org.annals.annotate;

import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;

/** Turns an article into sentences, tagged tokens, named-entity spans and raw time expressions. */
public interface Annotator {

  AnnotatedArticle annotate(Article article);
}
