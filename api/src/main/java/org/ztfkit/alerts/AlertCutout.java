package org.ztfkit.alerts;

import org.ztfkit.fits.FitsCodec;
import org.ztfkit.fits.Stamp;
import org.ztfkit.sky.SkyPosition;

/**
 * One cutout of a ZTF alert as the packet carries it: a gzipped 63×63 float32 FITS image without a WCS, and its
 * original file name. The bytes are kept untouched (they are what the store keeps as a blob); {@link #stamp}
 * decodes them.
 *
 * <pre>{@code
 * AlertCutout sci = packet.rawCutout(CutoutKind.SCIENCE).orElseThrow();
 * sci.fileName();                    // candid2475433850315015009_pid2475433850315_targ_sci.fits.gz
 * sci.gzippedFits().length;          // 13401
 * sci.stamp(packet.candidate().position());   // centred on the alert position
 * }</pre>
 */
public final class AlertCutout {
    private final CutoutKind kind;
    private final String fileName;
    private final byte[] gzippedFits;

    private AlertCutout(CutoutKind kind, String fileName, byte[] gzippedFits) {
        this.kind = kind;
        this.fileName = fileName;
        this.gzippedFits = gzippedFits;
    }

    /** A cutout from its kind, file name and stamp bytes (copied). */
    public static AlertCutout of(CutoutKind kind, String fileName, byte[] gzippedFits) {
        return new AlertCutout(kind, fileName, gzippedFits.clone());
    }

    public CutoutKind kind() {
        return kind;
    }

    /** The file name the pipeline gave the stamp; empty if the packet had none. */
    public String fileName() {
        return fileName;
    }

    /** A copy of the stamp bytes: gzipped FITS. */
    public byte[] gzippedFits() {
        return gzippedFits.clone();
    }

    /**
     * The decoded image, its centre pixel (31, 31) placed at {@code alertPosition}, the candidate's position: the
     * cutouts carry no WCS of their own.
     */
    public Stamp stamp(SkyPosition alertPosition) {
        return FitsCodec.read(gzippedFits).centredOn(alertPosition);
    }

    @Override
    public String toString() {
        return "AlertCutout[" + kind + " " + fileName + ", " + gzippedFits.length + " bytes gzipped FITS]";
    }
}
