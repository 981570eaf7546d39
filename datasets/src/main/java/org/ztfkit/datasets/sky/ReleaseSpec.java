package org.ztfkit.datasets.sky;

/**
 * A data release of the simulated sky: all epochs from the survey start up to {@code endHmjd}. A later release
 * repeats the earlier one's epochs unchanged and adds the newer ones (real releases also recalibrate; the simulated
 * ones do not).
 *
 * @param name      e.g. {@code dr8}
 * @param endHmjd   last HMJD included (approximate public data cut-off of the real release)
 * @param isDefault whether {@code Ztf.object(oid)} uses it when no release is named
 */
public record ReleaseSpec(String name, double endHmjd, boolean isDefault) {
}
