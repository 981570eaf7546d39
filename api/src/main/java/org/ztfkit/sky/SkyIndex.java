package org.ztfkit.sky;

import cds.healpix.Healpix;
import cds.healpix.HealpixNested;
import cds.healpix.HealpixNestedBMOC;
import cds.healpix.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ztfkit.errors.InvalidInputException;

/**
 * The sky index of every stored position: the HEALPix nested-scheme cell at depth (order) 29, a 64-bit integer
 * (CDS HEALPix, the library TOPCAT and Aladin use). Tables are stored sorted by it, so a cone search becomes a few
 * index ranges (from a BMOC covering the cone at a coarse depth) followed by an exact angular cut. This is the
 * J-PLUS lesson (seed 002): an integer sky index in an ordinary ordered structure beats special spatial types.
 *
 * <pre>{@code
 * long cell = SkyIndex.hpx29(247.45543, 24.77282);
 * List<SkyIndex.CellRange> ranges = SkyIndex.coneRanges(247.45543, 24.77282, 5.0 / 3600);
 * }</pre>
 */
public final class SkyIndex {
    /** Depth of the stored index: cells of about 0.4 milliarcseconds. */
    public static final int DEPTH = 29;
    /** Largest cone radius the index covers, degrees. */
    public static final double MAX_RADIUS_DEG = 90.0;

    private static final HealpixNested NESTED_29 = Healpix.getNested(DEPTH);

    /**
     * A half-open range {@code [from, to)} of depth-29 cells.
     *
     * @param from first cell in the range
     * @param to   first cell after the range
     */
    public record CellRange(long from, long to) {
        /** The last cell in the range (inclusive), for SQL {@code BETWEEN}. */
        public long last() {
            return to - 1;
        }
    }

    private SkyIndex() {
    }

    /** The depth-29 nested cell containing the position (degrees). */
    public static long hpx29(double raDeg, double decDeg) {
        // HealpixNested instances are immutable and thread-safe; the hash computer is created per call.
        return NESTED_29.hash(Math.toRadians(raDeg), Math.toRadians(decDeg));
    }

    /** The depth-29 nested cell containing the position. */
    public static long hpx29(SkyPosition p) {
        return hpx29(p.ra(), p.dec());
    }

    /**
     * Sorted, merged depth-29 cell ranges that together cover every point within {@code radiusDeg} of the centre.
     * The cover is conservative (it may include points outside the cone), so callers cut by exact distance after.
     * The cone is covered at the depth whose cells are about the size of the cone, so there are few ranges (one
     * to four for most cones).
     */
    public static List<CellRange> coneRanges(double raDeg, double decDeg, double radiusDeg) {
        if (!(radiusDeg > 0 && radiusDeg <= MAX_RADIUS_DEG)) {
            throw InvalidInputException.of("cone radius", "in (0, " + MAX_RADIUS_DEG + "] degrees", radiusDeg, "");
        }
        double radiusRad = Math.toRadians(radiusDeg);
        int depth = Math.min(DEPTH, Healpix.getBestStartingDepth(radiusRad));
        // The exact computer: the "approx" one can miss overlapping cells (SkyIndexTest has the counter-example).
        HealpixNestedBMOC bmoc = Healpix.getNested(depth).newConeComputer(radiusRad)
                .overlappingCells(Math.toRadians(raDeg), Math.toRadians(decDeg));
        List<CellRange> ranges = new ArrayList<>();
        var it = bmoc.rangeIterator();
        while (it.hasNext()) {
            Range r = it.next();
            ranges.add(new CellRange(r.from, r.to));
        }
        ranges.sort(Comparator.comparingLong(CellRange::from));
        List<CellRange> merged = new ArrayList<>();
        for (CellRange r : ranges) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).to() >= r.from()) {
                CellRange last = merged.remove(merged.size() - 1);
                merged.add(new CellRange(last.from(), Math.max(last.to(), r.to())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }
}
