package org.ztfkit.vo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ztfkit.RealData;
import org.ztfkit.sky.Coordinates;
import org.ztfkit.sky.SkyPosition;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Every real VOTable of {@code ../shared/realdata} parses: metadata and values against an independent astropy
 * reading ({@code reference/votable_reference.json}), and the facts stated in its MANIFEST.md.
 */
class VotableRealDataTest {
    static final String GAIA_SOURCE = "catalogs/gaia/gaiadr3_gaia_source_2rows.vot";
    static final String SIMBAD = "catalogs/simbad/simbad_tap_M1.vot";
    static final String VIZIER_KANG = "catalogs/vizier/vizier_J_ApJ_706_83_kang2010.xml";
    static final String VIZIER_IRAM = "catalogs/vizier/vizier_B_iram_afgl2591.xml";
    static final String IRSA_LC = "lightcurves/ztf_dr/TimeSeriesZTF_irsa.xml";
    static final String GAIA_EPOCH = "lightcurves/gaia/gaia_dr2_epoch_photometry_5813181197970338560.xml";

    static Stream<String> files() {
        return Stream.of(GAIA_SOURCE, SIMBAD, VIZIER_KANG, VIZIER_IRAM, IRSA_LC, GAIA_EPOCH);
    }

    static JsonNode reference() throws IOException {
        try (InputStream in = VotableRealDataTest.class.getResourceAsStream("/reference/votable_reference.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyColumnMatchesAstropy(String file) throws IOException {
        JsonNode expectedTables = reference().get(file);
        List<VoTable> tables = Vo.readVotables(RealData.file(file));
        assertEquals(expectedTables.size(), tables.size(), "TABLE count");
        for (int t = 0; t < tables.size(); t++) {
            VoTable vt = tables.get(t);
            Table data = vt.toTable();
            JsonNode expected = expectedTables.get(t);
            assertEquals(expected.get("rows").asInt(), vt.rowCount(), file + " rows");
            assertEquals(expected.get("fields").size(), vt.columnCount(), file + " columns");
            for (int c = 0; c < vt.columnCount(); c++) {
                JsonNode field = expected.get("fields").get(c);
                ColumnMeta meta = vt.columns().get(c);
                String where = file + " column " + field.get("name").asText();
                assertEquals(field.get("name").asText(), meta.name(), where);
                assertEquals(field.get("id").asText(), meta.id(), where + " ID");
                assertEquals(field.get("datatype").asText(), meta.datatype(), where + " datatype");
                assertEquals(field.get("unit").asText(), meta.unit(), where + " unit");
                assertEquals(field.get("ucd").asText(), meta.ucd(), where + " ucd");
                checkValues(field, data.column(c), where);
            }
        }
    }

    private static void checkValues(JsonNode field, Column<?> column, String where) {
        int nonMissing = column.size() - column.countMissing();
        if (field.has("exact_sum")) {
            assertEquals(field.get("non_null").asInt(), nonMissing, where + " non-null");
            BigInteger sum = BigInteger.ZERO;
            for (int r = 0; r < column.size(); r++) {
                if (!column.isMissing(r)) {
                    sum = sum.add(BigInteger.valueOf(((Number) column.get(r)).longValue()));
                }
            }
            assertEquals(field.get("exact_sum").bigIntegerValue(), sum, where + " exact sum");
        } else if (field.has("sum")) {
            assertEquals(field.get("non_null").asInt(), nonMissing, where + " non-null");
            NumericColumn<?> numbers = (NumericColumn<?>) column;
            double sum = 0;
            for (int r = 0; r < numbers.size(); r++) {
                sum += numbers.isMissing(r) ? 0 : numbers.getDouble(r);
            }
            double expected = field.get("sum").asDouble();
            assertEquals(expected, sum, 1e-12 * Math.max(1, Math.abs(expected)), where + " sum");
        } else if (field.has("true_count")) {
            assertEquals(field.get("non_null").asInt(), nonMissing, where + " non-null");
            assertEquals(field.get("true_count").asInt(), ((BooleanColumn) column).countTrue(), where + " trues");
        } else if (field.has("text_sha256")) {
            assertEquals(field.get("non_empty").asInt(), nonMissing, where + " non-empty");
            List<String> texts = new ArrayList<>();
            for (int r = 0; r < column.size(); r++) {
                texts.add(column.isMissing(r) ? "" : column.getString(r));
            }
            assertEquals(field.get("text_sha256").asText(), sha256(String.join("\n", texts)), where + " text digest");
        }
    }

    @Test
    void gaiaArchiveColumnsAreNamedByNameAndFoundByTheirUpperCaseId() {
        VoTable gaia = Vo.readVotable(RealData.file(GAIA_SOURCE));
        assertEquals(2, gaia.rowCount());
        assertEquals(152, gaia.columnCount());
        assertEquals("source_id", gaia.columnById("SOURCE_ID").orElseThrow().name());
        assertEquals("designation", gaia.columnById("DESIGNATION").orElseThrow().name());
        assertEquals("OK", gaia.param("QUERY_STATUS").orElseThrow());
        assertEquals("Gaia DR3", gaia.param("RELEASE").orElseThrow());
        assertFalse(gaia.isOverflow());

        Table t = gaia.toTable();
        LongColumn ids = t.longColumn("source_id");
        assertEquals(4583627001381815936L, ids.getLong(0));
        assertEquals(5348723816842275584L, ids.getLong(1));
        assertEquals("Gaia DR3 4583627001381815936", t.stringColumn("designation").get(0));
        assertEquals(268.067665, t.doubleColumn("ra").getDouble(0), 5e-7);
        assertEquals(26.507486, t.doubleColumn("dec").getDouble(0), 5e-7);
        assertEquals(171.550812, t.doubleColumn("ra").getDouble(1), 5e-7);
        assertEquals(-51.360631, t.doubleColumn("dec").getDouble(1), 5e-7);
        assertEquals(2.303, t.doubleColumn("parallax").getDouble(0), 5e-4);
        assertEquals(7.012, ((NumericColumn<?>) t.column("phot_g_mean_mag")).getDouble(0), 5e-4);
        assertEquals(7.018, ((NumericColumn<?>) t.column("phot_g_mean_mag")).getDouble(1), 5e-4);
        assertEquals(List.of("VARIABLE", "VARIABLE"), t.stringColumn("phot_variable_flag").asList());
        assertEquals(2, t.booleanColumn("has_epoch_photometry").countTrue());
        assertEquals("mas", gaia.column("parallax").unit());
    }

    @Test
    void irsaLightCurveKeepsHexUnsignedBytesAsNumbers() {
        VoTable lc = Vo.readVotable(RealData.file(IRSA_LC));
        assertEquals(297, lc.rowCount());
        assertEquals(List.of("oid", "expid", "hjd", "mjd", "mag", "magerr", "catflags", "filtercode", "ra", "dec",
                "chi", "sharp", "filefracday", "field", "ccdid", "qid", "limitmag", "magzp", "magzprms", "clrcoeff",
                "clrcounc", "exptime", "airmass", "programid"), lc.columnNames());
        Table t = lc.toTable();
        // TABLEDATA writes ccdid and qid as "0x3" and "0x4" (unsignedByte in hex): they must be the numbers 3 and 4.
        assertEquals("unsignedByte", lc.column("ccdid").datatype());
        ShortColumn ccd = assertInstanceOf(ShortColumn.class, t.column("ccdid"));
        ShortColumn qid = assertInstanceOf(ShortColumn.class, t.column("qid"));
        assertTrue(ccd.asList().stream().allMatch(v -> v == 3), "every ccdid is 3");
        assertTrue(qid.asList().stream().allMatch(v -> v == 4), "every qid is 4");
        assertTrue(t.intColumn("field").asList().stream().allMatch(v -> v == 686));
        assertTrue(t.intColumn("programid").asList().stream().allMatch(v -> v == 1));

        Map<Long, Integer> rowsPerOid = new TreeMap<>();
        t.longColumn("oid").forEach(oid -> rowsPerOid.merge(oid, 1, Integer::sum));
        assertEquals(Map.of(686103400034440L, 147, 686103400106565L, 150), rowsPerOid);
        assertTrue(t.stringColumn("filtercode").asList().stream().allMatch("zg"::equals));
        assertEquals(17, t.intColumn("catflags").isNotEqualTo(0).size());
        DoubleColumn mjd = t.doubleColumn("mjd");
        assertEquals(58204.514, mjd.min(), 5e-4);
        assertEquals(58469.119, mjd.max(), 5e-4);
        assertEquals(2458205.012, t.doubleColumn("hjd").min(), 5e-4);
        assertEquals(2458469.617, t.doubleColumn("hjd").max(), 5e-4);
        assertEquals("d", lc.column("mjd").unit());
        assertEquals(ColumnType.FLOAT, t.column("limitmag").type());
        assertEquals(0, t.column("magzp").countMissing());
    }

    @Test
    void gaiaEpochPhotometryHasThreeBandsAndFlags() {
        VoTable epochs = Vo.readVotable(RealData.file(GAIA_EPOCH));
        Table t = epochs.toTable();
        assertEquals(251, t.rowCount());
        assertEquals(12, t.columnCount());
        Map<String, Integer> perBand = new TreeMap<>();
        t.stringColumn("band").forEach(b -> perBand.merge(b, 1, Integer::sum));
        assertEquals(Map.of("G", 85, "BP", 83, "RP", 83), perBand);
        assertEquals(1705.944, t.doubleColumn("time").min(), 5e-4);
        assertEquals(2320.203, t.doubleColumn("time").max(), 5e-4);
        assertEquals(0, t.booleanColumn("rejected_by_photometry").countTrue());
        assertEquals(2, t.booleanColumn("rejected_by_variability").countTrue());
        assertTrue(t.longColumn("source_id").asList().stream().allMatch(id -> id == 5813181197970338560L));
        assertEquals("mag", epochs.column("mag").unit());
        assertEquals("e-/s", epochs.column("flux").unit());
    }

    @Test
    void simbadResultKeepsTheInternalSpacesOfMainId() {
        VoTable m1 = Vo.readVotable(RealData.file(SIMBAD));
        Table t = m1.toTable();
        assertEquals(1, t.rowCount());
        assertEquals("M   1", t.stringColumn("main_id").get(0));
        assertEquals(83.6287, t.doubleColumn("ra").getDouble(0), 1e-9);
        assertEquals(22.0147, t.doubleColumn("dec").getDouble(0), 1e-9);
        assertEquals("CDS", m1.param("PROVIDER").orElseThrow());
    }

    @Test
    void vizierTablesKeepVizierNamesAndSexagesimalPositions() {
        VoTable kang = Vo.readVotable(RealData.file(VIZIER_KANG));
        assertEquals("J/ApJ/706/83/ysos", kang.name());
        assertEquals(50, kang.rowCount());
        assertEquals(22, kang.columnCount());
        assertEquals("[3.6]", kang.column("[3.6]").name());
        assertEquals("pos.galactic.lon", kang.column("_Glon").ucd());

        VoTable iram = Vo.readVotable(RealData.file(VIZIER_IRAM));
        assertEquals(14, iram.rowCount());
        assertEquals(16, iram.columnCount());
        assertEquals("\"h:m:s\"", iram.column("RAJ2000").unit());
        Table t = iram.toTable();
        for (int r = 0; r < t.rowCount(); r++) {
            SkyPosition sexagesimal = Coordinates.parse(t.stringColumn("RAJ2000").get(r) + " "
                    + t.stringColumn("DEJ2000").get(r));
            SkyPosition degrees = SkyPosition.of(t.doubleColumn("_RAJ2000").getDouble(r),
                    t.doubleColumn("_DEJ2000").getDouble(r));
            assertTrue(sexagesimal.separationArcsec(degrees) < 1.0, "row " + r + ": " + sexagesimal + " vs " + degrees);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
