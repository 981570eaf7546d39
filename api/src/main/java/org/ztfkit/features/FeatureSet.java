package org.ztfkit.features;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.ztfkit.errors.InvalidInputException;

/**
 * A named, versioned set of features computed from a magnitude light curve, on the magnitudes and on fluxes derived
 * from them. The SNAD feature service's versions (external-services.md §13.1–13.2) are reproduced with the same
 * names, order, periodogram settings and flux zero points:
 * <ul>
 *   <li>{@code v0.1} (crate 0.1.17, Malanchev et al. 2021): 42 magnitude features, no suffixes;</li>
 *   <li>{@code v0.2} (crate 0.2.2, Aleo et al. 2022): 44 magnitude ({@code _magn}) + 9 flux ({@code _flux},
 *       f = 10^(−0.4 m), arbitrary units);</li>
 *   <li>{@code v0.4} (crate 0.4.5): 43 + 8, same flux units;</li>
 *   <li>{@code v0.5} = {@code latest} (crate 0.5.5): 33 + 7, many transformed, fluxes in μJy
 *       (f = 10^(−0.4 (m − 23.9))). Its Bazin features need a fitter: {@link #withModelFit}.</li>
 * </ul>
 * Flux weights are {@code w_f = w_m / (0.4 ln10 f)²} with {@code w_m = 1/err²}. As the service, these sets need at
 * least 5 observations. The library's own set is {@link #defaultSet()}.
 * <p>
 * Input handling (all sets): rows whose time, magnitude or error is not finite are dropped first, then the rest are
 * sorted by time; errors must be positive. A feature that cannot be evaluated (too few points, constant values, a
 * zero denominator) makes the whole extraction fail with a message naming the feature, as the service answers 400.
 * <p>
 * Periodogram settings are taken from the service's source (snad-space/web-light-curve-features): v0.1 3 peaks,
 * Nyquist min(π/median Δt, π/300 s), factor 2; v0.2 5 peaks, average Nyquist, factor 2; v0.4 5 peaks, fixed Nyquist
 * π/(1/24 d), factor 1; v0.5 5 peaks, fixed Nyquist 24 rad/d, factor 2 (the service code calls
 * {@code NyquistFreq::fixed(24.0)}); all resolution 10, the crate's FFT scheme and its pre-0.10 frequency grid.
 *
 * <pre>{@code
 * FeatureSet v02 = FeatureSet.version("v0.2");
 * v02.names();                                  // 53 names, amplitude_magn … stetson_K_flux
 * Features f = v02.extract(t, mag, magErr);
 * f.get("period_0_magn");
 * }</pre>
 */
public final class FeatureSet {
    /** Service versions and the aliases the service accepts. */
    private static final Map<String, String> ALIASES = Map.of("v0.1", "v0.1", "v0.1.17", "v0.1", "v0.2", "v0.2",
            "v0.2.2", "v0.2", "v0.4", "v0.4", "v0.4.5", "v0.4", "v0.5", "v0.5", "v0.5.5", "v0.5", "latest", "v0.5");
    private static final double MICROJANSKY_ZERO_POINT = 23.9;

    private final String name;
    private final String version;
    private final String description;
    private final int minimumPoints;
    private final boolean suffixes;
    private final double fluxZeroPoint;
    private final Function<Map<ModelFit.Model, ModelFit>, List<Feature>> magnitudeDefinition;
    private final Function<Map<ModelFit.Model, ModelFit>, List<Feature>> fluxDefinition;
    private final Map<ModelFit.Model, ModelFit> fitters;
    private final FeatureExtractor magnitude;
    private final FeatureExtractor flux;
    private final List<String> names;

    private FeatureSet(String name, String version, String description, int minimumPoints, boolean suffixes,
            double fluxZeroPoint, Function<Map<ModelFit.Model, ModelFit>, List<Feature>> magnitudeDefinition,
            Function<Map<ModelFit.Model, ModelFit>, List<Feature>> fluxDefinition,
            Map<ModelFit.Model, ModelFit> fitters) {
        this.name = name;
        this.version = version;
        this.description = description;
        this.minimumPoints = minimumPoints;
        this.suffixes = suffixes;
        this.fluxZeroPoint = fluxZeroPoint;
        this.magnitudeDefinition = magnitudeDefinition;
        this.fluxDefinition = fluxDefinition;
        this.fitters = Map.copyOf(fitters);
        this.magnitude = FeatureExtractor.of(magnitudeDefinition.apply(this.fitters));
        this.flux = FeatureExtractor.of(fluxDefinition.apply(this.fitters));
        List<String> n = new ArrayList<>();
        magnitude.names().forEach(x -> n.add(suffixes ? x + "_magn" : x));
        flux.names().forEach(x -> n.add(suffixes ? x + "_flux" : x));
        this.names = List.copyOf(n);
    }

