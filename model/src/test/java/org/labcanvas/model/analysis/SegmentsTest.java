package org.labcanvas.model.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.lint.ReferenceDesigns;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;
import org.labcanvas.model.topology.Endpoint;
import org.labcanvas.model.topology.Interface;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.Topology;

class SegmentsTest {
    private static InterfaceRef ref(String d, String i) {
        return InterfaceRef.of(d, i);
    }

    @Test
    void lanNodeJoinsEverythingCabledToIt() {
        Segments s = new Segments(ReferenceDesigns.dualHub());
        Segment lan = s.segmentOf(ref("R0", "FastEthernet2/0"));
        assertThat(lan.members()).containsExactly(ref("R0", "FastEthernet2/0"), ref("R1", "FastEthernet2/0"));
        assertThat(lan.internetAttached()).isFalse();
        assertThat(s.segmentOf(ref("R1", "FastEthernet2/0"))).isSameAs(lan);
    }

    @Test
    void internetNodeKeepsEachAttachmentItsOwnSegment() {
        Segments s = new Segments(ReferenceDesigns.dualHub());
        Segment r2 = s.segmentOf(ref("R2", "FastEthernet1/0"));
        Segment r3 = s.segmentOf(ref("R3", "FastEthernet1/0"));
        assertThat(r2.members()).containsExactly(ref("R2", "FastEthernet1/0"));
        assertThat(r2.internetAttached()).isTrue();
        assertThat(r3).isNotSameAs(r2);
        assertThat(r3.internetAttached()).isTrue();
    }

    @Test
    void uncabledInterfacesAreStubs() {
        Segments s = new Segments(ReferenceDesigns.dualHub());
        assertThat(s.segmentOf(ref("R2", "Loopback0"))).isEqualTo(new Segment(s.segmentOf(ref("R2", "Loopback0")).id(),
                List.of(ref("R2", "Loopback0")), false));
        assertThat(s.segmentOf(ref("R2", "Tunnel0")).isStub()).isTrue();
        assertThat(s.segmentOf(ref("R9", "Tunnel0"))).isNull();
    }

    @Test
    void cablesAndChainedLansJoinAndAnInternetLinkMarksTheWholeLan() {
        Device a = Device.of("A", DeviceKind.ROUTER, Platform.IOS_15).withInterfaces(List.of(
                Interface.physical("e0", "10.0.0.1/24"), Interface.physical("e1", "10.0.1.1/24")));
        Device b = Device.of("B", DeviceKind.ROUTER, Platform.IOS_15).withInterfaces(List.of(
                Interface.physical("e0", "10.0.0.2/24"), Interface.physical("e1", "10.0.1.2/24")));
        Topology t = new Topology(List.of(a, b, Device.of("SW1", DeviceKind.LAN, Platform.GENERIC),
                Device.of("SW2", DeviceKind.LAN, Platform.GENERIC), Device.of("NET", DeviceKind.INTERNET, Platform.GENERIC)),
                List.of(Link.between(Endpoint.of("A", "e0"), Endpoint.of("B", "e0")),
                        Link.between(Endpoint.of("A", "e1"), Endpoint.node("SW1")),
                        Link.between(Endpoint.node("SW1"), Endpoint.node("SW2")),
                        Link.between(Endpoint.of("B", "e1"), Endpoint.node("SW2")),
                        Link.between(Endpoint.node("SW2"), Endpoint.node("NET"))));
        Segments s = new Segments(t);
        assertThat(s.segmentOf(ref("A", "e0")).members()).containsExactly(ref("A", "e0"), ref("B", "e0"));
        assertThat(s.segmentOf(ref("A", "e0")).internetAttached()).isFalse();
        assertThat(s.segmentOf(ref("A", "e1")).members()).containsExactly(ref("A", "e1"), ref("B", "e1"));
        assertThat(s.segmentOf(ref("A", "e1")).internetAttached()).isTrue();
        assertThat(s.all()).hasSize(2);
    }
}
