package org.ztfkit.images;

import java.math.BigDecimal;

/**
 * The two roots of the ZTF product archive: IRSA itself and the SNAD FITS proxy that mirrors it with CORS headers
 * and a cache (external-services.md §3.3). Both take the same relative paths ({@code sci/…}, {@code ref/…}).
 */
final class ZtfProducts {
    static final String IRSA = "https://irsa.ipac.caltech.edu/ibe/data/ztf/products/";
    static final String SNAD_PROXY = "https://fits.ztf.snad.space/products/";

    private ZtfProducts() {
    }

    /** A coordinate as URL text: the shortest decimal that round-trips the double, never exponent notation. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
