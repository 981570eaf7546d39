package org.ztfkit.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ztfkit.RealData;
import org.ztfkit.alerts.AlertCandidate;
import org.ztfkit.alerts.AlertPacket;
import org.ztfkit.alerts.io.AlertFiles;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Band;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyPosition;

/** Archive paths and links of external-services.md §2.1, §3.1–§3.4, with the examples given there. */
class ScienceImageTest {
    /** The paper's example (seed 001; external-services.md §3.1). */
    static final String PAPER_PATH = "2019/0314/432616/ztf_20190314432616_000633_zr_c07_o_q4_sciimg.fits";
    static final Oid SNAD101 = Oid.of(633207400004730L);

    @Test
    void rebuildsThePapersExamplePath() {
        FileFracDay f = FileFracDay.parse("20190314432616");
        assertEquals(PAPER_PATH, ScienceImage.of(f, 633, Band.ZTF_R, 27).path());
        assertEquals(PAPER_PATH, ScienceImage.of(f, SNAD101).path());
        assertEquals(PAPER_PATH, ScienceImage.fromFileName(PAPER_PATH).path());
        assertEquals(27, ScienceImage.of(f, SNAD101).rcid());
    }

    @Test
    void rebuildsThePathFromAnObserverMjd() {
        // 2019-03-14 is MJD 58556; 0.432616 day after midnight UTC
        FileFracDay f = FileFracDay.fromObserverMjd(58556.432616);
        assertEquals(LocalDate.of(2019, 3, 14), f.date());
        assertEquals(432616, f.frac6());
        assertEquals(PAPER_PATH, ScienceImage.of(f, 633, Band.ZTF_R, 27).path());
        assertEquals(58556.432616, f.observerMjd(), 1e-9);
        assertEquals(20190314432616L, f.value());
    }

    @Test
    void roundingToTheNextDayCarries() {
        FileFracDay f = FileFracDay.fromObserverMjd(58556.9999996);
        assertEquals(LocalDate.of(2019, 3, 15), f.date());
        assertEquals(0, f.frac6());
    }

    @Test
    void urlsOfTheViewer() {
        ScienceImage img = ScienceImage.fromFileName(PAPER_PATH);
        assertEquals("https://irsa.ipac.caltech.edu/ibe/data/ztf/products/sci/" + PAPER_PATH, img.url());
        assertEquals("https://fits.ztf.snad.space/products/sci/" + PAPER_PATH, img.proxyUrl());
        SkyPosition target = SkyPosition.of(247.45543, 24.77282);
        assertEquals("https://irsa.ipac.caltech.edu/ibe/data/ztf/products/sci/" + PAPER_PATH
                + "?size=449pix&gzip=false&center=247.45543,24.77282", img.cutoutUrl(target, 449, false));
        assertEquals("https://fits.ztf.snad.space/products/sci/2019/0314/432616/", img.productDirectoryUrl());
        assertEquals("https://www.js9.org/js9.html?url=https://fits.ztf.snad.space/products/sci/" + PAPER_PATH
                + "&zoom=10&ra=247.45543&dec=24.77282&scale=histeq&flip=y", img.js9Url(target));
        assertEquals("https://irsa.ipac.caltech.edu/ibe/data/ztf/products/sci/2019/0314/",
                DayListing.url(LocalDate.of(2019, 3, 14)));
    }

    @Test
    void coordinatesInUrlsNeverUseExponents() {
        String url = ScienceImage.fromFileName(PAPER_PATH).cutoutUrl(SkyPosition.of(0.0001, -0.00002), 64, true);
        assertTrue(url.endsWith("?size=64pix&gzip=true&center=0.0001,-0.00002"), url);
    }

