package org.labcanvas.app.ui;

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
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Interface;

/**
 * The right-hand side: the selected device's interface table and a ControlsFX property sheet with
 * its settings in sections. Text values are validated while typing (ControlsFX ValidationSupport
 * marks the field and its tool tip says why) and committed on Enter or when the field loses
 * focus; a refused value is never stored: the field returns to the stored value and the status
 * bar says why.
 */
final class PropertiesView extends BorderPane {
    private final DesignerViewModel vm;
    private final PropertySheet sheet = new PropertySheet();
    private final TableView<Interface> interfaces = new TableView<>();
    private final Label heading = new Label("Nothing selected");
    private String selectedInterface;
    private String shownDevice;
    private boolean rebuilding;
    private String openSection;
    private javafx.scene.control.Accordion accordionListened;

    PropertiesView(DesignerViewModel vm) {
        this.vm = vm;
        setId("properties");
        heading.setStyle("-fx-font-weight: bold; -fx-padding: 4 6 4 6;");
        interfaces.setId("interfaces");
        interfaces.setPlaceholder(new Label("Select one device to see its interfaces and settings"));
        interfaces.setPrefHeight(170);
        interfaces.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        interfaces.getColumns().add(column("Interface", i -> i.name()));
        interfaces.getColumns().add(column("Type", i -> i.type().name().toLowerCase()));
        interfaces.getColumns().add(column("IPv4", i -> i.ipv4() == null ? "" : i.ipv4()));
        interfaces.getColumns().add(column("Tunnel", i -> i.tunnel() == null ? ""
                : i.tunnel().mode().name().toLowerCase() + (i.tunnel().destination() == null ? "" : " \u2192 " + i.tunnel().destination())));
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
        setBottom(cryptoButtons());
        VBox.setVgrow(interfaces, Priority.NEVER);
        vm.projectProperty().addListener((o, a, b) -> rebuild());
        vm.selectionProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    /** Add physical / loopback / tunnel and Remove, under the interface table. */
    private javafx.scene.layout.HBox interfaceButtons() {
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(4);
        bar.setStyle("-fx-padding: 4 6 4 6;");
        java.util.List<org.labcanvas.model.topology.InterfaceType> types = new java.util.ArrayList<>(InterfaceEdits.ADDABLE);
        types.add(org.labcanvas.model.topology.InterfaceType.VLAN);
        for (org.labcanvas.model.topology.InterfaceType type : types) {
            String word = type.name().toLowerCase();
            javafx.scene.control.Button add = new javafx.scene.control.Button("+ " + Character.toUpperCase(word.charAt(0)) + word.substring(1));
            add.setId("add-" + word);
            add.setTooltip(new Tooltip("Add a " + word + " interface with the next free name"));
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
            bar.getChildren().add(add);
        }
        javafx.scene.control.Button remove = new javafx.scene.control.Button("\u2212 Remove");
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
        bar.getChildren().add(remove);
        buttons = bar;
        return bar;
    }

    private javafx.scene.layout.HBox buttons;
    private javafx.scene.layout.HBox cryptoBar;
    private final javafx.scene.control.MenuButton removeCrypto = new javafx.scene.control.MenuButton("\u2212 Crypto");

    /** Add / Remove for the router's crypto objects, next to the sheet; Remove lists what the router has. */
    private javafx.scene.layout.HBox cryptoButtons() {
        javafx.scene.control.MenuButton add = new javafx.scene.control.MenuButton("+ Crypto");
        add.setId("add-crypto");
        add.setTooltip(new Tooltip("Add an ISAKMP policy, pre-shared key, transform set or IPsec profile"));
        add.getItems().add(cryptoItem("ISAKMP policy", "add-isakmp-policy", CryptoEdits::addIsakmpPolicy));
        javafx.scene.control.MenuItem key = new javafx.scene.control.MenuItem("Pre-shared key…");
        key.setId("add-pre-shared-key");
        key.setOnAction(e -> selectedDevice().ifPresent(this::askForPreSharedKey));
        add.getItems().add(key);
        add.getItems().add(cryptoItem("Transform set", "add-transform-set", CryptoEdits::addTransformSet));
        add.getItems().add(cryptoItem("IPsec profile", "add-ipsec-profile", CryptoEdits::addProfile));
        removeCrypto.setId("remove-crypto");
        removeCrypto.setTooltip(new Tooltip("Remove a crypto object; a transform set or profile still in use stays"));
        addOspf.setId("add-ospf");
        addOspf.setTooltip(new Tooltip("router ospf 1 with no statements yet"));
        addOspf.setOnAction(e -> selectedDevice().ifPresent(d -> runIn("OSPF process " + OspfEdits.NEW_PROCESS_ID, () -> OspfEdits.create(d))));
        removeOspf.setId("remove-ospf");
        removeOspf.setTooltip(new Tooltip("no router ospf; the interfaces keep their ip ospf settings"));
        removeOspf.setOnAction(e -> selectedDevice().ifPresent(d -> runIn(null, () -> OspfEdits.remove(d))));
        addFtGroup.setId("add-ft-group");
        addFtGroup.setTooltip(new Tooltip("ft group with the next free number, for the first context without one"));
        addFtGroup.setOnAction(e -> selectedDevice().ifPresent(d -> runIn(null, () -> AceEdits.addFtGroup(d))));
        removeFtGroup.setId("remove-ft-group");
        addContext.setId("add-context");
        addContext.setTooltip(new Tooltip("context with the next free name and id, no VLANs yet"));
        addContext.setOnAction(e -> selectedDevice().ifPresent(d -> runIn("ACE", () -> AceEdits.addContext(d))));
        removeContext.setId("remove-context");
        cryptoBar = new javafx.scene.layout.HBox(4, add, removeCrypto, addOspf, removeOspf, addFtGroup, removeFtGroup, addContext, removeContext);
        cryptoBar.setStyle("-fx-padding: 4 6 4 6;");
        return cryptoBar;
    }

    private javafx.scene.control.MenuItem cryptoItem(String text, String id, java.util.function.Function<Device, org.labcanvas.model.edit.EditCommand> edit) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> selectedDevice().ifPresent(d -> run(() -> edit.apply(d))));
        return item;
    }

    private final javafx.scene.control.Button addContext = new javafx.scene.control.Button("+ Context");
    private final javafx.scene.control.MenuButton removeContext = new javafx.scene.control.MenuButton("\u2212 Context");
    private final javafx.scene.control.Button addFtGroup = new javafx.scene.control.Button("+ FT group");
    private final javafx.scene.control.MenuButton removeFtGroup = new javafx.scene.control.MenuButton("\u2212 FT group");
    private final javafx.scene.control.Button addOspf = new javafx.scene.control.Button("+ OSPF");
    private final javafx.scene.control.Button removeOspf = new javafx.scene.control.Button("\u2212 OSPF");

    /** Executes the edit, or says why it is refused. */
    private void run(java.util.function.Supplier<org.labcanvas.model.edit.EditCommand> edit) {
        runIn("Crypto", edit);
    }

    /** Executes the edit and opens {@code section}, or says why it is refused. */
    private void runIn(String section, java.util.function.Supplier<org.labcanvas.model.edit.EditCommand> edit) {
        try {
            openSection = section;
            vm.execute(edit.get());
        } catch (IllegalArgumentException ex) {
            vm.say("Refused: " + ex.getMessage());
        }
    }

    /** The Remove crypto menu for the device: one item per policy, key (by peer, never by key), transform set and profile. */
    private void fillRemoveCrypto(Device d) {
        removeCrypto.getItems().clear();
        var c = d.crypto();
        if (c == null) {
            return;
        }
        for (var p : c.isakmpPolicies()) {
            removeCrypto.getItems().add(removeItem("ISAKMP policy " + p.priority(), () -> CryptoEdits.removeIsakmpPolicy(d, p.priority())));
        }
        for (var k : c.preSharedKeys()) {
            removeCrypto.getItems().add(removeItem("Pre-shared key for " + k.address() + " " + k.mask(),
                    () -> CryptoEdits.removePreSharedKey(d, k.address(), k.mask())));
        }
        for (var t : c.transformSets()) {
            removeCrypto.getItems().add(removeItem("Transform set " + t.name(), () -> CryptoEdits.removeTransformSet(d, t.name())));
        }
        for (var p : c.profiles()) {
            removeCrypto.getItems().add(removeItem("IPsec profile " + p.name(), () -> CryptoEdits.removeProfile(d, p.name())));
        }
    }

    private javafx.scene.control.MenuItem removeItem(String text, java.util.function.Supplier<org.labcanvas.model.edit.EditCommand> edit) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text);
        item.setId("remove-" + text.toLowerCase().replaceAll("\\W+", "-"));
        item.setOnAction(e -> run(edit));
        return item;
    }

    /** A small dialog for a new key: the key in a masked field, the peer address and mask (0.0.0.0 0.0.0.0 matches every peer). */
    private void askForPreSharedKey(Device d) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle("Add pre-shared key on " + d.name());
        javafx.scene.control.PasswordField key = new javafx.scene.control.PasswordField();
        key.setId("new-psk-key");
        TextField address = new TextField(org.labcanvas.model.topology.PreSharedKey.ANY);
        address.setId("new-psk-address");
        TextField mask = new TextField(org.labcanvas.model.topology.PreSharedKey.ANY);
        mask.setId("new-psk-mask");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.addRow(0, new Label("Key"), key);
        grid.addRow(1, new Label("Peer address"), address);
        grid.addRow(2, new Label("Peer mask"), mask);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK)
                .ifPresent(b -> run(() -> CryptoEdits.addPreSharedKey(d, key.getText(), address.getText(), mask.getText())));
    }

    private Optional<Device> selectedDevice() {
        return vm.selectedDevice().flatMap(n -> vm.project().topology().device(n));
    }

    private static TableColumn<Interface, String> column(String title, java.util.function.Function<Interface, String> f) {
        TableColumn<Interface, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new SimpleStringProperty(f.apply(cd.getValue())));
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
    void showField(String iface, String field) {
        if (iface != null) {
            selectedInterface = iface;
        }
        String[] target = FindingFields.row(field, selectedInterface, vm.project(), vm.selectedDevice().orElse(null));
        openSection = target == null ? null : target[0];
        rebuild();
        if (target != null) {
            String id = "#prop-" + target[0].replaceAll("\\W+", "_") + "-" + target[1].replaceAll("\\W+", "_");
            javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(() -> {
                javafx.scene.Node n = sheet.lookup(id);
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
                cryptoBar.setDisable(true);
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
            boolean ace = d.kind() == org.labcanvas.model.topology.DeviceKind.ACE;
            for (Node b : buttons.getChildren()) {
                // An ACE module takes VLAN interfaces only; every other device takes no VLAN interfaces here.
                if (b.getId() != null && b.getId().startsWith("add-")) {
                    b.setDisable(ace != b.getId().equals("add-vlan"));
                }
            }
            cryptoBar.setDisable(d.kind().isSegment());
            cryptoBar.getChildren().get(0).setDisable(!CryptoEdits.takesCrypto(d));
            removeCrypto.setDisable(d.crypto() == null);
            addOspf.setDisable(!OspfEdits.takesOspf(d) || d.ospf() != null);
            removeOspf.setDisable(d.ospf() == null);
            boolean isAce = d.ace() != null;
            for (Node n : List.of(addFtGroup, removeFtGroup, addContext, removeContext)) {
                n.setVisible(isAce);
                n.setManaged(isAce);
            }
            for (Node n : List.of(cryptoBar.getChildren().get(0), removeCrypto, addOspf, removeOspf)) {
                n.setVisible(!isAce);
                n.setManaged(!isAce);
            }
            removeFtGroup.getItems().clear();
            removeContext.getItems().clear();
            if (isAce) {
                for (var x : d.ace().contexts()) {
                    javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(x.name() + " (id " + x.id() + ")");
                    item.setId("remove-context-" + x.name());
                    item.setOnAction(e -> runIn("ACE", () -> AceEdits.removeContext(d, x.name())));
                    removeContext.getItems().add(item);
                }
                for (var g : d.ace().ftGroups()) {
                    javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("FT group " + g.id() + " (" + g.context() + ")");
                    item.setId("remove-ft-group-" + g.id());
                    item.setOnAction(e -> runIn(null, () -> AceEdits.removeFtGroup(d, g.id())));
                    removeFtGroup.getItems().add(item);
                }
            }
            fillRemoveCrypto(d);
            heading.setText(d.name() + " \u2014 " + d.kind().name().toLowerCase()
                    + (d.role() == null ? "" : " (" + d.role().name().toLowerCase() + ")") + ", " + d.platform().displayName());
            interfaces.setItems(FXCollections.observableArrayList(d.interfaces()));
            d.iface(selectedInterface).ifPresent(i -> interfaces.getSelectionModel().select(i));
            List<PropertyRow> rows = DeviceProperties.rows(d, selectedInterface);
            List<String> order = rows.stream().map(PropertyRow::category).distinct().toList();
            sheet.setCategoryComparator(java.util.Comparator.comparingInt(order::indexOf));
            sheet.getItems().setAll(rows.stream().map(RowItem::new).toList());
            String wanted = openSection != null && rows.stream().anyMatch(r -> r.category().equals(openSection))
                    ? openSection : "Interface " + selectedInterface;
            javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(() -> expand(wanted)));
        } finally {
            rebuilding = false;
        }
    }

    /** Opens the sheet section with this title; remembers the section the user opens. */
    private void expand(String title) {
        if (!(sheet.lookup(".accordion") instanceof javafx.scene.control.Accordion accordion)) {
            return;
        }
        for (javafx.scene.control.TitledPane pane : accordion.getPanes()) {
            if (pane.getText().equals(title)) {
                accordion.setExpandedPane(pane);
            }
        }
        if (accordionListened != accordion) {
            accordionListened = accordion;
            accordion.expandedPaneProperty().addListener((o, a, b) -> {
                if (b != null && !rebuilding) {
                    openSection = b.getText();
                }
            });
        }
    }

    /** Stores a value, or refuses it with the reason. */
    private boolean commit(PropertyRow row, String text) {
        if (text.equals(row.value())) {
            return true;
        }
        Optional<String> problem = row.problem(text, vm.project());
        if (problem.isPresent()) {
            vm.say("Refused " + row.name() + ": " + problem.get());
            return false;
        }
        return vm.execute(row.edit(text));
    }

    private PropertyEditor<?> editorFor(RowItem item) {
        PropertyRow row = item.row;
        return switch (row.kind()) {
            case FLAG -> {
                CheckBox box = new CheckBox();
                box.setSelected(Boolean.parseBoolean(row.value()));
                // A refused value (unchecking an FT peer that groups still use) puts the box back.
                box.selectedProperty().addListener((o, a, b) -> {
                    if (!commit(row, Boolean.toString(b))) {
                        javafx.application.Platform.runLater(() -> box.setSelected(a));
                    }
                });
                yield new Editor<>(item, box, box.selectedProperty());
            }
            case CHOICE -> {
                ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(row.choices()));
                combo.setValue(row.value());
                combo.valueProperty().addListener((o, a, b) -> {
                    if (b != null && !commit(row, b)) {
                        javafx.application.Platform.runLater(() -> combo.setValue(a));
                    }
                });
                yield new Editor<>(item, combo, combo.valueProperty());
            }
            default -> {
                // A key is typed into a masked field: it is never shown, only replaced.
                TextField field = row.name().startsWith("Pre-shared key")
                        ? new javafx.scene.control.PasswordField() : new TextField(row.value());
                field.setId("prop-" + row.category().replaceAll("\\W+", "_") + "-" + row.name().replaceAll("\\W+", "_"));
                if (row.name().startsWith("Pre-shared key")) {
                    field.setPromptText("hidden; type a new key to replace it");
                }
                ValidationSupport validation = new ValidationSupport();
                Validator<String> validator = (control, value) -> {
                    Optional<String> p = value == null || value.equals(row.value()) ? Optional.empty() : row.problem(value, vm.project());
                    return ValidationResult.fromMessageIf(control, p.orElse(""), Severity.ERROR, p.isPresent());
                };
                validation.registerValidator(field, false, validator);
                field.textProperty().addListener((o, a, b) -> {
                    Optional<String> p = b.equals(row.value()) ? Optional.empty() : row.problem(b, vm.project());
                    field.setTooltip(p.map(Tooltip::new).orElse(null));
                    field.setStyle(p.isPresent() ? "-fx-text-fill: #b3261e;" : "");
                });
                Runnable apply = () -> {
                    if (!commit(row, field.getText())) {
                        field.setText(row.value());
                    }
                };
                field.setOnAction(e -> apply.run());
                field.focusedProperty().addListener((o, was, now) -> {
                    if (was && !now && !field.getText().equals(row.value())) {
                        apply.run();
                    }
                });
                field.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        field.setText(row.value());
                    }
                });
                yield new Editor<>(item, field, field.textProperty());
            }
        };
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
