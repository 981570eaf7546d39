package org.ztfkit.features;

import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * The crate's Lomb–Scargle periodogram: the classic (unweighted, fixed-mean) periodogram in "PSD" normalisation,
 * ½[(Σ h cos ω(t−τ))²/Σcos² + (Σ h sin ω(t−τ))²/Σsin²]/σ², h = m − ⟨m⟩, on a grid of angular frequencies, either
 * exactly or with the crate's FFT scheme ({@link #power}): each point is spread linearly onto
 * a cyclic time grid of 2·(grid size) cells and one FFT gives all sums. The FFT scheme reproduces a quirk of the crate
 * (0.1–0.19): Σcos²ω(t−τ) is taken as ½(N + C₂cos ωτ + S₂ sin ωτ) where the exact value has 2ωτ, so FFT power differs
 * from the exact one; it is kept to reproduce the crate's (and so the SNAD service's) numbers.
 */
final class CratePeriodogram {
    /** The largest frequency grid evaluated (2^24 points): a bigger one means a Nyquist choice unsuited to the data. */
    private static final long MAX_SIZE = 1L << 24;

    private CratePeriodogram() {
    }

    /** The grid layout of the crate's FFT periodogram. */
    enum Layout {
        /** Crate ≤ 0.9 (service v0.1–v0.5): ω_i = (i+1)·step, i &lt; next power of two of round(max/step). */
        ONE_BASED,
        /** Crate ≥ 0.10: ω_i = i·step, i = 0…2^k, k = round(log2(max/step)). */
        ZERO_BASED
    }

    /** A regular grid of angular frequencies (rad/day). */
    record Grid(double step, int size, Layout layout) {
        double frequency(int i) {
            return step * (layout == Layout.ONE_BASED ? i + 1 : i);
        }

        /** Cells of the cyclic time grid of the FFT scheme. */
        int timeGridSize() {
            return layout == Layout.ONE_BASED ? 2 * size : 2 * (size - 1);
        }
    }

    /** The crate's dynamic grid: step 2π(N−1)/(N·resolution·duration), maximum Nyquist·factor. */
    static Grid grid(double[] t, float resolution, float maxFreqFactor, Nyquist nyquist, Layout layout) {
        int n = t.length;
        double duration = t[n - 1] - t[0];
        if (!(duration > 0)) {
            throw Feature.undefined("period", "all observations are at the same time");
        }
        double step = 2 * Math.PI * (n - 1) / (n * (double) resolution * duration);
        double max = nyquist.frequency(t) * maxFreqFactor;
        long size;
        if (layout == Layout.ONE_BASED) {
            long rounded = Math.max(1, Math.round(max / step));
            size = Long.highestOneBit(rounded) == rounded ? rounded : Long.highestOneBit(rounded) << 1;
        } else {
            long k = Math.max(0, Math.round(Math.log(max / step) / Math.log(2)));
            size = k > 40 ? Long.MAX_VALUE : (1L << k) + 1;
        }
        if (!(size <= MAX_SIZE)) {
            throw Feature.undefined("period", "its frequency grid would have " + size + " points (Nyquist "
                    + nyquist + ", max " + max + " rad/d, step " + step + "): choose a smaller Nyquist frequency");
        }
        return new Grid(step, (int) size, layout);
    }

    /**
     * PSD power at every grid frequency (all zero for constant values), exactly (the crate's
     * {@code PeriodogramPowerDirect}) or with the crate's FFT scheme ({@code PeriodogramPowerFft}).
     */
    static double[] power(Grid g, double[] t, double[] m, boolean fft) {
        Sample s = Sample.unweighted(t, m);
        double[] power = new double[g.size()];
        if (s.std2() != 0) {
            if (fft) {
                fftPower(g, t, m, s.mean(), s.std2(), power);
            } else {
                directPower(g, t, m, s.mean(), s.std2(), power);
            }
        }
        return power;
    }

