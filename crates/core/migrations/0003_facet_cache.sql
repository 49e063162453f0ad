-- Cuttings library schema, version 3: the sidebar's whole-library counts are kept between
-- sessions, so opening the app never counts a million rows (2.6 s at 1M articles).
-- Shipped migrations are never edited: add a new numbered file instead.

-- The library's generation: bumped by every change a facet count can see (articles and
-- their site, section, genre, language and dates; tags and taggings; collections and
-- their articles; photos and annotations added or removed). A cached count is good while
-- the generation it was counted at is still the library's. Editing a note or attaching a
-- photo's image changes no count, so it does not bump the generation.
INSERT INTO library_stat (key, value) VALUES ('generation', 0);

-- Counted facets (JSON of `model::Facets`) by a key naming the query and the format.
CREATE TABLE facet_cache (
    key         TEXT    PRIMARY KEY,
    generation  INTEGER NOT NULL,
    facets      TEXT    NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER article_inserted_generation AFTER INSERT ON article BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER article_updated_generation AFTER UPDATE ON article BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER article_deleted_generation AFTER DELETE ON article BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER tag_inserted_generation AFTER INSERT ON tag BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER tag_updated_generation AFTER UPDATE ON tag BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER tag_deleted_generation AFTER DELETE ON tag BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER article_tag_inserted_generation AFTER INSERT ON article_tag BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER article_tag_updated_generation AFTER UPDATE ON article_tag BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER article_tag_deleted_generation AFTER DELETE ON article_tag BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER collection_inserted_generation AFTER INSERT ON collection BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER collection_updated_generation AFTER UPDATE ON collection BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER collection_deleted_generation AFTER DELETE ON collection BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER collection_article_inserted_generation AFTER INSERT ON collection_article BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER collection_article_updated_generation AFTER UPDATE ON collection_article BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER collection_article_deleted_generation AFTER DELETE ON collection_article BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER photo_inserted_generation AFTER INSERT ON photo BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER photo_deleted_generation AFTER DELETE ON photo BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER annotation_inserted_generation AFTER INSERT ON annotation BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
CREATE TRIGGER annotation_deleted_generation AFTER DELETE ON annotation BEGIN
    UPDATE library_stat SET value = value + 1 WHERE key = 'generation';
END;
