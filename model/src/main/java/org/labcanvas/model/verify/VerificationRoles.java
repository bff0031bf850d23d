package org.labcanvas.model.verify;

import java.util.List;
import java.util.Optional;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.RouterRole;

/**
 * The roles the verification pack knows: IOS routers (hub, spoke, other), ACE modules and 6in4
 * client hosts (macOS, FreeBSD, Linux). Other devices get no expectations and their captures are not
 * checked.
 */
public final class VerificationRoles {
    private static final List<VerificationRole> ROLES = List.of(
            new IosRouterRole(RouterRole.HUB), new IosRouterRole(RouterRole.SPOKE), new IosRouterRole(RouterRole.OTHER),
            new AceRole(), new SixInFourClientRole());

    private VerificationRoles() {}

    /** The role of {@code device}; empty for devices the pack does not cover yet. */
    public static Optional<VerificationRole> of(Device device) {
        return ROLES.stream().filter(r -> r.appliesTo(device)).findFirst();
    }
}
