package org.ztfkit.period;

import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * The generalised (floating-mean, weighted) Lomb–Scargle periodogram of Zechmeister &amp; Kürster (2009), in the
 * form of astropy's {@code lombscargle_fast} with {@code fit_mean=True, center_data=True}. Both evaluations use the
 * same formulas; they differ only in how the six trigonometric sums {@code S, C} (weights), {@code Sh, Ch}
 * (weighted data) and {@code S2, C2} (weights at twice the frequency) are obtained:
 * <ul>
 *   <li>{@link #direct}: exact sums, one sine and one cosine per point and frequency, O(N·M);</li>
 *   <li>{@link #fast}: Press &amp; Rybicki (1989) — each point is extirpolated onto a regular time grid of
 *       {@code Nfft = 2^⌈log2(5·M)⌉} cells with 4-point Lagrange weights and the sums come from one FFT per sum,
 *       O(N + Nfft log Nfft); identical to astropy's {@code trig_sum(oversampling=5, Mfft=4)}.</li>
 * </ul>
 * Times are used relative to the first observation, which leaves the power unchanged and keeps the phases exact.
 */
final class LombScargle {
    private static final int OVERSAMPLING = 5;
    /** Lagrange denominators of astropy's {@code extirpolate} for M = 4 (j = 0…3). */
    private static final double[] EXTIRPOLATION_DENOMINATORS = {6, -2, 2, -6};

    private LombScargle() {
    }

    /**
     * Observations prepared once: relative times, data centred on the weighted mean, weights normalised to sum 1.
     *
     * @param t         times relative to the earliest one (days)
     * @param y         data minus their weighted mean
     * @param w         weights {@code dy⁻²} normalised to sum 1
     * @param yy        {@code Σ w y²} after centring
     * @param sumInvVar {@code Σ dy⁻²} (PSD normalisation)
     */
    record Data(double[] t, double[] y, double[] w, double yy, double sumInvVar) {
        static Data of(double[] t, double[] y, double[] dy) {
            int n = t.length;
            double tmin = Double.POSITIVE_INFINITY;
            for (double x : t) {
                tmin = Math.min(tmin, x);
            }
            double[] rel = new double[n];
            double[] w = new double[n];
            double sumW = 0;
            for (int i = 0; i < n; i++) {
                rel[i] = t[i] - tmin;
                w[i] = 1 / (dy[i] * dy[i]);
                sumW += w[i];
            }
            double mean = 0;
            for (int i = 0; i < n; i++) {
                w[i] /= sumW;
                mean += w[i] * y[i];
            }
            double[] yc = new double[n];
            double yy = 0;
            for (int i = 0; i < n; i++) {
                yc[i] = y[i] - mean;
                yy += w[i] * yc[i] * yc[i];
            }
            return new Data(rel, yc, w, yy, sumW);
        }
    }

    /** Exact power at every frequency of the grid. */
    static double[] direct(Data d, FrequencyGrid grid, Normalization norm) {
        int m = grid.size();
        double[] power = new double[m];
        double[] t = d.t();
        double[] w = d.w();
        double[] y = d.y();
        for (int k = 0; k < m; k++) {
            double omega = 2 * Math.PI * grid.frequency(k);
            double s = 0, c = 0, sh = 0, ch = 0, s2 = 0, c2 = 0;
            for (int i = 0; i < t.length; i++) {
                double phase = omega * t[i];
                double sin = Math.sin(phase);
                double cos = Math.cos(phase);
                double wi = w[i];
                double wy = wi * y[i];
                s += wi * sin;
                c += wi * cos;
                sh += wy * sin;
                ch += wy * cos;
                s2 += wi * 2 * sin * cos;
                c2 += wi * (cos - sin) * (cos + sin);
            }
            power[k] = normalise(raw(s, c, sh, ch, s2, c2), d, norm);
        }
        return power;
    }

    /** Press &amp; Rybicki power on a regular grid. */
    static double[] fast(Data d, FrequencyGrid grid, Normalization norm) {
        int m = grid.size();
        double[] wy = new double[d.t().length];
        for (int i = 0; i < wy.length; i++) {
            wy[i] = d.w()[i] * d.y()[i];
        }
        double[][] h = trigSum(d.t(), wy, grid.f0(), grid.df(), m, 1);
        double[][] two = trigSum(d.t(), d.w(), grid.f0(), grid.df(), m, 2);
        double[][] one = trigSum(d.t(), d.w(), grid.f0(), grid.df(), m, 1);
        double[] power = new double[m];
        for (int k = 0; k < m; k++) {
            power[k] = normalise(raw(one[0][k], one[1][k], h[0][k], h[1][k], two[0][k], two[1][k]), d, norm);
        }
        return power;
    }

    /** {@code YC²/CC + YS²/SS} of Zechmeister &amp; Kürster with a floating mean (astropy's trig identities). */
    private static double raw(double s, double c, double sh, double ch, double s2, double c2) {
        double tan2wt = (s2 - 2 * s * c) / (c2 - (c * c - s * s));
        double root = Math.sqrt(1 + tan2wt * tan2wt);
        double s2w = tan2wt / root;
        double c2w = 1 / root;
        double cw = Math.sqrt(0.5) * Math.sqrt(1 + c2w);
        double sw = Math.sqrt(0.5) * Math.signum(s2w) * Math.sqrt(1 - c2w);
        double yc = ch * cw + sh * sw;
        double ys = sh * cw - ch * sw;
        double cc = 0.5 * (1 + c2 * c2w + s2 * s2w) - square(c * cw + s * sw);
        double ss = 0.5 * (1 - c2 * c2w - s2 * s2w) - square(s * cw - c * sw);
        return yc * yc / cc + ys * ys / ss;
    }

    private static double normalise(double p, Data d, Normalization norm) {
        return switch (norm) {
            case STANDARD -> p / d.yy();
            case MODEL -> p / (d.yy() - p);
            case LOG -> -Math.log(1 - p / d.yy());
            case PSD -> p * 0.5 * d.sumInvVar();
        };
    }

    private static double square(double x) {
        return x * x;
    }

    /**
     * astropy's {@code trig_sum} with {@code use_fft=True}: {@code S_j = Σ h sin(2π f_j t)},
     * {@code C_j = Σ h cos(2π f_j t)} for {@code f_j = factor·(f0 + j·df)}, j = 0…n−1, by extirpolation and FFT.
     *
     * @return {@code {S, C}}
     */
    static double[][] trigSum(double[] t, double[] h, double f0, double df, int n, int factor) {
        double step = df * factor;
        double start = f0 * factor;
        int nfft = 1 << (32 - Integer.numberOfLeadingZeros(n * OVERSAMPLING - 1)); // astropy bitceil(5n)
        double[] re = new double[nfft];
        double[] im = new double[nfft];
        for (int i = 0; i < t.length; i++) {
            double hr = h[i];
            double hi = 0;
            if (start > 0) {
                double phase = 2 * Math.PI * start * t[i];
                hi = hr * Math.sin(phase);
                hr = hr * Math.cos(phase);
            }
            extirpolate((t[i] * nfft * step) % nfft, hr, hi, re, im);
        }
        FastFourierTransformer.transformInPlace(new double[][] {re, im}, DftNormalization.STANDARD,
                TransformType.INVERSE);
        double[] s = new double[n];
        double[] c = new double[n];
        for (int j = 0; j < n; j++) {
            c[j] = nfft * re[j];
            s[j] = nfft * im[j];
        }
        return new double[][] {s, c};
    }

    /** Adds {@code (hr + i·hi)} at abscissa x to the grid with astropy's 4-point Lagrange weights. */
    private static void extirpolate(double x, double hr, double hi, double[] re, double[] im) {
        int size = re.length;
        if (x % 1 == 0) {
            re[(int) x] += hr;
            im[(int) x] += hi;
            return;
        }
        int ilo = Math.max(0, Math.min(size - 4, (int) (x - 2)));
        double numerator = (x - ilo) * (x - ilo - 1) * (x - ilo - 2) * (x - ilo - 3);
        for (int j = 0; j < 4; j++) {
            int ind = ilo + 3 - j;
            double weight = numerator / (EXTIRPOLATION_DENOMINATORS[j] * (x - ind));
            re[ind] += hr * weight;
            im[ind] += hi * weight;
        }
    }
}
