package org.ztfkit.errors;

/** An identifier that is well formed but names no object in the data release (or catalog) that was asked. */
public class ObjectNotFoundException extends ZtfException {
    private final String identifier;
    private final String where;

    public ObjectNotFoundException(String identifier, String where, String advice) {
        super(identifier + " not found in " + where + (advice == null || advice.isBlank() ? "" : ": " + advice));
        this.identifier = identifier;
        this.where = where;
    }

    /** The identifier that was looked up, as the user gave it. */
    public String identifier() {
        return identifier;
    }

    /** Where it was looked up, e.g. {@code "ZTF dr13 (embedded demo sky)"}. */
    public String where() {
        return where;
    }
}
