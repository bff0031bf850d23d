package org.labcanvas.app.ui.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labcanvas.app.ui.document.OpenDocument;
import org.labcanvas.app.ui.shell.DesignerSettings;
import org.labcanvas.app.ui.shell.DesignerWindow;
import org.labcanvas.model.project.ProjectFile;
import org.labcanvas.model.runbook.AceUpgradeRunbook;
import org.labcanvas.model.sim.core.ConfigCommand;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.topology.Topology;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The ACE upgrade wizard driven headless on the upgrade sample: the whole runbook step by step, and
 * the warnings of steps run out of order. Controls are fired on the JavaFX thread (see
 * {@link SimulationModeTest}).
 */
@ExtendWith(ApplicationExtension.class)
class AceUpgradeWizardTest {
    private static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

    private DesignerWindow window;
    private AceUpgradeWizard wizard;

    @Start
    void start(Stage stage) throws Exception {
        Path file = SAMPLES.resolve("ace-ft-upgrade.labcanvas");
        window = new DesignerWindow(stage, new OpenDocument(ProjectFile.load(file), file),
                DesignerSettings.in(Files.createTempDirectory("labcanvas-ace-wizard")));
        window.show();
    }

    private SimulationViewModel sim() {
        return window.simulation().viewModel();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !sim().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void press(FxRobot robot, String id) throws Exception {
        robot.interact(() -> robot.from(wizard.stage().getScene().getRoot()).lookup(id).queryAs(ButtonBase.class).fire());
        settle();
    }

    private String text(FxRobot robot, String id) {
        return robot.from(wizard.stage().getScene().getRoot()).lookup(id).queryAs(TextArea.class).getText();
    }

    private String label(FxRobot robot, String id) {
        return robot.from(wizard.stage().getScene().getRoot()).lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private ListView<AceUpgradeViewModel.Item> steps(FxRobot robot) {
        return robot.from(wizard.stage().getScene().getRoot()).lookup("#ace-upgrade-steps").queryAs(ListView.class);
    }

    /** Simulate ▸ ACE Upgrade…, then Prepare for the pair and image the wizard offers first. */
    @SuppressWarnings("unchecked")
    private void openAndPrepare(FxRobot robot) throws Exception {
        robot.interact(() -> wizard = window.simulation().openAceUpgrade());
        settle();
        ComboBox<AceUpgradeViewModel.Pair> pair = robot.from(wizard.stage().getScene().getRoot())
                .lookup("#ace-upgrade-pair").queryAs(ComboBox.class);
        ComboBox<String> image = robot.from(wizard.stage().getScene().getRoot())
                .lookup("#ace-upgrade-image").queryAs(ComboBox.class);
        assertThat(pair.getValue()).isEqualTo(new AceUpgradeViewModel.Pair("ACE_1", "ACE_2"));
        assertThat(image.getItems()).containsExactly("c6ace-t1k9-mz.A2_2_3.bin");
        press(robot, "#ace-upgrade-prepare");
        assertThat(SimTime.clock(sim().now())).isEqualTo("00:05:00");
    }

    @Test
    void theWholeUpgradeRunsStepByStepAndEndsWithBothModulesOnTheNewImageInTheirOriginalRoles(FxRobot robot)
            throws Exception {
        openAndPrepare(robot);
        assertThat(sim().isActive()).isTrue();
        assertThat(steps(robot).getItems()).hasSize(10);
        assertThat(label(robot, "#ace-upgrade-problems")).isEmpty();
        assertThat(text(robot, "#ace-upgrade-ft")).isEqualTo(String.join("\n",
                "ACE_1  1 Admin ACTIVE  (A2(1.4a))", "ACE_1  2 C1 ACTIVE  (A2(1.4a))", "ACE_1  3 C2 ACTIVE  (A2(1.4a))",
                "ACE_2  1 Admin STANDBY_HOT  (A2(1.4a))", "ACE_2  2 C1 STANDBY_COLD  (A2(1.4a))",
                "ACE_2  3 C2 STANDBY_HOT  (A2(1.4a))"));

        for (int i = 0; i < 10; i++) {
            assertThat(steps(robot).getSelectionModel().getSelectedIndex()).isEqualTo(i);
            assertThat(label(robot, "#ace-upgrade-warning")).as("step %d", i + 1).isEmpty();
            press(robot, "#ace-upgrade-run");
            if (i == 6) {
                // After the switchover to the upgraded module: ACE_2 active, ACE_1 standby on the old version.
                assertThat(text(robot, "#ace-upgrade-ft")).isEqualTo(String.join("\n",
                        "ACE_1  1 Admin STANDBY_WARM  (A2(1.4a))", "ACE_1  2 C1 STANDBY_WARM  (A2(1.4a))",
                        "ACE_1  3 C2 STANDBY_WARM  (A2(1.4a))", "ACE_2  1 Admin ACTIVE  (A2(2.3))",
                        "ACE_2  2 C1 ACTIVE  (A2(2.3))", "ACE_2  3 C2 ACTIVE  (A2(2.3))"));
            }
        }
        assertThat(steps(robot).getItems().stream().map(AceUpgradeViewModel.Item::status).distinct().toList())
                .containsExactly(AceUpgradeViewModel.Status.DONE);
        assertThat(text(robot, "#ace-upgrade-ft")).isEqualTo(String.join("\n",
                "ACE_1  1 Admin ACTIVE  (A2(2.3))", "ACE_1  2 C1 ACTIVE  (A2(2.3))", "ACE_1  3 C2 ACTIVE  (A2(2.3))",
                "ACE_2  1 Admin STANDBY_HOT  (A2(2.3))", "ACE_2  2 C1 STANDBY_HOT  (A2(2.3))",
                "ACE_2  3 C2 STANDBY_HOT  (A2(2.3))"));
        // Started at 5 minutes, the scenario is the runbook's own event script, event by event; no warning on the timeline.
        Topology t = ProjectFile.load(SAMPLES.resolve("ace-ft-upgrade.labcanvas")).topology();
        List<String> runbook = EventScriptParser.forTopology(t)
                .parse(AceUpgradeRunbook.build(t, "ACE_1", "ACE_2", "c6ace-t1k9-mz.A2_2_3.bin").yaml()).events().stream()
                .map(AceUpgradeWizardTest::described).toList();
        assertThat(runbook).hasSize(16);
        assertThat(sim().scenario().stream().map(AceUpgradeWizardTest::described).toList()).isEqualTo(runbook);
        assertThat(sim().lines().stream().filter(l -> l.kind() == org.labcanvas.model.sim.core.LogLine.Kind.WARNING)
                .toList()).isEmpty();
    }

    /** An event without its line: time, device and the commands' words. */
    private static String described(ScriptEvent e) {
        ScriptEvent.Cli c = (ScriptEvent.Cli) e;
        return SimTime.clock(c.at()) + " " + c.device() + " " + c.commands().stream()
                .map(x -> ((ConfigCommand.AceLine) x).context() + ":" + String.join(" ", ((ConfigCommand.AceLine) x).words()))
                .toList();
    }

    @Test
    void aSwitchoverWithPreemptLeftOnAndAReloadOfTheActiveAreWarnedBeforeTheyRunAndAfter(FxRobot robot)
            throws Exception {
        openAndPrepare(robot);
        press(robot, "#ace-upgrade-run"); // 1. C1's cold standby reset: HOT after its bulk sync
        assertThat(text(robot, "#ace-upgrade-ft")).contains("ACE_2  2 C1 STANDBY_HOT");
        // Straight to the switchover, no preempt forgotten.
        robot.interact(() -> steps(robot).getSelectionModel().select(6));
        assertThat(label(robot, "#ace-upgrade-warning")).isEqualTo(String.join("\n",
                "\u26a0 If run now at 00:08:00: ACE_1: switchover of FT group 1 (Admin) with preempt left on (no preempt forgotten); impact: the switchover is refused",
                "\u26a0 ACE_1: switchover of FT group 2 (C1) with preempt left on (no preempt forgotten); impact: the switchover is refused",
                "\u26a0 ACE_1: switchover of FT group 3 (C2) with preempt left on (no preempt forgotten); impact: the switchover is refused"));
        // The reload of the old active while it is still active.
        robot.interact(() -> steps(robot).getSelectionModel().select(7));
        assertThat(label(robot, "#ace-upgrade-warning")).isEqualTo(
                "\u26a0 If run now at 00:08:00: ACE_1: reload of the active module; impact: every context fails over to the peer; "
                        + "switch over first so the reload hits the standby");
        press(robot, "#ace-upgrade-run");
        AceUpgradeViewModel.Item reload = steps(robot).getItems().get(7);
        assertThat(reload.status()).isEqualTo(AceUpgradeViewModel.Status.DONE_WITH_WARNING);
        assertThat(reload.toString()).isEqualTo("\u26a0 8. reload the previously active module");
        // ACE_2 took over while ACE_1 reloaded; preempt, still on, took every group back once ACE_1 was up.
        assertThat(text(robot, "#ace-upgrade-ft")).isEqualTo(String.join("\n",
                "ACE_1  1 Admin ACTIVE  (A2(1.4a))", "ACE_1  2 C1 ACTIVE  (A2(1.4a))", "ACE_1  3 C2 ACTIVE  (A2(1.4a))",
                "ACE_2  1 Admin STANDBY_BULK  (A2(1.4a))", "ACE_2  2 C1 STANDBY_BULK  (A2(1.4a))",
                "ACE_2  3 C2 STANDBY_BULK  (A2(1.4a))"));
        assertThat(sim().lines().stream().map(l -> l.toString()).filter(l -> l.contains("FT group 1 (Admin) state"))
                .toList()).contains("00:08:00 ACE_2 %ACE-6-FT_STATE: FT group 1 (Admin) state FSM_FT_STATE_STANDBY_HOT -> FSM_FT_STATE_ACTIVE");
    }

    @Test
    void reloadingTheStandbyOnAnImageNeverCopiedIsWarned(FxRobot robot) throws Exception {
        openAndPrepare(robot);
        press(robot, "#ace-upgrade-run"); // 1
        press(robot, "#ace-upgrade-run"); // 2. no preempt
        // 3. copy skipped; 4. the boot string names the new image.
        robot.interact(() -> steps(robot).getSelectionModel().select(3));
        press(robot, "#ace-upgrade-run");
        robot.interact(() -> steps(robot).getSelectionModel().select(5));
        assertThat(label(robot, "#ace-upgrade-warning")).isEqualTo(
                "\u26a0 If run now at 00:10:00: ACE_2: reload boots c6ace-t1k9-mz.A2_2_3.bin, which was never copied to image:; "
                        + "impact: the module stays in ROM monitor; its contexts have no standby");
        assertThat(List.of(steps(robot).getItems().get(2).status(), steps(robot).getItems().get(3).status()))
                .containsExactly(AceUpgradeViewModel.Status.TO_DO, AceUpgradeViewModel.Status.DONE);
    }
}
