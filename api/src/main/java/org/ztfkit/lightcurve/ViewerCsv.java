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
import tech.tablesaw.api.Table;

/** The SNAD Viewer's light-curve CSV (external-services.md §16.2), see {@link LightCurve#toCsv()}. */
final class ViewerCsv {
    static final String HEADER = "oid,filter,mjd,mag,magerr,clrcoeff,ref,ref_err";

    private ViewerCsv() {
    }

    /** {@code rows} must be sorted by time. */
    static String write(Table rows, Map<String, ReferenceMagnitude> references) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        boolean hasClrcoeff = rows.containsColumn(CLRCOEFF);
        for (int i = 0; i < rows.rowCount(); i++) {
            if (rows.booleanColumn(IS_UPPER_LIMIT).get(i)) {
                continue;
            }
            String oid = rows.stringColumn(OID).get(i);
            String band = rows.stringColumn(BAND).get(i);
            boolean dr = PhotometrySource.ZTF_DR.id().equals(rows.stringColumn(SOURCE).get(i));
            ReferenceMagnitude ref = references.getOrDefault(oid, ReferenceMagnitude.NONE);
            csv.append(text(oid)).append(',')
                    .append(dr ? Band.of(band).ztfFilterCode() : text(band)).append(',')
                    .append(number(rows.doubleColumn(TIME).getDouble(i))).append(',')
                    .append(number(rows.doubleColumn(MAG).getDouble(i))).append(',')
                    .append(number(rows.doubleColumn(MAGERR).getDouble(i))).append(',')
                    .append(hasClrcoeff ? number(rows.numberColumn(CLRCOEFF).getDouble(i)) : "").append(',')
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
