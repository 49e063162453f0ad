-- Cuttings library schema, version 1.
-- Shipped migrations are never edited: add a new numbered file instead.

-- Marks the file as a Cuttings library (0x43555454, "CUTT"); checked before opening.
PRAGMA application_id = 1129665620;

-- Content-addressed bytes: originals of captures and photo images, stored once.
CREATE TABLE blob (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT    NOT NULL UNIQUE CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL,
    media_type  TEXT,
    bytes       BLOB    NOT NULL,
    created_at  TEXT    NOT NULL
);

CREATE TABLE article (
    id                   INTEGER PRIMARY KEY,
    title                TEXT    NOT NULL,
    standfirst           TEXT,
    byline               TEXT,
    authors              TEXT    NOT NULL DEFAULT '[]',   -- JSON array of names
    published            TEXT,                            -- RFC 3339 or YYYY-MM-DD
    published_raw        TEXT,
    published_date_only  INTEGER NOT NULL DEFAULT 0,
    modified             TEXT,
    modified_raw         TEXT,
    modified_date_only   INTEGER NOT NULL DEFAULT 0,
    site_name            TEXT,
    section              TEXT    NOT NULL DEFAULT '[]',   -- JSON array, outermost first
    genre                TEXT,
    language             TEXT,
    url                  TEXT,
    body_html            TEXT    NOT NULL,
    body_text            TEXT    NOT NULL,
    word_count           INTEGER NOT NULL,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    last_captured_at     TEXT    NOT NULL
);
CREATE INDEX article_url ON article (url) WHERE url IS NOT NULL;
CREATE INDEX article_last_captured ON article (last_captured_at DESC, id DESC);
CREATE INDEX article_published ON article (published DESC, id DESC);

-- Provenance: one row per capture, never updated.
CREATE TABLE capture (
    id                 INTEGER PRIMARY KEY,
    article_id         INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    captured_at        TEXT    NOT NULL,
    kind               TEXT    NOT NULL CHECK (kind IN ('file', 'url', 'text', 'clipper')),
    source_name        TEXT,
    requested_url      TEXT,
    final_url          TEXT,
    http_status        INTEGER,
    http_headers       TEXT,                              -- JSON array of [name, value]
    original_blob_id   INTEGER NOT NULL REFERENCES blob (id),
    media_type         TEXT,
    extractor_version  TEXT    NOT NULL
);
CREATE INDEX capture_article ON capture (article_id);
CREATE INDEX capture_original_blob ON capture (original_blob_id);

CREATE TABLE related_link (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT    NOT NULL,
    url         TEXT,
    UNIQUE (article_id, position)
);

CREATE TABLE photo (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    caption         TEXT,
    credit          TEXT,
    alt             TEXT,
    url             TEXT,
    width           INTEGER,
    height          INTEGER,
    blob_id         INTEGER REFERENCES blob (id),
    missing_reason  TEXT,                                  -- why the image bytes are absent
    UNIQUE (article_id, position)
);
CREATE INDEX photo_blob ON photo (blob_id);

-- Thumbnails of image blobs (JPEG), keyed by the original and a version of the recipe.
CREATE TABLE thumbnail (
    blob_id   INTEGER NOT NULL REFERENCES blob (id) ON DELETE CASCADE,
    version   INTEGER NOT NULL,
    width     INTEGER NOT NULL,
    height    INTEGER NOT NULL,
    bytes     BLOB    NOT NULL,
    PRIMARY KEY (blob_id, version)
);

CREATE TABLE tag (
    id          INTEGER PRIMARY KEY,
    path        TEXT    NOT NULL UNIQUE COLLATE NOCASE,   -- Balkans/Kosovo
    parent_id   INTEGER REFERENCES tag (id) ON DELETE CASCADE,
    colour      TEXT,
    created_at  TEXT    NOT NULL
);
CREATE INDEX tag_parent ON tag (parent_id);

CREATE TABLE article_tag (
    article_id  INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tag_tag ON article_tag (tag_id);

CREATE TABLE photo_tag (
    photo_id  INTEGER NOT NULL REFERENCES photo (id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (photo_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX photo_tag_tag ON photo_tag (tag_id);

-- W3C Web Annotation in spirit: a target (body text, a photo's caption/credit or region),
-- TextQuote and TextPosition selectors, a colour and a Markdown note.
CREATE TABLE annotation (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT    NOT NULL UNIQUE,
    article_id   INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    photo_id     INTEGER REFERENCES photo (id) ON DELETE CASCADE,
    target       TEXT    NOT NULL CHECK (target IN ('body', 'caption', 'credit', 'region')),
    exact        TEXT,
    prefix       TEXT,
    suffix       TEXT,
    start_pos    INTEGER,
    end_pos      INTEGER,
    region       TEXT,                                    -- JSON {x,y,w,h} fractions
    colour       TEXT,
    note         TEXT,
    created_at   TEXT    NOT NULL,
    modified_at  TEXT    NOT NULL
);
CREATE INDEX annotation_article ON annotation (article_id);
CREATE INDEX annotation_photo ON annotation (photo_id);

CREATE TABLE collection (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    description  TEXT,
    query        TEXT,                                    -- non-null: a saved search
    created_at   TEXT    NOT NULL,
    modified_at  TEXT    NOT NULL
);

CREATE TABLE collection_article (
    collection_id  INTEGER NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    article_id     INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    PRIMARY KEY (collection_id, article_id)
) WITHOUT ROWID;
CREATE INDEX collection_article_article ON collection_article (article_id);

-- Full-text index; rowid = article.id. Kept in step by the store, in the same transaction.
CREATE VIRTUAL TABLE article_fts USING fts5 (
    title, standfirst, body, authors, captions, credits, site,
    tokenize = 'unicode61 remove_diacritics 2'
);
