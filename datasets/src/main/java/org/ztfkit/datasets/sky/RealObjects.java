package org.ztfkit.datasets.sky;

import java.time.LocalDateTime;
import java.util.List;
import org.ztfkit.datasets.sky.SourceModel.Colors;

/**
 * Real, well-known objects placed in the simulated sky by their public facts, so the walkthroughs are about
 * objects astronomers recognise. Names, OIDs, positions, types and the SNAD-catalog values come from the SNAD
 * Viewer paper (seed 001) and the public SNAD catalog; the light curves are simulated to fit each type.
 *
 * <p>Two positions are not available offline and are derived, as documented on each object: the RR Lyrae star's
 * from its Gaia DR3 source id (whose top bits are its HEALPix level-12 cell, about 0.9′ wide) and the cataclysmic
 * variable's as the centre of its real CCD quadrant (field 839, rcid 34).
 */
public final class RealObjects {
    private RealObjects() {
    }

    /**
     * A name under which an object can be found.
     *
     * @param alias as written
     * @param kind  snad, tns, ztf_alert, gaia, simbad or common
     * @param withOid whether the name denotes the object's DR OID (alert and SNAD names do; common names denote a
     *                sky position)
     */
    public record Alias(String alias, String kind, boolean withOid) {
    }

    /** A SNAD catalog row, as published. */
    public record SnadRow(String name, LocalDateTime discovery, double mag, double errDown, double errUp, double ref,
                          double errRef, String tns, String type, String comments) {
    }

    /**
     * One real object.
     *
     * @param name        display name
     * @param ra          ICRS degrees
     * @param dec         ICRS degrees
     * @param oid         its best-known ZTF DR OID, or 0 when none is published (then OIDs are assigned from the
     *                    simulated field grid)
     * @param model       its simulated light curve
     * @param aliases     names that resolve to it
     * @param snad        its SNAD catalog row, or null
     * @param provenance  where the position and facts come from
     */
    public record RealObject(String name, double ra, double dec, long oid, SourceModel model, List<Alias> aliases,
                             SnadRow snad, String provenance) {
        /** The first alias of a kind ({@code ztf_alert}, {@code gaia}, …), as written. */
        public java.util.Optional<String> alias(String kind) {
            return aliases.stream().filter(a -> a.kind().equals(kind)).map(Alias::alias).findFirst();
        }
    }

