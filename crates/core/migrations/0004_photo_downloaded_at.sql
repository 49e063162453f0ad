-- When a photo's image was downloaded after its article was captured (a saved page whose
-- pictures stayed on the web, fetched later at the user's request): the image may not be
-- the one the page showed when it was captured, so the time is kept. Null for an image
-- stored with its capture.
ALTER TABLE photo ADD COLUMN downloaded_at TEXT;

-- An image that was never fetched is not a failure: its missing reason is null (readers say
-- "not downloaded" from its address), as the app's labels expect. Earlier versions wrote
-- "not downloaded" there, which the gallery showed as "Image not stored".
UPDATE photo SET missing_reason = NULL WHERE missing_reason = 'not downloaded';
