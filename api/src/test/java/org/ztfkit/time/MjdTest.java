package org.ztfkit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;

/** Calendar and file-name helpers, checked against published dates and the seed paper's image path. */
class MjdTest {
    @Test
    void knownEpochs() {
        // MJD 0 = 1858-11-17T00:00, J2000.0 = MJD 51544.5, the ZTF short-survey start 2018-03-17 = MJD 58194
        assertEquals(LocalDateTime.of(1858, 11, 17, 0, 0), Mjd.toDateTimeUtc(0.0));
        assertEquals(LocalDateTime.of(2000, 1, 1, 12, 0), Mjd.toDateTimeUtc(51544.5));
        assertEquals(58194.0, Mjd.ofDateTimeUtc(LocalDateTime.of(2018, 3, 17, 0, 0)), 0.0);
        assertEquals(LocalDate.of(2018, 3, 17), Mjd.toDateUtc(58194.99));
        assertEquals(2451545.0, Mjd.toJd(51544.5), 0.0);
        assertEquals(51544.5, Mjd.fromJd(2451545.0), 0.0);
    }

    @Test
    void instantsRoundTripToTheMicrosecond() {
        Instant t = Instant.parse("2021-07-04T08:31:12.345678Z");
        double mjd = Mjd.ofInstant(t);
        assertEquals(59399.0 + (8 * 3600 + 31 * 60 + 12.345678) / 86400, mjd, 1e-11);
        assertEquals(0, Math.abs(Mjd.toInstant(mjd).toEpochMilli() - t.toEpochMilli()), 1);
    }

    @Test
    void filefracdayOfTheSeedPapersImagePath() {
        // seed 001 §3.5: 2019/0314/432616/ztf_20190314432616_000633_zr_c07_o_q4_sciimg.fits
        double mjd = Mjd.ofDateTimeUtc(LocalDateTime.of(2019, 3, 14, 0, 0)) + 0.432616;
        assertEquals(20190314432616L, Mjd.filefracday(mjd));
        assertEquals(mjd, Mjd.fromFilefracday(20190314432616L), 1e-9);
        // rounds to nearest 10⁻⁶ day, carrying into the next day
        assertEquals(20190314432616L, Mjd.filefracday(mjd + 0.49e-6));
        assertEquals(20190315000000L, Mjd.filefracday(Math.floor(mjd) + 0.9999996));
    }

    @Test
    void badFilefracdayNamesTheValueAndTheForm() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Mjd.fromFilefracday(20191314432616L));
        assertTrue(e.getMessage().contains("20191314432616") && e.getMessage().contains("YYYYMMDDffffff"),
                e.getMessage());
        assertThrows(InvalidInputException.class, () -> Mjd.toDateTimeUtc(Double.NaN));
    }
}
