package org.annals.cli;

import org.annals.store.query.EventStatuses;
import picocli.CommandLine.Option;

/** {@code --status}: which events an event list keeps, by what the reports say of them. */
final class StatusOption {

  static final String VALUES = "happened (asserted or claimed: what the reports say took place), all, or a comma "
      + "list of asserted, claimed, negated, hypothetical, future, denied";

  @Option(names = "--status", defaultValue = "happened", paramLabel = "STATUSES",
      description = "Only events of these statuses: " + VALUES + ". An event is asserted where any report asserts "
          + "it, else claimed where a party claims it, else what most reports say. Default: ${DEFAULT-VALUE}.")
  String status;

  EventStatuses statuses() {
    return EventStatuses.parse(status);
  }
}
