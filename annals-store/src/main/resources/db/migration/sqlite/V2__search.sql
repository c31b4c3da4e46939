-- Full-text search (SQLite FTS5) over article title + text and quote text.
-- kind: article | quote; ref: the quote's index in its article, null for the article itself.
CREATE VIRTUAL TABLE search_text USING fts5 (
  article_id UNINDEXED,
  kind UNINDEXED,
  ref UNINDEXED,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);
