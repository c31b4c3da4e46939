package org.annals.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.EntityRef;
import org.annals.model.Mention;
import org.annals.model.Quote;
import org.annals.model.Span;

/**
 * Reported speech, one sentence at a time: {@code X said (that) <clause>}, {@code X told
 * reporters <clause>}, {@code <clause>, X said}, {@code <clause>, said X}, {@code According to X,
 * <clause>} and {@code <clause>, according to X}. The quote's span is the reported clause (with
 * its "that"), without the sentence's final stop; {@code direct} is false.
 *
 * <p>A clause that is itself a direct quote is left to the direct quote; a clause must hold a
 * finite verb of its own, so "X said on Monday." reports nothing.
 */
final class ReportedSpeech {

  /** Verbs of saying that take a reported clause; the wider cue list holds verbs that only tag quotes. */
  private static final Set<String> REPORTING = Set.of("say", "tell", "add", "claim", "argue", "insist", "note",
      "warn", "explain", "state", "announce", "declare", "contend", "assert", "maintain", "acknowledge", "admit",
      "concede", "suggest", "predict", "promise", "vow", "pledge", "report", "write", "tweet", "allege", "confirm",
      "deny", "stress", "emphasize", "reiterate", "repeat", "testify", "complain", "recall", "reply", "respond",
      "counter", "caution", "point", "indicate", "conclude", "observe", "remark", "mention", "boast",
      "assure", "inform", "reveal", "disclose", "estimate", "charge", "post", "ask");

  private ReportedSpeech() {}

  static List<Quote> find(ArticleTokens at, List<Quote> direct, SpeakerLinker linker) {
    List<Quote> out = new ArrayList<>();
    for (int s = 0; s < at.sentenceCount(); s++) {
      int first = at.sentenceFirst(s);
      int end = at.sentenceEnd(s);
      if (first >= end) {
        continue;
      }
      Quote q = tagFirst(at, first, end, linker);
      if (q == null) {
        q = tagLast(at, first, end, linker);
      }
      if (q != null && !mostlyDirect(q, direct) && q.end() > q.start()) {
        out.add(q);
      }
    }
    return out;
  }

  /** {@code X said (that) <clause>}, {@code According to X, <clause>}. */
  private static Quote tagFirst(ArticleTokens at, int first, int end, SpeakerLinker linker) {
    int stop = contentEnd(at, first, end);
    boolean quoted = false;
    for (int i = first; i < stop; i++) {
      String pos = at.pos(i);
      if (pos.equals("``")) {
        quoted = true;
        continue;
      }
      if (pos.equals("''")) {
        quoted = false;
        continue;
      }
      if (quoted) {
        continue;
      }
      if (at.word(i).equalsIgnoreCase("according") && i + 1 < stop && at.word(i + 1).equalsIgnoreCase("to")
          && noWordBefore(at, first, i)) {
        long np = SpeakerPhrases.phraseStartingAt(at, i + 2, stop);
        if (np == SpeakerPhrases.NONE) {
          return null;
        }
        int c = SpeakerPhrases.end(np);
        while (c < stop && !at.word(c).equals(",")) {
          c++;
        }
        if (c + 1 >= stop || !hasFiniteVerb(at, c + 1, stop)) {
          return null;
        }
        return quote(at, c + 1, stop, np, i, i + 2, linker);
      }
      if (!isReporting(at, i) || !SpeechCues.isFiniteVerb(at, i) && !at.pos(i).equals("VBN")) {
        continue;
      }
      if (at.pos(i).equals("VBN") && !(i - 1 >= first && at.lemma(i - 1).equals("have"))) {
        continue;
      }
      long np = SpeakerPhrases.subjectBefore(at, i, first);
      if (np == SpeakerPhrases.NONE) {
        continue;
      }
      int cueEnd = SpeechCues.cueAt(at, i) > 0 ? SpeechCues.cueAt(at, i) : i + 1;
      int c = cueEnd;
      if (at.lemma(i).equals("tell") || at.lemma(i).equals("inform") || at.lemma(i).equals("assure")) {
        // "told reporters", "told The Washington Post": the hearer comes first.
        long hearer = SpeakerPhrases.phraseStartingAt(at, c, stop);
        if (hearer != SpeakerPhrases.NONE) {
          c = SpeakerPhrases.end(hearer);
        }
      }
      while (c < stop && (at.pos(c).startsWith("RB") || at.word(c).equals(","))) {
        c++;
      }
      if (c >= stop || at.pos(c).equals("``") || !startsClause(at, c) || !hasFiniteVerb(at, c, stop)) {
        continue;
      }
      return quote(at, c, stop, np, i, cueEnd, linker);
    }
    return null;
  }

