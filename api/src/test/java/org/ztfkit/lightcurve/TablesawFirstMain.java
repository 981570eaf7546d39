package org.ztfkit.lightcurve;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.DoubleColumnType;

/**
 * Run in a fresh JVM by {@link LightCurve_OfTest}: a notebook whose first cell makes a Tablesaw column before any
 * light curve. Tablesaw 0.44 then holds two DOUBLE column types ({@code ColumnType.DOUBLE} and
 * {@code DoubleColumnType.instance()}), so ztfkit must compare column types with {@code equals}.
 * Exit codes: 0 the light curve was built, 2 the duplicate did not arise (the test would prove nothing).
 */
final class TablesawFirstMain {
    private TablesawFirstMain() {
    }

    public static void main(String[] args) {
        Table.create("first cell", DoubleColumn.create("a", new double[] {2, 1})).sortOn("a");
        if (ColumnType.DOUBLE == DoubleColumnType.instance()) {
            System.exit(2);
        }
        LightCurve lc = Fixtures.rows().dr(Fixtures.TARGET, 58001.0, 17.0, 0.05).build();
        System.exit(lc.size() == 1 ? 0 : 1);
    }
}
