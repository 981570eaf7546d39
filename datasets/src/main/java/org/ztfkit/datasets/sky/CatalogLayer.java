package org.ztfkit.datasets.sky;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.duckdb.DuckDBConnection;
import org.ztfkit.catalog.Catalog;
import org.ztfkit.catalog.CatalogRow;
import org.ztfkit.catalog.Catalogs;
import org.ztfkit.model.Band;
import org.ztfkit.photometry.Cosmology;
import org.ztfkit.sky.Sexagesimal;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.store.CatalogTables;
import org.ztfkit.time.Mjd;
import org.ztfkit.time.SurveyTimes;

/**
 * Catalog entries for the cross-matches of the simulated sky ({@code catalog}, {@code catalog_source},
 * {@code skybot_query}, {@code skybot_result}; external-services.md §19.4–19.5), written from each source's truth
 * with the original column names of each catalog, so that the same {@link Catalog#row} mapping reads them as it
 * reads the services' answers. Like real catalogs they are incomplete and slightly different from the truth:
 * <ul>
 *   <li><b>GCVS</b>: periodic variables, X-ray binaries and dwarf novae brighter than r 16 (70%), positions
 *       scattered by 1.5″, periods to a few 10⁻⁶ (15% without, 30% of long-period variables), {@code VarType}
 *       right-padded to 10 characters as in the GCVS files; designations {@code V<n> <constellation of the
 *       patch>}; Her X-1 is HZ Her.</li>
 *   <li><b>VSX</b>: the same classes brighter than r 19 (85%), 0.3″ scatter, periods to 10⁻⁵ (10% without),
 *       maximum and minimum r magnitudes.</li>
 *   <li><b>ATLAS</b>: periodic variables with 14 &lt; r &lt; 18.5 (60%); eclipsing binaries carry half their
 *       period, as the Lomb–Scargle period of the real catalogue does.</li>
 *   <li><b>ZTF periodic</b> (Chen et al. 2020): pulsators and eclipsing binaries with 13.5 &lt; r &lt; 20 (75%),
 *       full periods to 2·10⁻⁶.</li>
 *   <li><b>SDSS DR16Q</b>: AGN (85%) with redshifts 0.2–2.5; 5% BAL quasars.</li>
 *   <li><b>SPICY</b>: 10% of constant sources within 5° of the Galactic plane and in SPICY's longitudes
 *       (the simulated sky has no YSO class; these rows exercise the catalog).</li>
 *   <li><b>TNS</b>: the real SNAD objects with their real TNS names and discovery dates; simulated supernovae
 *       peaking brighter than r 19.8 (75%) with four-letter names starting with {@code x}; those peaking brighter
 *       than 19 are classified (60%) with the redshift whose luminosity distance ({@link Cosmology#VIEWER}) gives
 *       their peak from a typical absolute magnitude (Ia −19.3, II −17.0, Ib/c −17.5).</li>
 *   <li><b>OSC</b> and <b>OTTER</b>: classified supernovae discovered before 2019-08 (80%) and any (70%).</li>
 *   <li><b>SIMBAD</b>: Her X-1 (V* HZ Her, LXB, 6.1 kpc) and the RR Lyrae star of seed 001, the GCVS variables,
 *       the SDSS quasars and the classified supernovae, with SIMBAD's object types.</li>
 *   <li><b>OGLE-III</b>: registered but empty: its fields are in the south, the demo sky in the north.</li>
 *   <li><b>SkyBoT</b>: answers for the first three good detections of each real object's own OID; the second
 *       finds a simulated main-belt asteroid ({@code 2018 SIM1}) 4.2″ away, the others nothing.</li>
 * </ul>
 * The real objects (RealObjects) are always listed where their brightness allows, with their periods.
 * Gaia DR3, Gaia EDR3 distances and Pan-STARRS come from the Gaia and Pan-STARRS layers' tables. Which simulated
 * source each entry describes is in {@code sim_catalog_source}.
 */
