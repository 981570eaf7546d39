package org.ztfkit.plot;

import java.util.Arrays;
import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;

/** The file formats a plot renders to. */
public enum PlotFormat {
    PNG("png", "image/png"),
    SVG("svg", "image/svg+xml"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mimeType;

    PlotFormat(String extension, String mimeType) {
        this.extension = extension;
        this.mimeType = mimeType;
    }

    /** File extension without the dot. */
    public String extension() {
        return extension;
    }

    /** The MIME type, e.g. {@code image/svg+xml}. */
    public String mimeType() {
        return mimeType;
    }

    /**
     * The format named by a file's extension, e.g. {@code lc.pdf} → {@link #PDF} (case-insensitive).
     *
     * @throws InvalidInputException for another extension
     */
    public static PlotFormat ofFileName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        for (PlotFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return f;
            }
        }
        throw InvalidInputException.of("plot file name", "one ending in "
                + Arrays.stream(values()).map(f -> "." + f.extension).toList(), fileName,
                "e.g. plot.save(\"lc.pdf\")");
    }
}
