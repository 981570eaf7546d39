package org.ztfkit.lightcurve;

import static org.ztfkit.lightcurve.LightCurveColumns.BAND;
import static org.ztfkit.lightcurve.LightCurveColumns.FLUX;
import static org.ztfkit.lightcurve.LightCurveColumns.FLUXERR;
import static org.ztfkit.lightcurve.LightCurveColumns.IS_UPPER_LIMIT;
import static org.ztfkit.lightcurve.LightCurveColumns.MAG;
import static org.ztfkit.lightcurve.LightCurveColumns.MAGERR;
import static org.ztfkit.lightcurve.LightCurveColumns.N_POINTS;
import static org.ztfkit.lightcurve.LightCurveColumns.OID;
import static org.ztfkit.lightcurve.LightCurveColumns.SOURCE;
import static org.ztfkit.lightcurve.LightCurveColumns.TIME;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ztfkit.errors.InvalidInputException;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Inverse-variance binning per (oid, band, source), see {@link LightCurve#bin(double)}. */
final class Binning {
    private Binning() {
    }

    private record Key(String oid, String band, String source, long bin) {
    }

    /** Running sums of one bin. */
    private static final class Bin {
        int detections;
        double detectionTimes;
        final WeightedMean mag = new WeightedMean();
        final WeightedMean flux = new WeightedMean();
        int limits;
        double limitTimes;
        double faintestLimit = Double.NEGATIVE_INFINITY;
        double faintestLimitFlux = Double.NaN;
    }

    /** Σ w·x and Σ w with w = 1/σ², skipping values that cannot be weighted. */
    private static final class WeightedMean {
        double sumWeights;
        double sumWeighted;

        void add(double value, double error) {
            if (Double.isFinite(value) && error > 0 && Double.isFinite(error)) {
                double w = 1 / (error * error);
                sumWeights += w;
                sumWeighted += w * value;
            }
        }

        double mean() {
            return sumWeights > 0 ? sumWeighted / sumWeights : Double.NaN;
        }

        double error() {
            return sumWeights > 0 ? 1 / Math.sqrt(sumWeights) : Double.NaN;
        }
    }

    static Table bin(Table rows, double binDays) {
        if (!(binDays > 0 && Double.isFinite(binDays))) {
            throw InvalidInputException.of("binDays", "positive and finite", binDays, "e.g. bin(1.0) for nightly bins");
        }
        IntColumn binnedCounts = rows.containsColumn(N_POINTS) ? rows.intColumn(N_POINTS) : null;
        Map<Key, Bin> bins = new LinkedHashMap<>();
        DoubleColumn times = rows.doubleColumn(TIME);
        DoubleColumn mags = rows.doubleColumn(MAG);
        DoubleColumn magErrs = rows.doubleColumn(MAGERR);
        DoubleColumn fluxes = rows.doubleColumn(FLUX);
        DoubleColumn fluxErrs = rows.doubleColumn(FLUXERR);
        BooleanColumn upper = rows.booleanColumn(IS_UPPER_LIMIT);
        StringColumn oids = rows.stringColumn(OID);
        StringColumn bands = rows.stringColumn(BAND);
        StringColumn sources = rows.stringColumn(SOURCE);
        for (int i = 0; i < rows.rowCount(); i++) {
            double time = times.getDouble(i);
            if (Double.isNaN(time)) {
                continue;
            }
            Key key = new Key(oids.get(i), bands.get(i), sources.get(i), (long) Math.floor(time / binDays));
            Bin bin = bins.computeIfAbsent(key, k -> new Bin());
            int count = binnedCounts != null ? binnedCounts.getInt(i) : 1;
            double mag = mags.getDouble(i);
            if (upper.get(i)) {
                bin.limits += count;
                bin.limitTimes += count * time;
                if (mag > bin.faintestLimit) {
                    bin.faintestLimit = mag;
                    bin.faintestLimitFlux = fluxes.getDouble(i);
                }
            } else {
                bin.detections += count;
                bin.detectionTimes += count * time;
                bin.mag.add(mag, magErrs.getDouble(i));
                bin.flux.add(fluxes.getDouble(i), fluxErrs.getDouble(i));
            }
        }
        Table out = LightCurveColumns.emptyTable(rows.name());
        IntColumn points = IntColumn.create(N_POINTS);
        out.addColumns(points);
        bins.forEach((key, bin) -> {
            boolean limit = bin.detections == 0;
            out.stringColumn(OID).append(key.oid());
            out.stringColumn(BAND).append(key.band());
            out.stringColumn(SOURCE).append(key.source());
            out.booleanColumn(IS_UPPER_LIMIT).append(limit);
            if (limit) {
                out.doubleColumn(TIME).append(bin.limitTimes / bin.limits);
                out.doubleColumn(MAG).append(bin.faintestLimit);
                out.doubleColumn(MAGERR).appendMissing();
                out.doubleColumn(FLUX).append(bin.faintestLimitFlux);
                out.doubleColumn(FLUXERR).appendMissing();
                points.append(bin.limits);
            } else {
                out.doubleColumn(TIME).append(bin.detectionTimes / bin.detections);
                out.doubleColumn(MAG).append(bin.mag.mean());
                out.doubleColumn(MAGERR).append(bin.mag.error());
                out.doubleColumn(FLUX).append(bin.flux.mean());
                out.doubleColumn(FLUXERR).append(bin.flux.error());
                points.append(bin.detections);
            }
        });
        return out;
    }
}
