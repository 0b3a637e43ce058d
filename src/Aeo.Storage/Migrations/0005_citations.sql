-- The sources an engine cited or retrieved for an answer, normalised by the analysis library:
-- [{ "url", "domain", "title", "kind": "cited" | "retrieved", "position" }].
ALTER TABLE responses ADD COLUMN citations jsonb NOT NULL DEFAULT '[]'::jsonb;
