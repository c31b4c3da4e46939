-- Schema version 6: the full-text index keeps no copy of what it indexes. Version 2's search_text
-- stored every article's title and text (and every quote) a second time beside the articles and
-- quotes tables, about a seventh of the store. search_index holds the same tokens for BM25 and no
-- content; a row's id names what it indexes (SearchDocs): the article's seq times 65,536, plus
-- 1 + the quote's index for a quote. Snippets are cut from the stored text when a search runs.
CREATE VIRTUAL TABLE search_index USING fts5 (
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO search_index (rowid, body)
  SELECT a.seq * 65536 + COALESCE(s.ref + 1, 0), s.body
  FROM search_text s JOIN articles a ON a.id = s.article_id
  WHERE s.ref IS NULL OR s.ref < 65535
  ORDER BY 1;

DROP TABLE search_text;
