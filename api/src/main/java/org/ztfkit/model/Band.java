package org.ztfkit.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ztfkit.errors.InvalidInputException;

/**
 * A photometric passband, named unambiguously by survey: {@code ztf_g}, {@code ps1_g} and {@code gaia_G} are three
 * different bands. The declaration order is the legend and sort order of plots (ZTF, then Gaia, then Pan-STARRS,
 * as the SNAD Viewer orders them).
 */
public enum Band {
    ZTF_G("ztf_g", "ZTF", "zg", 1, 4753.0),
    ZTF_R("ztf_r", "ZTF", "zr", 2, 6369.0),
    ZTF_I("ztf_i", "ZTF", "zi", 3, 7915.0),
    GAIA_G("gaia_G", "Gaia", null, 0, 6230.0),
    GAIA_BP("gaia_BP", "Gaia", null, 0, 5110.0),
    GAIA_RP("gaia_RP", "Gaia", null, 0, 7770.0),
    PS1_G("ps1_g", "Pan-STARRS", null, 1, 4866.0),
    PS1_R("ps1_r", "Pan-STARRS", null, 2, 6215.0),
    PS1_I("ps1_i", "Pan-STARRS", null, 3, 7545.0),
    PS1_Z("ps1_z", "Pan-STARRS", null, 4, 8679.0),
    PS1_Y("ps1_y", "Pan-STARRS", null, 5, 9633.0);

    private final String id;
    private final String survey;
    private final String ztfFilterCode;
    private final int surveyFilterId;
    private final double effectiveWavelengthAngstrom;

    Band(String id, String survey, String ztfFilterCode, int surveyFilterId, double effectiveWavelengthAngstrom) {
        this.id = id;
        this.survey = survey;
        this.ztfFilterCode = ztfFilterCode;
        this.surveyFilterId = surveyFilterId;
        this.effectiveWavelengthAngstrom = effectiveWavelengthAngstrom;
    }

    /** The unambiguous name used in light-curve tables, e.g. {@code ztf_r}. */
    public String id() {
        return id;
    }

    /** {@code ZTF}, {@code Gaia} or {@code Pan-STARRS}. */
    public String survey() {
        return survey;
    }

    /** The ZTF DR filter code ({@code zg}, {@code zr}, {@code zi}); null for other surveys. */
    public String ztfFilterCode() {
        return ztfFilterCode;
    }

    /** The survey's own numeric filter id: ZTF {@code fid}/{@code filterid} 1–3, Pan-STARRS {@code filterID} 1–5; 0 for Gaia. */
    public int surveyFilterId() {
        return surveyFilterId;
    }

    /** Approximate effective wavelength, Å (for ordering and colour maps only). */
    public double effectiveWavelengthAngstrom() {
        return effectiveWavelengthAngstrom;
    }

    public boolean isZtf() {
        return ztfFilterCode != null;
    }

    /**
     * The band named {@code id} ({@code ztf_g}, {@code ps1_y}, {@code gaia_BP}, …). ZTF DR filter codes
     * ({@code zg}, {@code zr}, {@code zi}) are accepted too. Bare letters such as {@code g} are ambiguous and rejected.
     */
    public static Band of(String id) {
        if (id != null) {
            for (Band band : values()) {
                if (band.id.equals(id) || id.equals(band.ztfFilterCode)) {
                    return band;
                }
            }
            for (Band band : values()) {
                if (band.id.equalsIgnoreCase(id)) {
                    return band;
                }
            }
        }
        String valid = Arrays.stream(values()).map(Band::id).collect(Collectors.joining(", "));
        String advice = id != null && id.length() <= 2
                ? "a bare filter letter is ambiguous across surveys; name the survey, e.g. ztf_" + id.toLowerCase(Locale.ROOT)
                : "use one of the names listed";
        throw InvalidInputException.of("band", "one of " + valid + " (or zg, zr, zi)", id, advice);
    }

    /** The ZTF band of a filter id: 1 = g, 2 = r, 3 = i. */
    public static Band ztf(int filterId) {
        return switch (filterId) {
            case 1 -> ZTF_G;
            case 2 -> ZTF_R;
            case 3 -> ZTF_I;
            default -> throw InvalidInputException.of("ZTF filter id", "1 (g), 2 (r) or 3 (i)", filterId, "");
        };
    }

    /** The Pan-STARRS band of a {@code filterID}: 1–5 = g, r, i, z, y. */
    public static Band ps1(int filterId) {
        return switch (filterId) {
            case 1 -> PS1_G;
            case 2 -> PS1_R;
            case 3 -> PS1_I;
            case 4 -> PS1_Z;
            case 5 -> PS1_Y;
            default -> throw InvalidInputException.of("Pan-STARRS filterID", "1–5 (g, r, i, z, y)", filterId, "");
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
