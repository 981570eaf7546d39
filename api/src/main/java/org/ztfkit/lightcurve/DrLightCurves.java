package org.ztfkit.lightcurve;

import org.ztfkit.model.Oid;
import org.ztfkit.model.PhotometrySource;
import org.ztfkit.photometry.Photometry;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Builds light curves from ZTF DR detections (the columns of {@code ZtfDrSource.DETECTION_COLUMNS}). */
public final class DrLightCurves {
    private DrLightCurves() {
    }

    /**
     * The light curve of DR detections: the DR's HMJD is already the canonical time; fluxes follow equations 1–2.
     *
     * @param detections columns {@code oid} (long), {@code hmjd}, {@code mag}, {@code magerr}, {@code clrcoeff}
     * @param name       name of the resulting table
     */
    public static LightCurve fromDetections(Table detections, String name) {
        int n = detections.rowCount();
        LongColumn oids = detections.longColumn("oid");
        DoubleColumn hmjd = detections.doubleColumn("hmjd");
        DoubleColumn mag = detections.doubleColumn("mag");
        DoubleColumn magerr = detections.doubleColumn("magerr");
        DoubleColumn clrcoeff = detections.doubleColumn("clrcoeff");
        StringColumn oid = StringColumn.create(LightCurveColumns.OID);
        StringColumn source = StringColumn.create(LightCurveColumns.SOURCE);
        StringColumn band = StringColumn.create(LightCurveColumns.BAND);
        DoubleColumn flux = DoubleColumn.create(LightCurveColumns.FLUX, n);
        DoubleColumn fluxerr = DoubleColumn.create(LightCurveColumns.FLUXERR, n);
        BooleanColumn upper = BooleanColumn.create(LightCurveColumns.IS_UPPER_LIMIT);
        long lastOid = Long.MIN_VALUE;
        String lastBand = null;
        for (int i = 0; i < n; i++) {
            long o = oids.getLong(i);
            if (o != lastOid) {
                lastOid = o;
                lastBand = Oid.of(o).band().id();
            }
            oid.append(Long.toString(o));
            source.append(PhotometrySource.ZTF_DR.id());
            band.append(lastBand);
            double f = Photometry.fluxJy(mag.getDouble(i));
            flux.set(i, f);
            fluxerr.set(i, Photometry.fluxErrJy(f, magerr.getDouble(i)));
            upper.append(false);
        }
        Table t = Table.create(name, oid, source, band,
                hmjd.copy().setName(LightCurveColumns.TIME), mag.copy().setName(LightCurveColumns.MAG),
                magerr.copy().setName(LightCurveColumns.MAGERR), flux, fluxerr, upper,
                clrcoeff.copy().setName(LightCurveColumns.CLRCOEFF));
        return LightCurve.of(t);
    }
}
