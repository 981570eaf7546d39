package org.ztfkit.fit;

import java.util.Arrays;

/**
 * A fitted model sampled on a regular time grid, ready to draw as a line over the data.
 *
 * <pre>{@code
 * ModelCurve curve = Models.bazin().fit(t, flux, fluxErr).modelCurve(58600, 58800, 500);
 * curve.name(); curve.time(); curve.value();   // "bazin", 500 times, 500 model values
 * }</pre>
 *
 * @param name  a legend label: the model's name, with {@code _band} appended for one band of a multiband fit (the
 *              SNAD Viewer's {@code {model}_{filter}})
 * @param time  the grid, in the time units of the data
 * @param value the model at each time, in the units of y
 */
public record ModelCurve(String name, double[] time, double[] value) {
    public ModelCurve {
        time = time.clone();
        value = value.clone();
    }

    @Override
    public double[] time() {
        return time.clone();
    }

    @Override
    public double[] value() {
        return value.clone();
    }

    public int size() {
        return time.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelCurve c && name.equals(c.name) && Arrays.equals(time, c.time)
                && Arrays.equals(value, c.value);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(time)) + Arrays.hashCode(value);
    }

    /** {@code ModelCurve[bazin: 500 points, t 58600.0–58800.0]}. */
    @Override
    public String toString() {
        return "ModelCurve[" + name + ": " + time.length + " points, t " + time[0] + "–" + time[time.length - 1]
                + "]";
    }
}