    @Test
    void referenceCatalogPathOfSection21() {
        ReferenceCatalogFile ref = ReferenceCatalogFile.of(SNAD101);
        assertEquals("ref/000/field000633/zr/ccd07/q4/ztf_000633_zr_c07_q4_refpsfcat.fits", ref.path());
        assertEquals("https://fits.ztf.snad.space/products/ref/000/field000633/zr/ccd07/q4/"
                + "ztf_000633_zr_c07_q4_refpsfcat.fits", ref.proxyUrl());
        assertEquals("https://irsa.ipac.caltech.edu/ibe/data/ztf/products/" + ref.path(), ref.url());
        // fields from 1000 up live under root 001
        assertTrue(new ReferenceCatalogFile(1234, Band.ZTF_G, 1, 1).path().startsWith("ref/001/field001234/zg/"));
    }

    @Test
    void theAlertsExposureComesFromItsDifferenceImageName() {
        AlertPacket p = AlertFiles.read(RealData.file("alerts/kowalski/2475433850315015009.avro")).get(0);
        AlertCandidate c = p.candidate();
        ScienceImage img = ScienceImage.fromFileName(c.pdiffimfilename().orElseThrow());
        assertEquals("2023/1012/433727/ztf_20231012433727_000505_zg_c01_o_q4_sciimg.fits", img.path());
        assertEquals(c.field().orElseThrow(), img.fieldId());
        assertEquals(c.rcid().orElseThrow(), img.rcid());
        assertEquals(c.band(), img.band());
        // history entries carry archive paths: /ztf/archive/sci/2023/0914/435023/ztf_…
        AlertCandidate first = p.previousDetections().get(0);
        ScienceImage earlier = ScienceImage.fromFileName(first.pdiffimfilename().orElseThrow());
        assertEquals("20230914435023", earlier.fileFracDay().toString());
        assertEquals(first.rcid().orElseThrow(), earlier.rcid());
    }

    @Test
    void snappingTheAlertTimeToTheDayListingFindsItsExposure() {
        // the alert's jd is 11 s after the exposure's filefracday; the listing has the exposures around it
        String html = "<a href=\"433545/\">433545/</a> <a href=\"433727/\">433727/</a> <a href=\"433909/\">433909/</a>"
                + " <a href=\"../\">Parent</a>";
        DayListing day = DayListing.parse(LocalDate.of(2023, 10, 12), html);
        assertEquals(3, day.exposures().size());
        double alertMjd = 2460229.9338542 - 2400000.5;
        assertEquals("20231012433727", day.exposureAtOrBefore(alertMjd).orElseThrow().toString());
        // a DR point at mid-exposure (start + 15 s = 174 units) snaps to the same start
        double midExposure = FileFracDay.parse("20231012433727").observerMjd() + 15.0 / 86400;
        assertEquals("20231012433727", day.exposureAtOrBefore(midExposure).orElseThrow().toString());
        // an exact start time is that exposure, not the one before
        assertEquals("20231012433909", day.exposureAtOrBefore(FileFracDay.parse("20231012433909").observerMjd())
                .orElseThrow().toString());
    }

    @Test
    void beforeTheFirstExposureOfTheDayThereIsNone() {
        DayListing day = DayListing.of(LocalDate.of(2019, 3, 14), List.of(432616, 120000));
        assertEquals(List.of(FileFracDay.parse("20190314120000"), FileFracDay.parse("20190314432616")),
                day.exposures());
        assertTrue(day.exposureAtOrBefore(58556.1).isEmpty());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> day.exposureAtOrBefore(58557.2));
        assertTrue(e.getMessage().contains("2019-03-14"), e.getMessage());
    }

    @Test
    void badInputIsNamed() {
        assertThrows(InvalidInputException.class, () -> FileFracDay.parse("2019031443261"));
        assertThrows(InvalidInputException.class, () -> FileFracDay.parse("20191314432616"));
        assertThrows(InvalidInputException.class, () -> FileFracDay.fromObserverMjd(2458556.4));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScienceImage.fromFileName("ps1_cutout.fits"));
        assertTrue(e.getMessage().contains("'ps1_cutout.fits'"), e.getMessage());
        assertThrows(InvalidInputException.class,
                () -> ScienceImage.of(FileFracDay.parse("20190314432616"), 633, Band.PS1_G, 27));
    }
}
