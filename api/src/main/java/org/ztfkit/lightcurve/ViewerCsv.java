package org.ztfkit.lightcurve;

import static org.ztfkit.lightcurve.LightCurveColumns.BAND;
import static org.ztfkit.lightcurve.LightCurveColumns.CLRCOEFF;
import static org.ztfkit.lightcurve.LightCurveColumns.IS_UPPER_LIMIT;
import static org.ztfkit.lightcurve.LightCurveColumns.MAG;
import static org.ztfkit.lightcurve.LightCurveColumns.MAGERR;
import static org.ztfkit.lightcurve.LightCurveColumns.OID;
import static org.ztfkit.lightcurve.LightCurveColumns.SOURCE;
import static org.ztfkit.lightcurve.LightCurveColumns.TIME;

import java.util.Map;
import org.ztfkit.model.Band;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.photometry.ReferenceMagnitude;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The SNAD Viewer's light-curve CSV (external-services.md §16.2), see {@link LightCurve#toCsv()}. */
final class ViewerCsv {
    static final String HEADER = "oid,filter,mjd,mag,magerr,clrcoeff,ref,ref_err";

    private ViewerCsv() {
    }

    /** {@code rows} must be sorted by time. */
    static String write(Table rows, Map<String, ReferenceMagnitude> references) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        NumericColumn<?> clrcoeff = rows.containsColumn(CLRCOEFF) ? rows.numberColumn(CLRCOEFF) : null;
        BooleanColumn upper = rows.booleanColumn(IS_UPPER_LIMIT);
        StringColumn oids = rows.stringColumn(OID);
        StringColumn bands = rows.stringColumn(BAND);
        StringColumn sources = rows.stringColumn(SOURCE);
        DoubleColumn times = rows.doubleColumn(TIME);
        DoubleColumn mags = rows.doubleColumn(MAG);
        DoubleColumn magErrs = rows.doubleColumn(MAGERR);
        for (int i = 0; i < rows.rowCount(); i++) {
            if (upper.get(i)) {
                continue;
            }
            String oid = oids.get(i);
            boolean dr = PhotometrySource.ZTF_DR.id().equals(sources.get(i));
            ReferenceMagnitude ref = references.getOrDefault(oid, ReferenceMagnitude.NONE);
            csv.append(text(oid)).append(',')
                    .append(dr ? Band.of(bands.get(i)).ztfFilterCode() : text(bands.get(i))).append(',')
                    .append(number(times.getDouble(i))).append(',')
                    .append(number(mags.getDouble(i))).append(',')
                    .append(number(magErrs.getDouble(i))).append(',')
                    .append(clrcoeff != null ? number(clrcoeff.getDouble(i)) : "").append(',')
                    .append(ref.isNone() ? "" : number(ref.mag())).append(',')
                    .append(ref.isNone() ? "" : number(ref.magErr())).append('\n');
        }
        return csv.toString();
    }

    private static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }

    private static String text(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
