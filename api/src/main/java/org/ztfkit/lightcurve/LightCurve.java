package org.ztfkit.lightcurve;

import static org.ztfkit.lightcurve.LightCurveColumns.BAND;
import static org.ztfkit.lightcurve.LightCurveColumns.IS_UPPER_LIMIT;
import static org.ztfkit.lightcurve.LightCurveColumns.OID;
import static org.ztfkit.lightcurve.LightCurveColumns.REQUIRED;
import static org.ztfkit.lightcurve.LightCurveColumns.SOURCE;
import static org.ztfkit.lightcurve.LightCurveColumns.TIME;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.features.FeatureSet;
import org.ztfkit.features.Features;
import org.ztfkit.fit.FitResult;
import org.ztfkit.fit.Model;
import org.ztfkit.period.Periodogram;
import org.ztfkit.period.PeriodogramOptions;
import org.ztfkit.model.Band;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.MjdRange;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.photometry.ReferenceMagnitude;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * A light curve: an immutable value backed by a Tablesaw table in the schema of {@link LightCurveColumns}, sorted by
 * time (then oid). It never does I/O; the object handle that made it did. Every verb returns a new value.
 *
 * <pre>{@code
 * LightCurve lc = ztf.object(633207400004730L).withNeighbours(1.0).lightCurve();
 * lc.band("ztf_r").without(633207400004731L).between(58194, 58500);   // selections
 * lc.inFlux();                                        // the representation: flux, Jy
 * lc.difference().withReference(633207400004730L, 18.42, 0.03);   // difference magnitudes, seed eqs. 3–7
 * lc.shortSurvey();                                   // the DR's private-survey range (§16.3)
 * lc.fold(0.5537).phaseZeroAt(58000);                 // a FoldedLightCurve with its own phase column
 * lc.bin(1.0);                                        // nightly inverse-variance means
 * lc.merge(alerts, ps1);                              // one table, sorted by time
 * lc.toCsv();                                         // the Viewer's CSV export columns
 * System.out.println(lc);   // LightCurve[oid=633207400004730 ztf_r:412 HMJD 58194.2–60310.4, mag, dr17]
 * }</pre>
 *
 * <p>Besides its rows a light curve carries three things that the verbs keep: its {@link Representation} (how
 * {@link #table()} shows brightness), per-object {@link ReferenceMagnitude reference magnitudes} (set by whoever
 * built it from the data, or by the user), and the ZTF {@link DataRelease} it came from, when known.
 *
 * <p>Selections that match nothing give an empty light curve, never an exception.
 */
public final class LightCurve {
    private final Table table;
    private final Representation representation;
    private final Map<String, ReferenceMagnitude> references;
    private final DataRelease dataRelease;
    private final LightCurveSources sources;

    private LightCurve(Table table, Representation representation, Map<String, ReferenceMagnitude> references,
            DataRelease dataRelease, LightCurveSources sources) {
        this.table = table;
        this.representation = representation;
        this.references = references;
        this.dataRelease = dataRelease;
        this.sources = sources;
    }

    /**
     * A light curve from a table in the documented schema, in magnitudes, with no references and no data release.
     * The table is copied and sorted by time (then oid), so later changes to {@code table} do not reach the light
     * curve. Difference columns ({@link LightCurveColumns#DIFFERENCE}) in the input are dropped: they are
     * recomputed from the references by {@link #difference()}.
     *
     * @throws InvalidInputException if a required column is missing or has the wrong type
     */
    public static LightCurve of(Table table) {
        List<String> missing = new ArrayList<>();
        for (String c : REQUIRED) {
            if (!table.containsColumn(c)) {
                missing.add(c);
            } else if (!table.column(c).type().name().equals(LightCurveColumns.typeOf(c).name())) {
                // By name: Tablesaw 0.44 can hold two instances of a column type (ColumnType.DOUBLE is not the
                // instance DoubleColumn uses when DoubleColumn was touched before ColumnType).
                throw InvalidInputException.of("light-curve column '" + c + "'",
                        "of type " + LightCurveColumns.typeOf(c).name(), table.column(c).type().name(),
                        "convert it before building the light curve");
            }
        }
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("light-curve table", "a table with columns " + REQUIRED,
                    "a table without " + missing, "build it with the column names of LightCurveColumns");
        }
        return new LightCurve(sortedCopy(table), Representation.MAGNITUDE, Map.of(), null, LightCurveSources.NONE);
    }

    /** A copy sorted by time, then oid, without the derived difference columns. */
    private static Table sortedCopy(Table table) {
        DoubleColumn time = table.doubleColumn(TIME);
        StringColumn oid = table.stringColumn(OID);
        Table sorted = TableOrder.sorted(table, (a, b) -> {
            int byTime = Double.compare(time.getDouble(a), time.getDouble(b));
            return byTime != 0 ? byTime : oid.get(a).compareTo(oid.get(b));
        });
        for (String derived : LightCurveColumns.DIFFERENCE) {
            if (sorted.containsColumn(derived)) {
                sorted.removeColumns(derived);
            }
        }
        return sorted;
    }

    /** A light curve without rows. */
    public static LightCurve empty() {
        return of(LightCurveColumns.emptyTable("light curve"));
    }

    // ---- metadata ----

    /** How {@link #table()} shows brightness; {@link Representation#MAGNITUDE} unless changed. */
    public Representation representation() {
        return representation;
    }

    /** The ZTF data release the light curve came from, when its builder said so. */
    public Optional<DataRelease> dataRelease() {
        return Optional.ofNullable(dataRelease);
    }

    /** The same light curve, knowing its data release (needed by {@link #shortSurvey()}). */
    public LightCurve withDataRelease(DataRelease release) {
        if (release == null) {
            throw InvalidInputException.of("data release", "a DataRelease", "null", "e.g. DataRelease.of(\"dr17\")");
        }
        return new LightCurve(table, representation, references, release, sources);
    }

    /**
     * Which sources the light curve was assembled from and how each answered (rows, nothing, or unavailable and
     * why); {@link LightCurveSources#NONE} for a light curve built from a table. Kept by every verb, so a selection
     * still tells where its rows came from.
     */
    public LightCurveSources sources() {
        return sources;
    }

    /** The same light curve, recording where its rows came from (set by whoever assembled it). */
    public LightCurve withSources(LightCurveSources recorded) {
        if (recorded == null) {
            throw InvalidInputException.of("sources", "a LightCurveSources value", "null",
                    "pass LightCurveSources.NONE when nothing is recorded");
        }
        return new LightCurve(table, representation, references, dataRelease, recorded);
    }

    /** The reference magnitudes set so far, by oid (sorted). Objects not listed have none (+∞ mag, 0 Jy). */
    public Map<String, ReferenceMagnitude> references() {
        return references;
    }

    /** The reference of one object; {@link ReferenceMagnitude#NONE} when none is set. */
    public ReferenceMagnitude reference(String oid) {
        return references.getOrDefault(oid, ReferenceMagnitude.NONE);
    }

    /**
     * The same light curve with the reference magnitude of one of its objects set (replacing any earlier one), as
     * the Viewer's reference block does. Used by {@link #difference()}; also the {@code ref}/{@code ref_err}
     * columns of {@link #toCsv()}.
     *
     * @throws InvalidInputException if {@code oid} is not in the light curve (a typo would otherwise do nothing),
     *                               or the magnitude or error is not valid
     */
    public LightCurve withReference(String oid, double refMag, double refMagErr) {
        if (!oids().contains(oid)) {
            throw InvalidInputException.of("oid", "one of the light curve's objects " + oids(), oid,
                    "check the id, or set references for several objects with withReferences(map)");
        }
        Map<String, ReferenceMagnitude> updated = new TreeMap<>(references);
        updated.put(oid, ReferenceMagnitude.of(refMag, refMagErr));
        return new LightCurve(table, representation, Collections.unmodifiableMap(updated), dataRelease, sources);
    }

    /** {@link #withReference(String, double, double)} for a ZTF DR OID given as a number. */
    public LightCurve withReference(long oid, double refMag, double refMagErr) {
        return withReference(Long.toString(oid), refMag, refMagErr);
    }

    /**
     * The same light curve with these references added (replacing earlier ones for the same objects); objects
     * need not be present, so a builder can pass every reference it loaded.
     */
    public LightCurve withReferences(Map<String, ReferenceMagnitude> added) {
        Map<String, ReferenceMagnitude> updated = new TreeMap<>(references);
        updated.putAll(added);
        return new LightCurve(table, representation, Collections.unmodifiableMap(updated), dataRelease, sources);
    }

    // ---- representations ----

    /** Fluxes (Jy): apparent, or difference if this light curve is in a difference representation. */
    public LightCurve inFlux() {
        return withRepresentation(representation.inFlux());
    }

    /** Magnitudes: apparent, or difference if this light curve is in a difference representation. */
    public LightCurve inMagnitudes() {
        return withRepresentation(representation.inMagnitudes());
    }

    /**
     * Difference photometry against each object's reference (seed 001 eqs. 3–7; external-services.md §16.4), in
     * the current quantity (magnitudes or fluxes). {@link #table()} then has the columns of
     * {@link LightCurveColumns#DIFFERENCE}. Objects without a reference subtract 0 Jy, so their difference equals
     * their apparent brightness. Unlike the Viewer, which applies a reference only after a click, references set by
     * the light curve's builder apply as soon as the difference is asked for.
     */
    public LightCurve difference() {
        return withRepresentation(representation.difference());
    }

    /** Apparent photometry, in the current quantity: the undo of {@link #difference()}. */
    public LightCurve apparent() {
        return withRepresentation(representation.apparent());
    }

    private LightCurve withRepresentation(Representation shown) {
        return new LightCurve(table, shown, references, dataRelease, sources);
    }

    // ---- selections ----

    /**
     * The rows of one passband, e.g. {@code band("ztf_r")} (DR filter codes {@code zr} work too).
     *
     * @throws InvalidInputException for an unknown or ambiguous band name such as {@code r}
     */
    public LightCurve band(String band) {
        return band(Band.of(band));
    }

    /** The rows of one passband. */
    public LightCurve band(Band band) {
        return select(table.stringColumn(BAND).isEqualTo(band.id()));
    }

    /**
     * The rows of one source: {@code ztf_dr}, {@code ztf_alert}, {@code ps1} or {@code gaia}.
     *
     * @throws InvalidInputException for another name
     */
    public LightCurve source(String source) {
        return source(PhotometrySource.of(source));
    }

    /** The rows of one source. */
    public LightCurve source(PhotometrySource source) {
        return select(table.stringColumn(SOURCE).isEqualTo(source.id()));
    }

    /** The rows of these objects only (unknown ids select nothing). */
    public LightCurve only(String... oids) {
        return select(table.stringColumn(OID).isIn(Arrays.asList(oids)));
    }

    /** {@link #only(String...)} for ZTF DR OIDs given as numbers. */
    public LightCurve only(long... oids) {
        return only(Arrays.stream(oids).mapToObj(Long::toString).toArray(String[]::new));
    }

    /** All rows but those of these objects, e.g. to hide a neighbour (unknown ids change nothing). */
    public LightCurve without(String... oids) {
        return select(table.stringColumn(OID).isNotIn(Arrays.asList(oids)));
    }

    /** {@link #without(String...)} for ZTF DR OIDs given as numbers. */
    public LightCurve without(long... oids) {
        return without(Arrays.stream(oids).mapToObj(Long::toString).toArray(String[]::new));
    }

    /**
     * The rows with {@code minHmjd ≤ time ≤ maxHmjd}.
     *
     * @throws InvalidInputException if min is after max, or either is NaN
     */
    public LightCurve between(double minHmjd, double maxHmjd) {
        return window(MjdRange.of(minHmjd, maxHmjd));
    }

    /** The rows inside an inclusive HMJD window. */
    public LightCurve window(MjdRange range) {
        DoubleColumn time = table.doubleColumn(TIME);
        return select(time.eval(range::contains));
    }

    /**
     * The rows inside the data release's "short" range: the dates of the ZTF private high-cadence survey in that
     * release (external-services.md §16.3; for dr23 and dr24 the range is unbounded, so nothing is dropped).
     *
     * @throws InvalidInputException if the light curve does not know its data release, or the release has no
     *                               short range
     */
    public LightCurve shortSurvey() {
        if (dataRelease == null) {
            throw new InvalidInputException("shortSurvey() needs the light curve's data release, and this one does"
                    + " not know it: build it with .withDataRelease(DataRelease.of(\"dr17\")), or select dates with"
                    + " between(58194, maxHmjd)");
        }
        MjdRange range = dataRelease.shortRange().orElseThrow(() -> InvalidInputException.of(
                "data release for shortSurvey()", "one with a short range (" + String.join(", ", DataRelease.KNOWN)
                        + ")", dataRelease.name(), "select dates with between(minHmjd, maxHmjd) instead"));
        return window(range);
    }

    /** The detections (rows that are not upper limits). */
    public LightCurve detections() {
        return select(table.booleanColumn(IS_UPPER_LIMIT).isFalse());
    }

    /** The upper limits (non-detections). */
    public LightCurve upperLimits() {
        return select(table.booleanColumn(IS_UPPER_LIMIT).isTrue());
    }

    private LightCurve select(Selection rows) {
        Table selected = table.where(rows);
        selected.setName(table.name());
        return new LightCurve(selected, representation, references, dataRelease, sources);
    }

    // ---- transforms ----

    /**
     * Folds on a period: a {@link FoldedLightCurve} whose {@code phase} column is 0 at HMJD 58000 (the SNAD
     * paper's convention); change it with {@code phaseZeroAt(hmjd)} or {@code withPhaseOffset(phase0)}.
     *
     * @throws InvalidInputException if the period is not positive and finite
     */
    public FoldedLightCurve fold(double periodDays) {
        return new FoldedLightCurve(this, periodDays, FoldedLightCurve.DEFAULT_EPOCH_HMJD, 0.0);
    }

    /**
     * Bins per object, band and source into bins of {@code binDays}, with edges at whole multiples of
     * {@code binDays} from HMJD 0 (so {@code bin(1.0)} bins by UTC day: Palomar and Haleakala nights do not cross
     * 0h UTC). Each bin's detections become one row:
     * <ul>
     *   <li>{@code time}: the plain mean of their times;</li>
     *   <li>{@code mag}: the inverse-variance weighted mean {@code Σ wᵢ mᵢ / Σ wᵢ} with {@code wᵢ = 1/magerrᵢ²},
     *   and {@code magerr = 1/√Σ wᵢ};</li>
     *   <li>{@code flux}, {@code fluxerr}: the same, independently, with {@code wᵢ = 1/fluxerrᵢ²} (so for a
     *   scattered bin {@code mag} is not exactly the magnitude of {@code flux});</li>
     *   <li>{@value LightCurveColumns#N_POINTS}: how many epochs were binned.</li>
     * </ul>
     * Epochs whose error is not a positive finite number cannot be weighted and are left out of the means (a bin
     * with none left has missing values); epochs with a missing time are dropped. Upper limits are never averaged
     * with detections: a bin that has detections drops its limits; a bin with only limits becomes one upper-limit
     * row at their mean time with the faintest (most constraining) limit. Source-specific columns (such as
     * {@code clrcoeff}) are dropped.
     *
     * @throws InvalidInputException if {@code binDays} is not positive and finite
     */
    public LightCurve bin(double binDays) {
        return of(Binning.bin(table, binDays)).withMetadata(representation, references, dataRelease, sources);
    }

    /**
     * This light curve and others in one, e.g. DR + alerts + Pan-STARRS + Gaia: rows of all, sorted by time; the
     * union of their columns (missing cells where a source lacks one); this light curve's representation and name;
     * the references of all (this one's win where both set one); the common data release; the recorded sources of
     * all.
     *
     * @throws InvalidInputException if two of them name different data releases, or a column has different types
     */
    public LightCurve merge(LightCurve... others) {
        List<LightCurve> all = new ArrayList<>();
        all.add(this);
        all.addAll(Arrays.asList(others));
        return LightCurves.concat(all);
    }

    // ---- analysis ----

    /**
     * The Lomb–Scargle periodogram of the detections (upper limits and non-finite values left out) in the current
     * representation, with astropy's automatic grid: {@code lc.band("ztf_r").periodogram()}.
     *
     * @throws InvalidInputException if the light curve has several bands; select one, or use
     *                               {@code periodogram(Periodogram.multiband())}
     */
    public Periodogram periodogram() {
        return periodogram(PeriodogramOptions.DEFAULT);
    }

    /**
     * The periodogram with these options, e.g. {@code Periodogram.options().minPeriod(0.1).maxPeriod(10).build()},
     * or all bands together: {@code lc.periodogram(Periodogram.multiband())}.
     */
    public Periodogram periodogram(PeriodogramOptions options) {
        return Analysis.periodogram(this, options);
    }

    /** {@link #features(FeatureSet)} with ztfkit's default set ({@link FeatureSet#defaultSet()}). */
    public Features features() {
        return features(FeatureSet.defaultSet());
    }

    /**
     * Light-curve features of the apparent magnitudes of one band, e.g. {@code lc.band("ztf_r").features(
     * FeatureSet.version("v0.2"))} for the SNAD feature service's v0.2 names and values. The model-fit features
     * (v0.5's Bazin) use {@link org.ztfkit.fit.Models}.
     *
     * @throws InvalidInputException if the light curve has several bands, or fewer points than the set needs
     */
    public Features features(FeatureSet set) {
        return Analysis.features(this, set);
    }

    /**
     * A model fit: {@code lc.band("ztf_r").fit(Models.bazin())} fits the flux (difference flux in a difference
     * representation) of one band in μJy; {@code lc.fit(Models.fourier(3, period))} fits the magnitudes of every
     * band with a shared period.
     *
     * @throws org.ztfkit.fit.FitFailedException if the fit does not converge (the message says why)
     */
    public FitResult fit(Model model) {
        return Analysis.fit(this, model);
    }

    // ---- outputs ----

    /**
     * A fresh, mutable copy of the rows: the schema's columns, the sources' own, and in a difference representation
     * the columns of {@link LightCurveColumns#DIFFERENCE}.
     */
    public Table table() {
        Table copy = table.copy();
        copy.setName(table.name());
        if (representation.isDifference()) {
            DifferenceColumns.append(copy, references);
        }
        return copy;
    }

    /**
     * The SNAD Viewer's CSV export (external-services.md §16.2): columns
     * {@code oid,filter,mjd,mag,magerr,clrcoeff,ref,ref_err}, sorted by {@code mjd} (our HMJD {@code time}), with
     * empty cells where a value is unavailable. {@code filter} is the DR code ({@code zg}, {@code zr}, {@code zi})
     * for ZTF DR rows and the band name ({@code ztf_g}, {@code ps1_r}, {@code gaia_G}, …) for the others;
     * {@code mag}/{@code magerr} are always the apparent values whatever the representation; {@code ref},
     * {@code ref_err} come from {@link #references()}. Upper limits are left out (the Viewer's CSV has no column
     * to mark them; the table and Parquet keep them).
     */
    public String toCsv() {
        return ViewerCsv.write(table, references);
    }

    /** Number of epochs (rows). */
    public int size() {
        return table.rowCount();
    }

    public boolean isEmpty() {
        return table.isEmpty();
    }

    /** Distinct object ids, sorted. */
    public List<String> oids() {
        return table.stringColumn(OID).unique().asList().stream().sorted().toList();
    }

    /** Number of epochs per band, in band order. */
    public Map<String, Integer> countsByBand() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        StringColumn bands = table.stringColumn(BAND);
        for (Band b : Band.values()) {
            int n = bands.countOccurrences(b.id());
            if (n > 0) {
                counts.put(b.id(), n);
            }
        }
        return counts;
    }

    /** The span of the times; {@link MjdRange#ALL} for an empty light curve. */
    public MjdRange timeSpan() {
        if (isEmpty()) {
            return MjdRange.ALL;
        }
        DoubleColumn t = table.doubleColumn(TIME);
        return MjdRange.of(t.min(), t.max());
    }

    /** The rows as stored (no derived columns), for the package's other transforms. */
    Table rows() {
        return table;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("LightCurve[");
        List<String> oids = oids();
        sb.append(oids.size() == 1 ? "oid=" + oids.get(0) : oids.size() + " objects");
        countsByBand().forEach((band, n) -> sb.append(' ').append(band).append(':').append(n));
        if (!isEmpty()) {
            MjdRange span = timeSpan();
            sb.append(String.format(Locale.ROOT, " HMJD %.1f–%.1f", span.min(), span.max()));
        } else {
            sb.append(" empty");
        }
        int limits = table.booleanColumn(IS_UPPER_LIMIT).countTrue();
        if (limits > 0) {
            sb.append(" (").append(limits).append(limits == 1 ? " upper limit)" : " upper limits)");
        }
        sb.append(", ").append(representation);
        if (dataRelease != null) {
            sb.append(", ").append(dataRelease);
        }
        long withReference = oids.stream().filter(references::containsKey).count();
        if (withReference > 0) {
            sb.append(", ").append(withReference).append(withReference == 1 ? " reference" : " references");
        }
        for (LightCurveSources.Status failed : sources.unavailable()) {
            sb.append(", ").append(failed.source()).append(" unavailable");
        }
        return sb.append(']').toString();
    }

    /** The same rows with another light curve's metadata (for the package's other transforms). */
    LightCurve withMetadata(Representation shown, Map<String, ReferenceMagnitude> refs, DataRelease release,
            LightCurveSources recorded) {
        return new LightCurve(table, shown, Collections.unmodifiableMap(new TreeMap<>(refs)), release, recorded);
    }
}
