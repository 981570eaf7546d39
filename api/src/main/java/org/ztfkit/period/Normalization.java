package org.ztfkit.period;

/**
 * How Lomb–Scargle power is normalised, with astropy's names and formulas ({@code LombScargle(normalization=…)}).
 * With {@code P = YC²/CC + YS²/SS} (Zechmeister &amp; Kürster 2009, weights normalised to sum 1) and
 * {@code YY = Σ w (y − ȳ)²}:
 * <ul>
 *   <li>{@link #STANDARD}: {@code P / YY}, in [0, 1], the fraction of χ² a sinusoid explains (the default);</li>
 *   <li>{@link #MODEL}: {@code P / (YY − P)};</li>
 *   <li>{@link #LOG}: {@code −ln(1 − P / YY)};</li>
 *   <li>{@link #PSD}: {@code P · ½ Σ dy⁻²}, which is Baluev's {@code z} when errors are given.</li>
 * </ul>
 *
 * <pre>{@code
 * Periodogram.options().normalization(Normalization.PSD).build();
 * }</pre>
 */
public enum Normalization {
    STANDARD, MODEL, LOG, PSD;

    /** The name astropy uses, e.g. {@code "standard"}. */
    public String astropyName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
