package org.annals.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Entity;
import org.annals.model.EntityRef;
import org.annals.model.Mention;
import org.annals.model.Quote;

/**
 * Finds an article's quotations and decides who said them: Annals' own attributor for news
 * prose (CoreNLP's quote attribution was built for novels).
 *
 * <p>Direct quotes are the passages between quotation marks ({@link QuoteMarks}). A quote's span
 * includes its marks, as PolNeAR's content spans do; a quote interrupted by its tag
 * ({@code "A," he said, "B."}) is two quotes with the same speaker; a multi-paragraph quote is one
 * span from its first opening mark to its last closing mark; a quote left open stops at its
 * paragraph end. Who said it comes from the cue patterns of {@link SpeakerFinder}; the speaker
 * phrase, as written, is linked to an entity by {@link SpeakerLinker}.
 *
 * <p>Scare quotes, nicknames and titles are not quotes:
 *
 * <ul>
 *   <li>a passage of one to three words is kept only when it makes a sentence of its own
 *       ({@code "Absolutely."}) or a cue sits right next to it ({@code "Disgusting," he said};
 *       {@code Trump called her "crooked"}; {@code Rubio: "No."}), so {@code held "frank" talks}
 *       and {@code X said the talks were "frank"} give none;
 *   <li>a short title-case passage between two names is a nickname ({@code Marcia "Cia" Price});
 *   <li>a title-case passage inside a sentence names a work or a show ({@code on CBS's "Face the
 *       Nation"}) unless a cue right next to it credits it, and never after a possessive or a
 *       preposition.
 * </ul>
 *
 * <p>Indirect quotes (reported speech) come from {@link ReportedSpeech} and have {@code direct}
 * false.
 */
public final class QuoteAttributor {

  private static final int SHORT_WORDS = 3;
  private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at",
      "to", "for", "with", "from", "by", "is", "vs.", "vs", "&", "as");

  /**
   * The article's quotes and its entities, with a person added for each speaker named by a proper
   * name the tagger did not take for an entity (ids continue the article's: "e12", …).
   */
  public record Attributed(List<Quote> quotes, List<Entity> entities) {}

  private final Predicate<String> isPlace;

  /** @param isPlace names known as places, which never become persons when they speak */
  public QuoteAttributor(Predicate<String> isPlace) {
    this.isPlace = isPlace;
  }

  public Attributed attribute(AnnotatedArticle doc, List<Entity> entities) {
    if (doc.sentences().isEmpty()) {
      return new Attributed(List.of(), entities);
    }
    List<QuotedPassage> marked = QuoteMarks.find(doc.text());
    ArticleTokens names = new ArticleTokens(doc, marked);
    List<QuotedPassage> passages = new ArrayList<>(marked);
    passages.removeIf(p -> nickname(names, p));
    ArticleTokens at = new ArticleTokens(doc, passages);
    SpeakerLinker linker = new SpeakerLinker(at, entities, passages, isPlace);
    List<Quote> quotes = new ArrayList<>();
    QuotedPassage lastKept = null;
    Attribution lastAttribution = null;
    EntityRef lastSpeaker = null;
    for (int i = 0; i < passages.size(); i++) {
      QuotedPassage p = passages.get(i);
      QuotedPassage next = i + 1 < passages.size() ? passages.get(i + 1) : null;
      QuotedPassage previous = i > 0 ? passages.get(i - 1) : null;
      Attribution a = SpeakerFinder.find(at, p, previous, next, lastKept, lastAttribution);
      if (!isQuote(at, p, a)) {
        continue;
      }
      EntityRef speaker = null;
      if (a != null) {
        boolean sameMention = lastSpeaker != null && lastSpeaker.span().equals(a.speaker());
        String previousEntity = lastSpeaker == null ? null : lastSpeaker.entity();
        speaker = sameMention ? lastSpeaker : linker.link(a.speaker(), previousEntity);
      }
      Mention cue = a == null || a.cue() == null ? null : Mention.of(doc.text(), a.cue());
      quotes.add(new Quote(p.start(), p.end(), doc.text().substring(p.start(), p.end()), true, speaker, cue));
      lastKept = p;
      lastAttribution = a;
      lastSpeaker = speaker;
    }
    quotes.addAll(ReportedSpeech.find(at, quotes, linker));
    quotes.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
        : Integer.compare(x.end(), y.end()));
    List<Entity> added = linker.added();
    if (added.isEmpty()) {
      return new Attributed(quotes, entities);
    }
    List<Entity> all = new ArrayList<>(entities);
    all.addAll(added);
    return new Attributed(quotes, List.copyOf(all));
  }

  private static boolean isQuote(ArticleTokens at, QuotedPassage p, Attribution a) {
    String inner = at.text.substring(p.start(), p.end());
    List<String> words = words(inner);
    boolean adjacent = a != null && a.adjacent();
    if (words.size() <= SHORT_WORDS && !standalone(at, p) && !adjacent) {
      return false;
    }
    if (titleCase(words) && !standalone(at, p)) {
      return a != null && adjacent && !afterPossessiveOrPreposition(at, p);
    }
    return true;
  }

  /** A nickname inside a name: Marcia "Cia" Price. */
  private static boolean nickname(ArticleTokens at, QuotedPassage p) {
    int open = at.tokenCovering(p.start());
    int after = at.tokenAtOrAfter(p.end());
    if (open <= 0 || after >= at.size()) {
      return false;
    }
    List<String> words = words(at.text.substring(p.start(), p.end()));
    return words.size() <= SHORT_WORDS && titleCase(words) && at.pos(open - 1).equals("NNP")
        && at.pos(after).equals("NNP");
  }

  /** A quote that makes a sentence on its own: nothing but punctuation before it in its sentence. */
  private static boolean standalone(ArticleTokens at, QuotedPassage p) {
    int open = at.tokenCovering(p.start());
    if (open >= at.size()) {
      return false;
    }
    int s = at.sentenceOf(open);
    boolean afterColon = open > 0 && at.word(open - 1).equals(":");
    for (int i = at.sentenceFirst(s); i < open && !afterColon; i++) {
      if (Character.isLetterOrDigit(at.word(i).charAt(0))) {
        return false;
      }
    }
    return endsSentence(at.text.substring(p.start(), p.end()));
  }

  private static boolean afterPossessiveOrPreposition(ArticleTokens at, QuotedPassage p) {
    int open = at.tokenCovering(p.start());
    if (open <= 0 || open >= at.size()) {
      return false;
    }
    String pos = at.pos(open - 1);
    String w = at.word(open - 1).toLowerCase(Locale.ROOT);
    return pos.equals("POS") || pos.equals("IN") || w.equals("titled") || w.equals("entitled")
        || w.equals("headlined");
  }

  private static boolean endsSentence(String quoted) {
    int i = quoted.length() - 1;
    while (i >= 0 && !Character.isLetterOrDigit(quoted.charAt(i))) {
      char c = quoted.charAt(i);
      if (c == '.' || c == '?' || c == '!' || c == '…') {
        // "…,” Arrogant.”" ends a title with American punctuation; a real sentence has a verb.
        return true;
      }
      i--;
    }
    return false;
  }

  private static boolean titleCase(List<String> words) {
    int capitalized = 0;
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (MINOR_WORDS.contains(lower)) {
        continue;
      }
      char c = w.charAt(0);
      if (Character.isLowerCase(c)) {
        return false;
      }
      capitalized++;
    }
    return capitalized > 0;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.split("[\\s\u00A0]+")) {
      String stripped = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (!stripped.isEmpty()) {
        out.add(stripped);
      }
    }
    return out;
  }
}
