package org.annals.store.ingest;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.annals.ingest.ArticleInput;
import org.annals.link.ArticleIds;
import org.annals.link.LinkedArticle;
import org.annals.link.StreamLinker;
import org.annals.pipeline.ArticlePipeline;
import org.annals.pipeline.OrderedParallel;
import org.annals.pipeline.TimeBudget;
import org.annals.store.AnnalsStore;
import org.annals.store.ArticleOrigin;

/**
 * Ingests an article stream into a store: extraction on N threads ({@link IngestExtraction}), then
 * linking and storing one article at a time in input order, each article in its own transaction.
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

  private final IngestExtraction extraction;
  private final AnnalsStore store;
  private final StreamLinker linker = new StreamLinker();
  private boolean restored;

  public Ingest(ArticlePipeline pipeline, AnnalsStore store) {
    this(pipeline, store, TimeBudget.DEFAULT);
  }

  /** @param articleBudget how long one article's extraction may take before it is reported as too slow */
  public Ingest(ArticlePipeline pipeline, AnnalsStore store, java.time.Duration articleBudget) {
    this(new IngestExtraction(pipeline, articleBudget), store);
  }

  /** @param extraction extracts the articles, and again an article the stream dates while linking */
  public Ingest(IngestExtraction extraction, AnnalsStore store) {
    this.extraction = extraction;
    this.store = store;
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
    Linking linking = new Linking(listener);
    OrderedParallel.run(inputs, this::extract, threads, linking::link);
    return linking.summary();
  }

  /**
   * Links and stores inputs extracted elsewhere ({@link IngestExtraction#extract}, on the executors
   * of a Spark job), given in input order; the store and ids are those {@link #run} makes of the
   * same inputs.
   */
  public Summary link(Iterator<Extracted> extracted, Listener listener) {
    restore();
    Linking linking = new Linking(listener);
    extracted.forEachRemaining(linking::link);
    return linking.summary();
  }

  /** The linking half: one extracted input at a time, in input order, on one thread. */
  private final class Linking {
    private final Listener listener;
    private final long[] counts = new long[3];
    private final Set<String> seen = new HashSet<>();

    Linking(Listener listener) {
      this.listener = listener;
    }

    void link(Extracted work) {
      Result result;
      String problem = work.problem();
      if (problem != null) {
        result = Result.FAILED;
      } else if (!seen.add(work.id()) || work.extraction() == null || store.contains(work.id())) {
        result = Result.ALREADY_STORED;
      } else {
        try {
          LinkedArticle linked = linker.link(work.extraction(), work.sentences(), work.dateEvidence(),
              inferred -> extraction.redated(work.extraction().article(), inferred));
          store.put(linked, new ArticleOrigin(work.input().article().id(), work.input().origin()));
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
      listener.done(work.input(), result, problem);
    }

    Summary summary() {
      return new Summary(counts[0], counts[1], counts[2]);
    }
  }

  /** An input already stored is not extracted again. */
  private Extracted extract(ArticleInput input) {
    if (input.ok()) {
      String id = ArticleIds.contentHash(input.article().text());
      if (store.contains(id)) {
        return Extracted.alreadyStored(input, id);
      }
    }
    return extraction.extract(input);
  }
}
