package org.ztfkit.plot;

/**
 * The symbol drawn at each point of a series. {@link #TRIANGLE_DOWN} is the upper-limit marker: the source is at
 * least that faint, so the triangle points towards fainter values (down on a magnitude plot).
 */
public enum MarkerShape {
    CIRCLE, SQUARE, DIAMOND, TRIANGLE_UP, TRIANGLE_DOWN,
    /** No marker: a line series. */
    NONE
}