    /** A SNAD feature-service version: {@code v0.1}, {@code v0.2}, {@code v0.4}, {@code v0.5} or {@code latest}. */
    public static FeatureSet version(String serviceVersion) {
        String v = ALIASES.get(serviceVersion);
        if (v == null) {
            throw InvalidInputException.of("feature set version", "one of [v0.1, v0.2, v0.4, v0.5, latest]",
                    serviceVersion, "these are the SNAD feature service's versions; FeatureSet.defaultSet() is ztfkit's");
        }
        return switch (v) {
            case "v0.1" -> v01();
            case "v0.2" -> v02();
            case "v0.4" -> v04();
            default -> v05();
        };
    }

    /** The service's latest version, v0.5. */
    public static FeatureSet latest() {
        return version("latest");
    }

    /** The service versions this class reproduces. */
    public static List<String> versions() {
        return List.of("v0.1", "v0.2", "v0.4", "v0.5", "latest");
    }

    /**
     * ztfkit's own set, {@code ztfkit 1}: the crate's magnitude features with their default parameters (plus the
     * inter-percentile ranges and ratios SNAD uses), a 5-peak periodogram (fixed Nyquist π/(1/24 d), i.e. periods down
     * to 2 h; the crate's 0.10+ grid) with the Lafler–Kinman string length of the folded curve, and flux features on
     * μJy fluxes (zero point 23.9). Suffixes {@code _magn}, {@code _flux}; at least 5 observations.
     */
    public static FeatureSet defaultSet() {
        return new FeatureSet("ztfkit", "1", "ztfkit's default set", 5, true, MICROJANSKY_ZERO_POINT, f -> List.of(
                Feature.amplitude(), Feature.andersonDarlingNormal(), Feature.beyondNStd(1), Feature.beyondNStd(2),
                Feature.biweightScale(), Feature.chi2Pvar(), Feature.cusum(), Feature.duration(), Feature.eta(),
                Feature.etaE(), Feature.interPercentileRange(0.02f), Feature.interPercentileRange(0.1f),
                Feature.interPercentileRange(0.25f), Feature.kurtosis(), Feature.linearFit(), Feature.linearTrend(),
                Feature.magnitudePercentageRatio(0.4f, 0.05f), Feature.magnitudePercentageRatio(0.2f, 0.05f),
                Feature.maximumSlope(), Feature.maximumTimeInterval(), Feature.minimumTimeInterval(),
                Feature.mean(), Feature.median(), Feature.medianAbsoluteDeviation(),
                Feature.medianBufferRangePercentage(0.1), Feature.observationCount(), Feature.otsuSplit(),
                Feature.percentAmplitude(), Feature.percentDifferenceMagnitudePercentile(0.05f),
                PeriodogramFeature.builder().peaks(5).nyquist(Nyquist.fixedFromDt(1.0f / 24)).resolution(10)
                        .phaseFeatures(Feature.laflerKinmanStringLength()).build(),
                Feature.qn(), Feature.reducedChi2(), Feature.roms(), Feature.skew(), Feature.standardDeviation(),
                Feature.stetsonK(), Feature.weightedMean()),
                f -> List.of(Feature.andersonDarlingNormal(), Feature.reducedChi2(), Feature.excessVariance(),
                        Feature.kurtosis(), Feature.meanVariance(), Feature.roms(), Feature.skew(),
                        Feature.stetsonK()),
                Map.of());
    }

    private static FeatureSet v01() {
        PeriodogramFeature pg = PeriodogramFeature.builder().peaks(3).oneBasedGrid().resolution(10).maxFreqFactor(2)
                .nyquist(Nyquist.median().atMost(Math.PI / (300.0 / 86400)))
                .spectrumFeatures(Feature.amplitude(), Feature.beyondNStd(1), Feature.beyondNStd(2), Feature.cusum(),
                        Feature.eta(), Feature.interPercentileRange(0.25f), Feature.standardDeviation(),
                        Feature.percentAmplitude())
                .build();
        return new FeatureSet("snad", "v0.1", "SNAD feature service v0.1 (crate 0.1.17; Malanchev et al. 2021)", 5,
                false, 0, f -> List.of(Feature.amplitude(), Feature.beyondNStd(1), Feature.beyondNStd(2),
                        Feature.cusum(), Feature.eta(), Feature.etaE(), Feature.interPercentileRange(0.25f),
                        Feature.interPercentileRange(0.1f), Feature.kurtosis(), Feature.linearFit(),
                        Feature.linearTrendWithoutNoise(), Feature.magnitudePercentageRatio(0.4f, 0.05f),
                        Feature.magnitudePercentageRatio(0.2f, 0.1f), Feature.maximumSlope(), Feature.mean(),
                        Feature.medianAbsoluteDeviation(), Feature.medianBufferRangePercentage(0.05),
                        Feature.percentAmplitude(), Feature.percentDifferenceMagnitudePercentile(0.05f),
                        Feature.percentDifferenceMagnitudePercentile(0.2f), pg, Feature.reducedChi2(), Feature.skew(),
                        Feature.standardDeviation(), Feature.stetsonK(), Feature.weightedMean()),
                f -> List.of(), Map.of());
    }

