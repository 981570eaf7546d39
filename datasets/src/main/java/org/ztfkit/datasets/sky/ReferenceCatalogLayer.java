package org.ztfkit.datasets.sky;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.ztfkit.model.Band;
import org.ztfkit.model.Oid;

/**
 * The ZTF reference catalogs of the simulated sky ({@code ztf_ref_quadrant}, {@code ztf_ref_source};
 * external-services.md §2, §19.1): one catalog row per DR OID whose source is bright enough for the reference
 * image, holding the source's baseline in that band ({@link SourceModel#baseline}) measured with the reference
 * image's noise, as an instrumental magnitude beside its quadrant's zero point.
 *
 * <ul>
 *   <li>Quadrant zero points are drawn in [26.2, 26.3] (MAGZPRMS 0.02–0.035), as ZTF's are.</li>
 *   <li>A reference image (a co-add of many exposures) reaches σ = 0.2 mag at 22.0 (g), 21.8 (r), 21.3 (i); sources
 *       fainter than that have no catalog row. {@code sigmag} follows the survey's error model
 *       ({@link Survey#magErr}) at that depth; the catalog magnitude is the baseline plus that much Gaussian noise.</li>
 *   <li>Published values are kept: SNAD101's OID 633207400004730 has the catalog row the SNAD Viewer's tests read
 *       (instrumental −5.436 ± 0.061, MAGZP 26.275, MAGZPRMS 0.0257, so 20.839 in zr, the SNAD catalog's
 *       20.84 ± 0.06); the other SNAD catalog objects get their catalog's reference magnitude and error.</li>
 * </ul>
 * The same rows are what the alert layer reports as an alert's {@code magnr}/{@code sigmagnr}
 * ({@link #entry}).
 */
final class ReferenceCatalogLayer implements SkyLayer {
    /** Magnitude at which the reference image's error is 0.2 mag. */
    static double referenceDepth(Band band) {
        return switch (band) {
            case ZTF_G -> 22.0;
            case ZTF_R -> 21.8;
            default -> 21.3;
        };
    }

    /**
     * A reference-catalog row of one OID.
     *
     * @param instrumentalMag {@code mag}
     * @param sigmag          its error
     * @param magzp           the quadrant's zero point
     */
    record Entry(double instrumentalMag, double sigmag, double magzp) {
        /** The calibrated reference magnitude, {@code mag + MAGZP}. */
        double refMag() {
            return (float) instrumentalMag + (float) magzp;
        }
    }

    /** A quadrant's zero point and its scatter. */
    record Quadrant(int fieldId, String filter, int ccdId, int qid, double magzp, double magzpRms) {
        String key() {
            return key(fieldId, filter, ccdId, qid);
        }

        static String key(int fieldId, String filter, int ccdId, int qid) {
            return fieldId + "/" + filter + "/" + ccdId + "/" + qid;
        }
    }

    /** The SNAD101 quadrant and row the Viewer's regression test reads (external-services.md §2.2). */
    private static final long SNAD101_OID = 633207400004730L;
    private static final Entry SNAD101_ENTRY = new Entry(-5.436, 0.061, 26.275);
    private static final double SNAD101_MAGZP_RMS = 0.0257;

    @Override
    public void write(DuckDBConnection connection, List<SkyGenerator.SimSource> sources, SkyGenerator.Config config,
                      SplittableRandom rng) throws SQLException {
        SourceWriter.writeAll(new Writer(connection, config.seed()), sources, rng);
    }

    /** The quadrant of an OID: its zero point is a function of the seed and the quadrant. */
    static Quadrant quadrant(long seed, Oid oid) {
        if (oid.fieldId() == 633 && oid.filterId() == 2 && oid.ccdId() == 7 && oid.qid() == 4) {
            return new Quadrant(633, "zr", 7, 4, SNAD101_ENTRY.magzp(), SNAD101_MAGZP_RMS);
        }
        SplittableRandom r = new SplittableRandom(seed ^ (oid.value() / 100_000_000L) * 0x9E3779B97F4A7C15L);
        return new Quadrant(oid.fieldId(), oid.filterCode(), oid.ccdId(), oid.qid(), Precision.decimals(26.2 + 0.1 * r.nextDouble(), 4),
                Precision.decimals(0.02 + 0.015 * r.nextDouble(), 4));
    }

