package org.labcanvas.model.ios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.topology.Platform;

/** Running-configs with secrets, control characters, other encodings and ACE configs given as IOS. */
class IosImportHardeningTest {
    @TempDir
    Path dir;

    private static List<String> notes(String text) throws IosImportException {
        return IosImport.importTexts(Map.of("R9.cfg", text), Platform.IOS_15).notes().stream().map(ImportNote::text).toList();
    }

    @Test
    void everyKindOfCredentialIsMaskedInTheNotes() throws Exception {
        String text = """
                hostname R9
                crypto isakmp key Sup3rK3y address 0.0.0.0 0.0.0.0 no-xauth
                crypto isakmp key 6 Sup3rK3y2 address 1.2.3.4
                username admin privilege 15 secret 0 Adm1nS3cret
                username ops password 7 0822455D0A16
                enable secret 5 $1$En4ble$S3cret
                enable password En4blePassw0rd
                snmp-server community Commun1tyS3cret RO
                snmp-server user bob grp v3 auth sha AuthS3cret priv aes 128 PrivS3cret
                snmp-server host 10.1.1.1 version 2c H0stCommun1ty
                crypto keyring KR
                  pre-shared-key address 5.5.5.5 key Ke7ringS3cret
                interface Tunnel0
                 ip nhrp authentication NhrpS3cr extra
                interface Dot11Radio0
                 ssid lab
                  wpa-psk ascii 0 Wp4PskS3cret
                """;
        assertEquals(List.of(
                "R9.cfg:2: INFO kept verbatim (not in the model): crypto isakmp key ***** address 0.0.0.0 0.0.0.0 no-xauth",
                "R9.cfg:3: INFO kept verbatim (not in the model): crypto isakmp key 6 ***** address 1.2.3.4",
                "R9.cfg:4: INFO kept verbatim (not in the model): username admin privilege 15 secret 0 *****",
                "R9.cfg:5: INFO kept verbatim (not in the model): username ops password 7 *****",
                "R9.cfg:6: INFO kept verbatim (not in the model): enable secret 5 *****",
                "R9.cfg:7: INFO kept verbatim (not in the model): enable password *****",
                "R9.cfg:8: INFO kept verbatim (not in the model): snmp-server community ***** RO",
                "R9.cfg:9: INFO kept verbatim (not in the model): snmp-server user bob grp v3 auth sha ***** priv aes 128 *****",
                "R9.cfg:10: INFO kept verbatim (not in the model): snmp-server host 10.1.1.1 version 2c *****",
                "R9.cfg:11: INFO kept verbatim (not in the model): crypto keyring KR",
                "R9.cfg:12: INFO kept verbatim (not in the model): pre-shared-key address 5.5.5.5 key *****",
                "R9.cfg:14: INFO kept verbatim (not in the model): ip nhrp authentication ***** extra",
                "R9.cfg:16: INFO kept verbatim (not in the model): ssid lab",
                "R9.cfg:17: INFO kept verbatim (not in the model): wpa-psk ascii 0 *****"), notes(text));
    }

    @Test
    void anErrorQuotingASecretLineMasksIt() {
        assertThatThrownBy(() -> notes(" crypto isakmp key Sup3rK3y address 0.0.0.0\n"))
                .isInstanceOf(IosImportException.class)
                .hasMessage("R9.cfg:1: indented line outside any block: crypto isakmp key ***** address 0.0.0.0");
    }

    @Test
    void theCredentialMaskKeepsLinesWithoutSecrets() {
        for (String line : List.of("tunnel key 100", "service password-encryption", "ip nhrp network-id 1",
                "interface Tunnel0", "crypto isakmp policy 10")) {
            assertEquals(line, CredentialMask.mask(line));
        }
    }

    @Test
    void aControlCharacterInALineIsRefusedWithLineAndColumn() {
        assertThatThrownBy(() -> notes("hostname R9\ninterface Tunnel0\n description a\u001b[2Jb\n"))
                .hasMessage("R9.cfg:3:15: the line contains a control character (U+001B); a running-config is plain text");
    }

