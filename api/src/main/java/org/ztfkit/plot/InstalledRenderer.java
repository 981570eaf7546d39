package org.ztfkit.plot;

import java.util.ServiceLoader;

/** The registered {@link PlotRenderer}, loaded once, lazily, from the class loader that loaded ztfkit. */
final class InstalledRenderer {
    static final PlotRenderer RENDERER = ServiceLoader.load(PlotRenderer.class, PlotRenderer.class.getClassLoader())
            .findFirst().orElseThrow(() -> new IllegalStateException("no org.ztfkit.plot.PlotRenderer on the class "
                    + "path: ztfkit-api's META-INF/services entry is missing; if you built a shaded jar, merge "
                    + "service files (ServicesResourceTransformer)"));

    private InstalledRenderer() {
    }
}
