package org.labcanvas.model.ios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.lint.Finding;
import org.labcanvas.model.lint.Lint;
import org.labcanvas.model.lint.Severity;
import org.labcanvas.model.topology.Platform;

/** Imported designs go straight into {@code validate}. */
class ImportLintTest {
    @Test
    void hubTunnelOutsideEveryNetworkStatementIsReportedByLint() throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        for (var p : IosImportTest.dualHubFiles()) {
            String text = Files.readString(p);
            if (p.getFileName().toString().equals("R0.cfg")) {
                text = text.replace(" network 10.0.0.0 0.0.0.255 area 10\n", "");
            }
            texts.put(p.getFileName().toString(), text);
        }
        ImportResult r = IosImport.importTexts(texts, Platform.IOS_15);
        List<Finding> findings = Lint.check(r.project().topology());
        assertThat(findings).anyMatch(f -> f.code().equals("OSPF_NOT_COVERED") && f.device().equals("R0")
                && "Tunnel0".equals(f.iface()));
    }

    @Test
    void theImportedDualHubDesignHasNoLintErrors() throws Exception {
        ImportResult r = IosImport.importConfigs(IosImportTest.dualHubFiles(), Platform.IOS_15);
        assertThat(Lint.check(r.project().topology())).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    }
}
