-- The knowledge base (external-services.md §19.6), shared by a team in PostgreSQL.
-- History is append-only: every save of a tag or an object adds a version row; current state = latest version.
-- Tags are referenced by their stable id, so a renamed tag stays on every object version that carried it.
-- recorded_by is the database login that inserted the row (the author of local edits; the admin for restores).

CREATE TABLE kb_tag_version (
    tag_id      INTEGER NOT NULL CHECK (tag_id >= 1),
    version     INTEGER NOT NULL CHECK (version >= 1),
    name        VARCHAR(256) NOT NULL CHECK (name ~ '^[0-9A-Za-z_-]+$'),
    description TEXT NOT NULL CHECK (char_length(description) <= 10000),
    priority    INTEGER NOT NULL,
    changed_by  TEXT NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL,
    origin      TEXT NOT NULL CHECK (origin IN ('local', 'snad-akb')),
    recorded_by TEXT NOT NULL DEFAULT session_user,
    PRIMARY KEY (tag_id, version)
);

CREATE TABLE kb_object_version (
    oid         BIGINT NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    tag_ids     INTEGER[] NOT NULL,
    description TEXT NOT NULL CHECK (char_length(description) <= 10000),
    simbadid    VARCHAR(256) NOT NULL,
    changed_by  TEXT NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL,
    origin      TEXT NOT NULL CHECK (origin IN ('local', 'snad-akb')),
    recorded_by TEXT NOT NULL DEFAULT session_user,
    PRIMARY KEY (oid, version)
);

CREATE VIEW kb_tag AS
    SELECT DISTINCT ON (tag_id) tag_id, version, name, description, priority, changed_by, changed_at, origin
    FROM kb_tag_version ORDER BY tag_id, version DESC;

CREATE VIEW kb_object AS
    SELECT DISTINCT ON (oid) oid, version, tag_ids, description, simbadid, changed_by, changed_at, origin
    FROM kb_object_version ORDER BY oid, version DESC;
