package org.annals.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.EntityType;
import org.annals.model.NamedSpan;
import org.annals.model.RawTimex;
import org.annals.model.Sentence;
import org.annals.model.TimexType;
import org.annals.model.Token;

/**
 * The only bridge to Stanford CoreNLP: tokenizer, sentence splitter, POS tagger, lemmatiser, the
 * CoNLL-2003 4-class CRF for named entities, and SUTime for time expressions. After the splitter,
 * {@link GluedSentenceSplitter} cuts sentences that crawled text glued together.
 *
 * <p>The cost of a CoreNLP stack is mostly chosen: one CRF model instead of three, no
 * fine-grained or numeric NER passes, and SUTime only on the parts of sentences that can hold a time. Models
 * load once per process (CoreNLP's annotator pool shares them); each thread annotating at a time
 * uses a pipeline object of its own, taken from a pool.
 */
public final class CoreNlpAnnotator implements Annotator {

  static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** A line of CoreNLP's timing report: "POSTaggerAnnotator: 13.2 sec." */
  private static final Pattern TIMING_LINE = Pattern.compile("(\\w+): ([0-9.]+) sec\\.");

  private static volatile CoreNlpAnnotator shared;

  private final Properties props = pipelineProperties();
  private final Properties timeProps = timeProperties();
  /**
   * Idle pipelines, each used by one thread at a time. A pool rather than one per thread: a new
   * worker thread (each run of a command starts its own) takes a pipeline already built instead
   * of building another; the pool holds as many as threads have ever annotated at once.
   */
  private final ConcurrentLinkedDeque<Tagger> idle = new ConcurrentLinkedDeque<>();
  /** Thread time SUTime took, which runs outside CoreNLP's pipeline and its timing. */
  private final LongAdder sutimeNanos = new LongAdder();

  /** One thread's CoreNLP objects: the pipeline and SUTime are not safe to share between threads. */
  private record Tagger(StanfordCoreNLP pipeline, TimeAnnotator times) {}

  private CoreNlpAnnotator() {
    // build one now so the models load before the first article, not inside a worker
    idle.push(newTagger());
  }

  private Tagger newTagger() {
    return new Tagger(new StanfordCoreNLP(props), new TimeAnnotator("sutime", timeProps));
  }

  /** Keeps CoreNLP's model-loading chatter off stderr (errors still show); for command-line use. */
  public static void quietLogging() {
    edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
  }

  /** The process-wide annotator; the first call loads the models (several seconds). */
  public static CoreNlpAnnotator shared() {
    CoreNlpAnnotator a = shared;
    if (a == null) {
      synchronized (CoreNlpAnnotator.class) {
        a = shared;
        if (a == null) {
          a = new CoreNlpAnnotator();
          shared = a;
        }
      }
    }
    return a;
  }

