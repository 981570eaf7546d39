package org.ztfkit.vo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ztfkit.errors.InvalidInputException;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The reader's handling of error documents, overflow, arrays, timestamps, odd names and bad input. */
class VotableReaderTest {
    static VoTable read(String xml) {
        return Vo.readVotable(xml.getBytes(StandardCharsets.UTF_8));
    }

    static String votable(String resourceBody) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3">
                <RESOURCE type="results">
                """ + resourceBody + """
                </RESOURCE>
                </VOTABLE>
                """;
    }

    @Test
    void queryStatusErrorBecomesTheServersMessage() {
        VoServiceException e = assertThrows(VoServiceException.class, () -> read(votable("""
                <INFO name="QUERY_STATUS" value="ERROR">
                   Incorrect ADQL query: Unknown table "gaiadr3.gaia_sorce"
                </INFO>
                """)));
        assertEquals("Incorrect ADQL query: Unknown table \"gaiadr3.gaia_sorce\"", e.serverMessage());
        assertTrue(e.getMessage().contains("Unknown table \"gaiadr3.gaia_sorce\""), e.getMessage());
    }

    @Test
    void coneSearchErrorInfoWithoutTableIsAnError() {
        VoServiceException e = assertThrows(VoServiceException.class, () -> read(votable("""
                <INFO ID="Error" name="Error" value="SR must be given in degrees"/>
                """)));
        assertEquals("SR must be given in degrees", e.serverMessage());
    }

    @Test
    void overflowAfterTheTableIsFlaggedAndTheRowsKept() {
        VoTable t = read(votable("""
                <INFO name="QUERY_STATUS" value="OK"/>
                <TABLE name="result"><FIELD name="n" datatype="int"/>
                <DATA><TABLEDATA><TR><TD>1</TD></TR><TR><TD>2</TD></TR></TABLEDATA></DATA></TABLE>
                <INFO name="QUERY_STATUS" value="OVERFLOW"/>
                """));
        assertTrue(t.isOverflow());
        assertEquals(List.of(1, 2), t.toTable().intColumn("n").asList());
        assertTrue(t.toString().contains("truncated"), t.toString());
    }

    @Test
    void arraysBecomeSpaceSeparatedTextWithTheirArraysize() {
        VoTable t = read(votable("""
                <TABLE><FIELD name="flux" datatype="double" arraysize="*"/>
                <FIELD name="grid" datatype="short" arraysize="2x2"/>
                <DATA><TABLEDATA><TR><TD>1.5 2.5 NaN</TD><TD>1 2 3 4</TD></TR></TABLEDATA></DATA></TABLE>
                """));
        Table table = t.toTable();
        assertEquals("1.5 2.5 NaN", table.stringColumn("flux").get(0));
        assertEquals("1 2 3 4", table.stringColumn("grid").get(0));
        assertEquals("*", t.column("flux").arraysize());
        assertEquals("2x2", t.column("grid").arraysize());
        assertTrue(t.column("flux").isArray());
        assertEquals("double", t.column("flux").datatype());
    }

    @Test
    void timestampsBecomeDatesOrDateTimesAndOddTextStaysText() {
        VoTable t = read(votable("""
                <TABLE>
                <FIELD name="obs" datatype="char" arraysize="*" xtype="timestamp"/>
                <FIELD name="night" datatype="char" arraysize="*" xtype="adql:TIMESTAMP"/>
                <FIELD name="note" datatype="char" arraysize="*" xtype="timestamp"/>
                <DATA><TABLEDATA>
                <TR><TD>2019-05-17T04:02:01.250Z</TD><TD>2019-05-17</TD><TD>2019-05-17</TD></TR>
                <TR><TD></TD><TD></TD><TD>yesterday</TD></TR>
                </TABLEDATA></DATA></TABLE>
                """));
        Table table = t.toTable();
        DateTimeColumn obs = assertInstanceOf(DateTimeColumn.class, table.column("obs"));
        assertEquals(LocalDateTime.of(2019, 5, 17, 4, 2, 1, 250_000_000), obs.get(0));
        assertTrue(obs.isMissing(1));
        DateColumn night = assertInstanceOf(DateColumn.class, table.column("night"));
        assertEquals(LocalDate.of(2019, 5, 17), night.get(0));
        assertInstanceOf(StringColumn.class, table.column("note"));
        assertEquals("yesterday", table.stringColumn("note").get(1));
    }

    @Test
    void repeatedNamesGetSuffixesAndNullMarkersBecomeMissing() {
        VoTable t = read(votable("""
                <TABLE><FIELD name="ra" datatype="double"/><FIELD name="RA" datatype="double"/>
                <FIELD name="ra" datatype="double"/>
                <FIELD name="n" datatype="int"><VALUES null="-999"/></FIELD>
                <DATA><TABLEDATA><TR><TD>1</TD><TD>2</TD><TD>3</TD><TD>-999</TD></TR></TABLEDATA></DATA></TABLE>
                """));
        assertEquals(List.of("ra", "RA_2", "ra_3", "n"), t.columnNames());
        IntColumn n = t.toTable().intColumn("n");
        assertTrue(n.isMissing(0));
    }

    @Test
    void aCharFieldWithoutArraysizeIsReadAsAWholeString() {
        VoTable t = read(votable("""
                <TABLE><FIELD name="name" datatype="char"/>
                <DATA><TABLEDATA><TR><TD>Her X-1</TD></TR></TABLEDATA></DATA></TABLE>
                """));
        assertEquals("Her X-1", t.toTable().stringColumn("name").get(0));
    }

    @Test
    void aDocumentWithoutTableHasNoTablesAndCannotGiveOne() {
        String empty = votable("<INFO name=\"QUERY_STATUS\" value=\"OK\"/>");
        assertEquals(List.of(), Vo.readVotables(empty.getBytes(StandardCharsets.UTF_8)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(empty));
        assertTrue(e.getMessage().contains("without any TABLE"), e.getMessage());
    }

    @Test
    void textThatIsNotAVotableIsRejectedWithTheReason() {
        InvalidInputException notXml = assertThrows(InvalidInputException.class, () -> read("oid,mag\n1,17.5\n"));
        assertTrue(notXml.getMessage().contains("not a readable VOTable"), notXml.getMessage());
        InvalidInputException html = assertThrows(InvalidInputException.class,
                () -> read("<html><body><h1>502 Bad Gateway</h1></body></html>"));
        assertTrue(html.getMessage().contains("root element is <html>"), html.getMessage());
    }

    @Test
    void aMissingFileNamesThePath(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.vot");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Vo.readVotable(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void anUnknownColumnNameListsTheNamesThereAre() {
        VoTable t = read(votable("""
                <TABLE><FIELD name="ra" datatype="double"/><FIELD name="dec" datatype="double"/>
                <DATA><TABLEDATA></TABLEDATA></DATA></TABLE>
                """));
        assertEquals(0, t.rowCount());
        assertEquals("ra", t.column("RA").name());
        assertFalse(t.columnById("ra").isPresent());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> t.column("mag"));
        assertTrue(e.getMessage().contains("[ra, dec]") && e.getMessage().contains("'mag'"), e.getMessage());
    }
}
