-- Schema version 7: the tables that are looked up by their primary key keep their rows in it
-- (WITHOUT ROWID), instead of in a rowid table beside an index holding the same key: one b-tree
-- where there were two. Columns, keys and the other indexes are as before.

CREATE TABLE article_entities_v7 (
  entity_id     TEXT NOT NULL,
  article_id    TEXT NOT NULL,
  mentions      INTEGER NOT NULL,
  PRIMARY KEY (entity_id, article_id)
) WITHOUT ROWID;
INSERT INTO article_entities_v7 (entity_id, article_id, mentions)
  SELECT entity_id, article_id, mentions FROM article_entities;
DROP TABLE article_entities;
ALTER TABLE article_entities_v7 RENAME TO article_entities;
CREATE INDEX article_entities_article ON article_entities (article_id, entity_id);

CREATE TABLE entity_events_v7 (
  entity_id     TEXT NOT NULL,
  event_id      TEXT NOT NULL,
  sort_day      TEXT NOT NULL,
  as_place      INTEGER NOT NULL,       -- 1 where the entity is where the event happened
  PRIMARY KEY (entity_id, event_id)
) WITHOUT ROWID;
INSERT INTO entity_events_v7 (entity_id, event_id, sort_day, as_place)
  SELECT entity_id, event_id, sort_day, as_place FROM entity_events;
DROP TABLE entity_events;
ALTER TABLE entity_events_v7 RENAME TO entity_events;
CREATE INDEX entity_events_day ON entity_events (entity_id, sort_day, event_id);
CREATE INDEX entity_events_event ON entity_events (event_id);

CREATE TABLE times_v7 (
  article_id    TEXT NOT NULL,
  idx           INTEGER NOT NULL,       -- index into the article's time expressions
  type          TEXT NOT NULL,          -- DATE | TIME | DURATION | SET
  value         TEXT,                   -- TIMEX3 value, or null where none can be given
  resolved      INTEGER NOT NULL,       -- 0 where the value needs a document date the article lacks
  sentence      INTEGER,
  start_cp      INTEGER NOT NULL,
  end_cp        INTEGER NOT NULL,
  text          TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
INSERT INTO times_v7 (article_id, idx, type, value, resolved, sentence, start_cp, end_cp, text)
  SELECT article_id, idx, type, value, resolved, sentence, start_cp, end_cp, text FROM times;
DROP TABLE times;
ALTER TABLE times_v7 RENAME TO times;

CREATE TABLE quotes_v7 (
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
) WITHOUT ROWID;
INSERT INTO quotes_v7 (article_id, idx, text, direct, speaker_id, speaker_text, cue, sentence, start_cp, end_cp,
    extractor, confidence)
  SELECT article_id, idx, text, direct, speaker_id, speaker_text, cue, sentence, start_cp, end_cp, extractor,
    confidence FROM quotes;
DROP TABLE quotes;
ALTER TABLE quotes_v7 RENAME TO quotes;
CREATE INDEX quotes_speaker ON quotes (speaker_id);

CREATE TABLE event_mentions_v7 (
  article_id    TEXT NOT NULL,
  local_id      TEXT NOT NULL,          -- the article's own event id (ev1, ...)
  mention_idx   INTEGER NOT NULL,       -- the mention within that event, in text order
  event_id      TEXT NOT NULL,
  type          TEXT NOT NULL,
  mode          TEXT,
  acled         TEXT,
  status        TEXT NOT NULL,          -- what this sentence says: asserted | claimed | negated | ...
  kind          TEXT NOT NULL,          -- report | reference
  sentence      INTEGER,
  start_cp      INTEGER NOT NULL,       -- the trigger
  end_cp        INTEGER NOT NULL,
  trigger_text  TEXT NOT NULL,
  evidence_start_cp INTEGER NOT NULL,
  evidence_end_cp   INTEGER NOT NULL,
  date_value    TEXT,                   -- the TIMEX3 value this sentence gives the event, or null
  date_text     TEXT,
  day           TEXT,                   -- what date_value knows: YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY
  extractor     TEXT NOT NULL,
  confidence    REAL,
  PRIMARY KEY (article_id, local_id, mention_idx)
) WITHOUT ROWID;
INSERT INTO event_mentions_v7 SELECT article_id, local_id, mention_idx, event_id, type, mode, acled, status, kind,
    sentence, start_cp, end_cp, trigger_text, evidence_start_cp, evidence_end_cp, date_value, date_text, day,
    extractor, confidence FROM event_mentions;
DROP TABLE event_mentions;
ALTER TABLE event_mentions_v7 RENAME TO event_mentions;
CREATE INDEX event_mentions_event ON event_mentions (event_id);
