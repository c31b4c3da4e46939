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
