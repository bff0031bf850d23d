package org.labcanvas.app.ui.properties;

import javafx.scene.control.Accordion;
import java.util.ArrayList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import java.util.Comparator;
import javafx.scene.control.CustomMenuItem;
import org.labcanvas.model.topology.DeviceKind;
import javafx.scene.control.Dialog;
import org.labcanvas.model.edit.EditCommand;
import java.util.function.Function;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.labcanvas.model.topology.InterfaceType;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.application.Platform;
import org.labcanvas.model.topology.PreSharedKey;
import javafx.scene.layout.Region;
import javafx.scene.control.ScrollPane;
import java.util.function.Supplier;
import javafx.scene.control.TableCell;
import javafx.scene.control.TitledPane;
import org.labcanvas.model.edit.AceEdits;
import org.labcanvas.model.edit.CryptoEdits;
import org.labcanvas.app.ui.findings.FindingFields;
import org.labcanvas.model.edit.FtEdits;
import org.labcanvas.model.edit.InterfaceEdits;
import org.labcanvas.model.edit.OspfEdits;
import org.labcanvas.app.ui.shell.DesignerViewModel;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import javafx.beans.property.SimpleStringProperty;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.controlsfx.property.editor.PropertyEditor;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;

/**
 * The right-hand side: the selected device's interface table and a ControlsFX property sheet with
 * its settings in sections. Text values are validated while typing (ControlsFX ValidationSupport
 * marks the field and its tool tip says why) and committed on Enter or when the field loses
 * focus; a refused value is never stored: the field returns to the stored value and the status
 * bar says why.
 */
public final class PropertiesView extends BorderPane {
    private final DesignerViewModel vm;
    private final PropertySheet sheet = new PropertySheet();
    private final TableView<Interface> interfaces = new TableView<>();
    private final Label heading = new Label("Nothing selected");
    private String selectedInterface;
    private String shownDevice;
    private boolean rebuilding;
    private String openSection;

