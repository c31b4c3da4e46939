-- Schema 9 (issue #13), as db/migration/sqlite/V9__compact_mentions.sql: entity mentions without
-- the columns every row repeated or the article's text holds, keyed by article and span; quotes
-- without their words, which are the article text's between their offsets.

DROP INDEX entity_mentions_article;
DROP INDEX entity_mentions_entity;
ALTER TABLE entity_mentions DROP COLUMN text;
ALTER TABLE entity_mentions DROP COLUMN extractor;
ALTER TABLE entity_mentions DROP COLUMN confidence;
-- one mention per span, as the SQLite rewrite keeps it
DELETE FROM entity_mentions a USING entity_mentions b
  WHERE a.article_id = b.article_id AND a.start_cp = b.start_cp AND a.end_cp = b.end_cp AND a.ctid > b.ctid;
ALTER TABLE entity_mentions ADD PRIMARY KEY (article_id, start_cp, end_cp);

ALTER TABLE quotes DROP COLUMN text;
