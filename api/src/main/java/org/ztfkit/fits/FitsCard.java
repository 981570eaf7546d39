package org.ztfkit.fits;

/**
 * One header card. {@code value} is a {@link Boolean}, {@link Long}, {@link Double} or {@link String} (strings
 * unquoted, trailing blanks removed). For commentary cards ({@code COMMENT}, {@code HISTORY}, blank keyword) the
 * value is the card's text.
 *
 * <pre>{@code
 * new FitsCard("BUNIT", "DN", "")   // BUNIT   = 'DN      '
 * }</pre>
 *
 * @param keyword the keyword, upper case
 * @param value   the typed value, or the text of a commentary card
 * @param comment the comment after {@code /}, or empty
 */
public record FitsCard(String keyword, Object value, String comment) {
    public FitsCard {
        if (!(value instanceof Boolean || value instanceof Long || value instanceof Double || value instanceof String)) {
            throw new IllegalArgumentException("FITS card " + keyword + ": value must be Boolean, Long, Double or"
                    + " String, got " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        comment = comment == null ? "" : comment;
    }

    /** True for {@code COMMENT}, {@code HISTORY} and blank-keyword cards, which carry text but no value. */
    public boolean isCommentary() {
        return keyword.isEmpty() || keyword.equals("COMMENT") || keyword.equals("HISTORY");
    }

    @Override
    public String toString() {
        if (isCommentary()) {
            return (keyword + " " + value).strip();
        }
        String shown = value instanceof String s ? "'" + s + "'" : String.valueOf(value);
        return keyword + " = " + shown + (comment.isEmpty() ? "" : " / " + comment);
    }
}
