package org.ztfkit.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import org.ztfkit.model.Band;

/**
 * The SNAD Viewer's plot styling (external-services.md §16.6): one colour per passband, and which marker and size
 * each kind of point gets, so that the target, its neighbours, alerts, upper limits and other surveys read apart.
 *
 * <pre>{@code
 * PlotStyle.colour(Band.ZTF_R);          // #CC3344
 * PlotStyle.alertColour(Band.ZTF_G);     // #05FFC5 (the Viewer's ant_g)
 * }</pre>
 */
public final class PlotStyle {
    /** Opacity of data markers (the Viewer's figures use alpha 0.7). */
    public static final int MARKER_ALPHA = 180;
    /** Target OID detections: circles. */
    public static final int TARGET_SIZE_PX = 7;
    /** Other OIDs (neighbours, other fields and passbands): smaller squares, as the Viewer draws them. */
    public static final int NEIGHBOUR_SIZE_PX = 4;
    /** Alert detections: triangles pointing up. */
    public static final int ALERT_SIZE_PX = 7;
    /** Upper limits: triangles pointing to fainter values. */
    public static final int UPPER_LIMIT_SIZE_PX = 7;
    /** Pan-STARRS and Gaia points: diamonds, drawn on top of ZTF. */
    public static final int EXTERNAL_SIZE_PX = 7;

    private PlotStyle() {
    }

    /**
     * A number as titles and legends show it: six significant digits without trailing zeros, as Python's
     * {@code {:.6g}} in the Viewer's titles ({@code 0.5537}, {@code 123.457}).
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** The Viewer's colour of a passband (zg/zr/zi for ZTF, ps_* for Pan-STARRS, grey/blue/red for Gaia G/BP/RP). */
    public static Colour colour(Band band) {
        return Colour.hex(switch (band) {
            case ZTF_G -> "#62D03E";
            case ZTF_R -> "#CC3344";
            case ZTF_I -> "#1C1309";
            case GAIA_G -> "#808080";
            case GAIA_BP -> "#0000FF";
            case GAIA_RP -> "#FF0000";
            case PS1_G -> "#A7D984";
            case PS1_R -> "#E0848F";
            case PS1_I -> "#694721";
            case PS1_Z -> "#5C5CFF";
            case PS1_Y -> "#9370D8";
        });
    }

    /**
     * The colour of ZTF alert photometry: the Viewer's ANTARES colours ({@code ant_g} {@code #05ffc5},
     * {@code ant_R} {@code #f08b98}); the Viewer has no alert i-band colour, so i keeps the zi colour.
     */
    public static Colour alertColour(Band band) {
        return switch (band) {
            case ZTF_G -> Colour.hex("#05FFC5");
            case ZTF_R -> Colour.hex("#F08B98");
            default -> colour(band);
        };
    }
}
