package org.annals.cli;

import java.util.concurrent.Callable;
import org.annals.store.AnnalsStore;
import org.annals.store.query.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals story [ID]}: the list of stories, or one story's articles and timeline. */
@Command(
    name = "story",
    mixinStandardHelpOptions = true,
    description = {"Without ID: lists stories, most recently updated first, with label, article and event counts "
        + "and date span. With ID: the story's articles in date order and its events as a timeline (see "
        + "'annals timeline --help').",
        "Events, and the event counts, are only what happened (asserted or claimed) unless --status says otherwise."},
    footer = {"", "Examples:", "  annals story", "  annals story s3f2a --json", "  annals story s3f2a --status all"})
final class StoryCommand implements Callable<Integer> {

  @Parameters(paramLabel = "ID", arity = "0..1", description = "A story id; omit to list stories.")
  String id;

  @Option(names = "--limit", defaultValue = "100", paramLabel = "N", converter = LimitConverter.class,
      description = "At most N stories, or N events of one story. 0 for no limit. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Mixin
  StatusOption status;

  @Mixin
  StoreOptions store;

  @Override
  public Integer call() throws Exception {
    try (AnnalsStore s = store.open()) {
      var queries = s.queries().withStatuses(status.statuses());
      if (id == null) {
        var stories = queries.stories(limit);
        if (store.json) {
          store.printJson(System.out, stories);
        } else {
          TextTable t = new TextTable("STORY", "FROM", "TO", "ARTICLES", "EVENTS", "LABEL");
          for (StorySummary st : stories) {
            t.row(st.id(), st.firstDate(), st.lastDate(), st.articleCount(), st.eventCount(), st.label());
          }
          t.print(System.out);
        }
        return 0;
      }
      var story = queries.story(id, limit);
      if (story.isEmpty()) {
        System.err.println("annals story: no story '" + id + "' in " + store.db());
        return ExitCode.USAGE;
      }
      if (store.json) {
        store.printJson(System.out, story.get());
        return 0;
      }
      var sum = story.get().summary();
      System.out.println(sum.label() + "  (" + sum.id() + ", " + sum.articleCount() + " articles, "
          + sum.firstDate() + " .. " + sum.lastDate() + ")");
      System.out.println();
      TextTable t = new TextTable("DATE", "SOURCE", "ARTICLE", "TITLE");
      story.get().articles().forEach(a -> t.row(a.date(), a.source(), a.id(), a.title()));
      t.print(System.out);
      System.out.println();
      EventTable.print(System.out, story.get().events());
    }
    return 0;
  }
}
