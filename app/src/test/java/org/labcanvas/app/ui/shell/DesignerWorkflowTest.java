package org.labcanvas.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.configs.ConfigExport;
import org.labcanvas.model.configs.ExportKind;
import org.labcanvas.model.edit.PaletteItem;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Topology;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The designer driven with the mouse, headless, from an empty canvas. */
@ExtendWith(ApplicationExtension.class)
class DesignerWorkflowTest {
    private Stage stage;
    private DesignerWindow window;
    private DesignerRobot designer;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new DesignerWindow(stage, null, DesignerSettings.in(Files.createTempDirectory("labcanvas-ui")));
        window.show();
    }

    private DesignerViewModel vm() {
        return window.viewModel();
    }

    private void zoomOutToSeeTheScenario() {
        for (int i = 0; i < 3; i++) {
            designer.click("#zoom-out");
        }
    }

    @Test
    void dragLinkEditUndoRedoSaveReopenAndExport(FxRobot robot, @TempDir Path dir) throws Exception {
        designer = new DesignerRobot(robot, window);
        zoomOutToSeeTheScenario();
        designer.dropFromPalette(PaletteItem.INTERNET, 600, 420);
        designer.dropFromPalette(PaletteItem.HUB, 600, 150);
        designer.dropFromPalette(PaletteItem.SPOKE, 350, 660);
        designer.dropFromPalette(PaletteItem.SPOKE, 850, 660);
        assertEquals(List.of("Internet", "R0", "R1", "R2"),
                vm().project().topology().devices().stream().map(Device::name).toList());
        assertEquals("LabCanvas \u2014 Untitled *", stage.getTitle());

        designer.link("R0", "Internet");
        designer.link("R1", "Internet");
        assertEquals(2, vm().project().topology().links().size());

        // Edit a property: refuse a bad address, then store a good one.
        designer.clickDevice("R1");
        TextField ipv4 = robot.lookup("#prop-Interface_Loopback0-IPv4_address").queryAs(TextField.class);
        robot.clickOn(ipv4).eraseText(ipv4.getText().length()).write("2.2.2.300/32").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm().messageProperty().get()).startsWith("Refused IPv4 address:");
        assertEquals("1.1.1.1/32", vm().project().topology().require("R1").interfaces().get(0).ipv4());
        ipv4 = robot.lookup("#prop-Interface_Loopback0-IPv4_address").queryAs(TextField.class);
        robot.clickOn(ipv4).eraseText(ipv4.getText().length()).write("1.1.1.9/32").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1.1.1.9/32", vm().project().topology().require("R1").interfaces().get(0).ipv4());

        designer.click("#undo");
        assertEquals("1.1.1.1/32", vm().project().topology().require("R1").interfaces().get(0).ipv4());
        designer.click("#redo");
        assertEquals("1.1.1.9/32", vm().project().topology().require("R1").interfaces().get(0).ipv4());

        // Rubber band over the two spokes selects both; the arrow key moves them as one step.
        robot.drag(WaitForAsyncUtils.asyncFx(() -> window.canvas().toScreen(250, 560)).get(), javafx.scene.input.MouseButton.PRIMARY)
                .dropTo(WaitForAsyncUtils.asyncFx(() -> window.canvas().toScreen(950, 760)).get());
        assertEquals(Set.of("R1", "R2"), vm().selection());
        robot.type(KeyCode.RIGHT);
        assertEquals("Move 2 devices", vm().undoLabel().orElseThrow());
        designer.click("#undo");

        // Ctrl+wheel zooms.
        double before = window.canvas().zoom();
        robot.moveTo(WaitForAsyncUtils.asyncFx(() -> window.canvas().toScreen(600, 420)).get());
        robot.press(KeyCode.CONTROL).scroll(2, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.canvas().zoom()).isNotEqualTo(before);
        // Which way: headless Monocle turns the robot's wheel around (TestFX/Monocle#95), so the
        // direction is checked with JavaFX's own events: a wheel turned away from the user (deltaY > 0)
        // zooms in, towards the user zooms out.
        double zoom = window.canvas().zoom();
        robot.interact(() -> window.canvas().fireEvent(ctrlWheel(40)));
        double zoomedIn = window.canvas().zoom();
        assertThat(zoomedIn).isGreaterThan(zoom);
        robot.interact(() -> window.canvas().fireEvent(ctrlWheel(-40)));
        assertThat(window.canvas().zoom()).isLessThan(zoomedIn);
        designer.click("#zoom-fit");

        designer.click("#auto-layout");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm().undoLabel().orElse("").equals("Auto-layout (radial)"));
        designer.click("#undo");

        designer.dragDevice("R2", 100, -40);
        assertEquals(950, vm().project().layout().of("R2").orElseThrow().x(), 10);

        Path file = dir.resolve("lab.labcanvas");
        robot.interact(() -> window.saveTo(file));
        assertEquals("LabCanvas \u2014 lab.labcanvas", stage.getTitle());
        Topology saved = vm().project().topology();
        robot.interact(() -> vm().execute(new org.labcanvas.model.edit.RenameDevice("R2", "SPOKE2")));
        // Reopening reads the file in the background and replaces the (now edited) design.
        WaitForAsyncUtils.asyncFx(() -> window.open(file)).get().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().equals("LabCanvas \u2014 lab.labcanvas"));
        assertEquals(saved, vm().project().topology());

        Task<Path> export = WaitForAsyncUtils.asyncFx(() -> window.exportTo(dir.resolve("out"),
                EnumSet.allOf(DesignerWindow.ExportChoice.class))).get();
        export.get(60, TimeUnit.SECONDS);
        assertThat(dir.resolve("out/lab.png")).isRegularFile();
        assertThat(dir.resolve("out/lab.drawio")).isRegularFile();
        assertThat(dir.resolve("out/expectations/checks.yaml")).isRegularFile();
        assertThat(dir.resolve("out/expectations/RUNBOOK.md")).isRegularFile();
        try (var files = Files.walk(dir.resolve("out"))) {
            assertThat(files.filter(Files::isRegularFile).count()).as("configs besides the pictures").isGreaterThan(4);
        }
    }

    /**
     * The acceptance test of the designer: with the mouse only, build the dual-hub design of
     * SCENARIOS.md on an empty canvas; the result is the reference design and exports the same
     * IOS and FRR configurations as the sample.
     */
    @Test
    void buildingTheDualHubDesignWithTheMouseGivesTheReferenceDesign(FxRobot robot) throws Exception {
        designer = new DesignerRobot(robot, window);
        zoomOutToSeeTheScenario();
        designer.dropFromPalette(PaletteItem.LAN, 600, 90);
        designer.dropFromPalette(PaletteItem.INTERNET, 600, 420);
        designer.dropFromPalette(PaletteItem.HUB, 350, 180);
        designer.dropFromPalette(PaletteItem.HUB, 850, 180);
        designer.link("R0", "LAN");
        designer.link("R1", "LAN");
        designer.link("R0", "Internet");
        designer.link("R1", "Internet");
        designer.dropFromPalette(PaletteItem.SPOKE, 350, 660);
        designer.dropFromPalette(PaletteItem.SPOKE, 850, 660);
        designer.link("R2", "Internet");
        designer.link("R3", "Internet");
        DesignerRobot.snapshot(stage, Path.of("target", "dual-hub-built-with-the-mouse.png"));

        Topology built = vm().project().topology();
        Topology reference = ReferenceDesigns.dmvpnDualHub().topology();
        assertEquals(sorted(reference), sorted(built));
        assertThat(built.links()).containsExactlyInAnyOrderElementsOf(reference.links());
        List<org.labcanvas.model.lint.Finding> expected = org.labcanvas.model.lint.Lint.check(reference);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> List.copyOf(vm().findings()).equals(expected));
        // The exported configurations are the sample's, file for file.
        Set<ExportKind> kinds = EnumSet.of(ExportKind.CONFIGS, ExportKind.FRR);
        assertEquals(ConfigExport.render(ReferenceDesigns.dmvpnDualHub().topology(), kinds, Map.of()),
                ConfigExport.render(built, kinds, Map.of()));
    }

    private static List<Device> sorted(Topology t) {
        return t.devices().stream().sorted(Comparator.comparing(Device::name)).toList();
    }


    /** A Ctrl+wheel notch over the middle of the canvas, as JavaFX reports it ({@code deltaY} > 0: away from the user). */
    private javafx.scene.input.ScrollEvent ctrlWheel(double deltaY) {
        double x = window.canvas().getWidth() / 2, y = window.canvas().getHeight() / 2;
        return new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL, x, y, x, y, false, true, false, false,
                false, false, 0, deltaY, 0, deltaY, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }
}
