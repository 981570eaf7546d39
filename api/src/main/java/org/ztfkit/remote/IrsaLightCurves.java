package org.ztfkit.remote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.store.DrRecord;
import org.ztfkit.time.Mjd;
import org.ztfkit.vo.VoTable;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Reads the VOTable of IRSA's ZTF light-curve API ({@code nph_light_curves}, external-services.md §3) into
 * {@link DrRecord}s: one per {@code oid}, every epoch kept with its {@code catflags} and {@code filefracday}.
 * The DR time axis is IRSA's {@code hjd} − 2400000.5 (heliocentric MJD; IRSA's {@code mjd} is the observer time and
 * is not stored). IRSA gives per-epoch positions only, so an object's position is the mean of its epochs'
 * positions. {@code ccdid} and {@code qid} arrive as hex text ({@code 0x3}); the VOTable reader decodes them, and
 * they are checked against the OID.
 *
 * <pre>{@code
 * List<DrRecord> objects = IrsaLightCurves.records(Vo.readVotable(Path.of("TimeSeriesZTF.xml")), "TimeSeriesZTF.xml");
 * }</pre>
 */
public final class IrsaLightCurves {
    /** The columns read. */
    public static final List<String> COLUMNS = List.of("oid", "hjd", "mag", "magerr", "catflags", "ra", "dec",
            "filefracday", "clrcoeff", "ccdid", "qid");

    private IrsaLightCurves() {
    }

    /**
     * The objects of one light-curve table, in order of first appearance.
     *
     * @param origin what is read, for messages (a file name or a URL)
     * @throws InvalidInputException when a column is missing or a row contradicts its OID
     */
    public static List<DrRecord> records(VoTable votable, String origin) {
        List<String> missing = COLUMNS.stream().filter(c -> !votable.columnNames().contains(c)).toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("IRSA light-curve table " + origin, "a table with columns " + COLUMNS,
                    "columns " + votable.columnNames(), "it lacks " + missing);
        }
        Table t = votable.toTable();
        NumericColumn<?> oid = t.numberColumn("oid");
        NumericColumn<?> hjd = t.numberColumn("hjd");
        NumericColumn<?> mag = t.numberColumn("mag");
        NumericColumn<?> magerr = t.numberColumn("magerr");
        NumericColumn<?> catflags = t.numberColumn("catflags");
        NumericColumn<?> ra = t.numberColumn("ra");
        NumericColumn<?> dec = t.numberColumn("dec");
        NumericColumn<?> ffd = t.numberColumn("filefracday");
        NumericColumn<?> clrcoeff = t.numberColumn("clrcoeff");
        NumericColumn<?> ccd = t.numberColumn("ccdid");
        NumericColumn<?> qid = t.numberColumn("qid");
        Map<Long, Builder> byOid = new LinkedHashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            long id = (long) oid.getDouble(i);
            Builder b = byOid.computeIfAbsent(id, k -> new Builder(Oid.of(k)));
            if (ccd.getDouble(i) != b.oid.ccdId() || qid.getDouble(i) != b.oid.qid()) {
                throw new InvalidInputException(origin + " row " + (i + 1) + ": OID " + id + " is on CCD "
                        + b.oid.ccdId() + " quadrant " + b.oid.qid() + " but the row says CCD " + ccd.getDouble(i)
                        + " quadrant " + qid.getDouble(i));
            }
            double h = hjd.getDouble(i);
            if (!Double.isFinite(h)) {
                throw new InvalidInputException(origin + " row " + (i + 1) + ": hjd is missing");
            }
            if (b.epochs.isEmpty()) {
                b.ra0 = ra.getDouble(i);
            }
            b.raOffsetSum += Math.IEEEremainder(ra.getDouble(i) - b.ra0, 360.0); // across RA 0/360 too
            b.decSum += dec.getDouble(i);
            double f = ffd.getDouble(i);
            b.epochs.add(new DrRecord.Epoch(Mjd.fromJd(h), (float) mag.getDouble(i), (float) magerr.getDouble(i),
                    (float) clrcoeff.getDouble(i), (int) catflags.getDouble(i), Double.isFinite(f) ? (long) f : null));
        }
        List<DrRecord> out = new ArrayList<>(byOid.size());
        for (Builder b : byOid.values()) {
            int n = b.epochs.size();
            out.add(DrRecord.of(b.oid, SkyPosition.wrapped(b.ra0 + b.raOffsetSum / n, b.decSum / n), n, b.epochs));
        }
        return out;
    }

    private static final class Builder {
        final Oid oid;
        final List<DrRecord.Epoch> epochs = new ArrayList<>();
        double ra0;
        double raOffsetSum;
        double decSum;

        Builder(Oid oid) {
            this.oid = oid;
        }
    }
}