  /** {@code <clause>, X said [adjuncts].}, {@code <clause>, said X.}, {@code <clause>, according to X.} */
  private static Quote tagLast(ArticleTokens at, int first, int end, SpeakerLinker linker) {
    int stop = contentEnd(at, first, end);
    for (int c = stop - 1; c > first; c--) {
      if (!at.word(c).equals(",")) {
        continue;
      }
      if (!hasFiniteVerb(at, first, c) || at.pos(c - 1).equals("''")) {
        return null;
      }
      int i = c + 1;
      if (i + 1 < stop && at.word(i).equalsIgnoreCase("according") && at.word(i + 1).equalsIgnoreCase("to")) {
        long np = SpeakerPhrases.phraseStartingAt(at, i + 2, stop);
        return np == SpeakerPhrases.NONE ? null : quote(at, first, c, np, i, i + 2, linker);
      }
      if (i < stop && isReporting(at, i)) {
        long np = SpeakerPhrases.phraseStartingAt(at, i + 1, stop);
        return np == SpeakerPhrases.NONE ? null : quote(at, first, c, np, i, i + 1, linker);
      }
      long np = SpeakerPhrases.phraseStartingAt(at, i, stop, true);
      if (np == SpeakerPhrases.NONE) {
        continue;
      }
      int v = SpeakerPhrases.end(np);
      while (v < stop && SpeechCues.isAdverbOrAuxiliary(at, v)) {
        v++;
      }
      if (v < stop && isReporting(at, v) && SpeechCues.isFiniteVerb(at, v) && !hasFiniteVerb(at, v + 1, stop)) {
        int cueEnd = SpeechCues.cueAt(at, v) > 0 ? SpeechCues.cueAt(at, v) : v + 1;
        return quote(at, first, c, np, v, cueEnd, linker);
      }
    }
    return null;
  }

  private static Quote quote(ArticleTokens at, int from, int to, long np, int cue, int cueEnd, SpeakerLinker linker) {
    while (from < to && (at.word(from).equals(",") || at.word(from).equals(":"))) {
      from++;
    }
    while (to > from && (at.word(to - 1).equals(",") || at.word(to - 1).equals(":"))) {
      to--;
    }
    if (to <= from) {
      return null;
    }
    Span content = new Span(at.get(from).start(), at.get(to - 1).end());
    Span speaker = new Span(at.get(SpeakerPhrases.first(np)).start(), at.get(SpeakerPhrases.end(np) - 1).end());
    EntityRef ref = linker.link(speaker, null);
    Mention cueMention = Mention.of(at.text, new Span(at.get(cue).start(), at.get(cueEnd - 1).end()));
    return new Quote(content.start(), content.end(), content.of(at.text), false, ref, cueMention);
  }

  /** The sentence without its final stop. */
  private static int contentEnd(ArticleTokens at, int first, int end) {
    int stop = end;
    while (stop > first && (at.word(stop - 1).equals(".") || at.word(stop - 1).equals("!")
        || at.word(stop - 1).equals("?"))) {
      stop--;
    }
    return stop;
  }

  private static boolean isReporting(ArticleTokens at, int i) {
    return REPORTING.contains(at.lemma(i)) && at.pos(i).startsWith("VB")
        || at.word(i).toLowerCase(Locale.ROOT).equals("said");
  }

  private static boolean startsClause(ArticleTokens at, int i) {
    String pos = at.pos(i);
    return !pos.equals("TO") && !pos.equals(".") && !(pos.equals("IN") && !at.word(i).equalsIgnoreCase("that")
        && !at.word(i).equalsIgnoreCase("if") && !at.word(i).equalsIgnoreCase("because"));
  }

  private static boolean hasFiniteVerb(ArticleTokens at, int from, int to) {
    for (int i = from; i < to; i++) {
      if (SpeechCues.isFiniteVerb(at, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean noWordBefore(ArticleTokens at, int first, int i) {
    for (int k = first; k < i; k++) {
      if (Character.isLetterOrDigit(at.word(k).charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a direct quote covers most of the clause: then it is the direct quote's. */
  private static boolean mostlyDirect(Quote q, List<Quote> direct) {
    int covered = 0;
    for (Quote d : direct) {
      covered += Math.max(0, Math.min(d.end(), q.end()) - Math.max(d.start(), q.start()));
    }
    return 2 * covered > q.end() - q.start();
  }
}
