package org.annals.store.export;

import java.util.List;
import java.util.Locale;
import org.annals.store.query.EventStatuses;

/** What {@code annals export} writes, each with its columns in order. */
public enum ExportSubject {
  EVENTS(List.of(
      new Column("schema_version", "integer", "export schema version"),
      new Column("event_id", "string", "cross-document event id"),
      new Column("type", "string", "PLOVER type (ASSAULT, CONSULT, ...), the one most mentions give"),
      new Column("mode", "string", "PLOVER mode (drone, phone, ...) or null"),
      new Column("status", "string", "asserted where any mention asserts it, else claimed (what happened); with "
          + "--status also negated, hypothetical, future or denied (what most mentions say)"),
      new Column("day", "date", "the day it happened, where a day is known (date_precision day); else null"),
      new Column("date_value", "string", "what is known of when it happened: 2022-03-04, 2022-W10, 2022-03, "
          + "2022-SU, 2022-Q1, 2022-H2, 2022, 202 (a decade); null where undated"),
      new Column("date_precision", "string", "day, week, month, season, quarter, half, year or decade; null where "
          + "undated"),
      new Column("time_precision", "integer", "ACLED's time precision: 1 day, 2 week, 3 month or coarser; null where "
          + "undated"),
      new Column("date_source", "string", "text (a mention gives the date) or report (no mention dates it: the date "
          + "of its first news report); null where undated"),
      new Column("place_id", "string", "entity id of the place most mentions give, or null"),
      new Column("place", "string", "that place's name"),
      new Column("actors", "string_list", "actor names"),
      new Column("actor_ids", "string_list", "actor entity ids (unlinked actors left out)"),
      new Column("recipients", "string_list", "recipient / target names"),
      new Column("recipient_ids", "string_list", "recipient entity ids"),
      new Column("source_count", "integer", "independent sources: distinct outlets (an article without one counts alone)"),
      new Column("mention_count", "integer", "event mentions (sentences) across all articles, whatever their status"),
      new Column("article_ids", "string_list", "articles mentioning it, in ingest order"),
      new Column("figure_conflict", "boolean", "true where two articles disagree on a figure (same category, role "
          + "and unit, hedges read as ranges, aggregates left out)"),
      new Column("figures", "json", "per figure (category, role, unit): latest value and every report "
          + "[{category, role, unit, value, qualifier, conflict, reports:[{value, qualifier, text, aggregate, "
          + "article_id, source, date}]}]"))),
  ACLED(List.of(
      new Column("schema_version", "integer", "export schema version"),
      new Column("event_id_cnty", "string", "stable event id: the country's ISO alpha-3 code (XXX where unknown) and "
          + "the cross-document event id"),
      new Column("event_date", "date", "the day it happened; for a coarser date (time_precision 2 or 3) the "
          + "first day of the week, month or year; null where undated"),
      new Column("year", "integer", "year of event_date"),
      new Column("time_precision", "integer", "1 day, 2 week, 3 month or coarser; null where undated"),
      new Column("disorder_type", "string", "Political violence, Demonstrations, Political violence; Demonstrations, "
          + "or Strategic developments; null without a sub-event type"),
      new Column("event_type", "string", "ACLED event type (Battles, Explosions/Remote violence, ...), or null"),
      new Column("sub_event_type", "string", "ACLED sub-event type (the one most mentions give), or null for an "
          + "assault or protest Annals could not type"),
      new Column("actor1", "string", "the first actor's name, or null"),
      new Column("assoc_actor_1", "string", "the other actors, joined by '; ', or null"),
      new Column("inter1", "integer", "ACLED actor type of actor1 (1 state forces ... 8 external/other), or null"),
      new Column("actor2", "string", "the first recipient or target, or null"),
      new Column("assoc_actor_2", "string", "the other recipients, joined by '; ', or null"),
      new Column("inter2", "integer", "ACLED actor type of actor2, or null"),
      new Column("interaction", "integer", "ACLED interaction code (lower actor type first; 60 for protesters "
          + "alone), or null where an actor's type is unknown"),
      new Column("civilian_targeting", "string", "'Civilian targeting' where actor2 is civilians, else null"),
      new Column("iso", "string", "ISO 3166-1 alpha-3 country code of the place (ACLED gives the numeric code)"),
      new Column("country", "string", "country name of the place, or null"),
      new Column("admin1", "string", "the first-order region where the place is one, else null"),
      new Column("location", "string", "the place most mentions give, or null"),
      new Column("latitude", "double", "the place's latitude, or null where not geocoded"),
      new Column("longitude", "double", "the place's longitude, or null"),
      new Column("geo_precision", "integer", "1 town or site, 2 region, 3 country; null without a place"),
      new Column("source", "string", "the outlets that reported it, joined by '; '"),
      new Column("source_scale", "string", "not known to Annals: always null"),
      new Column("notes", "string", "the evidence sentence of a news report that gives the row's sub-event type "
          + "(else of any mention that gives it, else of the first report), trimmed to 400 characters"),
      new Column("fatalities", "integer", "ACLED's conservative count: the lowest non-aggregate 'killed' report "
          + "(\"dozens\" 12, \"hundreds\" 100); 0 where none gives one"),
      new Column("plover_type", "string", "Annals' PLOVER type of the event"),
      new Column("source_count", "integer", "independent sources"),
      new Column("figure_conflict", "boolean", "true where two articles disagree on a figure"),
      new Column("article_ids", "string_list", "articles mentioning it, in ingest order"))),
  MENTIONS(List.of(
      new Column("schema_version", "integer", "export schema version"),
      new Column("event_id", "string", "the cross-document event it is a mention of"),
      new Column("article_id", "string", "article content-hash id"),
      new Column("input_id", "string", "the article's input id (JSON id, file name, WARC record)"),
      new Column("local_event", "string", "the article's own event id (ev1, ev2, ...)"),
      new Column("mention_idx", "integer", "the mention within that article's event, in text order from 0"),
      new Column("sentence", "integer", "sentence index in the article"),
      new Column("start", "integer", "trigger start offset in the article text (code points)"),
      new Column("end", "integer", "trigger end offset, exclusive (code points)"),
      new Column("trigger", "string", "the trigger's words"),
      new Column("evidence_start", "integer", "start offset of the sentence (code points)"),
      new Column("evidence_end", "integer", "end offset of the sentence, exclusive (code points)"),
      new Column("type", "string", "PLOVER type the article gives the event"),
      new Column("mode", "string", "PLOVER mode, or null"),
      new Column("status", "string", "what this sentence says: asserted, claimed, negated, hypothetical, future or "
          + "denied"),
      new Column("kind", "string", "report (news about the event) or reference (background: \"since the invasion\")"),
      new Column("date_value", "string", "the TIMEX3 value this sentence gives the event, or null"),
      new Column("date_precision", "string", "how much date_value knows: day, week, month, season, quarter, half, "
          + "year or decade; null where it names no date"),
      new Column("event_day", "string", "the event's date as known (events.date_value: 2022-03-04, 2022-03, 2022, "
          + "...), or null where undated"),
      new Column("day", "string", "the same as event_day, under the name event scorers read (warevents score.py)"),
      new Column("extractor", "string", "the extractor that found it"),
      new Column("confidence", "double", "the extractor's measured precision, or null (not measured)"))),
  ENTITIES(List.of(
      new Column("schema_version", "integer", "export schema version"),
      new Column("entity_id", "string", "cross-document entity id"),
      new Column("type", "string", "PERSON, ORGANIZATION, LOCATION, NORP or MISC"),
      new Column("name", "string", "canonical name"),
      new Column("aliases", "string_list", "other names seen"),
      new Column("titles", "string_list", "titles and roles seen with the name"),
      new Column("mention_count", "integer", "mentions across all articles"),
      new Column("article_count", "integer", "articles mentioning it"),
      new Column("first_seen", "date", "earliest date of an article mentioning it"),
      new Column("last_seen", "date", "latest date of an article mentioning it"))),
  QUOTES(List.of(
      new Column("schema_version", "integer", "export schema version"),
      new Column("article_id", "string", "article content-hash id"),
      new Column("quote_index", "integer", "index among the article's quotes"),
      new Column("text", "string", "the quoted words"),
      new Column("direct", "boolean", "true for a direct quote (in quote marks), false for reported speech"),
      new Column("speaker_id", "string", "speaker entity id, or null"),
      new Column("speaker", "string", "speaker name (entity name, else the article's words), or null"),
      new Column("cue", "string", "speech verb or phrase, or null"),
      new Column("article_date", "date", "the article's date"),
      new Column("source", "string", "the article's outlet"),
      new Column("sentence", "integer", "sentence index in the article"),
      new Column("start", "integer", "start offset in the article text (code points)"),
      new Column("end", "integer", "end offset, exclusive (code points)"),
      new Column("extractor", "string", "the extractor that found it"),
      new Column("confidence", "double", "the extractor's measured precision"))),
  ARTICLES(List.of(
      new Column("schema_version", "integer", "export schema version"),
      new Column("article_id", "string", "content hash of the text"),
      new Column("input_id", "string", "the input's own id"),
      new Column("origin", "string", "file, feed or archive it was read from"),
      new Column("title", "string", "title, or null"),
      new Column("source", "string", "outlet, or null"),
      new Column("url", "string", "URL, or null"),
      new Column("date", "date", "document date used"),
      new Column("date_source", "string", "input, header, inferred or none"),
      new Column("date_evidence", "string", "for an inferred date, what it rests on (dateline, text, story); else null"),
      new Column("story_id", "string", "story id"),
      new Column("story_label", "string", "the story's current label"),
      new Column("entity_count", "integer", "cross-document entities mentioned"),
      new Column("event_count", "integer", "event mentions (sentences mentioning an event)"),
      new Column("quote_count", "integer", "quotes"),
      new Column("figure_count", "integer", "figures"),
      new Column("text", "string", "the article text offsets point into")));

  /** Bumped when a column is removed, renamed or changes meaning; new columns may be added within one. */
  public static final int SCHEMA_VERSION = 2;

  private final List<Column> columns;

  ExportSubject(List<Column> columns) {
    this.columns = columns;
  }

  public List<Column> columns() {
    return columns;
  }

  /**
   * The statuses exported when none are asked for: what happened for events; every mention (a
   * mention's status is a fact of the mention); null where rows have no status.
   */
  public EventStatuses defaultStatuses() {
    return switch (this) {
      case EVENTS, ACLED -> EventStatuses.HAPPENED;
      case MENTIONS -> EventStatuses.ALL;
      default -> null;
    };
  }

  public static ExportSubject fromName(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown export subject '" + name
          + "' (events, acled, mentions, entities, quotes or articles)", e);
    }
  }
}
