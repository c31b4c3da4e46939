package org.annals.link.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.link.ArticleIds;
import org.annals.link.LinkedArticle;
import org.annals.link.LinkedEntity;
import org.annals.model.EntityRef;
import org.annals.model.Event;
import org.annals.model.Extraction;

/**
 * Links the PLOVER events of each ingested article to cross-document events with the same
 * {@link EventCoreferencer} the evaluation scores: one event when the type is the same, actors or
 * targets are shared, places agree and dates fall within the window. Event ids are
 * {@code ArticleIds.derived("v", founder)} where the founder is "article id/local event id" of the
 * first mention, so ids do not depend on threads or the clock; calls must come in stream order.
 */
public final class EventLinker {

  private final EventCoreferencer coreferencer;

  public EventLinker() {
    this(EventCoreferencer.Settings.forPlover());
  }

  public EventLinker(EventCoreferencer.Settings settings) {
    this.coreferencer = new EventCoreferencer(settings, EventLemmaPairs.builtIn(), f -> ArticleIds.derived("v", f));
  }

  /**
   * Links one article's events.
   *
   * @param articleId the article's content hash
   * @param entities the article's entity ids ({@code e1}…) mapped to cross-document entities
   * @param date the document date used, or null
   * @return local event id ({@code ev1}…) to cross-document event id, in the article's event order
   */
  public synchronized Map<String, String> link(
      String articleId, Extraction x, Map<String, LinkedEntity> entities, LocalDate date) {
    EventDocument doc = document(articleId, x, entities, date);
    List<String> ids = coreferencer.add(doc);
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      out.put(x.events().get(i).id(), ids.get(i));
    }
    return out;
  }

  /** Replays an article stored earlier, so that linking after a restart continues where it stopped. */
  public synchronized void observe(LinkedArticle stored) {
    Extraction x = stored.extraction();
    EventDocument doc = document(stored.links().articleId(), x, stored.links().entities(), stored.links().date());
    List<String> ids = new ArrayList<>();
    for (Event e : x.events()) {
      String id = stored.links().events().get(e.id());
      ids.add(id != null ? id : ArticleIds.derived("v", stored.links().articleId() + "/" + e.id()));
    }
    coreferencer.observe(doc, ids);
  }

  static EventDocument document(String articleId, Extraction x, Map<String, LinkedEntity> entities, LocalDate date) {
    String text = x.article().text();
    List<EventMention> mentions = new ArrayList<>();
    for (Event e : x.events()) {
      Set<String> args = new HashSet<>();
      for (EntityRef r : e.actors()) {
        args.add(key(r, entities));
      }
      for (EntityRef r : e.recipients()) {
        args.add(key(r, entities));
      }
      String place = e.location() == null ? null : key(e.location(), entities);
      // without a day of its own, an event is taken to have happened about when it was reported:
      // two reports months apart of "a raid" are not one raid
      String time = e.date() != null && EventCoreferencer.day(e.date().value()) != null ? e.date().value()
          : date == null ? null : date.toString();
      Set<String> context = e.evidence() == null ? Set.of()
          : words(text.substring(e.evidence().start(), e.evidence().end())).keySet();
      mentions.add(new EventMention(articleId + "/" + e.id(), triggerLemma(e.trigger().text()),
          e.type() == null ? null : e.type().name(), args, place, time, 0, context));
    }
    Map<String, Integer> terms = words(text);
    for (LinkedEntity le : entities.values()) {
      terms.merge("E:" + le.id(), 2, Integer::sum);
    }
    return new EventDocument(articleId, date, terms, mentions);
  }

  private static String key(EntityRef r, Map<String, LinkedEntity> entities) {
    LinkedEntity le = r.entity() == null ? null : entities.get(r.entity());
    return le != null ? le.id() : "t:" + r.text().toLowerCase(Locale.ROOT);
  }

  /** A rough lemma of a trigger's last word without a tagger: lower case, common inflections removed. */
  static String triggerLemma(String trigger) {
    String[] words = trigger.toLowerCase(Locale.ROOT).trim().split("\\s+");
    String w = words[words.length - 1];
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ed") && w.length() > 4) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** Lower-case words of four letters or more, counted: the article's content for grouping. */
  private static Map<String, Integer> words(String text) {
    Map<String, Integer> out = new HashMap<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 4) {
        out.merge(w, 1, Integer::sum);
      }
    }
    return out;
  }
}
