package org.ztfkit.lightcurve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ztfkit.lightcurve.Fixtures.NEIGHBOUR;
import static org.ztfkit.lightcurve.Fixtures.TARGET;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Band;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.MjdRange;
import org.ztfkit.model.PhotometrySource;

class LightCurve_SelectTest {
    static final LightCurve LC = Fixtures.rows()
            .dr(TARGET, 58001.0, 17.0, 0.05)
            .dr(NEIGHBOUR, 58002.0, 18.0, 0.05)
            .detection(TARGET, "ztf_dr", "ztf_g", 58003.0, 17.5, 0.04)
            .detection("ZTF18abc", "ztf_alert", "ztf_r", 58004.0, 17.2, 0.1)
            .limit("ZTF18abc", "ztf_alert", "ztf_g", 58005.0, 20.5)
            .detection("123456789", "ps1", "ps1_r", 55000.0, 17.3, 0.02)
            .detection("42", "gaia", "gaia_G", 57000.0, 17.1, 0.01)
            .build().withDataRelease(DataRelease.of("dr8")).withReference(TARGET, 18.0, 0.03).difference();

    @Test
    void byBandNameBandAndDrFilterCode() {
        assertEquals(List.of(58001.0, 58002.0, 58004.0), times(LC.band("ztf_r")));
        assertEquals(times(LC.band("ztf_r")), times(LC.band(Band.ZTF_R)));
        assertEquals(times(LC.band("ztf_r")), times(LC.band("zr")));
        assertEquals(List.of(57000.0), times(LC.band("gaia_G")));
        assertTrue(LC.band("ztf_i").isEmpty(), "no rows is an empty light curve, not an error");
    }

    @Test
    void ambiguousOrUnknownBandIsRefusedWithAdvice() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LC.band("r"));
        assertTrue(e.getMessage().contains("'r'") && e.getMessage().contains("ztf_r"), e.getMessage());
    }

    @Test
    void bySource() {
        assertEquals(List.of(58004.0, 58005.0), times(LC.source("ztf_alert")));
        assertEquals(List.of(55000.0), times(LC.source(PhotometrySource.PS1)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LC.source("atlas"));
        assertTrue(e.getMessage().contains("'atlas'") && e.getMessage().contains("ztf_alert"), e.getMessage());
    }

    @Test
    void byObject() {
        assertEquals(List.of(58001.0, 58003.0), times(LC.only(TARGET)));
        assertEquals(times(LC.only(TARGET)), times(LC.only(Long.parseLong(TARGET))));
        assertEquals(List.of(NEIGHBOUR), LC.only(Long.parseLong(NEIGHBOUR)).oids());
        assertEquals(6, LC.without(Long.parseLong(NEIGHBOUR)).size());
        assertEquals(3, LC.without(TARGET, "ZTF18abc").size());
        assertEquals(LC.size(), LC.without("no such object").size(), "hiding an unknown id changes nothing");
        assertTrue(LC.only("no such object").isEmpty());
    }

    @Test
    void byWindowWithInclusiveEnds() {
        assertEquals(List.of(58002.0, 58003.0, 58004.0), times(LC.between(58002.0, 58004.0)));
        assertEquals(times(LC.between(58002.0, 58004.0)), times(LC.window(MjdRange.of(58002.0, 58004.0))));
        assertEquals(List.of(55000.0), times(LC.window(MjdRange.of(Double.NEGATIVE_INFINITY, 56000))));
        assertTrue(LC.between(40000, 41000).isEmpty());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LC.between(58500, 58100));
        assertTrue(e.getMessage().contains("58500") && e.getMessage().contains("swap"), e.getMessage());
    }

    @Test
    void detectionsAndUpperLimits() {
        assertEquals(6, LC.detections().size());
        assertEquals(List.of(58005.0), times(LC.upperLimits()));
        assertTrue(LC.upperLimits().detections().isEmpty());
    }

    @Test
    void selectionsKeepRepresentationReferencesAndRelease() {
        LightCurve selected = LC.band("ztf_r").only(TARGET).between(58000, 58010);
        assertEquals(Representation.DIFFERENCE_MAGNITUDE, selected.representation());
        assertEquals(LC.references(), selected.references());
        assertEquals(LC.dataRelease(), selected.dataRelease());
        assertEquals(17.551202076354773, selected.table().doubleColumn("diffmag").getDouble(0), 1e-12);
        assertEquals("LightCurve[oid=633207400004730 ztf_r:1 HMJD 58001.0–58001.0, diff mag, dr8, 1 reference]",
                selected.toString());
    }

    @Test
    void emptySelectionsChainWithoutErrors() {
        LightCurve none = LC.band("ztf_i").between(58000, 58001).only(TARGET).detections();
        assertTrue(none.isEmpty());
        assertEquals(LC.table().columnNames(), none.table().columnNames());
        assertEquals(0, none.bin(1.0).size());
        assertEquals(0, none.fold(0.5).table().rowCount());
        assertEquals("oid,filter,mjd,mag,magerr,clrcoeff,ref,ref_err\n", none.toCsv());
    }

    static List<Double> times(LightCurve lc) {
        return lc.table().doubleColumn("time").asList();
    }
}
