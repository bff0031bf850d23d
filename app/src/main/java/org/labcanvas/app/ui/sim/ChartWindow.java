package org.labcanvas.app.ui.sim;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A device's charts: OSPF neighbours FULL and NHRP cache entries over simulated minutes. */
public final class ChartWindow {
    private final Stage stage = new Stage();
    private final LineChart<Number, Number> ospf = chart("OSPF neighbours FULL");
    private final LineChart<Number, Number> nhrp = chart("NHRP cache entries");

    public ChartWindow(Window owner, String device, String stylesheet) {
        stage.initOwner(owner);
        stage.setTitle(device + " charts");
        ospf.setId("chart-ospf");
        nhrp.setId("chart-nhrp");
        VBox box = new VBox(ospf, nhrp);
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
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public LineChart<Number, Number> ospfChart() {
        return ospf;
    }

    public LineChart<Number, Number> nhrpChart() {
        return nhrp;
    }
}
