package org.labcanvas.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Lines are antialiased by how much of each pixel they cover, and stay inside the raster. */
class LineRasterTest {
    private static List<Float> column(LineRaster r, int x, int y0, int y1) {
        List<Float> out = new ArrayList<>();
        for (int y = y0; y <= y1; y++) {
            out.add(r.coverage(x, y));
        }
        return out;
    }

    private static double ink(LineRaster r, int w, int h) {
        double sum = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                sum += r.coverage(x, y);
            }
        }
        return sum;
    }

    @Test
    void aHorizontalLineTwoPixelsWideOnARowBoundaryFillsTheTwoRowsAroundIt() {
        LineRaster r = new LineRaster(20, 20, 1);
        r.line(0, 10, 20, 10, 2);
        assertEquals(List.of(0f, 1f, 1f, 0f), column(r, 5, 8, 11));
    }

    @Test
    void aLineOnePixelWideThroughPixelCentresCoversOneRowAndHalfOfTheEndColumns() {
        LineRaster r = new LineRaster(20, 20, 1);
        r.line(2.5, 10.5, 12.5, 10.5, 1);
        assertEquals(List.of(0f, 1f, 0f), column(r, 6, 9, 11));
        assertEquals(0.5f, r.coverage(2, 10));
        assertEquals(0.5f, r.coverage(12, 10));
        assertEquals(0f, r.coverage(13, 10));
    }

    @Test
    void aSlantedLineLeavesAsMuchInkAsItsArea() {
        LineRaster r = new LineRaster(100, 100, 1);
        r.line(10, 20, 90, 70, 1.5);
        double length = Math.hypot(80, 50);
        assertThat(ink(r, 100, 100)).isCloseTo(length * 1.5, within(length * 1.5 * 0.03));
    }

    @Test
    void crossingLinesNeverCoverAPixelMoreThanFully() {
        LineRaster r = new LineRaster(40, 40, 1);
        r.line(0, 20, 40, 20, 3);
        r.line(20, 0, 20, 40, 3);
        r.line(0, 0, 40, 40, 3);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 40; x++) {
                assertThat(r.coverage(x, y)).isBetween(0f, 1f);
            }
        }
        assertEquals(1f, r.coverage(20, 20));
    }

    @Test
    void aLineReachingFarOutsideIsClippedToTheRaster() {
        LineRaster r = new LineRaster(30, 30, 1);
        r.line(-1000, -1000, 1000, 1000, 2);
        r.line(-50, 15, -10, 15, 2);
        assertThat(ink(r, 30, 30)).isCloseTo(Math.sqrt(2) * 30 * 2, within(5.0));
        assertEquals(0f, r.coverage(0, 15));
    }

    @Test
    void eachColourIsCompositedOverTheLinesBeforeIt() {
        LineRaster r = new LineRaster(10, 10, 1);
        r.line(0, 5, 10, 5, 2);
        r.fill(Color.BLACK);
        r.line(5, 0, 5, 10, 2);
        r.fill(Color.WHITE);
        assertEquals(0xff000000, r.pixel(1, 4));
        assertEquals(0xffffffff, r.pixel(4, 4));
        assertEquals(0, r.pixel(1, 1));
    }

    @Test
    void aHighDensityRasterHasTwoDevicePixelsPerLogicalPixel() {
        LineRaster r = new LineRaster(10, 10, 2);
        r.line(0, 5, 10, 5, 1);
        assertEquals(List.of(0f, 1f, 1f, 0f), column(r, 7, 8, 11));
    }
}
