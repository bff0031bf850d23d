package org.labcanvas.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.project.Project;

/** The benchmark runs and reports; its numbers are for the README, never asserted. */
class CanvasBenchmarkTest {
    @Test
    void aLargeDesignIsDrawnOnlyWhereItIsVisible() {
        Project p = DmvpnGenerator.generate(2, 2000);
        CanvasBenchmark.Result r = CanvasBenchmark.run(p, 6);
        assertEquals(2004, r.devices());
        assertThat(r.drawnPerFrame()).isLessThan(r.devices());
        assertThat(r.drawMillis()).hasSize(3);
        assertThat(r.gestures()).extracting(CanvasBenchmark.Gesture::name)
                .containsExactly("pan at reading zoom", "pan zoomed out", "zoom sweep (wheel steps)", "drag one device",
                        "drag 20 selected devices");
        for (CanvasBenchmark.Gesture g : r.gestures()) {
            assertThat(g.tiledMillis()).as(g.name()).hasSize(3);
            assertThat(g.firstFrameMillis()).as(g.name()).isPositive().isLessThanOrEqualTo(g.tiledMillis()[2]);
            assertThat(g.rest().count()).as(g.name()).isPositive();
            assertThat(g.settle().count()).as(g.name()).isPositive();
        }
        System.getLogger("labcanvas").log(System.Logger.Level.INFO, r.toString());
    }

    @Test
    void hitTestingFindsDevicesThroughTheGridIndex() {
        Project p = DmvpnGenerator.generate(2, 2000);
        CanvasModel m = new CanvasModel(p);
        String any = p.topology().devices().get(1000).name();
        var c = m.centre(any);
        assertEquals(any, m.deviceAt(c.getX(), c.getY()));
        assertThat(m.devicesIn(m.bounds.get(any))).contains(any);
    }
}
