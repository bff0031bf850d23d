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
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"peerDevice", "ftInterface", "ftPeer", "ftGroups", "contexts", "tracking", "images",
        "bootSystem", "runningImage"})
public record AceSettings(String peerDevice, FtInterface ftInterface, FtPeer ftPeer, List<FtGroup> ftGroups,
                          List<AceContext> contexts, List<FtTrack> tracking, List<AceImage> images,
                          List<String> bootSystem, String runningImage) {
    public AceSettings {
        ftGroups = Copies.list(ftGroups);
        contexts = Copies.list(contexts);
        tracking = Copies.list(tracking);
        images = Copies.list(images);
        bootSystem = Copies.list(bootSystem);
    }

    public Optional<FtGroup> group(int id) {
        return ftGroups.stream().filter(g -> g.id() == id).findFirst();
    }

    public AceSettings withFtGroups(List<FtGroup> v) { return new AceSettings(peerDevice, ftInterface, ftPeer, v, contexts, tracking, images, bootSystem, runningImage); }
    public AceSettings withBootSystem(List<String> v) { return new AceSettings(peerDevice, ftInterface, ftPeer, ftGroups, contexts, tracking, images, v, runningImage); }
    public AceSettings withImages(List<AceImage> v) { return new AceSettings(peerDevice, ftInterface, ftPeer, ftGroups, contexts, tracking, v, bootSystem, runningImage); }
    public AceSettings withRunningImage(String v) { return new AceSettings(peerDevice, ftInterface, ftPeer, ftGroups, contexts, tracking, images, bootSystem, v); }
}
