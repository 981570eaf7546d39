package org.ztfkit.jupyter;

import org.ztfkit.fits.Stamp;
import org.ztfkit.fits.StampTriplet;
import org.ztfkit.period.Periodogram;
import org.ztfkit.plot.Plot;
import org.ztfkit.render.StampImageOptions;
import org.ztfkit.render.StampRenderer;

/**
 * Images as PNG: plots, periodograms and FITS stamps. XChart writes SVG text as glyph outlines, so its SVG is about
 * ten times the PNG (260 KB for 40 points): notebooks get the PNG, and {@code plot.save("x.svg")} or
 * {@code plot.toSvg()} give the vector version.
 */
final class PlotView {
    private PlotView() {
    }

    static MimeBundle bundle(Plot plot) {
        return MimeBundle.text(plot).withPng(plot.toPng());
    }

    /** A periodogram as its plot: power against period, the best period marked. */
    static MimeBundle bundle(Periodogram periodogram) {
        return MimeBundle.text(periodogram).withPng(periodogram.plot().toPng());
    }

    /** A FITS stamp, zscaled, the object marked. */
    static MimeBundle bundle(Stamp stamp) {
        return MimeBundle.text(stamp).withPng(StampRenderer.png(stamp, StampImageOptions.defaults()));
    }

    /** Science | reference | difference side by side. */
    static MimeBundle bundle(StampTriplet triplet) {
        return MimeBundle.text(triplet).withPng(StampRenderer.png(triplet, StampImageOptions.defaults()));
    }
}
