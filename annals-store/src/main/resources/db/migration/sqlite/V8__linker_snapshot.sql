-- Schema 8 (issue #13): the linkers' state is kept as one snapshot instead of a gzipped copy of
-- every linked article. A restart reads the snapshot, then replays only the articles linked after
-- it (the backlog); writing a snapshot empties the backlog of the articles it holds.

-- The one linker snapshot: StreamLinker.snapshot() in LinkerSnapshot's format, holding every
-- article up to seq.
CREATE TABLE linker_snapshot (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  format        INTEGER NOT NULL,       -- LinkerSnapshot.FORMAT of the build that wrote it
  seq           INTEGER NOT NULL,       -- the last article (articles.seq) it holds
  state         BLOB NOT NULL
);

-- Articles linked after the snapshot: the whole LinkedArticle as gzipped JSON, replayed in seq order.
CREATE TABLE linker_backlog (
  seq           INTEGER PRIMARY KEY,    -- articles.seq
  linked_gz     BLOB NOT NULL
);

-- A store before schema 8 has no snapshot: all its articles are the backlog.
INSERT INTO linker_backlog (seq, linked_gz) SELECT seq, linked_gz FROM articles;
ALTER TABLE articles DROP COLUMN linked_gz;
