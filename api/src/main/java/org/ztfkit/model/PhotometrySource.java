package org.ztfkit.model;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.ztfkit.errors.InvalidInputException;

/** Where a light-curve point came from: the {@code source} column of every light-curve table. */
public enum PhotometrySource {
    /** ZTF data-release PSF photometry (apparent magnitudes, no upper limits). */
    ZTF_DR("ztf_dr"),
    /** ZTF alert-pipeline difference photometry, with non-detections as upper limits. */
    ZTF_ALERT("ztf_alert"),
    /** Pan-STARRS DR2 detections. */
    PS1("ps1"),
    /** Gaia DR3 epoch photometry. */
    GAIA("gaia");

    private final String id;

    PhotometrySource(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static PhotometrySource of(String id) {
        for (PhotometrySource source : values()) {
            if (source.id.equalsIgnoreCase(id)) {
                return source;
            }
        }
        throw InvalidInputException.of("source", "one of "
                + Arrays.stream(values()).map(PhotometrySource::id).collect(Collectors.joining(", ")), id, "");
    }

    @Override
    public String toString() {
        return id;
    }
}
