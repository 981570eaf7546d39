package org.ztfkit.images;

import java.util.Locale;

/** The survey thumbnails SkyPortal shows beside an object (external-services.md §15), by their SkyPortal type. */
public enum ThumbnailType {
    /** SDSS SkyServer JPEG cutout. */
    SDSS,
    /** DESI Legacy Imaging Surveys viewer JPEG cutout. */
    LS,
    /** Pan-STARRS1 colour cutout, found through an HTML lookup page (two steps). */
    PS1;

    /** SkyPortal's type name: {@code sdss}, {@code ls}, {@code ps1}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the image URL is read from a lookup page rather than built directly. */
    public boolean needsLookup() {
        return this == PS1;
    }

    @Override
    public String toString() {
        return id();
    }
}
