package org.annals.eval.warevents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The warevents gold (format: the README beside {@code guardian_2022_events.json}): events with
 * every sentence mentioning them and their day, non-event sentences and hard-negative pairs. Read
 * as score.py reads it: a mention without {@code kind} is a report, absent lists are empty.
 *
 * @param corpus the corpus file, relative to the data root (the gold file's grandparent folder)
 */
public record WarEventsGold(String corpus, List<Event> events, List<NonEvent> nonEvents,
    List<HardNegative> hardNegatives) {

  /** A sentence of a corpus article: code-point offsets, half-open. */
  public record GoldSpan(String article, int start, int end) {

    /** Whether a system mention of this article has its trigger start inside the sentence. */
    boolean holds(SystemMention m) {
      return start <= m.start() && m.start() < end;
    }
  }

  /** @param kind {@code report} or {@code reference} (null when the file says null) */
  public record Mention(GoldSpan span, String kind) {}

  /** @param date {@code YYYY-MM-DD}, or {@code YYYY-MM} for a month-level event */
  public record Event(String key, String date, List<Mention> mentions) {}

  /** @param why future, plan, hypothetical, negated, denied, question (null if absent) */
  public record NonEvent(GoldSpan span, String why) {}

  /** Two sentences of different articles reporting different events of the same type. */
  public record HardNegative(GoldSpan a, GoldSpan b) {}

  public static WarEventsGold read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    List<Event> events = new ArrayList<>();
    for (JsonNode ev : required(root, "events", file)) {
      List<Mention> mentions = new ArrayList<>();
      for (JsonNode m : required(ev, "mentions", file)) {
        JsonNode kind = m.get("kind");
        mentions.add(new Mention(span(m, file), kind == null ? "report" : textOrNull(kind)));
      }
      events.add(new Event(required(ev, "key", file).asText(), required(ev, "date", file).asText(), mentions));
    }
    List<NonEvent> nonEvents = new ArrayList<>();
    for (JsonNode ne : optional(root, "non_events")) {
      nonEvents.add(new NonEvent(span(ne, file), textOrNull(ne.get("why"))));
    }
    List<HardNegative> hardNegatives = new ArrayList<>();
    for (JsonNode hn : optional(root, "hard_negatives")) {
      hardNegatives.add(new HardNegative(span(required(hn, "a", file), file), span(required(hn, "b", file), file)));
    }
    return new WarEventsGold(textOrNull(root.get("corpus")), events, nonEvents, hardNegatives);
  }

  /** The articles the event mentions are in (score.py refuses a corpus missing any of them). */
  public Set<String> eventArticles() {
    Set<String> out = new LinkedHashSet<>();
    for (Event ev : events) {
      for (Mention m : ev.mentions()) {
        out.add(m.span().article());
      }
    }
    return out;
  }

  /**
   * The gold as if the corpus held only these articles: their mentions, events left with a
   * mention, non-events in them, hard negatives with both sides in them.
   */
  public WarEventsGold within(Set<String> articles) {
    List<Event> keptEvents = new ArrayList<>();
    for (Event ev : events) {
      List<Mention> kept = ev.mentions().stream().filter(m -> articles.contains(m.span().article())).toList();
      if (!kept.isEmpty()) {
        keptEvents.add(new Event(ev.key(), ev.date(), kept));
      }
    }
    return new WarEventsGold(corpus, keptEvents,
        nonEvents.stream().filter(ne -> articles.contains(ne.span().article())).toList(),
        hardNegatives.stream()
            .filter(hn -> articles.contains(hn.a().article()) && articles.contains(hn.b().article())).toList());
  }

  private static GoldSpan span(JsonNode n, Path file) throws IOException {
    return new GoldSpan(required(n, "article", file).asText(), integer(n, "start", file), integer(n, "end", file));
  }

  private static int integer(JsonNode n, String field, Path file) throws IOException {
    JsonNode v = required(n, field, file);
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new IOException(file + ": " + field + " is not an integer: " + n);
    }
    return v.intValue();
  }

  private static JsonNode required(JsonNode n, String field, Path file) throws IOException {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IOException(file + ": no " + field + " in " + abbreviated(n));
    }
    return v;
  }

  private static Iterable<JsonNode> optional(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null ? List.of() : v;
  }

  private static String textOrNull(JsonNode v) {
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String abbreviated(JsonNode n) {
    String s = n.toString();
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }
}
