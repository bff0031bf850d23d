package org.labcanvas.model.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.topology.AceSettings;
import org.labcanvas.model.topology.FtGroup;
import org.labcanvas.model.topology.Topology;

class FtAndSixInFourChecksTest {
    private static final String[] FT_CODES = {"FT_PRIORITY_TIE", "FT_GROUP_NO_PEER", "FT_GROUP_MISMATCH", "FT_INTERFACE_MISMATCH"};

    private static Topology groups(Topology t, String device, UnaryOperator<FtGroup> edit) {
        return t.withDevice(device, d -> d.withAce(d.ace().withFtGroups(d.ace().ftGroups().stream().map(edit).toList())));
    }

    @Test
    void equalPrioritiesAreATieOnBothModules() {
        Topology t = groups(groups(ReferenceDesigns.aceFtPair(), "ACE_1", g -> g.withPriority(100).withPeerPriority(100)),
                "ACE_2", g -> g.withPriority(100).withPeerPriority(100));
        List<String> lines = LintRun.lines(t, FT_CODES);
        assertThat(lines).hasSize(6).allMatch(l -> l.startsWith("WARNING FT_PRIORITY_TIE "));
        assertThat(lines.get(0)).isEqualTo("WARNING FT_PRIORITY_TIE ACE_1: ft group 1: both members have priority 100;"
                + " the ACE breaks the tie itself, so which module is active after a reload is not decided by the configuration");
    }

    @Test
    void groupWithoutPeerCannotFailOver() {
        Topology t = groups(ReferenceDesigns.aceFtPair(), "ACE_1",
                g -> g.id() == 2 ? new FtGroup(2, null, g.priority(), g.peerPriority(), true, g.context(), true) : g);
        assertThat(LintRun.findings(t, FT_CODES)).containsExactly(new Finding(Severity.ERROR, "FT_GROUP_NO_PEER", "ACE_1",
                null, "ace.ftGroups", "ft group 2 has no peer: it cannot fail over"));
    }

    @Test
    void missingPeerModuleAndGroupAbsentOnThePeerAreReported() {
        Topology t = ReferenceDesigns.aceFtPair().withDevice("ACE_2", d -> d.withAce(d.ace().withFtGroups(
                d.ace().ftGroups().subList(0, 2))));
        assertThat(LintRun.lines(t, FT_CODES)).containsExactly(
                "ERROR FT_GROUP_NO_PEER ACE_1: ft group 3 does not exist on the peer module ACE_2: it cannot fail over");
        Topology alone = ReferenceDesigns.aceFtPair().withoutDevice("ACE_2");
        assertThat(LintRun.lines(alone, FT_CODES)).containsExactly(
                "ERROR FT_GROUP_NO_PEER ACE_1: peer module ACE_2 is not an ACE module in the design: no FT group can fail over");
    }

    @Test
    void modulesDisagreeingAboutAGroupAreAMismatch() {
        Topology t = groups(ReferenceDesigns.aceFtPair(), "ACE_2", g -> g.id() == 1 ? g.withPeerPriority(100) : g);
        assertThat(LintRun.lines(t, FT_CODES)).containsExactly(
                "WARNING FT_GROUP_MISMATCH ACE_1: ft group 1 here: priority 120, peer priority 90, context Admin; on ACE_2: priority 90, peer priority 100, context Admin; configuration sync from the active module overwrites the standby's view",
                "WARNING FT_GROUP_MISMATCH ACE_2: ft group 1 here: priority 90, peer priority 100, context Admin; on ACE_1: priority 120, peer priority 90, context Admin; configuration sync from the active module overwrites the standby's view");
    }

    @Test
    void peerAddressThatIsNotThePeersFtAddressIsAnError() {
        Topology t = ReferenceDesigns.aceFtPair().withDevice("ACE_1", d -> d.withAce(new AceSettings(d.ace().peerDevice(),
                new org.labcanvas.model.topology.FtInterface(100, "192.168.100.1/24", "192.168.100.3"), d.ace().ftPeer(),
                d.ace().ftGroups(), d.ace().contexts(), d.ace().tracking(), d.ace().images(), d.ace().bootSystem(),
                d.ace().runningImage())));
        assertThat(LintRun.lines(t, FT_CODES)).containsExactly(
                "ERROR FT_INTERFACE_MISMATCH ACE_1: peer ip address 192.168.100.3, but the peer module ACE_2 has"
                        + " 192.168.100.2 on the FT VLAN: heartbeats never arrive and both modules become active");
    }

    @Test
    void aceReferenceDesignHasNoFtFinding() {
        assertThat(LintRun.lines(ReferenceDesigns.aceFtPair(), FT_CODES)).isEmpty();
    }

    @Test
    void dynamicAddressWithoutUpdaterIsAWarning() {
        Topology t = ReferenceDesigns.sixInFour().withDevice("MAC", d -> d.withSixInFour(d.sixInFour().withUpdater(null)));
        assertThat(LintRun.findings(t)).containsExactly(new Finding(Severity.WARNING, "SIXINFOUR_NO_UPDATER", "MAC", "gif0",
                "sixInFour.updater", "the public IPv4 address is dynamic but no updater is configured: when it changes,"
                + " the broker keeps sending to the old address and IPv6 stops"));
    }

    @Test
    void staticAddressNeedsNoUpdater() {
        Topology t = ReferenceDesigns.sixInFour().withDevice("MAC", d -> d.withSixInFour(
                d.sixInFour().withUpdater(null).withDynamicAddress(false)));
        assertThat(LintRun.findings(t)).isEmpty();
    }

    @Test
    void clientNamingATunnelItDoesNotHaveIsAnError() {
        Topology t = ReferenceDesigns.sixInFour().withDevice("MAC", d -> d.withSixInFour(new org.labcanvas.model.topology.SixInFourClient(
                "gif9", "2001:db8::1", null, "BROKER", false, null)));
        assertThat(LintRun.lines(t)).containsExactly(
                "ERROR SIXINFOUR_TUNNEL_MISSING MAC: 6in4 tunnel interface gif9 does not exist on MAC");
    }

    @Test
    void unknownBrokerIsAnError() {
        Topology t = ReferenceDesigns.sixInFour().withoutDevice("BROKER");
        assertThat(LintRun.lines(t, "SIXINFOUR_BROKER_MISSING", "NHRP_NBMA_UNREACHABLE")).containsExactly(
                "ERROR SIXINFOUR_BROKER_MISSING MAC: 6in4 broker BROKER is not a tunnel broker in the design",
                "ERROR NHRP_NBMA_UNREACHABLE MAC/gif0: tunnel destination 216.66.80.26 is unreachable from MAC: 216.66.80.26 is not on any segment attached to the Internet");
    }
}
