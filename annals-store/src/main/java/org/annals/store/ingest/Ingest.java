package org.annals.store.ingest;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.annals.ingest.ArticleInput;
import org.annals.link.ArticleIds;
import org.annals.link.LinkedArticle;
import org.annals.link.LinkerSnapshot;
import org.annals.link.StreamLinker;
import org.annals.pipeline.ArticlePipeline;
import org.annals.pipeline.OrderedParallel;
import org.annals.pipeline.TimeBudget;
import org.annals.store.AnnalsStore;
import org.annals.store.ArticleOrigin;
import org.annals.store.StoreException;

/**
 * Ingests an article stream into a store: extraction on N threads ({@link IngestExtraction}), then
 * linking and storing one article at a time in input order, each article in its own transaction.
 *
 * <p>Articles are named by the hash of their text, so an article already stored (by this run or
 * an earlier one, from any file) is passed over. The linker is first rebuilt from the store: its
 * linker snapshot, then the articles linked after it, so a run killed at any moment and started
 * again continues as if never stopped. A run saves a snapshot every {@link #SNAPSHOT_EVERY}
 * articles and at its end ({@link AnnalsStore#saveLinkerSnapshot}).
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

  /**
   * Articles linked between two snapshots within a run ({@code -Dannals.linker.snapshotEvery};
   * 0 keeps every article's replay copy and saves none, for relinking a store).
   */
  public static final int SNAPSHOT_EVERY = Integer.getInteger("annals.linker.snapshotEvery", 2000);
  /** A run ends with a snapshot once this many articles wait in the backlog (small runs share one). */
  static final int SNAPSHOT_AT_END = Math.min(100, SNAPSHOT_EVERY);

  private final IngestExtraction extraction;
  private final AnnalsStore store;
  private StreamLinker linker = new StreamLinker();
  private boolean restored;
  private long backlog;

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

  /**
   * Rebuilds the linker from what the store holds (its snapshot, then the articles linked after
   * it); done once, before the first article.
   *
   * @return how many articles were replayed after the snapshot
   */
  public long restore() {
    return restore(() -> { });
  }

  /** As {@link #restore()}, telling {@code eachArticle} as each article after the snapshot is replayed. */
  public long restore(Runnable eachArticle) {
    long[] n = new long[1];
    if (!restored) {
      store.linkerSnapshot().ifPresent(saved -> {
        try {
          linker = StreamLinker.restore(saved.state());
        } catch (LinkerSnapshot.Unreadable e) {
          throw new StoreException(store.location() + ": " + e.getMessage()
              + "; this store's linking can be continued only by the Annals that wrote it", e);
        }
      });
      store.replay(stored -> {
        linker.observe(stored);
        n[0]++;
        eachArticle.run();
      });
      backlog = n[0];
      restored = true;
    }
    return n[0];
  }

  /** Saves the linker's state when the backlog of articles linked since the last snapshot holds {@code atLeast}. */
  private void snapshotIfDue(long atLeast) {
    if (SNAPSHOT_EVERY > 0 && backlog > 0 && backlog >= atLeast) {
      store.saveLinkerSnapshot(new AnnalsStore.LinkerState(LinkerSnapshot.FORMAT, linker.snapshot()));
      backlog = 0;
    }
  }

  public Summary run(Iterator<ArticleInput> inputs, int threads, Listener listener) {
    restore();
    Linking linking = new Linking(listener);
    OrderedParallel.run(inputs, this::extract, threads, linking::link);
    snapshotIfDue(SNAPSHOT_AT_END);
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
    snapshotIfDue(SNAPSHOT_AT_END);
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
          backlog++;
          result = Result.ADDED;
        } catch (RuntimeException | StackOverflowError e) {
          if (e instanceof StoreException se) {
            throw se;
          }
          result = Result.FAILED;
          problem = e instanceof TimeBudget.TooSlow ? e.getMessage() : "linking failed: " + e;
        }
      }
      counts[result.ordinal()]++;
      listener.done(work.input(), result, problem);
      snapshotIfDue(SNAPSHOT_EVERY);
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
