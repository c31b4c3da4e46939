package org.annals.eval.coref;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A gold document for event coreference.
 *
 * @param topic the corpus topic (never a feature of the system; reported for the gold-topic figure)
 * @param date the creation time where the corpus gives one, else null
 * @param validated the sentences whose mentions are scored, or null for all
 */
public record GoldDocument(
    String id, String topic, LocalDate date, List<GoldToken> tokens, List<GoldMention> mentions, Set<Integer> validated) {

  public GoldDocument {
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
    validated = validated == null ? null : Set.copyOf(validated);
  }

  /** Whether mentions in sentence {@code s} are scored. */
  public boolean scored(int s) {
    return validated == null || validated.contains(s);
  }
}
