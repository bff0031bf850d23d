package org.labcanvas.app.ui.shell;

import org.labcanvas.app.ui.properties.DeviceProperties;
import org.labcanvas.app.ui.document.OpenDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.List;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Interface;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The buttons under the interface table and the masked key field, headless. */
@ExtendWith(ApplicationExtension.class)
class InterfaceButtonsTest {
    private static final Project DUAL = ReferenceDesigns.dmvpnDualHub();
    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new DesignerWindow(stage, null, DesignerSettings.in(Files.createTempDirectory("labcanvas-ui")));
        window.show();
        window.viewModel().load(OpenDocument.sample(DUAL, "dual hub"));
    }

    private DesignerViewModel vm() {
        return window.viewModel();
    }

    private void select(FxRobot robot, String device) {
        robot.interact(() -> vm().select(List.of(device), false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> interfaceNames(String device) {
        return vm().project().topology().require(device).interfaces().stream().map(Interface::name).toList();
    }

    @Test
    void addAndRemoveInterfacesWithTheButtonsAndUndoTheRemoval(FxRobot robot) {
        select(robot, "R2");
        robot.clickOn("#add-interface").clickOn("Loopback");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Loopback0", "Tunnel0", "Tunnel1", "FastEthernet1/0", "Loopback1"), interfaceNames("R2"));
        assertEquals("Add R2 Loopback1", vm().undoLabel().orElseThrow());

        // The new interface is selected: Remove takes it away again.
        robot.clickOn("#remove-interface");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Loopback0", "Tunnel0", "Tunnel1", "FastEthernet1/0"), interfaceNames("R2"));

        // Removing the WAN interface takes its Internet link with it, as one undo step.
        TableView<?> table = robot.lookup("#interfaces").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(3));
        robot.clickOn("#remove-interface");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Loopback0", "Tunnel0", "Tunnel1"), interfaceNames("R2"));
        assertThat(vm().project().topology().links()).noneMatch(l -> l.touches("R2"));
        robot.clickOn("#undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DUAL.topology().require("R2"), vm().project().topology().require("R2"));
        assertEquals(DUAL.topology().links(), vm().project().topology().links());
    }

    @Test
    void thePreSharedKeyAndTheNhrpAuthenticationFieldsAreMasked(FxRobot robot) {
        select(robot, "R0");
        assertThat(robot.lookup(".password-field").queryAll().stream().map(javafx.scene.Node::getId).toList())
                .containsExactlyInAnyOrder("prop-Crypto-Pre_shared_key_0_0_0_0_", "prop-NHRP_Tunnel0-Authentication");
        PasswordField key = robot.lookup("#prop-Crypto-Pre_shared_key_0_0_0_0_").queryAs(PasswordField.class);
        assertEquals("", key.getText());
        // A string that is set shows as a masked placeholder, never as itself.
        robot.interact(() -> vm().execute(DeviceProperties.rows(vm().project().topology().require("R0"), "Tunnel0").stream()
                .filter(r -> r.name().equals("Authentication")).findFirst().orElseThrow().edit("Lab8key!")));
        WaitForAsyncUtils.waitForFxEvents();
        PasswordField auth = robot.lookup("#prop-NHRP_Tunnel0-Authentication").queryAs(PasswordField.class);
        assertEquals("", auth.getText());
        assertEquals("set (hidden); type a new one to replace it", auth.getPromptText());
        // Typing replaces the string (nothing of the old one is kept); leaving the field empty keeps it.
        openSection(robot, "NHRP Tunnel0");
        // The field may be below the sheet's visible part: focus it, then type as a user does.
        robot.interact(auth::requestFocus);
        robot.write("New8key").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("New8key", nhrpAuthentication());
        PasswordField again = robot.lookup("#prop-NHRP_Tunnel0-Authentication").queryAs(PasswordField.class);
        robot.interact(again::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("New8key", nhrpAuthentication());
        // Removing it is its own button.
        javafx.scene.control.Button remove = robot.lookup("#prop-NHRP_Tunnel0-Authentication-remove").queryButton();
        robot.interact(remove::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, vm().project().topology().require("R0").iface("Tunnel0").orElseThrow().nhrp().authentication());
    }

    /** Opens a section of the sheet at once (a click would animate it under the next click). */
    private static void openSection(FxRobot robot, String title) {
        javafx.scene.control.TitledPane pane = robot.lookup(".titled-pane").queryAllAs(javafx.scene.control.TitledPane.class).stream()
                .filter(p -> p.getText().equals(title)).findFirst().orElseThrow(() -> new AssertionError("no section " + title));
        robot.interact(() -> {
            pane.setAnimated(false);
            pane.setExpanded(true);
            pane.setAnimated(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String nhrpAuthentication() {
        return vm().project().topology().require("R0").iface("Tunnel0").orElseThrow().nhrp().authentication().reveal();
    }

    @Test
    void textTypedBeforeAnUndoDoesNotUndoTheUndo(FxRobot robot) {
        select(robot, "R2");
        robot.interact(() -> vm().execute(DeviceProperties.rows(vm().project().topology().require("R2"), "Loopback0").stream()
                .filter(r -> r.name().equals("Description")).findFirst().orElseThrow().edit("first")));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField description = robot.lookup("#prop-Interface_Loopback0-Description").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(description).write(" and more");
        // The toolbar's undo does not take the focus: the field loses it only when the sheet is redrawn.
        robot.clickOn("#undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DUAL.topology().require("R2"), vm().project().topology().require("R2"));
        assertThat(vm().canRedoProperty().get()).isTrue();
    }

    private static javafx.scene.control.MenuItem menuItem(FxRobot robot, String menu, String item) {
        javafx.scene.control.MenuButton button = robot.lookup(menu).queryAs(javafx.scene.control.MenuButton.class);
        return button.getItems().stream().filter(m -> item.equals(m.getId())).findFirst()
                .orElseThrow(() -> new AssertionError(menu + " has no " + item));
    }

    private void fire(FxRobot robot, String menu, String item) {
        javafx.scene.control.MenuItem found = menuItem(robot, menu, item);
        robot.interact(found::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void cryptoObjectsAreAddedAndRemovedFromTheCryptoMenus(FxRobot robot) {
        select(robot, "R0");
        fire(robot, "#add-object", "add-isakmp-policy");
        assertEquals(List.of(10, 20), vm().project().topology().require("R0").crypto().isakmpPolicies().stream()
                .map(org.labcanvas.model.topology.IsakmpPolicy::priority).toList());
        assertEquals("Add R0 isakmp policy 20", vm().undoLabel().orElseThrow());
        fire(robot, "#remove-object", "remove-transform-set-myset");
        assertEquals("Refused: transform set mySet is used by profile myDMVPN", vm().messageProperty().get());
        fire(robot, "#remove-object", "remove-isakmp-policy-20");
        assertEquals(DUAL.topology().require("R0"), vm().project().topology().require("R0"));
        select(robot, "LAN");
        assertThat(robot.lookup("#add-object").queryAs(javafx.scene.control.MenuButton.class).isDisabled()).isTrue();
    }

    @Test
    void theOspfProcessIsRemovedAndAddedWithTheButtons(FxRobot robot) {
        select(robot, "R2");
        assertThat(menuItem(robot, "#add-object", "add-ospf").isDisable()).isTrue();
        robot.clickOn("#remove-object").clickOn("router ospf 1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, vm().project().topology().require("R2").ospf());
        assertThat(menuItem(robot, "#add-object", "add-ospf").isDisable()).isFalse();
        fire(robot, "#add-object", "add-ospf");
        assertEquals(org.labcanvas.model.topology.OspfProcess.of(1, List.of()), vm().project().topology().require("R2").ospf());
        assertEquals("Add R2 router ospf 1", vm().undoLabel().orElseThrow());
    }

    @Test
    void anAceModuleGetsVlanInterfacesAndFtGroupsFromTheButtons(FxRobot robot) {
        robot.interact(() -> vm().load(OpenDocument.sample(ReferenceDesigns.aceFtUpgrade(), "ace")));
        WaitForAsyncUtils.waitForFxEvents();
        select(robot, "ACE_1");
        assertThat(menuItem(robot, "#add-interface", "add-loopback").isDisable()).isTrue();
        assertThat(menuItem(robot, "#add-interface", "add-tunnel").isDisable()).isTrue();
        assertThat(menuItem(robot, "#add-interface", "add-vlan").isDisable()).isFalse();
        fire(robot, "#add-interface", "add-vlan");
        assertEquals("Add ACE_1 vlan101", vm().undoLabel().orElseThrow());
        fire(robot, "#remove-object", "remove-ft-group-3");
        assertThat(vm().project().topology().require("ACE_1").ace().group(3)).isEmpty();
        fire(robot, "#add-object", "add-ft-group");
        assertEquals("Add ACE_1 ft group 3", vm().undoLabel().orElseThrow());

        // The FT peer stays while groups use it; a track is added and removed from the menus.
        assertThat(menuItem(robot, "#add-object", "add-ft-peer").isDisable()).isTrue();
        fire(robot, "#remove-object", "remove-ft-peer");
        assertThat(vm().messageProperty().get()).startsWith("Refused: ft peer 1 is the peer of FT group");
        var before = vm().project().topology().require("ACE_1");
        fire(robot, "#add-object", "add-ft-track-host");
        var track = vm().project().topology().require("ACE_1").ace().tracking();
        assertThat(track).hasSize(before.ace().tracking().size() + 1);
        String added = track.get(track.size() - 1).name();
        fire(robot, "#remove-object", "remove-ft-track-" + added);
        assertEquals(before, vm().project().topology().require("ACE_1"));
    }

    @Test
    void renamingTheInterfaceOnShowKeepsItOnShow(FxRobot robot) {
        select(robot, "R2");
        TableView<?> table = robot.lookup("#interfaces").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField name = robot.lookup("#prop-Interface_FastEthernet1_0-Name").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(name);
        robot.interact(name::selectAll);
        robot.write("FastEthernet1/1").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Loopback0", "Tunnel0", "Tunnel1", "FastEthernet1/1"), interfaceNames("R2"));
        assertEquals("FastEthernet1/1", ((Interface) table.getSelectionModel().getSelectedItem()).name());
        assertThat(robot.lookup("#prop-Interface_FastEthernet1_1-Name").tryQuery()).isPresent();
    }
}
