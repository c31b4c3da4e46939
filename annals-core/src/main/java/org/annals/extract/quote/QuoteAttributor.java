package org.annals.extract.quote;

import java.util.List;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Entity;
import org.annals.model.Quote;

/** Finds quotations and decides who said them. PLACEHOLDER: being written. */
public final class QuoteAttributor {

  public List<Quote> attribute(AnnotatedArticle doc, List<Entity> entities) {
    return List.of();
  }
}
