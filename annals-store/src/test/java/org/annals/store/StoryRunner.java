package org.annals.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.link.LinkedArticle;
import org.annals.link.story.StoryAssignment;
import org.annals.link.story.StoryClusterer;
import org.annals.link.story.StoryInput;

/**
 * Clusters the stored articles of a store into stories again, with the clusterer of this build,
 * and prints the story sizes and labels (and B-cubed F1 where a gold file maps input ids to story
 * ids, one "input_id TAB story" per line): the way to measure a change to story clustering
 * without extracting again. Not a test.
 *
 * The store must keep every article's replay copy: ingest it with
 * {@code ANNALS_JAVA_OPTS=-Dannals.linker.snapshotEvery=0}, which saves no linker snapshot.
 *
 * <pre>
 * java -cp annals-store/target/test-classes:annals-store/target/classes:$CP org.annals.store.StoryRunner STORE.db [GOLD.tsv]
 * </pre>
 */
public final class StoryRunner {

  public static void main(String[] args) throws Exception {
    List<LinkedArticle> stored = new ArrayList<>();
    try (AnnalsStore in = AnnalsStore.openReadOnly(Path.of(args[0]))) {
      in.replay(stored::add);
    }
    Map<String, String> gold = new HashMap<>();
    if (args.length > 1) {
      for (String line : Files.readAllLines(Path.of(args[1]))) {
        String[] f = line.split("\t");
        gold.put(f[0], f[1]);
      }
    }
    StoryClusterer clusterer = new StoryClusterer();
    Map<String, List<Integer>> members = new LinkedHashMap<>();
    Map<String, String> labels = new HashMap<>();
    List<String> g = new ArrayList<>();
    List<String> p = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      LinkedArticle a = stored.get(i);
      StoryAssignment s = clusterer.add(StoryInput.of(a));
      members.computeIfAbsent(s.storyId(), k -> new ArrayList<>()).add(i);
      labels.put(s.storyId(), s.label());
      String inputId = a.extraction().article().id();
      g.add(gold.getOrDefault(inputId, "?" + inputId));
      p.add(s.storyId());
    }
    List<Map.Entry<String, List<Integer>>> bySize = new ArrayList<>(members.entrySet());
    bySize.sort(Comparator.comparingInt((Map.Entry<String, List<Integer>> e) -> -e.getValue().size()));
    System.out.printf(Locale.ROOT, "articles %d stories %d largest %.3f%n", stored.size(), members.size(),
        bySize.get(0).getValue().size() / (double) stored.size());
    for (int i = 0; i < Math.min(25, bySize.size()); i++) {
      Map.Entry<String, List<Integer>> e = bySize.get(i);
      LinkedArticle first = stored.get(e.getValue().get(0));
      LinkedArticle last = stored.get(e.getValue().get(e.getValue().size() - 1));
      System.out.printf(Locale.ROOT, "%4d  %s..%s  %s%n", e.getValue().size(), first.links().date(),
          last.links().date(), labels.get(e.getKey()));
    }
    if (System.getProperty("x.show") != null) {
      for (int i = 0; i < Integer.getInteger("x.show"); i++) {
        System.out.println("== story " + (i + 1));
        for (int idx : bySize.get(i).getValue()) {
          LinkedArticle a = stored.get(idx);
          System.out.println("   " + a.links().date() + " " + a.extraction().article().text().length() + " "
              + a.extraction().article().title());
        }
      }
    }
    if (!gold.isEmpty()) {
      System.out.printf(Locale.ROOT, "B3 F1 %.4f%n", b3(g, p));
    }
  }

  private static double b3(List<String> gold, List<String> pred) {
    Map<String, Integer> gs = new HashMap<>();
    Map<String, Integer> ps = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      gs.merge(gold.get(i), 1, Integer::sum);
      ps.merge(pred.get(i), 1, Integer::sum);
      both.merge(gold.get(i) + "\u0000" + pred.get(i), 1, Integer::sum);
    }
    double pr = 0;
    double rc = 0;
    for (int i = 0; i < gold.size(); i++) {
      int b = both.get(gold.get(i) + "\u0000" + pred.get(i));
      pr += b / (double) ps.get(pred.get(i));
      rc += b / (double) gs.get(gold.get(i));
    }
    pr /= gold.size();
    rc /= gold.size();
    return 2 * pr * rc / (pr + rc);
  }
}
