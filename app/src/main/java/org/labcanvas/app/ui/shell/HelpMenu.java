package org.labcanvas.app.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.labcanvas.app.cli.VersionProvider;

/** The Help menu: keyboard shortcuts, the event-script format, and About with the version. */
final class HelpMenu {
    static final String SHORTCUTS = String.join("\n",
            "Designing",
            "  Ctrl+N / Ctrl+O / Ctrl+S      new, open, save",
            "  Ctrl+Shift+S                  save as",
            "  Ctrl+E / Ctrl+I               export, import IOS configs",
            "  Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y undo, redo",
            "  Ctrl+C / Ctrl+V / Ctrl+D      copy, paste, duplicate",
            "  Delete                        delete the selection",
            "  Ctrl+A                        select all",
            "  Ctrl+= / Ctrl+- / Ctrl+0      zoom in, zoom out, fit",
            "  Space + drag                  pan",
            "",
            "Simulating",
            "  Ctrl+R                        switch between designing and simulating",
            "  Ctrl+Right / Ctrl+Left        step to the next event, step back",
            "  Ctrl+P                        play / pause",
            "  Ctrl+J                        jump to a time (12m30s, 750, 00:12:30)",
            "  Ctrl+T                        console of the selected device",
            "  right-click a device          power off/on, reload, interface shut/no shut,",
            "                                link cut/restore, ping to..., console",
            "",
            "Console",
            "  Tab                           complete the word",
            "  ?                             what may come next",
            "  Up / Down                     command history",
            "  configure terminal ... end    becomes an event at the current time");

    static final String EVENT_SCRIPTS = String.join("\n",
            "An event script is one YAML document with the key 'events', a list of entries.",
            "Each entry has 'at:' (45s, 10m, 1h30m, 11m31s, 90 or hh:mm:ss) and one thing to do:",
            "",
            "  - at: 10m                      # R0 loses power",
            "    device: R0",
            "    action: down                 # up: power on; reload: off for 60 s, then boot",
            "",
            "  - at: 5m                       # shut an interface (up: no shutdown)",
            "    device: R2",
            "    interface: Tunnel0",
            "    action: down",
            "",
            "  - at: 6m                       # cut a cable (up: restore it)",
            "    link: [Internet, R3:FastEthernet1/0]",
            "    action: down",
            "",
            "  - at: 12m                      # configuration typed on a running router",
            "    device: R2",
            "    cli: |",
            "      configure terminal",
            "      interface Tunnel0",
            "       ip ospf cost 50",
            "      end",
            "",
            "  - at: 8m                       # traffic",
            "    device: R2",
            "    ping: 10.10.10.1",
            "    source: Loopback0",
            "    repeat: 100",
            "",
            "cli: applies configure terminal, interface NAME, shutdown, no shutdown,",
            "ip ospf cost N, no ip ospf cost, exit and end. A problem is an error naming its line.",
            "Simulate > Import Events reads a script into the scenario; Export Events writes the",
            "scenario (events injected from the canvas included) as a script.");

    private HelpMenu() {
    }

    static Menu create(Window owner, String stylesheet) {
        MenuItem shortcuts = new MenuItem("Keyboard Shortcuts");
        shortcuts.setOnAction(e -> text(owner, stylesheet, "Keyboard Shortcuts", SHORTCUTS));
        MenuItem scripts = new MenuItem("Event-Script Format");
        scripts.setOnAction(e -> text(owner, stylesheet, "Event-Script Format", EVENT_SCRIPTS));
        MenuItem about = new MenuItem("About LabCanvas");
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, about());
            a.initOwner(owner);
            a.setTitle("About LabCanvas");
            a.setHeaderText("LabCanvas " + VersionProvider.version());
            a.show();
        });
        Menu help = new Menu("Help", null, shortcuts, scripts, about);
        help.setId("menu-help");
        return help;
    }

    static String about() {
        return "A lab designer for DMVPN overlays, Cisco ACE fault-tolerant pairs and 6in4 tunnels, "
                + "with a deterministic simulation of NHRP, OSPF and IPsec.\n\nVersion " + VersionProvider.version()
                + "\nJava " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }

    private static void text(Window owner, String stylesheet, String title, String body) {
        TextArea area = new TextArea(body);
        area.setEditable(false);
        area.getStyleClass().add("console-input");
        area.setPrefColumnCount(86);
        area.setPrefRowCount(30);
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setContent(area);
        a.getDialogPane().getStylesheets().add(stylesheet);
        a.show();
    }
}
