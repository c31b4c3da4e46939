package org.annals.store.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.ingest.ArticleInput;
import org.annals.link.ArticleIds;
import org.annals.link.LinkedArticle;
import org.annals.link.StreamLinker;
import org.annals.link.date.InferredDate;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.annals.model.Extraction;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.pipeline.ArticlePipeline;
import org.annals.pipeline.OrderedParallel;
import org.annals.pipeline.TimeBudget;
import org.annals.store.AnnalsStore;
import org.annals.store.ArticleOrigin;

/**
 * Ingests an article stream into a store: extraction on N threads, then linking and storing one
 * article at a time in input order, each article in its own transaction.
 *
 * <p>Articles are named by the hash of their text, so an article already stored (by this run or
 * an earlier one, from any file) is passed over. The linker is first rebuilt from the stored
 * articles, so a run killed at any moment and started again continues as if never stopped.
 */
public final class Ingest {

  /** What became of one input. */
  public enum Result { ADDED, ALREADY_STORED, FAILED }

  /** Told of each input as it is done, in input order. */
  public interface Listener {
    /** @param problem what went wrong, for {@link Result#FAILED}; else null */
    void done(ArticleInput input, Result result, String problem);
  }

  /** Counts of a run. */
  public record Summary(long added, long alreadyStored, long failed) {}

  private final ArticlePipeline pipeline;
  private final AnnalsStore store;
  private final java.time.Duration articleBudget;
  private final StreamLinker linker = new StreamLinker();
  private boolean restored;

  public Ingest(ArticlePipeline pipeline, AnnalsStore store) {
    this(pipeline, store, TimeBudget.DEFAULT);
  }

  /** @param articleBudget how long one article's extraction may take before it is reported as too slow */
  public Ingest(ArticlePipeline pipeline, AnnalsStore store, java.time.Duration articleBudget) {
    this.pipeline = pipeline;
    this.store = store;
    this.articleBudget = articleBudget;
  }

  /** Rebuilds the linker from what the store holds; done once, before the first article. */
  public long restore() {
    return restore(() -> { });
  }

  /** As {@link #restore()}, telling {@code eachArticle} as each stored article is read. */
  public long restore(Runnable eachArticle) {
    long[] n = new long[1];
    if (!restored) {
      store.replay(stored -> {
        linker.observe(stored);
        n[0]++;
        eachArticle.run();
      });
      restored = true;
    }
    return n[0];
  }

  public Summary run(Iterator<ArticleInput> inputs, int threads, Listener listener) {
    restore();
    long[] counts = new long[3];
    Set<String> seen = new HashSet<>();
    OrderedParallel.run(inputs, this::extract, threads, work -> {
      Result result;
      String problem = work.problem;
      if (problem != null) {
        result = Result.FAILED;
      } else if (!seen.add(work.id) || work.extraction == null || store.contains(work.id)) {
        result = Result.ALREADY_STORED;
      } else {
        try {
          LinkedArticle linked = linker.link(work.extraction, sentences(work.doc), work.dateEvidence,
              inferred -> extract(withDate(work.extraction.article(), inferred)).extraction);
          store.put(linked, new ArticleOrigin(work.input.article().id(), work.input.origin()));
          result = Result.ADDED;
        } catch (RuntimeException | StackOverflowError e) {
          if (e instanceof org.annals.store.StoreException se) {
            throw se;
          }
          result = Result.FAILED;
          problem = e instanceof TimeBudget.TooSlow ? e.getMessage() : "linking failed: " + e;
        }
      }
      counts[result.ordinal()]++;
      listener.done(work.input, result, problem);
    });
    return new Summary(counts[0], counts[1], counts[2]);
  }

  /** One input, extracted (or found already stored, or failed): what the linking thread needs. */
  private record Work(ArticleInput input, String id, AnnotatedArticle doc, Extraction extraction,
      String dateEvidence, String problem) {}

  private Work extract(ArticleInput input) {
    if (!input.ok()) {
      return new Work(input, null, null, null, null, input.problem());
    }
    Article given = input.article();
    String id = ArticleIds.contentHash(given.text());
    if (store.contains(id)) {
      return new Work(input, id, null, null, null, null);
    }
    try {
      Article article = new Article(id, given.text(), given.date(), given.dateSource(), given.title(),
          given.source(), given.url(), given.textOffset());
      Extracted first = extract(article);
      if (article.date() == null) {
        Optional<InferredDate> fromText = linker.dateFromText(first.extraction);
        if (fromText.isPresent()) {
          Extracted dated = extract(withDate(article, fromText.get()));
          return new Work(input, id, dated.doc, dated.extraction, fromText.get().evidence(), null);
        }
      }
      return new Work(input, id, first.doc, first.extraction, null, null);
    } catch (TimeBudget.TooSlow e) {
      return new Work(input, id, null, null, null, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new Work(input, id, null, null, null, "extraction failed: " + e);
    }
  }

  private record Extracted(AnnotatedArticle doc, Extraction extraction) {}

  private Extracted extract(Article article) {
    return TimeBudget.run(articleBudget, () -> {
      AnnotatedArticle doc = pipeline.annotate(article);
      return new Extracted(doc, pipeline.extract(doc));
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
