package org.ztfkit.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import org.ztfkit.vo.Vo;
import org.ztfkit.vo.VoTable;
import org.ztfkit.vo.VotableFormat;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * VOTable write + read of a light-curve-shaped table (TABLEDATA and BINARY2, through STIL) against the same table
 * written and read as CSV by Tablesaw (column types given), the baseline, measured in the same run.
 *
 * <pre>
 * bench/run.sh VotableBench [rows=200000]
 * </pre>
 */
public final class VotableBench {
    private static final ColumnType[] TYPES = {ColumnType.LONG, ColumnType.DOUBLE, ColumnType.FLOAT, ColumnType.FLOAT,
        ColumnType.SHORT, ColumnType.INTEGER, ColumnType.STRING, ColumnType.BOOLEAN};

    private VotableBench() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Table table = lightCurves(rows);
        VoTable votable = VoTable.of(table);

        long[] csvSize = new long[1];
        double csv = medianMillis(() -> {
            byte[] bytes = csv(table);
            csvSize[0] = bytes.length;
            return readCsv(bytes).rowCount();
        });
        System.out.printf("rows %d, CSV (Tablesaw, baseline): %.1f ms write+read, %.1f MB%n", rows, csv,
                csvSize[0] / 1e6);
        for (VotableFormat format : VotableFormat.values()) {
            long[] size = new long[1];
            double ms = medianMillis(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Vo.writeVotable(votable, out, format);
                size[0] = out.size();
                return Vo.readVotable(out.toByteArray()).rowCount();
            });
            System.out.printf("VOTable %-9s: %.1f ms write+read = %.2f x CSV; size %.1f MB = %.2f x CSV%n", format,
                    ms, ms / csv, size[0] / 1e6, (double) size[0] / csvSize[0]);
        }
    }

    private static double medianMillis(Supplier<Integer> work) {
        int expected = -1;
        for (int i = 0; i < 2; i++) {
            expected = work.get();
        }
        double[] times = new double[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            int rows = work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
            if (rows != expected) {
                throw new IllegalStateException("row count changed: " + rows + " vs " + expected);
            }
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    private static byte[] csv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.write().csv(out);
        return out.toByteArray();
    }

    private static Table readCsv(byte[] bytes) {
        return Table.read().csv(CsvReadOptions.builder(new ByteArrayInputStream(bytes)).columnTypes(TYPES).build());
    }

    private static Table lightCurves(int rows) {
        Random random = new Random(42);
        LongColumn oid = LongColumn.create("oid");
        DoubleColumn hmjd = DoubleColumn.create("hmjd");
        FloatColumn mag = FloatColumn.create("mag");
        FloatColumn magerr = FloatColumn.create("magerr");
        ShortColumn ccdid = ShortColumn.create("ccdid");
        IntColumn catflags = IntColumn.create("catflags");
        StringColumn band = StringColumn.create("band");
        BooleanColumn upper = BooleanColumn.create("is_upper_limit");
        for (int r = 0; r < rows; r++) {
            oid.append(633207400000000L + r / 300);
            hmjd.append(58200 + random.nextDouble() * 1500);
            mag.append((float) (17 + random.nextGaussian()));
            magerr.append((float) (0.02 + random.nextDouble() * 0.1));
            ccdid.append((short) (1 + random.nextInt(16)));
            catflags.append(random.nextInt(50) == 0 ? 32768 : 0);
            band.append(new String[] {"ztf_g", "ztf_r", "ztf_i"}[random.nextInt(3)]);
            upper.append(random.nextInt(20) == 0);
        }
        return Table.create("lightcurves", oid, hmjd, mag, magerr, ccdid, catflags, band, upper);
    }
}
