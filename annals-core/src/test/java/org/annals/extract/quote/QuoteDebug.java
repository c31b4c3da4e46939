package org.annals.extract.quote;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.NamedSpan;
import org.annals.model.RawTimex;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * Prints, for one cached PolNeAR article, every quoted passage with the pattern that credited it,
 * and the tokens of the sentences around it. Error analysis only.
 *
 * <p>Usage: {@code QuoteDebug <polnear_X.jsonl> <article id> [cacheDir]}
 */
public final class QuoteDebug {

  private record Cached(List<Sentence> sentences, List<NamedSpan> namedSpans, List<RawTimex> timexes) {}

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    String text = null;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode n = json.readTree(line);
        if (n.path("id").asText().equals(args[1])) {
          text = n.path("text").asText();
          break;
        }
      }
    }
    Path cache = Path.of(args.length > 2 ? args[2] : "/tmp/annals-polnear-cache");
    Cached c = json.readValue(cache.resolve(args[1].replaceAll("[^A-Za-z0-9_.-]", "_") + ".json").toFile(),
        Cached.class);
    AnnotatedArticle doc = new AnnotatedArticle(Article.of(args[1], text, null), c.sentences(), c.namedSpans(),
        c.timexes());
    List<QuotedPassage> passages = QuoteMarks.find(text);
    ArticleTokens at = new ArticleTokens(doc, passages);
    QuotedPassage lastKept = null;
    Attribution lastA = null;
    for (int i = 0; i < passages.size(); i++) {
      QuotedPassage p = passages.get(i);
      Attribution a = SpeakerFinder.find(at, p, i > 0 ? passages.get(i - 1) : null,
          i + 1 < passages.size() ? passages.get(i + 1) : null, lastKept, lastA);
      String head = text.substring(p.start(), Math.min(p.end(), p.start() + 100)).replace('\n', '/');
      System.out.println("== " + p + " " + head);
      System.out.println("   -> " + (a == null ? "none" : a.how() + " speaker=" + a.speaker().of(text) + " cue="
          + (a.cue() == null ? "-" : a.cue().of(text))));
      int t0 = at.tokenCovering(p.start());
      int s0 = at.sentenceOf(Math.min(t0, at.size() - 1));
      int s1 = at.sentenceOf(Math.max(0, Math.min(at.size() - 1, at.tokenEndingBy(p.end()))));
      for (int s = Math.max(0, s0 - 1); s <= Math.min(at.sentenceCount() - 1, s1 + 1); s++) {
        StringBuilder b = new StringBuilder("   s" + s + ": ");
        for (int t = at.sentenceFirst(s); t < at.sentenceEnd(s); t++) {
          Token tok = at.get(t);
          b.append(tok.word()).append('/').append(tok.pos());
          if (!tok.ner().equals("O")) {
            b.append('/').append(tok.ner());
          }
          b.append(' ');
        }
        System.out.println(b.length() > 1200 ? b.substring(0, 1200) + " …" : b);
      }
      lastKept = p;
      lastA = a;
    }
  }

  private QuoteDebug() {}
}
