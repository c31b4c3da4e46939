package org.annals.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annals.ingest.ArticleInput;
import org.annals.ingest.ArticleReader;
import org.annals.ingest.InputFormat;
import org.annals.model.Extraction;
import org.annals.output.ExtractionWriter;
import org.annals.pipeline.ArticlePipeline;
import org.annals.pipeline.OrderedParallel;
import org.annals.pipeline.TimeBudget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code annals extract}: articles in, one JSON line of extracted facts per article out. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
        "Extracts entities, times, places, quotes, figures and PLOVER events from each article and writes "
            + "JSON Lines, one line per article, in input order.",
        "Inputs: plain text (optionally led by a 'date YYYY-MM-DD' header), JSON Lines "
            + "({\"id\",\"text\",\"date\",\"title\",\"source\",\"url\"}), HTML pages, RSS/Atom feeds, WARC/WARC.gz "
            + "archives; files, folders (read recursively), http(s) URLs or stdin.",
        "Bad inputs are reported on stderr with their file and line; the rest are still extracted, "
            + "and the exit status is 1 if any failed."},
    footer = {"", "Examples:",
        "  annals extract --in examples/articles --out out/examples.jsonl",
        "  cat articles.jsonl | annals extract --in - --in-format jsonl --threads 2"})
final class ExtractCommand implements Callable<Integer> {

  @Option(names = "--in", required = true, arity = "1..*", paramLabel = "FILE|DIR|-",
      description = "Input files, folders or http(s) URLs of feeds and pages; '-' reads standard input.")
  List<String> inputs;

  @Option(names = "--out", defaultValue = "-", paramLabel = "FILE|-",
      description = "Output JSON Lines file; '-' is standard output. Default: ${DEFAULT-VALUE}.")
  String out;

  @Mixin
  InputOptions read;

  /** What became of one input. */
  private record Outcome(ArticleInput input, Extraction extraction, String error) {}

  @Override
  public Integer call() throws IOException {
    InputFormat format = read.format();
    int n = read.threads();
    ArticlePipeline pipeline = read.pipeline("extract");
    PrintStream err = System.err;
    Progress progress = new Progress(err, "extract", 0, !read.quiet);
    int[] failed = new int[1];
    try (ArticleReader reader = new ArticleReader(inputs, format, read.maxChars);
        OutputStream sink = open(out)) {
      java.time.Duration budget = read.articleBudget();
      OrderedParallel.run(reader, input -> process(pipeline, input, budget), n, outcome -> {
        if (outcome.error() != null) {
          failed[0]++;
          err.println("annals extract: " + outcome.input().origin() + ": " + outcome.error());
        } else {
          try {
            ExtractionWriter.writeLine(sink, outcome.extraction());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        progress.step(outcome.error() == null);
      });
    }
    progress.finish();
    return failed[0] == 0 ? ExitCode.OK : ExitCode.INPUTS_REJECTED;
  }

  private static Outcome process(ArticlePipeline pipeline, ArticleInput input, java.time.Duration budget) {
    if (!input.ok()) {
      return new Outcome(input, null, input.problem());
    }
    try {
      return new Outcome(input, TimeBudget.run(budget, () -> pipeline.extract(input.article())), null);
    } catch (TimeBudget.TooSlow e) {
      return new Outcome(input, null, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(input, null, "extraction failed: " + e);
    }
  }

  private static OutputStream open(String out) throws IOException {
    if (out.equals("-")) {
      return new BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    Path p = Path.of(out);
    if (p.getParent() != null) {
      Files.createDirectories(p.getParent());
    }
    return new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
  }
}
