package org.labcanvas.model.project;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CryptoNamesStructureTest {
    private static final Path DUAL = Path.of(System.getProperty("samples.dir", "../samples"), "dmvpn-dual-hub.labcanvas");

    @Test
    void anIpsecProfileWithoutANameIsRefusedWhereItIs() throws Exception {
        String json = Files.readString(DUAL).replaceFirst("\"name\": \"myDMVPN\",", "");
        assertThatThrownBy(() -> ProjectFile.parse(json, "d.labcanvas"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage("d.labcanvas: $.topology.devices[2].crypto.profiles[0].name: an IPsec profile of 'R0' needs a name");
    }
}
