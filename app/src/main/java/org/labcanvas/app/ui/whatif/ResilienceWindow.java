package org.labcanvas.app.ui.whatif;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.labcanvas.app.ui.canvas.StateOverlay;
import org.labcanvas.app.ui.document.FileDialogs;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.whatif.Criticality;
import org.labcanvas.model.whatif.ResilienceHtml;

/**
 * Simulate → Resilience Report…: every single failure of the design, ranked, with a progress bar
 * while it runs, each failure's details, the canvas coloured by criticality, and the HTML report.
 */
public final class ResilienceWindow {
    private final Stage stage = new Stage();
    private final ResilienceViewModel vm;
    private final TableView<ResilienceViewModel.Row> table = new TableView<>();
    private final TextArea details = new TextArea();
    private final CheckBox colour = new CheckBox("Colour the canvas");

    /**
     * @param overlay  puts an overlay on the design's canvas (null: none); false when the canvas is
     *                 showing the simulation and cannot be coloured now
     * @param dialogs  where the HTML report is saved
     * @param name     the design's name for titles and the report's file name
     * @param say      the designer's status line
     */
    public ResilienceWindow(Window owner, ResilienceViewModel vm, String stylesheet, Function<StateOverlay, Boolean> overlay,
                            Supplier<FileDialogs> dialogs, Supplier<String> name, Consumer<String> say) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle("Resilience \u2014 every single failure");
        ProgressBar bar = new ProgressBar();
        bar.setId("resilience-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label status = new Label();
        status.setId("resilience-status");
        status.textProperty().bind(vm.statusProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("resilience-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button again = new Button("Run Again");
        again.setId("resilience-run");
        again.disableProperty().bind(vm.runningProperty());
        HBox top = new HBox(8, bar, cancel, again);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox head = new VBox(4, top, status);
        head.setPadding(new Insets(8));

        table.setId("resilience-table");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<ResilienceViewModel.Row, Criticality> level = new TableColumn<>("");
        level.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().criticality()));
        level.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Criticality item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : new Rectangle(12, 12, Color.web(item.colour())));
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.words()));
            }
        });
        level.setMaxWidth(28);
        level.setMinWidth(28);
        table.getColumns().add(level);
        table.getColumns().add(column("Rank", r -> String.valueOf(r.rank()), 50));
        table.getColumns().add(column("Failure", ResilienceViewModel.Row::failure, 260));
        table.getColumns().add(column("Kind", ResilienceViewModel.Row::kind, 60));
        table.getColumns().add(column("Rerouted", ResilienceViewModel.Row::rerouted, 70));
        table.getColumns().add(column("Settled", ResilienceViewModel.Row::settled, 70));
        table.getColumns().add(column("Cut off", ResilienceViewModel.Row::cutOff, 60));
        table.getColumns().add(column("Longest out", ResilienceViewModel.Row::longestOutage, 80));
        table.getColumns().add(column("Lost", ResilienceViewModel.Row::lost, 50));
        table.getColumns().add(column("Paths", ResilienceViewModel.Row::paths, 50));
        table.getColumns().add(column("SAs", ResilienceViewModel.Row::ipsec, 45));
        table.getColumns().add(column("NHRP", ResilienceViewModel.Row::nhrp, 45));
        table.getColumns().add(column("ACE conns", ResilienceViewModel.Row::ace, 70));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) ->
                details.setText(row == null ? "" : vm.details(row.rank())));
        table.setPlaceholder(new Label("The ranked failures appear here when the analysis is done."));

        details.setId("resilience-details");
        details.getStyleClass().add("explain-output");
        details.setEditable(false);
        details.setPromptText("Select a failure to see what it loses, which paths move and what must be re-established.");
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.62);

        Label verdict = new Label();
        verdict.setId("resilience-verdict");
        verdict.textProperty().bind(vm.verdictProperty());
        verdict.setWrapText(true);
        vm.reportProperty().addListener((o, a, r) -> verdict.setStyle(r == null ? ""
                : vm.isolates() ? "-fx-text-fill: #b3261e; -fx-font-weight: bold;" : "-fx-text-fill: #1e6e2e;"));
        colour.setId("resilience-colour");
        colour.disableProperty().bind(vm.reportProperty().isNull());
        colour.selectedProperty().addListener((o, a, on) -> {
            if (on && vm.reportProperty().get() != null) {
                Project p = vm.project();
                boolean shown = overlay.apply(new CriticalityOverlay(p.topology(),
                        Criticality.byElement(p.topology(), vm.reportProperty().get())));
                if (!shown) {
                    colour.setSelected(false);
                    say.accept("Leave the simulation (Shortcut+R) to colour the canvas by criticality");
                }
            } else if (!on) {
                overlay.apply(null);
            }
        });
        Button save = new Button("Save HTML Report\u2026");
        save.setId("resilience-save");
        save.disableProperty().bind(vm.reportProperty().isNull());
        save.setOnAction(e -> dialogs.get().reportToSave(stage, name.get() + "-resilience.html").ifPresent(path -> {
            try {
                ResilienceHtml.write(path, vm.html(name.get()));
                say.accept("Wrote " + path);
            } catch (IOException ex) {
                say.accept("Cannot write " + path + ": " + ex.getMessage());
            }
        }));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(12, verdict, gap, colour, save);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8));
        again.setOnAction(e -> {
            colour.setSelected(false);
            run.accept(null);
        });
        HBox legend = new HBox(14);
        legend.setId("resilience-legend");
        legend.setPadding(new Insets(0, 8, 8, 8));
        for (Criticality c : Criticality.values()) {
            Label l = new Label(c.words(), new Rectangle(12, 12, Color.web(c.colour())));
            legend.getChildren().add(l);
        }
        BorderPane root = new BorderPane(split);
        root.setTop(head);
        root.setBottom(new VBox(bottom, legend));
        Scene scene = new Scene(root, 1100, 700);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            vm.cancel();
            if (colour.isSelected()) {
                colour.setSelected(false);
            }
        });
    }

    /** Set by the owner: what Run Again does (analyses the design as it is now). */
    private Consumer<Void> run = v -> { };

    public void onRunAgain(Runnable r) {
        run = v -> r.run();
    }

    public Stage stage() {
        return stage;
    }

    /** The simulation started: the canvas shows it now, not the colours. */
    public void canvasTaken() {
        colour.setSelected(false);
    }

    private static TableColumn<ResilienceViewModel.Row, String> column(String title,
                                                                        Function<ResilienceViewModel.Row, String> value,
                                                                        double width) {
        TableColumn<ResilienceViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
