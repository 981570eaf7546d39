package org.ztfkit.lightcurve;

import java.util.Optional;
import org.ztfkit.RealData;
import org.ztfkit.photometry.Photometry;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Small hand-made light curves, and the real DR light curves of ../shared/realdata. */
final class Fixtures {
    static final String TARGET = "633207400004730";
    static final String NEIGHBOUR = "633207400004731";

    private Fixtures() {
    }

    static Rows rows() {
        return new Rows();
    }

    /** Builds a light-curve table row by row; fluxes from magnitudes by eqs. 1–2. */
    static final class Rows {
        private final Table table = LightCurveColumns.emptyTable("test light curve");

        Rows detection(String oid, String source, String band, double time, double mag, double magErr) {
            double flux = Photometry.fluxJy(mag);
            return append(oid, source, band, time, mag, magErr, flux, Photometry.fluxErrJy(flux, magErr), false);
        }

        Rows dr(String oid, double time, double mag, double magErr) {
            return detection(oid, "ztf_dr", "ztf_r", time, mag, magErr);
        }

        Rows limit(String oid, String source, String band, double time, double limitMag) {
            return append(oid, source, band, time, limitMag, Double.NaN, Photometry.fluxJy(limitMag), Double.NaN, true);
        }

        private Rows append(String oid, String source, String band, double time, double mag, double magErr,
                double flux, double fluxErr, boolean upper) {
            table.stringColumn(LightCurveColumns.OID).append(oid);
            table.stringColumn(LightCurveColumns.SOURCE).append(source);
            table.stringColumn(LightCurveColumns.BAND).append(band);
            table.doubleColumn(LightCurveColumns.TIME).append(time);
            table.doubleColumn(LightCurveColumns.MAG).append(mag);
            table.doubleColumn(LightCurveColumns.MAGERR).append(magErr);
            table.doubleColumn(LightCurveColumns.FLUX).append(flux);
            table.doubleColumn(LightCurveColumns.FLUXERR).append(fluxErr);
            table.booleanColumn(LightCurveColumns.IS_UPPER_LIMIT).append(upper);
            return this;
        }

        Table table() {
            return table.copy();
        }

        LightCurve build() {
            return LightCurve.of(table);
        }
    }

    /**
     * A real ZTF DR light curve from {@code lightcurves/ztf_dr/{oid}.csv} (columns time = hmjd, mag, magerr,
     * clrcoeff, catflags, band), through {@link DrLightCurves}.
     */
    static LightCurve realDr(long oid) {
        Table csv = Table.read().usingOptions(CsvReadOptions
                .builder(RealData.file("lightcurves/ztf_dr/" + oid + ".csv").toFile())
                .columnTypesPartial(name -> name.equals("catflags") ? Optional.of(ColumnType.INTEGER)
                        : name.equals("band") ? Optional.of(ColumnType.STRING)
                        : Optional.of(ColumnType.DOUBLE)));
        csv.column("time").setName("hmjd");
        LongColumn oids = LongColumn.create("oid", csv.rowCount());
        for (int i = 0; i < oids.size(); i++) {
            oids.set(i, oid);
        }
        csv.addColumns(oids);
        return DrLightCurves.fromDetections(csv, "DR light curve of " + oid);
    }
}
