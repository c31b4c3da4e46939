package org.annals.store.export;

import java.util.List;
import java.util.Locale;

/** What {@code annals export} writes, each with its columns in order. */
public enum ExportSubject {
  EVENTS(List.of(
      new Column("schema_version", "integer", "export schema version"),
      new Column("event_id", "string", "cross-document event id"),
      new Column("type", "string", "PLOVER type (ASSAULT, CONSULT, ...), the one most mentions give"),
      new Column("mode", "string", "PLOVER mode (drone, phone, ...) or null"),
      new Column("day", "date", "when it happened: the day its mentions give, else the earliest reporting article's date"),
      new Column("date_value", "string", "TIMEX3 value the day was read from, or null when day is an article date"),
      new Column("place_id", "string", "entity id of the place most mentions give, or null"),
      new Column("place", "string", "that place's name"),
      new Column("actors", "string_list", "actor names"),
      new Column("actor_ids", "string_list", "actor entity ids (unlinked actors left out)"),
      new Column("recipients", "string_list", "recipient / target names"),
      new Column("recipient_ids", "string_list", "recipient entity ids"),
      new Column("source_count", "integer", "independent sources: distinct outlets (an article without one counts alone)"),
      new Column("mention_count", "integer", "event mentions across all articles"),
      new Column("article_ids", "string_list", "articles reporting it"),
      new Column("figure_conflict", "boolean", "true where two articles disagree on a figure (same category, role "
          + "and unit, hedges read as ranges, aggregates left out)"),
      new Column("figures", "json", "per figure (category, role, unit): latest value and every report "
          + "[{category, role, unit, value, qualifier, conflict, reports:[{value, qualifier, text, aggregate, "
          + "article_id, source, date}]}]"))),
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
      new Column("event_count", "integer", "event mentions"),
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

  public static ExportSubject fromName(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown export subject '" + name + "' (events, entities, quotes or articles)",
          e);
    }
  }
}
