package org.labcanvas.model.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureReaderTest {
    private static final Path CAPTURES = Path.of("src/test/resources/verify/captures");
    private static final Set<String> DEVICES = Set.of("R0", "R1", "R2", "R3", "Internet");

    @TempDir
    Path dir;

    @Test
    void aSessionLogIsSplitAtItsPromptsAndAbbreviationsAreExpanded() throws Exception {
        List<CapturedOutput> outs = new CaptureReader(DEVICES).readFile(CAPTURES.resolve("dmvpn-dual-hub/R2.log"));
        assertEquals(List.of("en", "sh ip os nei", "sh ip ro os", "sh ip nhrp nhs", "sh ip nh", "sh cry isa sa",
                "sh cry ips sa", "sh clock"), outs.stream().map(CapturedOutput::typed).toList());
        assertEquals(java.util.Arrays.asList(null, "show ip ospf neighbor", "show ip route ospf", "show ip nhrp nhs",
                "show ip nhrp", "show crypto isakmp sa", "show crypto ipsec sa", null),
                outs.stream().map(CapturedOutput::command).toList());
        assertEquals(List.of(11, 16), outs.subList(1, 3).stream().map(CapturedOutput::line).toList());
    }

    @Test
    void moreRemnantsBackspacesAndCarriageReturnsAreRemoved() {
        assertEquals("O        3.3.3.3 [110/11] via 10.0.0.3, 00:45:13, Tunnel0",
                CaptureReader.clean(" --More-- \b\b\b\b\b\b\b\b\b\b          \b\b\b\b\b\b\b\b\b\bO        3.3.3.3 [110/11] via 10.0.0.3, 00:45:13, Tunnel0\r"));
        assertEquals("Tunnel0:", CaptureReader.clean("\u001B[0mTunnel0:\r"));
    }

    @Test
    void linesWrappedAtEightyColumnsAreJoined() throws Exception {
        String longLine = "        conn id: 2003, flow_id: SW:3, sibling_flags 80000040, crypto map: Tunnel0-head-0";
        String text = "R2#sh cry ipsec sa\n" + longLine.substring(0, 80) + "\n" + longLine.substring(80) + "\nR2#\n";
        List<CapturedOutput> outs = new CaptureReader(DEVICES).parse("w.log", text, Optional.empty(), Optional.empty());
        assertEquals(List.of(longLine), outs.get(0).lines());
    }

    @Test
    void aPlainOutputFileTakesItsDeviceFromItsNameAndItsCommandFromItsHeading() throws Exception {
        Path f = dir.resolve("R3.txt");
        Files.writeString(f, "\nNeighbor ID     Pri   State           Dead Time   Address         Interface\n"
                + "10.10.10.1        1   FULL/DR         00:01:52    10.0.0.1        Tunnel0\n");
        CapturedOutput o = new CaptureReader(DEVICES).readFile(f).get(0);
        assertEquals(List.of("R3", "show ip ospf neighbor"), List.of(o.device(), o.command()));
    }

    @Test
    void anOutputWithNeitherPromptNorDeviceNameIsRefusedWithItsFile() throws Exception {
        Path f = dir.resolve("capture.txt");
        Files.writeString(f, "Legend: E=Expecting replies, R=Responding, W=Waiting\n");
        CaptureException e = assertThrows(CaptureException.class, () -> new CaptureReader(DEVICES).read(List.of(f)));
        assertEquals(f.toString(), e.where());
        assertEquals("cannot tell which device printed this: name the file after the device (R2.txt), keep it in a"
                + " folder named after it, or keep the prompts (R2#show ...)", e.getMessage());
    }

    @Test
    void aPromptOfAnotherDeviceIsRefusedWithItsLine() throws Exception {
        Path f = dir.resolve("session.log");
        Files.writeString(f, "R2#sh ip nhrp\n\nR9#sh ip route\n");
        CaptureException e = assertThrows(CaptureException.class, () -> new CaptureReader(DEVICES).read(List.of(f)));
        assertEquals(f + ":3", e.where());
        assertEquals("the prompt R9# names no device of the design (devices: Internet, R0, R1, R2, R3)", e.getMessage());
    }

    @Test
    void abbreviationsMatchOnlyOneCommandAndFilteredOutputIsNotRead() {
        assertEquals(List.of(Optional.of("show ip route ospf"), Optional.of("show ip nhrp brief"),
                        Optional.of("show crypto ipsec sa"), Optional.of("show ip ospf neighbor"), Optional.empty(),
                        Optional.empty()),
                List.of(CommandNames.full("sh ip ro os"), CommandNames.full("sh ip nh br"), CommandNames.full("do sh cry ips sa"),
                        CommandNames.full("SH IP OSPF NEI"), CommandNames.full("sh ip route | i 10.0"),
                        CommandNames.full("sh ip ospf neighbor detail")));
    }

    @Test
    void shellPromptsNamingAHostStartItsCommands() throws Exception {
        CaptureReader r = new CaptureReader(Set.of("MAC", "R2"), Set.of("MAC"));
        String text = """
                mac$ ifconfig gif0
                gif0: flags=8051<UP,POINTOPOINT,RUNNING,MULTICAST> mtu 1480
                MAC:~ jdoe$ netstat -rn -f inet6
                Internet6:
                jdoe@mac:~$ ip -6 route
                default via 2001:db8::1 dev gif0 metric 1024 pref medium
                [jdoe@mac ~]$ ip tun sh
                root@mac:~# ping -6 -c 3 2001:DB8::1
                jdoe@MAC ~ % ping6 -c3 2001:db8::1
                """;
        List<CapturedOutput> outs = r.parse("mac.log", text, Optional.empty(), Optional.empty());
        assertEquals(List.of("ifconfig gif0", "netstat -rn -f inet6", "ip -6 route", "ip tunnel show", "ping6 2001:db8::1",
                "ping6 2001:db8::1"), outs.stream().map(CapturedOutput::command).toList());
        assertEquals(List.of("MAC"), outs.stream().map(CapturedOutput::device).distinct().toList());
        assertEquals(List.of(List.of("gif0: flags=8051<UP,POINTOPOINT,RUNNING,MULTICAST> mtu 1480")), List.of(outs.get(0).lines()));
    }

    @Test
    void aBarePromptIsTheHostsInAFileNamedAfterItButAnIosErrorIsNoPrompt() throws Exception {
        CaptureReader r = new CaptureReader(Set.of("MAC", "R2"), Set.of("MAC"));
        List<CapturedOutput> mac = r.parse("MAC.txt", "% ifconfig gif0\ngif0: flags=8051<UP> mtu 1480\n% \n",
                Optional.of("MAC"), Optional.empty());
        assertEquals(List.of("ifconfig gif0"), mac.stream().map(CapturedOutput::command).toList());
        List<CapturedOutput> r2 = r.parse("R2.log", "R2#sh ip nhrp nh\n% Invalid input detected at '^' marker.\nR2#\n",
                Optional.of("R2"), Optional.empty());
        assertEquals(List.of(List.of("% Invalid input detected at '^' marker.")), r2.stream().map(CapturedOutput::lines).toList());
    }

    @Test
    void aceAndHostOutputsWithoutPromptsAreToldByTheirContents() {
        assertEquals(Optional.of("show ft group brief"), CaptureReader.guess(List.of("FT Group ID: 1  My State:FSM_FT_STATE_ACTIVE")));
        assertEquals(Optional.of("show ft group detail"), CaptureReader.guess(List.of("FT Group                     : 1",
                "No. of Contexts              : 1", "Context Name                 : Admin")));
        assertEquals(Optional.of("ifconfig gif0"), CaptureReader.guess(List.of("gif0: flags=8051<UP,POINTOPOINT> mtu 1480")));
        assertEquals(Optional.of("ping6 2001:db8::1"), CaptureReader.guess(List.of("", "--- 2001:db8::1 ping6 statistics ---")));
    }
}
