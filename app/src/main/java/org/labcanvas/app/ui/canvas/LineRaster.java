package org.labcanvas.app.ui.canvas;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Draws many thin straight lines, antialiased, at a cost proportional to their length in pixels.
 *
 * <p>The canvas's path renderer sorts the crossings of every edge on every sub-pixel scanline: where
 * two thousand cables converge on a hub or on the Internet cloud, one 256-pixel square of them costs
 * it a few hundred milliseconds. Here each line only visits the pixels under it: for every pixel
 * column (or row, for steep lines) it covers, the pixels within half its width plus half a pixel
 * of its centre line, each weighted by how much of a one-pixel box around the pixel's centre lies
 * inside the line (measured across the line, and along it at the two ends). Lines of one colour
 * accumulate as a union ({@code a + b - ab}, so crossing lines do not darken), then are composited
 * over what was drawn before in that order, like separate strokes; {@link #drawTo} hands the result
 * to a {@link GraphicsContext} as one image.
 *
 * <p>Coordinates are in the view's logical pixels; a raster for a high-density screen
 * ({@code pixelScale} 2) has twice as many pixels each way and draws its image at the logical size.
 * The image is reused: the context it was drawn to must be rendered (a snapshot) before the next
 * {@link #drawTo}.
 */
public final class LineRaster {
    private final int width;
    private final int height;
    private final double pixelScale;
    private final float[] coverage;
    private final int[] argb;
    private final WritableImage image;
    /** Pixels with coverage not yet composited (inclusive; empty when minX > maxX). */
    private int minX, minY, maxX, maxY;
    /** Pixels composited but not yet drawn. */
    private int outMinX, outMinY, outMaxX, outMaxY;

    /**
     * @param logicalWidth  width of the area in logical pixels
     * @param logicalHeight height of the area in logical pixels
     * @param pixelScale    device pixels per logical pixel
     */
    LineRaster(double logicalWidth, double logicalHeight, double pixelScale) {
        this.pixelScale = pixelScale;
        this.width = (int) Math.ceil(logicalWidth * pixelScale);
        this.height = (int) Math.ceil(logicalHeight * pixelScale);
        this.coverage = new float[width * height];
        this.argb = new int[width * height];
        this.image = new WritableImage(width, height);
        resetBounds();
        outMinX = width;
        outMinY = height;
        outMaxX = -1;
        outMaxY = -1;
    }

    double logicalWidth() {
        return width / pixelScale;
    }

    double logicalHeight() {
        return height / pixelScale;
    }

    double pixelScale() {
        return pixelScale;
    }

    /** Adds a line from (x0, y0) to (x1, y1), {@code lineWidth} wide, with butt ends (logical pixels). */
    void line(double x0, double y0, double x1, double y1, double lineWidth) {
        double s = pixelScale;
        double r = lineWidth * s / 2;
        double ax = x0 * s, ay = y0 * s, bx = x1 * s, by = y1 * s;
        double dx = bx - ax, dy = by - ay;
        double len = Math.hypot(dx, dy);
        if (!(len > 1e-9) || r <= 0) {
            return;
        }
        if (Math.abs(dx) >= Math.abs(dy)) {
            if (ax <= bx) {
                sweep(ax, ay, bx, dy / dx, Math.abs(dx) / len, r, false);
            } else {
                sweep(bx, by, ax, dy / dx, Math.abs(dx) / len, r, false);
            }
        } else {
            if (ay <= by) {
                sweep(ay, ax, by, dx / dy, Math.abs(dy) / len, r, true);
            } else {
                sweep(by, bx, ay, dx / dy, Math.abs(dy) / len, r, true);
            }
        }
    }

    /**
     * Walks the major axis from {@code u0} to {@code u1} (the line is at {@code v0} at {@code u0} and
     * moves {@code slope} per unit); {@code cos} turns a distance along the minor axis into a
     * distance across the line. {@code steep}: u is y and v is x.
     */
    private void sweep(double u0, double v0, double u1, double slope, double cos, double r, boolean steep) {
        int uMax = steep ? height - 1 : width - 1;
        int vMax = steep ? width - 1 : height - 1;
        double reach = (r + 0.5) / cos;
        int c0 = Math.max(0, (int) Math.floor(u0));
        int c1 = Math.min(uMax, (int) Math.floor(u1));
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (int c = c0; c <= c1; c++) {
            double along = Math.min(u1, c + 1) - Math.max(u0, c);
            if (along <= 0) {
                continue;
            }
            double vc = v0 + (c + 0.5 - u0) * slope;
            int r0 = Math.max(0, (int) Math.floor(vc - reach));
            int r1 = Math.min(vMax, (int) Math.floor(vc + reach));
            for (int k = r0; k <= r1; k++) {
                double d = Math.abs(k + 0.5 - vc) * cos;
                double a = (Math.min(d + 0.5, r) - Math.max(d - 0.5, -r)) * along;
                if (a <= 0) {
                    continue;
                }
                int i = steep ? c * width + k : k * width + c;
                float old = coverage[i];
                float add = (float) Math.min(1, a);
                coverage[i] = old + add - old * add;
            }
            if (r0 <= r1) {
                lo = Math.min(lo, r0);
                hi = Math.max(hi, r1);
            }
        }
        if (lo > hi) {
            return;
        }
        if (steep) {
            grow(lo, c0, hi, c1);
        } else {
            grow(c0, lo, c1, hi);
        }
    }

    private void grow(int x0, int y0, int x1, int y1) {
        minX = Math.min(minX, x0);
        minY = Math.min(minY, y0);
        maxX = Math.max(maxX, x1);
        maxY = Math.max(maxY, y1);
    }

    private void resetBounds() {
        minX = width;
        minY = height;
        maxX = -1;
        maxY = -1;
    }

    /** Composites the lines added since the last call, in colour {@code c}, over those before. */
    void fill(Color c) {
        if (minX > maxX) {
            return;
        }
        double ca = c.getOpacity();
        double cr = c.getRed() * ca * 255, cg = c.getGreen() * ca * 255, cb = c.getBlue() * ca * 255;
        for (int y = minY; y <= maxY; y++) {
            int row = y * width;
            for (int x = minX; x <= maxX; x++) {
                int i = row + x;
                float a = coverage[i];
                if (a == 0) {
                    continue;
                }
                coverage[i] = 0;
                double sa = a * ca;
                int dst = argb[i];
                double keep = 1 - sa;
                int oa = (int) (sa * 255 + (dst >>> 24) * keep + 0.5);
                int or = Math.min(oa, (int) (a * cr + ((dst >> 16) & 0xff) * keep + 0.5));
                int og = Math.min(oa, (int) (a * cg + ((dst >> 8) & 0xff) * keep + 0.5));
                int ob = Math.min(oa, (int) (a * cb + (dst & 0xff) * keep + 0.5));
                argb[i] = oa << 24 | or << 16 | og << 8 | ob;
            }
        }
        outMinX = Math.min(outMinX, minX);
        outMinY = Math.min(outMinY, minY);
        outMaxX = Math.max(outMaxX, maxX);
        outMaxY = Math.max(outMaxY, maxY);
        resetBounds();
    }

    /**
     * Draws everything composited so far at the origin of {@code g}'s current transform (logical
     * pixels), then starts empty.
     */
    void drawTo(GraphicsContext g) {
        if (outMinX > outMaxX) {
            return;
        }
        int w = outMaxX - outMinX + 1, h = outMaxY - outMinY + 1;
        image.getPixelWriter().setPixels(outMinX, outMinY, w, h, PixelFormat.getIntArgbPreInstance(), argb,
                outMinY * width + outMinX, width);
        double s = pixelScale;
        g.drawImage(image, outMinX, outMinY, w, h, outMinX / s, outMinY / s, w / s, h / s);
        for (int y = outMinY; y <= outMaxY; y++) {
            Arrays.fill(argb, y * width + outMinX, y * width + outMaxX + 1, 0);
        }
        outMinX = width;
        outMinY = height;
        outMaxX = -1;
        outMaxY = -1;
    }

    /** The composited pixel at (x, y) in device pixels, premultiplied ARGB (tests). */
    int pixel(int x, int y) {
        return argb[y * width + x];
    }

    /** The uncomposited coverage at (x, y) in device pixels (tests). */
    float coverage(int x, int y) {
        return coverage[y * width + x];
    }
}
