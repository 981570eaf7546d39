package org.ztfkit.errors;

/**
 * A value given by the user that ztfkit cannot accept. The message always names the bad value, the valid form or
 * range, and what to do, e.g. {@code radiusArcsec must be in (0, 60], got 120.0: use a smaller cone, or query
 * the DR in several cones}.
 */
public class InvalidInputException extends IllegalArgumentException {
    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Builds the standard message: {@code <what> must be <valid>, got <value>: <advice>}.
     *
     * @param what   the name of the argument or field, e.g. {@code "radiusArcsec"}
     * @param valid  the valid form or range, e.g. {@code "in (0, 60]"}
     * @param value  the value that was given (printed with {@link String#valueOf(Object)}, strings quoted)
     * @param advice what the user can do instead; may be empty
     */
    public static InvalidInputException of(String what, String valid, Object value, String advice) {
        String shown = value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
        String message = what + " must be " + valid + ", got " + shown;
        if (advice != null && !advice.isBlank()) {
            message += ": " + advice;
        }
        return new InvalidInputException(message);
    }
}
