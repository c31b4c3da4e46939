package org.annals.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.extract.WordSets;
import org.annals.model.DatePrecision;
import org.annals.model.EventDate;
import org.annals.model.MentionKind;
import org.annals.model.Token;

/**
 * Whether a sentence reports an event as news or refers back to it: a time anchor ("since the
 * invasion", "before Russia invaded", "at the start of the war", "pre-invasion levels"), a cause
 * ("in response to the strike"), the object of a reaction ("condemned the attack", "denied
 * responsibility for the strike"), an event named by its place ("the Bucha massacre"), an undated
 * atrocity ("atrocities in Bucha": told once found), or a recollection (its own date more than a week before the
 * report) and a link to another story (a video caption, a "Read more" headline) are references;
 * anything else is a report. A reference is never dated by its report.
 */
final class MentionKindRules {

  /** Days before the report beyond which a dated mention is a recollection, not news. */
  static final int RECOLLECTION_DAYS = 7;

  private static final Set<String> ANCHOR_PREPS = WordSets.of("anchor.prep");
  private static final Set<String> ANCHOR_NOUNS = WordSets.of("anchor.noun");
  private static final Set<String> CAUSE_PREPS = WordSets.of("cause.prep");
  private static final Set<String> CAUSE_NOUNS = WordSets.of("cause.noun");
  private static final Set<String> REACTIONS = WordSets.of("reaction.verb");
  private static final Set<String> PREFIXES = WordSets.of("anchor.prefix");
  private static final Set<String> ANCHOR_CLAUSES = WordSets.of("anchor.clause");
  /** "after" and "following" anchor a definite noun ("after the invasion") but a clause may be news ("killed after missiles hit"). */
  private static final Set<String> NEWS_CLAUSES = Set.of("after", "following");
  private static final Set<String> ASIDE_CLAUSES = WordSets.of("aside.clause");
  private static final Set<String> ATROCITIES = WordSets.of("atrocity.noun");

  /** Why a mention refers back rather than reports. */
  enum Anchor {
    /** Nothing: the sentence reports the event. */
    NONE,
    /** A time anchor: "since the invasion", "before Russia invaded", "pre-war", "at the start of the war". */
    TIME,
    /** A cause: "in response to the attack", "outrage over the shelling". */
    CAUSE,
    /** The object of a reaction: "condemned the attack", "denied the strike". */
    REACTION,
    /** Its own date lies more than a week before the report. */
    RECOLLECTION,
    /** Named by its place, as a thing known: "the Bucha massacre", "the Kramatorsk station strike". */
    NAMED,
    /** An atrocity with no date of its own: told once found, of a known past ("atrocities in Bucha"). */
    ATROCITY,
    /**
     * A link to another story kept in the crawled text: an embedded video's caption ("00:58'Historic
     * day': Finland's leaders confirm intention to join Nato – video") or a headline before "Read more".
     */
    LINK
  }

  /** "00:58'Title' – video": a caption's running time, its title, its kind. */
  private static final Pattern CAPTION = Pattern.compile("\\b\\d{1,2}:\\d{2}\\S.{0,240}?\\s[–-]\\s(?:video|audio)\\b");
  private static final Pattern READ_MORE = Pattern.compile("Read more\\b");
  /** Characters of a running time ("01:32") that may stand before a caption's sentence. */
  private static final int STAMP_CHARS = 6;

  /** The character spans of {@code text[from, to)} that are links to other stories (see {@link Anchor#LINK}). */
  static List<int[]> links(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    // the caption's running time may stand just before the sentence, cut off as a stamp of its own
    Matcher m = CAPTION.matcher(text).region(Math.max(0, from - STAMP_CHARS), to);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    Matcher r = READ_MORE.matcher(text).region(from, to);
    if (r.find() && r.start() - from <= 250) {
      out.add(new int[] {from, r.end()}); // the headline the sentence opens with
    }
    return out;
  }

  static boolean inLink(List<int[]> links, int offset) {
    for (int[] l : links) {
      if (offset >= l[0] && offset < l[1]) {
        return true;
      }
    }
    return false;
  }

  MentionKind kind(List<Token> toks, TriggerMatch t, EventDate date, LocalDate documentDate) {
    return anchor(toks, t, date, documentDate) == Anchor.NONE ? MentionKind.REPORT : MentionKind.REFERENCE;
  }

  Anchor anchor(List<Token> toks, TriggerMatch t, EventDate date, LocalDate documentDate) {
    if (prefixed(toks.get(t.first()))) {
      return Anchor.TIME;
    }
    boolean verbal = t.isVerbal(toks);
    Anchor a = verbal ? verbAnchor(toks, t) : nounAnchor(toks, t);
    if (a == Anchor.NONE && recollection(date, documentDate)) {
      return Anchor.RECOLLECTION;
    }
    if (a == Anchor.NONE && !verbal && date == null && ATROCITIES.contains(toks.get(t.first()).lemma())) {
      return Anchor.ATROCITY;
    }
    return a;
  }

