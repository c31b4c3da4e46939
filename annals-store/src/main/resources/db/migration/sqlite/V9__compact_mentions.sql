-- Schema version 9 (issue #13): mentions keep what no other row can give. Entity mentions, a
-- quarter of the store: Their text is the article's own (text between the offsets), and their extractor and
-- confidence were the same on every row (EntityResolver, 0.93: ExtractorConfidence). Rows live in
-- their key (article, span) WITHOUT ROWID, which also serves the one query that reads them (an
-- article's marks); the index by entity served no query (article_entities answers "where does
-- this entity occur").

CREATE TABLE entity_mentions_v9 (
  article_id    TEXT NOT NULL,
  start_cp      INTEGER NOT NULL,
  end_cp        INTEGER NOT NULL,
  local_id      TEXT NOT NULL,          -- the article's own entity id (e1, e2, ...)
  entity_id     TEXT,                   -- cross-document entity
  sentence      INTEGER,
  PRIMARY KEY (article_id, start_cp, end_cp)
) WITHOUT ROWID;
-- one mention per span (two entities never share one; were a store to hold both, the first stays)
INSERT OR IGNORE INTO entity_mentions_v9 (article_id, start_cp, end_cp, local_id, entity_id, sentence)
  SELECT article_id, start_cp, end_cp, local_id, entity_id, sentence FROM entity_mentions;
DROP TABLE entity_mentions;
ALTER TABLE entity_mentions_v9 RENAME TO entity_mentions;

-- A quote's words are the article text's between its offsets (readers cut them with substr,
-- which counts characters, as the offsets count code points).
ALTER TABLE quotes DROP COLUMN text;
