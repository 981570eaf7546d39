package org.ztfkit.plot;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.ztfkit.errors.InvalidInputException;

/**
 * Periodogram plots: power as a line against period (log scale) or frequency, with the highest peak marked by a
 * vertical line named after its period.
 *
 * <pre>{@code
 * Plot p = PeriodogramPlots.versusPeriod(frequencyPerDay, power);
 * p.series("best P = 0.5537 d");      // the marker of the highest peak
 * }</pre>
 */
public final class PeriodogramPlots {
    static final Colour POWER_COLOUR = Colour.hex("#333333");
    static final Colour BEST_COLOUR = Colour.hex("#CC3344");

    private PeriodogramPlots() {
    }

    /** Power against period (days, log scale), the highest peak marked. */
    public static Plot versusPeriod(double[] frequencyPerDay, double[] power) {
        return plot(frequencyPerDay, power, true);
    }

    /** Power against frequency (1/day), the highest peak marked. */
    public static Plot versusFrequency(double[] frequencyPerDay, double[] power) {
        return plot(frequencyPerDay, power, false);
    }

    private static Plot plot(double[] frequency, double[] power, boolean versusPeriod) {
        if (frequency.length != power.length || frequency.length < 2) {
            throw InvalidInputException.of("periodogram", "frequency and power arrays of the same length ≥ 2",
                    frequency.length + " and " + power.length, "");
        }
        int[] order = IntStream.range(0, frequency.length)
                .filter(i -> frequency[i] > 0 && Double.isFinite(frequency[i]) && Double.isFinite(power[i]))
                .boxed().sorted((a, b) -> Double.compare(x(frequency[a], versusPeriod), x(frequency[b], versusPeriod)))
                .mapToInt(Integer::intValue).toArray();
        if (order.length < 2) {
            throw InvalidInputException.of("periodogram", "at least two positive frequencies with finite power",
                    order.length, "");
        }
        double[] x = Arrays.stream(order).mapToDouble(i -> x(frequency[i], versusPeriod)).toArray();
        double[] y = Arrays.stream(order).mapToDouble(i -> power[i]).toArray();
        int best = 0;
        for (int i = 1; i < y.length; i++) {
            if (y[i] > y[best]) {
                best = i;
            }
        }
        double top = y[best] > 0 ? 1.05 * y[best] : 1;
        double bottom = Math.min(0, Arrays.stream(y).min().orElse(0));
        double bestPeriod = versusPeriod ? x[best] : 1 / x[best];
        String bestName = "best P = " + PlotStyle.number(bestPeriod) + " d";
        PlotSeries curve = PlotSeries.line("power", x, y).withColour(POWER_COLOUR);
        PlotSeries marker = PlotSeries.line(bestName, new double[] {x[best], x[best]}, new double[] {bottom, top})
                .withColour(BEST_COLOUR).withLineWidth(1.5);
        Axis xAxis = versusPeriod
                ? Axis.of("period, days").withLogScale().withRange(x[0], x[x.length - 1])
                : Axis.of("frequency, 1/day").withRange(x[0], x[x.length - 1]);
        return Plot.of("periodogram", xAxis, Axis.of("power").withRange(bottom, top), List.of(curve, marker));
    }

    private static double x(double frequency, boolean versusPeriod) {
        return versusPeriod ? 1 / frequency : frequency;
    }
}
