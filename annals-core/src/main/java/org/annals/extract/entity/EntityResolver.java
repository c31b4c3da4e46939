package org.annals.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.extract.place.Gazetteer;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Entity;
import org.annals.model.Mention;
import org.annals.model.NamedSpan;

/** Groups an article's named-entity mentions into entities (within-document coreference). */
public final class EntityResolver {

  private final Gazetteer gazetteer;

  public EntityResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public List<Entity> resolve(AnnotatedArticle doc) {
    Map<String, List<NamedSpan>> groups = new LinkedHashMap<>();
    for (NamedSpan s : doc.namedSpans()) {
      groups.computeIfAbsent(s.type() + "|" + s.text(), k -> new ArrayList<>()).add(s);
    }
    List<Entity> out = new ArrayList<>();
    for (List<NamedSpan> g : groups.values()) {
      List<Mention> mentions = new ArrayList<>();
      for (NamedSpan s : g) {
        mentions.add(new Mention(s.start(), s.end(), s.text()));
      }
      out.add(new Entity("e" + (out.size() + 1), g.get(0).type(), g.get(0).text(), List.of(), mentions));
    }
    return out;
  }
}
