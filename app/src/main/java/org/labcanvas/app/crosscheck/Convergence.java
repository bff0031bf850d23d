package org.labcanvas.app.crosscheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.labcanvas.model.crosscheck.LabPlan;
import org.labcanvas.model.crosscheck.NeighborEntry;

/**
 * When the lab has converged, judged from what FRR shows (never from elapsed time alone): no OSPF
 * interface is still waiting to elect a DR; every neighbor is {@code FULL} or {@code 2WAY}, and
 * the router it names is running and lists this router back (a neighbor of a stopped router, or
 * one that no longer hears us, is still waiting for its dead interval); and routes and neighbors
 * have stayed the same for two hello intervals, so that every neighbor has had the chance to be
 * heard and SPF has run.
 */
final class Convergence {
    /** How long the state must stay the same: two hello intervals. */
    static final long STABLE_MS = 2000L * LabPlan.HELLO_SECONDS;
    static final long POLL_MS = 200;

    private Convergence() {}

    /** Why {@code reading} is not a converged state, or empty when it is. */
    static Optional<String> unsettled(NamespaceLab.LabReading reading) {
        if (!reading.waiting().isEmpty()) {
            return Optional.of("waiting for the DR election on " + String.join(", ", reading.waiting()));
        }
        Map<String, String> routerById = new HashMap<>();
        reading.routerIds().forEach((router, id) -> routerById.put(id, router));
        List<NeighborEntry> nbrs = reading.snapshot().neighbors();
        for (NeighborEntry n : nbrs) {
            if (!Set.of("FULL", "2WAY").contains(n.state())) {
                return Optional.of(n.router() + " has neighbor " + n.neighborId() + " in state " + n.state());
            }
            String other = routerById.get(n.neighborId());
            if (other == null) {
                return Optional.of(n.router() + " still lists " + n.neighborId() + ", which is not running");
            }
            String self = reading.routerIds().get(n.router());
            boolean mutual = nbrs.stream().anyMatch(m -> m.router().equals(other) && m.neighborId().equals(self));
            if (!mutual) {
                return Optional.of(n.router() + " lists " + other + " as neighbor, but " + other + " does not list it");
            }
        }
        return Optional.empty();
    }

    /**
     * Polls the lab until it has converged or {@code timeoutMs} has passed.
     *
     * @return the converged reading
     * @throws LabException when it did not converge in time, saying what was still unsettled
     */
    static NamespaceLab.LabReading await(NamespaceLab lab, long timeoutMs) throws LabException {
        long start = System.nanoTime();
        NamespaceLab.LabReading last = null;
        long lastChange = start;
        String why = "no reading yet";
        while (true) {
            NamespaceLab.LabReading now = lab.read();
            long t = System.nanoTime();
            if (last == null || !now.snapshot().equals(last.snapshot()) || !now.routerIds().equals(last.routerIds())) {
                lastChange = t;
            }
            last = now;
            Optional<String> u = unsettled(now);
            long stableMs = (t - lastChange) / 1_000_000;
            if (u.isEmpty() && stableMs >= STABLE_MS) {
                return now;
            }
            why = u.orElse("routes or neighbors changed " + stableMs + " ms ago");
            if ((t - start) / 1_000_000 > timeoutMs) {
                throw new LabException("OSPF in the lab did not converge within " + timeoutMs / 1000 + " s: " + why);
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LabException("interrupted while waiting for OSPF to converge");
            }
        }
    }
}
