package org.ztfkit.errors;

/** The embedded database could not be opened, read or written. The message names the file and what failed. */
public class StoreException extends ZtfException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
