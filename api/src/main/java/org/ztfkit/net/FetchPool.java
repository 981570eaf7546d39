package org.ztfkit.net;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The bounded pool in which the independent remote calls of one object run at the same time (its DR cone, alerts,
 * Pan-STARRS, Gaia, references, images): {@value #THREADS} daemon threads shared by the whole JVM, so a notebook
 * never floods a service. Each task's failure stays its own: {@link #all} returns every outcome.
 *
 * <pre>{@code
 * List<FetchPool.Outcome<Table>> r = FetchPool.all(List.of(() -> fetchCone(), () -> fetchAlerts()));
 * r.get(0).value();   // or r.get(0).failure()
 * }</pre>
 */
public final class FetchPool {
    /** Threads of the pool: the most calls ztfkit has in flight at once. */
    public static final int THREADS = 8;

    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, new ThreadFactory() {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "ztfkit-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    static {
        // Tablesaw's column types initialise each other in static initialisers; two threads touching them for the
        // first time at once deadlock (ColumnType <-> DoubleColumnType <-> AbstractColumnType). Initialise them here,
        // on one thread, before any task can run.
        tech.tablesaw.api.Table.create("init", tech.tablesaw.api.DoubleColumn.create("d"),
                tech.tablesaw.api.StringColumn.create("s"), tech.tablesaw.api.LongColumn.create("l"),
                tech.tablesaw.api.IntColumn.create("i"), tech.tablesaw.api.BooleanColumn.create("b"),
                tech.tablesaw.api.FloatColumn.create("f"), tech.tablesaw.api.ShortColumn.create("h"),
                tech.tablesaw.api.InstantColumn.create("t"), tech.tablesaw.api.DateColumn.create("a"),
                tech.tablesaw.api.DateTimeColumn.create("m"));
    }

    private FetchPool() {
    }

    /**
     * The result of one task: its value, or the exception it ended with.
     *
     * @param value   the value; null when the task failed
     * @param failure the exception; null when it succeeded
     */
    public record Outcome<T>(T value, RuntimeException failure) {
        public boolean isSuccess() {
            return failure == null;
        }
    }

    /**
     * Runs the tasks in the pool and waits for all of them. Called from a pool thread, the tasks run on the caller's
     * thread instead (so nested fan-outs cannot exhaust the pool and deadlock).
     */
    public static <T> List<Outcome<T>> all(List<Supplier<T>> tasks) {
        List<Outcome<T>> out = new ArrayList<>(tasks.size());
        if (Thread.currentThread().getName().startsWith("ztfkit-fetch-") || tasks.size() == 1) {
            for (Supplier<T> t : tasks) {
                out.add(run(t));
            }
            return out;
        }
        List<CompletableFuture<Outcome<T>>> futures = new ArrayList<>(tasks.size());
        for (Supplier<T> t : tasks) {
            futures.add(CompletableFuture.supplyAsync(() -> run(t), POOL));
        }
        for (CompletableFuture<Outcome<T>> f : futures) {
            out.add(f.join());
        }
        return out;
    }

    /**
     * Starts a task in the pool without waiting: to chain calls that depend on each other
     * ({@code submit(cone).thenCompose(…)}) without holding a pool thread while waiting.
     */
    public static <T> CompletableFuture<T> submit(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, POOL);
    }

    /** Waits for every future; their failures are left to whoever reads their results. */
    public static void awaitAll(List<? extends CompletableFuture<?>> futures) {
        for (CompletableFuture<?> f : futures) {
            f.handle((v, e) -> null).join();
        }
    }

    private static <T> Outcome<T> run(Supplier<T> task) {
        try {
            return new Outcome<>(task.get(), null);
        } catch (RuntimeException e) {
            return new Outcome<>(null, e);
        }
    }
}
