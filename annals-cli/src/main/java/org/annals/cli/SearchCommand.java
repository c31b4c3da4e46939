package org.annals.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.annals.store.AnnalsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals search TEXT}: full-text search over articles and quotes. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Full-text search over article titles and texts and quote texts (all words must occur), best "
        + "match first (BM25; words found in more than 5,000 texts are ranked among their newest 5,000), with a "
        + "snippet ([matched] words in brackets).",
    footer = {"", "Example:", "  annals search death toll Kyiv"})
final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "WORD", description = "The words to find.")
  List<String> words;

  @Option(names = "--limit", defaultValue = "20", paramLabel = "N", converter = LimitConverter.class, description = "At most N hits. 0 for no limit. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Mixin
  StoreOptions store;

  @Override
  public Integer call() throws Exception {
    try (AnnalsStore s = store.open()) {
      var hits = s.queries().search(String.join(" ", words), limit);
      if (store.json) {
        store.printJson(System.out, hits);
        return 0;
      }
      TextTable t = new TextTable("DATE", "KIND", "ARTICLE", "TITLE", "SNIPPET");
      hits.forEach(h -> t.row(h.date(), h.kind(), h.articleId(), h.title(), h.snippet()));
      t.print(System.out);
    }
    return 0;
  }
}
