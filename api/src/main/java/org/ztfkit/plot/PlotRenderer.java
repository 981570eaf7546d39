package org.ztfkit.plot;

import java.util.ServiceLoader;

/**
 * Turns a {@link Plot} specification into image bytes or a file. The specification is pure; drawing lives in
 * {@code org.ztfkit.render} (XChart, headless), found through {@link ServiceLoader} so that this package needs no
 * drawing code. Users call {@link Plot#toPng()} and {@link Plot#save(String)} rather than this interface.
 *
 * <pre>{@code
 * byte[] png = PlotRenderer.installed().render(plot, PlotFormat.PNG);
 * }</pre>
 */
public interface PlotRenderer {
    /** The plot drawn in a format. */
    byte[] render(Plot plot, PlotFormat format);

    /**
     * Draws the plot into a file whose extension names the format ({@code .png}, {@code .svg}, {@code .pdf}),
     * creating missing parent directories.
     *
     * @return the absolute path written
     */
    String save(Plot plot, String path);

    /**
     * The renderer on the class path (ztfkit-api registers {@code org.ztfkit.render.XChartPlotRenderer}).
     *
     * @throws IllegalStateException if none is registered, e.g. in a jar that dropped {@code META-INF/services}
     */
    static PlotRenderer installed() {
        return InstalledRenderer.RENDERER;
    }
}
