-- Schema version 4: events told by several sentences of one article, and what is known of a date.
-- An article's event (local_id ev1, ...) is one real event as the article tells it; each sentence
-- that mentions it is a row of event_mentions (mention_idx 0, 1, ... in text order), with what that
-- sentence says of it (status) and how (kind: report = news about it, reference = background).
CREATE TABLE event_mentions_v4 (
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
);
INSERT INTO event_mentions_v4 (article_id, local_id, mention_idx, event_id, type, mode, acled, status, kind,
    sentence, start_cp, end_cp, trigger_text, evidence_start_cp, evidence_end_cp, date_value, date_text, day,
    extractor, confidence)
  SELECT article_id, local_id, 0, event_id, type, mode, acled, status, 'report', sentence, start_cp, end_cp,
    trigger_text, evidence_start_cp, evidence_end_cp, date_value, date_text, day, extractor, confidence
  FROM event_mentions;
DROP TABLE event_mentions;
ALTER TABLE event_mentions_v4 RENAME TO event_mentions;
CREATE INDEX event_mentions_event ON event_mentions (event_id);

-- An event is shown as having happened only where a mention asserts or claims it.
ALTER TABLE events ADD COLUMN status TEXT NOT NULL DEFAULT 'asserted';
-- day now holds only what is known (2022-03-04, 2022-03, 2022); date_precision says how much
-- (day, week, month, season, quarter, half, year, decade); date_source says where it came from:
-- text (a mention gives it) or report (no mention dates it; the date of its first news report).
ALTER TABLE events ADD COLUMN date_precision TEXT;
ALTER TABLE events ADD COLUMN date_source TEXT;
-- The first day the event may have happened, for ordering; null where undated.
ALTER TABLE events ADD COLUMN sort_day TEXT;
CREATE INDEX events_sort_day ON events (sort_day);
