package org.ztfkit.vo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ztfkit.RealData;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

/**
 * Write → read gives the same table, cell by cell, with types and metadata, in both serialisations (the STIL
 * FormatsTest idea): a synthetic table with every Tablesaw type, extreme values, missing values and unicode, and
 * every real VOTable of {@code ../shared/realdata}.
 */
class VotableRoundTripTest {
    static final int ROWS = 40;

    @ParameterizedTest
    @EnumSource(VotableFormat.class)
    void everyTablesawTypeSurvivesWithMissingValuesExtremesAndUnicode(VotableFormat format) {
        VoTable original = VoTable.of(syntheticTable())
                .withColumn(ColumnMeta.of("ra", "").withUnit("deg").withUcd("pos.eq.ra;meta.main")
                        .withDescription("Right ascension (ICRS)"))
                .withColumn(ColumnMeta.of("source_id", "").withId("SOURCE_ID").withUcd("meta.id"))
                .withColumn(ColumnMeta.of("mag", "").withUnit("mag").withUtype("ztfkit:mag"))
                .withParam(new VoParam("RELEASE", "ztfkit test", "", "meta.version", "made by the test"));

        VoTable back = Vo.readVotable(bytes(original, format));

        assertEquals(original.name(), back.name());
        assertSameCells(original.toTable(), back.toTable(), format.name());
        assertEquals(List.of("short", "int", "long", "float", "double", "boolean", "unicodeChar", "char", "char",
                "char", "char"), back.columns().stream().map(ColumnMeta::datatype).toList());
        ColumnMeta ra = back.column("ra");
        assertEquals("deg", ra.unit());
        assertEquals("pos.eq.ra;meta.main", ra.ucd());
        assertEquals("Right ascension (ICRS)", ra.description());
        assertEquals("source_id", back.columnById("SOURCE_ID").orElseThrow().name());
        assertEquals("ztfkit:mag", back.column("mag").utype());
        assertEquals("timestamp", back.column("observed").xtype());
        assertEquals("ztfkit test", back.param("RELEASE").orElseThrow());
        assertEquals("meta.version", back.params().stream().filter(p -> p.name().equals("RELEASE"))
                .findFirst().orElseThrow().ucd());
    }

    @ParameterizedTest
    @EnumSource(VotableFormat.class)
    void charactersOutsideTheBasicPlaneSurviveAsUtf8Char(VotableFormat format) {
        Table text = Table.create("text", StringColumn.create("label", "𝔊aia field ⭐", "🔭 ZTF", "plain"));
        VoTable back = Vo.readVotable(bytes(VoTable.of(text), format));
        assertEquals("char", back.column("label").datatype());
        assertEquals(text.stringColumn("label").asList(), back.toTable().stringColumn("label").asList());
    }

