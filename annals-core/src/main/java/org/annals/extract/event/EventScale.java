package org.annals.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.extract.WordSets;
import org.annals.model.Token;

/**
 * Whether a trigger lemma names a campaign (a war, an invasion, an offensive: months) or an
 * incident (a strike, a meeting: hours or days). Mentions of the two never make one event.
 */
public final class EventScale {

  private static final Set<String> CAMPAIGN = WordSets.of("event.campaign");
  private static final List<Set<String>> SAME = WordSets.withPrefix("event.same.");
  private static final Set<String> START = WordSets.of("campaign.start");

  private EventScale() {}

  public static boolean campaign(String lemma) {
    return lemma != null && CAMPAIGN.contains(lemma);
  }

  /** Whether a lemma starts a campaign ("launch", "begin", "unleash"). */
  public static boolean startVerb(String lemma) {
    return lemma != null && START.contains(lemma);
  }

  /**
   * Whether a campaign noun at tokens {@code first..last} is told as it starts: a start verb up to
   * four words before it ("launched its full-scale invasion") or three after ("the war broke out").
   */
  static boolean told(List<Token> toks, int first, int last) {
    for (int k = Math.max(0, first - 4); k <= Math.min(toks.size() - 1, last + 3); k++) {
      if (k >= first && k <= last) {
        continue;
      }
      Token t = toks.get(k);
      if (START.contains(t.lemma()) || START.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two lemmas that may name one happening: the same word or stem, or words of one kind ("war",
   * "invasion"; "the strike", "the attack"; "the deal", "the memorandum").
   */
  public static boolean sameHappening(String a, String b) {
    if (a.equals(b) || Lemmas.sameStem(a, b)) {
      return true;
    }
    for (Set<String> same : SAME) {
      if (same.contains(a) && same.contains(b)) {
        return true;
      }
    }
    return false;
  }
}