    @Test
    void tabsAndCrLfLineEndsAreWhitespace() throws Exception {
        ImportResult r = IosImport.importTexts(Map.of("R9.cfg",
                "hostname R9\r\ninterface Tunnel0\r\n\tdescription to\tthe hub\r\n"), Platform.IOS_15);
        assertEquals("to the hub", r.project().topology().require("R9").iface("Tunnel0").orElseThrow().description());
    }

    @Test
    void aFileThatIsNotUtf8SaysSo() throws Exception {
        Path latin1 = dir.resolve("R9.cfg");
        Files.write(latin1, "hostname R9\ninterface Tunnel0\n description M\u00fcnchen\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> IosImport.importConfigs(List.of(latin1), Platform.IOS_15))
                .hasMessage("R9.cfg:3: the file is not UTF-8 text (byte 0xFC); save the running-config as plain text"
                        + " (UTF-8 or ASCII)");
        Path utf16 = dir.resolve("R8.cfg");
        Files.write(utf16, "hostname R8\n".getBytes(StandardCharsets.UTF_16));
        assertThatThrownBy(() -> IosImport.importConfigs(List.of(utf16), Platform.IOS_15))
                .hasMessage("R8.cfg:1: the file is UTF-16 text; save the running-config as plain text (UTF-8 or ASCII)");
    }

    @Test
    void aFolderOrMissingFileIsNamed() {
        assertThatThrownBy(() -> IosImport.importConfigs(List.of(dir), Platform.IOS_15))
                .hasMessage(dir + ": is a folder, not a running-config file");
    }

    @Test
    void anAceConfigurationIsRecognisedAndRefused() {
        String ace = "hostname ACE_1\n\nft interface vlan 100\n  ip address 192.168.100.1 255.255.255.0\n\nft peer 1\n";
        assertThatThrownBy(() -> notes(ace))
                .hasMessage("R9.cfg:3: 'ft interface vlan 100' is a Cisco ACE command: this is an ACE configuration,"
                        + " not an IOS running-config. import reads IOS routers only; design ACE modules in the designer"
                        + " (palette: ACE pair)");
        assertThatThrownBy(() -> notes("boot system image:c6ace-t1k9-mz.A2_1_4a.bin\nhostname ACE_1\n"))
                .hasMessageStartingWith("R9.cfg:1: 'boot system image:c6ace-t1k9-mz.A2_1_4a.bin' is a Cisco ACE command");
    }

    @Test
    void aProjectFileGivenAsARunningConfigIsRefusedWithoutRepeatingItsSecrets() {
        String project = org.labcanvas.model.project.ProjectFile.toJson(
                org.labcanvas.model.generate.ReferenceDesigns.dmvpnSingleHub());
        assertThatThrownBy(() -> notes(project))
                .hasMessage("R9.cfg:1: this is a JSON file (a LabCanvas project is opened with 'labcanvas open' or used"
                        + " as it is), not an IOS running-config");
        assertThatThrownBy(() -> notes("<mxfile host=\"LabCanvas\">\n"))
                .hasMessage("R9.cfg:1: this is an XML file, not an IOS running-config");
    }

    @Test
    void aCredentialInASyntaxTheMaskDoesNotKnowIsShownByItsFirstWordOnly() throws Exception {
        assertEquals(List.of("R9.cfg:2: INFO kept verbatim (not in the model): \"key\": ... (contains a credential)"),
                notes("hostname R9\n\"key\": \"Dmvpn-Lab-7qR2xK9wT4mZ\",\n"));
    }

    @Test
    void aHostnameTheProjectFileCannotHoldIsAnError() {
        assertThatThrownBy(() -> notes("hostname R9!x\n"))
                .hasMessage("R9.cfg:1: hostname R9!x is not a name LabCanvas can use: 1-63 letters, digits, '-', '_'"
                        + " or '.', starting with a letter or digit");
    }

    @Test
    void aFileWithoutHostnameIsNamedAfterTheFileInHostnameCharacters() throws Exception {
        ImportResult r = IosImport.importTexts(Map.of("my router (old).cfg", "interface Loopback0\n"), Platform.IOS_15);
        assertEquals("my-router--old-", r.project().topology().devices().get(0).name());
    }
}
