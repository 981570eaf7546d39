package org.ztfkit.catalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Catalog values as text in tables and one-line descriptions. */
final class CatalogText {
    private CatalogText() {
    }

    /** A value as table text: numbers without needless digits. */
    static String format(Object value) {
        if (value instanceof Double d && Double.isFinite(d)) {
            double a = Math.abs(d);
            return a != 0 && (a < 1e-3 || a >= 1e7) ? String.format(Locale.ROOT, "%.4e", d)
                    : new BigDecimal(d).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
