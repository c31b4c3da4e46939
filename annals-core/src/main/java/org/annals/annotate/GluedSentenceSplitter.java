package org.annals.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits tokens where crawled text glued two sentences together with no space after the full
 * stop ("said.It", "Vladimir Putin.From", "POLITICO.As"): the tokenizer keeps such a token
 * whole, so the sentence splitter sees no boundary and the tagger reads "Putin.From" as one
 * name. Runs after {@code tokenize} (which also splits sentences since CoreNLP 4.5) and {@code ssplit}, and cuts the
 * token and its sentence; offsets stay those of the text, which is never changed.
 *
 * <p>A token is split at a full stop that follows two letters and precedes a capitalised word.
 * Abbreviations stay whole: initials ("U.S.Army": one letter before the stop), titles ("Gen.",
 * "St.", "Mr."), and domain names, which are lower case after the stop.
 */
public final class GluedSentenceSplitter implements Annotator {

  /** The stop between a word of 2+ letters and a capitalised word. */
  private static final Pattern GLUE = Pattern.compile("(?<=\\p{L}{2})\\.(?=\\p{Lu}\\p{Ll})");

  /** Title abbreviations that take a full stop before a name. */
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col",
      "lt", "sgt", "capt", "maj", "adm", "brig", "cpl", "rev", "prof", "sen", "rep", "gov", "pres",
      "jr", "sr", "ft", "mt", "no", "vs", "rt", "hon");

  /** CoreNLP builds a custom annotator with this signature ({@code customAnnotatorClass.*}). */
  public GluedSentenceSplitter(String name, Properties props) {}

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> out = new ArrayList<>(sentences.size());
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> current = new ArrayList<>();
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        List<CoreLabel> parts = split(token);
        if (parts == null) {
          current.add(token);
          continue;
        }
        changed = true;
        for (int i = 0; i < parts.size(); i++) {
          current.add(parts.get(i));
          if (i % 2 == 1) { // a stop: the sentence ends here
            out.add(sentence(sentence, text, current));
            current = new ArrayList<>();
          }
        }
      }
      if (!current.isEmpty()) {
        out.add(sentence(sentence, text, current));
      }
    }
    if (changed) {
      reindex(annotation, out);
    }
  }

  private static CoreMap sentence(CoreMap original, String text, List<CoreLabel> tokens) {
    CoreMap s = new ArrayCoreMap(original);
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return s;
  }

  /** Numbers sentences and tokens again, as the sentence splitter does. */
  private static void reindex(Annotation annotation, List<CoreMap> sentences) {
    List<CoreLabel> all = new ArrayList<>();
    for (int si = 0; si < sentences.size(); si++) {
      CoreMap s = sentences.get(si);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, si);
      s.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
      for (int i = 0; i < tokens.size(); i++) {
        CoreLabel t = tokens.get(i);
        t.setIndex(i + 1);
        t.setSentIndex(si);
        if (t.containsKey(CoreAnnotations.TokenBeginAnnotation.class)) {
          t.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
          t.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + 1);
        }
        all.add(t);
      }
      s.set(CoreAnnotations.TokenEndAnnotation.class, all.size());
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
  }

  /** The token's parts (word, stop, word, …), or null when it holds no glued stop. */
  static List<CoreLabel> split(CoreLabel token) {
    String text = token.originalText() != null ? token.originalText() : token.word();
    if (text == null || text.length() < 5 || text.indexOf('.') < 0
        || text.length() != token.endPosition() - token.beginPosition()) {
      return null;
    }
    Matcher m = GLUE.matcher(text);
    List<Integer> stops = new ArrayList<>();
    while (m.find()) {
      if (!isAbbreviation(text, m.start())) {
        stops.add(m.start());
      }
    }
    if (stops.isEmpty()) {
      return null;
    }
    List<CoreLabel> parts = new ArrayList<>(stops.size() * 2 + 1);
    int from = 0;
    for (int stop : stops) {
      parts.add(part(token, text, from, stop, from == 0, false));
      parts.add(part(token, text, stop, stop + 1, false, false));
      from = stop + 1;
    }
    parts.add(part(token, text, from, text.length(), false, true));
    return parts;
  }

  /** The word before the stop is a title or one segment of dotted initials. */
  private static boolean isAbbreviation(String text, int stop) {
    int begin = stop;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    if (begin > 0 && text.charAt(begin - 1) == '.') {
      return true; // "U.S.A.Today": a run of dotted segments is an abbreviation
    }
    return TITLES.contains(text.substring(begin, stop).toLowerCase(java.util.Locale.ROOT));
  }

  private static CoreLabel part(CoreLabel token, String text, int from, int to, boolean first,
      boolean last) {
    CoreLabel p = new CoreLabel(token);
    String word = text.substring(from, to);
    p.setWord(word);
    p.setValue(word);
    p.setOriginalText(word);
    p.setBeginPosition(token.beginPosition() + from);
    p.setEndPosition(token.beginPosition() + to);
    p.setBefore(first && token.before() != null ? token.before() : "");
    p.setAfter(last && token.after() != null ? token.after() : "");
    return p;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Collections.emptySet();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.CharacterOffsetBeginAnnotation.class,
        CoreAnnotations.CharacterOffsetEndAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class);
  }
}
