package org.ztfkit.kb;

import org.ztfkit.errors.ZtfException;

/**
 * The knowledge base refused the login or the operation: wrong password or token, a reader trying to write, or a
 * restore by someone who is not the base's admin. The message names who was refused, what, and whom to ask.
 *
 * <pre>{@code
 * var kb = KnowledgeBase.postgres(url, "rita", password);   // rita is a reader
 * kb.annotate(oid).tags("SN").save();                        // PermissionDeniedException: rita may read but not write …
 * }</pre>
 */
public class PermissionDeniedException extends ZtfException {
    /** A refusal; the message says who was refused what, and whom to ask. */
    public PermissionDeniedException(String message) {
        super(message);
    }

    /** A refusal reported by a database or service ({@code cause}). */
    public PermissionDeniedException(String message, Throwable cause) {
        super(message, cause);
    }
}
