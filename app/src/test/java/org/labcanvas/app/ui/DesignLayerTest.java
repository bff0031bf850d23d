package org.labcanvas.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.project.Project;

/** Panning and zooming draw from the cached design image; it is rendered again only when it must be. */
class DesignLayerTest {
    private static CanvasView view(Project p) {
        CanvasView view = new CanvasView(DesignerViewModel.synchronous(OpenDocument.sample(p, "generated")),
                (project, a, b) -> Optional.empty());
        view.resize(800, 600);
        return view;
    }

    @Test
    void panningReusesOneRenderedImageUntilItRunsPastTheMargin() {
        List<Integer> renders = FxRuntime.onFxThread(() -> {
            CanvasView view = view(DmvpnGenerator.generate(1, 40));
            int atRest = view.layer().renders();
            for (int i = 0; i < 20; i++) {
                view.moveViewport(view.viewport().pannedBy(10, 5));
            }
            int afterSmallPan = view.layer().renders();
            view.moveViewport(view.viewport().pannedBy(DesignLayer.MARGIN, 0));
            int afterLongPan = view.layer().renders();
            return List.of(atRest, afterSmallPan, afterLongPan);
        });
        assertEquals(List.of(0, 1, 2), renders);
    }

    @Test
    void zoomingScalesTheImageAndSettlingDrawsTheDesignDirectly() {
        List<Integer> renders = FxRuntime.onFxThread(() -> {
            CanvasView view = view(DmvpnGenerator.generate(1, 40));
            view.moveViewport(view.viewport().zoomedAt(1.15, 400, 300));
            int first = view.layer().renders();
            view.moveViewport(view.viewport().zoomedAt(1.15, 400, 300));
            view.moveViewport(view.viewport().zoomedAt(1.15, 400, 300));
            int whileZooming = view.layer().renders();
            view.settle();
            int settled = view.layer().renders();
            // 1.15 x 1.15 from the scale the image was drawn at: still scaled, not rendered again.
            view.moveViewport(view.viewport().zoomedAt(1 / 1.15, 400, 300));
            int zoomingOutAgain = view.layer().renders();
            return List.of(first, whileZooming, settled, zoomingOutAgain);
        });
        assertEquals(List.of(1, 1, 1, 1), renders);
    }

    @Test
    void aChangedDesignIsRenderedAgain() {
        List<Integer> renders = FxRuntime.onFxThread(() -> {
            DesignerViewModel vm = DesignerViewModel.synchronous(
                    OpenDocument.sample(DmvpnGenerator.generate(1, 40), "generated"));
            CanvasView view = new CanvasView(vm, (project, a, b) -> Optional.empty());
            view.resize(800, 600);
            view.moveViewport(view.viewport().pannedBy(10, 0));
            int before = view.layer().renders();
            vm.load(OpenDocument.sample(DmvpnGenerator.generate(1, 41), "other"));
            view.moveViewport(view.viewport().pannedBy(10, 0));
            int changed = view.layer().renders();
            return List.of(before, changed);
        });
        assertEquals(List.of(1, 2), renders);
    }
}
