package org.annals.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.annals.model.AcledType;
import org.annals.model.Article;
import org.annals.model.Event;
import org.annals.model.Extraction;
import org.annals.pipeline.ArticlePipeline;

/**
 * Scores ACLED sub-event typing on snippets labelled with one of ACLED's 25 sub-event types or
 * "none": JSON Lines with {@code id}, {@code text} and {@code sub_event_type}. By default the two
 * sets Annals ships, both written and labelled for the project (see their READMEs): the
 * development set the rules were tuned on ({@code acled-dev.jsonl}) and a check set written
 * independently of it and of the rules, not tuned on ({@code acled-check.jsonl}). Any file of the
 * same format can be given instead. A third set labels real news sentences of the shared data
 * ({@code acled-real.jsonl}): it holds no text, only the file, article id and code-point offsets of
 * each sentence with the SHA-1 of its text, and is scored where the shared data is present.
 *
 * <p>Each snippet goes through the whole pipeline as an undated article. Its predicted type is that
 * of its first event in text order that the snippet says happened and that has an ACLED type;
 * "none" when there is no such event. Reported: accuracy over all snippets (none included), and
 * over the 25 types (snippets whose gold type is "none" left out, a "none" prediction counting as
 * a wrong class) per-type precision, recall and F1, their unweighted mean (macro-F1, over the
 * types the gold holds) and their mean weighted by gold support (weighted F1), as CASE 2021 Task 2
 * reports them.
 */
public final class AcledEval implements GoldEvaluation {

  /** The label of a snippet with no ACLED event. */
  public static final String NONE = "none";

  /** The development set the rules were tuned on. */
  public static final String DEV = "acled-dev.jsonl";
  /** The check set, written apart from the rules and not tuned on. */
  public static final String CHECK = "acled-check.jsonl";
  /** Real sentences of the shared data, by offset. */
  public static final String REAL = "acled-real.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One labelled snippet. */
  public record Snippet(String id, String text, String gold) {}

  private final Path dataRoot;

  /** Scores the bundled text sets only. */
  public AcledEval() {
    this(null);
  }

  /** @param dataRoot the shared data folder the real-sentence set points into; null to leave that set out */
  public AcledEval(Path dataRoot) {
    this.dataRoot = dataRoot;
  }

  @Override
  public String name() {
    return "acled";
  }

  /** Bundled with Annals: no file under the shared data folder is needed. */
  @Override
  public String defaultLocation() {
    return null;
  }

  @Override
  public List<ScoreRow> evaluate(ArticlePipeline pipeline, Path location, int limit) throws IOException {
    return evaluate(pipeline, location, limit, null);
  }

  /** As {@link #evaluate(ArticlePipeline, Path, int)}; each wrong snippet goes to {@code errors} when not null. */
  public List<ScoreRow> evaluate(ArticlePipeline pipeline, Path location, int limit, Consumer<String> errors)
      throws IOException {
    if (location != null) {
      return evaluate(pipeline, read(location, dataRoot, limit), "ACLED sub-event types, " + location.getFileName(),
          errors);
    }
    List<ScoreRow> rows = new ArrayList<>(
        evaluate(pipeline, bundled(DEV, null, limit), "ACLED sub-event types, Annals dev set (tuned on)", errors));
    rows.addAll(evaluate(pipeline, bundled(CHECK, null, limit),
        "ACLED sub-event types, Annals check set (not tuned on)", errors));
    if (dataRoot != null && Files.isDirectory(dataRoot) && AcledEval.class.getResource(REAL) != null) {
      rows.addAll(evaluate(pipeline, bundled(REAL, dataRoot, limit),
          "ACLED sub-event types, real sentences of ../shared/data", errors));
    }
    return rows;
  }

