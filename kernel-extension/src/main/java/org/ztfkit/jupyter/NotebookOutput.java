package org.ztfkit.jupyter;

/**
 * The two display calls a kernel offers to running code: show a value in the current cell and get its display id,
 * and replace what an earlier display shows. Each binding adapts its kernel's API.
 */
public interface NotebookOutput {
    /** Shows the value (rendered through the kernel, hence through {@link Displays}); returns the display id. */
    String display(Object value);

    /** Replaces the content of display {@code displayId} with the value. */
    void update(String displayId, Object value);
}