final class CatalogLayer implements SkyLayer {
    static final double GCVS_LIMIT_R = 16.0;
    static final double VSX_LIMIT_R = 19.0;
    /** The constellation of each patch centre (astropy get_constellation), for simulated GCVS designations. */
    private static final double[][] PATCH_CENTRES = {{247.46, 24.77}, {253.16, 25.82}, {121.03, 55.27},
        {295.27, 30.66}, {118.22, 69.74}, {254.46, 35.34}, {40, 20}, {180, 45}, {300, 60}, {100, 10}};
    private static final String[] PATCH_CONSTELLATIONS = {"Her", "Her", "Lyn", "Cyg", "Cam", "Her", "Ari", "UMa",
        "Dra", "Mon"};
    private static final double[] ABSOLUTE_PEAK = {-19.3, -17.0, -17.5};
    /** TNS writes discovery dates as {@code 2018-04-08 09:45:49.000}. */
    private static final DateTimeFormatter TNS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    @Override
    public void write(DuckDBConnection connection, List<SkyGenerator.SimSource> sources, SkyGenerator.Config config,
                      SplittableRandom rng) throws SQLException {
        Entries entries = new Entries();
        List<RealObjects.RealObject> reals = RealObjects.all();
        for (SkyGenerator.SimSource s : sources) {
            SplittableRandom r = rng.split();
            Optional<RealObjects.RealObject> real = reals.stream().filter(o -> o.name().equals(s.name())).findFirst();
            entries.variables(s, r);
            entries.quasar(s, r);
            entries.youngStar(s, r);
            entries.transients(s, real, r);
            real.ifPresent(o -> entries.simbadReal(s, o));
        }
        List<CatalogRow> rows = entries.rows;
        rows.sort(Comparator.comparingLong(row -> SkyIndex.hpx29(row.position())));
        CatalogTables.write(connection, rows);
        for (Catalog c : Catalogs.all()) {
            if (c != Catalogs.GAIA_DR3 && c != Catalogs.GAIA_EDR3_DISTANCES && c != Catalogs.PANSTARRS) {
                CatalogTables.register(connection, c, "simulated", "seed " + config.seed());
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO sim_catalog_source VALUES (?, ?, ?)")) {
            for (Object[] t : entries.truth) {
                ps.setString(1, (String) t[0]);
                ps.setString(2, (String) t[1]);
                ps.setInt(3, (Integer) t[2]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        skybot(connection, sources, reals);
    }

    /** The entries of every catalog, and which simulated source each describes. */
    private static final class Entries {
        private final List<CatalogRow> rows = new ArrayList<>();
        private final List<Object[]> truth = new ArrayList<>();
        private final Map<Integer, Integer> tnsPerYear = new HashMap<>();

        private void add(Catalog catalog, SkyGenerator.SimSource source, Map<String, Object> record) {
            CatalogRow row = catalog.row(record);
            rows.add(row);
            truth.add(new Object[] {catalog.id(), row.sourceId(), source.id()});
        }

        // ------------------------------------------------------------------------------------------------ variables

        private void variables(SkyGenerator.SimSource s, SplittableRandom rng) {
            SourceModel m = s.model();
            String cls = m.className();
            boolean periodic = !Double.isNaN(m.periodDays());
            if (!periodic && !cls.equals("cv")) {
                return;
            }
            double r = m.baseline(Band.ZTF_R);
            double period = m.periodDays();
            double amplitude = m.amplitudeMag();
            boolean herX1 = "Her X-1".equals(s.name());
            boolean real = s.name() != null;
            String designation = herX1 ? "HZ Her" : "V" + (500 + s.id()) + " " + constellation(s.ra(), s.dec());
            boolean inGcvs = herX1 || r < GCVS_LIMIT_R && (real || rng.nextDouble() < 0.7);
            if (inGcvs) {
                Map<String, Object> g = new LinkedHashMap<>();
                double[] p = scattered(s, 1.5, rng);
                g.put("GCVS", designation);
                g.put("VarType", String.format(Locale.ROOT, "%-10s", gcvsType(m)));
                g.put("magMax", round2(r - 0.5 * Math.abs(amplitude)));
                double missing = cls.equals("lpv") ? 0.3 : 0.15;
                if (periodic && (real || rng.nextDouble() >= missing)) {
                    g.put("Period", roundSignificant(period * (1 + 2e-6 * rng.nextGaussian()), 7));
                }
                spectralType(cls).ifPresent(t -> g.put("SpType", t));
                g.put("_RAJ2000", p[0]);
                g.put("_DEJ2000", p[1]);
                add(Catalogs.GCVS, s, g);
                simbad(s, "V* " + designation, simbadType(m), rng);
            }
            if (herX1 || r < VSX_LIMIT_R && (real || rng.nextDouble() < 0.85)) {
                Map<String, Object> v = new LinkedHashMap<>();
                double[] p = scattered(s, 0.3, rng);
                v.put("OID", 100_000L + 7L * s.id());
                v.put("Name", inGcvs ? designation : (r < 15 ? "ASASSN-V " : "ZTF ") + jName(p[0], p[1]));
                v.put("Type", gcvsType(m));
                if (periodic && (real || rng.nextDouble() >= 0.1)) {
                    v.put("Period", roundSignificant(period * (1 + 1e-5 * rng.nextGaussian()), 6));
                }
                v.put("max", round2(r - 0.5 * Math.abs(amplitude)));
                v.put("n_max", "r");
                v.put("min", round2(r + 0.5 * Math.abs(amplitude)));
                v.put("n_min", "r");
                v.put("_RAJ2000", p[0]);
                v.put("_DEJ2000", p[1]);
                add(Catalogs.VSX, s, v);
            }
            boolean pulsatorOrBinary = cls.equals("rr_lyrae") || cls.equals("cepheid") || cls.equals("eclipsing_binary")
                    || cls.equals("lpv");
            if (pulsatorOrBinary && r > 14 && r < 18.5 && (real || rng.nextDouble() < 0.6)) {
                Map<String, Object> a = new LinkedHashMap<>();
                double[] p = scattered(s, 0.1, rng);
                a.put("ATOID", String.format(Locale.ROOT, "J%08.4f%+08.4f", p[0], p[1]));
                boolean eclipsing = cls.equals("eclipsing_binary");
                a.put("fp-LSper", roundSignificant((eclipsing ? period / 2 : period) * (1 + 5e-5 * rng.nextGaussian()), 6));
                a.put("Class", atlasClass(m));
                a.put("_RAJ2000", p[0]);
                a.put("_DEJ2000", p[1]);
                add(Catalogs.ATLAS, s, a);
            }
            if (pulsatorOrBinary && r > 13.5 && r < 20 && (real || rng.nextDouble() < 0.75)) {
                Map<String, Object> z = new LinkedHashMap<>();
                double[] p = scattered(s, 0.1, rng);
                z.put("ID", "ZTF" + jName(p[0], p[1]));
                z.put("SourceID", 10_000_000L + s.id());
                z.put("RAdeg", p[0]);
                z.put("DEdeg", p[1]);
                z.put("Per", roundSignificant(period * (1 + 2e-6 * rng.nextGaussian()), 7));
                z.put("Per_g", roundSignificant(period * (1 + 5e-6 * rng.nextGaussian()), 7));
                z.put("Per_r", roundSignificant(period * (1 + 5e-6 * rng.nextGaussian()), 7));
                z.put("Amp_g", round2(1.25 * amplitude));
                z.put("Amp_r", round2(amplitude));
                z.put("gmag", round2(m.baseline(Band.ZTF_G)));
                z.put("rmag", round2(r));
                z.put("Type", chenType(m));
                add(Catalogs.ZTF_PERIODIC, s, z);
            }
        }

        static String gcvsType(SourceModel m) {
            return switch (m.className()) {
                case "rr_lyrae" -> m.periodDays() < 0.42 ? "RRC" : "RRAB";
                case "eclipsing_binary" -> ((SourceModel.Eclipsing) m).contact() ? "EW" : "EA";
                case "cepheid" -> "DCEP";
                case "lpv" -> m.periodDays() >= 150 ? "M" : "SR";
                case "x_ray_binary" -> "XB+E";
                default -> "UGSS";
            };
        }

        private static String atlasClass(SourceModel m) {
            return switch (m.className()) {
                case "eclipsing_binary" -> ((SourceModel.Eclipsing) m).contact() ? "CBF" : "DBF";
                case "lpv" -> m.periodDays() >= 150 ? "MIRA" : "LPV";
                default -> "PULSE";
            };
        }

        private static String chenType(SourceModel m) {
            return switch (m.className()) {
                case "rr_lyrae" -> m.periodDays() < 0.42 ? "RRc" : "RR";
                case "eclipsing_binary" -> ((SourceModel.Eclipsing) m).contact() ? "EW" : "EA";
                case "cepheid" -> "Cep-I";
                default -> m.periodDays() >= 150 ? "Mira" : "SR";
            };
        }

        private static String simbadType(SourceModel m) {
            return switch (m.className()) {
                case "rr_lyrae" -> "RR*";
                case "eclipsing_binary" -> "EB*";
                case "cepheid" -> "cC*";
                case "lpv" -> m.periodDays() >= 150 ? "Mi*" : "LP*";
                case "x_ray_binary" -> "LXB";
                default -> "CV*";
            };
        }

        private static Optional<String> spectralType(String cls) {
            return Optional.ofNullable(switch (cls) {
                case "rr_lyrae" -> "A7-F5";
                case "cepheid" -> "F6-G2";
                case "lpv" -> "M5e";
                case "eclipsing_binary" -> "F5V";
                case "x_ray_binary" -> "A7";
                default -> null;
            });
        }

        // ------------------------------------------------------------------------------------------------ quasars, YSOs

        private void quasar(SkyGenerator.SimSource s, SplittableRandom rng) {
            if (!(s.model() instanceof SourceModel.Agn agn) || !(s.name() != null || rng.nextDouble() < 0.85)) {
                return;
            }
            Map<String, Object> q = new LinkedHashMap<>();
            double[] p = scattered(s, 0.05, rng);
            String name = jName(p[0], p[1]);
            double z = Math.exp(Math.log(0.2) + (Math.log(2.5) - Math.log(0.2)) * rng.nextDouble());
            q.put("SDSS", name);
            q.put("Class", rng.nextDouble() < 0.05 ? 30L : 3L);
            q.put("z", Math.round(z * 1e4) / 1e4);
            q.put("QSO", 1L);
            q.put("r_z", rng.nextDouble() < 0.7 ? "VI" : "PIPE");
            q.put("gmag", round2(agn.baseline(Band.ZTF_G)));
            q.put("rmag", round2(agn.baseline(Band.ZTF_R)));
            q.put("imag", round2(agn.baseline(Band.ZTF_I)));
            q.put("Plate", 3000L + rng.nextInt(8000));
            q.put("MJD", 55000L + rng.nextInt(3500));
            q.put("Fiber", 1L + rng.nextInt(1000));
            q.put("_RAJ2000", p[0]);
            q.put("_DEJ2000", p[1]);
            add(Catalogs.SDSS_DR16Q, s, q);
            simbad(s, "SDSS " + name, "QSO", rng);
        }

        private void youngStar(SkyGenerator.SimSource s, SplittableRandom rng) {
            if (!(s.model() instanceof SourceModel.Constant)) {
                return;
            }
            var g = SkyPosition.of(s.ra(), s.dec()).galactic();
            boolean spicyLongitude = g.l() < 110 || g.l() > 255;
            if (Math.abs(g.b()) > 5 || !spicyLongitude || rng.nextDouble() >= 0.1) {
                return;
            }
            Map<String, Object> y = new LinkedHashMap<>();
            double[] p = scattered(s, 0.1, rng);
            y.put("SPICY", 100_000L + s.id());
            String[] classes = {"ClassI", "FS", "ClassII", "ClassIII"};
            y.put("class", classes[rng.nextInt(classes.length)]);
            y.put("Group", rng.nextDouble() < 0.5 ? -1L : (long) rng.nextInt(400));
            y.put("var", "F");
            y.put("ZTFrmag", round2(s.model().baseline(Band.ZTF_R)));
            y.put("_RAJ2000", p[0]);
            y.put("_DEJ2000", p[1]);
            add(Catalogs.SPICY, s, y);
        }

        // ------------------------------------------------------------------------------------------------ transients

        private void transients(SkyGenerator.SimSource s, Optional<RealObjects.RealObject> real, SplittableRandom rng) {
            Optional<String> tnsName = real.flatMap(o -> o.aliases().stream().filter(a -> a.kind().equals("tns"))
                    .map(RealObjects.Alias::alias).findFirst());
            if (tnsName.isPresent()) {
                RealObjects.RealObject o = real.get();
                double discovery = o.snad() != null ? Mjd.ofDateTimeUtc(o.snad().discovery())
                        : s.model().epochHmjd() > 0 ? s.model().epochHmjd() : firstOutburst(s.model());
                String[] parts = tnsName.get().split(" ");
                Map<String, Object> t = tns(s, parts[0], parts[1], discovery, o.snad() != null ? o.snad().mag()
                        : s.model().magnitude(discovery, Band.ZTF_R), Optional.empty(), Optional.empty(), rng);
                o.aliases().stream().filter(a -> a.kind().equals("ztf_alert")).findFirst()
                        .ifPresent(a -> t.put("internal_names", a.alias()));
                add(Catalogs.TNS, s, t);
                return;
            }
            if (!(s.model() instanceof SourceModel.Supernova sn)) {
                return;
            }
            double peak = sn.peakColors().r();
            if (peak >= 19.8 || rng.nextDouble() >= 0.75) {
                return;
            }
            int kind = switch (sn.type()) {
                case "sn_ia" -> 0;
                case "sn_ii" -> 1;
                default -> 2;
            };
            boolean classified = peak < 19.0 && rng.nextDouble() < 0.6;
            double discovery = sn.peakHmjd() - 3 * sn.riseDays() + rng.nextDouble();
            int year = Mjd.toDateTimeUtc(discovery).getYear();
            String name = year + "x" + letters(tnsPerYear.merge(year, 1, Integer::sum) - 1);
            Optional<String> type = classified ? Optional.of(new String[] {"SN Ia", "SN II", "SN Ib/c"}[kind])
                    : Optional.empty();
            Optional<Double> z = classified ? Optional.of(redshiftOfPeak(peak, ABSOLUTE_PEAK[kind])) : Optional.empty();
            Map<String, Object> t = tns(s, classified ? "SN" : "AT", name, discovery,
                    sn.magnitude(discovery, Band.ZTF_R), type, z, rng);
            add(Catalogs.TNS, s, t);
            if (!classified) {
                return;
            }
            simbad(s, "SN " + name, "SN*", rng);
            if (discovery < 58700 && rng.nextDouble() < 0.8) {
                Map<String, Object> o = new LinkedHashMap<>();
                double[] p = scattered(s, 0.2, rng);
                o.put("event", "SN" + name);
                o.put("ra", Sexagesimal.formatRa(p[0]).substring(0, 11));
                o.put("dec", Sexagesimal.formatDec(p[1]).substring(0, 11));
                o.put("claimedtype", type.get().substring(3));
                o.put("redshift", String.format(Locale.ROOT, "%.4f", z.get()));
                if (sn.host() != null) {
                    o.put("host", "SDSS " + jName(s.ra(), s.dec()));
                }
                add(Catalogs.OSC, s, o);
            }
            if (rng.nextDouble() < 0.7) {
                Map<String, Object> o = new LinkedHashMap<>();
                double[] p = scattered(s, 0.2, rng);
                o.put("name", name);
                o.put("ra", p[0]);
                o.put("dec", p[1]);
                o.put("classification", type.get());
                o.put("redshift", Math.round(z.get() * 1e4) / 1e4);
                o.put("discovery_date", Mjd.toDateUtc(discovery).toString());
                add(Catalogs.OTTER, s, o);
            }
        }

        private Map<String, Object> tns(SkyGenerator.SimSource s, String prefix, String name, double discoveryMjd,
                                        double discoveryMag, Optional<String> type, Optional<Double> z,
                                        SplittableRandom rng) {
            Map<String, Object> t = new LinkedHashMap<>();
            double[] p = scattered(s, 0.3, rng);
            t.put("objid", 200_000L + s.id());
            t.put("name_prefix", prefix);
            t.put("name", name);
            t.put("ra", p[0]);
            t.put("declination", p[1]);
            z.ifPresent(v -> t.put("redshift", Math.round(v * 1e4) / 1e4));
            type.ifPresent(v -> t.put("type", v));
            t.put("reporting_group", "ZTF");
            t.put("source_group", "ZTF");
            t.put("discoverydate", TNS_DATE.format(Mjd.toDateTimeUtc(discoveryMjd)));
            t.put("discoverymag", round2(discoveryMag));
            t.put("filter", "r");
            return t;
        }

        /** The redshift whose luminosity distance puts a supernova of absolute peak {@code absolute} at {@code peak}. */
        static double redshiftOfPeak(double peak, double absolute) {
            double distancePc = Math.pow(10, (peak - absolute) / 5 + 1);
            double lo = 0;
            double hi = 5;
            for (int i = 0; i < 60; i++) {
                double mid = (lo + hi) / 2;
                if (Cosmology.VIEWER.luminosityDistancePc(mid) < distancePc) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return (lo + hi) / 2;
        }

        private static double firstOutburst(SourceModel m) {
            return m instanceof SourceModel.DwarfNova dn ? java.util.Arrays.stream(dn.outbursts()).filter(t -> t > 58000)
                    .findFirst().orElse(58000) : 58000;
        }

        // ------------------------------------------------------------------------------------------------ SIMBAD

        private void simbadReal(SkyGenerator.SimSource s, RealObjects.RealObject o) {
            if (o.name().equals("Her X-1")) {
                Map<String, Object> b = simbadRecord(s.ra(), s.dec(), "V* HZ Her", "LXB");
                b.put("otypes", "LXB|X|EB*|*");
                b.put("sp_type", "A7");
                b.put("dist", 6.1);
                b.put("dist_unit", "kpc");
                add(Catalogs.SIMBAD, s, b);
            } else if (o.name().startsWith("Gaia DR3")) {
                add(Catalogs.SIMBAD, s, simbadRecord(s.ra(), s.dec(), o.name(), "RR*"));
            }
        }

        private void simbad(SkyGenerator.SimSource s, String mainId, String otype, SplittableRandom rng) {
            if ("Her X-1".equals(s.name())) {
                return;
            }
            double[] p = scattered(s, 0.05, rng);
            add(Catalogs.SIMBAD, s, simbadRecord(p[0], p[1], mainId, otype));
        }

        private static Map<String, Object> simbadRecord(double ra, double dec, String mainId, String otype) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("main_id", mainId);
            b.put("ra", ra);
            b.put("dec", dec);
            b.put("otype", otype);
            b.put("otypes", otype);
            return b;
        }

    }

    // ------------------------------------------------------------------------------------------------ SkyBoT

    private static void skybot(DuckDBConnection c, List<SkyGenerator.SimSource> sources,
                               List<RealObjects.RealObject> reals) throws SQLException {
        for (RealObjects.RealObject real : reals) {
            if (real.oid() == 0) {
                continue;
            }
            SkyGenerator.SimObject object = sources.stream().flatMap(s -> s.objects().stream())
                    .filter(o -> o.oid().value() == real.oid()).findFirst().orElseThrow();
            SkyPosition at = SkyPosition.of(object.ra(), object.dec());
            int written = 0;
            for (int i = 0; i < object.hmjd().length && written < 3; i++) {
                if (object.catflags()[i] != 0 || !(object.magerr()[i] > 0)) {
                    continue;
                }
                double jd = Mjd.toJd(SurveyTimes.ztfMidExposureMjdUtcFromHmjd(object.hmjd()[i], at));
                List<CatalogRow> found = new ArrayList<>();
                if (written == 1) {
                    double dec = at.dec() + 3.0 / 3600;
                    double ra = at.ra() + 3.0 / 3600 / Math.cos(Math.toRadians(at.dec()));
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("Number", -1L);
                    a.put("Name", "2018 SIM1");
                    a.put("RA", ra);
                    a.put("DEC", dec);
                    a.put("Type", "MB>Middle");
                    a.put("V", 20.3);
                    a.put("posunc", 0.1);
                    a.put("centerdist", round2(at.separationArcsec(SkyPosition.of(ra, dec))));
                    a.put("RA_rate", 28.5);
                    a.put("DEC_rate", -9.2);
                    a.put("epoch", jd);
                    found.add(Catalogs.SKYBOT.row(a));
                }
                CatalogTables.writeSkybot(c, at, jd, Catalogs.SKYBOT.maxRadiusArcsec(), found);
                written++;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** The source's true position moved by a Gaussian scatter of {@code sigmaArcsec} per coordinate. */
    private static double[] scattered(SkyGenerator.SimSource s, double sigmaArcsec, SplittableRandom rng) {
        double dec = s.dec() + sigmaArcsec / 3600 * rng.nextGaussian();
        double ra = s.ra() + sigmaArcsec / 3600 * rng.nextGaussian() / Math.cos(Math.toRadians(s.dec()));
        return new double[] {(ra + 360) % 360, dec};
    }

    private static String constellation(double ra, double dec) {
        int best = 0;
        for (int i = 1; i < PATCH_CENTRES.length; i++) {
            if (SkyPosition.separationDeg(ra, dec, PATCH_CENTRES[i][0], PATCH_CENTRES[i][1])
                    < SkyPosition.separationDeg(ra, dec, PATCH_CENTRES[best][0], PATCH_CENTRES[best][1])) {
                best = i;
            }
        }
        return PATCH_CONSTELLATIONS[best];
    }

    /** {@code J162949.30+244622.1}. */
    static String jName(double ra, double dec) {
        String r = Sexagesimal.formatRa(ra).replace(":", "");
        String d = Sexagesimal.formatDec(dec).replace(":", "");
        return "J" + r.substring(0, 9) + d.substring(0, 9);
    }

    /** Four lower-case letters from a counter: x + aaa, aab, … */
    private static String letters(int n) {
        char[] c = new char[3];
        for (int i = 2; i >= 0; i--) {
            c[i] = (char) ('a' + n % 26);
            n /= 26;
        }
        return new String(c);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double roundSignificant(double v, int digits) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).doubleValue();
    }
}