    private static void directPower(Grid g, double[] t, double[] m, double mean, double std2, double[] power) {
        int n = t.length;
        double[] sin = new double[n];
        double[] cos = new double[n];
        for (int k = 0; k < power.length; k++) {
            double omega = g.frequency(k);
            double s2 = 0, c2 = 0;
            for (int i = 0; i < n; i++) {
                double phase = omega * (t[i] - t[0]);
                sin[i] = Math.sin(phase);
                cos[i] = Math.cos(phase);
                s2 += 2 * sin[i] * cos[i];
                c2 += (cos[i] - sin[i]) * (cos[i] + sin[i]);
            }
            double cos2 = c2 / Math.hypot(s2, c2);
            double sinTau = rustSignum(s2) * Math.sqrt(0.5 * (1 - cos2));
            double cosTau = Math.sqrt(0.5 * (1 + cos2));
            double mSin = 0, mCos = 0, sin2 = 0;
            for (int i = 0; i < n; i++) {
                double sn = sin[i] * cosTau - cos[i] * sinTau;
                double cs = cos[i] * cosTau + sin[i] * sinTau;
                mSin += (m[i] - mean) * sn;
                mCos += (m[i] - mean) * cs;
                sin2 += sn * sn;
            }
            double cos2Sum = n - sin2;
            if ((mSin == 0 && sin2 == 0) || (mCos == 0 && cos2Sum == 0)) {
                power[k] = 0;
            } else {
                power[k] = 0.5 * (mSin * mSin / sin2 + mCos * mCos / cos2Sum) / std2;
            }
        }
    }

    /** Linear spreading onto a cyclic time grid and one complex FFT. */
    private static void fftPower(Grid g, double[] t, double[] m, double mean, double std2, double[] power) {
        int n = t.length;
        int cells = g.timeGridSize();
        double dt = 2 * Math.PI / (g.step() * cells);
        // real part: spread data; imaginary part: spread unit weights at doubled abscissae (one FFT for both)
        double[] re = new double[cells];
        double[] im = new double[cells];
        for (int i = 0; i < n; i++) {
            double x = (t[i] - t[0]) / dt;
            spread(re, x, m[i] - mean);
            spread(im, 2 * x, 1);
        }
        FastFourierTransformer.transformInPlace(new double[][] {re, im}, DftNormalization.STANDARD,
                TransformType.FORWARD);
        int first = g.layout() == Layout.ONE_BASED ? 1 : 0;
        for (int k = 0; k < power.length; k++) {
            int a = k + first;
            int b = (cells - a) % cells;
            // FFT of the real part A = (Z_a + conj Z_b)/2, of the imaginary part B = (Z_a − conj Z_b)/(2i)
            double aRe = 0.5 * (re[a] + re[b]);
            double aIm = 0.5 * (im[a] - im[b]);
            double bRe = 0.5 * (im[a] + im[b]);
            double bIm = -0.5 * (re[a] - re[b]);
            double sumCosH = aRe;
            double sumSinH = -aIm;
            double sumCos2 = bRe;
            double sumSin2 = -bIm;
            double cos2wtau = sumCos2 == 0 && sumSin2 == 0 ? 1 : sumCos2 / Math.hypot(sumCos2, sumSin2);
            double cosWtau = Math.sqrt(0.5 * (1 + cos2wtau));
            double sinWtau = rustSignum(sumSin2) * Math.sqrt(0.5 * (1 - cos2wtau));
            double hCos = sumCosH * cosWtau + sumSinH * sinWtau;
            double hSin = sumSinH * cosWtau - sumCosH * sinWtau;
            double cos2 = 0.5 * (n + sumCos2 * cosWtau + sumSin2 * sinWtau);
            double sin2 = n - cos2;
            double fracCos = cos2 == 0 ? 0 : hCos * hCos / cos2;
            double fracSin = sin2 == 0 ? 0 : hSin * hSin / sin2;
            double sum = fracCos == 0 ? 2 * fracSin : fracSin == 0 ? 2 * fracCos : fracSin + fracCos;
            power[k] = 0.5 / std2 * sum;
        }
    }

    /** The crate's {@code spread}: linear weights onto the two cells around x, cyclically. */
    private static void spread(double[] v, double x, double y) {
        double lo = Math.floor(x);
        double hi = Math.ceil(x);
        int len = v.length;
        int iLo = (int) ((long) lo % len);
        int iHi = (int) ((long) hi % len);
        if (iLo == iHi) {
            v[iLo] += y;
            return;
        }
        v[iLo] += (hi - x) * y;
        v[iHi] += (x - lo) * y;
    }

    /** Rust's {@code f64::signum}: ±1 by the sign bit, so +0 → 1 and −0 → −1. */
    private static double rustSignum(double x) {
        return Double.isNaN(x) ? x : Math.copySign(1.0, x);
    }
}
