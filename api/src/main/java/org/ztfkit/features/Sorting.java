package org.ztfkit.features;

/** Sorting of row indices by a key without boxing. */
final class Sorting {
    private Sorting() {
    }

    /** The rows ordered by {@code key[row]}, ascending and stable (merge sort). */
    static int[] byKey(double[] key, int[] rows) {
        int n = rows.length;
        int[] a = rows.clone();
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    b[k] = i < mid && (j >= hi || key[a[i]] <= key[a[j]]) ? a[i++] : a[j++];
                }
            }
            int[] swap = a;
            a = b;
            b = swap;
        }
        return a;
    }
}
