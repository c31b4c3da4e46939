package org.annals.extract.time;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.AnnotatedArticle;
import org.annals.model.RawTimex;
import org.annals.model.TimeExpression;

/** Normalises the tagger's time expressions against the document date. */
public final class TimeNormalizer {

  public List<TimeExpression> normalize(AnnotatedArticle doc) {
    List<TimeExpression> out = new ArrayList<>();
    for (RawTimex t : doc.timexes()) {
      boolean resolved = t.value() != null && !t.value().contains("X");
      out.add(new TimeExpression(t.start(), t.end(), t.text(), t.type(), t.value(), resolved));
    }
    return out;
  }
}
