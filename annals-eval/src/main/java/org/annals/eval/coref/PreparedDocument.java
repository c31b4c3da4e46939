package org.annals.eval.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.extract.event.ActionMention;
import org.annals.extract.event.EventMentionFinder;
import org.annals.link.event.EventDocument;
import org.annals.link.event.CorefMention;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Entity;
import org.annals.model.Extraction;
import org.annals.model.Mention;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Token;
import org.annals.pipeline.ArticlePipeline;

/**
 * A gold document run through the pipeline once, with the event mentions event coreference sees:
 * the gold mentions (for scoring with gold mentions) and the finder's (for predicted mentions),
 * each keyed by its gold-token span for exact-span matching.
 *
 * @param goldKeys span key of each gold mention, in the order of {@code gold.mentions()}
 * @param predictedKeys span key of each predicted mention (in scored sentences only)
 */
public record PreparedDocument(
    GoldDocument gold,
    EventDocument withGoldMentions,
    List<String> goldKeys,
    EventDocument withPredictedMentions,
    List<String> predictedKeys) {

  /** Content words that say nothing about which happening an article reports. */
  private static final Set<String> LIGHT = Set.of(
      "be", "have", "do", "say", "tell", "make", "get", "go", "take", "come", "year", "day", "time", "people",
      "new", "other", "more", "many", "first", "last", "also", "week", "month", "report", "news", "story");

  public static PreparedDocument prepare(ArticlePipeline pipeline, EventMentionFinder finder, GoldDocument doc) {
    GoldText text = new GoldText(doc);
    AnnotatedArticle annotated = pipeline.annotate(text.article());
    Extraction x = pipeline.extract(annotated);
    Token[] tokens = text.annotatorTokens(annotated);
    Features f = new Features(annotated, x);

    List<CorefMention> goldMentions = new ArrayList<>();
    List<String> goldKeys = new ArrayList<>();
    for (GoldMention m : doc.mentions()) {
      int headGold = MentionHeads.head(m.tokens(), tokens);
      Token head = tokens[headGold];
      String lemma = head == null ? doc.tokens().get(headGold).word().toLowerCase(Locale.ROOT) : head.lemma();
      int offset = text.start(headGold);
      goldMentions.add(f.mention(doc.id() + "#" + m.markable(), lemma, offset));
      goldKeys.add(key(doc.id(), m.tokens()));
    }
    List<CorefMention> predicted = new ArrayList<>();
    List<String> predictedKeys = new ArrayList<>();
    for (ActionMention a : finder.find(annotated)) {
      List<Integer> span = text.goldTokens(a.start(), a.end());
      if (span.isEmpty() || !doc.scored(doc.tokens().get(span.get(0)).sentence())) {
        continue;
      }
      predicted.add(f.mention(doc.id() + "#p" + a.head(), a.lemma(), a.start()));
      predictedKeys.add(key(doc.id(), span));
    }
    Map<String, Integer> terms = f.terms();
    return new PreparedDocument(doc,
        new EventDocument(doc.id(), doc.date(), terms, goldMentions), goldKeys,
        new EventDocument(doc.id(), doc.date(), terms, predicted), predictedKeys);
  }

  static String key(String doc, List<Integer> tokens) {
    return doc + ":" + tokens;
  }

  /** Per-sentence participants, dates and context of one annotated article. */
  private static final class Features {
    private final AnnotatedArticle doc;
    private final Extraction x;
    private final Map<Integer, Set<String>> entitiesBySentence = new HashMap<>();
    private final Map<Integer, String> dateBySentence = new HashMap<>();

    Features(AnnotatedArticle doc, Extraction x) {
      this.doc = doc;
      this.x = x;
      for (Entity e : x.entities()) {
        String key = e.name().toLowerCase(Locale.ROOT);
        for (Mention m : e.mentions()) {
          entitiesBySentence.computeIfAbsent(doc.sentenceAt(m.start()).index(), k -> new HashSet<>()).add(key);
        }
      }
      for (TimeExpression t : x.times()) {
        if (t.value() != null && t.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
          dateBySentence.putIfAbsent(doc.sentenceAt(t.start()).index(), t.value());
        }
      }
    }

    CorefMention mention(String id, String lemma, int offset) {
      Sentence s = doc.sentenceAt(offset);
      int index = s == null ? 0 : s.index();
      Set<String> context = new HashSet<>();
      if (s != null) {
        for (Token t : s.tokens()) {
          if (content(t) && !t.lemma().equals(lemma)) {
            context.add(t.lemma());
          }
        }
      }
      return new CorefMention(id, lemma.toLowerCase(Locale.ROOT), null,
          entitiesBySentence.getOrDefault(index, Set.of()), null, dateBySentence.get(index), index, context);
    }

    Map<String, Integer> terms() {
      Map<String, Integer> terms = new HashMap<>();
      for (Sentence s : doc.sentences()) {
        for (Token t : s.tokens()) {
          if (content(t)) {
            terms.merge(t.lemma(), 1, Integer::sum);
          }
        }
      }
      for (Entity e : x.entities()) {
        terms.merge("E:" + e.name().toLowerCase(Locale.ROOT), e.mentions().size(), Integer::sum);
      }
      return terms;
    }

    private static boolean content(Token t) {
      String p = t.pos();
      return (p.startsWith("NN") || p.startsWith("VB") || p.startsWith("JJ") || p.equals("CD"))
          && t.lemma().length() > 1 && Character.isLetterOrDigit(t.lemma().charAt(0)) && !LIGHT.contains(t.lemma());
    }
  }
}
