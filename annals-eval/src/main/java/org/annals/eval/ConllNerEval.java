package org.annals.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Extraction;
import org.annals.model.Mention;
import org.annals.model.NamedSpan;
import org.annals.pipeline.ArticlePipeline;

/**
 * CoNLL-2003 named-entity scoring (conlleval's definition): an entity is right when its token
 * span and type both match exactly; micro precision, recall and F1 overall and per type. Each
 * CoNLL document becomes one article whose tokens are joined by spaces and whose sentences are
 * separated by blank lines; Annals' entity types map to CoNLL's (NORP counts as MISC).
 */
public final class ConllNerEval implements GoldEvaluation {

  private static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  @Override
  public String name() {
    return "conll";
  }

  @Override
  public String defaultLocation() {
    return "conll2003/eng.testa";
  }

  /** A gold or predicted entity: token range [first, last] and CoNLL type. */
  record TokenSpan(int first, int last, String type) {}

  /** One CoNLL document: its tokens and gold entities. */
  record ConllDocument(List<String> tokens, List<Integer> sentenceStarts, List<TokenSpan> gold) {}

  @Override
  public List<ScoreRow> evaluate(ArticlePipeline pipeline, Path location, int limit) throws IOException {
    List<ConllDocument> docs = read(location);
    if (limit > 0 && docs.size() > limit) {
      docs = docs.subList(0, limit);
    }
    Map<String, int[]> counts = new TreeMap<>(); // type -> {correct, predicted, gold}
    for (String t : TYPES) {
      counts.put(t, new int[3]);
    }
    for (int d = 0; d < docs.size(); d++) {
      ConllDocument doc = docs.get(d);
      Layout layout = layout(doc);
      Article article = Article.of("conll-" + d, layout.text, null);
      AnnotatedArticle annotated = pipeline.annotate(article);
      Extraction x = pipeline.extract(annotated);
      Set<TokenSpan> predicted = predictedSpans(annotated, x, layout);
      Set<TokenSpan> gold = new HashSet<>(doc.gold());
      for (TokenSpan p : predicted) {
        counts.get(p.type())[1]++;
        if (gold.contains(p)) {
          counts.get(p.type())[0]++;
        }
      }
      for (TokenSpan g : gold) {
        counts.get(g.type())[2]++;
      }
    }
    String ds = "CoNLL-2003 " + location.getFileName() + " (" + docs.size() + " docs)";
    int c = 0;
    int p = 0;
    int g = 0;
    List<ScoreRow> rows = new ArrayList<>();
    for (String t : TYPES) {
      int[] k = counts.get(t);
      c += k[0];
      p += k[1];
      g += k[2];
    }
    rows.add(new ScoreRow(ds, "NER entity F1 (exact span+type)", Prf.f1(c, p, g), g + " gold / " + p + " predicted"));
    rows.add(new ScoreRow(ds, "NER entity P", Prf.precision(c, p), c + " correct"));
    rows.add(new ScoreRow(ds, "NER entity R", Prf.recall(c, g), c + " correct"));
    for (String t : TYPES) {
      int[] k = counts.get(t);
      rows.add(new ScoreRow(ds, "NER F1 " + t, Prf.f1(k[0], k[1], k[2]), k[2] + " gold / " + k[1] + " predicted"));
    }
    return rows;
  }

  /** The article text built from a CoNLL document, with each token's character range. */
  record Layout(String text, int[] starts, int[] ends) {}

  static Layout layout(ConllDocument doc) {
    StringBuilder sb = new StringBuilder();
    int n = doc.tokens().size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    Set<Integer> sentenceStarts = new HashSet<>(doc.sentenceStarts());
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(sentenceStarts.contains(i) ? "\n\n" : " ");
      }
      starts[i] = sb.length();
      sb.append(doc.tokens().get(i));
      ends[i] = sb.length();
    }
    return new Layout(sb.toString(), starts, ends);
  }

  private static Set<TokenSpan> predictedSpans(AnnotatedArticle annotated, Extraction x, Layout layout) {
    Map<Long, EntityType> typeBySpan = new HashMap<>();
    for (Entity e : x.entities()) {
      for (Mention m : e.mentions()) {
        typeBySpan.put(key(m.start(), m.end()), e.type());
      }
    }
    Set<TokenSpan> out = new HashSet<>();
    for (NamedSpan s : annotated.namedSpans()) {
      EntityType type = typeBySpan.get(key(s.start(), s.end()));
      if (type == null) {
        continue;
      }
      int first = -1;
      int last = -1;
      for (int i = 0; i < layout.starts().length; i++) {
        if (layout.ends()[i] > s.start() && layout.starts()[i] < s.end()) {
          if (first < 0) {
            first = i;
          }
          last = i;
        }
      }
      if (first >= 0) {
        out.add(new TokenSpan(first, last, conllType(type)));
      }
    }
    return out;
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }

  static String conllType(EntityType t) {
    switch (t) {
      case PERSON:
        return "PER";
      case ORGANIZATION:
        return "ORG";
      case LOCATION:
        return "LOC";
      default:
        return "MISC";
    }
  }

  static List<ConllDocument> read(Path file) throws IOException {
    List<ConllDocument> docs = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<Integer> sentenceStarts = new ArrayList<>();
    boolean newSentence = true;
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.startsWith("-DOCSTART-")) {
          flush(docs, tokens, tags, sentenceStarts);
          newSentence = true;
          continue;
        }
        if (line.isBlank()) {
          newSentence = true;
          continue;
        }
        String[] cols = line.trim().split("\\s+");
        if (cols.length < 2) {
          throw new IOException(file + ":" + lineNo + ": expected 'token ... tag', got: " + line);
        }
        if (newSentence) {
          sentenceStarts.add(tokens.size());
          newSentence = false;
        }
        tokens.add(cols[0]);
        tags.add(cols[cols.length - 1]);
      }
    }
    flush(docs, tokens, tags, sentenceStarts);
    if (docs.isEmpty()) {
      throw new IOException(file + ": no CoNLL documents found");
    }
    return docs;
  }

  private static void flush(List<ConllDocument> docs, List<String> tokens, List<String> tags,
      List<Integer> sentenceStarts) {
    if (tokens.isEmpty()) {
      return;
    }
    docs.add(new ConllDocument(List.copyOf(tokens), List.copyOf(sentenceStarts), goldSpans(tags, sentenceStarts)));
    tokens.clear();
    tags.clear();
    sentenceStarts.clear();
  }

  /** IOB1 (and IOB2) tags to entity spans; a sentence boundary always ends an entity. */
  static List<TokenSpan> goldSpans(List<String> tags, List<Integer> sentenceStarts) {
    Set<Integer> starts = new HashSet<>(sentenceStarts);
    List<TokenSpan> out = new ArrayList<>();
    int first = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String t = tag.equals("O") ? null : tag.substring(2);
      boolean begins = t != null && (tag.startsWith("B-") || !t.equals(type) || starts.contains(i));
      if (type != null && (t == null || begins)) {
        out.add(new TokenSpan(first, i - 1, type));
        type = null;
      }
      if (t != null && type == null) {
        first = i;
        type = t;
      }
    }
    return out;
  }
}