  private static List<ScoreRow> evaluate(ArticlePipeline pipeline, List<Snippet> gold, String dataset,
      Consumer<String> errors) throws IOException {
    List<String> predicted = predict(pipeline, gold);
    if (errors != null) {
      for (int i = 0; i < gold.size(); i++) {
        if (!gold.get(i).gold().equals(predicted.get(i))) {
          errors.accept(gold.get(i).id() + "\tgold=" + gold.get(i).gold() + "\tpred=" + predicted.get(i)
              + "\t" + gold.get(i).text());
        }
      }
    }
    return score(dataset, gold, predicted);
  }

  /** The predicted label of each snippet, in order. */
  static List<String> predict(ArticlePipeline pipeline, List<Snippet> gold) throws IOException {
    List<Article> articles = gold.stream().map(s -> Article.of(s.id(), s.text(), null)).toList();
    return Extractions.of(pipeline, articles).stream().map(AcledEval::label).toList();
  }

  /** The ACLED type of the first happened event of the snippet that has one, or {@link #NONE}. */
  public static String label(Extraction x) {
    return x.events().stream()
        .filter(e -> e.happened() && AcledType.fromLabel(e.acled()).isPresent())
        .min(Comparator.comparingInt((Event e) -> e.evidence().start()).thenComparingInt(e -> e.trigger().span().start()))
        .map(e -> AcledType.fromLabel(e.acled()).orElseThrow().label())
        .orElse(NONE);
  }

