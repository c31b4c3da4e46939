package org.annals.cli;

import java.util.concurrent.Callable;
import org.annals.store.AnnalsStore;
import org.annals.store.query.EventFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code annals events}: events by type, dates, place and actor. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {"Lists cross-document events by PLOVER type, date range, place and actor, in the order they "
        + "happened (by the first day each may have happened, undated events last), with figures and source counts.",
        EventTable.COLUMNS,
        "Only what happened (asserted or claimed) unless --status says otherwise."},
    footer = {"", "Examples:", "  annals events --type ASSAULT --place Kyiv --from 2025-06-01",
        "  annals events --status future,hypothetical --json"})
final class EventsCommand implements Callable<Integer> {

  @Option(names = "--type", paramLabel = "TYPE",
      description = "PLOVER type: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, "
          + "THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE or ASSAULT (any case); any other word is refused.")
  String type;

  @Mixin
  DateRange dates;

  @Mixin
  StatusOption status;

  @Option(names = "--place", paramLabel = "NAME", description = "Only events at this place (name or alias).")
  String place;

  @Option(names = "--actor", paramLabel = "NAME", description = "Only events with this actor (name or alias).")
  String actor;

  @Option(names = "--limit", defaultValue = "200", paramLabel = "N", converter = LimitConverter.class,
      description = "At most N events (the earliest). 0 for no limit. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Mixin
  StoreOptions store;

  @Override
  public Integer call() throws Exception {
    try (AnnalsStore s = store.open()) {
      var filter = new EventFilter(type, dates.fromDate(), dates.toDate(), place, actor, limit);
      var events = s.queries().withStatuses(status.statuses()).events(filter);
      store.printEvents(events);
    }
    return 0;
  }
}
