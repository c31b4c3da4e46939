package org.annals.eval.coref;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.annals.link.event.EventCoreferencer;
import org.annals.link.event.EventDocument;

/**
 * Feeds prepared documents, in their fixed order, through one online coreferencer and scores the
 * clusters across documents (the whole set as one partition) and within documents (each document
 * scored on its own, sums over documents), as the reference scorer would.
 */
public final class EventCorefRun {

  /** Cross-document and within-document scores of one run. */
  public record Result(CorefScores<String> crossDoc, CorefScores<String> withinDoc, int keyMentions, int responseMentions) {}

  private EventCorefRun() {}

  /** Scores with gold mentions ({@code predicted} false) or with the finder's mentions. */
  public static Result run(List<PreparedDocument> docs, Supplier<EventCoreferencer> coreferencer, boolean predicted) {
    return run(docs, d -> "", coreferencer, predicted);
  }

  /**
   * As {@link #run(List, Supplier, boolean)}, but with one coreferencer per partition of the
   * documents (a gold topic, for the labelled with-gold-topics figure); clusters never cross partitions.
   */
  public static Result run(List<PreparedDocument> docs, Function<PreparedDocument, String> partition,
      Supplier<EventCoreferencer> coreferencer, boolean predicted) {
    Map<String, EventCoreferencer> byPartition = new LinkedHashMap<>();
    Map<String, List<String>> keyClusters = new LinkedHashMap<>();
    Map<String, List<String>> responseClusters = new LinkedHashMap<>();
    CorefScores<String> within = new CorefScores<>();
    int keyMentions = 0;
    int responseMentions = 0;
    for (PreparedDocument d : docs) {
      String part = partition.apply(d);
      EventCoreferencer c = byPartition.computeIfAbsent(part, p -> coreferencer.get());
      EventDocument input = predicted ? d.withPredictedMentions() : d.withGoldMentions();
      List<String> keys = predicted ? d.predictedKeys() : d.goldKeys();
      List<String> ids = c.add(input);
      Map<String, List<String>> docKey = new LinkedHashMap<>();
      Map<String, List<String>> docResponse = new LinkedHashMap<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < ids.size(); i++) {
        if (seen.add(keys.get(i))) { // one span, one mention
          String cluster = part + "|" + ids.get(i);
          responseClusters.computeIfAbsent(cluster, k -> new ArrayList<>()).add(keys.get(i));
          docResponse.computeIfAbsent(cluster, k -> new ArrayList<>()).add(keys.get(i));
          responseMentions++;
        }
      }
      Set<String> seenGold = new HashSet<>();
      for (int i = 0; i < d.gold().mentions().size(); i++) {
        String k = d.goldKeys().get(i);
        if (seenGold.add(k)) {
          String cluster = d.gold().mentions().get(i).cluster();
          keyClusters.computeIfAbsent(cluster, x -> new ArrayList<>()).add(k);
          docKey.computeIfAbsent(cluster, x -> new ArrayList<>()).add(k);
          keyMentions++;
        }
      }
      within.add(docKey.values(), docResponse.values());
    }
    CorefScores<String> cross = new CorefScores<>();
    cross.add(keyClusters.values(), responseClusters.values());
    return new Result(cross, within, keyMentions, responseMentions);
  }
}
