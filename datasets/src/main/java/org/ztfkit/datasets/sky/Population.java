package org.ztfkit.datasets.sky;

import java.util.SplittableRandom;
import org.ztfkit.datasets.sky.SourceModel.Colors;

/**
 * Draws random sources for the simulated sky: a variability class, mean magnitudes and colours typical of the
 * class, and the class parameters (periods, amplitudes, time scales). The class mix over-represents variables
 * relative to the real sky so that a small demo sky has enough of each for the walkthroughs and for tests:
 * constant 42%, RR Lyrae 10%, eclipsing binaries 13%, Cepheids 4%, long-period variables 5%, AGN 12%,
 * supernovae 11% (Ia 60%, II 30%, Ibc 10%), dwarf novae 3%.
 */
final class Population {
    /** Start of the daily grid of stochastic models: before Pan-STARRS (2009) so every survey is covered. */
    static final double GRID_START = 54900.0;
    static final int GRID_DAYS = 5800;

    private Population() {
    }

    static SourceModel random(SplittableRandom rng, double lastHmjd) {
        double u = rng.nextDouble();
        if (u < 0.42) {
            return new SourceModel.Constant(colors(faintWeighted(rng, 14.0, 20.8), u(rng, 0.2, 1.4), rng, 0.4, 0.1));
        }
        if (u < 0.52) {
            boolean rrc = rng.nextDouble() < 0.2;
            double period = rrc ? u(rng, 0.25, 0.42) : u(rng, 0.45, 0.75);
            double amplitude = rrc ? u(rng, 0.25, 0.5) : u(rng, 0.5, 1.0);
            double[] harmonics = rrc ? new double[] {1.0, 0.12} : RealObjects.rrabHarmonics();
            double r = u(rng, 14.5, 19.0);
            return SourceModel.Periodic.of("rr_lyrae", new Colors(r + u(rng, 0.15, 0.35), r, r - u(rng, 0.0, 0.12)),
                    period, 58200 + period * rng.nextDouble(), amplitude, harmonics,
                    RealObjects.sawtoothPhases(harmonics.length), false);
        }
        if (u < 0.65) {
            boolean contact = rng.nextDouble() < 0.5;
            double period = contact ? u(rng, 0.25, 0.6) : Math.exp(u(rng, Math.log(0.8), Math.log(8.0)));
            double depth1 = contact ? u(rng, 0.2, 0.6) : u(rng, 0.3, 1.2);
            double depth2 = contact ? depth1 * u(rng, 0.8, 1.0) : depth1 * u(rng, 0.05, 0.6);
            double width = u(rng, 0.025, 0.06);
            return new SourceModel.Eclipsing(contact, colors(faintWeighted(rng, 13.5, 19.5), u(rng, 0.2, 0.9), rng, 0.35, 0.05),
                    period, 58200 + period * rng.nextDouble(), depth1, depth2, width);
        }
        if (u < 0.69) {
            double period = Math.exp(u(rng, Math.log(3.0), Math.log(40.0)));
            double r = u(rng, 12.5, 17.0);
            return SourceModel.Periodic.of("cepheid", new Colors(r + u(rng, 0.5, 1.1), r, r - u(rng, 0.2, 0.45)),
                    period, 58200 + period * rng.nextDouble(), u(rng, 0.3, 0.8), new double[] {1.0, 0.35, 0.15},
                    RealObjects.sawtoothPhases(3), false);
        }
        if (u < 0.74) {
            boolean mira = rng.nextDouble() < 0.5;
            double period = mira ? u(rng, 150, 450) : u(rng, 40, 150);
            double r = u(rng, 12.5, 17.5);
            return SourceModel.Periodic.of("lpv", new Colors(r + u(rng, 1.2, 1.9), r, r - u(rng, 0.9, 2.0)),
                    period, 58200 + period * rng.nextDouble(), mira ? u(rng, 1.0, 3.5) : u(rng, 0.2, 0.8),
                    new double[] {1.0, 0.15}, new double[] {0.0, 0.6}, false);
        }
        if (u < 0.86) {
            double r = u(rng, 18.0, 20.5);
            return SourceModel.Agn.realise(new Colors(r + u(rng, 0.1, 0.5), r, r - u(rng, 0.05, 0.3)),
                    Math.exp(u(rng, Math.log(50), Math.log(500))), u(rng, 0.15, 0.4), GRID_START, GRID_DAYS, rng.split());
        }
        if (u < 0.97) {
            double kind = rng.nextDouble();
            String type = kind < 0.6 ? "sn_ia" : kind < 0.9 ? "sn_ii" : "sn_ibc";
            double peak = u(rng, 17.5, 20.0);
            double gr = switch (type) {
                case "sn_ia" -> u(rng, -0.05, 0.1);
                case "sn_ii" -> u(rng, 0.0, 0.3);
                default -> u(rng, 0.2, 0.5);
            };
            double fall = switch (type) {
                case "sn_ia" -> u(rng, 20, 40);
                case "sn_ii" -> u(rng, 60, 110);
                default -> u(rng, 15, 25);
            };
            Colors host = rng.nextDouble() < 0.7 ? colors(u(rng, 19.5, 21.5), u(rng, 0.5, 0.9), rng, 0.45, 0.05) : null;
            return new SourceModel.Supernova(type, host, new Colors(peak + gr, peak, peak + u(rng, -0.2, 0.05)),
                    u(rng, 58200, lastHmjd - 20), u(rng, 2.5, 6.0), fall);
        }
        double q = u(rng, 19.0, 21.0);
        double recurrence = u(rng, 60, 300);
        int n = (int) Math.ceil((lastHmjd + 200 - GRID_START) / recurrence);
        double[] outbursts = new double[n];
        double t = GRID_START + recurrence * rng.nextDouble();
        for (int k = 0; k < n; k++) {
            outbursts[k] = t;
            t += recurrence * u(rng, 0.7, 1.3);
        }
        return new SourceModel.DwarfNova(new Colors(q + u(rng, -0.1, 0.4), q, q - u(rng, 0.0, 0.3)), u(rng, 3.0, 5.0),
                u(rng, 1.0, 4.0), u(rng, 2.5, 6.0), outbursts);
    }

    /** g, r, i from r, g − r and r − i ≈ slope·(g − r) + scatter. */
    private static Colors colors(double r, double gr, SplittableRandom rng, double slope, double scatter) {
        return new Colors(r + gr, r, r - (slope * gr + u(rng, -scatter / 2, scatter)));
    }

    /** A magnitude in [bright, faint] with more faint than bright sources (number counts ∝ 10^(0.25 m)). */
    static double faintWeighted(SplittableRandom rng, double bright, double faint) {
        double k = 0.25 * Math.log(10);
        double a = Math.exp(k * bright);
        double b = Math.exp(k * faint);
        return Math.log(a + rng.nextDouble() * (b - a)) / k;
    }

    private static double u(SplittableRandom rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }
}
