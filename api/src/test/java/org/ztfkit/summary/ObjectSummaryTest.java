package org.ztfkit.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.catalog.XmatchReport;
import org.ztfkit.catalog.XmatchResult;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.model.Band;
import org.ztfkit.model.DataRelease;
import org.ztfkit.model.Oid;
import org.ztfkit.photometry.Cosmology;
import org.ztfkit.photometry.Extinction;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.SnadCatalogEntry;

/** The summary's parts from hand-made inputs. */
class ObjectSummaryTest {
    static final SkyPosition P = SkyPosition.of(247.45543, 24.77282);
    static final Oid OID = Oid.of(633207400004730L);

    static Map<String, Object> rec(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static SkyPosition north(double arcsec) {
        return SkyPosition.of(P.ra(), P.dec() + arcsec / 3600);
    }

    static SnadCatalogEntry snad(double arcsec) {
        return new SnadCatalogEntry("SNAD101", north(arcsec), OID, LocalDateTime.of(2018, 4, 8, 9, 45, 49), 21.11,
                0.27, 0.36, 20.84, 0.06, "AT 2018lwh", "PSN", "ZTF18abqkqdm");
    }

    static XmatchReport report() {
        SkyPosition p1 = north(1);
        CatalogRow vsx = Catalogs.VSX.row(rec("OID", 1L, "Name", "V1 Her", "Type", "RRAB", "Period", 0.5537,
                "_RAJ2000", p1.ra(), "_DEJ2000", p1.dec()));
        CatalogRow vsxFar = Catalogs.VSX.row(rec("OID", 2L, "Name", "V2 Her", "Type", "EA", "Period", 2.0,
                "_RAJ2000", P.ra(), "_DEJ2000", P.dec() + 5 / 3600.0));
        CatalogRow tns = Catalogs.TNS.row(rec("name_prefix", "SN", "name", "2018xyz", "ra", P.ra(),
                "declination", P.dec() + 0.5 / 3600, "type", "SN Ia", "redshift", 0.074));
        CatalogRow simbad = Catalogs.SIMBAD.row(rec("main_id", "V* HZ Her", "ra", P.ra(), "dec", P.dec() + 2 / 3600.0,
                "otype", "LXB", "dist", 6.1, "dist_unit", "kpc"));
        CatalogRow gaia = Catalogs.GAIA_DR3.row(rec("Source", 123L, "_RAJ2000", P.ra(), "_DEJ2000", P.dec(),
                "PQSO", 0.93, "PGal", 0.05, "PSS", 0.02));
        return new XmatchReport(P, List.of(XmatchResult.of(Catalogs.GCVS, P, 10, List.of()),
                XmatchResult.of(Catalogs.VSX, P, 10, List.of(vsxFar, vsx)),
                XmatchResult.of(Catalogs.TNS, P, 5, List.of(tns)),
                XmatchResult.unavailable(Catalogs.OSC, P, 5, "HTTP 503"),
                XmatchResult.of(Catalogs.SIMBAD, P, 50, List.of(simbad)),
                XmatchResult.of(Catalogs.GAIA_DR3, P, 1, List.of(gaia))));
    }

    static ObjectSummary full() {
        return ObjectSummary.builder(OID, DataRelease.of("dr13"), P).snad(snad(2)).xmatch(report())
                .featurePeriod(0.55371, 31.24, "features v0.5")
                .classifications(List.of(new Classification("ALeRCE light curve", "RRL", 0.81),
                        new Classification("Fink SN", "SN", 0.4)))
                .extinction(Extinction.of(0.05, "csfd"))
                .meanMagnitudes(Map.of(Band.ZTF_G, 16.05, Band.ZTF_R, 15.80), 4).build();
    }

    @Test
    void namesTypesPeriodsAndDistancesComeFromEachCatalogsClosestSource() {
        ObjectSummary s = full();
        assertEquals(List.of("SNAD101", "V1 Her", "SN 2018xyz", "V* HZ Her", "Gaia DR3 123"),
                s.names().stream().map(SummaryValue::value).toList(), "SNAD first, then catalogs in order");
        assertEquals("SNAD catalog", s.names().get(0).source());
        assertEquals(2.0, s.names().get(0).separationArcsec().orElseThrow(), 1e-6);
        assertEquals("AT 2018lwh", s.names().get(0).note());
        assertEquals(List.of("RRAB", "SN Ia", "LXB"), s.types().stream().map(SummaryValue::value).toList());
        assertEquals(List.of(0.55371, 0.5537), s.periods().stream().map(SummaryValue::value).toList(),
                "the features' period first, then the closest VSX source's (not the farther one's)");
        assertEquals("S/N 31.2", s.periods().get(0).note());
        assertTrue(s.periods().get(0).separationArcsec().isEmpty());
        assertEquals(1.0, s.periods().get(1).separationArcsec().orElseThrow(), 1e-6);
        assertEquals(2, s.distances().size());
        assertEquals(Cosmology.VIEWER.luminosityDistancePc(0.074), s.distances().get(0).value(), 1e-3);
        assertEquals("z=0.07400", s.distances().get(0).note());
        assertEquals(6100.0, s.distances().get(1).value(), 1e-9);
        assertEquals(List.of("Open Supernova Catalog"), s.unavailableCatalogs());
    }

    @Test
    void classificationsBelowOneHalfAreLeftOut() {
        ObjectSummary s = full();
        assertEquals(List.of("81% RRL", "93% quasar"), s.classifications().stream().map(Classification::percent).toList());
        assertEquals("Gaia DR3 DSC", s.classifications().get(1).source());
        assertThrows(InvalidInputException.class, () -> new Classification("x", "y", 1.2));
    }

    @Test
    void extinctionsFollowTheViewersRatios() {
        Extinction e = full().extinction().orElseThrow();
        // A_V = 3.1 × 0.05 = 0.155; g 0.155 × 1.21 = 0.18755, r × 0.848 = 0.13144, i × 0.622 = 0.09641
        assertEquals(0.155, e.av(), 1e-12);
        assertEquals(0.18755, e.a(Band.ZTF_G), 1e-12);
        assertEquals(0.13144, e.a(Band.ZTF_R), 1e-12);
        assertEquals(0.09641, e.a(Band.ZTF_I), 1e-12);
        assertEquals("CSFD E(B-V) = 0.050: Ag = 0.188, Ar = 0.131, Ai = 0.096", full().lines().get("Extinction"));
    }

    @Test
    void meanMagnitudesAndColour() {
        ObjectSummary s = full();
        assertEquals(0.25, s.gMinusR().orElseThrow(), 1e-12);
        assertTrue(s.meanMagnitude(Band.ZTF_I).isEmpty());
        assertEquals("zg 16.05, zr 15.80, (zg–zr) 0.25", s.lines().get("Average mag (4 objects, with neighbours)"));
    }

    @Test
    void missingPartsHaveNoLineAndAFarSnadEntryNamesNothing() {
        ObjectSummary bare = ObjectSummary.builder(OID, DataRelease.of("dr13"), P).snad(snad(4)).build();
        assertTrue(bare.names().isEmpty(), "a SNAD entry 4″ away is not this object");
        assertEquals(List.of("Coordinates", "Search in brokers"), List.copyOf(bare.lines().keySet()));
        assertFalse(bare.toHtml().contains("Period"));
        assertFalse(bare.toString().contains("null"));
        ObjectSummary s = full();
        assertEquals(List.of("Name", "Type", "ML classifications", "Period, days", "Distance, pc", "Extinction",
                "Average mag (4 objects, with neighbours)", "Coordinates", "Search in brokers", "Not available"),
                List.copyOf(s.lines().keySet()));
    }

    @Test
    void coordinatesInTheViewersForms() {
        ObjectSummary s = full();
        assertEquals("247.45543 24.77282", s.decimalCoordinates());
        assertTrue(s.lines().get("Coordinates").contains("16:29:49.303 +24:46:22.15"), s.lines().get("Coordinates"));
        assertTrue(s.lines().get("Coordinates").contains("Galactic l b "), "Galactic coordinates too");
    }

    @Test
    void brokerLinksAreTheViewersOwn() {
        // the Viewer's tests (snad-space/ztf-viewer, summary test) expect for ra 10.0, dec 20.0, OID 633207400004730:
        String antares = "https://antares.noirlab.edu/loci?query=%7B%22filters%22%3A+%5B%7B%22type%22%3A+%22sky_distance"
                + "%22%2C+%22field%22%3A+%7B%22distance%22%3A+%220.0008333333333333334+degree%22%2C+%22htm16%22%3A+%7B%22"
                + "center%22%3A+%2210.0+20.0%22%7D%7D%2C+%22text%22%3A+%22Cone+Search+for+ZTF+DR+633207400004730+3%5Cu2033"
                + "%22%7D%5D%7D";
        List<BrokerLink> links = BrokerLink.forCone(SkyPosition.of(10.0, 20.0), 3.0, OID);
        assertEquals(List.of("ALeRCE", "ANTARES", "Fink", "MARS"), links.stream().map(BrokerLink::broker).toList());
        assertEquals("https://alerce.online/?ra=10.0&dec=20.0&radius=3&page=1", links.get(0).url());
        assertEquals(antares, links.get(1).url());
        assertEquals("https://ztf.fink-portal.org/?action=conesearch&ra=10.0&dec=20.0&radius=3", links.get(2).url());
        assertEquals("https://mars.lco.global/?cone=10.0%2C20.0%2C0.0008333333333333334", links.get(3).url());
        assertTrue(full().toHtml().contains("<a href=\"https://alerce.online/?ra=247.45543&amp;dec=24.77282&amp;radius=3"),
                full().toHtml());
    }
}
