package org.ztfkit.lightcurve;

import static org.ztfkit.lightcurve.LightCurveColumns.DIFFFLUX;
import static org.ztfkit.lightcurve.LightCurveColumns.DIFFFLUXERR;
import static org.ztfkit.lightcurve.LightCurveColumns.DIFFMAG;
import static org.ztfkit.lightcurve.LightCurveColumns.DIFFMAGERR_MINUS;
import static org.ztfkit.lightcurve.LightCurveColumns.DIFFMAGERR_PLUS;
import static org.ztfkit.lightcurve.LightCurveColumns.FLUX;
import static org.ztfkit.lightcurve.LightCurveColumns.FLUXERR;
import static org.ztfkit.lightcurve.LightCurveColumns.IS_UPPER_LIMIT;
import static org.ztfkit.lightcurve.LightCurveColumns.MAG;
import static org.ztfkit.lightcurve.LightCurveColumns.OID;
import static org.ztfkit.lightcurve.LightCurveColumns.REF_MAG;
import static org.ztfkit.lightcurve.LightCurveColumns.REF_MAGERR;

import java.util.Map;
import org.ztfkit.photometry.Photometry;
import org.ztfkit.photometry.ReferenceMagnitude;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The columns of the difference representation (external-services.md §16.4), computed row by row. */
final class DifferenceColumns {
    private DifferenceColumns() {
    }

    /** Appends {@link LightCurveColumns#DIFFERENCE} to {@code table}, using each row's object's reference. */
    static void append(Table table, Map<String, ReferenceMagnitude> references) {
        int n = table.rowCount();
        StringColumn oid = table.stringColumn(OID);
        DoubleColumn mag = table.doubleColumn(MAG);
        DoubleColumn flux = table.doubleColumn(FLUX);
        DoubleColumn fluxErr = table.doubleColumn(FLUXERR);
        BooleanColumn upper = table.booleanColumn(IS_UPPER_LIMIT);
        DoubleColumn refMag = DoubleColumn.create(REF_MAG, n);
        DoubleColumn refMagErr = DoubleColumn.create(REF_MAGERR, n);
        DoubleColumn diffFlux = DoubleColumn.create(DIFFFLUX, n);
        DoubleColumn diffFluxErr = DoubleColumn.create(DIFFFLUXERR, n);
        DoubleColumn diffMag = DoubleColumn.create(DIFFMAG, n);
        DoubleColumn errPlus = DoubleColumn.create(DIFFMAGERR_PLUS, n);
        DoubleColumn errMinus = DoubleColumn.create(DIFFMAGERR_MINUS, n);
        for (int i = 0; i < n; i++) {
            ReferenceMagnitude ref = references.getOrDefault(oid.get(i), ReferenceMagnitude.NONE);
            refMag.set(i, ref.mag());
            refMagErr.set(i, ref.magErr());
            if (upper.get(i)) {
                diffFlux.set(i, flux.getDouble(i));
                diffMag.set(i, mag.getDouble(i));
                diffFluxErr.setMissing(i);
                errPlus.setMissing(i);
                errMinus.setMissing(i);
                continue;
            }
            double df = Photometry.diffFluxJy(flux.getDouble(i), ref.fluxJy());
            double sigma = Photometry.diffFluxErrJy(fluxErr.getDouble(i), ref.fluxErrJy());
            diffFlux.set(i, df);
            diffFluxErr.set(i, sigma);
            diffMag.set(i, Photometry.diffMag(df, sigma));
            errPlus.set(i, Photometry.diffMagErrPlus(df, sigma));
            errMinus.set(i, Photometry.diffMagErrMinus(df, sigma));
        }
        table.addColumns(refMag, refMagErr, diffFlux, diffFluxErr, diffMag, errPlus, errMinus);
    }
}
