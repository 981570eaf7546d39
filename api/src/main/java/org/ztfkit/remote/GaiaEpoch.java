package org.ztfkit.remote;

import java.util.Locale;

/**
 * One Gaia epoch-photometry measurement: one band of one field-of-view transit, in native units (external-services.md
 * §6.2). Missing numbers are NaN.
 *
 * @param sourceId              {@code source_id}
 * @param transitId             {@code transit_id}
 * @param band                  {@code G}, {@code BP} or {@code RP}
 * @param timeTcbDays           barycentric JD in TCB − 2455197.5
 * @param flux                  e⁻/s
 * @param fluxError             e⁻/s
 * @param fluxOverError         flux / error
 * @param magVega               the archive's Vega magnitude
 * @param rejectedByPhotometry  {@code rejected_by_photometry}
 * @param rejectedByVariability {@code rejected_by_variability}
 * @param variabilityReject     the band's variability rejection ({@code variability_flag_{g|bp|rp}_reject}; in the
 *                              one-row-per-band layout the row's {@code rejected_by_variability})
 */
public record GaiaEpoch(long sourceId, long transitId, String band, double timeTcbDays, double flux, double fluxError,
                        double fluxOverError, double magVega, boolean rejectedByPhotometry,
                        boolean rejectedByVariability, boolean variabilityReject) {
    /** The Viewer's selection (§6.2 step 1, plus its advice to drop NaN fluxes): kept for the light curve. */
    public boolean isUsable() {
        return !rejectedByPhotometry && !variabilityReject && flux > 0 && Double.isFinite(fluxOverError)
                && Double.isFinite(timeTcbDays);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GaiaEpoch[%d %s transit %d t=%.5f flux %.1f]", sourceId, band, transitId,
                timeTcbDays, flux);
    }
}