  static Properties pipelineProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,gluesplit,pos,lemma,ner");
    p.setProperty("customAnnotatorClass.gluesplit", GluedSentenceSplitter.class.getName());
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", NER_MODEL);
    p.setProperty("ner.combinationMode", "NORMAL");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.docdate.useFixedDate", "");
    return p;
  }

  static Properties timeProperties() {
    Properties p = new Properties();
    p.setProperty("sutime.rules", StatelessSutimeRules.property());
    p.setProperty("sutime.includeRange", "false");
    p.setProperty("sutime.markTimeRanges", "false");
    p.setProperty("sutime.teRelHeurLevel", "MORE");
    p.setProperty("sutime.binders", "0");
    return p;
  }

  /**
   * Seconds each annotator has taken so far in this process, summed over the pooled pipelines:
   * CoreNLP's own accounting (in steps of 0.1 s per pipeline), then SUTime. Call it while no
   * article is being annotated.
   */
  public Map<String, Double> annotatorSeconds() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Tagger t : idle) {
      for (String line : t.pipeline().timingInformation().split("\n")) {
        Matcher m = TIMING_LINE.matcher(line.strip());
        if (m.matches() && !m.group(1).equals("TOTAL")) {
          out.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
        }
      }
    }
    out.put("SUTime", sutimeNanos.sum() / 1e9);
    return out;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    Tagger tagger = idle.poll();
    if (tagger == null) {
      tagger = newTagger();
    }
    try {
      return annotate(article, tagger);
    } finally {
      idle.push(tagger);
    }
  }

  private AnnotatedArticle annotate(Article article, Tagger tagger) {
    String text = article.text();
    Annotation doc = new Annotation(text);
    tagger.pipeline().annotate(doc);

    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    List<NamedSpan> spans = new ArrayList<>();
    List<CoreMap> timeCandidates = new ArrayList<>();
    int tokenIndex = 0;
    for (int si = 0; si < coreSentences.size(); si++) {
      CoreMap cs = coreSentences.get(si);
      List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      List<String> words = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        String written = text.substring(l.beginPosition(), l.endPosition());
        words.add(written);
        // a typographic apostrophe is the apostrophe to every rule: "didn’t" is "did" "n't"
        String word = written.replace('\u2019', '\'');
        String ner = l.ner() == null ? "O" : l.ner();
        String lemma = (l.lemma() == null ? word : l.lemma()).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        tokens.add(new Token(tokenIndex++, l.beginPosition(), l.endPosition(), word, l.tag(), lemma, ner));
      }
      Sentence sentence = new Sentence(si, cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens);
      sentences.add(sentence);
      collectNamedSpans(text, sentence, spans);
      if (TemporalCandidates.mayHoldTime(words)) {
        timeCandidates.addAll(timeWindows(text, cs, labels, si, words));
      }
    }
    long sutime = System.nanoTime();
    List<RawTimex> timexes = tagTimes(tagger.times(), text, article, timeCandidates);
    sutimeNanos.add(System.nanoTime() - sutime);
    return new AnnotatedArticle(article, sentences, spans, timexes);
  }

  private static void collectNamedSpans(String text, Sentence sentence, List<NamedSpan> out) {
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      EntityType type = entityType(t.ner());
      if (type == null) {
        i++;
        continue;
      }
      int j = i + 1;
      // a name never runs across a line break: a caption or a byline ends where its line does
      while (j < tokens.size() && tokens.get(j).ner().equals(t.ner())
          && !lineBreakBetween(text, tokens.get(j - 1).end(), tokens.get(j).start())) {
        j++;
      }
      int start = t.start();
      int end = tokens.get(j - 1).end();
      out.add(new NamedSpan(start, end, type, sentence.index(), text.substring(start, end)));
      i = j;
    }
  }

  private static boolean lineBreakBetween(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }

  private static EntityType entityType(String ner) {
    switch (ner) {
      case "PERSON":
        return EntityType.PERSON;
      case "ORGANIZATION":
        return EntityType.ORGANIZATION;
      case "LOCATION":
        return EntityType.LOCATION;
      case "MISC":
        return EntityType.MISC;
      default:
        return null;
    }
  }

  /**
   * The parts of a sentence the temporal tagger reads ({@link TemporalCandidates#windows}), each
   * a sentence of its own to SUTime with the offsets and token positions of its place in the text.
   */
  private static List<CoreMap> timeWindows(String text, CoreMap sentence, List<CoreLabel> labels, int index,
      List<String> words) {
    List<CoreMap> out = new ArrayList<>();
    int firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    for (int[] w : TemporalCandidates.windows(words)) {
      List<CoreLabel> tokens = labels.subList(w[0], w[1]);
      int begin = tokens.get(0).beginPosition();
      int end = tokens.get(tokens.size() - 1).endPosition();
      CoreMap window = new ArrayCoreMap();
      window.set(CoreAnnotations.TokensAnnotation.class, tokens);
      window.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
      window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
      window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
      // SUTime places what it finds by these: without them composite rules lose their matches
      window.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + w[0]);
      window.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + w[1]);
      window.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
      out.add(window);
    }
    return out;
  }

  private static List<RawTimex> tagTimes(TimeAnnotator times, String text, Article article,
      List<CoreMap> candidates) {
    List<RawTimex> out = new ArrayList<>();
    if (candidates.isEmpty()) {
      return out;
    }
    Annotation sub = new Annotation(text);
    sub.set(CoreAnnotations.SentencesAnnotation.class, candidates);
    if (article.date() != null) {
      sub.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
    }
    times.annotate(sub);
    List<CoreMap> found = sub.get(TimeAnnotations.TimexAnnotations.class);
    if (found == null) {
      return out;
    }
    for (CoreMap cm : found) {
      Timex timex = cm.get(TimeAnnotations.TimexAnnotation.class);
      int start = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      TimexType type = timexType(timex.timexType());
      if (type == null) {
        continue;
      }
      Integer sentence = cm.get(CoreAnnotations.SentenceIndexAnnotation.class);
      out.add(new RawTimex(start, end, text.substring(start, end), type, timex.value(),
          sentence == null ? -1 : sentence));
    }
    return out;
  }

  private static TimexType timexType(String type) {
    if (type == null) {
      return null;
    }
    try {
      return TimexType.valueOf(type);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
