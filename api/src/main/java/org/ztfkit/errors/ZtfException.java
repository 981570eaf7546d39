package org.ztfkit.errors;

/**
 * Base of ztfkit's domain failures: an object that does not exist, a service that cannot answer, a store that
 * cannot be read. Unchecked, so notebook cells and lambdas stay short. Bad arguments raise
 * {@link InvalidInputException} instead.
 */
public class ZtfException extends RuntimeException {
    public ZtfException(String message) {
        super(message);
    }

    public ZtfException(String message, Throwable cause) {
        super(message, cause);
    }
}
