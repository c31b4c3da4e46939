package org.annals.cli;

import java.util.concurrent.Callable;
import org.annals.store.AnnalsStore;
import org.annals.store.query.QuoteRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code annals quotes --speaker NAME}: every quote of a person or organisation. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "Lists the quotations of a speaker (name or alias, any case; else the words the articles used "
        + "for the speaker), oldest first, with the article, its date and outlet.",
    footer = {"", "Example:", "  annals quotes --speaker Rubio"})
final class QuotesCommand implements Callable<Integer> {

  @Option(names = "--speaker", required = true, paramLabel = "NAME", description = "The speaker's name, alias or surname.")
  String speaker;

  @Option(names = "--limit", defaultValue = "200", paramLabel = "N", converter = LimitConverter.class, description = "At most N quotes. 0 for no limit. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Mixin
  StoreOptions store;

  @Override
  public Integer call() throws Exception {
    try (AnnalsStore s = store.open()) {
      var quotes = s.queries().quotes(speaker, limit);
      if (store.json) {
        store.printJson(System.out, quotes);
        return 0;
      }
      if (quotes.isEmpty()) {
        System.out.println("No quotes of '" + speaker + "'.");
      }
      for (QuoteRecord q : quotes) {
        System.out.println((q.date() == null ? "undated" : q.date()) + "  " + (q.source() == null ? "" : q.source() + "  ")
            + q.articleId() + (q.title() == null ? "" : "  " + q.title()));
        // a direct quote's text carries its own quote marks
        System.out.println("  " + q.speaker() + ": " + q.text());
        System.out.println();
      }
    }
    return 0;
  }
}
