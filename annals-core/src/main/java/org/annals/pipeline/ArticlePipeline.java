package org.annals.pipeline;

import java.util.List;
import org.annals.annotate.Annotator;
import org.annals.annotate.CoreNlpAnnotator;
import org.annals.extract.entity.EntityResolver;
import org.annals.extract.event.EventExtractor;
import org.annals.extract.figure.FigureExtractor;
import org.annals.extract.place.Gazetteer;
import org.annals.extract.place.PlaceResolver;
import org.annals.extract.quote.QuoteAttributor;
import org.annals.extract.time.TimeNormalizer;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.Entity;
import org.annals.model.Event;
import org.annals.model.Extraction;
import org.annals.model.Figure;
import org.annals.model.Place;
import org.annals.model.Quote;
import org.annals.model.TimeExpression;

/**
 * The per-article pipeline, assembled in one place: annotate, then each extractor in turn.
 * Thread-safe: extractors keep no per-article state and the annotator has one CoreNLP pipeline
 * per thread.
 */
public final class ArticlePipeline {

  private final Annotator annotator;
  private final TimeNormalizer times;
  private final EntityResolver entities;
  private final PlaceResolver places;
  private final QuoteAttributor quotes;
  private final FigureExtractor figures;
  private final EventExtractor events;
  private final StageTimes stageTimes = new StageTimes();

  public ArticlePipeline(Annotator annotator, Gazetteer gazetteer) {
    this.annotator = annotator;
    this.times = new TimeNormalizer();
    this.entities = new EntityResolver(gazetteer);
    this.places = new PlaceResolver(gazetteer);
    this.quotes = new QuoteAttributor(name -> gazetteer.findPlace(name).isPresent());
    this.figures = new FigureExtractor();
    this.events = new EventExtractor(gazetteer);
  }

  /** The default pipeline: CoreNLP underneath and the built-in gazetteer. */
  public static ArticlePipeline standard() {
    return new ArticlePipeline(CoreNlpAnnotator.shared(), Gazetteer.builtIn());
  }

  /** The stages in order, as a person would list them. */
  public List<String> stages() {
    return List.of("annotate (CoreNLP: tokenize, ssplit, pos, lemma, ner, SUTime)", "times", "entities",
        "places", "quotes", "figures", "events");
  }

  public Extraction extract(Article article) {
    return extract(annotate(article));
  }

  /** The annotation stage alone (for evaluations that score it directly). */
  public AnnotatedArticle annotate(Article article) {
    long start = System.nanoTime();
    AnnotatedArticle doc = annotator.annotate(article);
    stageTimes.lap("annotate", start);
    return doc;
  }

  public Extraction extract(AnnotatedArticle doc) {
    TimeBudget.checkpoint();
    long at = System.nanoTime();
    List<TimeExpression> t = times.normalize(doc);
    at = stageTimes.lap("times", at);
    List<Entity> e = entities.resolve(doc);
    at = stageTimes.lap("entities", at);
    List<Place> p = places.resolve(doc, e);
    at = stageTimes.lap("places", at);
    TimeBudget.checkpoint();
    QuoteAttributor.Attributed attributed = quotes.attribute(doc, e);
    List<Quote> q = attributed.quotes();
    e = attributed.entities(); // with the speakers the tagger missed
    at = stageTimes.lap("quotes", at);
    List<Figure> f = figures.extract(doc);
    at = stageTimes.lap("figures", at);
    TimeBudget.checkpoint();
    List<Event> v = events.extract(doc, e, t, f, p, q);
    stageTimes.lap("events", at);
    return new Extraction(doc.article(), e, t, p, q, f, v);
  }

  /** Thread time spent in each stage so far (annotation as a whole; {@link CoreNlpAnnotator} splits it). */
  public StageTimes stageTimes() {
    return stageTimes;
  }

  /** The annotator underneath. */
  public Annotator annotator() {
    return annotator;
  }
}
