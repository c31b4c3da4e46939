package org.annals.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Entity;
import org.annals.model.EntityRef;
import org.annals.model.EntityType;
import org.annals.model.Mention;
import org.annals.model.Sentence;
import org.annals.model.Token;

/** The entity mentions of one sentence, indexed by token, for the argument rules. */
final class SentenceMentions {

  /** One mention, with the sentence-relative tokens it covers ({@code first..last}, inclusive). */
  record Item(String entity, EntityType type, int first, int last, int start, int end, String text) {

    EntityRef ref() {
      return new EntityRef(entity, start, end, text);
    }
  }

  private static final SentenceMentions EMPTY = new SentenceMentions(List.of(), 0);

  private final List<Item> items;
  private final Item[] byToken;

  private SentenceMentions(List<Item> items, int tokens) {
    this.items = List.copyOf(items);
    this.byToken = new Item[tokens];
    for (Item it : items) {
      for (int k = it.first(); k <= it.last() && k < tokens; k++) {
        if (byToken[k] == null) {
          byToken[k] = it;
        }
      }
    }
  }

  static SentenceMentions empty() {
    return EMPTY;
  }

  /** Every entity mention of the article, grouped by the sentence it falls in. */
  static Map<Integer, SentenceMentions> index(AnnotatedArticle doc, List<Entity> entities) {
    Map<Integer, List<Item>> bySentence = new HashMap<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        Sentence s = doc.sentenceAt(m.start());
        if (s == null || m.end() > s.end()) {
          continue;
        }
        List<Token> toks = s.tokens();
        int first = s.tokenAtOrAfter(m.start());
        int last = first - 1;
        while (last + 1 < toks.size() && toks.get(last + 1).end() <= m.end()) {
          last++;
        }
        if (first >= toks.size() || last < first) {
          continue;
        }
        bySentence.computeIfAbsent(s.index(), k -> new ArrayList<>())
            .add(new Item(e.id(), e.type(), first, last, m.start(), m.end(), m.text()));
      }
    }
    Map<Integer, SentenceMentions> out = new HashMap<>();
    for (Map.Entry<Integer, List<Item>> en : bySentence.entrySet()) {
      List<Item> items = en.getValue();
      items.sort(Comparator.comparingInt(Item::first).thenComparingInt(Item::last));
      out.put(en.getKey(), new SentenceMentions(items, doc.sentences().get(en.getKey()).tokens().size()));
    }
    return out;
  }

  /** The mention covering token {@code k}, or null. */
  Item at(int k) {
    return k >= 0 && k < byToken.length ? byToken[k] : null;
  }

  List<Item> all() {
    return items;
  }
}
