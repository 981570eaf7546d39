package org.ztfkit.kb;

import java.util.regex.Pattern;
import org.ztfkit.errors.InvalidInputException;

/** Checks of everything a user can type into the knowledge base; every backend stores only what passes them. */
final class KbInput {
    private static final Pattern TAG_NAME = Pattern.compile("[0-9A-Za-z_-]+");

    private KbInput() {
    }

    /** A tag name: 1–256 characters of {@code [0-9A-Za-z_-]} (the SNAD Viewer's rule). */
    static String tagName(String name) {
        if (name == null || name.isEmpty()) {
            throw InvalidInputException.of("tag name", "1–" + KnowledgeBase.MAX_TAG_NAME_CHARS
                    + " characters of letters, digits, '_' and '-'", name == null ? "null" : "", "for example \"EA\"");
        }
        if (name.length() > KnowledgeBase.MAX_TAG_NAME_CHARS) {
            throw new InvalidInputException("tag name must be at most " + KnowledgeBase.MAX_TAG_NAME_CHARS
                    + " characters, got " + name.length() + " characters ('" + name.substring(0, 20)
                    + "…'): use a short name and put the explanation in the tag's description");
        }
        if (!TAG_NAME.matcher(name).matches()) {
            throw InvalidInputException.of("tag name", "letters, digits, '_' and '-' only (^[0-9A-Za-z_-]+$)", name,
                    "write e.g. \"TNS_candidate\" instead of spaces or punctuation");
        }
        return name;
    }

    /** A free text (object or tag description) of at most {@link KnowledgeBase#MAX_DESCRIPTION_CHARS} characters. */
    static String description(String what, String text) {
        return text(what, text, KnowledgeBase.MAX_DESCRIPTION_CHARS,
                "shorten it, or put long material elsewhere and link it from the description");
    }

    /** A SIMBAD identifier: at most 256 characters, may be empty. */
    static String simbadId(String id) {
        return text("simbadId", id, KnowledgeBase.MAX_SIMBAD_ID_CHARS, "give the SIMBAD main identifier");
    }

    /** An author name for an embedded knowledge base: 1–256 characters. */
    static String author(String name) {
        String checked = text("author", name, KnowledgeBase.MAX_AUTHOR_CHARS, "use your user name");
        if (checked.isBlank()) {
            throw InvalidInputException.of("author", "a non-blank name", name, "e.g. KnowledgeBase.embedded(path).as(\"alice\")");
        }
        return checked;
    }

    private static String text(String what, String text, int maxChars, String advice) {
        if (text == null) {
            throw InvalidInputException.of(what, "a text (use \"\" for none)", "null", "");
        }
        int chars = text.codePointCount(0, text.length());
        if (chars > maxChars) {
            throw new InvalidInputException(what + " must be at most " + maxChars + " characters, got " + chars
                    + " characters starting '" + KbText.preview(text, 40) + "': " + advice);
        }
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInputException(what + " must not contain the NUL character (\\0), got '"
                    + KbText.preview(text.replace('\0', '␀'), 40) + "': remove it (databases cannot store it in text)");
        }
        return text;
    }
}
