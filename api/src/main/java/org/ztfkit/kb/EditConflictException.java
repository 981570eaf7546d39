package org.ztfkit.kb;

import org.ztfkit.errors.ZtfException;
import org.ztfkit.model.Oid;

/**
 * Someone else saved the object after you read it, so your save was refused instead of silently replacing their
 * version (optimistic versioning: no lost update). The exception carries the record as it is now.
 *
 * <pre>{@code
 * try {
 *     kb.annotate(oid).addTags("EA").save();
 * } catch (EditConflictException e) {
 *     e.current();                          // what bob saved meanwhile
 *     kb.annotate(oid).addTags("EA").save(); // re-apply the change on top of it
 * }
 * }</pre>
 */
public class EditConflictException extends ZtfException {
    private final Oid oid;
    private final int baseVersion;
    private final ObjectRecord current;

    EditConflictException(Oid oid, int baseVersion, ObjectRecord current) {
        super("edit of " + oid + " not saved: it was based on " + (baseVersion == 0 ? "no record" : "version " + baseVersion)
                + ", but " + current.author() + " saved version " + current.version() + " at "
                + KbText.time(current.changedAt()) + " meanwhile (now: [" + KbText.tags(current.tags()) + "]"
                + (current.description().isEmpty() ? "" : " \"" + KbText.preview(current.description(), 60) + "\"")
                + "); look at e.current(), then apply your change again with kb.annotate(" + oid + ")");
        this.oid = oid;
        this.baseVersion = baseVersion;
        this.current = current;
    }

    /** The object whose edit was refused. */
    public Oid oid() {
        return oid;
    }

    /** The version the refused edit was based on (0: it expected no record yet). */
    public int baseVersion() {
        return baseVersion;
    }

    /** The object's record now, saved by someone else after the edit's base. */
    public ObjectRecord current() {
        return current;
    }
}
