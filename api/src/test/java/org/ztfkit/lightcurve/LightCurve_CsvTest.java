package org.ztfkit.lightcurve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ztfkit.lightcurve.Fixtures.TARGET;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** The Viewer's CSV export columns (external-services.md §16.2). */
class LightCurve_CsvTest {
    @Test
    void columnsOrderFiltersAndEmptyCells() {
        Table rows = Fixtures.rows()
                .dr(TARGET, 58002.5, 17.25, 0.05)
                .detection("ZTF18abc", "ztf_alert", "ztf_g", 58003.0, 18.5, 0.1)
                .limit("ZTF18abc", "ztf_alert", "ztf_g", 58004.0, 20.5)
                .detection("123456789", "ps1", "ps1_i", 55000.25, 17.5, 0.02)
                .table();
        rows.addColumns(DoubleColumn.create("clrcoeff", new double[] {0.125, Double.NaN, Double.NaN, Double.NaN}));
        LightCurve lc = LightCurve.of(rows).withReference(TARGET, 18.42, 0.03).difference();
        assertEquals("""
                oid,filter,mjd,mag,magerr,clrcoeff,ref,ref_err
                123456789,ps1_i,55000.25,17.5,0.02,,,
                633207400004730,zr,58002.5,17.25,0.05,0.125,18.42,0.03
                ZTF18abc,ztf_g,58003.0,18.5,0.1,,,
                """, lc.toCsv());
    }

    @Test
    void aRealDrLightCurveKeepsEveryValue() throws IOException {
        List<String> source = Files.readAllLines(RealData.file("lightcurves/ztf_dr/640202200001881.csv"));
        List<String> csv = Fixtures.realDr(640202200001881L).toCsv().lines().toList();
        assertEquals("oid,filter,mjd,mag,magerr,clrcoeff,ref,ref_err", csv.get(0));
        assertEquals(108, csv.size(), "107 points (MANIFEST.md) + header");
        for (int i = 1; i < csv.size(); i++) {
            String[] in = source.get(i).split(",");    // time,mag,magerr,clrcoeff,catflags,band (already in time order)
            String[] out = csv.get(i).split(",", -1);
            assertEquals("640202200001881", out[0]);
            assertEquals("zr", out[1]);
            for (int c = 0; c < 4; c++) {
                assertEquals(Double.parseDouble(in[c]), Double.parseDouble(out[c + 2]), 0.0, "row " + i + " col " + c);
            }
            assertEquals("", out[6] + out[7], "no reference set");
        }
    }
}
