package org.ztfkit.lightcurve;

import java.util.Arrays;
import java.util.Comparator;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Reorders table rows with a primitive comparator (several times faster than Tablesaw's multi-column sortOn). */
final class TableOrder {
    private TableOrder() {
    }

    /** A copy of {@code table} with its rows in {@code order} (a plain copy when they already are). */
    static Table sorted(Table table, Comparator<Integer> order) {
        int n = table.rowCount();
        Integer[] rows = new Integer[n];
        boolean inOrder = true;
        for (int i = 0; i < n; i++) {
            rows[i] = i;
            inOrder &= i == 0 || order.compare(i - 1, i) <= 0;
        }
        Table copy = Table.create(table.name());
        if (inOrder) {
            for (Column<?> column : table.columns()) {
                copy.addColumns(column.copy());
            }
            return copy;
        }
        Arrays.sort(rows, order);
        int[] permutation = Arrays.stream(rows).mapToInt(Integer::intValue).toArray();
        for (Column<?> column : table.columns()) {
            copy.addColumns(column.subset(permutation));
        }
        return copy;
    }
}
