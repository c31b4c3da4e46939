package org.annals.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.link.story.StoryClusterer;
import org.annals.link.story.StoryInput;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.annals.model.Extraction;
import org.annals.pipeline.ArticlePipeline;

/**
 * Online story clustering on a story-labelled news stream (Giveme5W1H news_cluster JSONL): every
 * article is extracted, then fed to a {@link StoryClusterer} once, in date order; B-cubed and
 * pairwise P/R/F1 against the gold story ids.
 *
 * <p>Besides the whole file, the stories are split in two by the date of their first article and
 * each half is clustered as its own stream: the clusterer's settings were chosen on the earlier
 * half only, so the later half is the honest figure (held-out stories are later and different).
 */
public final class NewsClusterEval implements GoldEvaluation {

  /** One labelled article. */
  record GoldArticle(String id, String timestamp, LocalDate date, String title, String text, String source,
      String url, String story) {

    Article article() {
      return new Article(id, text, date, date == null ? DateSource.NONE : DateSource.INPUT, title, source, url, 0);
    }
  }

  @Override
  public String name() {
    return "newsclusters";
  }

  @Override
  public String defaultLocation() {
    return "newsclusters/giveme5w1h_newscluster_dev.jsonl";
  }

  @Override
  public List<ScoreRow> evaluate(ArticlePipeline pipeline, Path location, int limit) throws IOException {
    List<GoldArticle> gold = read(location, limit);
    List<Article> articles = new ArrayList<>();
    for (GoldArticle g : gold) {
      articles.add(g.article());
    }
    List<Extraction> xs = Extractions.of(pipeline, articles);
    List<StoryInput> inputs = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      inputs.add(StoryInput.of(xs.get(i), gold.get(i).date()));
    }
    return score(location.getFileName().toString(), gold, inputs, StoryClusterer.Settings.defaults());
  }

  /** Scores the whole stream and each half of its stories, each as its own stream. */
  static List<ScoreRow> score(String name, List<GoldArticle> gold, List<StoryInput> inputs,
      StoryClusterer.Settings settings) {
    Set<String> early = earlierStories(gold);
    List<ScoreRow> rows = new ArrayList<>();
    rows.addAll(rows("newsclusters " + name, gold, inputs, settings, g -> true));
    rows.addAll(rows("newsclusters " + name + " earlier stories (tuning)", gold, inputs, settings,
        g -> early.contains(g.story())));
    rows.addAll(rows("newsclusters " + name + " later stories", gold, inputs, settings,
        g -> !early.contains(g.story())));
    return rows;
  }

  private static List<ScoreRow> rows(String ds, List<GoldArticle> gold, List<StoryInput> inputs,
      StoryClusterer.Settings settings, Predicate<GoldArticle> keep) {
    StoryClusterer clusterer = new StoryClusterer(settings);
    List<String> goldIds = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      if (keep.test(gold.get(i))) {
        goldIds.add(gold.get(i).story());
        predicted.add(clusterer.add(inputs.get(i)).storyId());
      }
    }
    ClusteringScores s = ClusteringScores.of(goldIds, predicted);
    String support = goldIds.size() + " articles, " + new HashSet<>(goldIds).size() + " gold / "
        + new HashSet<>(predicted).size() + " predicted stories";
    return List.of(
        new ScoreRow(ds, "stories B3 F1 (online, date order)", s.b3F1(), support),
        new ScoreRow(ds, "stories B3 P", s.b3P(), ""),
        new ScoreRow(ds, "stories B3 R", s.b3R(), ""),
        new ScoreRow(ds, "stories pairwise F1", s.pairF1(),
            String.format(Locale.ROOT, "P %.3f R %.3f", s.pairP(), s.pairR())));
  }

  /** The stories whose first article comes in the earlier half of the stories (by first date). */
  static Set<String> earlierStories(List<GoldArticle> gold) {
    Map<String, String> first = new HashMap<>();
    for (GoldArticle g : gold) {
      first.merge(g.story(), g.timestamp(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    List<String> order = new ArrayList<>(first.keySet());
    order.sort(Comparator.comparing((String s) -> first.get(s)).thenComparing(s -> s));
    return new HashSet<>(order.subList(0, order.size() / 2));
  }

  /** Reads the JSONL stream in date order (stable for equal dates). */
  static List<GoldArticle> read(Path location, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<GoldArticle> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(location, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        String ts = text(n, "date");
        LocalDate date = ts == null || ts.length() < 10 ? null : LocalDate.parse(ts.substring(0, 10));
        String story = text(n, "cluster_id");
        if (story == null) {
          throw new IOException(location + ":" + lineNo + ": no cluster_id");
        }
        out.add(new GoldArticle(text(n, "id"), ts == null ? "" : ts, date, text(n, "title"),
            text(n, "text") == null ? "" : text(n, "text"), text(n, "source"), text(n, "url"), story));
      }
    }
    out.sort(Comparator.comparing(GoldArticle::timestamp));
    if (limit > 0 && out.size() > limit) {
      return new ArrayList<>(out.subList(0, limit));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
