package org.ztfkit.datasets.sky;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ztfkit.sky.SkyPosition;
import org.ztfkit.store.EmbeddedStore;

/**
 * The packaged demo sky and its truth for tests: the database (opened read-only once, for every test class) and its
 * sources with their models, regenerated from the demo configuration (the packaged database was generated from the
 * same seed), found by number or by position.
 */
final class DemoSkyTruth {
    private static DemoSkyTruth instance;

    final EmbeddedStore store = EmbeddedStore.demoSky();
    final List<SkyGenerator.SimSource> sources;
    private final Map<Integer, SkyGenerator.SimSource> byId = new HashMap<>();

    private DemoSkyTruth() {
        sources = new SkyGenerator(SkyGenerator.Config.demo()).generate();
        sources.forEach(s -> byId.put(s.id(), s));
    }

    static synchronized DemoSkyTruth get() {
        if (instance == null) {
            instance = new DemoSkyTruth();
        }
        return instance;
    }

    SkyGenerator.SimSource byId(int id) {
        return byId.get(id);
    }

    /** The source within {@code maxArcsec} of a position, or null. */
    SkyGenerator.SimSource near(double ra, double dec, double maxArcsec) {
        SkyGenerator.SimSource best = null;
        double bestSep = maxArcsec;
        for (SkyGenerator.SimSource s : sources) {
            if (Math.abs(s.dec() - dec) * 3600 > maxArcsec) {
                continue;
            }
            double sep = SkyPosition.separationDeg(ra, dec, s.ra(), s.dec()) * 3600;
            if (sep <= bestSep) {
                bestSep = sep;
                best = s;
            }
        }
        return best;
    }
}
