-- Whether a capture's extraction became its article's text and fields. A new capture of a
-- known page that held next to no text (its script had not drawn it) is recorded with its
-- original, but the article keeps the text of the capture before: 0 marks such a capture,
-- so the reader shows the capture the text came from. Every earlier capture did refresh it.
ALTER TABLE capture ADD COLUMN refreshed_article INTEGER NOT NULL DEFAULT 1;
