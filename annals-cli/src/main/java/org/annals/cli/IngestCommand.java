package org.annals.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.ingest.ArticleReader;
import org.annals.ingest.InputCount;
import org.annals.ingest.InputFormat;
import org.annals.store.AnnalsStore;
import org.annals.store.StoreLocation;
import org.annals.store.ingest.Ingest;
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
            + "status is 1 when some input failed."},
    footer = {"", "Examples:", "  annals ingest examples/articles --db annals.db",
        "  annals ingest news.warc.gz feeds/*.rss --db annals.db --threads 2",
        "  annals ingest https://example.org/world/rss --db annals.db"})
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH|URL|-", description = "Input files, folders, URLs, or '-' for stdin.")
  List<String> inputs;

  @Option(names = "--db", defaultValue = DbOption.DEFAULT, paramLabel = "STORE",
      description = "The store, created if absent. " + DbOption.WHAT + " Several ingests may write into one "
          + "PostgreSQL store at once (each waits its turn). Default: $ANNALS_DB, else annals.db (now "
          + "${DEFAULT-VALUE}).")
  StoreLocation db;

  @Mixin
  InputOptions read;

  @Override
  public Integer call() throws Exception {
    InputFormat format = read.format();
    int n = read.threads();
    PrintStream err = System.err;
    try (AnnalsStore store = AnnalsStore.open(db, message -> {
      if (!read.quiet) {
        err.println("ingest: " + message);
      }
    })) {
      Ingest ingest = new Ingest(read.pipeline("ingest"), store, read.articleBudget());
      long held = store.articleCount();
      if (held > 0 && !read.quiet) {
        err.println("ingest: " + db + " holds " + held + " articles; continuing from there (reading them back "
            + "into the linkers first)");
      }
      Progress reading = new Progress(err, "restore", held, held > 0 && !read.quiet);
      ingest.restore(() -> reading.step(true));
      reading.finish();
      Progress progress = new Progress(err, "ingest", InputCount.of(inputs, format), !read.quiet);
      Ingest.Summary summary;
      try (ArticleReader reader = new ArticleReader(inputs, format, read.maxChars)) {
        summary = ingest.run(reader, n, (input, result, problem) -> {
          if (result == Ingest.Result.FAILED) {
            err.println("annals ingest: " + input.origin() + ": " + problem);
          }
          progress.step(result != Ingest.Result.FAILED);
        });
      }
      progress.finish();
      if (!read.quiet) {
        err.println("ingest: " + summary.added() + " added, " + summary.alreadyStored() + " already stored, "
            + summary.failed() + " failed; " + db + " now holds " + store.articleCount() + " articles");
      }
      return summary.failed() == 0 ? ExitCode.OK : ExitCode.INPUTS_REJECTED;
    }
  }
}