    /** The v0.2/v0.4 magnitude list: {@code withEta} adds eta_e and maximum_slope (v0.2), else the v0.4 trend. */
    private static List<Feature> v02v04Magnitude(boolean v02, PeriodogramFeature pg) {
        List<Feature> list = new ArrayList<>(List.of(Feature.amplitude(), Feature.andersonDarlingNormal(),
                Feature.beyondNStd(1), Feature.beyondNStd(2), Feature.cusum()));
        if (v02) {
            list.add(Feature.etaE());
        }
        list.addAll(List.of(Feature.interPercentileRange(0.02f), Feature.interPercentileRange(0.1f),
                Feature.interPercentileRange(0.25f), Feature.kurtosis(), Feature.linearFit(),
                v02 ? Feature.linearTrendWithoutNoise() : Feature.linearTrend(),
                Feature.magnitudePercentageRatio(0.4f, 0.05f), Feature.magnitudePercentageRatio(0.2f, 0.05f)));
        if (v02) {
            list.add(Feature.maximumSlope());
        }
        list.addAll(List.of(Feature.mean(), Feature.medianAbsoluteDeviation(),
                Feature.medianBufferRangePercentage(0.1), Feature.medianBufferRangePercentage(0.2),
                Feature.percentAmplitude(), Feature.percentDifferenceMagnitudePercentile(0.05f),
                Feature.percentDifferenceMagnitudePercentile(0.1f), pg, Feature.reducedChi2(), Feature.skew(),
                Feature.standardDeviation(), Feature.stetsonK(), Feature.weightedMean()));
        return list;
    }

    private static PeriodogramFeature.Builder v02v04Periodogram() {
        return PeriodogramFeature.builder().peaks(5).oneBasedGrid().resolution(10).spectrumFeatures(
                Feature.amplitude(), Feature.beyondNStd(2), Feature.beyondNStd(3), Feature.standardDeviation());
    }

    private static FeatureSet v02() {
        PeriodogramFeature pg = v02v04Periodogram().nyquist(Nyquist.average()).maxFreqFactor(2).build();
        return new FeatureSet("snad", "v0.2", "SNAD feature service v0.2 (crate 0.2.2; Aleo et al. 2022)", 5, true, 0,
                f -> v02v04Magnitude(true, pg),
                f -> List.of(Feature.andersonDarlingNormal(), Feature.cusum(), Feature.etaE(),
                        Feature.excessVariance(), Feature.kurtosis(), Feature.meanVariance(), Feature.reducedChi2(),
                        Feature.skew(), Feature.stetsonK()),
                Map.of());
    }

    private static FeatureSet v04() {
        PeriodogramFeature pg = v02v04Periodogram().nyquist(Nyquist.fixedFromDt(1.0f / 24)).maxFreqFactor(1).build();
        return new FeatureSet("snad", "v0.4", "SNAD feature service v0.4 (crate 0.4.5)", 5, true, 0,
                f -> v02v04Magnitude(false, pg),
                f -> List.of(Feature.andersonDarlingNormal(), Feature.cusum(), Feature.excessVariance(),
                        Feature.kurtosis(), Feature.meanVariance(), Feature.reducedChi2(), Feature.skew(),
                        Feature.stetsonK()),
                Map.of());
    }

