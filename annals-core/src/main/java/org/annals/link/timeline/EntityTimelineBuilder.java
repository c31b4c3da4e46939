package org.annals.link.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Extraction;
import org.annals.model.Mention;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.TimexType;
import org.annals.model.Token;

/**
 * Builds the timeline of one target entity from many articles: the events in the sentences that
 * name the entity (or refer to it through the article's coreference), each anchored to the date in
 * its sentence or else to the article's date, ordered by date; mentions of the same lemma on the
 * same date in different articles are taken as one event.
 *
 * <p>An event here is a main verb (not an auxiliary or modal) within a few tokens of a mention of
 * the entity. Event nouns from {@code EventMentionFinder} were tried and cost more precision than
 * they gave recall.
 */
public final class EntityTimelineBuilder {

  /** What the builder reads of one article. */
  public record Source(AnnotatedArticle annotated, Extraction extraction) {}

  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "shall", "should",
      "can", "could", "may", "might", "must", "'s", "'re", "'ve", "'d", "'ll", "wo", "ca");
  private static final Set<String> FUTURE = Set.of("will", "'ll", "wo", "shall", "would", "may", "might", "could");
  /**
   * Events more than this many tokens from the nearest mention of the entity are about something
   * else in the sentence (about a clause's length; 4-20 tried on the trial timelines, 4 scored best,
   * the middle value kept).
   */
  private static final int WINDOW = 8;
  private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b\\d{4}\\b");
  private static final Pattern DATE_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /** The entries of the timeline in order: undated first, then by date. */
  public List<TimelineEntry> build(String target, List<Source> sources) {
    Map<String, List<TimelineMention>> byEvent = new LinkedHashMap<>();
    Map<String, String> dateOf = new LinkedHashMap<>();
    for (Source src : sources) {
      List<Integer> named = mentionOffsets(target, src);
      for (Sentence s : mentioningSentences(target, src)) {
        List<Integer> near = new ArrayList<>();
        for (int off : named) {
          if (off >= s.start() && off < s.end()) {
            near.add(s.tokenAtOrAfter(off));
          }
        }
        for (int i = 0; i < s.tokens().size(); i++) {
          Token t = s.tokens().get(i);
          if (!near.isEmpty() && distance(near, i) > WINDOW) {
            continue;
          }
          if (!isEvent(s.tokens(), i) || insideName(target, src, t)) {
            continue;
          }
          String date = anchor(src, s, i);
          String key = t.lemma() + "|" + (date == null ? src.annotated().article().id() + ":" + t.start() : date);
          byEvent.computeIfAbsent(key, k -> new ArrayList<>())
              .add(new TimelineMention(src.annotated().article().id(), s.index(), t.start(), t.end(), t.word(),
                  t.lemma()));
          dateOf.put(key, date);
        }
      }
    }
    List<TimelineEntry> out = new ArrayList<>();
    for (Map.Entry<String, List<TimelineMention>> e : byEvent.entrySet()) {
      out.add(new TimelineEntry(dateOf.get(e.getKey()), e.getValue()));
    }
    // "2006" < "2006-03" < "2006-03-28": a coarser date sorts before the days within it
    out.sort(Comparator.comparing((TimelineEntry e) -> e.date() == null ? "" : e.date()));
    return out;
  }

  private static int distance(List<Integer> near, int i) {
    int best = Integer.MAX_VALUE;
    for (int n : near) {
      best = Math.min(best, Math.abs(n - i));
    }
    return best;
  }

  /** Where the article names the target or refers to it: alias occurrences and resolved mentions. */
  static List<Integer> mentionOffsets(String target, Source src) {
    List<String> aliases = aliases(target, src.extraction());
    List<Integer> out = new ArrayList<>();
    for (Entity e : src.extraction().entities()) {
      if (matchesAny(e.name(), aliases)) {
        for (Mention m : e.mentions()) {
          out.add(m.start());
        }
      }
    }
    String lower = src.annotated().text().toLowerCase(Locale.ROOT);
    for (String a : aliases) {
      String al = a.toLowerCase(Locale.ROOT);
      for (int at = lower.indexOf(al); at >= 0; at = lower.indexOf(al, at + 1)) {
        out.add(at);
      }
    }
    return out;
  }

  /** Sentences naming the target, or holding a mention of an entity the article resolved to it. */
  static List<Sentence> mentioningSentences(String target, Source src) {
    List<String> aliases = aliases(target, src.extraction());
    List<Sentence> out = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    for (Entity e : src.extraction().entities()) {
      if (matchesAny(e.name(), aliases)) {
        for (Mention m : e.mentions()) {
          spans.add(new int[] {m.start(), m.end()});
        }
      }
    }
    String text = src.annotated().text();
    for (Sentence s : src.annotated().sentences()) {
      boolean hit = containsAlias(text.substring(s.start(), s.end()), aliases);
      for (int[] sp : spans) {
        hit |= sp[0] >= s.start() && sp[1] <= s.end();
      }
      if (hit) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Names under which articles mention the target: the full name, a person's surname, and the
   * distinctive rest of a long name ("Apple Corps" for "Beatles Apple Corps", "iTunes" for "iTunes
   * store").
   */
  static List<String> aliases(String target, Extraction x) {
    List<String> out = new ArrayList<>();
    out.add(target);
    String[] words = target.trim().split("\\s+");
    boolean person = false;
    for (Entity e : x.entities()) {
      if (e.type() == EntityType.PERSON && e.name().toLowerCase(Locale.ROOT).contains(target.toLowerCase(Locale.ROOT))) {
        person = true;
      }
    }
    if (person && words.length > 1) {
      out.add(words[words.length - 1]);
    }
    if (words.length >= 3) {
      out.add(words[words.length - 2] + " " + words[words.length - 1]);
    }
    if (words.length == 2 && Character.isLowerCase(words[1].charAt(0)) && !Character.isDigit(words[1].charAt(0))) {
      out.add(words[0]);
    }
    return out;
  }

  private static boolean matchesAny(String name, List<String> aliases) {
    for (String a : aliases) {
      if (name.equalsIgnoreCase(a) || containsAlias(name, List.of(a))) {
        return true;
      }
    }
    return false;
  }

  /** Whole-word, case-insensitive; "iPhone 4" does not match "iPhone 4S"'s neighbour "iPhone 3G". */
  private static boolean containsAlias(String text, List<String> aliases) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String a : aliases) {
      String al = a.toLowerCase(Locale.ROOT);
      int from = 0;
      int at;
      while ((at = lower.indexOf(al, from)) >= 0) {
        int end = at + al.length();
        boolean startOk = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
        boolean endOk = end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
        if (startOk && endOk) {
          return true;
        }
        from = at + 1;
      }
    }
    return false;
  }

  private static boolean insideName(String target, Source src, Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return target.toLowerCase(Locale.ROOT).contains(w) && Character.isUpperCase(t.word().charAt(0));
  }

  /** A main verb: auxiliaries and modals only count when no verb follows them ("Apple has a store"). */
  static boolean isEvent(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.isVerb()) {
      return false;
    }
    if (!AUXILIARIES.contains(t.lemma())) {
      return true;
    }
    for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
      if (tokens.get(j).isVerb()) {
        return false;
      }
      if (!tokens.get(j).pos().startsWith("RB") && !tokens.get(j).pos().equals("DT")) {
        break;
      }
    }
    return !t.lemma().equals("do") && !FUTURE.contains(t.lemma());
  }

  /**
   * The event's date: the nearest date in its sentence; else, for
   * what the article reports as done, the day its story is about (its first day-precise date,
   * usually the news peg: "yesterday", "on Monday"); for what is going on, the article's date;
   * an event the sentence puts in the future or a possibility stays unanchored.
   */
  static String anchor(Source src, Sentence s, int i) {
    Token t = s.tokens().get(i);
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression x : src.extraction().times()) {
      if (!isDate(x) || x.start() < s.start() || x.end() > s.end()) {
        continue;
      }
      int d = Math.abs(x.start() - t.start());
      if (d < bestDistance) {
        bestDistance = d;
        best = x;
      }
    }
    if (best != null) {
      return best.value();
    }
    for (int j = Math.max(0, i - 3); j < i; j++) {
      if (FUTURE.contains(s.tokens().get(j).lemma()) || s.tokens().get(j).word().equalsIgnoreCase("to")) {
        return null;
      }
    }
    var date = src.annotated().article().date();
    if (date == null) {
      return null;
    }
    boolean done = t.pos().equals("VBD") || t.pos().equals("VBN");
    if (done) {
      String peg = newsPeg(src, date.toString());
      if (peg != null) {
        return peg;
      }
    }
    return date.toString();
  }

  private static boolean isDate(TimeExpression x) {
    return x.type() == TimexType.DATE && x.value() != null && x.resolved() && DATE_VALUE.matcher(x.value()).matches();
  }

  /** The first day-precise date in the text, not after the article's date, other than the dateline itself. */
  private static String newsPeg(Source src, String articleDate) {
    for (TimeExpression x : src.extraction().times()) {
      if (isDate(x) && x.value().length() == 10 && x.value().compareTo(articleDate) <= 0
          && !YEAR_IN_TEXT.matcher(x.text()).find()) {
        return x.value();
      }
    }
    return null;
  }

}