  /** Accuracy, macro- and weighted F1 over the 25 types, and one row per type the gold or the predictions hold. */
  static List<ScoreRow> score(String dataset, List<Snippet> gold, List<String> predicted) {
    int right = 0;
    Map<String, int[]> counts = new LinkedHashMap<>(); // label -> {correct, predicted, gold}
    for (AcledType t : AcledType.values()) {
      counts.put(t.label(), new int[3]);
    }
    int typed = 0;
    int typedRight = 0;
    for (int i = 0; i < gold.size(); i++) {
      String g = gold.get(i).gold();
      String p = predicted.get(i);
      right += g.equals(p) ? 1 : 0;
      if (!g.equals(NONE)) {
        typed++;
        typedRight += g.equals(p) ? 1 : 0;
        counts.get(g)[2]++;
      }
      if (!p.equals(NONE)) {
        counts.get(p)[1]++;
        counts.get(p)[0] += g.equals(p) ? 1 : 0;
      }
    }
    int goldNone = gold.size() - typed;
    long noneRight = 0;
    for (int i = 0; i < gold.size(); i++) {
      noneRight += gold.get(i).gold().equals(NONE) && predicted.get(i).equals(NONE) ? 1 : 0;
    }
    double macro = 0;
    double weighted = 0;
    int typesInGold = 0;
    List<ScoreRow> perType = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      double f1 = Prf.f1(c[0], c[1], c[2]);
      if (c[2] > 0) {
        typesInGold++;
        macro += f1;
        weighted += f1 * c[2];
      }
      if (c[1] > 0 || c[2] > 0) {
        perType.add(new ScoreRow(dataset, "F1 " + e.getKey(), f1, String.format(Locale.ROOT,
            "P %.2f R %.2f; %d gold / %d predicted", Prf.precision(c[0], c[1]), Prf.recall(c[0], c[2]), c[2], c[1])));
      }
    }
    List<ScoreRow> rows = new ArrayList<>();
    rows.add(new ScoreRow(dataset, "accuracy (none included)", gold.isEmpty() ? 0 : (double) right / gold.size(),
        right + " of " + gold.size() + " snippets"));
    rows.add(new ScoreRow(dataset, "accuracy over typed snippets", typed == 0 ? 0 : (double) typedRight / typed,
        typedRight + " of " + typed));
    rows.add(new ScoreRow(dataset, "macro-F1 over ACLED types", typesInGold == 0 ? 0 : macro / typesInGold,
        typesInGold + " types in gold"));
    rows.add(new ScoreRow(dataset, "weighted F1 over ACLED types", typed == 0 ? 0 : weighted / typed,
        typed + " typed snippets"));
    rows.add(new ScoreRow(dataset, "none kept none", goldNone == 0 ? 0 : (double) noneRight / goldNone,
        noneRight + " of " + goldNone + " snippets without an ACLED event"));
    rows.addAll(perType);
    return rows;
  }

  /**
   * A snippet set Annals ships ({@link #DEV}, {@link #CHECK}, {@link #REAL}); {@code dataRoot} is
   * where the offsets of a set without text point (null for a set with text).
   */
  public static List<Snippet> bundled(String name, Path dataRoot, int limit) {
    InputStream in = AcledEval.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the classpath");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(new BufferedReader(r), name, new Texts(dataRoot), limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a snippet file; a line without text (or offsets into {@code dataRoot}) or label, or whose
   * offsets do not give the text its SHA-1 names, is an error naming the file and line.
   */
  public static List<Snippet> read(Path location, Path dataRoot, int limit) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(location, StandardCharsets.UTF_8)) {
      return read(in, location.toString(), new Texts(dataRoot), limit);
    }
  }

  private static List<Snippet> read(BufferedReader in, String name, Texts texts, int limit) throws IOException {
    List<Snippet> out = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null && (limit <= 0 || out.size() < limit)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode o = JSON.readTree(line);
      String where = name + ":" + n;
      String text = o.has("text") ? o.path("text").asText(null) : texts.sentence(o, where);
      String label = o.path("sub_event_type").asText(null);
      if (text == null || label == null) {
        throw new IOException(where + ": a snippet needs \"text\" (or file, doc, start, end) and \"sub_event_type\"");
      }
      String gold = label.equalsIgnoreCase(NONE) ? NONE : AcledType.fromLabel(label)
          .orElseThrow(() -> new IOException(where + ": unknown sub_event_type \"" + label + "\""))
          .label();
      out.add(new Snippet(o.path("id").asText("line-" + n), text, gold));
    }
    return out;
  }

  /** The article texts of the shared data a set without text points into, each file read once. */
  private static final class Texts {
    private final Path root;
    private final Map<String, Map<String, String>> byFile = new HashMap<>();

    Texts(Path root) {
      this.root = root;
    }

    String sentence(JsonNode o, String where) throws IOException {
      if (!o.has("file") || !o.has("doc") || !o.has("start") || !o.has("end")) {
        return null;
      }
      if (root == null) {
        throw new IOException(where + ": offsets into " + o.path("file").asText() + " need the shared data folder");
      }
      String file = o.path("file").asText();
      Map<String, String> docs = byFile.get(file);
      if (docs == null) {
        docs = new HashMap<>();
        Path p = root.resolve(file);
        if (!Files.isRegularFile(p)) {
          throw new IOException(where + ": " + p + " not found");
        }
        try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          String line;
          while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
              JsonNode d = JSON.readTree(line);
              docs.put(d.path("id").asText(), d.path("text").asText());
            }
          }
        }
        byFile.put(file, docs);
      }
      String text = docs.get(o.path("doc").asText());
      if (text == null) {
        throw new IOException(where + ": no article " + o.path("doc").asText() + " in " + file);
      }
      int start = o.path("start").asInt();
      int end = o.path("end").asInt();
      if (start < 0 || end < start || end > text.codePointCount(0, text.length())) {
        throw new IOException(where + ": offsets " + start + ".." + end + " lie outside article " + o.path("doc").asText());
      }
      String sentence = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
      String sha1 = o.path("sha1").asText(null);
      if (sha1 != null && !sha1.equalsIgnoreCase(sha1(sentence))) {
        throw new IOException(where + ": the text at " + start + ".." + end + " of " + o.path("doc").asText()
            + " is not the labelled sentence (SHA-1 differs): is this the file the set was made from?");
      }
      return sentence;
    }

    private static String sha1(String s) {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
