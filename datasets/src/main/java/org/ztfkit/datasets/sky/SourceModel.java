package org.ztfkit.datasets.sky;

import java.util.Locale;
import org.ztfkit.model.Band;

/**
 * The true brightness of one simulated sky source at any time in any band (ZTF, Pan-STARRS or Gaia), before any
 * survey noise. Each variability class is one implementation; its parameters are the truth stored in
 * {@code sim_source}.
 */
public sealed interface SourceModel {
    /** The variability class name stored in the truth table. */
    String className();

    /** True AB magnitude at heliocentric MJD {@code hmjd} in {@code band}. */
    double magnitude(double hmjd, Band band);

    /** The magnitude a reference image shows: the mean (variables), the host or quiescent level (transients). */
    double baseline(Band band);

    /** Period in days (periodic classes) or NaN. */
    default double periodDays() {
        return Double.NaN;
    }

    /** Peak-to-peak amplitude in r, magnitudes, or NaN. */
    default double amplitudeMag() {
        return Double.NaN;
    }

    /** Maximum light (pulsators), primary minimum (eclipsing), peak (transients), or NaN. */
    default double epochHmjd() {
        return Double.NaN;
    }

    /** The remaining parameters as a JSON object. */
    String paramsJson();

    /**
     * Mean magnitudes of a source in g, r, i, extended to the other surveys' bands with approximate colour terms
     * (good to about 0.1 mag; the simulated sky does not need more).
     */
    record Colors(double g, double r, double i) {
        public double mean(Band band) {
            double gr = g - r;
            double ri = r - i;
            return switch (band) {
                case ZTF_G -> g;
                case ZTF_R -> r;
                case ZTF_I -> i;
                case PS1_G -> g + 0.02 - 0.05 * gr;
                case PS1_R -> r - 0.01 + 0.02 * gr;
                case PS1_I -> i + 0.01;
                case PS1_Z -> i - 0.35 * ri - 0.02;
                case PS1_Y -> i - 0.6 * ri - 0.04;
                case GAIA_G -> r - 0.05 - 0.25 * gr - 0.15 * ri;
                case GAIA_BP -> g - 0.1 * gr + 0.05;
                case GAIA_RP -> i + 0.1 * ri + 0.05;
            };
        }

        Colors brighter(double delta) {
            return new Colors(g - delta, r - delta, i - delta);
        }
    }

    /** How much larger a variability amplitude is in {@code band} than in r (blue bands vary more). */
    static double amplitudeScale(Band band) {
        return switch (band) {
            case ZTF_G, PS1_G -> 1.25;
            case ZTF_R, PS1_R -> 1.0;
            case ZTF_I, PS1_I -> 0.8;
            case PS1_Z -> 0.72;
            case PS1_Y -> 0.68;
            case GAIA_G -> 1.05;
            case GAIA_BP -> 1.2;
            case GAIA_RP -> 0.85;
        };
    }

