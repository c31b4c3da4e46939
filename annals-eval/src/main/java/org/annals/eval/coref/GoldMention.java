package org.annals.eval.coref;

import java.util.List;

/**
 * One gold event mention.
 *
 * @param tokens indexes into the document's tokens, ascending
 * @param tag the annotation tag (ACTION_OCCURRENCE, NEG_ACTION_STATE, EVENT_MENTION, …)
 * @param cluster the gold cluster: an instance id, or a document-local id for within-document
 *     chains and singletons
 */
public record GoldMention(String docId, String markable, List<Integer> tokens, String tag, String cluster) {

  public GoldMention {
    tokens = List.copyOf(tokens);
  }
}
