-- The knowledge base (external-services.md §19.6), embedded: one DuckDB file of its own.
-- History is append-only: every save of a tag or an object adds a version row; current state = latest version.
-- Tags are referenced by their stable id, so a renamed tag stays on every object version that carried it.

CREATE TABLE kb_tag_version (
    tag_id      INTEGER NOT NULL CHECK (tag_id >= 1),
    version     INTEGER NOT NULL CHECK (version >= 1),
    name        VARCHAR NOT NULL CHECK (length(name) BETWEEN 1 AND 256 AND regexp_full_match(name, '[0-9A-Za-z_-]+')),
    description VARCHAR NOT NULL CHECK (length(description) <= 10000),
    priority    INTEGER NOT NULL,                 -- display order, lower first
    changed_by  VARCHAR NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL,
    origin      VARCHAR NOT NULL CHECK (origin IN ('local', 'snad-akb')),
    PRIMARY KEY (tag_id, version)
);

CREATE TABLE kb_object_version (
    oid         BIGINT NOT NULL,                  -- ZTF DR OID
    version     INTEGER NOT NULL CHECK (version >= 1),
    tag_ids     INTEGER[] NOT NULL,               -- kb_tag_version.tag_id
    description VARCHAR NOT NULL CHECK (length(description) <= 10000),
    simbadid    VARCHAR NOT NULL CHECK (length(simbadid) <= 256),
    changed_by  VARCHAR NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL,
    origin      VARCHAR NOT NULL CHECK (origin IN ('local', 'snad-akb')),
    PRIMARY KEY (oid, version)                    -- two saves based on the same version cannot both succeed
);

CREATE VIEW kb_tag AS
    SELECT DISTINCT ON (tag_id) * FROM kb_tag_version ORDER BY tag_id, version DESC;

CREATE VIEW kb_object AS
    SELECT DISTINCT ON (oid) * FROM kb_object_version ORDER BY oid, version DESC;
