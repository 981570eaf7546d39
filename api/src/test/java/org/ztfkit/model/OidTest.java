package org.ztfkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ztfkit.errors.InvalidInputException;

class OidTest {
    /** external-services.md §1.3: 633207400004730 = field 633, filter 2 (zr), CCD 07, quadrant 4, source 4730. */
    @Test
    void decodesTheDocumentedExample() {
        Oid oid = Oid.of(633207400004730L);
        assertEquals(633, oid.fieldId());
        assertEquals(2, oid.filterId());
        assertEquals(Band.ZTF_R, oid.band());
        assertEquals("zr", oid.filterCode());
        assertEquals(7, oid.ccdId());
        assertEquals(4, oid.qid());
        assertEquals(4730, oid.sourceId());
        assertEquals(4 * (7 - 1) + (4 - 1), oid.rcid());
    }

    @ParameterizedTest
    @CsvSource({"686204100122720, 686, 2, 4, 1, 12, 122720", "1601213200300000, 1601, 2, 13, 2, 49, 300000",
        "783109400002438, 783, 1, 9, 4, 35, 2438", "839209300022157, 839, 2, 9, 3, 34, 22157"})
    void decodesFifteenAndSixteenDigitOids(long value, int field, int filter, int ccd, int qid, int rcid, long source) {
        Oid oid = Oid.of(value);
        assertEquals(field, oid.fieldId());
        assertEquals(filter, oid.filterId());
        assertEquals(ccd, oid.ccdId());
        assertEquals(qid, oid.qid());
        assertEquals(rcid, oid.rcid());
        assertEquals(source, oid.sourceId());
        assertEquals(oid, Oid.compose(field, filter, ccd, qid, source));
        assertEquals(ccd, Oid.ccdOfRcid(rcid), "seed 001 eq. 12");
        assertEquals(qid, Oid.qidOfRcid(rcid), "seed 001 eq. 13");
        assertEquals(oid, Oid.parse(" " + value + " "));
    }

    @ParameterizedTest
    @CsvSource({
        "63320740000473, has 14 digits",
        "633407400004730, filter digit 4",
        "633007400004730, filter digit 0",
        "633217400004730, CCD 17",
        "633200000004730, CCD 0",
        "633207500004730, quadrant 5",
        "633207000004730, quadrant 0",
        "2633207400004730, field 2633 is above 1895",
        "-633207400004730, negative"})
    void saysWhatIsWrongWithAMalformedOid(long value, String problem) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Oid.of(value));
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().contains("e.g. 633207400004730"), "the message shows the valid form");
        assertFalse(Oid.isValid(value));
    }

    @Test
    void parsingRejectsTextThatIsNotDigits() {
        var e = assertThrows(InvalidInputException.class, () -> Oid.parse("ZTF18abqkqdm"));
        assertTrue(e.getMessage().contains("alert names"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> Oid.parse("6332074000047301"));
        assertTrue(e.getMessage().contains("field 6332"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> Oid.ccdOfRcid(64));
    }
}
