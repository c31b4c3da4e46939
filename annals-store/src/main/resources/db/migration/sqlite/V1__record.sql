-- Annals store, schema version 1.
-- Mentions (what an article says, where) are kept apart from what they refer to (cross-document
-- entities, events, stories). Offsets are Unicode code points into articles.text, half-open.
-- Dates are ISO-8601 TEXT (YYYY-MM-DD), so they sort and compare as text in any SQL engine.

-- One row per stored article, in ingest order (seq).
CREATE TABLE articles (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,   -- content hash (ArticleIds.contentHash)
  input_id      TEXT,                   -- the input's own id (file name, JSON id, URL)
  origin        TEXT,                   -- file, feed or WARC record it was read from
  title         TEXT,
  source        TEXT,                   -- outlet / publisher, where known
  url           TEXT,
  date          TEXT,                   -- document date used (given or inferred)
  date_source   TEXT NOT NULL,          -- input | header | inferred | none
  date_evidence TEXT,
  story_id      TEXT,
  text          TEXT NOT NULL,
  linked_gz     BLOB NOT NULL,          -- the whole LinkedArticle as gzipped JSON, for replay
  stored_at     TEXT NOT NULL
);
CREATE INDEX articles_story ON articles (story_id, date);
CREATE INDEX articles_date ON articles (date);

CREATE TABLE stories (
  id            TEXT PRIMARY KEY,
  label         TEXT,                   -- the label as of the latest article
  first_date    TEXT,
  last_date     TEXT
);

-- Cross-document entities: upserted, aliases and titles accumulate.
CREATE TABLE entities (
  id            TEXT PRIMARY KEY,
  type          TEXT NOT NULL,
  name          TEXT NOT NULL,
  first_seen    TEXT,                   -- earliest article date mentioning it
  last_seen     TEXT
);
CREATE TABLE entity_names (
  entity_id     TEXT NOT NULL REFERENCES entities (id),
  name          TEXT NOT NULL,          -- the canonical name and every alias
  name_key      TEXT NOT NULL,          -- lower-cased, for case-insensitive lookup
  PRIMARY KEY (entity_id, name)
);
CREATE INDEX entity_names_key ON entity_names (name_key);
CREATE TABLE entity_titles (
  entity_id     TEXT NOT NULL REFERENCES entities (id),
  title         TEXT NOT NULL,
  PRIMARY KEY (entity_id, title)
);

-- Which entities an article mentions, how often: co-occurrence and counts without scanning mentions.
CREATE TABLE article_entities (
  entity_id     TEXT NOT NULL,
  article_id    TEXT NOT NULL,
  mentions      INTEGER NOT NULL,
  PRIMARY KEY (entity_id, article_id)
);
CREATE INDEX article_entities_article ON article_entities (article_id);

CREATE TABLE entity_mentions (
  article_id    TEXT NOT NULL,
  local_id      TEXT NOT NULL,          -- the article's own entity id (e1, e2, ...)
  entity_id     TEXT,                   -- cross-document entity
  sentence      INTEGER,
  start_cp      INTEGER NOT NULL,
  end_cp        INTEGER NOT NULL,
  text          TEXT NOT NULL,
  extractor     TEXT NOT NULL,
  confidence    REAL
);
CREATE INDEX entity_mentions_article ON entity_mentions (article_id);
CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id);

CREATE TABLE places (
  article_id    TEXT NOT NULL,
  local_id      TEXT NOT NULL,
  entity_id     TEXT,
  name          TEXT NOT NULL,
  country       TEXT,
  lat           REAL,
  lon           REAL,
  kind          TEXT,
  extractor     TEXT NOT NULL,
  confidence    REAL
);
CREATE INDEX places_article ON places (article_id);
CREATE INDEX places_entity ON places (entity_id);

-- Cross-document events; date, place and counts are derived from the mentions on every write.
CREATE TABLE events (
  id            TEXT PRIMARY KEY,
  type          TEXT NOT NULL,
  mode          TEXT,
  day           TEXT,                   -- when it happened: from mentions, else earliest article date
  date_value    TEXT,                   -- the TIMEX3 value day was read from, or null
  place_id      TEXT,                   -- most reported place entity
  place_name    TEXT,
  source_count  INTEGER NOT NULL,       -- distinct outlets (article source, else the article)
  mention_count INTEGER NOT NULL,
  figure_conflict INTEGER NOT NULL      -- 1 where reports disagree on a figure category
);
CREATE INDEX events_day ON events (day);

