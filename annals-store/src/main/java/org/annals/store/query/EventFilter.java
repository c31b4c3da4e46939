package org.annals.store.query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.annals.model.PloverType;

/**
 * Which events to list; every field may be null (no constraint).
 *
 * @param type a PLOVER type (ASSAULT, CONSULT, ...), any case; anything else is refused
 * @param from only events whose first possible day is on or after it
 * @param to only events whose first possible day is on or before it
 * @param place a place name or alias the event happened at
 * @param actor a name or alias of one of the event's actors
 */
public record EventFilter(String type, LocalDate from, LocalDate to, String place, String actor, int limit) {

  public EventFilter {
    if (type != null) {
      String upper = type.strip().toUpperCase(Locale.ROOT);
      if (Arrays.stream(PloverType.values()).noneMatch(t -> t.name().equals(upper))) {
        throw new IllegalArgumentException("'" + type + "' is not a PLOVER type; the types are "
            + Arrays.stream(PloverType.values()).map(Enum::name).collect(Collectors.joining(", ")));
      }
      type = upper;
    }
  }
}
