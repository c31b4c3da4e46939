-- Schema 8 (issue #13), as db/migration/sqlite/V8__linker_snapshot.sql: the linkers' state as one
-- snapshot, and only the articles linked after it kept whole for replay.

CREATE TABLE linker_snapshot (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  format        INTEGER NOT NULL,
  seq           BIGINT NOT NULL,
  state         BYTEA NOT NULL
);

CREATE TABLE linker_backlog (
  seq           BIGINT PRIMARY KEY,
  linked_gz     BYTEA NOT NULL
);

INSERT INTO linker_backlog (seq, linked_gz) SELECT seq, linked_gz FROM articles;
ALTER TABLE articles DROP COLUMN linked_gz;
