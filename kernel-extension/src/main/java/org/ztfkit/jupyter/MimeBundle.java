package org.ztfkit.jupyter;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a notebook shows for a value, independent of the kernel: MIME type → content, as Jupyter's
 * {@code display_data} carries it (images base64-encoded). {@code text/plain} is always there: it is the value's
 * {@code toString()}, the fallback for GitHub, nbviewer and terminals. Frontends show the richest type they can
 * ({@code text/html} before {@code image/png} before {@code text/plain}).
 *
 * <pre>{@code
 * MimeBundle b = MimeBundle.text(lc).withHtml(html).withPng(png);
 * b.get(MimeBundle.PNG);     // base64 PNG
 * }</pre>
 *
 * @param data MIME type → content, in insertion order
 */
public record MimeBundle(Map<String, String> data) {
    /** The text fallback, always present: the value's {@code toString()}. */
    public static final String TEXT = "text/plain";
    /** HTML, shown by notebook frontends in preference to images and text. */
    public static final String HTML = "text/html";
    /** A PNG image, base64-encoded. */
    public static final String PNG = "image/png";

    public MimeBundle {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
        if (!data.containsKey(TEXT)) {
            throw new IllegalArgumentException("a MIME bundle needs text/plain, got only " + data.keySet());
        }
    }

    /** A bundle with only {@code text/plain}: the value's {@code toString()}. */
    public static MimeBundle text(Object value) {
        return new MimeBundle(Map.of(TEXT, String.valueOf(value)));
    }

    /** The same bundle with {@code text/html}. */
    public MimeBundle withHtml(String html) {
        return with(HTML, html);
    }

    /** The same bundle with an {@code image/png} (given as bytes, stored base64). */
    public MimeBundle withPng(byte[] png) {
        return with(PNG, Base64.getEncoder().encodeToString(png));
    }

    private MimeBundle with(String mimeType, String content) {
        Map<String, String> more = new LinkedHashMap<>(data);
        more.put(mimeType, content);
        return new MimeBundle(more);
    }

    /** The content of one MIME type, if present. */
    public Optional<String> get(String mimeType) {
        return Optional.ofNullable(data.get(mimeType));
    }

    @Override
    public String toString() {
        return "MimeBundle" + data.keySet();
    }
}