    /** Magnitude of the sum of two fluxes given as magnitudes (infinite magnitude = no flux). */
    static double addFluxes(double m1, double m2) {
        double f = (Double.isInfinite(m1) ? 0 : Math.pow(10, -0.4 * m1)) + (Double.isInfinite(m2) ? 0 : Math.pow(10, -0.4 * m2));
        return f > 0 ? -2.5 * Math.log10(f) : Double.POSITIVE_INFINITY;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /** A source that does not vary. */
    record Constant(Colors colors) implements SourceModel {
        @Override
        public String className() {
            return "constant";
        }

        @Override
        public double magnitude(double hmjd, Band band) {
            return colors.mean(band);
        }

        @Override
        public double baseline(Band band) {
            return colors.mean(band);
        }

        @Override
        public String paramsJson() {
            return "{}";
        }
    }

    /**
     * A strictly periodic variable with a Fourier light-curve shape normalised to zero mean and unit peak-to-peak,
     * scaled by the r amplitude and the band's amplitude scale. Phase 0 is the epoch.
     *
     * @param className   rr_lyrae, cepheid, lpv or x_ray_binary
     * @param colors      mean magnitudes
     * @param period      days
     * @param epoch       HMJD of maximum light (minimum light for x_ray_binary)
     * @param amplitude   peak-to-peak in r, mag
     * @param harmonics   amplitude of each harmonic k = 1…n (relative)
     * @param phases      phase of each harmonic, radians
     */
    record Periodic(String className, Colors colors, double period, double epoch, double amplitude,
                    double[] harmonics, double[] phases, double[] normalisation) implements SourceModel {

        static Periodic of(String className, Colors colors, double period, double epoch, double amplitude,
                           double[] harmonics, double[] phases, boolean epochAtMinimumLight) {
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            double mean = 0;
            double argMin = 0;
            double argMax = 0;
            int n = 2000;
            for (int j = 0; j < n; j++) {
                double v = shape(j / (double) n, harmonics, phases, 0);
                mean += v / n;
                if (v < min) {
                    min = v;
                    argMin = j / (double) n;
                }
                if (v > max) {
                    max = v;
                    argMax = j / (double) n;
                }
            }
            // Shift the shape so that phase 0 falls on the chosen extremum: bright (small magnitude) = min of shape.
            double shift = epochAtMinimumLight ? argMax : argMin;
            return new Periodic(className, colors, period, epoch, amplitude, harmonics, phases,
                    new double[] {mean, max - min, shift});
        }

        private static double shape(double phase, double[] harmonics, double[] phases, double shift) {
            double v = 0;
            for (int k = 0; k < harmonics.length; k++) {
                v += harmonics[k] * Math.cos(2 * Math.PI * (k + 1) * (phase + shift) + phases[k]);
            }
            return v;
        }

        @Override
        public double magnitude(double hmjd, Band band) {
            double phase = (hmjd - epoch) / period;
            phase -= Math.floor(phase);
            double s = (shape(phase, harmonics, phases, normalisation[2]) - normalisation[0]) / normalisation[1];
            return colors.mean(band) + SourceModel.amplitudeScale(band) * amplitude * s;
        }

        @Override
        public double baseline(Band band) {
            return colors.mean(band);
        }

        @Override
        public double periodDays() {
            return period;
        }

        @Override
        public double amplitudeMag() {
            return amplitude;
        }

        @Override
        public double epochHmjd() {
            return epoch;
        }

        @Override
        public String paramsJson() {
            return "{\"harmonics\":" + java.util.Arrays.toString(harmonics) + ",\"phases\":"
                    + java.util.Arrays.toString(phases) + "}";
        }
    }

    /**
     * An eclipsing binary: detached (EA, Gaussian eclipses at phases 0 and 0.5) or contact (EW, continuous
     * ellipsoidal variation with unequal minima). Eclipse depths are nearly the same in every band.
     */
    record Eclipsing(boolean contact, Colors colors, double period, double epoch, double primaryDepth,
                     double secondaryDepth, double width) implements SourceModel {
        @Override
        public String className() {
            return "eclipsing_binary";
        }

        @Override
        public double magnitude(double hmjd, Band band) {
            double phase = (hmjd - epoch) / period;
            phase -= Math.floor(phase);
            double scale = 0.9 + 0.1 * SourceModel.amplitudeScale(band);
            double dm;
            if (contact) {
                double c2 = 0.5 * (1 + Math.cos(4 * Math.PI * phase));
                double c1 = 0.5 * (1 + Math.cos(2 * Math.PI * phase));
                dm = secondaryDepth * c2 + (primaryDepth - secondaryDepth) * c1 * c1 * c1 * c1;
            } else {
                double d0 = Math.min(phase, 1 - phase);
                double d1 = Math.abs(phase - 0.5);
                dm = primaryDepth * Math.exp(-0.5 * (d0 / width) * (d0 / width))
                        + secondaryDepth * Math.exp(-0.5 * (d1 / width) * (d1 / width));
            }
            return colors.mean(band) + scale * dm;
        }

        @Override
        public double baseline(Band band) {
            return colors.mean(band);
        }

        @Override
        public double periodDays() {
            return period;
        }

        @Override
        public double amplitudeMag() {
            return primaryDepth;
        }

        @Override
        public double epochHmjd() {
            return epoch;
        }

        @Override
        public String paramsJson() {
            return "{\"type\":\"" + (contact ? "EW" : "EA") + "\",\"secondary_depth\":" + fmt(secondaryDepth)
                    + ",\"width_phase\":" + fmt(width) + "}";
        }
    }

    /**
     * AGN-like stochastic variability: a damped random walk (Ornstein–Uhlenbeck process) with timescale {@code tau}
     * days and structure-function asymptote {@code sfInf} mag (r), realised exactly on a daily grid from
     * {@code gridStart} and interpolated linearly between days.
     */
    record Agn(Colors colors, double tau, double sfInf, double gridStart, float[] walk) implements SourceModel {
        static Agn realise(Colors colors, double tau, double sfInf, double gridStart, int days, java.util.SplittableRandom rng) {
            float[] x = new float[days];
            double sigma = sfInf / Math.sqrt(2.0);
            double decay = Math.exp(-1.0 / tau);
            double step = sigma * Math.sqrt(1 - decay * decay);
            double v = sigma * rng.nextGaussian();
            for (int d = 0; d < days; d++) {
                x[d] = (float) v;
                v = v * decay + step * rng.nextGaussian();
            }
            return new Agn(colors, tau, sfInf, gridStart, x);
        }

        @Override
        public String className() {
            return "agn";
        }

        @Override
        public double magnitude(double hmjd, Band band) {
            double u = hmjd - gridStart;
            int d = (int) Math.floor(u);
            double value;
            if (d < 0) {
                value = walk[0];
            } else if (d >= walk.length - 1) {
                value = walk[walk.length - 1];
            } else {
                double f = u - d;
                value = walk[d] * (1 - f) + walk[d + 1] * f;
            }
            return colors.mean(band) + SourceModel.amplitudeScale(band) * value;
        }

        @Override
        public double baseline(Band band) {
            return colors.mean(band);
        }

        @Override
        public double amplitudeMag() {
            return sfInf;
        }

        @Override
        public String paramsJson() {
            return "{\"tau_d\":" + fmt(tau) + ",\"sf_inf_mag\":" + fmt(sfInf) + "}";
        }
    }

    /**
     * A supernova on a host galaxy (or none): a Bazin flux profile per band added to the host's flux. The r band
     * peaks at {@code peakMagR} at {@code peakHmjd}; g fades faster and i slower, as observed SNe do.
     *
     * @param type       sn_ia, sn_ii or sn_ibc
     * @param host       host galaxy magnitudes, or null for a hostless event
     * @param peakColors SN magnitudes at r peak in g, r, i
     */
    record Supernova(String type, Colors host, Colors peakColors, double peakHmjd, double riseDays, double fallDays)
            implements SourceModel {
        @Override
        public String className() {
            return type;
        }

        private double fallIn(Band band) {
            return switch (band) {
                case ZTF_G, PS1_G, GAIA_BP -> 0.75 * fallDays;
                case ZTF_I, PS1_I, PS1_Z, PS1_Y, GAIA_RP -> 1.2 * fallDays;
                default -> fallDays;
            };
        }

        /** Bazin flux relative to its maximum, for time {@code t} relative to the maximum. */
        private double relativeFlux(double t, double rise, double fall) {
            double tMaxOffset = rise * Math.log(fall / rise - 1); // t0 − t_max with the Bazin t0 convention
            double x = t + tMaxOffset;
            double peak = bazin(tMaxOffset, rise, fall);
            return bazin(x, rise, fall) / peak;
        }

        private static double bazin(double x, double rise, double fall) {
            if (x < -40 * rise) {
                return 0;
            }
            return Math.exp(-x / fall) / (1 + Math.exp(-x / rise));
        }

        @Override
        public double magnitude(double hmjd, Band band) {
            double rel = relativeFlux(hmjd - peakHmjd, riseDays, fallIn(band));
            double sn = rel > 1e-8 ? peakColors.mean(band) - 2.5 * Math.log10(rel) : Double.POSITIVE_INFINITY;
            double hostMag = host == null ? Double.POSITIVE_INFINITY : host.mean(band);
            return SourceModel.addFluxes(sn, hostMag);
        }

        @Override
        public double baseline(Band band) {
            return host == null ? 25.0 : host.mean(band);
        }

        @Override
        public double amplitudeMag() {
            return baseline(Band.ZTF_R) - magnitude(peakHmjd, Band.ZTF_R);
        }

        @Override
        public double epochHmjd() {
            return peakHmjd;
        }

        @Override
        public String paramsJson() {
            return "{\"peak_mag_r\":" + fmt(peakColors.r()) + ",\"rise_d\":" + fmt(riseDays) + ",\"fall_d\":"
                    + fmt(fallDays) + ",\"host_mag_r\":" + (host == null ? "null" : fmt(host.r())) + "}";
        }
    }

    /**
     * A dwarf nova (cataclysmic variable): quiescence with outbursts of {@code amplitude} mag that rise over about a
     * day, stay near maximum for {@code plateauDays}, and fade exponentially with {@code decayDays}.
     */
    record DwarfNova(Colors quiescent, double amplitude, double plateauDays, double decayDays, double[] outbursts)
            implements SourceModel {
        @Override
        public String className() {
            return "cv";
        }

        @Override
        public double magnitude(double hmjd, Band band) {
            double flux = 0;
            for (double start : outbursts) {
                double t = hmjd - start;
                if (t < -3 || t > 60 * decayDays) {
                    continue;
                }
                double profile;
                if (t < 0) {
                    profile = Math.exp(3 * t);
                } else if (t < plateauDays) {
                    profile = 1;
                } else {
                    profile = Math.exp(-(t - plateauDays) / decayDays);
                }
                flux = Math.max(flux, profile);
            }
            double outburstMag = flux > 1e-9
                    ? quiescent.mean(band) - amplitude * (0.9 + 0.1 * SourceModel.amplitudeScale(band)) - 2.5 * Math.log10(flux)
                    : Double.POSITIVE_INFINITY;
            return SourceModel.addFluxes(quiescent.mean(band), outburstMag);
        }

        @Override
        public double baseline(Band band) {
            return quiescent.mean(band);
        }

        @Override
        public double amplitudeMag() {
            return amplitude;
        }

        @Override
        public String paramsJson() {
            return "{\"plateau_d\":" + fmt(plateauDays) + ",\"decay_d\":" + fmt(decayDays) + ",\"outbursts_hmjd\":"
                    + java.util.Arrays.toString(outbursts) + "}";
        }
    }
}
