package org.ztfkit.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ztfkit.Ztf;
import org.ztfkit.ZtfObject;
import org.ztfkit.features.FeatureSet;
import org.ztfkit.model.Band;
import org.ztfkit.photometry.Extinction;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.source.ExtinctionSource;
import org.ztfkit.summary.Classification;
import org.ztfkit.summary.ObjectSummary;
import org.ztfkit.summary.SummaryOptions;
import org.ztfkit.summary.SummaryValue;
import tech.tablesaw.api.Table;

/** Object summaries of the demo sky against its truth. */
class DemoSkySummaryTest extends DemoSkyFixture {

    @Test
    void theRrLyraeStarsPeriodComesFirstFromItsFeaturesThenFromTheCatalogs() {
        ObjectSummary s = ztf.object(686204100122720L).summary();
        SummaryValue<Double> first = s.periods().get(0);
        assertEquals("features v0.5", first.source());
        // the simulated truth: P = 0.5537 d; the feature periodogram finds it within 0.1%
        assertEquals(0.5537, first.value(), 0.5537e-3, s.toString());
        assertTrue(first.note().startsWith("S/N "));
        List<String> sources = s.periods().stream().map(SummaryValue::source).toList();
        assertTrue(sources.containsAll(List.of("GCVS", "AAVSO VSX", "ZTF periodic variables")), sources.toString());
        s.periods().stream().skip(1).forEach(p -> assertEquals(0.5537, p.value(), 0.5537e-4, p.toString()));
        assertTrue(s.types().stream().anyMatch(t -> t.value().equals("RRAB")));
        assertTrue(s.types().stream().anyMatch(t -> t.value().equals("RR*") && t.source().equals("SIMBAD")));
    }

    @Test
    void meanMagnitudesAverageTheObjectAndItsChosenNeighboursDetections() {
        ZtfObject rr = ztf.object(686204100122720L);
        ObjectSummary s = rr.summary();
        Table near = rr.withNeighbours(1.0).neighbours();
        assertEquals(1 + near.rowCount(), s.averagedObjects());
        // the same means, computed independently by DuckDB over the same OIDs
        StringBuilder oids = new StringBuilder(Long.toString(rr.oid().value()));
        near.longColumn("oid").forEach(o -> oids.append(", ").append(o));
        Table avg = ztf.store().query("avg", "SELECT filter, avg(d.mag) AS mean FROM ztf_detection d JOIN ztf_object o "
                + "USING (dr, oid) WHERE d.dr = 'dr13' AND d.oid IN (" + oids + ") AND d.catflags = 0 AND d.magerr > 0 "
                + "GROUP BY filter ORDER BY filter");
        for (int i = 0; i < avg.rowCount(); i++) {
            Band b = Band.ztf(avg.stringColumn("filter").get(i).equals("zg") ? 1 : avg.stringColumn("filter").get(i)
                    .equals("zr") ? 2 : 3);
            assertEquals(avg.doubleColumn("mean").get(i), s.meanMagnitude(b).orElseThrow(), 1e-6, b.id());
        }
        // and near the truth: mean r 15.80, g − r 0.25 (RealObjects), within the sampling of a 0.78 mag pulsation
        assertEquals(15.80, s.meanMagnitude(Band.ZTF_R).orElseThrow(), 0.05);
        assertEquals(0.25, s.gMinusR().orElseThrow(), 0.08);
    }

    @Test
    void snadObjectsAreNamedByTheSnadCatalogFirst() {
        ObjectSummary s = ztf.object(633207400004730L).summary();
        SummaryValue<String> name = s.names().get(0);
        assertEquals("SNAD101", name.value());
        assertEquals("SNAD catalog", name.source());
        assertEquals("AT 2018lwh", name.note());
        assertTrue(s.names().stream().anyMatch(n -> n.value().equals("AT 2018lwh") && n.source().equals("TNS")));
        assertTrue(s.toHtml().contains("SNAD101"));
    }

    @Test
    void herX1HasItsSimbadDistanceAndTypes() {
        long oid = ztf.cone("Her X-1", 2.0).longColumn("oid").get(0);
        ObjectSummary s = ztf.object(oid).summary();
        assertTrue(s.distances().stream().anyMatch(d -> d.value() == 6100.0 && d.source().equals("SIMBAD")),
                s.distances().toString());
        assertEquals(List.of("XB+E", "XB+E", "LXB"), s.types().stream()
                .filter(t -> List.of("GCVS", "AAVSO VSX", "SIMBAD").contains(t.source())).map(SummaryValue::value)
                .toList(), "GCVS, VSX, SIMBAD in the catalogs' order");
        assertTrue(s.periods().stream().skip(1).allMatch(p -> Math.abs(p.value() - 1.700167590) < 1e-4));
    }

