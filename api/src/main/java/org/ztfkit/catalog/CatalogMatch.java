package org.ztfkit.catalog;

import java.util.Locale;

/**
 * A catalog source and its separation from the cross-match centre.
 *
 * @param row              the source
 * @param separationArcsec its distance from the centre, arcseconds
 */
public record CatalogMatch(CatalogRow row, double separationArcsec) {
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%.2f″)", row, separationArcsec);
    }
}
