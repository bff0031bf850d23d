package org.labcanvas.app.ui.sim;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A device's charts over simulated minutes: OSPF neighbours FULL and NHRP cache entries, or for an
 * ACE module its FT state bands.
 */
public final class ChartWindow {
    private final Stage stage = new Stage();
    private final LineChart<Number, Number> ospf = chart("OSPF neighbours FULL");
    private final LineChart<Number, Number> nhrp = chart("NHRP cache entries");
    private final VBox bands = new VBox(4);
    private final VBox box;

    public ChartWindow(Window owner, String device, String stylesheet) {
        stage.initOwner(owner);
        stage.setTitle(device + " charts");
        ospf.setId("chart-ospf");
        nhrp.setId("chart-nhrp");
        bands.setId("chart-ft");
        bands.setPadding(new Insets(8, 12, 8, 12));
        box = new VBox(ospf, nhrp);
        Scene scene = new Scene(box, 720, 560);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
    }

    private static LineChart<Number, Number> chart(String title) {
        NumberAxis x = new NumberAxis();
        x.setLabel("minutes");
        NumberAxis y = new NumberAxis();
        y.setTickUnit(1);
        y.setMinorTickVisible(false);
        LineChart<Number, Number> c = new LineChart<>(x, y);
        c.setTitle(title);
        c.setCreateSymbols(false);
        c.setLegendVisible(false);
        c.setAnimated(false);
        return c;
    }

    /** Shows {@code samples} (replacing what was shown). */
    public void show(List<DeviceHistory.Sample> samples) {
        XYChart.Series<Number, Number> full = new XYChart.Series<>();
        XYChart.Series<Number, Number> cache = new XYChart.Series<>();
        for (DeviceHistory.Sample s : samples) {
            double minutes = s.at().toMillis() / 60_000.0;
            full.getData().add(new XYChart.Data<>(minutes, s.fullNeighbors()));
            cache.getData().add(new XYChart.Data<>(minutes, s.nhrpEntries()));
        }
        ospf.getData().setAll(List.of(full));
        nhrp.getData().setAll(List.of(cache));
        boolean ace = samples.stream().anyMatch(x -> !x.ft().isEmpty());
        if (ace) {
            showBands(samples);
            box.getChildren().setAll(bands);
        } else {
            box.getChildren().setAll(ospf, nhrp);
        }
        stage.show();
        stage.toFront();
    }

    /**
     * One band per FT group across the sampled time, each stretch coloured by the group's state as
     * the canvas colours it (green ACTIVE, teal STANDBY_HOT, amber WARM or syncing, red otherwise,
     * grey while the module is off), with the state written in when there is room.
     */
    private void showBands(List<DeviceHistory.Sample> samples) {
        bands.getChildren().clear();
        Label title = new Label("FT state by group (minutes " + 0 + " to "
                + Math.round(samples.get(samples.size() - 1).at().toMillis() / 60_000.0) + ")");
        title.getStyleClass().add("chart-title");
        bands.getChildren().add(title);
        List<Integer> groups = samples.stream().flatMap(x -> x.ft().stream()).map(CanvasState.FtGroupView::id)
                .distinct().sorted().toList();
        double width = 660;
        double step = width / Math.max(1, samples.size());
        for (int id : groups) {
            Pane band = new Pane();
            band.setPrefSize(width, 26);
            band.setMinHeight(26);
            String context = "";
            int i = 0;
            while (i < samples.size()) {
                String st = state(samples.get(i), id);
                int j = i;
                while (j + 1 < samples.size() && state(samples.get(j + 1), id).equals(st)) {
                    j++;
                }
                for (CanvasState.FtGroupView f : samples.get(i).ft()) {
                    if (f.id() == id) {
                        context = f.context();
                    }
                }
                Rectangle r = new Rectangle(i * step, 0, (j - i + 1) * step, 24);
                r.setFill(st.equals("off") ? SimulationOverlay.OFF
                        : AceStatePainter.colour(new CanvasState.FtGroupView(id, "", st)));
                band.getChildren().add(r);
                Text t = new Text(i * step + 4, 16, st);
                t.setFill(Color.WHITE);
                if (t.getLayoutBounds().getWidth() + 8 <= r.getWidth()) {
                    band.getChildren().add(t);
                }
                i = j + 1;
            }
            Label name = new Label(id + " " + context);
            name.setMinWidth(70);
            bands.getChildren().add(new HBox(6, name, band));
        }
    }

    private static String state(DeviceHistory.Sample s, int id) {
        return s.ft().stream().filter(f -> f.id() == id).map(CanvasState.FtGroupView::state).findFirst().orElse("off");
    }

    public Stage stage() {
        return stage;
    }

    public LineChart<Number, Number> ospfChart() {
        return ospf;
    }
}
