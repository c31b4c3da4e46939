package org.annals.link.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Content words of a title or body, lower-cased and lightly stemmed. Read from the plain text (not
 * CoreNLP lemmas) so that a story can be rebuilt from stored articles alone, with the same terms.
 */
public final class NewsTerms {

  private static final Set<String> STOP = Set.of(
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
      "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
      "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
      "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
      "is", "it", "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off",
      "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so",
      "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this",
      "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when",
      "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "said",
      "says", "say", "one", "two", "new", "like", "get", "got", "told", "according", "may", "might", "must",
      "many", "much", "us", "year", "years", "time", "people", "day", "week", "last", "first", "make", "made",
      "go", "going", "see", "know", "think", "want", "way", "back", "even", "well", "still", "since", "around",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "image", "photo", "caption",
      "video", "getty", "images", "reuters", "ap", "read", "share", "click", "advertisement", "http", "https",
      "www", "com", "cnn", "don", "t", "s", "ll", "re", "ve", "m", "d", "mr", "ms", "mrs");

  private NewsTerms() {}

  /** The terms of {@code text} in order, repeated as often as they occur. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i))
          || (text.charAt(i) == '-' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))))) {
        i++;
      }
      if (i > start) {
        String w = text.substring(start, i).toLowerCase(Locale.ROOT);
        if (w.length() > 1 && !STOP.contains(w) && !isNumber(w)) {
          out.add(stem(w));
        }
      }
    }
    return out;
  }

  private static boolean isNumber(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i)) && w.charAt(i) != '-') {
        return false;
      }
    }
    // Years are topical ("2016 election"); other bare numbers are not.
    return w.length() != 4;
  }

  /** A light suffix stripper: plurals, -ing, -ed; enough to meet "launches", "launched", "launch". */
  static String stem(String w) {
    if (w.length() <= 3) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("es") && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ing") && w.length() > 5) {
      return undouble(w.substring(0, w.length() - 3));
    }
    if (w.endsWith("ed") && w.length() > 4) {
      return undouble(w.substring(0, w.length() - 2));
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n > 2 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
