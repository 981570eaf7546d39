package org.ztfkit.remote;

import java.util.List;
import java.util.Locale;
import org.ztfkit.sky.SkyPosition;

/**
 * A Pan-STARRS DR2 stack object after the SNAD Viewer's duplicate merge (external-services.md §5.3).
 *
 * @param objId     PS1 {@code objID}
 * @param objName   IAU name, e.g. {@code PSO J253.1577+25.8226}
 * @param position  {@code raMean}, {@code decMean}
 * @param stackRows how many primary stack rows were merged
 * @param bands     magnitudes in g, r, i, z, y order
 */
public record Ps1StackObject(long objId, String objName, SkyPosition position, int stackRows, List<Magnitudes> bands) {
    /** The PS1 bands, in the order of {@link #bands} and of {@code filterID} 1–5. */
    public static final List<String> BAND_NAMES = List.of("g", "r", "i", "z", "y");

    public Ps1StackObject {
        bands = List.copyOf(bands);
    }

    /**
     * Merged stack magnitudes of one band (AB); NaN where no valid row had one.
     *
     * @param psfMag    PSF magnitude
     * @param psfMagErr its error
     * @param apMag     aperture magnitude
     * @param apMagErr  its error
     */
    public record Magnitudes(double psfMag, double psfMagErr, double apMag, double apMagErr) {
    }

    /** The magnitudes of a band, {@code "g"} … {@code "y"}. */
    public Magnitudes band(String name) {
        int i = BAND_NAMES.indexOf(name);
        if (i < 0) {
            throw org.ztfkit.errors.InvalidInputException.of("PS1 band", "one of " + BAND_NAMES, name, "");
        }
        return bands.get(i);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Ps1StackObject[%d %s %s, %d stack rows, r = %.3f]", objId, objName, position,
                stackRows, bands.get(1).psfMag());
    }
}
