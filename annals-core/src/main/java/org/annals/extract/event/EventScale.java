package org.annals.extract.event;

import java.util.Set;
import org.annals.extract.WordSets;

/**
 * Whether a trigger lemma names a campaign (a war, an invasion, an offensive: months) or an
 * incident (a strike, a meeting: hours or days). Mentions of the two never make one event.
 */
public final class EventScale {

  private static final Set<String> CAMPAIGN = WordSets.of("event.campaign");
  private static final Set<String> SAME = WordSets.of("event.campaign.same");

  private EventScale() {}

  public static boolean campaign(String lemma) {
    return lemma != null && CAMPAIGN.contains(lemma);
  }

  /** Two lemmas that name one happening: the same word or stem, or words of one campaign ("war", "invasion"). */
  public static boolean sameHappening(String a, String b) {
    return a.equals(b) || Lemmas.sameStem(a, b) || SAME.contains(a) && SAME.contains(b);
  }
}
