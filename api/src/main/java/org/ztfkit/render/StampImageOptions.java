package org.ztfkit.render;

import java.util.Optional;
import org.ztfkit.errors.InvalidInputException;
import org.ztfkit.fits.DisplayScale;
import org.ztfkit.sky.SkyPosition;

/**
 * How a stamp is drawn. Defaults: zscale linear scaling, no title, 4 screen pixels per image pixel, the object
 * marked (at the stamp's anchor, e.g. the alert position of a cutout, or at {@link #withObject} through the WCS).
 *
 * <pre>{@code
 * StampImageOptions.defaults().withTitle("ZTF17aadcuwj science").withScale(DisplayScale.asinh()).withZoom(6);
 * }</pre>
 */
public final class StampImageOptions {
    private final DisplayScale scale;
    private final String title;
    private final int zoom;
    private final boolean marker;
    private final SkyPosition object;

    private StampImageOptions(DisplayScale scale, String title, int zoom, boolean marker, SkyPosition object) {
        if (zoom < 1 || zoom > 32) {
            throw InvalidInputException.of("zoom", "an integer in [1, 32] (screen pixels per image pixel)", zoom, "");
        }
        this.scale = scale;
        this.title = title == null ? "" : title;
        this.zoom = zoom;
        this.marker = marker;
        this.object = object;
    }

    /** zscale, no title, zoom 4, marker on. */
    public static StampImageOptions defaults() {
        return new StampImageOptions(DisplayScale.zscale(), "", 4, true, null);
    }

    public DisplayScale scale() {
        return scale;
    }

    public String title() {
        return title;
    }

    /** Screen pixels per image pixel (nearest-neighbour enlargement). */
    public int zoom() {
        return zoom;
    }

    /** Whether the object is marked. */
    public boolean marker() {
        return marker;
    }

    /** The position to mark instead of the stamp's anchor; needs a WCS. */
    public Optional<SkyPosition> object() {
        return Optional.ofNullable(object);
    }

    public StampImageOptions withScale(DisplayScale newScale) {
        return new StampImageOptions(newScale, title, zoom, marker, object);
    }

    public StampImageOptions withTitle(String newTitle) {
        return new StampImageOptions(scale, newTitle, zoom, marker, object);
    }

    public StampImageOptions withZoom(int newZoom) {
        return new StampImageOptions(scale, title, newZoom, marker, object);
    }

    public StampImageOptions withMarker(boolean show) {
        return new StampImageOptions(scale, title, zoom, show, object);
    }

    public StampImageOptions withObject(SkyPosition position) {
        return new StampImageOptions(scale, title, zoom, marker, position);
    }

    @Override
    public String toString() {
        return "StampImageOptions[" + scale + ", zoom " + zoom + (title.isEmpty() ? "" : ", title '" + title + "'")
                + (marker ? ", marker" + (object == null ? "" : " at " + object) : ", no marker") + "]";
    }
}
