package org.labcanvas.app.ui.canvas;

import java.nio.file.Path;
import org.labcanvas.app.ui.shell.DesignerViewModel;
import org.labcanvas.app.ui.document.OpenDocument;
import org.labcanvas.app.ui.shell.FxRuntime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;

/**
 * The canvas draws the design from tiles: rendered once, reused while the view pans, replaced by
 * a nearby zoom level while it zooms, rendered exactly when it settles, a few per frame when time
 * is short, and showing the same picture as drawing the view whole.
 */
class DesignLayerTest {
    private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));
    private static final int W = 800;
    private static final int H = 600;
    /** 800 x 600 pixels from a whole-pixel origin: 4 x 3 tiles of 256. */
    private static final int VIEW_TILES = 12;
    private static final Viewport START = new Viewport(1, 0.25, 0.5);

    private static CanvasModel model() {
        return new CanvasModel(DmvpnGenerator.generate(1, 40));
    }

    /** One frame with all the time it needs and nothing rendered ahead; returns the tiles rendered so far. */
    private static int frame(DesignLayer layer, Canvas canvas, CanvasModel m, Viewport v, boolean atRest) {
        layer.paint(canvas.getGraphicsContext2D(), m, v, W, H, false, 1, atRest, Long.MAX_VALUE, false);
        return layer.renders();
    }

    @Test
    void aViewAtRestRendersTheTilesUnderItOnce() {
        List<Integer> renders = FxRuntime.onFxThread(() -> {
            DesignLayer layer = new DesignLayer();
            Canvas canvas = new Canvas(W, H);
            CanvasModel m = model();
            return List.of(frame(layer, canvas, m, START, true), frame(layer, canvas, m, START, true));
        });
        assertEquals(List.of(VIEW_TILES, VIEW_TILES), renders);
    }

    @Test
    void panningByWholePixelsReusesTheTilesAndRendersOnlyThoseItUncovers() {
        List<Integer> renders = FxRuntime.onFxThread(() -> {
            DesignLayer layer = new DesignLayer();
            Canvas canvas = new Canvas(W, H);
            CanvasModel m = model();
            List<Integer> out = new ArrayList<>();
            out.add(frame(layer, canvas, m, START, true));
            out.add(frame(layer, canvas, m, START.pannedBy(-100, -50), false));
            // The view now reaches x = 1100 of the first view: one more column of 3 tiles.
            Viewport further = START.pannedBy(-300, -50);
            out.add(frame(layer, canvas, m, further, false));
            out.add(frame(layer, canvas, m, further, true));
            // Half a pixel off the tiles' grid: the view at rest is rendered anew.
            out.add(frame(layer, canvas, m, further.pannedBy(0.5, 0), true));
            return out;
        });
        assertEquals(List.of(12, 12, 15, 15, 15 + VIEW_TILES), renders);
    }

    @Test
    void zoomingDrawsTheNearestStepScaledAndSettlingRendersTheExactScale() {
        List<Integer> renders = FxRuntime.onFxThread(() -> {
            DesignLayer layer = new DesignLayer();
            Canvas canvas = new Canvas(W, H);
            CanvasModel m = model();
            List<Integer> out = new ArrayList<>();
            out.add(frame(layer, canvas, m, START, true));
            Viewport once = START.zoomedAt(1.15, W / 2.0, H / 2.0);
            out.add(frame(layer, canvas, m, once, false));
            Viewport twice = once.zoomedAt(1.15, W / 2.0, H / 2.0);
            out.add(frame(layer, canvas, m, twice, false));
            out.add(frame(layer, canvas, m, twice, false));
            out.add(frame(layer, canvas, m, twice, true));
            return out;
        });
        // 1.15 is nearer to 1 than to √2: the tiles at rest, scaled. 1.15² = 1.32 is nearer to √2:
        // that level's tiles (4 x 3 here), then the exact ones (4 x 3) when the zoom settles.
        assertEquals(List.of(12, 12, 24, 24, 36), renders);
    }

    @Test
    void aFrameStopsRenderingTilesAtItsDeadlineAndShowsTheLevelBeforeMeanwhile() {
        List<Object> result = FxRuntime.onFxThread(() -> {
            DesignLayer layer = new DesignLayer();
            Canvas canvas = new Canvas(W, H);
            CanvasModel m = model();
            frame(layer, canvas, m, START, true);
            Viewport zoomed = START.zoomedAt(1.15 * 1.15, W / 2.0, H / 2.0);
            List<Integer> perFrame = new ArrayList<>();
            List<Boolean> partial = new ArrayList<>();
            boolean more = true;
            while (more && perFrame.size() < 50) {
                int before = layer.renders();
                more = layer.paint(canvas.getGraphicsContext2D(), m, zoomed, W, H, false, 1, false, 0, false);
                perFrame.add(layer.renders() - before);
                partial.add(layer.missingInView());
            }
            return List.of(perFrame, partial);
        });
        // A deadline already past: one tile a frame, the tiles at rest standing in for the others.
        assertEquals(List.of(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
                List.of(true, true, true, true, true, true, true, true, true, true, true, false)), result);
    }

    @Test
    void aViewAtRestWithNothingToStandInIsRenderedWhateverTheDeadlineAndTheRingAroundItAfterwards() {
        List<Object> result = FxRuntime.onFxThread(() -> {
            DesignLayer layer = new DesignLayer();
            Canvas canvas = new Canvas(W, H);
            CanvasModel m = model();
            boolean more = layer.paint(canvas.getGraphicsContext2D(), m, START, W, H, false, 1, true, 0, true);
            List<Object> out = new ArrayList<>(List.of(layer.renders(), layer.missingInView(), more));
            int frames = 0;
            while (more && frames < 50) {
                more = layer.paint(canvas.getGraphicsContext2D(), m, START, W, H, false, 1, true, 0, true);
                frames++;
            }
            out.add(frames);
            out.add(layer.renders());
            return out;
        });
        // The ring: 6 x 5 tiles around the 4 x 3 of the view, one a frame when time is short.
        assertEquals(List.of(VIEW_TILES, false, true, 18, 30), result);
    }

    @Test
    void theTilesOfAViewAtRestShowTheSamePictureAsDrawingTheViewWhole() throws Exception {
        Project p = ProjectFile.load(SAMPLES.resolve("dmvpn-dual-hub.labcanvas"));
        int worst = FxRuntime.onFxThread(() -> {
            CanvasModel m = new CanvasModel(p);
            Viewport v = Viewport.fit(m.extent(), W, H, 40).zoomedAt(1.7, 300, 200).pannedBy(0.37, 0.61);
            Canvas tiled = new Canvas(W, H);
            new DesignLayer().paint(tiled.getGraphicsContext2D(), m, v, W, H, true, 1, true, Long.MAX_VALUE, false);
            Canvas whole = new Canvas(W, H);
            DesignPainter.paintDesign(whole.getGraphicsContext2D(), m, v, W, H, true, new LineRaster(W, H, 1),
                    DesignPainter.labelsShown(m, v, W, H));
            return largestDifference(tiled.snapshot(null, null), whole.snapshot(null, null));
        });
        // Rounding at the edges of the scaled symbols differs by a few levels at most.
        assertThat(worst).isLessThanOrEqualTo(8);
    }

    @Test
    void onAHighDensityScreenTheTilesHaveItsResolution() throws Exception {
        Project p = ProjectFile.load(SAMPLES.resolve("dmvpn-dual-hub.labcanvas"));
        int worst = FxRuntime.onFxThread(() -> {
            CanvasModel m = new CanvasModel(p);
            Viewport v = Viewport.fit(m.extent(), W, H, 40).zoomedAt(1.3, 300, 200).pannedBy(0.5, 0.25);
            // A canvas twice the size, drawn at twice the scale: what a window does on such a screen.
            Canvas tiled = new Canvas(2 * W, 2 * H);
            tiled.getGraphicsContext2D().scale(2, 2);
            new DesignLayer().paint(tiled.getGraphicsContext2D(), m, v, W, H, false, 2, true, Long.MAX_VALUE, false);
            Canvas whole = new Canvas(2 * W, 2 * H);
            whole.getGraphicsContext2D().scale(2, 2);
            DesignPainter.paintDesign(whole.getGraphicsContext2D(), m, v, W, H, false, new LineRaster(W, H, 2),
                    DesignPainter.labelsShown(m, v, W, H));
            return largestDifference(tiled.snapshot(null, null), whole.snapshot(null, null));
        });
        assertThat(worst).isLessThanOrEqualTo(8);
    }

    /** The design with {@code names} moved by (dx, dy), as a drag shows it. */
    private static CanvasModel moved(CanvasModel m, java.util.Collection<String> names, double dx, double dy) {
        java.util.Map<String, org.labcanvas.model.layout.Placement> all = new java.util.LinkedHashMap<>(m.placements);
        for (String n : names) {
            all.put(n, m.placements.get(n).movedBy(dx, dy));
        }
        return new CanvasModel(m.project.withLayout(new org.labcanvas.model.layout.Layout(all)), m);
    }

    /** The picture of drawing the whole view of {@code m} at once. */
    private static WritableImage whole(CanvasModel m, Viewport v, boolean withGrid) {
        Canvas whole = new Canvas(W, H);
        DesignPainter.paintDesign(whole.getGraphicsContext2D(), m, v, W, H, withGrid, new LineRaster(W, H, 1),
                DesignPainter.labelsShown(m, v, W, H));
        return whole.snapshot(null, null);
    }

    /**
     * The picture of drawing the whole view of {@code m} at once, with {@code onTop} and their
     * lines drawn after everything else (how a drag shows the dragged devices).
     */
    private static WritableImage wholeWithOnTop(CanvasModel m, Viewport v, java.util.Set<String> onTop) {
        Canvas whole = new Canvas(W, H);
        boolean labels = DesignPainter.labelsShown(m, v, W, H);
        DesignPainter.paintDesign(whole.getGraphicsContext2D(), m, v, W, H, true, new LineRaster(W, H, 1), labels, onTop);
        DesignPainter.paintLinesOf(whole.getGraphicsContext2D(), m, v, W, H, new LineRaster(W, H, 1), onTop);
        DesignPainter.paintSymbolsOf(whole.getGraphicsContext2D(), m, v, W, H, labels, onTop);
        return whole.snapshot(null, null);
    }

    /** The devices nearest the middle of the view, in design order. */
    private static List<String> inMiddle(CanvasModel m, Viewport v, int count) {
        javafx.geometry.Point2D c = v.toWorld(W / 2.0, H / 2.0);
        List<String> in = new ArrayList<>(m.devicesIn(v.visible(W, H)));
        in.sort(java.util.Comparator.comparingDouble((String n) -> m.centre(n).distance(c)).thenComparing(n -> n));
        List<String> out = new ArrayList<>(in.subList(0, Math.min(count, in.size())));
        out.sort(java.util.Comparator.comparingInt(n -> in.indexOf(n)));
        return out;
    }

    private static int dragDifference(CanvasModel m, Viewport v, int count, double dx, double dy) {
        return FxRuntime.onFxThread(() -> {
            DesignLayer layer = new DesignLayer();
            Canvas canvas = new Canvas(W, H);
            layer.paint(canvas.getGraphicsContext2D(), m, v, W, H, true, 1, true, Long.MAX_VALUE, false);
            List<String> names = inMiddle(m, v, count);
            assertThat(names).hasSize(count);
            CanvasModel to = moved(m, names, dx, dy);
            layer.paintDragged(canvas.getGraphicsContext2D(), m, to, java.util.Set.copyOf(names), v, W, H, true, 1,
                    true, Long.MAX_VALUE);
            WritableImage a = canvas.snapshot(null, null), b = wholeWithOnTop(to, v, java.util.Set.copyOf(names));
            return largestDifference(a, b);
        });
    }

    @Test
    void aDragFrameShowsTheMovedDesignWithTheDraggedDeviceOnTop() throws Exception {
        CanvasModel m = new CanvasModel(ProjectFile.load(SAMPLES.resolve("dmvpn-dual-hub.labcanvas")));
        Viewport v = Viewport.fit(m.extent(), W, H, 40).zoomedAt(1.3, 300, 200).pannedBy(0.37, 0.61);
        assertThat(dragDifference(m, v, 1, 47.3, -31.6)).isLessThanOrEqualTo(8);
    }

    @Test
    void dragFramesOfALargeDesignShowTheMovedDesignWithTheDraggedDevicesOnTop() {
        CanvasModel m = new CanvasModel(DmvpnGenerator.generate(2, 300));
        Viewport v = Viewport.fit(m.extent(), W, H, 40);
        Viewport reading = v.zoomedAt(0.8 / v.scale(), W / 2.0, H / 2.0);
        assertThat(List.of(dragDifference(m, reading, 1, 83, 41), dragDifference(m, reading, 20, -61, 97),
                dragDifference(m, v, 20, -310, 170))).allMatch(d -> d <= 8);
    }

    @Test
    void aDragRendersOnlyTheTilesUnderTheDraggedDevicesOnceAndTheDropOnlyThoseUnderTheirNewPlace() {
        CanvasModel m = new CanvasModel(DmvpnGenerator.generate(2, 300));
        Viewport fit = Viewport.fit(m.extent(), W, H, 40);
        Viewport v = fit.zoomedAt(0.8 / fit.scale(), W / 2.0, H / 2.0);
        List<Object> result = FxRuntime.onFxThread(() -> {
            DesignLayer layer = new DesignLayer();
            Canvas canvas = new Canvas(W, H);
            List<Object> out = new ArrayList<>();
            out.add(frame(layer, canvas, m, v, true));
            java.util.Set<String> dragged = java.util.Set.copyOf(inMiddle(m, v, 1));
            List<Integer> perFrame = new ArrayList<>();
            CanvasModel to = m;
            for (int f = 1; f <= 10; f++) {
                to = moved(m, dragged, 7 * f, 3 * f);
                int before = layer.renders();
                layer.paintDragged(canvas.getGraphicsContext2D(), m, to, dragged, v, W, H, false, 1, true, Long.MAX_VALUE);
                perFrame.add(layer.renders() - before);
            }
            out.add(perFrame);
            int before = layer.renders();
            frame(layer, canvas, to, v, true);
            out.add(layer.renders() - before);
            out.add(largestDifference(canvas.snapshot(null, null), whole(to, v, false)));
            return out;
        });
        // The view is 4 x 3 tiles, all rendered at rest; the drag renders again the few under the
        // device and its lines in its first frame, then none; the drop those under its new place.
        assertEquals(VIEW_TILES, result.get(0));
        @SuppressWarnings("unchecked")
        List<Integer> perFrame = (List<Integer>) result.get(1);
        assertThat(perFrame.get(0)).isBetween(1, VIEW_TILES - 1);
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0), perFrame.subList(1, perFrame.size()));
        assertThat((Integer) result.get(2)).isBetween(1, VIEW_TILES - 1);
        assertThat((Integer) result.get(3)).isLessThanOrEqualTo(8);
    }

    private static int largestDifference(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader(), rb = b.getPixelReader();
        int worst = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int pa = ra.getArgb(x, y), pb = rb.getArgb(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    worst = Math.max(worst, Math.abs((pa >> shift & 0xff) - (pb >> shift & 0xff)));
                }
            }
        }
        return worst;
    }

    private static CanvasView view(DesignerViewModel vm) {
        CanvasView view = new CanvasView(vm, (project, a, b) -> Optional.empty());
        view.resize(W, H);
        return view;
    }

    @Test
    void theCanvasSettlesAPanWithoutRenderingAgain() {
        List<Integer> renders = FxRuntime.onFxThread(() -> {
            CanvasView view = view(DesignerViewModel.synchronous(
                    OpenDocument.sample(DmvpnGenerator.generate(1, 40), "generated")));
            int atRest = view.layer().renders();
            for (int i = 0; i < 20; i++) {
                view.moveViewport(view.viewport().pannedBy(10, 5));
            }
            int panned = view.layer().renders();
            view.settle();
            return List.of(atRest, panned - view.layer().renders());
        });
        assertThat(renders.get(0)).isPositive();
        assertEquals(0, renders.get(1));
    }

    @Test
    void aChangedDesignIsRenderedAgain() {
        List<Integer> renders = FxRuntime.onFxThread(() -> {
            DesignerViewModel vm = DesignerViewModel.synchronous(
                    OpenDocument.sample(DmvpnGenerator.generate(1, 40), "generated"));
            CanvasView view = view(vm);
            view.moveViewport(view.viewport().pannedBy(10, 0));
            int before = view.layer().renders();
            view.moveViewport(view.viewport().pannedBy(10, 0));
            int samePicture = view.layer().renders();
            vm.load(OpenDocument.sample(DmvpnGenerator.generate(1, 41), "other"));
            int changed = view.layer().renders();
            return List.of(samePicture - before, changed - before);
        });
        assertEquals(0, renders.get(0));
        assertThat(renders.get(1)).isPositive();
    }
}
