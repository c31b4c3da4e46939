package org.annals.store.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.model.EventStatus;

/**
 * Which statuses an event list keeps: {@link #HAPPENED} (asserted or claimed: what the reports say
 * took place), {@link #ALL}, or any set of them. Applied to an event's status (timelines, event
 * lists, counts, the events export) or to a mention's own status (the mentions export).
 */
public record EventStatuses(Set<EventStatus> statuses) {

  /** What happened: asserted, or claimed by a party. */
  public static final EventStatuses HAPPENED = new EventStatuses(EnumSet.of(EventStatus.ASSERTED, EventStatus.CLAIMED));

  public static final EventStatuses ALL = new EventStatuses(EnumSet.allOf(EventStatus.class));

  public EventStatuses {
    if (statuses.isEmpty()) {
      throw new IllegalArgumentException("no status given");
    }
    statuses = Collections.unmodifiableSet(EnumSet.copyOf(statuses));
  }

  /**
   * {@code happened}, {@code all}, or a comma list of statuses (asserted, claimed, negated,
   * hypothetical, future, denied), any case.
   */
  public static EventStatuses parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("happened")) {
      return HAPPENED;
    }
    if (t.equals("all")) {
      return ALL;
    }
    List<EventStatus> out = new ArrayList<>();
    for (String part : t.split(",")) {
      String name = part.strip();
      EventStatus s = Arrays.stream(EventStatus.values()).filter(v -> v.wireName().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a status: happened, all, or any of "
              + Arrays.stream(EventStatus.values()).map(EventStatus::wireName).collect(Collectors.joining(", "))));
      out.add(s);
    }
    return new EventStatuses(EnumSet.copyOf(out));
  }

  public boolean isAll() {
    return statuses.size() == EventStatus.values().length;
  }

  /**
   * The SQL condition keeping these statuses of a status column ({@code e.status}): the values are
   * the enum's own names, never user text, so they are written as literals.
   */
  public String sqlCondition(String column) {
    if (isAll()) {
      return "1 = 1";
    }
    return statuses.stream().map(s -> "'" + s.wireName() + "'")
        .collect(Collectors.joining(", ", column + " IN (", ")"));
  }

  @Override
  public String toString() {
    return this.equals(HAPPENED) ? "happened" : isAll() ? "all"
        : statuses.stream().map(EventStatus::wireName).collect(Collectors.joining(","));
  }
}
