package org.ztfkit.datasets.sky;

import java.util.ArrayList;
import java.util.List;
import org.ztfkit.model.Oid;

/**
 * A simplified ZTF field grid for the simulated sky. Like the real grid it has a primary set of fields on
 * declination bands 7.2° apart (centred at −89.05° + 7.2°·k, as the real primary grid) and a secondary set shifted by
 * half a field, so most positions lie in two fields; each field is 6.9° × 6.9° (47 deg²) and split into 4 × 4 CCDs of
 * 2 × 2 quadrants. Field numbers and CCD order are ZTF-like but not the real ones: the real grid is irregular and is
 * not needed offline. Real objects placed in the demo sky keep their real OIDs (see {@link RealObjects}).
 */
public final class FieldGrid {
    static final double FIELD_SIZE_DEG = 6.9;
    static final double QUADRANT_DEG = FIELD_SIZE_DEG / 8.0;
    private static final double BAND_STEP_DEG = 7.2;
    private static final double FIRST_BAND_DEC = -89.05;
    private static final double FIELD_SPACING_DEG = 6.7;
    /** Secondary-grid fields are numbered from here, as ZTF's are. */
    static final int FIRST_SECONDARY_FIELD = 1001;

    /** A field centre. */
    public record Field(int id, double ra, double dec) {
    }

    /**
     * Where a position falls: field, CCD and quadrant.
     *
     * @param field the field
     * @param ccdId 1–16
     * @param qid   1–4
     */
    public record Placement(Field field, int ccdId, int qid) {
        public int rcid() {
            return Oid.rcid(ccdId, qid);
        }
    }

    private final List<List<Field>> primary = new ArrayList<>();
    private final List<List<Field>> secondary = new ArrayList<>();

    public FieldGrid() {
        int next = 1;
        int bands = (int) Math.round((90 - FIRST_BAND_DEC) / BAND_STEP_DEG);
        for (int k = 0; k < bands; k++) {
            primary.add(band(FIRST_BAND_DEC + k * BAND_STEP_DEG, next, 0.0));
            next += primary.get(k).size();
        }
        next = FIRST_SECONDARY_FIELD;
        for (int k = 0; k < bands; k++) {
            double dec = FIRST_BAND_DEC + BAND_STEP_DEG / 2 + k * BAND_STEP_DEG;
            if (dec >= 90) {
                break;
            }
            secondary.add(band(dec, next, 0.5));
            next += secondary.get(k).size();
        }
    }

    private static List<Field> band(double dec, int firstId, double shift) {
        int n = Math.max(1, (int) Math.round(360.0 * Math.cos(Math.toRadians(dec)) / FIELD_SPACING_DEG));
        List<Field> fields = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            fields.add(new Field(firstId + i, ((i + 0.5 + shift) * 360.0 / n) % 360.0, dec));
        }
        return fields;
    }

    /** The primary and secondary placements of a position (secondary absent when outside its footprint). */
    public List<Placement> placements(double ra, double dec) {
        List<Placement> out = new ArrayList<>(2);
        placeIn(primary, ra, dec, out);
        placeIn(secondary, ra, dec, out);
        return out;
    }

    private static void placeIn(List<List<Field>> grid, double ra, double dec, List<Placement> out) {
        Placement best = null;
        double bestDistance = Double.MAX_VALUE;
        for (List<Field> band : grid) {
            if (Math.abs(band.get(0).dec() - dec) > BAND_STEP_DEG) {
                continue;
            }
            for (Field f : band) {
                Placement p = placement(f, ra, dec);
                if (p != null) {
                    double d = org.ztfkit.sky.SkyPosition.separationDeg(ra, dec, f.ra(), f.dec());
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = p;
                    }
                }
            }
        }
        if (best != null) {
            out.add(best);
        }
    }

    /** The CCD and quadrant of a position in a field (gnomonic offsets), or null when outside the footprint. */
    static Placement placement(Field f, double ra, double dec) {
        double[] xy = gnomonic(f.ra(), f.dec(), ra, dec);
        if (xy == null) {
            return null;
        }
        double half = FIELD_SIZE_DEG / 2;
        if (Math.abs(xy[0]) >= half || Math.abs(xy[1]) >= half) {
            return null;
        }
        int column = (int) Math.floor((half - xy[0]) / QUADRANT_DEG); // 0 at the east edge
        int row = (int) Math.floor((xy[1] + half) / QUADRANT_DEG);    // 0 at the south edge
        int ccd = 1 + (row / 2) * 4 + column / 2;
        int qid = 1 + (row % 2) * 2 + column % 2;
        return new Placement(f, ccd, qid);
    }

    /** Offsets (east, north) in degrees of a position from a field centre, or null on the far hemisphere. */
    static double[] gnomonic(double ra0, double dec0, double ra, double dec) {
        double a0 = Math.toRadians(ra0);
        double d0 = Math.toRadians(dec0);
        double a = Math.toRadians(ra);
        double d = Math.toRadians(dec);
        double cosc = Math.sin(d0) * Math.sin(d) + Math.cos(d0) * Math.cos(d) * Math.cos(a - a0);
        if (cosc <= 0) {
            return null;
        }
        double x = Math.cos(d) * Math.sin(a - a0) / cosc;
        double y = (Math.cos(d0) * Math.sin(d) - Math.sin(d0) * Math.cos(d) * Math.cos(a - a0)) / cosc;
        return new double[] {Math.toDegrees(x), Math.toDegrees(y)};
    }
}