    @Test
    void aPeriodogramPeakLongerThanTheSpanObservedIsNoPeriod() {
        ZtfObject snad101 = ztf.object(633207400004730L);
        double peak = snad101.features().get("period_0_magn");
        assertTrue(peak > snad101.meta().durationDays(), "the supernova's highest peak is " + peak + " d");
        assertTrue(snad101.summary().periods().stream().noneMatch(p -> p.source().startsWith("features")),
                snad101.summary().toString());
    }

    @Test
    void classifiedSupernovaeHaveRedshiftDistances() {
        Table sn = ztf.store().query("sn", "SELECT o.oid, c.redshift, c.distance_pc FROM catalog_source c "
                + "JOIN sim_catalog_source t USING (catalog, source_id) JOIN sim_source_oid o ON o.source_id = "
                + "t.sim_source_id WHERE c.catalog = 'tns' AND c.redshift IS NOT NULL ORDER BY o.oid LIMIT 1");
        ObjectSummary s = ztf.object(sn.longColumn("oid").get(0)).summary();
        SummaryValue<Double> d = s.distances().stream().filter(x -> x.source().equals("TNS")).findFirst().orElseThrow();
        assertEquals(sn.doubleColumn("distance_pc").get(0), d.value(), 1e-6);
        assertTrue(d.note().startsWith("z="), d.note());
        assertTrue(s.types().stream().anyMatch(t -> t.value().startsWith("SN ")));
    }

    @Test
    void theSummaryIsRecomputedWhenItsInputsChangeAndKeptOtherwise() {
        ZtfObject rr = ztf.object(686204100122720L);
        ObjectSummary defaults = rr.summary();
        assertSame(defaults, rr.summary(SummaryOptions.defaults()), "the same options: the same summary");
        ObjectSummary v01 = rr.summary(SummaryOptions.builder().featureSet(FeatureSet.version("v0.1")).build());
        assertNotSame(defaults, v01);
        assertEquals("features v0.1", v01.periods().get(0).source());
        ObjectSummary wide = rr.summary(SummaryOptions.builder().radius("vsx", 300.0).build());
        SummaryValue<String> vsxName = defaults.names().stream().filter(n -> n.source().equals("AAVSO VSX")).findFirst()
                .orElseThrow();
        assertEquals(vsxName.value(), wide.names().stream().filter(n -> n.source().equals("AAVSO VSX")).findFirst()
                .orElseThrow().value(), "the closest VSX source stays the closest");
        ObjectSummary alone = rr.summary(SummaryOptions.builder().neighbourRadiusArcsec(0).build());
        assertEquals(1, alone.averagedObjects());
    }

    @Test
    void extinctionAndBrokerClassesAppearWhenTheirSourcesArePlugged() {
        Ztf plugged = ztf.withExtinction(new ExtinctionSource() {
            @Override
            public String description() {
                return "a uniform dust map";
            }

            @Override
            public Extinction csfd(SkyPosition position) {
                return Extinction.of(0.1, "csfd");
            }

            @Override
            public Optional<Extinction> bayestar(SkyPosition position, double distancePc) {
                return Optional.empty();
            }
        }).withClassifications((p, r) -> List.of(new Classification("ALeRCE light curve", "RRL", 0.9),
                        new Classification("ALeRCE stamp", "VS", 0.3)));
        ObjectSummary s = plugged.object(686204100122720L).summary();
        assertEquals(0.1, s.extinction().orElseThrow().ebv(), 0);
        assertEquals("90% RRL", s.classifications().get(0).percent(), "the broker's class ≥ 0.5, the 0.3 left out");
        assertEquals(2, s.classifications().size());
        Classification gaia = s.classifications().get(1);
        assertEquals("Gaia DR3 DSC", gaia.source());
        assertEquals("single star", gaia.className(), "Gaia DR3's classifier on a star: " + gaia);
        assertTrue(ztf.object(686204100122720L).summary().extinction().isEmpty(), "none without a dust map");
        assertEquals(SkyPosition.of(295.2685546875, 30.65905964912447).toString().substring(0, 9),
                s.decimalCoordinates().substring(0, 9), "the OID's position");
    }
}