    /**
     * The catalog row of one OID of a source, or empty when the source is too faint for the reference image. A
     * function of the seed, the OID and the source's truth, so every layer sees the same row.
     */
    static Optional<Entry> entry(long seed, Oid oid, SkyGenerator.SimSource source) {
        Quadrant q = quadrant(seed, oid);
        if (oid.value() == SNAD101_OID) {
            return Optional.of(SNAD101_ENTRY);
        }
        RealObjects.SnadRow snad = RealObjects.named(source.name()).filter(r -> r.oid() == oid.value())
                .map(RealObjects.RealObject::snad).orElse(null);
        if (snad != null) {
            return Optional.of(new Entry(Precision.decimals(snad.ref() - q.magzp(), 3), snad.errRef(), q.magzp()));
        }
        Band band = oid.band();
        double baseline = source.model().baseline(band);
        double depth = referenceDepth(band);
        if (!(baseline <= depth)) {
            return Optional.empty();
        }
        double sigmag = Survey.magErr(baseline, depth);
        double measured = baseline + sigmag * new SplittableRandom(seed ^ oid.value() * 0xBF58476D1CE4E5B9L).nextGaussian();
        return Optional.of(new Entry(Precision.decimals(measured - q.magzp(), 3), Precision.decimals(sigmag, 3), q.magzp()));
    }


    /** Appends catalog rows source by source; quadrant rows and the sort by {@code hpx29} come at {@link #close}. */
    static final class Writer implements SourceWriter {
        private final DuckDBConnection connection;
        private final long seed;
        private final Map<String, Quadrant> quadrants = new TreeMap<>();
        private final List<Row> pending = new ArrayList<>();
        private final DuckDBAppender sources;

        private record Row(long hpx29, SkyGenerator.SimObject object, Placement at, Entry entry) {
        }

        private record Placement(double xpos, double ypos) {
        }

        Writer(DuckDBConnection connection, long seed) throws SQLException {
            this.connection = connection;
            this.seed = seed;
            this.sources = connection.createAppender("main", "ztf_ref_source");
        }

        @Override
        public void add(SkyGenerator.SimSource s, SplittableRandom rng) throws SQLException {
            Map<Integer, FieldGrid.Placement> byField = new HashMap<>();
            for (FieldGrid.Placement p : s.placements()) {
                byField.put(p.field().id(), p);
            }
            for (SkyGenerator.SimObject o : s.objects()) {
                Optional<Entry> entry = entry(seed, o.oid(), s);
                if (entry.isEmpty()) {
                    continue;
                }
                Quadrant q = quadrant(seed, o.oid());
                quadrants.putIfAbsent(q.key(), q);
                pending.add(new Row(o.hpx29(), o, pixel(byField.get(o.oid().fieldId()), o.ra(), o.dec()), entry.get()));
            }
            if (pending.size() >= 100_000) {
                flush();
            }
        }

        /** The pixel of a position in its quadrant (about 3072 × 3080 pixels of 1.012″). */
        private static Placement pixel(FieldGrid.Placement p, double ra, double dec) {
            if (p == null) {
                return new Placement(1536, 1540);
            }
            double[] xy = FieldGrid.gnomonic(p.field().ra(), p.field().dec(), ra, dec);
            double half = FieldGrid.FIELD_SIZE_DEG / 2;
            double column = (half - xy[0]) / FieldGrid.QUADRANT_DEG;
            double row = (xy[1] + half) / FieldGrid.QUADRANT_DEG;
            double scale = FieldGrid.QUADRANT_DEG * 3600 / AlertCutouts.ARCSEC_PER_PIXEL;
            return new Placement((column - Math.floor(column)) * scale, (row - Math.floor(row)) * scale);
        }

        private void flush() throws SQLException {
            pending.sort(Comparator.comparingLong(Row::hpx29));
            for (Row r : pending) {
                Oid oid = r.object().oid();
                Entry e = r.entry();
                SplittableRandom shape = new SplittableRandom(seed ^ oid.value());
                double flux = Math.pow(10, -0.4 * e.instrumentalMag());
                double sigflux = flux * e.sigmag() / org.ztfkit.photometry.Photometry.MAG_ERROR_FACTOR;
                sources.beginRow().append(oid.fieldId()).append(oid.filterCode()).append((byte) oid.ccdId())
                        .append((byte) oid.qid()).append((int) oid.sourceId()).append((float) r.at().xpos())
                        .append((float) r.at().ypos()).append(r.object().ra()).append(r.object().dec()).append(r.hpx29())
                        .append((float) flux).append((float) sigflux).append((float) e.instrumentalMag())
                        .append((float) e.sigmag()).append((float) (flux / sigflux))
                        .append((float) (1.0 + 0.15 * Math.abs(shape.nextGaussian())))
                        .append((float) (0.04 * shape.nextGaussian())).append(0).endRow();
            }
            pending.clear();
        }

        @Override
        public void close() throws SQLException {
            flush();
            sources.close();
            try (DuckDBAppender a = connection.createAppender("main", "ztf_ref_quadrant")) {
                for (Quadrant q : quadrants.values()) {
                    a.beginRow().append(q.fieldId()).append(q.filter()).append((byte) q.ccdId()).append((byte) q.qid())
                            .append((float) q.magzp()).append((float) q.magzpRms()).append(0.00002f).append(0)
                            .appendNull().appendNull().endRow();
                }
            }
        }
    }
}
