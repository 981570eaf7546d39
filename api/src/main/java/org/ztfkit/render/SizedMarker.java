package org.ztfkit.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.style.markers.Marker;
import org.ztfkit.plot.MarkerShape;

/**
 * An XChart marker with its own size (XChart sizes markers per chart, not per series) and a thin dark outline, as
 * the Viewer's figures draw them (black 0.5 px edges), so that overlapping points stay distinct.
 */
final class SizedMarker extends Marker {
    private static final BasicStroke EDGE = new BasicStroke(0.5f);
    private static final Color EDGE_COLOUR = new Color(0, 0, 0, 140);

    private final MarkerShape shape;
    private final int sizePx;

    SizedMarker(MarkerShape shape, int sizePx) {
        this.shape = shape;
        this.sizePx = sizePx;
    }

    @Override
    public void paint(Graphics2D g, double x, double y, int chartMarkerSize) {
        Shape s = shape(x, y, sizePx / 2.0);
        g.fill(s);
        Color fill = g.getColor();
        Stroke stroke = g.getStroke();
        g.setColor(EDGE_COLOUR);
        g.setStroke(EDGE);
        g.draw(s);
        g.setColor(fill);
        g.setStroke(stroke);
    }

    private Shape shape(double x, double y, double h) {
        return switch (shape) {
            case CIRCLE -> new Ellipse2D.Double(x - h, y - h, 2 * h, 2 * h);
            case SQUARE -> new Rectangle2D.Double(x - h, y - h, 2 * h, 2 * h);
            case DIAMOND -> polygon(x, y - 1.2 * h, x + 1.2 * h, y, x, y + 1.2 * h, x - 1.2 * h, y);
            case TRIANGLE_UP -> polygon(x, y - 1.2 * h, x + 1.1 * h, y + 0.8 * h, x - 1.1 * h, y + 0.8 * h);
            case TRIANGLE_DOWN -> polygon(x, y + 1.2 * h, x + 1.1 * h, y - 0.8 * h, x - 1.1 * h, y - 0.8 * h);
            case NONE -> new Rectangle2D.Double(x, y, 0, 0);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }
}
