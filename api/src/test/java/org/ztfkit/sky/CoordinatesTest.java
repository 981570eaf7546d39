package org.ztfkit.sky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ztfkit.Reference;
import org.ztfkit.errors.InvalidInputException;
import tech.tablesaw.api.Table;

class CoordinatesTest {
    /** 1 mas: well below the precision any input form carries. */
    static final double TOL_DEG = 1e-3 / 3600;

    static Stream<Arguments> astropyCases() {
        Table t = Reference.csv("sky_parse.csv");
        return t.stream().map(r -> Arguments.of(r.getString("text"), r.getDouble("ra"), r.getDouble("dec")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("astropyCases")
    void readsEveryNotationAsAstropyDoes(String text, double ra, double dec) {
        SkyPosition p = Coordinates.parse(text);
        assertEquals(ra, p.ra(), TOL_DEG, "RA of " + text);
        assertEquals(dec, p.dec(), TOL_DEG, "Dec of " + text);
        assertTrue(Coordinates.looksLikeCoordinates(text), text + " is written as coordinates");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Her X-1", "SNAD101", "M 1", "ZTF18abqkqdm", "AT 2018lwh", "NGC 4993", "HZ Her"})
    void namesAreNotTakenForCoordinates(String name) {
        assertFalse(Coordinates.looksLikeCoordinates(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00:00 +10:00:00", "16:61:00 +10:00:00", "16:29:49.3 +91:00:00", "400.0 10.0",
        "-10.0 10.0", "247.4 95.0", "16 29 49.3 +24 46", "16:29:49.3", "16:29:49.3 +24:46:22 5", "l=400 b=10",
        "J262949.30+244622.0", "16:29:49.3 +24:46:61", ""})
    void rejectsAmbiguousOrOutOfRangeInputAndListsTheAcceptedForms(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Coordinates.parse(text));
        assertTrue(e.getMessage().contains("cannot read"), e.getMessage());
        assertTrue(e.getMessage().contains("J162949.30+244622.0"), "the message lists the accepted forms");
    }

    @Test
    void theMessageSaysWhatIsWrong() {
        var e = assertThrows(InvalidInputException.class, () -> Coordinates.parse("25:00:00 +10:00:00"));
        assertTrue(e.getMessage().contains("RA hours 25 is not below 24"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> Coordinates.parse("247.4 95.0"));
        assertTrue(e.getMessage().contains("95.0 is outside"), e.getMessage());
    }

    @Test
    void unicodeMinusIsAMinusSign() {
        assertEquals(Coordinates.parse("10.0 -20.5").dec(), Coordinates.parse("10.0 \u221220.5").dec());
    }

    @Test
    void formatsRoundTrip() {
        SkyPosition p = SkyPosition.of(247.45543, 24.77282);
        SkyPosition back = Coordinates.parse(p.toSexagesimal());
        assertEquals(0.0, p.separationArcsec(back), 0.01);
        assertEquals(0.0, p.separationArcsec(Coordinates.parse(p.toJName())), 0.2);
    }
}