    /** The real object of this display name; empty for simulated sources (whose name is null). */
    public static java.util.Optional<RealObject> named(String name) {
        return name == null ? java.util.Optional.empty()
                : all().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private static final List<RealObject> ALL = build();

    /** The real objects of the demo sky. */
    public static List<RealObject> all() {
        return ALL;
    }

    private static List<RealObject> build() {
        return List.of(
                new RealObject("SNAD101", 247.45543, 24.77282, 633207400004730L,
                        new SourceModel.Supernova("sn_ia", new Colors(21.40, 20.84, 20.55),
                                new Colors(19.55, 19.60, 19.85), 58232.0, 4.0, 28.0),
                        List.of(new Alias("SNAD101", "snad", true), new Alias("AT 2018lwh", "tns", true),
                                new Alias("ZTF18abqkqdm", "ztf_alert", true)),
                        new SnadRow("SNAD101", LocalDateTime.of(2018, 4, 8, 9, 45, 49), 21.11, 0.27, 0.36, 20.84, 0.06,
                                "AT 2018lwh", "PSN", "ZTF18abqkqdm"),
                        "SNAD catalog (position, OID, dates, magnitudes); seed 001 Fig. 7 (SN candidate)"),
                new RealObject("SNAD158", 253.15763, 25.82260, 634208100026872L,
                        SourceModel.Agn.realise(new Colors(20.65, 20.33, 20.05), 240.0, 0.45, 54900.0, 5800,
                                new java.util.SplittableRandom(158)),
                        List.of(new Alias("SNAD158", "snad", true), new Alias("AT 2018lzd", "tns", true),
                                new Alias("PSO J253.1577+25.8226", "common", false)),
                        new SnadRow("SNAD158", LocalDateTime.of(2018, 6, 30, 8, 33, 53), 21.01, 0.26, 0.35, 20.33, 0.08,
                                "AT 2018lzd", "AGN", ""),
                        "SNAD catalog; seed 001 Fig. 5 (AGN candidate with Pan-STARRS DR2 light curve)"),
                new RealObject("SNAD183", 121.02564, 55.26591, 783109400002438L,
                        new SourceModel.Supernova("sn_ia", new Colors(20.49, 20.05, 19.80),
                                new Colors(19.25, 19.30, 19.55), 58432.0, 4.5, 30.0),
                        List.of(new Alias("SNAD183", "snad", true), new Alias("AT 2018mbp", "tns", true),
                                new Alias("ZTF18acewtzj", "ztf_alert", true)),
                        new SnadRow("SNAD183", LocalDateTime.of(2018, 10, 31, 11, 16, 41), 20.39, 0.21, 0.27, 20.49, 0.05,
                                "AT 2018mbp", "PSN", "ZTF18acewtzj"),
                        "SNAD catalog; seed 001 Fig. 3 (SN candidate, zg OID)"),
                new RealObject("Gaia DR3 2032894199774736256", 295.2685546875, 30.65905964912447, 686204100122720L,
                        SourceModel.Periodic.of("rr_lyrae", new Colors(16.05, 15.80, 15.68), 0.5537, 58500.2, 0.78,
                                rrabHarmonics(), sawtoothPhases(6), false),
                        List.of(new Alias("Gaia DR3 2032894199774736256", "gaia", true)),
                        null,
                        "seed 001 Fig. 6 (RR Lyrae, ZTF DR OID and Gaia DR3 source id); position = centre of the "
                                + "HEALPix level-12 cell encoded in the Gaia source id; period as in the issue example"),
                new RealObject("AT 2017hue", 118.22462310546425, 69.7390901410587, 839209300022157L,
                        new SourceModel.DwarfNova(new Colors(20.30, 20.00, 19.80), 4.2, 3.0, 4.5,
                                new double[] {57870.0, 58055.0, 58398.0, 58720.0, 58985.0, 59196.0, 59470.0, 59705.0}),
                        List.of(new Alias("AT 2017hue", "tns", true), new Alias("ZTF18abvtemh", "ztf_alert", true)),
                        null,
                        "seed 001 Fig. 4 (cataclysmic variable with recurrent outbursts near MJD 58400 and 59200); "
                                + "position = centre of its real CCD quadrant (field 839, rcid 34)"),
                new RealObject("Her X-1", 254.457546, 35.342358, 0L,
                        SourceModel.Periodic.of("x_ray_binary", new Colors(13.95, 13.75, 13.62), 1.700167590, 58500.57,
                                1.3, new double[] {1.0, 0.18}, new double[] {0.0, 0.4}, true),
                        List.of(new Alias("Her X-1", "simbad", false), new Alias("HZ Her", "simbad", false),
                                new Alias("V* HZ Her", "simbad", false), new Alias("4U 1656+35", "simbad", false)),
                        null,
                        "SIMBAD position (16 57 49.811 +35 20 32.49); orbital period 1.70017 d; seed 001 Fig. 2 "
                                + "(cone search for 'her x-1')"));
    }

    /** Phases that turn a cosine series into a sine (sawtooth-like) series. */
    static double[] sawtoothPhases(int n) {
        double[] p = new double[n];
        java.util.Arrays.fill(p, -Math.PI / 2);
        return p;
    }

    /** Harmonic amplitudes of a sawtooth-like RRab light curve (fast rise, slow decline). */
    static double[] rrabHarmonics() {
        return new double[] {1.0, 0.48, 0.31, 0.20, 0.13, 0.08};
    }
}
