package org.labcanvas.model.sim.ft;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.labcanvas.model.topology.AceImage;

/** What the ACE fault-tolerance process shows: each module and its FT groups, at one instant. */
public interface FtState {
    /** The module named {@code device}; empty when it is not an ACE. */
    Optional<Module> module(String device);

    /** Where a group is at, on one module. */
    record Group(int id, String context, int contextId, boolean inservice, String maintenanceMode, String state,
                 int configPriority, int netPriority, boolean preempt, String peerState, Integer peerConfigPriority,
                 Integer peerNetPriority, Boolean peerPreempt, int peerId, long lastStateChange,
                 String runningSyncStatus, String startupSyncStatus, long bulkArp, long bulkLb, long bulkIcm,
                 ConfigError configError) {}

    /** A configuration line the last bulk sync could not apply here ({@code show ft config-error}). */
    record ConfigError(String context, String command, String error, long at) {}

    /**
     * One ACE module.
     *
     * @param running         false while it reloads (or failed to boot)
     * @param bootedAt        when it last came up (ms)
     * @param bootReason      {@code show version}'s last boot reason
     * @param bootFailure     why the last reload did not come back; null when it did
     * @param peerState       {@code FSM_PEER_STATE_*}
     * @param heartbeatInterval the interval in use (the lower of both modules'), ms
     * @param checkpoints     per context, the checkpoints created, in order
     */
    record Module(String device, String peer, boolean running, long bootedAt, String bootReason, String bootFailure,
                  String runningImage, String version, List<AceImage> images, List<String> bootSystem,
                  List<String> startupBootSystem, List<Group> groups, String peerState, int peerId,
                  String ftAddress, String peerAddress, int ftVlan, int heartbeatInterval, int heartbeatCount,
                  String peerVersion, Map<String, List<String>> checkpoints) {}

    /**
     * Client connections lost to switchovers and reloads since the start, over every context:
     * {@code dropped} for certain (the new active was not STANDBY_HOT, or nobody took over),
     * {@code bestEffort} kept only at best (the new active was STANDBY_WARM), {@code refused} new
     * connections turned away while no module served.
     */
    record ClientLoss(long dropped, long bestEffort, long refused) {}

    /** What switchovers and reloads cost client connections so far. */
    ClientLoss clientLoss();
}
