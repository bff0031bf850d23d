package org.labcanvas.model.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.ft.FtState;

/**
 * The facts of a Cisco ACE module, read from the simulation's fault-tolerance snapshot
 * ({@link FtState}) at one instant: each FT group's state and its peer's, the FT peer's state and
 * the running software version. The builders are shared with the capture parsers.
 */
public final class AceFacts {
    private AceFacts() {}

    /** {@code FSM_FT_STATE_STANDBY_HOT} as {@code STANDBY_HOT}; {@code FSM_PEER_STATE_COMPATIBLE} as {@code COMPATIBLE}. */
    static String shortState(String state) {
        return state.replaceFirst("^FSM_(FT|PEER)_STATE_", "");
    }

    /** {@code FT group 2}: {@code STANDBY_HOT, peer ACTIVE}. */
    public static Fact ftGroup(String device, int group, String state, String peerState) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("group", Integer.toString(group));
        f.put("state", shortState(state));
        f.put("peer-state", shortState(peerState));
        return new Fact(device, FactKind.FT_GROUP, "FT group " + group,
                shortState(state) + ", peer " + shortState(peerState), f);
    }

    /** {@code FT peer 1}: {@code COMPATIBLE}. */
    public static Fact ftPeer(String device, int peerId, String state) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("peer-id", Integer.toString(peerId));
        f.put("state", shortState(state));
        return new Fact(device, FactKind.FT_PEER, "FT peer " + peerId, shortState(state), f);
    }

    /** {@code system version}: {@code A2(1.6a)}. */
    public static Fact version(String device, String version) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("version", version);
        return new Fact(device, FactKind.ACE_VERSION, "system version", version, f);
    }

    /** The module's facts; none while it reloads or failed to boot (its console does not answer then). */
    public static List<Fact> facts(NetworkState s, String device) {
        List<Fact> out = new ArrayList<>();
        FtState ft = s.view(FtState.class);
        FtState.Module m = ft == null ? null : ft.module(device).orElse(null);
        if (m == null || !m.running()) {
            return out;
        }
        out.add(version(device, m.version()));
        out.add(ftPeer(device, m.peerId(), m.peerState()));
        for (FtState.Group g : m.groups()) {
            out.add(ftGroup(device, g.id(), g.state(), g.peerState()));
        }
        return out;
    }
}
