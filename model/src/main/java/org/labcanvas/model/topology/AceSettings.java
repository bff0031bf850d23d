package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * A Cisco ACE module's fault-tolerance configuration and software.
 *
 * @param peerDevice   the other module of the pair (device name)
 * @param ftInterface  the FT VLAN interface
 * @param ftPeer       the {@code ft peer} definition
 * @param ftGroups     FT groups, one per context
 * @param contexts     virtual contexts (including Admin)
 * @param tracking     {@code ft track} objects
 * @param images       images stored on {@code image:}
 * @param bootSystem   {@code boot system image:NAME} entries, in order
 * @param runningImage the image the module runs now
 * @param tftp         images a TFTP server the module reaches offers ({@code copy tftp://SERVER/NAME image:})
 * @param syncFaults   configuration sync failures this module meets as the standby of a group
 * @param clientLoad   modelled client connections per context (for what survives a switchover)
 * @param reloadSeconds how long a {@code reload} keeps the module down; null: {@link #DEFAULT_RELOAD_SECONDS}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"peerDevice", "ftInterface", "ftPeer", "ftGroups", "contexts", "tracking", "images",
        "bootSystem", "runningImage", "tftp", "syncFaults", "clientLoad", "reloadSeconds"})
public record AceSettings(String peerDevice, FtInterface ftInterface, FtPeer ftPeer, List<FtGroup> ftGroups,
                          List<AceContext> contexts, List<FtTrack> tracking, List<AceImage> images,
                          List<String> bootSystem, String runningImage, List<TftpImage> tftp,
                          List<FtSyncFault> syncFaults, List<AceClientLoad> clientLoad, Integer reloadSeconds) {
    /** An ACE module restarts in up to 8 minutes. */
    public static final int DEFAULT_RELOAD_SECONDS = 480;

    /**
     * New settings without TFTP images, sync faults, client load or a reload time (the defaults).
     * To change one field of existing settings use its {@code with...} method, which keeps the others.
     */
    public AceSettings(String peerDevice, FtInterface ftInterface, FtPeer ftPeer, List<FtGroup> ftGroups,
                       List<AceContext> contexts, List<FtTrack> tracking, List<AceImage> images,
                       List<String> bootSystem, String runningImage) {
        this(peerDevice, ftInterface, ftPeer, ftGroups, contexts, tracking, images, bootSystem, runningImage,
                List.of(), List.of(), List.of(), null);
    }

    public AceSettings {
        tftp = Copies.list(tftp);
        syncFaults = Copies.list(syncFaults);
        clientLoad = Copies.list(clientLoad);
        ftGroups = Copies.list(ftGroups);
        contexts = Copies.list(contexts);
        tracking = Copies.list(tracking);
        images = Copies.list(images);
        bootSystem = Copies.list(bootSystem);
    }

    public Optional<FtGroup> group(int id) {
        return ftGroups.stream().filter(g -> g.id() == id).findFirst();
    }

    public AceSettings withPeerDevice(String v) { return new AceSettings(v, ftInterface, ftPeer, ftGroups, contexts, tracking, images, bootSystem, runningImage, tftp, syncFaults, clientLoad, reloadSeconds); }
    public AceSettings withFtInterface(FtInterface v) { return new AceSettings(peerDevice, v, ftPeer, ftGroups, contexts, tracking, images, bootSystem, runningImage, tftp, syncFaults, clientLoad, reloadSeconds); }
    public AceSettings withFtPeer(FtPeer v) { return new AceSettings(peerDevice, ftInterface, v, ftGroups, contexts, tracking, images, bootSystem, runningImage, tftp, syncFaults, clientLoad, reloadSeconds); }
    public AceSettings withContexts(List<AceContext> v) { return new AceSettings(peerDevice, ftInterface, ftPeer, ftGroups, v, tracking, images, bootSystem, runningImage, tftp, syncFaults, clientLoad, reloadSeconds); }
    public AceSettings withTracking(List<FtTrack> v) { return new AceSettings(peerDevice, ftInterface, ftPeer, ftGroups, contexts, v, images, bootSystem, runningImage, tftp, syncFaults, clientLoad, reloadSeconds); }
    public AceSettings withFtGroups(List<FtGroup> v) { return new AceSettings(peerDevice, ftInterface, ftPeer, v, contexts, tracking, images, bootSystem, runningImage, tftp, syncFaults, clientLoad, reloadSeconds); }
    public AceSettings withBootSystem(List<String> v) { return new AceSettings(peerDevice, ftInterface, ftPeer, ftGroups, contexts, tracking, images, v, runningImage, tftp, syncFaults, clientLoad, reloadSeconds); }
    public AceSettings withImages(List<AceImage> v) { return new AceSettings(peerDevice, ftInterface, ftPeer, ftGroups, contexts, tracking, v, bootSystem, runningImage, tftp, syncFaults, clientLoad, reloadSeconds); }
    public AceSettings withTftp(List<TftpImage> v) { return new AceSettings(peerDevice, ftInterface, ftPeer, ftGroups, contexts, tracking, images, bootSystem, runningImage, v, syncFaults, clientLoad, reloadSeconds); }
    public AceSettings withSyncFaults(List<FtSyncFault> v) { return new AceSettings(peerDevice, ftInterface, ftPeer, ftGroups, contexts, tracking, images, bootSystem, runningImage, tftp, v, clientLoad, reloadSeconds); }
    public AceSettings withClientLoad(List<AceClientLoad> v) { return new AceSettings(peerDevice, ftInterface, ftPeer, ftGroups, contexts, tracking, images, bootSystem, runningImage, tftp, syncFaults, v, reloadSeconds); }

    /** How long a {@code reload} keeps the module down, in seconds. */
    public int effectiveReloadSeconds() {
        return reloadSeconds == null ? DEFAULT_RELOAD_SECONDS : reloadSeconds;
    }

    public AceSettings withRunningImage(String v) { return new AceSettings(peerDevice, ftInterface, ftPeer, ftGroups, contexts, tracking, images, bootSystem, v, tftp, syncFaults, clientLoad, reloadSeconds); }
}
