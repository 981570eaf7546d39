package org.ztfkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ztfkit.errors.InvalidInputException;

class BandAndReleaseTest {
    @Test
    void bandsAreNamedUnambiguously() {
        assertEquals(Band.ZTF_G, Band.of("ztf_g"));
        assertEquals(Band.ZTF_G, Band.of("zg"));
        assertEquals(Band.GAIA_BP, Band.of("gaia_BP"));
        assertEquals(Band.PS1_Y, Band.ps1(5));
        assertEquals(Band.ZTF_I, Band.ztf(3));
        var e = assertThrows(InvalidInputException.class, () -> Band.of("g"));
        assertTrue(e.getMessage().contains("ambiguous") && e.getMessage().contains("ztf_g"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> Band.ztf(4));
    }

    /** The Viewer's hard-coded short ranges (external-services.md §16.3). */
    @Test
    void shortRangesAreTheViewers() {
        assertEquals(MjdRange.of(58194.0, 58972.0), DataRelease.of("dr8").shortRange().orElseThrow());
        assertEquals(MjdRange.of(58194.0, 59280.0), DataRelease.of("DR13").shortRange().orElseThrow());
        assertEquals(MjdRange.of(58194.0, 58299.0), DataRelease.of("2").shortRange().orElseThrow());
        assertEquals(MjdRange.ALL, DataRelease.of("dr24").shortRange().orElseThrow());
        assertTrue(DataRelease.of("dr5").shortRange().isEmpty(), "the Viewer defines none for dr5");
        assertTrue(DataRelease.of("dr8").compareTo(DataRelease.of("dr13")) < 0, "releases order by number");
        assertThrows(InvalidInputException.class, () -> DataRelease.of("latest-ish"));
    }

    @Test
    void windowsAreInclusiveAndValidated() {
        MjdRange r = MjdRange.of(58194, 58299);
        assertTrue(r.contains(58194) && r.contains(58299));
        var e = assertThrows(InvalidInputException.class, () -> MjdRange.of(58500, 58194));
        assertTrue(e.getMessage().contains("swap"), e.getMessage());
    }
}
