package org.ztfkit.source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.ztfkit.catalog.Catalog;
import org.ztfkit.catalog.CatalogRadii;
import org.ztfkit.catalog.XmatchReport;
import org.ztfkit.catalog.XmatchResult;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.errors.ServiceUnavailableException;
import org.ztfkit.sky.SkyPosition;

/**
 * Cross-matches one position against many catalogs at once: every catalog is queried in parallel, each within the
 * same hard budget (the Viewer's 10 s, external-services.md §17), so one slow or failing catalog never holds up or
 * hides the others. A catalog that fails or runs out of time is reported unavailable with the reason; its query is
 * cancelled.
 *
 * <pre>{@code
 * Crossmatcher x = Crossmatcher.of(catalogSource).withBudget(Duration.ofSeconds(5));
 * XmatchReport all = x.run(SkyPosition.of(295.26855, 30.65906), Catalogs.all(), CatalogRadii.defaults());
 * XmatchResult vsx = x.run(Catalogs.VSX, SkyPosition.of(295.26855, 30.65906), 20.0);
 * }</pre>
 */
public final class Crossmatcher {
    /** The Viewer's hard budget per catalog query. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(10);
    private static final ExecutorService POOL = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "ztfkit-xmatch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    private final CatalogSource source;
    private final Duration budget;

    private Crossmatcher(CatalogSource source, Duration budget) {
        this.source = source;
        this.budget = budget;
    }

    /** Queries {@code source} with the default budget of 10 s per catalog. */
    public static Crossmatcher of(CatalogSource source) {
        return new Crossmatcher(source, DEFAULT_BUDGET);
    }

    /** A copy whose catalogs each get at most {@code perCatalog} to answer. */
    public Crossmatcher withBudget(Duration perCatalog) {
        if (perCatalog == null || perCatalog.isNegative() || perCatalog.isZero()) {
            throw InvalidInputException.of("budget per catalog", "a positive duration", perCatalog,
                    "e.g. Duration.ofSeconds(10)");
        }
        return new Crossmatcher(source, perCatalog);
    }

    /** The time each catalog gets to answer. */
    public Duration budget() {
        return budget;
    }

    /** Every catalog of {@code catalogs} around {@code center}, each at its radius in {@code radii}, in parallel. */
    public XmatchReport run(SkyPosition center, List<Catalog> catalogs, CatalogRadii radii) {
        long deadline = System.nanoTime() + budget.toNanos();
        List<Future<XmatchResult>> futures = new ArrayList<>();
        for (Catalog c : catalogs) {
            double r = radii.radiusArcsec(c);
            futures.add(POOL.submit(() -> XmatchResult.of(c, center, r, source.cone(c, center, r))));
        }
        List<XmatchResult> results = new ArrayList<>();
        for (int i = 0; i < catalogs.size(); i++) {
            Catalog c = catalogs.get(i);
            results.add(await(futures.get(i), c, center, radii.radiusArcsec(c), deadline));
        }
        return new XmatchReport(center, results);
    }

    /** One catalog around {@code center} within the budget. */
    public XmatchResult run(Catalog catalog, SkyPosition center, double radiusArcsec) {
        catalog.checkRadius(radiusArcsec);
        long deadline = System.nanoTime() + budget.toNanos();
        Future<XmatchResult> f = POOL.submit(() -> XmatchResult.of(catalog, center, radiusArcsec,
                source.cone(catalog, center, radiusArcsec)));
        return await(f, catalog, center, radiusArcsec, deadline);
    }

    private XmatchResult await(Future<XmatchResult> f, Catalog c, SkyPosition center, double r, long deadline) {
        try {
            return f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return XmatchResult.unavailable(c, center, r, "no answer within " + seconds(budget) + " (" + c.service()
                    + ")");
        } catch (ExecutionException e) {
            return XmatchResult.unavailable(c, center, r, reason(e.getCause()));
        } catch (CancellationException e) {
            return XmatchResult.unavailable(c, center, r, "the query was cancelled");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            return XmatchResult.unavailable(c, center, r, "interrupted while waiting for " + c.service());
        }
    }

    /** The words a user reads for a failure: the service's reason, else the error's message. */
    static String reason(Throwable t) {
        if (t instanceof ServiceUnavailableException s) {
            return s.reason();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @Override
    public String toString() {
        return "Crossmatcher[" + source.description() + ", " + seconds(budget) + " per catalog]";
    }
}
