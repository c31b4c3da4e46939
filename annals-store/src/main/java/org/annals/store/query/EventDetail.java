package org.annals.store.query;

import java.util.List;

/** One cross-document event with every sentence that mentions it, oldest article first. */
public record EventDetail(TimelineEvent event, List<EventReport> reports) {

  public EventDetail {
    reports = List.copyOf(reports);
  }
}
