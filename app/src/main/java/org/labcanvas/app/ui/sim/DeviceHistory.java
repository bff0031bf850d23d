package org.labcanvas.app.ui.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Session;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.sim.ft.FtState;
import org.labcanvas.model.topology.Topology;

/**
 * One device's protocol figures over time, for its charts: OSPF neighbours FULL, NHRP cache
 * entries and an ACE module's FT group states, sampled at a fixed interval from a session of its own (the designer's session, and its
 * current time, are left alone).
 */
public final class DeviceHistory {
    /** The figures at one time; {@code ft}: an ACE module's FT groups (empty otherwise, and while it is off). */
    public record Sample(Duration at, int fullNeighbors, int nhrpEntries, boolean up, List<CanvasState.FtGroupView> ft) {
        public Sample {
            ft = List.copyOf(ft);
        }
    }

    private DeviceHistory() {
    }

    /** Samples {@code device} every {@code every} from 0 to {@code until} (both included). */
    public static List<Sample> of(Topology topology, List<ScriptEvent> scenario, String device, Duration until,
                                  Duration every) {
        if (every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("the sampling interval must be positive");
        }
        if (!topology.contains(device)) {
            throw new IllegalArgumentException("the design has no device " + device);
        }
        Session s = new Session(topology, new EventScript(scenario), false);
        List<Sample> out = new ArrayList<>();
        for (Duration t = Duration.ZERO; t.compareTo(until) <= 0; t = t.plus(every)) {
            s.runTo(t);
            NetworkState state = s.state();
            FtState ft = state.view(FtState.class);
            Optional<FtState.Module> module = ft == null ? Optional.empty() : ft.module(device);
            CanvasState.DeviceState d = module.isPresent() ? CanvasState.ace(state, module.get()) : CanvasState.device(state, device);
            out.add(new Sample(t, d.fullNeighbors(), d.nhrpEntries(), d.power() != CanvasState.Power.DOWN, d.ft()));
        }
        return out;
    }
}
