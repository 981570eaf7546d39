package org.ztfkit.lightcurve;

/**
 * How a light curve's brightness is shown: magnitude or flux, apparent or difference (seed 001 eqs. 1–7,
 * external-services.md §16.4). It names the columns to plot and the Viewer's axis label.
 *
 * <pre>{@code
 * Representation r = lc.difference().representation();   // DIFFERENCE_MAGNITUDE
 * r.valueColumn();        // "diffmag"
 * r.lowerErrorColumn();   // "diffmagerr_minus": value − it is the brighter end of the bar
 * r.axisLabel();          // "diff mag"
 * r.isMagnitude();        // true: draw the axis inverted
 * }</pre>
 */
public enum Representation {
    /** Apparent AB magnitudes ({@code mag ± magerr}); the default. */
    MAGNITUDE("mag", LightCurveColumns.MAG, LightCurveColumns.MAGERR, LightCurveColumns.MAGERR),
    /** Apparent flux densities, Jy ({@code flux ± fluxerr}). */
    FLUX("flux, Jy", LightCurveColumns.FLUX, LightCurveColumns.FLUXERR, LightCurveColumns.FLUXERR),
    /** Difference magnitudes with asymmetric errors ({@code diffmag}, {@code −diffmagerr_minus}, {@code +diffmagerr_plus}). */
    DIFFERENCE_MAGNITUDE("diff mag", LightCurveColumns.DIFFMAG, LightCurveColumns.DIFFMAGERR_MINUS,
            LightCurveColumns.DIFFMAGERR_PLUS),
    /** Difference flux densities, Jy ({@code diffflux ± difffluxerr}). */
    DIFFERENCE_FLUX("diff flux, Jy", LightCurveColumns.DIFFFLUX, LightCurveColumns.DIFFFLUXERR,
            LightCurveColumns.DIFFFLUXERR);

    private final String axisLabel;
    private final String valueColumn;
    private final String lowerErrorColumn;
    private final String upperErrorColumn;

    Representation(String axisLabel, String valueColumn, String lowerErrorColumn, String upperErrorColumn) {
        this.axisLabel = axisLabel;
        this.valueColumn = valueColumn;
        this.lowerErrorColumn = lowerErrorColumn;
        this.upperErrorColumn = upperErrorColumn;
    }

    /** The SNAD Viewer's axis label: {@code mag}, {@code flux, Jy}, {@code diff mag}, {@code diff flux, Jy}. */
    public String axisLabel() {
        return axisLabel;
    }

    /** The column holding the value. */
    public String valueColumn() {
        return valueColumn;
    }

    /** The column whose value, subtracted from the value, gives the lower (numerically smaller) end of the bar. */
    public String lowerErrorColumn() {
        return lowerErrorColumn;
    }

    /** The column whose value, added to the value, gives the upper end of the bar. */
    public String upperErrorColumn() {
        return upperErrorColumn;
    }

    /** True for magnitudes: smaller is brighter, so plots invert the axis. */
    public boolean isMagnitude() {
        return this == MAGNITUDE || this == DIFFERENCE_MAGNITUDE;
    }

    /** True for the difference representations. */
    public boolean isDifference() {
        return this == DIFFERENCE_MAGNITUDE || this == DIFFERENCE_FLUX;
    }

    /** The same kind (apparent or difference), in magnitudes. */
    Representation inMagnitudes() {
        return isDifference() ? DIFFERENCE_MAGNITUDE : MAGNITUDE;
    }

    /** The same kind (apparent or difference), in fluxes. */
    Representation inFlux() {
        return isDifference() ? DIFFERENCE_FLUX : FLUX;
    }

    /** The same quantity (magnitude or flux), as a difference. */
    Representation difference() {
        return isMagnitude() ? DIFFERENCE_MAGNITUDE : DIFFERENCE_FLUX;
    }

    /** The same quantity (magnitude or flux), apparent. */
    Representation apparent() {
        return isMagnitude() ? MAGNITUDE : FLUX;
    }

    @Override
    public String toString() {
        return axisLabel;
    }
}
