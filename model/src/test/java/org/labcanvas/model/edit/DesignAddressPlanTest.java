package org.labcanvas.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.topology.Topology;

class DesignAddressPlanTest {
    private static String t(long a) {
        return DesignAddressPlan.text(a);
    }

    @Test
    void anEmptyDesignStartsAtTheReferenceConventions() {
        DesignAddressPlan plan = new DesignAddressPlan(Topology.EMPTY);
        assertEquals(List.of("10.0.0.0", "10.1.1.0", "10.4.0.0", "10.4.1.0", "10.10.10.0", "2.2.2.2", "216.66.80.0"),
                List.of(t(plan.hubTunnelSubnet(0)), t(plan.hubTunnelSubnet(0)), t(plan.wanSubnet()), t(plan.wanSubnet()),
                        t(plan.lanSubnet()), t(plan.loopback(2)), t(plan.brokerSubnet())));
    }

    @Test
    void takenSubnetsAndHostsAreSkipped() {
        DesignAddressPlan plan = new DesignAddressPlan(ReferenceDesigns.dmvpnDualHub().topology());
        assertEquals(List.of("10.2.2.0", "10.4.4.0", "10.10.11.0", "10.9.0.1", "10.10.10.3"),
                List.of(t(plan.hubTunnelSubnet(0)), t(plan.wanSubnet()), t(plan.lanSubnet()), t(plan.loopback(3)),
                        t(plan.hostIn(DesignAddressPlan.dotted(10, 10, 10, 0), 24, 1))));
    }

    @Test
    void wildcardsAreTheInverseMask() {
        assertEquals(List.of("0.0.0.255", "0.0.0.0", "0.0.255.255"),
                List.of(DesignAddressPlan.wildcard(24), DesignAddressPlan.wildcard(32), DesignAddressPlan.wildcard(16)));
    }
}
