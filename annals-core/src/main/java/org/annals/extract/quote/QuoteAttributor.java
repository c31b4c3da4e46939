package org.annals.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Entity;
import org.annals.model.EntityRef;
import org.annals.model.Mention;
import org.annals.model.Quote;

/**
 * Finds an article's quotations and decides who said them: Annals' own attributor for news
 * prose (CoreNLP's quote attribution was built for novels).
 *
 * <p>Direct quotes are the passages between quotation marks ({@link QuoteMarks}); a quote's span
 * includes its marks, as PolNeAR's content spans do, and a multi-paragraph quote is one span from
 * its first opening mark to its last closing mark. Who said it comes from the cue patterns of
 * {@link SpeakerFinder}; the speaker phrase is linked to an entity by {@link SpeakerLinker}.
 *
 * <p>Scare quotes and titles are not quotes. A passage of one to three words inside a sentence
 * ({@code held "frank" talks}) is kept only when a verb of saying sits right next to it
 * ({@code "Disgusting," he said}; {@code Trump called her "crooked"}). A passage in title case
 * after a possessive or a preposition ({@code on CBS's "Face the Nation"}), or one with no
 * attribution at all, names a work or a show and is dropped.
 *
 * <p>Indirect quotes (reported speech) come from {@link ReportedSpeech} and have {@code direct}
 * false.
 */
public final class QuoteAttributor {

  private static final int SHORT_WORDS = 3;
  private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at",
      "to", "for", "with", "from", "by", "is", "vs.", "vs", "&", "as");

  public List<Quote> attribute(AnnotatedArticle doc, List<Entity> entities) {
    if (doc.sentences().isEmpty()) {
      return List.of();
    }
    List<QuotedPassage> marked = QuoteMarks.find(doc.text());
    ArticleTokens names = new ArticleTokens(doc, marked);
    List<QuotedPassage> passages = new ArrayList<>(marked);
    passages.removeIf(p -> nickname(names, p));
    ArticleTokens at = new ArticleTokens(doc, passages);
    SpeakerLinker linker = new SpeakerLinker(at, entities, passages);
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
        speaker = a.how() == Attribution.How.CONTINUED && lastSpeaker != null
            ? lastSpeaker
            : linker.link(a.speaker(), lastSpeaker == null ? null : lastSpeaker.entity());
      }
      Mention cue = a == null || a.cue() == null ? null : Mention.of(doc.text(), a.cue());
      quotes.add(new Quote(p.start(), p.end(), doc.text().substring(p.start(), p.end()), true, speaker, cue));
      lastKept = p;
      lastAttribution = a;
      lastSpeaker = speaker;
    }
    quotes.addAll(ReportedSpeech.find(at, passages, quotes, linker));
    quotes.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
        : Integer.compare(x.end(), y.end()));
    return quotes;
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
