package org.ztfkit.lightcurve;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.features.FeatureSet;
import org.ztfkit.features.Features;
import org.ztfkit.features.ModelFit;
import org.ztfkit.fit.CurveModel;
import org.ztfkit.fit.FitFailedException;
import org.ztfkit.fit.FitResult;
import org.ztfkit.fit.Model;
import org.ztfkit.fit.Models;
import org.ztfkit.period.Periodogram;
import org.ztfkit.period.PeriodogramOptions;
import tech.tablesaw.api.Table;

/**
 * The periodogram, features and model fits of a light curve: the bridge from the fluent value to the array-level
 * science packages. Upper limits and non-finite values are left out first.
 */
final class Analysis {
    /** Jy → μJy: the fit package's supernova bounds and the v0.5 features use μJy. */
    static final double MICROJANSKY_PER_JANSKY = 1e6;

    private Analysis() {
    }

    /** Detections as arrays: time, value and (symmetric) error of the representation, band labels. */
    record Points(double[] t, double[] y, double[] dy, String[] band, List<String> bands) {
        static Points of(LightCurve lc, String valueColumn, String lowerErrorColumn, String upperErrorColumn) {
            Table t = lc.detections().table();
            int n = t.rowCount();
            double[] time = t.doubleColumn(LightCurveColumns.TIME).asDoubleArray();
            double[] value = t.doubleColumn(valueColumn).asDoubleArray();
            double[] lower = t.doubleColumn(lowerErrorColumn).asDoubleArray();
            double[] upper = t.doubleColumn(upperErrorColumn).asDoubleArray();
            String[] bandOf = t.stringColumn(LightCurveColumns.BAND).asObjectArray();
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double err = 0.5 * (lower[i] + upper[i]);
                if (Double.isFinite(time[i]) && Double.isFinite(value[i]) && Double.isFinite(err) && err > 0) {
                    keep.add(i);
                }
            }
            double[] tt = new double[keep.size()];
            double[] yy = new double[keep.size()];
            double[] ee = new double[keep.size()];
            String[] bb = new String[keep.size()];
            TreeSet<String> distinct = new TreeSet<>();
            for (int k = 0; k < keep.size(); k++) {
                int i = keep.get(k);
                tt[k] = time[i];
                yy[k] = value[i];
                ee[k] = 0.5 * (lower[i] + upper[i]);
                bb[k] = bandOf[i];
                distinct.add(bandOf[i]);
            }
            return new Points(tt, yy, ee, bb, List.copyOf(distinct));
        }

        Points scaled(double factor) {
            double[] y2 = y.clone();
            double[] dy2 = dy.clone();
            for (int i = 0; i < y2.length; i++) {
                y2[i] *= factor;
                dy2[i] *= factor;
            }
            return new Points(t, y2, dy2, band, bands);
        }

        void requireOneBand(String what, String alternative) {
            if (bands.size() > 1) {
                throw new InvalidInputException(what + " needs one band, but the light curve has " + bands
                        + ": select one with lc.band(\"" + bands.get(bands.size() - 1) + "\")" + alternative);
            }
        }
    }

    static Points points(LightCurve lc) {
        Representation r = lc.representation();
        return Points.of(lc, r.valueColumn(), r.lowerErrorColumn(), r.upperErrorColumn());
    }

    static Periodogram periodogram(LightCurve lc, PeriodogramOptions options) {
        Points p = points(lc);
        if (options.multiband()) {
            return Periodogram.multiband(p.t(), p.y(), p.dy(), p.band(), options);
        }
        p.requireOneBand("a periodogram", ", or fit the bands together with lc.periodogram(Periodogram.multiband())");
        return Periodogram.of(p.t(), p.y(), p.dy(), options);
    }

    static Features features(LightCurve lc, FeatureSet set) {
        Points p = Points.of(lc.inMagnitudes().apparent(), LightCurveColumns.MAG, LightCurveColumns.MAGERR,
                LightCurveColumns.MAGERR);
        p.requireOneBand("feature extraction", "; features are defined per band, as the SNAD feature service does");
        return withFits(set).extract(p.t(), p.y(), p.dy());
    }

    /**
     * The set with ztfkit's fits plugged into its model-fit features (the crate's Bazin, Villar and Linexp), as the
     * service's v0.5 needs for Bazin: fluxes in the set's units (μJy for v0.5), weights 1/σ².
     */
    static FeatureSet withFits(FeatureSet set) {
        return set.withModelFit(ModelFit.Model.BAZIN, fitter(Models.bazin()))
                .withModelFit(ModelFit.Model.VILLAR, fitter(Models.villar()))
                .withModelFit(ModelFit.Model.LINEXP, fitter(Models.linexp()));
    }

    /**
     * A fit that does not converge gives NaN for its features, as a failed fit in the SNAD service gives no value,
     * instead of failing every other feature of the light curve (a Bazin fit to a variable star often fails).
     */
    private static ModelFit fitter(CurveModel model) {
        return (t, flux, weight) -> {
            double[] dy = new double[weight.length];
            for (int i = 0; i < dy.length; i++) {
                dy[i] = 1 / Math.sqrt(weight[i]);
            }
            FitResult r;
            try {
                r = model.fit(t, flux, dy);
            } catch (FitFailedException e) {
                double[] nan = new double[model.parameterNames().size() + 1];
                java.util.Arrays.fill(nan, Double.NaN);
                return nan;
            }
            var parameters = r.parameters();
            double[] out = new double[parameters.size() + 1];
            for (int i = 0; i < parameters.size(); i++) {
                out[i] = parameters.get(i).value();
            }
            out[parameters.size()] = r.reducedChi2();
            return out;
        };
    }

    static FitResult fit(LightCurve lc, Model model) {
        if (model instanceof CurveModel) {
            LightCurve fluxes = lc.inFlux();
            Points p = points(fluxes).scaled(MICROJANSKY_PER_JANSKY);
            p.requireOneBand("a " + model.name() + " fit", "; supernova-like models are fitted per band");
            return model.fit(p.t(), p.y(), p.dy());
        }
        Points p = points(lc.inMagnitudes());
        return model.fit(p.t(), p.y(), p.dy(), p.band());
    }
}
