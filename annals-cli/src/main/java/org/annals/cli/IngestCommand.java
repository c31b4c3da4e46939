package org.annals.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.annals.ingest.ArticleReader;
import org.annals.ingest.InputCount;
import org.annals.pipeline.ArticlePipeline;
import org.annals.store.AnnalsStore;
import org.annals.store.StoreBusyException;
import org.annals.store.StoreLocation;
import org.annals.store.ingest.ExtractionAhead;
import org.annals.store.ingest.Ingest;
import org.annals.store.ingest.IngestExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals ingest}: extract, link and store articles. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
        "Reads articles (text, JSON Lines, HTML, RSS/Atom feeds, WARC/WARC.gz archives; files, folders, "
            + "http(s) URLs of feeds or pages, or '-' for stdin), extracts them, links them across articles "
            + "(entities, events, stories, document dates) and stores everything in an embedded store file.",
        "Articles are named by a hash of their text: ingesting the same articles again changes nothing. Each "
            + "article is stored in its own transaction: a run killed at any moment and started again "
            + "continues where it stopped. A bad input is reported on stderr and the rest goes on; the exit "
            + "status is 1 when some input failed.",
        "On an existing store the linkers start from the snapshot the last run saved. A SQLite store whose "
            + "last writer did not close it cleanly (a crash, a kill) or that changed since is checked "
            + "(quick_check, at most 30 s) before the first write, beside the models' loading; a damaged one "
            + "is refused with nothing written."},
    footer = {"", "Examples:", "  annals ingest examples/articles --db annals.db",
        "  annals ingest news.warc.gz feeds/*.rss --db annals.db --threads 2",
        "  annals ingest https://example.org/world/rss --db annals.db"})
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH|URL|-", description = "Input files, folders, URLs, or '-' for stdin.")
  List<String> inputs;

  @Option(names = "--db", defaultValue = DbOption.DEFAULT, paramLabel = "STORE",
      description = "The store, created if absent. " + DbOption.WHAT + " Several ingests may write into one "
          + "PostgreSQL store at once (each extracts while it waits for its turn to link and store). Default: $ANNALS_DB, else annals.db (now "
          + "${DEFAULT-VALUE}).")
  StoreLocation db;

  @Mixin
  InputOptions read;

  /** Extracted inputs held in memory at most while another writer holds the store. */
  private static final int AHEAD = 64;

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    Consumer<String> say = message -> {
      if (!read.quiet) {
        err.println("ingest: " + message);
      }
    };
    AnnalsStore free = openIfFree(say);
    if (free != null) {
      try (AnnalsStore store = free) {
        // the linkers read the store back while the models load: a restart waits for the longer of the two
        CompletableFuture<ArticlePipeline> models = CompletableFuture.supplyAsync(() -> {
          try {
            return read.pipeline("ingest");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }, r -> {
          Thread t = new Thread(r, "annals-models");
          t.setDaemon(true);
          t.start();
        });
        Ingest ingest = new Ingest(new IngestExtraction(models::join, read.articleBudget()), store);
        restore(store, ingest, err);
        loaded(models);
        Progress progress = progress(err);
        try (ArticleReader reader = new ArticleReader(inputs, read.format(), read.maxChars)) {
          return finish(store, ingest.run(reader, read.threads(), listener(err, progress)), progress, err);
        }
      }
    }
    // another writer holds a store whose writers wait: extract meanwhile, link and store once it is ours
    IngestExtraction extraction = new IngestExtraction(read.pipeline("ingest"), read.articleBudget());
    say.accept("another writer holds " + db + "; extracting while waiting for it");
    try (ArticleReader reader = new ArticleReader(inputs, read.format(), read.maxChars);
        ExtractionAhead ahead = ExtractionAhead.start(reader, extraction::extract, read.threads(), AHEAD);
        AnnalsStore store = AnnalsStore.open(db, say)) {
      Ingest ingest = new Ingest(extraction, store);
      restore(store, ingest, err);
      Progress progress = progress(err);
      return finish(store, ingest.link(ahead, listener(err, progress)), progress, err);
    }
  }

  /** The store, opened for writing; null where another writer holds it and this one may wait. */
  private AnnalsStore openIfFree(Consumer<String> say) {
    if (!db.dialect().writersWait()) {
      return AnnalsStore.open(db, say);
    }
    try {
      return AnnalsStore.open(db, say, Duration.ZERO);
    } catch (StoreBusyException busy) {
      return null;
    }
  }

  /** Waits for the models; their loading's failure is the command's. */
  private static void loaded(CompletableFuture<ArticlePipeline> models) throws IOException {
    try {
      models.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  private void restore(AnnalsStore store, Ingest ingest, PrintStream err) {
    long held = store.articleCount();
    long after = store.backlogSize();
    if (held > 0 && !read.quiet) {
      boolean snapshot = store.hasLinkerSnapshot();
      err.println("ingest: " + db + " holds " + held + " articles; continuing from there (the linkers read "
          + (snapshot ? "their snapshot, then the " + after + " articles linked after it" : "every article back")
          + ")");
    }
    long start = System.nanoTime();
    Progress reading = new Progress(err, "restore", after, after > 0 && !read.quiet);
    ingest.restore(() -> reading.step(true));
    reading.finish();
    if (held > 0 && !read.quiet) {
      err.printf(java.util.Locale.ROOT, "ingest: linkers restored in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
  }

  private Progress progress(PrintStream err) {
    return new Progress(err, "ingest", InputCount.of(inputs, read.format()), !read.quiet);
  }

  private static Ingest.Listener listener(PrintStream err, Progress progress) {
    return (input, result, problem) -> {
      if (result == Ingest.Result.FAILED) {
        err.println("annals ingest: " + input.origin() + ": " + problem);
      }
      progress.step(result != Ingest.Result.FAILED);
    };
  }

  private int finish(AnnalsStore store, Ingest.Summary summary, Progress progress, PrintStream err) {
    progress.finish();
    if (!read.quiet) {
      err.println("ingest: " + summary.added() + " added, " + summary.alreadyStored() + " already stored, "
          + summary.failed() + " failed; " + db + " now holds " + store.articleCount() + " articles");
    }
    return summary.failed() == 0 ? ExitCode.OK : ExitCode.INPUTS_REJECTED;
  }
}
