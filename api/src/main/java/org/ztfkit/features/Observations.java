package org.ztfkit.features;

import org.ztfkit.errors.InvalidInputException;

/**
 * One single-band light curve for bulk feature extraction: times (days), magnitudes and their errors.
 *
 * <pre>{@code
 * new Observations("686204100122720 zr", t, mag, magErr);
 * }</pre>
 *
 * @param id  a label carried into the results (e.g. the OID and band); may be empty
 * @param t   times (days)
 * @param m   magnitudes
 * @param err magnitude errors (positive)
 */
public record Observations(String id, double[] t, double[] m, double[] err) {
    public Observations {
        if (t.length != m.length || t.length != err.length) {
            throw InvalidInputException.of("array lengths of " + id, "equal", "t:" + t.length + " m:" + m.length
                    + " err:" + err.length, "pass one value per observation");
        }
    }

    @Override
    public String toString() {
        return "Observations[" + id + ", N=" + t.length + "]";
    }
}