-- Which entities take part in which events (actor, recipient or place), with the event's day, so
-- that an entity's timeline is one ordered index range, however many articles mention it.
-- sort_day is day, or '9999-12-31' for an undated event, so undated events sort last in any engine.
CREATE TABLE entity_events (
  entity_id     TEXT NOT NULL,
  event_id      TEXT NOT NULL,
  sort_day      TEXT NOT NULL,
  as_place      INTEGER NOT NULL,       -- 1 where the entity is where the event happened
  PRIMARY KEY (entity_id, event_id)
);
CREATE INDEX entity_events_day ON entity_events (entity_id, sort_day, event_id);
CREATE INDEX entity_events_event ON entity_events (event_id);
CREATE INDEX events_type_day ON events (type, day);

CREATE TABLE event_mentions (
  article_id    TEXT NOT NULL,
  local_id      TEXT NOT NULL,          -- the article's own event id (ev1, ...)
  event_id      TEXT NOT NULL,
  type          TEXT NOT NULL,
  mode          TEXT,
  acled         TEXT,
  status        TEXT NOT NULL,
  sentence      INTEGER,
  start_cp      INTEGER NOT NULL,       -- the trigger
  end_cp        INTEGER NOT NULL,
  trigger_text  TEXT NOT NULL,
  evidence_start_cp INTEGER NOT NULL,
  evidence_end_cp   INTEGER NOT NULL,
  date_value    TEXT,
  date_text     TEXT,
  day           TEXT,                   -- date_value read as a day, where it names one
  extractor     TEXT NOT NULL,
  confidence    REAL,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX event_mentions_event ON event_mentions (event_id);

-- Who and where, per event mention: role is actor | recipient | place.
CREATE TABLE event_roles (
  article_id    TEXT NOT NULL,
  local_id      TEXT NOT NULL,
  event_id      TEXT NOT NULL,
  role          TEXT NOT NULL,
  entity_id     TEXT,
  text          TEXT NOT NULL,
  start_cp      INTEGER NOT NULL,
  end_cp        INTEGER NOT NULL
);
CREATE INDEX event_roles_entity ON event_roles (entity_id, event_id);
CREATE INDEX event_roles_event ON event_roles (event_id);
CREATE INDEX event_roles_article ON event_roles (article_id);

CREATE TABLE figures (
  article_id    TEXT NOT NULL,
  idx           INTEGER NOT NULL,       -- index into the article's figures
  category      TEXT NOT NULL,
  value         REAL NOT NULL,
  qualifier     TEXT NOT NULL,
  sentence      INTEGER,
  start_cp      INTEGER NOT NULL,
  end_cp        INTEGER NOT NULL,
  text          TEXT NOT NULL,
  extractor     TEXT NOT NULL,
  confidence    REAL,
  PRIMARY KEY (article_id, idx)
);

-- A figure reported for an event, with the report's outlet and date (the history of a figure).
CREATE TABLE event_figures (
  event_id      TEXT NOT NULL,
  article_id    TEXT NOT NULL,
  figure_idx    INTEGER NOT NULL,
  local_event   TEXT NOT NULL,
  PRIMARY KEY (event_id, article_id, figure_idx)
);
CREATE INDEX event_figures_article ON event_figures (article_id);

CREATE TABLE quotes (
  article_id    TEXT NOT NULL,
  idx           INTEGER NOT NULL,
  text          TEXT NOT NULL,
  direct        INTEGER NOT NULL,
  speaker_id    TEXT,                   -- cross-document entity, where resolved
  speaker_text  TEXT,
  cue           TEXT,
  sentence      INTEGER,
  start_cp      INTEGER NOT NULL,
  end_cp        INTEGER NOT NULL,
  extractor     TEXT NOT NULL,
  confidence    REAL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes (speaker_id);

-- Marks the file as an Annals store, so that another application's database is never migrated.
CREATE TABLE annals_meta (
  key           TEXT PRIMARY KEY,
  value         TEXT NOT NULL
);
INSERT INTO annals_meta (key, value) VALUES ('format', 'annals-store');