    private static FeatureSet v05() {
        Transformer lg = Transformer.lg();
        Transformer ln1p = Transformer.ln1p();
        Transformer asinh = Transformer.arcsinh();
        Transformer id = Transformer.identity();
        Feature bins = Feature.bins(1.0, 0.0, Feature.cusum(), Feature.transformed(Feature.etaE(), ln1p),
                Feature.transformed(Feature.linearFit(), Transformer.composed(asinh, lg, ln1p)),
                Feature.transformed(Feature.linearTrend(), Transformer.composed(asinh, lg, lg)),
                Feature.transformed(Feature.maximumSlope(), lg));
        PeriodogramFeature pg = PeriodogramFeature.builder().peaks(5).oneBasedGrid().nyquist(Nyquist.fixed(24.0f))
                .resolution(10).maxFreqFactor(2).build();
        return new FeatureSet("snad", "v0.5", "SNAD feature service v0.5 = latest (crate 0.5.5)", 5, true,
                MICROJANSKY_ZERO_POINT,
                f -> List.of(Feature.beyondNStd(1), Feature.beyondNStd(2), bins,
                        Feature.transformed(Feature.interPercentileRange(0.02f), lg),
                        Feature.transformed(Feature.interPercentileRange(0.25f), lg),
                        Feature.transformed(Feature.interPercentileRange(0.1f), lg), Feature.kurtosis(),
                        Feature.transformed(Feature.otsuSplit(), Transformer.composed(lg, id, id, id)), pg,
                        Feature.transformed(Feature.reducedChi2(), ln1p), Feature.transformed(Feature.skew(), asinh),
                        Feature.stetsonK(), Feature.weightedMean()),
                f -> List.of(Feature.transformed(Feature.andersonDarlingNormal(), ln1p),
                        Feature.transformed(fit(f, ModelFit.Model.BAZIN), Transformer.bazinFit(MICROJANSKY_ZERO_POINT)),
                        Feature.excessVariance()),
                Map.of());
    }

    private static Feature fit(Map<ModelFit.Model, ModelFit> fitters, ModelFit.Model model) {
        ModelFit fitter = fitters.get(model);
        return fitter == null ? ModelFitFeature.unplugged(model) : new ModelFitFeature(model, fitter);
    }

    /**
     * This set with a model fitter plugged in. For v0.5 the Bazin fit should follow the service: fluxes in μJy, no
     * prior, amplitude in [10^(−0.4(30−23.9)), 10^(−0.4(0−23.9))] μJy, rise and fall times in [1e-4, 3e4] d.
     */
    public FeatureSet withModelFit(ModelFit.Model model, ModelFit fitter) {
        Map<ModelFit.Model, ModelFit> f = new EnumMap<>(ModelFit.Model.class);
        f.putAll(fitters);
        f.put(model, fitter);
        return new FeatureSet(name, version, description, minimumPoints, suffixes, fluxZeroPoint,
                magnitudeDefinition, fluxDefinition, f);
    }

    /** {@code snad} for the service's versions, {@code ztfkit} for the library's own. */
    public String name() {
        return name;
    }

    /** {@code v0.1} … {@code v0.5}, or {@code 1} for ztfkit's. */
    public String version() {
        return version;
    }

    /** Output names in order (magnitude features, then flux features). */
    public List<String> names() {
        return names;
    }

    /** The magnitude features, without suffixes. */
    public FeatureExtractor magnitudeFeatures() {
        return magnitude;
    }

    /** The flux features, without suffixes (empty for v0.1). */
    public FeatureExtractor fluxFeatures() {
        return flux;
    }

    /** Magnitude zero point of the fluxes: 0 (arbitrary units) for v0.2/v0.4, 23.9 (μJy) for v0.5 and ztfkit 1. */
    public double fluxZeroPoint() {
        return fluxZeroPoint;
    }

    /** The fewest finite observations the set is evaluated on (5, as the service). */
    public int minimumPoints() {
        return minimumPoints;
    }

    /**
     * Features of one light curve.
     *
     * @param t   times (days)
     * @param m   magnitudes
     * @param err magnitude errors (positive)
     */
    public Features extract(double[] t, double[] m, double[] err) {
        Sample mag = FeatureExtractor.prepare(t, m, err);
        if (mag.n < minimumPoints) {
            throw InvalidInputException.of("number of finite observations for feature set " + this.version,
                    "at least " + minimumPoints, mag.n, "the SNAD feature service needs at least 5 as well");
        }
        double[] magValues = magnitude.evaluate(mag);
        double[] out = new double[names.size()];
        System.arraycopy(magValues, 0, out, 0, magValues.length);
        if (!flux.features().isEmpty()) {
            double[] f = new double[mag.n];
            double[] w = new double[mag.n];
            double c = 0.4 * Math.log(10);
            for (int i = 0; i < mag.n; i++) {
                f[i] = Math.pow(10, -0.4 * (mag.m[i] - fluxZeroPoint));
                w[i] = mag.w[i] / ((c * f[i]) * (c * f[i]));
            }
            double[] fluxValues = flux.evaluate(new Sample(mag.t, f, w));
            System.arraycopy(fluxValues, 0, out, magValues.length, fluxValues.length);
        }
        return new Features("", names, out, null);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "FeatureSet[%s %s: %d magnitude + %d flux features, ≥%d points; %s]", name,
                version, magnitude.names().size(), flux.names().size(), minimumPoints, description);
    }
}
