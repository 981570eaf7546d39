package org.ztfkit.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.ztfkit.fits.PixelPosition;
import org.ztfkit.fits.SkyAnchor;
import org.ztfkit.fits.Stamp;
import org.ztfkit.fits.StampTriplet;

/**
 * Draws stamps as images (headless AWT): grey levels from the stamp's {@link StampImageOptions#scale()}, north of
 * the array up (row 0 at the bottom, as ds9 and astropy's {@code origin='lower'} show FITS), an optional title, and
 * a green reticle around the object, the colour of the point region the SNAD Viewer's JS9 panel puts on it. NaN
 * pixels are black.
 *
 * <pre>{@code
 * byte[] png = StampRenderer.png(packet.cutouts().science(), StampImageOptions.defaults().withTitle("science"));
 * byte[] row = StampRenderer.png(packet.cutouts(), StampImageOptions.defaults().withTitle(packet.objectId()));
 * }</pre>
 */
public final class StampRenderer {
    /** The marker colour: JS9's default region green. */
    public static final Color MARKER = new Color(0x00FF00);
    private static final Color BACKGROUND = Color.WHITE;
    private static final Color TEXT = Color.BLACK;
    private static final int TITLE_HEIGHT = 20;
    private static final int GAP = 6;

    private StampRenderer() {
    }

    /** One stamp as a PNG file's bytes. */
    public static byte[] png(Stamp stamp, StampImageOptions options) {
        return toPng(image(stamp, options));
    }

    /** Science | reference | difference side by side, each labelled, under the options' title, as PNG bytes. */
    public static byte[] png(StampTriplet triplet, StampImageOptions options) {
        return toPng(image(triplet, options));
    }

    /** One stamp as an image: the title (if any) above the scaled, enlarged pixels. */
    public static BufferedImage image(Stamp stamp, StampImageOptions options) {
        int top = options.title().isEmpty() ? 0 : TITLE_HEIGHT;
        BufferedImage image = new BufferedImage(stamp.width() * options.zoom(), top + stamp.height()
                * options.zoom(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            fill(g, image.getWidth(), image.getHeight());
            title(g, options.title(), 0, 0, image.getWidth());
            draw(g, stamp, options, 0, top);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Science | reference | difference side by side, each labelled, under the options' title. */
    public static BufferedImage image(StampTriplet triplet, StampImageOptions options) {
        List<Stamp> stamps = List.of(triplet.science(), triplet.reference(), triplet.difference());
        List<String> labels = List.of("science", "reference", "difference");
        int top = (options.title().isEmpty() ? 0 : TITLE_HEIGHT) + TITLE_HEIGHT;
        int width = -GAP;
        int height = 0;
        for (Stamp s : stamps) {
            width += s.width() * options.zoom() + GAP;
            height = Math.max(height, s.height() * options.zoom());
        }
        BufferedImage image = new BufferedImage(width, top + height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            fill(g, width, top + height);
            title(g, options.title(), 0, 0, width);
            int x = 0;
            for (int i = 0; i < stamps.size(); i++) {
                int panelWidth = stamps.get(i).width() * options.zoom();
                title(g, labels.get(i), x, top - TITLE_HEIGHT, panelWidth);
                draw(g, stamps.get(i), options, x, top);
                x += panelWidth + GAP;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void fill(Graphics2D g, int width, int height) {
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, width, height);
    }

    private static void title(Graphics2D g, String text, int x, int y, int width) {
        if (text.isEmpty()) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        FontMetrics m = g.getFontMetrics();
        g.setColor(TEXT);
        g.drawString(text, x + Math.max(2, (width - m.stringWidth(text)) / 2), y + (TITLE_HEIGHT + m.getAscent()) / 2 - 1);
    }

    private static void draw(Graphics2D g, Stamp stamp, StampImageOptions options, int left, int top) {
        double[][] levels = options.scale().normalize(stamp.pixels());
        int zoom = options.zoom();
        int h = stamp.height();
        BufferedImage pixels = new BufferedImage(stamp.width(), h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < stamp.width(); x++) {
                double v = levels[y][x];
                int grey = Double.isNaN(v) ? 0 : (int) Math.round(v * 255);
                pixels.setRGB(x, h - 1 - y, (grey << 16) | (grey << 8) | grey);
            }
        }
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(pixels, left, top, stamp.width() * zoom, h * zoom, null);
        if (options.marker()) {
            markedPixel(stamp, options).ifPresent(p -> reticle(g, left + (p.x() + 0.5) * zoom,
                    top + (h - 1 - p.y() + 0.5) * zoom, zoom));
        }
    }

    private static Optional<PixelPosition> markedPixel(Stamp stamp, StampImageOptions options) {
        if (options.object().isPresent()) {
            return stamp.pixelOf(options.object().get());
        }
        return stamp.anchor().map(SkyAnchor::pixel);
    }

    /** Four short arms around (cx, cy), leaving the object itself visible. */
    private static void reticle(Graphics2D g, double cx, double cy, int zoom) {
        double inner = 2.5 * zoom;
        double outer = 6.0 * zoom;
        g.setColor(MARKER);
        g.setStroke(new BasicStroke(Math.max(1f, zoom / 2f)));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        int x = (int) Math.round(cx);
        int y = (int) Math.round(cy);
        int i = (int) Math.round(inner);
        int o = (int) Math.round(outer);
        g.drawLine(x - o, y, x - i, y);
        g.drawLine(x + i, y, x + o, y);
        g.drawLine(x, y - o, x, y - i);
        g.drawLine(x, y + i, x, y + o);
    }

    private static byte[] toPng(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding PNG in memory", e);
        }
        return out.toByteArray();
    }
}
