package org.annals.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * Finds general event mentions: verbs, event nouns ("earthquake", "arrest", "launch") and the few
 * adjectives that name events ("dead"), one head word each, with a following particle where the
 * verb takes one ("checked in"). A word is an event where the lexicon saw it as an event head often
 * enough; a verb the lexicon never saw is an event unless it is an auxiliary, since unseen verbs in
 * news mostly are, and so is an unseen noun with a nominalising ending ("-tion", "-ment").
 */
public final class EventMentionFinder {

  /** Auxiliaries and light verbs that carry no event of their own. */
  private static final Set<String> NON_EVENT_VERBS = Set.of(
      "be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
      "get", "seem", "become", "let", "'s", "'re", "'ve", "'d", "'ll", "'m");

  /** Nominalisations: an unseen noun ending so mostly names a happening ("evacuation", "shooting"). */
  private static final Pattern EVENT_NOUN_ENDING =
      Pattern.compile("(?:tion|sion|ment|[^aeiou]ing|ure|ance|ence)$");

  private static final Set<String> NON_EVENT_NOUNS = Set.of(
      "thing", "morning", "evening", "building", "nation", "station", "position", "region", "government",
      "department", "ring", "king", "wing", "spring", "ceiling", "ding", "nature", "future", "picture",
      "distance", "evidence", "audience", "sentence", "difference", "conference", "experience", "science",
      "ministry", "figure", "procedure", "structure", "version", "mission", "commission", "television",
      "population", "information", "organisation", "organization", "location", "question");

  private final EventMentionLexicon lexicon;
  private final double minRatio;
  private final int minSeen;

  /**
   * @param minRatio the share of its occurrences a word must have been an event head for
   * @param minSeen a word seen fewer times falls back to the unseen-word rule
   */
  public EventMentionFinder(EventMentionLexicon lexicon, double minRatio, int minSeen) {
    this.lexicon = lexicon;
    this.minRatio = minRatio;
    this.minSeen = minSeen;
  }

  /** The finder with the built-in ECB+-derived lexicon and the thresholds chosen on its training topics. */
  public static EventMentionFinder standard() {
    return new EventMentionFinder(EventMentionLexicon.builtIn(), 0.4, 1);
  }

  public List<ActionMention> find(AnnotatedArticle doc) {
    List<ActionMention> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!isEvent(t)) {
          continue;
        }
        int last = i;
        if (t.isVerb() && i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("RP")) {
          last = i + 1;
        }
        Token end = tokens.get(last);
        out.add(new ActionMention(s.index(), t.index(), end.index(), t.index(), t.start(), end.end(),
            t.lemma(), doc.text().substring(t.start(), end.end())));
      }
    }
    return out;
  }

  /** Whether this token heads an event mention. */
  public boolean isEvent(Token t) {
    String wc = EventMentionLexicon.wordClass(t.pos());
    if (wc.equals("O") || !Character.isLetter(t.word().charAt(0))) {
      return false;
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    EventMentionLexicon.Counts c = lexicon.get(lemma, wc);
    if (c != null && c.total() >= minSeen) {
      return c.ratio() >= minRatio;
    }
    if (wc.equals("N")) {
      return EVENT_NOUN_ENDING.matcher(lemma).find() && !NON_EVENT_NOUNS.contains(lemma);
    }
    return wc.equals("V") && !NON_EVENT_VERBS.contains(lemma);
  }
}
