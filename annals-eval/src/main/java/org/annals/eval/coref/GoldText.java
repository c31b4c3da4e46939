package org.annals.eval.coref;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * The article text built from a gold document's tokens (joined by spaces, sentences separated by
 * blank lines) and the map between gold tokens and the annotator's tokens, by character overlap.
 */
public final class GoldText {

  private final GoldDocument doc;
  private final String text;
  private final int[] starts;
  private final int[] ends;

  public GoldText(GoldDocument doc) {
    this.doc = doc;
    StringBuilder sb = new StringBuilder();
    int n = doc.tokens().size();
    starts = new int[n];
    ends = new int[n];
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(doc.tokens().get(i).sentence() != doc.tokens().get(i - 1).sentence() ? "\n\n" : " ");
      }
      starts[i] = sb.length();
      sb.append(doc.tokens().get(i).word());
      ends[i] = sb.length();
    }
    text = sb.toString();
  }

  public GoldDocument document() {
    return doc;
  }

  public String text() {
    return text;
  }

  public Article article() {
    return Article.of(doc.id(), text, doc.date());
  }

  public int start(int goldToken) {
    return starts[goldToken];
  }

  public int end(int goldToken) {
    return ends[goldToken];
  }

  /** Gold token indexes overlapping [start, end), ascending. */
  public List<Integer> goldTokens(int start, int end) {
    List<Integer> out = new ArrayList<>();
    int lo = 0;
    int hi = starts.length - 1;
    while (lo <= hi) { // first token whose end is past start
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= start) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    for (int i = lo; i < starts.length && starts[i] < end; i++) {
      out.add(i);
    }
    return out;
  }

  /** For each gold token, the annotator's token overlapping it first (null where none). */
  public Token[] annotatorTokens(AnnotatedArticle annotated) {
    Token[] out = new Token[starts.length];
    for (Sentence s : annotated.sentences()) {
      for (Token t : s.tokens()) {
        for (int g : goldTokens(t.start(), t.end())) {
          if (out[g] == null) {
            out[g] = t;
          }
        }
      }
    }
    return out;
  }
}
