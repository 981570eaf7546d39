package org.ztfkit.store;

import java.util.List;
import java.util.Locale;
import org.ztfkit.model.Oid;
import org.ztfkit.sky.SkyIndex;
import org.ztfkit.sky.SkyPosition;

/**
 * One ZTF DR object with its epochs, as a remote service or a bulk file delivers it, ready to be stored in
 * {@code ztf_object} and {@code ztf_detection} by {@link DrTables}. Statistics the source states (the SNAD API's
 * {@code meta}) are kept as given; when they are null they are computed from the epochs as the DR API defines them
 * (good epochs: {@code catflags = 0} and {@code magerr > 0}).
 *
 * <pre>{@code
 * DrRecord r = DrRecord.of(Oid.of(250101100000001L), SkyPosition.of(41.66716, -26.22982), 23,
 *         List.of(new DrRecord.Epoch(58348.48046875, 20.318f, 0.12f, 0.05f, 0, null)));
 * }</pre>
 *
 * @param oid               the object
 * @param position          DR mean position
 * @param nobs              epochs in the DR file, bad ones included; null: the number of {@code epochs}
 * @param ngoodobs          good epochs as the source states it; null: computed
 * @param durationDays      span of the good epochs as stated; null: computed
 * @param ngoodobsShort     the SNAD API's short-window count (dr2, dr3 only); null when not given
 * @param durationShortDays its span; null when not given
 * @param epochs            the epochs, any order
 */
public record DrRecord(Oid oid, SkyPosition position, Integer nobs, Integer ngoodobs, Double durationDays,
                       Integer ngoodobsShort, Double durationShortDays, List<Epoch> epochs) {
    public DrRecord {
        epochs = List.copyOf(epochs);
    }

    /** A record whose statistics are computed from its epochs when stored. */
    public static DrRecord of(Oid oid, SkyPosition position, Integer nobs, List<Epoch> epochs) {
        return new DrRecord(oid, position, nobs, null, null, null, null, epochs);
    }

    /**
     * One epoch in the DR's native types: times as doubles, photometry as 32-bit floats (the DR files' type).
     *
     * @param hmjd        heliocentric MJD at mid-exposure (UTC-based)
     * @param mag         PSF-fit magnitude
     * @param magerr      its error
     * @param clrcoeff    colour coefficient of the calibration
     * @param catflags    DR quality flags, 0 = good
     * @param filefracday {@code YYYYMMDDffffff} of the exposure start when the source gives it; null otherwise
     */
    public record Epoch(double hmjd, float mag, float magerr, float clrcoeff, int catflags, Long filefracday) {
        /** The DR API's definition of a good epoch. */
        public boolean isGood() {
            return catflags == 0 && magerr > 0;
        }
    }

    /** HEALPix depth-29 cell of the position. */
    public long hpx29() {
        return SkyIndex.hpx29(position);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DrRecord[%s %s, %d epochs]", oid, position, epochs.size());
    }
}
