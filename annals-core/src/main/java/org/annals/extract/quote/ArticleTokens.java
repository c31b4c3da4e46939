package org.annals.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * One article's tokens in a flat list, with the lookups quote attribution needs: the token at an
 * offset, the sentence of a token, and paragraph bounds (a paragraph ends at a line break).
 */
final class ArticleTokens {

  final AnnotatedArticle doc;
  final String text;
  final List<Token> tokens;
  private final int[] sentenceOf;
  private final int[] sentenceFirst;
  private final int[] sentenceEnd;
  private final int[] tokenStarts;
  private final boolean[] quoted;
  private final boolean[] quoteMark;

  ArticleTokens(AnnotatedArticle doc, List<QuotedPassage> passages) {
    this.doc = doc;
    this.text = doc.text();
    List<Token> all = new ArrayList<>();
    List<Sentence> sentences = doc.sentences();
    sentenceFirst = new int[sentences.size()];
    sentenceEnd = new int[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      sentenceFirst[s] = all.size();
      all.addAll(sentences.get(s).tokens());
      sentenceEnd[s] = all.size();
    }
    this.tokens = all;
    sentenceOf = new int[all.size()];
    tokenStarts = new int[all.size()];
    for (int s = 0; s < sentences.size(); s++) {
      for (int t = sentenceFirst[s]; t < sentenceEnd[s]; t++) {
        sentenceOf[t] = s;
      }
    }
    for (int t = 0; t < all.size(); t++) {
      tokenStarts[t] = all.get(t).start();
    }
    quoted = new boolean[all.size()];
    quoteMark = new boolean[all.size()];
    for (QuotedPassage p : passages) {
      int first = tokenAtOrAfter(p.start());
      for (int t = first; t < all.size() && all.get(t).start() < p.end(); t++) {
        quoted[t] = true;
      }
      if (first < all.size()) {
        quoteMark[first] = true;
      }
      int last = tokenEndingBy(p.end());
      if (p.closed() && last >= 0) {
        quoteMark[last] = true;
      }
    }
  }

  /** Whether token {@code i} lies inside a quoted passage (its marks included). */
  boolean quoted(int i) {
    return quoted[i];
  }

  /** Whether token {@code i} opens or closes a quoted passage. */
  boolean quoteMark(int i) {
    return quoteMark[i];
  }

  /** A PERSON or ORGANIZATION token: a name whatever its part-of-speech tag says. */
  boolean isName(int i) {
    String ner = tokens.get(i).ner();
    return ner.equals("PERSON") || ner.equals("ORGANIZATION");
  }

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  String word(int i) {
    return tokens.get(i).word();
  }

  String pos(int i) {
    return tokens.get(i).pos();
  }

  String lemma(int i) {
    return tokens.get(i).lemma();
  }

  int sentenceOf(int token) {
    return sentenceOf[token];
  }

  /** First token of sentence {@code s}. */
  int sentenceFirst(int s) {
    return sentenceFirst[s];
  }

  /** One past the last token of sentence {@code s}. */
  int sentenceEnd(int s) {
    return sentenceEnd[s];
  }

  int sentenceCount() {
    return sentenceFirst.length;
  }

  /** Index of the first token starting at or after {@code offset}, or size(). */
  int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokenStarts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokenStarts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the last token ending at or before {@code offset}, or -1. */
  int tokenEndingBy(int offset) {
    int i = tokenAtOrAfter(offset) - 1;
    while (i >= 0 && tokens.get(i).end() > offset) {
      i--;
    }
    return i;
  }

  /** Index of the token covering {@code offset}, else the next one. */
  int tokenCovering(int offset) {
    int i = tokenAtOrAfter(offset);
    if (i > 0 && tokens.get(i - 1).end() > offset) {
      return i - 1;
    }
    return i;
  }

  /** Start of the paragraph holding {@code offset}: just after the previous line break. */
  int paragraphStart(int offset) {
    int i = text.lastIndexOf('\n', Math.max(0, offset - 1));
    return i < 0 ? 0 : i + 1;
  }

  /** End of the paragraph holding {@code offset}: its line break, or the text end. */
  int paragraphEnd(int offset) {
    int i = text.indexOf('\n', offset);
    return i < 0 ? text.length() : i;
  }

  boolean sameParagraph(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return text.indexOf('\n', lo) < 0 || text.indexOf('\n', lo) >= hi;
  }
}