  /**
   * Told in a clause that dates or explains another event rather than as the sentence's own news:
   * "… came one night after Russia fired 741 drones", "killed when a missile hit".
   */
  boolean aside(List<Token> toks, TriggerMatch t) {
    int opener = opener(toks, t);
    return opener >= 0 && ASIDE_CLAUSES.contains(lower(toks, opener));
  }

  /**
   * The subordinator opening the trigger's clause ("since Russia invaded"), or -1. A clause put
   * first ends at its comma: in "Before dawn, Russia launched drones" and "Since the war began,
   * Russia has struck Kyiv" the verb after the comma is the sentence's own.
   */
  private static int opener(List<Token> toks, TriggerMatch t) {
    int clause = ClauseBounds.start(toks, t.first(), 12);
    if (clause <= 0) {
      return -1;
    }
    int opener = clause - 1;
    if (opener == 0 || lower(toks, opener - 1).equals(",")) {
      for (int k = opener + 1; k < t.first(); k++) {
        if (lower(toks, k).equals(",")) {
          return -1;
        }
      }
    }
    return opener;
  }

  /** "pre-invasion", "post-war". */
  private static boolean prefixed(Token trigger) {
    return unprefixed(trigger.word()) != null;
  }

  /** The word a time prefix is put before ("invasion" in "pre-invasion"), or null. */
  static String unprefixed(String word) {
    if (word.indexOf('-') < 0) {
      return null; // only a hyphenated prefix is read here: most words need no lower-casing
    }
    String w = word.toLowerCase(Locale.ROOT);
    for (String p : PREFIXES) {
      if (p.endsWith("-") && w.startsWith(p) && w.length() > p.length()) {
        return w.substring(p.length());
      }
    }
    return null;
  }

  /** A date that ends more than a week before the report: "the invasion on 24 February" in April. */
  static boolean recollection(EventDate date, LocalDate documentDate) {
    if (date == null || documentDate == null) {
      return false;
    }
    DatePrecision.Known k = DatePrecision.of(date.value());
    return k != null && k.last().isBefore(documentDate.minusDays(RECOLLECTION_DAYS));
  }

  /** "since Russia invaded", "before the troops retreated": the verb's clause anchors another. */
  private static Anchor verbAnchor(List<Token> toks, TriggerMatch t) {
    String opener = lower(toks, opener(toks, t));
    if (ANCHOR_CLAUSES.contains(opener) && !NEWS_CLAUSES.contains(opener)) {
      return Anchor.TIME;
    }
    return Anchor.NONE;
  }

  /**
   * The noun phrase of the trigger, read backwards over its modifiers ("the Russian missile
   * strike", "Moscow's invasion"), and what governs it.
   */
  private static Anchor nounAnchor(List<Token> toks, TriggerMatch t) {
    int k = t.first() - 1;
    int definite = -1;
    int place = -1;
    while (k >= 0 && t.first() - k <= 6 && modifier(toks.get(k))) {
      if (WordSets.of("definite").contains(lower(toks, k)) || toks.get(k).pos().equals("POS")) {
        definite = k;
      }
      if (toks.get(k).pos().startsWith("NNP") && "LOCATION".equals(toks.get(k).ner())) {
        place = k;
      }
      k--;
    }
    boolean named = place >= 0 && definite >= 0 && definite < place && lower(toks, definite).equals("the");
    if (k < 0) {
      return named ? Anchor.NAMED : Anchor.NONE;
    }
    String gov = lower(toks, k);
    String before = lower(toks, k - 1);
    if (ANCHOR_PREPS.contains(gov) && !(NEWS_CLAUSES.contains(gov) && definite < 0)) {
      return Anchor.TIME;
    }
    if (gov.equals("to") && before.equals("prior")) {
      return Anchor.TIME;
    }
    if (gov.equals("of") && ANCHOR_NOUNS.contains(before)) {
      return Anchor.TIME; // "the start of the war", "days of the invasion"
    }
    if (gov.equals("of") && CAUSE_NOUNS.contains(before)) {
      return Anchor.CAUSE; // "in the wake of the strike"
    }
    if ((gov.equals("to") || gov.equals("for")) && CAUSE_NOUNS.contains(before)) {
      return Anchor.CAUSE; // "in response to the attack", "responsibility for the strike"
    }
    if (CAUSE_PREPS.contains(gov) && definite >= 0) {
      return Anchor.CAUSE; // "outrage over the shelling"
    }
    Token g = toks.get(k);
    if (g.isVerb() && REACTIONS.contains(g.lemma()) && definite >= 0) {
      return Anchor.REACTION; // "condemned the attack", "called the station attack …"
    }
    return named ? Anchor.NAMED : Anchor.NONE;
  }

  /** Words inside a noun phrase before its head: determiners, adjectives, nouns, names, possessives, numbers. */
  static boolean modifier(Token t) {
    String p = t.pos();
    return p.equals("DT") || p.equals("PRP$") || p.equals("POS") || p.startsWith("JJ") || p.startsWith("NN")
        || p.equals("CD") || p.equals("HYPH") || t.word().equals("'s")
        || t.word().equals("’s");
  }

  private static String lower(List<Token> toks, int i) {
    return i >= 0 && i < toks.size() ? toks.get(i).word().toLowerCase(Locale.ROOT) : "";
  }
}
