package org.annals.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.annals.store.AnnalsStore;
import org.annals.store.query.StoreQueries;
import org.annals.store.query.TimelineEvent;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code annals timeline}: events of an entity, story or place, in the order they happened. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
        "Lists the events of an entity, a story or a place, ordered by when they happened, not by when they "
            + "were published: by the first day each may have happened (an event known only by its month sorts "
            + "at the month's first day), undated events last.",
        EventTable.COLUMNS,
        "Only what happened (asserted or claimed) unless --status says otherwise."},
    footer = {"", "Examples:", "  annals timeline --entity Zelensky --from 2025-06-01 --to 2025-06-30",
        "  annals timeline --story s3f2a --json", "  annals timeline --entity Zelensky --status all"})
final class TimelineCommand implements Callable<Integer> {

  static final class Focus {
    @Option(names = "--entity", paramLabel = "NAME", required = true,
        description = "A person, organisation or place by name or alias (any case), a person's surname, "
            + "or entity id.")
    String entity;

    @Option(names = "--story", paramLabel = "ID", required = true, description = "A story id (see 'annals story').")
    String story;

    @Option(names = "--place", paramLabel = "NAME", required = true,
        description = "Events that happened at this place (name or alias).")
    String place;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Focus focus;

  @Mixin
  DateRange dates;

  @Mixin
  StatusOption status;

  @Option(names = "--limit", defaultValue = "200", paramLabel = "N", converter = LimitConverter.class,
      description = "At most N events (the earliest). 0 for no limit. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Mixin
  StoreOptions store;

  @Override
  public Integer call() throws Exception {
    try (AnnalsStore s = store.open()) {
      StoreQueries q = s.queries().withStatuses(status.statuses());
      var fromDate = dates.fromDate();
      var toDate = dates.toDate();
      List<TimelineEvent> events = focus.entity != null ? q.entityTimeline(focus.entity, fromDate, toDate, limit)
          : focus.story != null ? q.storyTimeline(focus.story, fromDate, toDate, limit)
          : q.placeTimeline(focus.place, fromDate, toDate, limit);
      store.printEvents(events);
    }
    return 0;
  }
}
