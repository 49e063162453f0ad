-- Cuttings library schema, version 2: search and browsing at a million articles.
-- Shipped migrations are never edited: add a new numbered file instead.

-- The full-text index gains section, tag and note columns and prefix indexes (so `kos*`
-- reads one prefix doclist instead of merging every term that starts with it). Its rows
-- are rebuilt from the record by the same SELECT the store uses (search/index.rs).
DROP TABLE article_fts;
CREATE VIRTUAL TABLE article_fts USING fts5 (
    title, standfirst, body, authors, captions, credits, site, section, tags, notes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
-- BM25 weights per column: title and captions count most.
INSERT INTO article_fts (article_fts, rank)
     VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 3.0, 5.0, 3.0, 2.0, 2.0, 3.0, 2.0)');

INSERT INTO article_fts (rowid, title, standfirst, body, authors, captions, credits, site,
                         section, tags, notes)
SELECT a.id, a.title, a.standfirst, a.body_text,
       (SELECT group_concat(j.value, ', ') FROM json_each(a.authors) j),
       (SELECT group_concat(p.caption, char(10)) FROM photo p WHERE p.article_id = a.id),
       (SELECT group_concat(p.credit, char(10)) FROM photo p WHERE p.article_id = a.id),
       a.site_name,
       (SELECT group_concat(j.value, ' / ') FROM json_each(a.section) j),
       (SELECT group_concat(t.path, char(10)) FROM article_tag at JOIN tag t ON t.id = at.tag_id
         WHERE at.article_id = a.id),
       (SELECT group_concat(concat_ws(char(10), n.exact, n.note), char(10)) FROM annotation n
         WHERE n.article_id = a.id)
  FROM article a;

-- Keyset orders of the library list (captured exists since version 1). Articles with no
-- published date or site sort as ''.
DROP INDEX article_published;
CREATE INDEX article_published_key ON article (coalesce(published, ''), id);
CREATE INDEX article_title ON article (title COLLATE NOCASE, id);
CREATE INDEX article_site ON article (coalesce(site_name, '') COLLATE NOCASE, id DESC);
-- The section path as one string (`News / World`), for filters and facets.
ALTER TABLE article ADD COLUMN section_path TEXT;
UPDATE article SET section_path = (SELECT group_concat(j.value, ' / ') FROM json_each(article.section) j);
CREATE INDEX article_section_path ON article (section_path) WHERE section_path IS NOT NULL;
CREATE INDEX article_site_name ON article (site_name) WHERE site_name IS NOT NULL;
-- Facets and filters.
CREATE INDEX article_genre ON article (genre) WHERE genre IS NOT NULL;
CREATE INDEX article_language ON article (language) WHERE language IS NOT NULL;
-- Gallery by credit.
CREATE INDEX photo_credit ON photo (credit COLLATE NOCASE) WHERE credit IS NOT NULL;

-- The article count, kept by triggers, so opening the app does not count a million rows.
CREATE TABLE library_stat (
    key    TEXT    PRIMARY KEY,
    value  INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO library_stat (key, value) VALUES ('articles', (SELECT count(*) FROM article));
CREATE TRIGGER article_counted AFTER INSERT ON article BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'articles';
END;
CREATE TRIGGER article_uncounted AFTER DELETE ON article BEGIN
    UPDATE library_stat SET value = value - 1 WHERE key = 'articles';
END;
