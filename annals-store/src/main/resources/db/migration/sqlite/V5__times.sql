-- Schema version 5: the time expressions of each article (TIMEX3), so that the article view can show
-- what every date in the text was read as. Stores written before this version get them from their
-- replay copy when first opened for writing (AnnalsStore).
CREATE TABLE times (
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
);

-- An entity's co-occurring entities are counted from the article side: the index covers entity_id
-- so the count never reads the table.
DROP INDEX article_entities_article;
CREATE INDEX article_entities_article ON article_entities (article_id, entity_id);

-- An entity's mention and article counts, kept on its row (added to by each article that names it),
-- so that a profile or a list never sums article_entities.
ALTER TABLE entities ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET
  mention_count = (SELECT COALESCE(SUM(a.mentions), 0) FROM article_entities a WHERE a.entity_id = entities.id),
  article_count = (SELECT COUNT(*) FROM article_entities a WHERE a.entity_id = entities.id);
