package org.labcanvas.model.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parsers on real device output kept by ntc-templates (see the fixtures' README for the licence). */
class OutputParsersTest {
    private static final Path NTC = Path.of("src/test/resources/verify/ntc-templates");

    private static List<String> read(String device, String file, String command) throws Exception {
        List<CapturedOutput> outs = new CaptureReader(Set.of(device)).parse(file, java.nio.file.Files.readString(NTC.resolve(file)),
                Optional.of(device), Optional.of(command));
        return facts(outs.get(outs.size() - 1));
    }

    private static List<String> facts(CapturedOutput o) {
        OutputParsers.Parsed p = OutputParsers.parse(o);
        assertEquals(List.of(), p.unread(), "unread lines");
        return p.facts().stream().map(f -> f.kind().id() + " " + f.subject() + ": " + f.value()).toList();
    }

    @Test
    void readsTheRoutesOfARealIosRoutingTableWithItsSessionPrompts() throws Exception {
        List<CapturedOutput> outs = new CaptureReader(Set.of("ESW1")).readFile(NTC.resolve("cisco_ios_show_ip_route.raw"));
        assertEquals(1, outs.size());
        assertEquals("show ip route", outs.get(0).command());
        assertEquals(List.of(
                "route route 4.4.0.0/16: O E2 [110/20] via 194.0.0.2 FastEthernet0/0",
                "route route 172.20.1.1/32: O [110/11] via 194.0.0.2 FastEthernet0/0",
                "route route 172.20.3.1/32: O [110/11] via 194.0.0.2 FastEthernet0/0",
                "route route 172.20.2.1/32: O [110/11] via 194.0.0.2 FastEthernet0/0",
                "route route 195.0.0.0/24: O IA [110/11] via 194.0.0.2 FastEthernet0/0",
                "route route 0.0.0.0/0: O E2 [110/1] via 194.0.0.2 FastEthernet0/0",
                "route route 212.0.0.0/8: O E2 [110/20] via 194.0.0.2 FastEthernet0/0"), facts(outs.get(0)));
    }

    @Test
    void readsOspfNeighboursOnSubinterfaces() throws Exception {
        assertEquals(List.of(
                "ospf-neighbor neighbor 10.190.30.2 on GigabitEthernet0/2.101: FULL/BDR",
                "ospf-neighbor neighbor 10.190.30.3 on GigabitEthernet0/2.101: FULL/DR",
                "ospf-neighbor neighbor 10.190.30.2 on GigabitEthernet0/2.100: FULL/BDR",
                "ospf-neighbor neighbor 10.190.30.3 on GigabitEthernet0/2.100: FULL/DR"),
                read("SW", "four_neighbors.raw", "show ip ospf neighbor"));
    }

    @Test
    void readsDmvpnPeersOfALaterReleaseWithItsExtraLegendLines() throws Exception {
        assertEquals(List.of(
                "nhrp-entry NHRP entry 10.253.0.1/32 on Tunnel100: NBMA 10.200.0.3, static",
                "dmvpn-peer DMVPN peer 10.253.0.1 on Tunnel100: UP",
                "nhrp-entry NHRP entry 10.253.0.2/32 on Tunnel100: NBMA 10.202.0.170, static",
                "dmvpn-peer DMVPN peer 10.253.0.2 on Tunnel100: NHRP"),
                read("SPOKE", "cisco_ios_show_dmvpn.raw", "show dmvpn"));
    }

    @Test
    void readsIpsecSasWithSeveralSpisPerDirection() throws Exception {
        assertEquals(List.of(
                "ipsec-sa IPsec SA to 2.2.2.2 on Tunnel1: ACTIVE",
                "ipsec-sa IPsec SA to 3.3.3.3 on Tunnel2: ACTIVE"),
                read("HUB", "cisco_ios_show_crypto_ipsec_sa_detail_2.raw", "show crypto ipsec sa"));
    }

    @Test
    void readsNhrpCachesOfTwelveFourAndFifteenLayouts() throws Exception {
        String v12 = """
                192.168.1.2/32 via 192.168.1.2, Tunnel0 created 00:00:12, expire 01:59:47
                  Type: dynamic, Flags: unique registered used
                  NBMA address: 192.1.20.2
                """;
        String v15 = """
                10.64.0.2/32 via 10.64.0.2
                   Tunnel100 created 00:05:12, expire 01:54:47
                   Type: dynamic, Flags: unique registered used nhop\s
                   NBMA address: 20.30.30.2\s
                10.64.0.3/32 via 10.64.0.3
                   Tunnel100 created 00:01:44, expire 01:58:15
                   Type: dynamic, Flags: unique registered used nhop\s
                   NBMA address: 20.30.10.2\s
                """;
        CaptureReader r = new CaptureReader(Set.of("HUB"));
        assertEquals(List.of("nhrp-entry NHRP entry 192.168.1.2/32 on Tunnel0: NBMA 192.1.20.2, dynamic"),
                facts(r.parse("a", v12, Optional.of("HUB"), Optional.empty()).get(0)));
        assertEquals(List.of("nhrp-entry NHRP entry 10.64.0.2/32 on Tunnel100: NBMA 20.30.30.2, dynamic",
                        "nhrp-entry NHRP entry 10.64.0.3/32 on Tunnel100: NBMA 20.30.10.2, dynamic"),
                facts(r.parse("b", v15, Optional.of("HUB"), Optional.empty()).get(0)));
    }

    @Test
    void readsIsakmpSasOfEveryLayoutAndPrefersTheLiveOne() throws Exception {
        String text = """
                IPv4 Crypto ISAKMP SA
                dst             src             state          conn-id slot status
                10.4.0.1        10.4.2.1        MM_NO_STATE       1074    0 ACTIVE
                10.4.0.1        10.4.2.1        QM_IDLE           1075    0 ACTIVE
                200.20.20.14    210.110.35.2    QM_IDLE           1001 ACTIVE

                IPv6 Crypto ISAKMP SA

                """;
        CapturedOutput o = new CaptureReader(Set.of("R2")).parse("c", text, Optional.of("R2"), Optional.empty()).get(0);
        assertEquals("show crypto isakmp sa", o.command());
        OutputParsers.Parsed p = OutputParsers.parse(o);
        assertEquals(List.of("ISAKMP SA 10.4.0.1 - 10.4.2.1: QM_IDLE", "ISAKMP SA 200.20.20.14 - 210.110.35.2: QM_IDLE"),
                p.facts().stream().map(f -> f.subject() + ": " + f.value()).toList());
        assertEquals(List.of(), p.unread());
    }

    @Test
    void shortInterfaceNamesAreExpanded() {
        assertEquals(List.of("Tunnel0", "FastEthernet0/0", "GigabitEthernet0/2.101", "Tunnel0", "Loopback0"),
                List.of(OutputParsers.interfaceName("Tu0"), OutputParsers.interfaceName("Fa0/0"),
                        OutputParsers.interfaceName("Gi0/2.101"), OutputParsers.interfaceName("Tunnel0"),
                        OutputParsers.interfaceName("Lo0")));
    }
}
