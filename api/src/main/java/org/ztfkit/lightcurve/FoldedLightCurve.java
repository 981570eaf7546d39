package org.ztfkit.lightcurve;

import static org.ztfkit.lightcurve.LightCurveColumns.FOLDED_TIME;
import static org.ztfkit.lightcurve.LightCurveColumns.PHASE;
import static org.ztfkit.lightcurve.LightCurveColumns.TIME;

import java.util.Locale;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.plot.Plot;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A light curve folded on a period: a distinct value with its own {@value LightCurveColumns#PHASE} column (in
 * [0, 1)) and {@value LightCurveColumns#FOLDED_TIME} (phase × period, days); the {@code time} column keeps the
 * HMJD of each epoch, never a phase.
 *
 * <p>{@code phase = frac((time − epoch) / P + offset)}. By default the epoch is HMJD 58000 and the offset 0: phase
 * zero at HMJD 58000, as the SNAD Viewer paper says (seed 001 §3.4) and its {@code fold} helper does. The Viewer's
 * live page differs (external-services.md §16.5): its phase slider passes {@code offset = −phase0·P} so phase zero
 * sits at HMJD 0 shifted by the slider, {@code phase = frac(mjd/P + phase0)} — that is
 * {@code fold(P).phaseZeroAt(0).withPhaseOffset(phase0)} here. We keep the paper's epoch.
 *
 * <pre>{@code
 * FoldedLightCurve f = lc.fold(0.5537);      // phase 0 at HMJD 58000
 * f.phaseZeroAt(58321.27);                   // phase 0 at a chosen maximum
 * f.withPhaseOffset(0.25);                   // every phase + 0.25, wrapped into [0, 1)
 * f.table();                                 // rows sorted by phase, with phase and folded_time
 * System.out.println(f);   // FoldedLightCurve[P=0.5537 d, phase 0 at HMJD 58000; LightCurve[…]]
 * }</pre>
 */
public final class FoldedLightCurve {
    /** The default epoch of phase zero, HMJD (seed 001 §3.4). */
    public static final double DEFAULT_EPOCH_HMJD = 58000.0;
    /** Cycles drawn by {@link #plot()}. */
    public static final int DEFAULT_PLOT_CYCLES = 2;

    private final LightCurve lightCurve;
    private final double periodDays;
    private final double epochHmjd;
    private final double phaseOffset;

    FoldedLightCurve(LightCurve lightCurve, double periodDays, double epochHmjd, double phaseOffset) {
        if (!(periodDays > 0 && Double.isFinite(periodDays))) {
            throw InvalidInputException.of("periodDays", "positive and finite", periodDays,
                    "pass the period in days, e.g. fold(0.5537)");
        }
        if (!Double.isFinite(epochHmjd)) {
            throw InvalidInputException.of("epoch of phase zero (HMJD)", "finite", epochHmjd, "e.g. phaseZeroAt(58000)");
        }
        if (!Double.isFinite(phaseOffset)) {
            throw InvalidInputException.of("phase offset", "finite (in cycles, usually within [0, 1))", phaseOffset,
                    "e.g. withPhaseOffset(0.25)");
        }
        this.lightCurve = lightCurve;
        this.periodDays = periodDays;
        this.epochHmjd = epochHmjd;
        this.phaseOffset = phaseOffset;
    }

    /**
     * The same fold with phase zero at {@code hmjd} (and no phase offset).
     *
     * @throws InvalidInputException if {@code hmjd} is not finite
     */
    public FoldedLightCurve phaseZeroAt(double hmjd) {
        return new FoldedLightCurve(lightCurve, periodDays, hmjd, 0.0);
    }

    /**
     * The same fold with {@code phase0} cycles added to every phase (then wrapped into [0, 1)); replaces any earlier
     * offset. With {@code phaseZeroAt(0)} this is the Viewer's phase slider.
     *
     * @throws InvalidInputException if {@code phase0} is not finite
     */
    public FoldedLightCurve withPhaseOffset(double phase0) {
        return new FoldedLightCurve(lightCurve, periodDays, epochHmjd, phase0);
    }

    /** The phase, in [0, 1), of an HMJD under this fold. */
    public double phaseOf(double hmjd) {
        double cycles = (hmjd - epochHmjd) / periodDays + phaseOffset;
        double phase = cycles - Math.floor(cycles);
        return phase < 1.0 ? phase : 0.0;   // rounding can give exactly 1 for cycles just below an integer
    }

    /** The light curve's rows (in its representation) plus {@code phase} and {@code folded_time}, sorted by phase. */
    public Table table() {
        Table rows = lightCurve.table();
        DoubleColumn time = rows.doubleColumn(TIME);
        DoubleColumn phase = DoubleColumn.create(PHASE, rows.rowCount());
        DoubleColumn foldedTime = DoubleColumn.create(FOLDED_TIME, rows.rowCount());
        for (int i = 0; i < rows.rowCount(); i++) {
            double p = phaseOf(time.getDouble(i));
            phase.set(i, p);
            foldedTime.set(i, p * periodDays);
        }
        rows.addColumns(phase, foldedTime);
        return TableOrder.sorted(rows, (a, b) -> {
            int byPhase = Double.compare(phase.getDouble(a), phase.getDouble(b));
            return byPhase != 0 ? byPhase : Double.compare(time.getDouble(a), time.getDouble(b));
        });
    }

    /** {@link #plot(int)} with two cycles, as the Viewer's folded figures. */
    public Plot plot() {
        return plot(DEFAULT_PLOT_CYCLES);
    }

    /**
     * The phase plot (a pure specification; {@code .toPng()}, {@code .save("fold.pdf")} draw it): the light curve's
     * representation against phase, styled as {@link LightCurve#plot()}, every point repeated at
     * {@code phase − 1, phase, …, phase + cycles} and shown over phases −0.1 to {@code cycles} + 0.1, titled with
     * the period (external-services.md §16.5).
     *
     * <pre>{@code
     * lc.fold(0.5537).plot();        // phases −0.1 … 2.1
     * lc.fold(0.5537).plot(1);       // one cycle
     * }</pre>
     *
     * @throws InvalidInputException unless {@code 1 ≤ cycles ≤ 10}
     */
    public Plot plot(int cycles) {
        if (cycles < 1 || cycles > 10) {
            throw InvalidInputException.of("cycles", "in 1–10", cycles, "two cycles show the shape best");
        }
        return LightCurvePlots.phasePlot(this, cycles);
    }

    public double periodDays() {
        return periodDays;
    }

    /** The HMJD of phase zero (before the offset). */
    public double epochHmjd() {
        return epochHmjd;
    }

    /** Cycles added to every phase. */
    public double phaseOffset() {
        return phaseOffset;
    }

    /** The unfolded light curve. */
    public LightCurve lightCurve() {
        return lightCurve;
    }

    /** The unfolded light curve's representation (what the phase plot's y axis shows). */
    public Representation representation() {
        return lightCurve.representation();
    }

    public int size() {
        return lightCurve.size();
    }

    @Override
    public String toString() {
        String offset = phaseOffset == 0 ? "" : String.format(Locale.ROOT, ", offset %s", fmt(phaseOffset));
        return String.format(Locale.ROOT, "FoldedLightCurve[P=%s d, phase 0 at HMJD %s%s; %s]", fmt(periodDays),
                fmt(epochHmjd), offset, lightCurve);
    }

    private static String fmt(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.10g", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
