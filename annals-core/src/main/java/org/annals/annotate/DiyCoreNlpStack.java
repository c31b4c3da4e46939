package org.annals.annotate;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The baseline Annals is measured against: the CoreNLP pipeline a user would otherwise glue
 * together (tokenize, ssplit, pos, lemma, ner, depparse, coref, quote), with CoreNLP's defaults.
 * Used only by the benchmark.
 */
public final class DiyCoreNlpStack {

  /** What the stack found in one article, counted the way Annals' output is counted. */
  public record Counts(int tokens, int entityMentions, int times, int quotes, int attributedQuotes,
      int corefChains) {}

  private final StanfordCoreNLP pipeline;

  public DiyCoreNlpStack() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("coref.algorithm", "statistical");
    this.pipeline = new StanfordCoreNLP(p);
  }

  /** Thread-safe: CoreNLP annotators may be shared across threads. */
  public Counts process(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    int tokens = doc.get(CoreAnnotations.TokensAnnotation.class).size();
    List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    int entities = 0;
    int times = 0;
    if (mentions != null) {
      for (CoreMap m : mentions) {
        String ner = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if ("DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner) || "SET".equals(ner)) {
          times++;
        } else {
          entities++;
        }
      }
    }
    List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
    int attributed = 0;
    if (quotes != null) {
      for (CoreMap q : quotes) {
        if (q.get(edu.stanford.nlp.pipeline.QuoteAttributionAnnotator.SpeakerAnnotation.class) != null) {
          attributed++;
        }
      }
    }
    Map<Integer, CorefChain> chains = doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    return new Counts(tokens, entities, times, quotes == null ? 0 : quotes.size(), attributed,
        chains == null ? 0 : chains.size());
  }
}
