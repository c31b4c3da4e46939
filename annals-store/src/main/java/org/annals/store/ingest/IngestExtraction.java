package org.annals.store.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.ingest.ArticleInput;
import org.annals.link.ArticleIds;
import org.annals.link.StreamLinker;
import org.annals.link.date.InferredDate;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.annals.model.Extraction;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.pipeline.ArticlePipeline;
import org.annals.pipeline.TimeBudget;

/**
 * The extraction half of {@link Ingest}: one input, named by the hash of its text, extracted
 * (again with the date its own text gives, where it has none) within its time budget. Thread-safe
 * and needs no store, so that a Spark task runs it on the executor that read the input.
 */
public final class IngestExtraction {

  private final java.util.function.Supplier<ArticlePipeline> pipeline;
  private final Duration articleBudget;

  /** @param articleBudget how long one article's extraction may take before it is reported as too slow */
  public IngestExtraction(ArticlePipeline pipeline, Duration articleBudget) {
    this(() -> pipeline, articleBudget);
  }

  /**
   * @param pipeline gives the pipeline at the first extraction, which waits for it (models still
   *     loading while the linkers read the store back)
   */
  public IngestExtraction(java.util.function.Supplier<ArticlePipeline> pipeline, Duration articleBudget) {
    this.pipeline = pipeline;
    this.articleBudget = articleBudget;
  }

  public Extracted extract(ArticleInput input) {
    if (!input.ok()) {
      return Extracted.failed(input, null, input.problem());
    }
    Article given = input.article();
    String id = ArticleIds.contentHash(given.text());
    try {
      Article article = new Article(id, given.text(), given.date(), given.dateSource(), given.title(),
          given.source(), given.url(), given.textOffset());
      Annotated first = annotated(article);
      if (article.date() == null) {
        Optional<InferredDate> fromText = StreamLinker.dateFromText(first.extraction);
        if (fromText.isPresent()) {
          Annotated dated = annotated(withDate(article, fromText.get()));
          return new Extracted(input, id, dated.extraction, sentences(dated.doc), fromText.get().evidence(), null);
        }
      }
      return new Extracted(input, id, first.extraction, sentences(first.doc), null, null);
    } catch (TimeBudget.TooSlow e) {
      return Extracted.failed(input, id, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return Extracted.failed(input, id, "extraction failed: " + e);
    }
  }

  /** The article extracted again with a date the stream gave it while linking. */
  Extraction redated(Article article, InferredDate inferred) {
    return annotated(withDate(article, inferred)).extraction;
  }

  private record Annotated(AnnotatedArticle doc, Extraction extraction) {}

  private Annotated annotated(Article article) {
    return TimeBudget.run(articleBudget, () -> {
      ArticlePipeline p = pipeline.get();
      AnnotatedArticle doc = p.annotate(article);
      return new Annotated(doc, p.extract(doc));
    });
  }

  private static Article withDate(Article a, InferredDate inferred) {
    return new Article(a.id(), a.text(), inferred.date(), DateSource.INFERRED, a.title(), a.source(), a.url(),
        a.textOffset());
  }

  private static List<Span> sentences(AnnotatedArticle doc) {
    List<Span> out = new ArrayList<>(doc.sentences().size());
    for (Sentence s : doc.sentences()) {
      out.add(new Span(s.start(), s.end()));
    }
    return out;
  }
}
