package org.ztfkit.jupyter;

import org.ztfkit.plot.Plot;

/**
 * Plots as PNG. XChart writes SVG text as glyph outlines, so its SVG is about ten times the PNG (260 KB for 40
 * points): notebooks get the PNG, and {@code plot.save("x.svg")} or {@code plot.toSvg()} give the vector version.
 */
final class PlotView {
    private PlotView() {
    }

    static MimeBundle bundle(Plot plot) {
        return MimeBundle.text(plot).withPng(plot.toPng());
    }
}