    public PropertiesView(DesignerViewModel vm) {
        this.vm = vm;
        setId("properties");
        heading.getStyleClass().add("sheet-heading");
        interfaces.setId("interfaces");
        interfaces.setPlaceholder(new Label("Select one device to see its interfaces and settings"));
        interfaces.setPrefHeight(170);
        // Names like FastEthernet0/0 and GigabitEthernet0/0/1 must be readable: the name column is
        // the widest, the tunnel column takes what is left.
        interfaces.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        interfaces.getColumns().add(column("Interface", 128, i -> i.name()));
        interfaces.getColumns().add(column("Type", 76, i -> i.type().name().toLowerCase()));
        interfaces.getColumns().add(column("IPv4", 104, i -> i.ipv4() == null ? "" : i.ipv4()));
        interfaces.getColumns().add(column("Tunnel", 80, i -> i.tunnel() == null ? ""
                : DeviceProperties.keyword(i.tunnel().mode()) + (i.tunnel().destination() == null ? "" : " \u2192 " + i.tunnel().destination())));
        interfaces.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!rebuilding && b != null) {
                selectedInterface = b.name();
                openSection = null;
                rebuild();
            }
        });
        sheet.setId("property-sheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setSearchBoxVisible(false);
        sheet.setModeSwitcherVisible(false);
        sheet.setPropertyEditorFactory(item -> editorFor((RowItem) item));
        VBox top = new VBox(heading, interfaces, interfaceButtons());
        setTop(top);
        setCenter(sheet);
        setBottom(objectButtons());
        VBox.setVgrow(interfaces, Priority.NEVER);
        vm.projectProperty().addListener((o, a, b) -> rebuild());
        vm.selectionProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    /** "+ Interface" (physical / loopback / tunnel / VLAN) and "− Remove", under the interface table. */
    private HBox interfaceButtons() {
        HBox bar = new HBox(4);
        bar.getStyleClass().add("sheet-bar");
        addInterface.setId("add-interface");
        addInterface.setTooltip(new Tooltip("Add an interface with the next free name"));
        List<InterfaceType> types = new ArrayList<>(InterfaceEdits.ADDABLE);
        types.add(InterfaceType.VLAN);
        for (InterfaceType type : types) {
            String word = type.name().toLowerCase();
            MenuItem add = new MenuItem(
                    type == InterfaceType.VLAN ? "VLAN" : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            add.setId("add-" + word);
            add.setOnAction(e -> selectedDevice().ifPresent(d -> {
                try {
                    String name = InterfaceEdits.nextName(d, type);
                    if (vm.execute(InterfaceEdits.add(d, type))) {
                        showInterface(name);
                    }
                } catch (IllegalArgumentException ex) {
                    vm.say("Refused: " + ex.getMessage());
                }
            }));
            addInterface.getItems().add(add);
        }
        Button remove = new Button("\u2212 Remove");
        remove.setId("remove-interface");
        remove.setTooltip(new Tooltip("Remove the selected interface and the links that end on it"));
        remove.setOnAction(e -> selectedDevice().ifPresent(d -> {
            if (selectedInterface == null) {
                vm.say("Select an interface to remove");
                return;
            }
            try {
                vm.execute(InterfaceEdits.remove(vm.project().topology(), d.name(), selectedInterface));
            } catch (IllegalArgumentException ex) {
                vm.say("Refused: " + ex.getMessage());
            }
        }));
        bar.getChildren().addAll(addInterface, remove);
        buttons = bar;
        return bar;
    }

    private final MenuButton addInterface = new MenuButton("+ Interface");
    private HBox buttons;
    private HBox objectBar;
    private final MenuButton addObject = new MenuButton("+ Add");
    private final MenuButton removeObject = new MenuButton("\u2212 Remove");

    /**
     * "+ Add" and "− Remove" under the sheet, for the device's objects: crypto (ISAKMP policies,
     * pre-shared keys, transform sets, IPsec profiles) and router ospf on a router; contexts and FT
     * groups on an ACE module. Remove lists what the device has (a key by its peer, never by its value).
     */
    private HBox objectButtons() {
        addObject.setId("add-object");
        addObject.setTooltip(new Tooltip("Add a crypto object or router ospf (contexts and FT groups on an ACE module)"));
        removeObject.setId("remove-object");
        removeObject.setTooltip(new Tooltip("Remove one of the device's objects; one still in use stays"));
        objectBar = new HBox(4, addObject, removeObject);
        objectBar.getStyleClass().add("sheet-bar");
        return objectBar;
    }

    /** The Add menu for {@code d}: only what this kind of device takes. */
    private void fillAdd(Device d) {
        addObject.getItems().clear();
        if (d.ace() != null) {
            addObject.getItems().add(addItem("Context", "add-context", "context with the next free name and id, no VLANs yet",
                    () -> runIn("ACE", () -> AceEdits.addContext(d))));
            addObject.getItems().add(addItem("FT group", "add-ft-group", "ft group with the next free number, for the first context without one",
                    () -> runIn(null, () -> AceEdits.addFtGroup(d))));
            MenuItem ftInterface = addItem("FT interface", "add-ft-interface",
                    "ft interface vlan: mirrored from the peer module, or a free VLAN and subnet",
                    () -> runIn(null, () -> FtEdits.addFtInterface(d)));
            ftInterface.setDisable(d.ace().ftInterface() != null);
            MenuItem ftPeer = addItem("FT peer", "add-ft-peer",
                    "ft peer 1 with the default heartbeat, over the FT interface (created too when missing)",
                    () -> runIn(null, () -> FtEdits.addFtPeer(d)));
            ftPeer.setDisable(d.ace().ftPeer() != null);
            addObject.getItems().addAll(ftInterface, ftPeer);
            for (String type : FtEdits.TRACK_TYPES) {
                MenuItem track = addItem("FT track (" + type + ")", "add-ft-track-" + type,
                        "ft track " + type + " with the next free name, lowering the first FT group",
                        () -> runIn(null, () -> FtEdits.addTrack(d, type)));
                track.setDisable(d.ace().ftGroups().isEmpty());
                addObject.getItems().add(track);
            }
        }
        if (CryptoEdits.takesCrypto(d)) {
            addObject.getItems().add(addItem("ISAKMP policy", "add-isakmp-policy", null, () -> run(() -> CryptoEdits.addIsakmpPolicy(d))));
            addObject.getItems().add(addItem("Pre-shared key\u2026", "add-pre-shared-key", null, () -> askForPreSharedKey(d)));
            addObject.getItems().add(addItem("Transform set", "add-transform-set", null, () -> run(() -> CryptoEdits.addTransformSet(d))));
            addObject.getItems().add(addItem("IPsec profile", "add-ipsec-profile", null, () -> run(() -> CryptoEdits.addProfile(d))));
        }
        if (OspfEdits.takesOspf(d)) {
            MenuItem ospf = addItem("router ospf " + OspfEdits.NEW_PROCESS_ID, "add-ospf",
                    "router ospf 1 with no statements yet",
                    () -> runIn("OSPF process " + OspfEdits.NEW_PROCESS_ID, () -> OspfEdits.create(d)));
            ospf.setDisable(d.ospf() != null);
            addObject.getItems().add(ospf);
        }
        addObject.setDisable(addObject.getItems().isEmpty());
    }

    private static MenuItem addItem(String text, String id, String help, Runnable action) {
        CustomMenuItem item = new CustomMenuItem(new Label(text));
        item.setId(id);
        if (help != null) {
            Tooltip.install(item.getContent(), new Tooltip(help));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Executes the edit, or says why it is refused. */
    private void run(Supplier<EditCommand> edit) {
        runIn("Crypto", edit);
    }

    /** Executes the edit and opens {@code section}, or says why it is refused. */
    private void runIn(String section, Supplier<EditCommand> edit) {
        try {
            openSection = section;
            vm.execute(edit.get());
        } catch (IllegalArgumentException ex) {
            vm.say("Refused: " + ex.getMessage());
        }
    }

    /** The Remove menu for {@code d}: one item per object it has. */
    private void fillRemove(Device d) {
        removeObject.getItems().clear();
        var c = d.crypto();
        if (c != null) {
            for (var p : c.isakmpPolicies()) {
                removeObject.getItems().add(removeItem("ISAKMP policy " + p.priority(), "Crypto", () -> CryptoEdits.removeIsakmpPolicy(d, p.priority())));
            }
            for (var k : c.preSharedKeys()) {
                removeObject.getItems().add(removeItem("Pre-shared key for " + k.address() + " " + k.mask(), "Crypto",
                        () -> CryptoEdits.removePreSharedKey(d, k.address(), k.mask())));
            }
            for (var t : c.transformSets()) {
                removeObject.getItems().add(removeItem("Transform set " + t.name(), "Crypto", () -> CryptoEdits.removeTransformSet(d, t.name())));
            }
            for (var p : c.profiles()) {
                removeObject.getItems().add(removeItem("IPsec profile " + p.name(), "Crypto", () -> CryptoEdits.removeProfile(d, p.name())));
            }
        }
        if (d.ospf() != null) {
            MenuItem ospf = removeItem("router ospf " + d.ospf().processId(), null, () -> OspfEdits.remove(d));
            ospf.setId("remove-ospf");
            removeObject.getItems().add(ospf);
        }
        if (d.ace() != null) {
            for (var x : d.ace().contexts()) {
                MenuItem item = removeItem("Context " + x.name() + " (id " + x.id() + ")", "ACE",
                        () -> AceEdits.removeContext(d, x.name()));
                item.setId("remove-context-" + x.name());
                removeObject.getItems().add(item);
            }
            for (var g : d.ace().ftGroups()) {
                MenuItem item = removeItem("FT group " + g.id() + " (" + g.context() + ")", null,
                        () -> AceEdits.removeFtGroup(d, g.id()));
                item.setId("remove-ft-group-" + g.id());
                removeObject.getItems().add(item);
            }
            for (var t : d.ace().tracking()) {
                MenuItem item = removeItem("FT track " + t.name(), null, () -> FtEdits.removeTrack(d, t.name()));
                item.setId("remove-ft-track-" + t.name());
                removeObject.getItems().add(item);
            }
            if (d.ace().ftPeer() != null) {
                MenuItem item = removeItem("FT peer " + d.ace().ftPeer().id(), null, () -> FtEdits.removeFtPeer(d));
                item.setId("remove-ft-peer");
                removeObject.getItems().add(item);
            }
            if (d.ace().ftInterface() != null) {
                MenuItem item = removeItem("FT interface vlan " + d.ace().ftInterface().vlan(), null,
                        () -> FtEdits.removeFtInterface(d));
                item.setId("remove-ft-interface");
                removeObject.getItems().add(item);
            }
        }
        removeObject.setDisable(removeObject.getItems().isEmpty());
    }

    private MenuItem removeItem(String text, String section,
                                                    Supplier<EditCommand> edit) {
        MenuItem item = new MenuItem(text);
        item.setId("remove-" + text.toLowerCase().replaceAll("\\W+", "-"));
        item.setOnAction(e -> runIn(section, edit));
        return item;
    }

    /** A small dialog for a new key: the key in a masked field, the peer address and mask (0.0.0.0 0.0.0.0 matches every peer). */
    private void askForPreSharedKey(Device d) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Add pre-shared key on " + d.name());
        PasswordField key = new PasswordField();
        key.setId("new-psk-key");
        TextField address = new TextField(PreSharedKey.ANY);
        address.setId("new-psk-address");
        TextField mask = new TextField(PreSharedKey.ANY);
        mask.setId("new-psk-mask");
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.addRow(0, new Label("Key"), key);
        grid.addRow(1, new Label("Peer address"), address);
        grid.addRow(2, new Label("Peer mask"), mask);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait().filter(b -> b == ButtonType.OK)
                .ifPresent(b -> run(() -> CryptoEdits.addPreSharedKey(d, key.getText(), address.getText(), mask.getText())));
    }

    private Optional<Device> selectedDevice() {
        return vm.selectedDevice().flatMap(n -> vm.project().topology().device(n));
    }

    /** A column of the interface table; a cell shows its text as a tool tip too, for text wider than the column. */
    private static TableColumn<Interface, String> column(String title, double width,
                                                         Function<Interface, String> f) {
        TableColumn<Interface, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new SimpleStringProperty(f.apply(cd.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return c;
    }

    /** Shows the interface's section (the findings panel calls this). */
    void showInterface(String iface) {
        selectedInterface = iface;
        openSection = null;
        rebuild();
    }

    /**
     * Shows and focuses the editor of a lint finding's field ({@code tunnel.key}, {@code ospf.networks})
     * on the given interface (null for device-wide fields).
     */
    public void showField(String iface, String field) {
        if (iface != null) {
            selectedInterface = iface;
        }
        String[] target = FindingFields.row(field, selectedInterface, vm.project(), vm.selectedDevice().orElse(null));
        openSection = target == null ? null : target[0];
        rebuild();
        if (target != null) {
            String id = "#" + controlId(target[0], target[1]);
            Platform.runLater(() -> Platform.runLater(() -> Platform.runLater(() -> {
                Node n = sheet.lookup(id);
                if (n != null) {
                    n.requestFocus();
                }
            })));
        }
    }

    private void rebuild() {
        rebuilding = true;
        try {
            Optional<String> sel = vm.selectedDevice();
            Device d = sel.flatMap(n -> vm.project().topology().device(n)).orElse(null);
            if (d == null) {
                heading.setText(vm.selection().isEmpty() ? "Nothing selected" : vm.selection().size() + " devices selected");
                interfaces.getItems().clear();
                sheet.getItems().clear();
                shownDevice = null;
                buttons.setDisable(true);
                objectBar.setDisable(true);
                return;
            }
            if (!d.name().equals(shownDevice)) {
                shownDevice = d.name();
                openSection = null;
                selectedInterface = d.interfaces().isEmpty() ? null : d.interfaces().get(0).name();
            }
            if (selectedInterface != null && d.iface(selectedInterface).isEmpty()) {
                selectedInterface = d.interfaces().isEmpty() ? null : d.interfaces().get(0).name();
            }
            buttons.setDisable(d.kind().isSegment());
            boolean ace = d.kind() == DeviceKind.ACE;
            for (MenuItem item : addInterface.getItems()) {
                // An ACE module takes VLAN interfaces only; every other device takes no VLAN interfaces here.
                item.setDisable(ace != item.getId().equals("add-vlan"));
            }
            objectBar.setDisable(d.kind().isSegment());
            fillAdd(d);
            fillRemove(d);
            heading.setText(d.name() + " \u2014 " + d.kind().name().toLowerCase()
                    + (d.role() == null ? "" : " (" + d.role().name().toLowerCase() + ")") + ", " + d.platform().displayName());
            interfaces.setItems(FXCollections.observableArrayList(d.interfaces()));
            d.iface(selectedInterface).ifPresent(i -> interfaces.getSelectionModel().select(i));
            List<PropertyRow> rows = DeviceProperties.rows(d, selectedInterface);
            List<String> order = rows.stream().map(PropertyRow::category).distinct().toList();
            sheet.setCategoryComparator(Comparator.comparingInt(order::indexOf));
            sheet.getItems().setAll(rows.stream().map(RowItem::new).toList());
            String wanted = openSection != null && rows.stream().anyMatch(r -> r.category().equals(openSection))
                    ? openSection : "Interface " + selectedInterface;
            Platform.runLater(() -> Platform.runLater(() -> expand(wanted)));
        } finally {
            rebuilding = false;
        }
    }

    /**
     * Shows the sheet's sections as a column of independent sections, with only {@code title} open,
     * and scrolls to it; remembers the section the user opens last. (The sheet's own category view
     * is an accordion whose sections all start open, which its layout does not handle: it gives
     * sections stale heights.)
     */
    private void expand(String wanted) {
        String title = wanted;
        if (!(sheet.lookup(".scroll-pane") instanceof ScrollPane scroller)) {
            return;
        }
        List<TitledPane> panes;
        if (scroller.getContent() instanceof Accordion accordion) {
            // New sections, closed but for the wanted one before they are shown: the accordion's
            // sections keep the heights the accordion gave them.
            panes = accordion.getPanes().stream().map(p -> {
                Node content = p.getContent();
                p.setContent(new Region());
                TitledPane section = new TitledPane(p.getText(), content);
                section.setExpanded(p.getText().equals(title));
                return section;
            }).toList();
            accordion.getPanes().clear();
            VBox column = new VBox();
            column.setId("property-sections");
            column.getChildren().setAll(panes);
            scroller.setFitToWidth(true);
            scroller.setContent(column);
        } else if (scroller.getContent() instanceof VBox column) {
            panes = column.getChildren().stream().map(TitledPane.class::cast).toList();
        } else {
            return;
        }
        TitledPane open = panes.stream().filter(p -> p.getText().equals(title))
                .findFirst().orElse(panes.isEmpty() ? null : panes.get(0));
        for (TitledPane pane : panes) {
            pane.setAnimated(false);
            pane.setExpanded(pane == open);
            pane.setAnimated(true);
            pane.expandedProperty().addListener((o, a, b) -> {
                if (b && !rebuilding) {
                    openSection = pane.getText();
                }
            });
        }
        if (open != null) {
            Platform.runLater(() -> {
                double content = scroller.getContent().getBoundsInLocal().getHeight();
                double view = scroller.getViewportBounds().getHeight();
                double y = open.getBoundsInParent().getMinY();
                scroller.setVvalue(content <= view ? 0 : Math.min(1, y / (content - view)));
            });
        }
    }

    /** Stores a value, or refuses it with the reason. */
    private boolean commit(PropertyRow row, Project origin, String text) {
        if (text.equals(row.value())) {
            return true;
        }
        if (vm.project() != origin) {
            // The row was drawn for a design that has since changed (undo, an opened file): its
            // edit would write the old device back, so the typed value is dropped instead.
            return false;
        }
        Optional<String> problem = row.problem(text, vm.project());
        if (problem.isPresent()) {
            vm.say("Refused " + row.name() + ": " + problem.get());
            return false;
        }
        // Renaming the interface on show keeps it on show under its new name.
        String before = selectedInterface;
        if (row.name().equals("Name") && row.category().equals("Interface " + selectedInterface)) {
            selectedInterface = text.trim();
        }
        boolean done = vm.execute(row.edit(text));
        if (!done) {
            selectedInterface = before;
        }
        return done;
    }

    private PropertyEditor<?> editorFor(RowItem item) {
        PropertyRow row = item.row;
        Project origin = vm.project();
        return switch (row.kind()) {
            case FLAG -> {
                CheckBox box = new CheckBox();
                box.setSelected(Boolean.parseBoolean(row.value()));
                box.setId(controlId(row.category(), row.name()));
                // A refused value (unchecking an FT peer that groups still use) puts the box back.
                box.selectedProperty().addListener((o, a, b) -> {
                    if (!commit(row, origin, Boolean.toString(b))) {
                        Platform.runLater(() -> box.setSelected(a));
                    }
                });
                yield new Editor<>(item, box, box.selectedProperty());
            }
            case CHOICE -> {
                ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(row.choices()));
                combo.setValue(row.value());
                combo.setId(controlId(row.category(), row.name()));
                combo.valueProperty().addListener((o, a, b) -> {
                    if (b != null && !commit(row, origin, b)) {
                        Platform.runLater(() -> combo.setValue(a));
                    }
                });
                yield new Editor<>(item, combo, combo.valueProperty());
            }
            default -> {
                // A key is typed into a masked field: it is never shown, only replaced. The field
                // starts empty, and empty means "keep what is set".
                boolean secret = row.name().startsWith("Pre-shared key") || row.kind() == PropertyRow.Kind.SECRET;
                boolean secretSet = secret && row.value().equals(PropertyRow.HIDDEN);
                String shown = secret ? "" : row.value();
                TextField field = secret ? new PasswordField() : new TextField();
                field.setText(shown);
                field.setId(controlId(row.category(), row.name()));
                if (row.name().startsWith("Pre-shared key") || secretSet) {
                    field.setPromptText("set (hidden); type a new one to replace it");
                } else if (!row.hint().isEmpty()) {
                    field.setPromptText(row.hint());
                }
                // What is on show, or the stored value, needs no check.
                Function<String, Optional<String>> problem = value -> value == null || value.equals(shown)
                        || value.equals(row.value()) ? Optional.empty() : row.problem(value, vm.project());
                ValidationSupport validation = new ValidationSupport();
                Validator<String> validator = (control, value) -> {
                    Optional<String> p = problem.apply(value);
                    return ValidationResult.fromMessageIf(control, p.orElse(""), Severity.ERROR, p.isPresent());
                };
                validation.registerValidator(field, false, validator);
                field.textProperty().addListener((o, a, b) -> {
                    Optional<String> p = problem.apply(b);
                    field.setTooltip(p.map(Tooltip::new).orElse(null));
                    field.getStyleClass().remove("invalid");
                    if (p.isPresent()) {
                        field.getStyleClass().add("invalid");
                    }
                });
                Runnable apply = () -> {
                    if (!(secret && field.getText().isEmpty()) && !commit(row, origin, field.getText())) {
                        field.setText(shown);
                    }
                };
                field.setOnAction(e -> apply.run());
                field.focusedProperty().addListener((o, was, now) -> {
                    if (was && !now && !field.getText().equals(shown)) {
                        apply.run();
                    }
                });
                field.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        field.setText(shown);
                    }
                });
                if (secretSet && row.kind() == PropertyRow.Kind.SECRET) {
                    // Removing a set secret is its own action: an empty field only keeps it.
                    Button clear = new Button("Remove");
                    clear.setId(controlId(row.category(), row.name()) + "-remove");
                    clear.setTooltip(new Tooltip("Remove the " + row.name().toLowerCase() + " setting"));
                    clear.setOnAction(e -> commit(row, origin, ""));
                    HBox box = new HBox(4, field, clear);
                    HBox.setHgrow(field, Priority.ALWAYS);
                    yield new Editor<>(item, box, field.textProperty());
                }
                yield new Editor<>(item, field, field.textProperty());
            }
        };
    }

    /** The id of a row's editor ({@code prop-Tunnel_Tunnel0-Key}), by which a finding focuses it. */
    static String controlId(String category, String name) {
        return "prop-" + category.replaceAll("\\W+", "_") + "-" + name.replaceAll("\\W+", "_");
    }

    /** A property sheet editor around a control; values go through {@link #commit}, not through the item. */
    private static final class Editor<T> extends AbstractPropertyEditor<T, Node> {
        Editor(PropertySheet.Item item, Node control, ObservableValue<T> value) {
            super(item, control, true);
            this.observable = value;
        }

        private final ObservableValue<T> observable;

        @Override
        protected ObservableValue<T> getObservableValue() {
            return observable;
        }

        @Override
        public void setValue(T value) {
            // The control shows the stored value when built; the sheet is rebuilt after every edit.
        }
    }

    /** A {@link PropertyRow} as a ControlsFX property sheet item. */
    static final class RowItem implements PropertySheet.Item {
        final PropertyRow row;

        RowItem(PropertyRow row) {
            this.row = row;
        }

        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public String getCategory() {
            return row.category();
        }

        @Override
        public String getName() {
            return row.name();
        }

        @Override
        public String getDescription() {
            return row.category() + ": " + row.name();
        }

        @Override
        public Object getValue() {
            return row.value();
        }

        @Override
        public void setValue(Object value) {
            // Edits are committed by the editors (on Enter / focus loss), never on each keystroke.
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }
    }
}
