package org.labcanvas.app.ui.sim;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.labcanvas.model.explain.ExplainTarget;
import org.labcanvas.model.explain.ExplanationText;
import org.labcanvas.model.explain.RouteExplainer;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.rib.Route;

/**
 * "Explain path" for one device, without a screen: the prefixes of its routing table to choose
 * from, and for a prefix or address typed, the explanation {@code labcanvas explain} prints (at the
 * simulation's current time, or on the converged network while designing) or what is wrong with
 * the text.
 */
public final class ExplainViewModel {
    private final String device;
    private final Supplier<NetworkState> state;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    /** The last text explained, for {@link #refresh()}; null before the first. */
    private String last;

    /** @param state the network to explain from, read at each explanation */
    public ExplainViewModel(String device, Supplier<NetworkState> state) {
        this.device = device;
        this.state = state;
    }

    public String device() {
        return device;
    }

    /** The prefixes in the device's routing table now, in table order: what the prefix box offers. */
    public List<String> prefixes() {
        NetworkState s = state.get();
        if (s == null || !s.deviceUp(device)) {
            return List.of();
        }
        return s.rib(device).routes().stream().map(Route::prefix).map(Object::toString).toList();
    }

    /** Explains {@code input}; false (and {@link #problemProperty()} says why) when it is no prefix or address. */
    public boolean explain(String input) {
        last = input;
        ExplainTarget target;
        try {
            target = ExplainTarget.parse(input);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
        NetworkState s = state.get();
        if (s == null) {
            problem.set("the simulation has no state yet");
            return false;
        }
        problem.set("");
        text.set(ExplanationText.render(RouteExplainer.explain(s, device, target)));
        return true;
    }

    /** Explains the last text again, on the state as it is now (the simulation moved); nothing before the first. */
    public void refresh() {
        if (last != null && problem.get().isEmpty()) {
            explain(last);
        }
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }
}
