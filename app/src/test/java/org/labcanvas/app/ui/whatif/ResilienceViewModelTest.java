package org.labcanvas.app.ui.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.whatif.Criticality;

class ResilienceViewModelTest {
    private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

    @Test
    void theDualHubSampleIsRankedWithThePrimaryHubFirstAndItsDetailsAtHand() throws Exception {
        Project p = ProjectFile.load(SAMPLES.resolve("dmvpn-dual-hub.labcanvas"));
        ResilienceViewModel vm = new ResilienceViewModel(Runnable::run, Runnable::run);
        vm.run(p);
        assertEquals(false, vm.runningProperty().get());
        assertEquals(16, vm.rows().size());
        assertEquals(new ResilienceViewModel.Row(1, "R0", "device", "2m05s", "10m00s", "-", "2m05s", "6", "6", "2", "2", "-",
                Criticality.OUTAGE), vm.rows().get(0));
        assertEquals("R0 Tunnel0", vm.rows().get(1).failure());
        assertEquals("No single failure cuts off a site other than its own.", vm.verdictProperty().get());
        assertEquals(false, vm.isolates());
        assertThat(vm.details(1)).startsWith("1. R0 (device): rerouted after 2m05s, settled after 10m00s\n")
                .contains("moved R2 -> 3.3.3.3/32 (spoke-to-spoke): R2 > R0 Tunnel0 > R3 Tunnel0  =>  R2 > R1 Tunnel1 > R3 Tunnel1");
        assertThat(vm.html("dual")).startsWith("<!DOCTYPE html>").contains("Resilience of dual");
        assertEquals(1.0, vm.progressProperty().get());
    }

    @Test
    void cancellingBeforeTheFailuresRunLeavesNoReport() throws Exception {
        Project p = ProjectFile.load(SAMPLES.resolve("dmvpn-dual-hub.labcanvas"));
        List<Runnable> queued = new ArrayList<>();
        ResilienceViewModel vm = new ResilienceViewModel(queued::add, Runnable::run);
        vm.run(p);
        assertEquals(true, vm.runningProperty().get());
        vm.cancel();
        queued.get(0).run();
        assertEquals(false, vm.runningProperty().get());
        assertEquals("Cancelled: no report", vm.statusProperty().get());
        assertThat(vm.rows()).isEmpty();
        assertEquals(null, vm.reportProperty().get());
    }
}
