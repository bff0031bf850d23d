package org.labcanvas.app.ui.whatif;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.whatif.Criticality;
import org.labcanvas.model.whatif.FailureImpact;
import org.labcanvas.model.whatif.ResilienceAnalysis;
import org.labcanvas.model.whatif.ResilienceHtml;
import org.labcanvas.model.whatif.ResilienceReport;
import org.labcanvas.model.whatif.ResilienceText;

/**
 * The designer's resilience report: runs every single failure of the design in the background (as
 * the {@code resilience} command does), tells its progress, and holds the ranked rows, the verdict
 * and each failure's details for the window. Tested without a screen.
 */
public final class ResilienceViewModel {
    /** One row of the ranked table, as the command line prints it. */
    public record Row(int rank, String failure, String kind, String rerouted, String settled, String cutOff,
                      String longestOutage, String lost, String paths, String ipsec, String nhrp, String ace,
                      Criticality criticality) {}

    private final Executor background;
    private final Consumer<Runnable> ui;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty verdict = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ObjectProperty<ResilienceReport> report = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private AtomicBoolean cancel = new AtomicBoolean();
    private Project project;

    /** {@code background} runs the analysis; {@code ui} publishes its results (the JavaFX thread in the designer). */
    public ResilienceViewModel(Executor background, Consumer<Runnable> ui) {
        this.background = background;
        this.ui = ui;
    }

    public DoubleProperty progressProperty() { return progress; }
    public StringProperty statusProperty() { return status; }
    public StringProperty verdictProperty() { return verdict; }
    public BooleanProperty runningProperty() { return running; }
    public ObjectProperty<ResilienceReport> reportProperty() { return report; }
    public ObservableList<Row> rows() { return rows; }

    /** The project the last report is about. */
    public Project project() {
        return project;
    }

    /** Simulates every single failure of {@code p} from its converged network (at 30 minutes). */
    public void run(Project p) {
        if (running.get()) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        running.set(true);
        rows.clear();
        report.set(null);
        verdict.set("");
        progress.set(-1);
        status.set("Simulating the design up to 00:30:00\u2026");
        background.execute(() -> {
            try {
                ResilienceReport r = ResilienceAnalysis.run(p.topology(), EventScript.EMPTY, ResilienceAnalysis.Options.defaults(),
                        new ResilienceAnalysis.Progress() {
                            @Override
                            public void done(int count, int total, org.labcanvas.model.whatif.Failure failure) {
                                ui.accept(() -> {
                                    progress.set((double) count / total);
                                    status.set("Simulated " + count + " of " + total + " failures (" + failure.name() + ")");
                                });
                            }

                            @Override
                            public boolean cancelled() {
                                return stop.get();
                            }
                        });
                ui.accept(() -> show(p, r));
            } catch (CancellationException e) {
                ui.accept(() -> {
                    running.set(false);
                    progress.set(0);
                    status.set("Cancelled: no report");
                });
            } catch (RuntimeException e) {
                ui.accept(() -> {
                    running.set(false);
                    progress.set(0);
                    status.set("The analysis stopped: " + (e.getMessage() == null ? "internal error" : e.getMessage()));
                });
            }
        });
    }

    /** Stops a running analysis (after the failures being simulated now). */
    public void cancel() {
        cancel.set(true);
    }

    private void show(Project p, ResilienceReport r) {
        project = p;
        List<Row> out = new java.util.ArrayList<>();
        int rank = 1;
        for (FailureImpact i : r.impacts()) {
            out.add(new Row(rank++, i.failure().name(), i.failure().kind().word(),
                    i.reroutedMs() < 0 ? "-" : ResilienceText.duration(i.reroutedMs()), ResilienceText.duration(i.reconvergeMs()),
                    dash(i.cutOff()), i.cutOff() > 0 ? "for good" : i.maxOutageMs() == 0 ? "-" : ResilienceText.duration(i.maxOutageMs()),
                    dash(i.lost()), dash(i.moved()), dash(i.ipsecLost().size()), dash(i.nhrpLost().size()),
                    i.aceDropped() + i.aceBestEffort() == 0 ? "-" : String.valueOf(i.aceDropped() + i.aceBestEffort()),
                    Criticality.of(i)));
        }
        rows.setAll(out);
        report.set(r);
        verdict.set(ResilienceText.verdict(r, -1).strip());
        status.set(r.impacts().size() + " failures simulated from 00:30:00, each followed for "
                + ResilienceText.duration(r.windowMs()) + "; " + r.pairs() + " (router, prefix) pairs followed");
        progress.set(1);
        running.set(false);
    }

    /** Whether some failure cuts off a site other than its own. */
    public boolean isolates() {
        return report.get() != null && !report.get().isolating().isEmpty();
    }

    /** The details of the failure ranked {@code rank} (1 first); empty before a report. */
    public String details(int rank) {
        ResilienceReport r = report.get();
        if (r == null || rank < 1 || rank > r.impacts().size()) {
            return "";
        }
        FailureImpact i = r.impacts().get(rank - 1);
        return i.changesAnything() ? ResilienceText.details(rank, i)
                : ResilienceText.details(rank, i) + "   nothing beyond the element itself\n";
    }

    /** The HTML report of the last run (what {@code resilience --report} writes). */
    public String html(String designName) {
        return ResilienceHtml.render(designName, project.topology(), project.layout(), report.get(), -1);
    }

    private static String dash(int n) {
        return n == 0 ? "-" : String.valueOf(n);
    }
}
