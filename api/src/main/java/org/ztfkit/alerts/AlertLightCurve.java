package org.ztfkit.alerts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Band;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The alert light curve of one ZTF object: every detection and upper limit found in its alert packets, each epoch
 * once, with the packets' native values. Detections are de-duplicated by {@code candid} (a packet's history repeats
 * earlier packets' candidates), upper limits by ({@code jd}, {@code fid}). A detection that is one packet's
 * candidate and another's history entry is taken from the candidate: histories carry rounded values
 * ({@code magpsf} 17.5466 for the candidate's 17.54656) and fewer fields. Times stay as delivered (JD at exposure
 * start, UTC, observer); the merged light curve converts them to HMJD at ingestion. Rows are sorted by {@code jd},
 * then {@code fid}.
 *
 * <table>
 *   <caption>Columns of {@link #table()}</caption>
 *   <tr><td>{@value #OBJECT_ID}</td><td>string</td><td>ZTF alert name, e.g. {@code ZTF20aajcdad}</td></tr>
 *   <tr><td>{@value #KIND}</td><td>string</td><td>{@value #DETECTION} or {@value #UPPER_LIMIT}</td></tr>
 *   <tr><td>{@value #CANDID}</td><td>long</td><td>candidate id; missing for upper limits</td></tr>
 *   <tr><td>{@value #JD}</td><td>double</td><td>Julian date at the start of the exposure, UTC, at Palomar</td></tr>
 *   <tr><td>{@value #FID}</td><td>int</td><td>ZTF filter id 1 g, 2 r, 3 i</td></tr>
 *   <tr><td>{@value #BAND}</td><td>string</td><td>{@code ztf_g}, {@code ztf_r}, {@code ztf_i}</td></tr>
 *   <tr><td>{@value #MAGPSF}, {@value #SIGMAPSF}</td><td>double</td><td>difference-image PSF magnitude and
 *   error, mag; missing for upper limits</td></tr>
 *   <tr><td>{@value #DIFFMAGLIM}</td><td>double</td><td>5σ limit of the difference image, mag</td></tr>
 *   <tr><td>{@value #ISDIFFPOS}</td><td>int</td><td>+1 science brighter than reference, −1 fainter; missing for
 *   upper limits</td></tr>
 *   <tr><td>{@value #MAGNR}, {@value #SIGMAGNR}</td><td>double</td><td>nearest reference-catalog source's
 *   magnitude and error, mag; missing when none</td></tr>
 *   <tr><td>{@value #FIELD}, {@value #RCID}</td><td>int</td><td>ZTF field and read-out channel of the
 *   exposure</td></tr>
 * </table>
 *
 * <pre>{@code
 * AlertLightCurve lc = AlertLightCurve.merge(AlertFiles.readDirectory(dir));   // packets of one object
 * lc.detectionsByBand();   // {ztf_g=2, ztf_r=3}
 * lc.table();              // a fresh Tablesaw table in the schema above
 * }</pre>
 */
public final class AlertLightCurve {
    public static final String OBJECT_ID = "object_id";
    public static final String KIND = "kind";
    public static final String CANDID = "candid";
    public static final String JD = "jd";
    public static final String FID = "fid";
    public static final String BAND = "band";
    public static final String MAGPSF = "magpsf";
    public static final String SIGMAPSF = "sigmapsf";
    public static final String DIFFMAGLIM = "diffmaglim";
    public static final String ISDIFFPOS = "isdiffpos";
    public static final String MAGNR = "magnr";
    public static final String SIGMAGNR = "sigmagnr";
    public static final String FIELD = "field";
    public static final String RCID = "rcid";
    /** {@value #KIND} of a detection. */
    public static final String DETECTION = "detection";
    /** {@value #KIND} of a non-detection. */
    public static final String UPPER_LIMIT = "upper_limit";

    private final Table table;

    private AlertLightCurve(Table table) {
        this.table = table;
    }

    /**
     * Merges the packets of one object.
     *
     * @throws InvalidInputException if the packets belong to more than one object
     */
    public static AlertLightCurve merge(Collection<AlertPacket> packets) {
        String objectId = requireOneObject(packets);
        Map<Long, AlertCandidate> detections = new LinkedHashMap<>();
        Map<String, UpperLimit> limits = new LinkedHashMap<>();
        for (AlertPacket p : packets) {
            detections.put(p.candid(), p.candidate());
        }
        for (AlertPacket p : packets) {
            for (AlertCandidate c : p.previousDetections()) {
                detections.putIfAbsent(c.candid(), c);
            }
            for (UpperLimit u : p.upperLimits()) {
                limits.putIfAbsent(Double.doubleToLongBits(u.jd()) + "/" + u.fid(), u);
            }
        }
        List<Row> rows = new ArrayList<>();
        detections.values().forEach(c -> rows.add(Row.of(c)));
        limits.values().forEach(u -> rows.add(Row.of(u)));
        rows.sort(Comparator.comparingDouble(Row::jd).thenComparingInt(Row::fid));
        return new AlertLightCurve(toTable(objectId, rows));
    }

    /** The one object id of {@code packets} ("" when there are none). */
    static String requireOneObject(Collection<AlertPacket> packets) {
        Set<String> objects = new TreeSet<>();
        packets.forEach(p -> objects.add(p.objectId()));
        if (objects.size() > 1) {
            throw InvalidInputException.of("alert packets", "packets of one object", "packets of " + objects,
                    "take one object at a time, e.g. group the packets by objectId()");
        }
        return objects.isEmpty() ? "" : objects.iterator().next();
    }

    /** One epoch before it becomes a table row. */
    private record Row(boolean detection, Long candid, double jd, int fid, String band, OptionalDouble magpsf,
                       OptionalDouble sigmapsf, OptionalDouble diffmaglim, OptionalInt isdiffpos,
                       OptionalDouble magnr, OptionalDouble sigmagnr, OptionalInt field, OptionalInt rcid) {
        static Row of(AlertCandidate c) {
            return new Row(true, c.candid(), c.jd(), c.fid(), c.band().id(), OptionalDouble.of(c.magpsf()),
                    OptionalDouble.of(c.sigmapsf()), c.diffmaglim(), OptionalInt.of(c.isdiffpos()), c.magnr(),
                    c.sigmagnr(), c.field(), c.rcid());
        }

        static Row of(UpperLimit u) {
            return new Row(false, null, u.jd(), u.fid(), u.band().id(), OptionalDouble.empty(),
                    OptionalDouble.empty(), u.diffmaglim(), OptionalInt.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), u.field(), u.rcid());
        }
    }

    private static Table toTable(String objectId, List<Row> rows) {
        StringColumn object = StringColumn.create(OBJECT_ID);
        StringColumn kind = StringColumn.create(KIND);
        LongColumn candid = LongColumn.create(CANDID);
        DoubleColumn jd = DoubleColumn.create(JD);
        IntColumn fid = IntColumn.create(FID);
        StringColumn band = StringColumn.create(BAND);
        DoubleColumn magpsf = DoubleColumn.create(MAGPSF);
        DoubleColumn sigmapsf = DoubleColumn.create(SIGMAPSF);
        DoubleColumn diffmaglim = DoubleColumn.create(DIFFMAGLIM);
        IntColumn isdiffpos = IntColumn.create(ISDIFFPOS);
        DoubleColumn magnr = DoubleColumn.create(MAGNR);
        DoubleColumn sigmagnr = DoubleColumn.create(SIGMAGNR);
        IntColumn field = IntColumn.create(FIELD);
        IntColumn rcid = IntColumn.create(RCID);
        for (Row r : rows) {
            object.append(objectId);
            kind.append(r.detection() ? DETECTION : UPPER_LIMIT);
            if (r.candid() == null) {
                candid.appendMissing();
            } else {
                candid.append(r.candid());
            }
            jd.append(r.jd());
            fid.append(r.fid());
            band.append(r.band());
            append(magpsf, r.magpsf());
            append(sigmapsf, r.sigmapsf());
            append(diffmaglim, r.diffmaglim());
            append(isdiffpos, r.isdiffpos());
            append(magnr, r.magnr());
            append(sigmagnr, r.sigmagnr());
            append(field, r.field());
            append(rcid, r.rcid());
        }
        return Table.create("alerts " + objectId, object, kind, candid, jd, fid, band, magpsf, sigmapsf, diffmaglim,
                isdiffpos, magnr, sigmagnr, field, rcid);
    }

    private static void append(DoubleColumn column, OptionalDouble value) {
        if (value.isPresent()) {
            column.append(value.getAsDouble());
        } else {
            column.appendMissing();
        }
    }

    private static void append(IntColumn column, OptionalInt value) {
        if (value.isPresent()) {
            column.append(value.getAsInt());
        } else {
            column.appendMissing();
        }
    }

    /** The object's alert name; empty for a light curve merged from no packets. */
    public Optional<String> objectId() {
        return table.isEmpty() ? Optional.empty() : Optional.of(table.stringColumn(OBJECT_ID).get(0));
    }

    /** A fresh, mutable copy of the rows in the documented schema. */
    public Table table() {
        Table copy = table.copy();
        copy.setName(table.name());
        return copy;
    }

    public int size() {
        return table.rowCount();
    }

    public int detectionCount() {
        return table.stringColumn(KIND).countOccurrences(DETECTION);
    }

    public int upperLimitCount() {
        return table.stringColumn(KIND).countOccurrences(UPPER_LIMIT);
    }

    /** Number of detections per band, in band order ({@code ztf_g}, {@code ztf_r}, {@code ztf_i}). */
    public Map<String, Integer> detectionsByBand() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Band b : List.of(Band.ZTF_G, Band.ZTF_R, Band.ZTF_I)) {
            int n = table.where(table.stringColumn(KIND).isEqualTo(DETECTION).and(table.stringColumn(BAND)
                    .isEqualTo(b.id()))).rowCount();
            if (n > 0) {
                counts.put(b.id(), n);
            }
        }
        return counts;
    }

    /** The candidate ids of the detections, in time order. */
    public List<Long> candids() {
        List<Long> ids = new ArrayList<>();
        LongColumn c = table.longColumn(CANDID);
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                ids.add(c.get(i));
            }
        }
        return ids;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AlertLightCurve[").append(objectId().orElse("empty"));
        detectionsByBand().forEach((band, n) -> sb.append(' ').append(band).append(':').append(n));
        sb.append(", ").append(upperLimitCount()).append(" upper limits");
        if (!table.isEmpty()) {
            DoubleColumn jd = table.doubleColumn(JD);
            sb.append(String.format(Locale.ROOT, ", JD %.4f–%.4f", jd.min(), jd.max()));
        }
        return sb.append(']').toString();
    }
}
