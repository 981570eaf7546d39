package org.ztfkit.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ztfkit.errors.InvalidInputException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Feature values of one light curve: an immutable, ordered name → value mapping. A bulk extraction that could not
 * evaluate a light curve returns a value with all NaN and {@link #failure()} saying why.
 *
 * <pre>{@code
 * Features f = FeatureSet.version("v0.2").extract(t, mag, magErr);
 * f.get("period_0_magn");
 * f.toTable();                                   // one row
 * List<Features> all = Features.extract(curves, FeatureSet.latest(), (done, total) -> {});
 * Features.toTable(all);                         // one row per light curve, with id and error columns
 * }</pre>
 */
public final class Features {
    private final String id;
    private final List<String> names;
    private final double[] values;
    private final String failure;

    Features(String id, List<String> names, double[] values, String failure) {
        this.id = id;
        this.names = names;
        this.values = values;
        this.failure = failure;
    }

    static Features failed(String id, List<String> names, String reason) {
        double[] nan = new double[names.size()];
        Arrays.fill(nan, Double.NaN);
        return new Features(id, names, nan, reason);
    }

    /**
     * Extracts a feature set from many light curves on all cores, reporting progress after each. Results are in the
     * input order; a light curve the set cannot be evaluated on (too few points, constant values, …) gives a value
     * whose {@link #failure()} says why, instead of stopping the others.
     */
    public static List<Features> extract(List<Observations> curves, FeatureSet set, ProgressListener progress) {
        int total = curves.size();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), total));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ztfkit-features");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger next = new AtomicInteger();
        Features[] results = new Features[total];
        Object progressLock = new Object();
        int[] done = {0};
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        Observations o = curves.get(i);
                        try {
                            results[i] = set.extract(o.t(), o.m(), o.err()).withId(o.id());
                        } catch (RuntimeException e) {
                            // bad light curves and failed model fits: recorded, the others go on
                            results[i] = failed(o.id(), set.names(), String.valueOf(e.getMessage()));
                        }
                        synchronized (progressLock) {
                            progress.progress(++done[0], total);
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("feature extraction was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.of(results);
    }

    Features withId(String newId) {
        return new Features(newId, names, values, failure);
    }

    /** The label of the light curve (empty unless given in {@link Observations}). */
    public String id() {
        return id;
    }

    public List<String> names() {
        return names;
    }

    public double[] values() {
        return values.clone();
    }

    public int size() {
        return names.size();
    }

    /** The value of one feature. */
    public double get(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw InvalidInputException.of("feature name", "one of " + names, name, "see names()");
        }
        return values[i];
    }

    /** Why the extraction failed, for results of {@link #extract(List, FeatureSet, ProgressListener)}. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** An ordered, unmodifiable name → value map. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(names.get(i), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** A new one-row table, one column per feature. */
    public Table toTable() {
        return toTable(List.of(this));
    }

    /** A new table with one row per result: {@code id}, the features, and {@code error} (empty when none). */
    public static Table toTable(List<Features> rows) {
        List<String> names = rows.isEmpty() ? List.of() : rows.get(0).names;
        Table table = Table.create("features");
        table.addColumns(StringColumn.create("id", rows.stream().map(Features::id).toList()));
        for (int c = 0; c < names.size(); c++) {
            double[] col = new double[rows.size()];
            for (int r = 0; r < col.length; r++) {
                col[r] = rows.get(r).values[c];
            }
            table.addColumns(DoubleColumn.create(names.get(c), col));
        }
        table.addColumns(StringColumn.create("error", rows.stream().map(f -> f.failure == null ? "" : f.failure)
                .toList()));
        return table;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Features f && f.id.equals(id) && f.names.equals(names) && Arrays.equals(f.values, values)
                && java.util.Objects.equals(f.failure, failure);
    }

    @Override
    public int hashCode() {
        return names.hashCode() * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        String head = "Features[" + (id.isEmpty() ? "" : id + ", ") + names.size() + " values";
        if (failure != null) {
            return head + ", failed: " + failure + "]";
        }
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(4, values.length); i++) {
            shown.add(String.format(Locale.ROOT, "%s=%.4g", names.get(i), values[i]));
        }
        return head + ": " + String.join(", ", shown) + (values.length > 4 ? ", …]" : "]");
    }
}
