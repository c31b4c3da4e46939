package org.annals.link.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.link.LinkedEntity;
import org.annals.model.Entity;
import org.annals.model.EntityRef;
import org.annals.model.EntityType;
import org.annals.model.Extraction;
import org.annals.model.Mention;
import org.annals.model.Quote;

/**
 * Quote speakers named by their role ("the Russian president said", "Ukraine's deputy prime
 * minister said") that the article itself never wrote beside the person's name: the speaker is
 * the person of the article whose titles, gathered across the store, end with that role and
 * carry its owner ("Russian President" for "the Russian president": owner and title words share
 * their first four letters, "Ukraine's" and "Ukrainian"). A title with a qualifier the phrase
 * lacks ("deputy prime minister" for "the prime minister") does not fit. Of several persons who
 * fit, the one named last before the quote's speaker phrase; none named before, none taken.
 */
public final class RoleSpeakers {

  /** Words that make a title a different office than the bare role. */
  private static final Set<String> QUALIFIERS =
      Set.of("deputy", "vice", "former", "acting", "ex", "assistant", "junior", "shadow", "interim", "first");
  private static final int STEM = 4;

  private RoleSpeakers() {}

  /** The extraction with the speakers its role phrases name resolved; itself when none was. */
  public static Extraction resolve(Extraction x, Map<String, LinkedEntity> linked) {
    List<Quote> quotes = new ArrayList<>(x.quotes());
    boolean changed = false;
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      if (q.speaker() == null || q.speaker().entity() != null) {
        continue;
      }
      String entity = speaker(q.speaker(), x.entities(), linked);
      if (entity != null) {
        EntityRef s = q.speaker();
        quotes.set(i, new Quote(q.start(), q.end(), q.text(), q.direct(),
            new EntityRef(entity, s.start(), s.end(), s.text()), q.cue()));
        changed = true;
      }
    }
    return changed ? new Extraction(x.article(), x.entities(), x.times(), x.places(), quotes, x.figures(), x.events())
        : x;
  }

  /** The article-local id of the person the role phrase names, or null. */
  static String speaker(EntityRef phrase, List<Entity> entities, Map<String, LinkedEntity> linked) {
    List<String> words = words(phrase.text());
    // "the president", "Turkey's president"; not "its president", whose owner is not written
    if (words.size() < 2 || !words.get(0).equals("the") && !words.get(0).endsWith("'s")) {
      return null;
    }
    List<String> role = words.get(0).endsWith("'s")
        ? words.subList(0, words.size()) : words.subList(1, words.size());
    String best = null;
    int bestAt = -1;
    for (Entity e : entities) {
      LinkedEntity l = linked.get(e.id());
      if (e.type() != EntityType.PERSON || l == null || !fits(role, l.titles())) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.end() <= phrase.start() && m.start() > bestAt) {
          bestAt = m.start();
          best = e.id();
        }
      }
    }
    return best;
  }

  /**
   * Whether a title ends with the phrase's role noun(s) and every other word of the phrase (its
   * owner) matches a word of the same title, while the title adds no qualifier.
   */
  static boolean fits(List<String> phrase, List<String> titles) {
    for (String title : titles) {
      List<String> t = words(title);
      for (int k = Math.min(t.size(), phrase.size()); k >= 1; k--) {
        if (!t.subList(t.size() - k, t.size()).equals(phrase.subList(phrase.size() - k, phrase.size()))) {
          continue;
        }
        List<String> titleRest = t.subList(0, t.size() - k);
        List<String> owner = phrase.subList(0, phrase.size() - k);
        if (titleRest.stream().noneMatch(QUALIFIERS::contains) && owner.stream().noneMatch(QUALIFIERS::contains)
            && owner.stream().allMatch(o -> titleRest.stream().anyMatch(w -> sameStem(o, w)))) {
          return true;
        }
        break;
      }
    }
    return false;
  }

  private static boolean sameStem(String owner, String word) {
    String o = owner.endsWith("'s") ? owner.substring(0, owner.length() - 2) : owner;
    if (o.length() < STEM || word.length() < STEM) {
      return o.equals(word);
    }
    return o.regionMatches(0, word, 0, STEM);
  }

  private static List<String> words(String text) {
    String norm = text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}' -]", " ").strip();
    return norm.isEmpty() ? List.of() : Arrays.asList(norm.split("[\\s-]+"));
  }
}