    @Test
    void sixtyFourBitIdsAreExactInTheTextOfTabledata() {
        Table ids = Table.create("ids", LongColumn.create("oid", new long[] {633207400004730L,
                5348723816842275584L, Long.MAX_VALUE, Long.MIN_VALUE + 1}));
        String xml = new String(bytes(VoTable.of(ids), VotableFormat.TABLEDATA), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<TD>5348723816842275584</TD>"), xml);
        assertTrue(xml.contains("<TD>9223372036854775807</TD>"), xml);
        assertEquals(ids.longColumn("oid").asList(),
                Vo.readVotable(xml.getBytes(StandardCharsets.UTF_8)).toTable().longColumn("oid").asList());
    }

    static Stream<Arguments> realFilesAndFormats() {
        return VotableRealDataTest.files().flatMap(f -> Stream.of(VotableFormat.values()).map(v -> Arguments.of(f, v)));
    }

    @ParameterizedTest
    @MethodSource("realFilesAndFormats")
    void everyRealVotableSurvivesARoundTrip(String file, VotableFormat format) {
        VoTable original = Vo.readVotable(RealData.file(file));
        VoTable back = Vo.readVotable(bytes(original, format));
        assertSameCells(original.toTable(), back.toTable(), file + " " + format);
        for (int c = 0; c < original.columnCount(); c++) {
            ColumnMeta before = original.columns().get(c);
            ColumnMeta after = back.columns().get(c);
            assertEquals(before.withDatatype("", ""), after.withDatatype("", ""), file + " column " + c);
        }
        for (VoParam p : original.params()) {
            assertEquals(p.value(), back.param(p.name()).orElseThrow(), file + " param " + p.name());
        }
    }

    @Test
    void writeVotableToAFileAndReadItBack(@TempDir Path dir) {
        Table table = syntheticTable();
        Path file = dir.resolve("synthetic.vot");
        Vo.writeVotable(table, file);
        VoTable back = Vo.readVotable(file);
        assertEquals("synthetic", back.name());
        assertSameCells(table, back.toTable(), "file");
    }

    /** Cell-by-cell equality; instants come back as UTC date-times and times of day as ISO text. */
    static void assertSameCells(Table expected, Table actual, String where) {
        assertEquals(expected.columnNames(), actual.columnNames(), where + " column names");
        assertEquals(expected.rowCount(), actual.rowCount(), where + " rows");
        for (int c = 0; c < expected.columnCount(); c++) {
            Column<?> e = expected.column(c);
            Column<?> a = actual.column(c);
            String col = where + " column " + e.name();
            assertEquals(expectedType(e.type()), a.type(), col + " type");
            for (int r = 0; r < e.size(); r++) {
                assertEquals(e.isMissing(r), a.isMissing(r), col + " row " + r + " missing");
                if (!e.isMissing(r)) {
                    assertEquals(expectedValue(e.get(r)), a.get(r), col + " row " + r);
                }
            }
        }
    }

    private static ColumnType expectedType(ColumnType written) {
        if (written == ColumnType.INSTANT) {
            return ColumnType.LOCAL_DATE_TIME;
        }
        return written == ColumnType.LOCAL_TIME ? ColumnType.STRING : written;
    }

    private static Object expectedValue(Object written) {
        if (written instanceof Instant i) {
            return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
        }
        return written instanceof LocalTime t ? t.toString() : written;
    }

    static byte[] bytes(VoTable table, VotableFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Vo.writeVotable(table, out, format);
        return out.toByteArray();
    }

    /** Every Tablesaw column type; each column has missing cells, extreme values and (for text) unicode. */
    static Table syntheticTable() {
        Random random = new Random(20240601);
        ShortColumn shorts = ShortColumn.create("ccdid");
        IntColumn ints = IntColumn.create("field");
        LongColumn longs = LongColumn.create("source_id");
        FloatColumn floats = FloatColumn.create("mag");
        DoubleColumn doubles = DoubleColumn.create("ra");
        BooleanColumn booleans = BooleanColumn.create("is_upper_limit");
        StringColumn strings = StringColumn.create("name");
        DateColumn dates = DateColumn.create("night");
        DateTimeColumn dateTimes = DateTimeColumn.create("observed");
        InstantColumn instants = InstantColumn.create("ingested");
        TimeColumn times = TimeColumn.create("local_time");
        short[] shortExtremes = {Short.MAX_VALUE, (short) (Short.MIN_VALUE + 1), 0};
        int[] intExtremes = {Integer.MAX_VALUE, Integer.MIN_VALUE + 1, 0};
        long[] longExtremes = {Long.MAX_VALUE, Long.MIN_VALUE + 1, 5348723816842275584L, 4583627001381815936L};
        float[] floatExtremes = {Float.MAX_VALUE, Float.MIN_VALUE, -0.0f, Float.POSITIVE_INFINITY, 1.1f};
        double[] doubleExtremes = {Double.MAX_VALUE, Double.MIN_VALUE, Math.PI, Double.NEGATIVE_INFINITY, 1e-300};
        String[] texts = {"ZTF18abqkqdm", "Ångström – ☃ наблюдение 観測", "<&>\"'", "M   1", "a\tb"};
        for (int r = 0; r < ROWS; r++) {
            boolean missing = r % 7 == 3;
            if (missing) {
                shorts.appendMissing();
                ints.appendMissing();
                longs.appendMissing();
                floats.appendMissing();
                doubles.appendMissing();
                booleans.appendMissing();
                strings.appendMissing();
                dates.appendMissing();
                dateTimes.appendMissing();
                instants.appendMissing();
                times.appendMissing();
                continue;
            }
            shorts.append(r < shortExtremes.length ? shortExtremes[r] : (short) random.nextInt(Short.MAX_VALUE));
            ints.append(r < intExtremes.length ? intExtremes[r] : random.nextInt());
            longs.append(r < longExtremes.length ? longExtremes[r] : random.nextLong());
            floats.append(r < floatExtremes.length ? floatExtremes[r] : (float) random.nextGaussian() * 20);
            doubles.append(r < doubleExtremes.length ? doubleExtremes[r] : random.nextDouble() * 360);
            booleans.append(random.nextBoolean());
            strings.append(r < texts.length ? texts[r] : "row " + r + " é");
            dates.append(LocalDate.of(2018, 3, 1).plusDays(r * 13L));
            dateTimes.append(LocalDateTime.of(2019, 5, 17, 4, 2, 1).plusSeconds(r * 3_601L).plusNanos(r * 1_000_000L));
            instants.append(Instant.parse("2021-01-02T03:04:05Z").plusSeconds(r * 86_399L));
            times.append(LocalTime.of(r % 24, 59, 30));
        }
        return Table.create("synthetic", shorts, ints, longs, floats, doubles, booleans, strings, dates, dateTimes,
                instants, times);
    }
}
