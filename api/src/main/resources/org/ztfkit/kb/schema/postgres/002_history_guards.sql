-- Rules the database enforces for everyone, whatever client they use:
--  * authorship: a row's author and time come from the login that inserts it (session_user, now); only the base's
--    admin (a member of the owner role of the table, or a superuser) may write other authors and times, to restore
--    a backup or import the SNAD knowledge base;
--  * history is append-only: no UPDATE, DELETE or TRUNCATE of version rows, not even by the owner;
--  * versions of one object or tag are numbered 1, 2, 3, … without gaps; a save based on a version that is no longer
--    the latest fails with unique_violation (optimistic versioning: no lost update);
--  * object versions carry only existing tag ids; a current tag name belongs to one tag.

CREATE FUNCTION kb_is_admin(rel regclass) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(session_user, c.relowner, 'MEMBER') FROM pg_class c WHERE c.oid = rel
$$;

CREATE FUNCTION kb_stamp_author() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    admin boolean := kb_is_admin(TG_RELID);
BEGIN
    IF NOT admin OR NEW.changed_by IS NULL THEN
        NEW.changed_by := session_user;
    END IF;
    IF NOT admin OR NEW.changed_at IS NULL THEN
        NEW.changed_at := date_trunc('microseconds', clock_timestamp());
    END IF;
    IF NOT admin THEN
        NEW.origin := 'local';
    END IF;
    NEW.recorded_by := session_user;
    RETURN NEW;
END
$$;

CREATE FUNCTION kb_check_object_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    latest integer;
    unknown integer;
BEGIN
    SELECT coalesce(max(version), 0) INTO latest FROM kb_object_version WHERE oid = NEW.oid;
    IF NEW.version <= latest THEN
        RAISE EXCEPTION 'object % already has version %: it was saved by someone else meanwhile', NEW.oid, NEW.version
            USING ERRCODE = 'unique_violation';
    ELSIF NEW.version > latest + 1 THEN
        RAISE EXCEPTION 'object % has % versions; the next one is %, not %', NEW.oid, latest, latest + 1, NEW.version
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT count(*) INTO unknown FROM unnest(NEW.tag_ids) AS t(id)
        WHERE NOT EXISTS (SELECT 1 FROM kb_tag_version v WHERE v.tag_id = t.id);
    IF unknown > 0 THEN
        RAISE EXCEPTION 'object % version % refers to % unknown tag id(s)', NEW.oid, NEW.version, unknown
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION kb_check_tag_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    latest integer;
BEGIN
    -- one tag writer at a time, so that two new tags cannot take the same name
    PERFORM pg_advisory_xact_lock(hashtext('ztfkit.kb.tags'));
    SELECT coalesce(max(version), 0) INTO latest FROM kb_tag_version WHERE tag_id = NEW.tag_id;
    IF NEW.version <> latest + 1 THEN
        RAISE EXCEPTION 'tag % has % versions; the next one is %, not %', NEW.tag_id, latest, latest + 1, NEW.version
            USING ERRCODE = CASE WHEN NEW.version <= latest THEN 'unique_violation' ELSE 'check_violation' END;
    END IF;
    IF EXISTS (SELECT 1 FROM kb_tag t WHERE t.name = NEW.name AND t.tag_id <> NEW.tag_id) THEN
        RAISE EXCEPTION 'tag name % is already used by another tag', NEW.name USING ERRCODE = 'unique_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION kb_refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'knowledge-base history (%) is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege', HINT = 'save a new version instead';
END
$$;

-- Row triggers fire in name order: authorship first, then the checks.
CREATE TRIGGER kb_10_author BEFORE INSERT ON kb_object_version FOR EACH ROW EXECUTE FUNCTION kb_stamp_author();
CREATE TRIGGER kb_20_check BEFORE INSERT ON kb_object_version FOR EACH ROW EXECUTE FUNCTION kb_check_object_version();
CREATE TRIGGER kb_append_only BEFORE UPDATE OR DELETE ON kb_object_version
    FOR EACH ROW EXECUTE FUNCTION kb_refuse_rewrite();
CREATE TRIGGER kb_no_truncate BEFORE TRUNCATE ON kb_object_version FOR EACH STATEMENT EXECUTE FUNCTION kb_refuse_rewrite();

CREATE TRIGGER kb_10_author BEFORE INSERT ON kb_tag_version FOR EACH ROW EXECUTE FUNCTION kb_stamp_author();
CREATE TRIGGER kb_20_check BEFORE INSERT ON kb_tag_version FOR EACH ROW EXECUTE FUNCTION kb_check_tag_version();
CREATE TRIGGER kb_append_only BEFORE UPDATE OR DELETE ON kb_tag_version
    FOR EACH ROW EXECUTE FUNCTION kb_refuse_rewrite();
CREATE TRIGGER kb_no_truncate BEFORE TRUNCATE ON kb_tag_version FOR EACH STATEMENT EXECUTE FUNCTION kb_refuse_rewrite();
