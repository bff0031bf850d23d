package org.labcanvas.app.ui;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;

/**
 * The design (everything {@link DesignPainter#paintDesign} draws) rendered once to an image a
 * margin larger than the view, so that a pan or zoom frame is one {@code drawImage} of that image,
 * moved or scaled, instead of redrawing and re-rasterising every cable and symbol. The image is
 * rendered again when the design, the grid setting or the view size changes, when a pan reaches
 * past the margin, or when a zoom gesture has scaled it too far from the scale it was drawn at
 * (more than {@link #MAX_STRETCH} either way, or shrunk to cover less than
 * {@link #MIN_COVER_WHILE_ZOOMING} of the view).
 * While idle the canvas draws the design directly, so the picture at rest is exact.
 */
final class DesignLayer {
    /** Extra pixels rendered on every side of the view, so a pan of up to this much needs no new rendering. */
    static final double MARGIN = 256;
    /** While zooming, the image is scaled until the scale has changed by this factor (either way). */
    static final double MAX_STRETCH = 4;
    /**
     * While zooming out, the shrinking image may leave a border of plain background until it covers
     * less than this share of the view; the exact drawing fills the border once the zoom settles.
     */
    static final double MIN_COVER_WHILE_ZOOMING = 0.5;

    private final Canvas offscreen = new Canvas(1, 1);
    private WritableImage image;
    /** The image before the last render: the target of the next one, so a shift never reads what it writes. */
    private WritableImage spare;
    private CanvasModel model;
    private Viewport at;
    private boolean grid;
    private double width;
    private double height;
    private int renders;

    /** How many times the image was rendered (tests check that panning reuses it). */
    int renders() {
        return renders;
    }

    /** Forgets the image (the design changed). */
    void invalidate() {
        model = null;
        at = null;
    }

    /** True if the image was drawn from this design and can show view {@code v} of this size as it is. */
    boolean covers(CanvasModel m, Viewport v, double w, double h, boolean withGrid, boolean zooming) {
        if (image == null || at == null || m != model || withGrid != grid || w != width || h != height) {
            return false;
        }
        double f = v.scale() / at.scale();
        if (!zooming && f != 1 || f > MAX_STRETCH || f < 1 / MAX_STRETCH) {
            return false;
        }
        // Where the image's corners land on screen: it must cover the whole view.
        double x0 = v.offsetX() - (MARGIN + at.offsetX()) * f;
        double y0 = v.offsetY() - (MARGIN + at.offsetY()) * f;
        double x1 = x0 + image.getWidth() * f;
        double y1 = y0 + image.getHeight() * f;
        if (zooming) {
            double covered = Math.max(0, Math.min(x1, w) - Math.max(x0, 0)) * Math.max(0, Math.min(y1, h) - Math.max(y0, 0));
            return covered >= MIN_COVER_WHILE_ZOOMING * w * h;
        }
        return x0 <= 0 && y0 <= 0 && x1 >= w && y1 >= h;
    }

    /** Renders the design around view {@code v} to the image; returns how many devices were drawn. */
    int render(CanvasModel m, Viewport v, double w, double h, boolean withGrid) {
        double iw = Math.ceil(w + 2 * MARGIN);
        double ih = Math.ceil(h + 2 * MARGIN);
        if (offscreen.getWidth() != iw || offscreen.getHeight() != ih) {
            offscreen.setWidth(iw);
            offscreen.setHeight(ih);
            image = null;
            spare = null;
        }
        GraphicsContext g = offscreen.getGraphicsContext2D();
        int drawn;
        Viewport to = v;
        double sx = at == null ? 0 : Math.round(v.offsetX() - at.offsetX());
        double sy = at == null ? 0 : Math.round(v.offsetY() - at.offsetY());
        if (image != null && m == model && withGrid == grid && w == width && h == height && at != null
                && v.scale() == at.scale() && Math.abs(sx) < iw / 2 && Math.abs(sy) < ih / 2) {
            // A pan past the margin: the old image moved by whole pixels, and only the strips it
            // no longer covers drawn anew.
            to = at.pannedBy(sx, sy);
            Viewport inImage = to.pannedBy(MARGIN, MARGIN);
            g.drawImage(image, sx, sy);
            drawn = 0;
            if (sy > 0) {
                drawn += strip(g, m, inImage, 0, 0, iw, sy, withGrid);
            } else if (sy < 0) {
                drawn += strip(g, m, inImage, 0, ih + sy, iw, -sy, withGrid);
            }
            if (sx > 0) {
                drawn += strip(g, m, inImage, 0, 0, sx, ih, withGrid);
            } else if (sx < 0) {
                drawn += strip(g, m, inImage, iw + sx, 0, -sx, ih, withGrid);
            }
        } else {
            drawn = DesignPainter.paintDesign(g, m, v.pannedBy(MARGIN, MARGIN), iw, ih, withGrid);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(DesignPainter.BACKGROUND);
        WritableImage target = spare;
        spare = image;
        image = offscreen.snapshot(params, target);
        model = m;
        at = to;
        grid = withGrid;
        width = w;
        height = h;
        renders++;
        return drawn;
    }

    /** Draws the design in one rectangle of the image, clipped to it; returns how many devices were drawn. */
    private static int strip(GraphicsContext g, CanvasModel m, Viewport inImage, double x, double y, double sw,
                             double sh, boolean withGrid) {
        g.save();
        g.beginPath();
        g.rect(x, y, sw, sh);
        g.clip();
        g.translate(x, y);
        int drawn = DesignPainter.paintDesign(g, m, inImage.pannedBy(-x, -y), sw, sh, withGrid);
        g.restore();
        return drawn;
    }

    /**
     * Draws one frame of a pan or zoom: the cached image (rendered again first if it cannot show
     * this view), then the decorations exactly.
     */
    void paintMoving(GraphicsContext g, CanvasModel m, Viewport v, double w, double h,
                     DesignPainter.Decorations deco, boolean zooming) {
        if (!covers(m, v, w, h, deco.grid(), zooming)) {
            render(m, v, w, h, deco.grid());
        }
        draw(g, v, w, h);
        DesignPainter.paintDecorations(g, m, v, w, h, deco);
    }

    /** Draws the image where view {@code v} puts it: moved while panning, scaled while zooming. */
    void draw(GraphicsContext g, Viewport v, double w, double h) {
        double f = v.scale() / at.scale();
        double x0 = v.offsetX() - (MARGIN + at.offsetX()) * f;
        double y0 = v.offsetY() - (MARGIN + at.offsetY()) * f;
        if (f == 1) {
            g.drawImage(image, x0, y0);
        } else {
            g.setFill(DesignPainter.BACKGROUND);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, x0, y0, image.getWidth() * f, image.getHeight() * f);
        }
    }
}
