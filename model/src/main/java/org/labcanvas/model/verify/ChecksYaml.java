package org.labcanvas.model.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.topology.Device;

/**
 * {@code expectations/checks.yaml}: per state and device, the facts that must hold, each with its
 * kind, the command that shows it, a subject, the expected value and the same fact as named fields.
 * The layout is described in {@code docs/verification.md}.
 */
final class ChecksYaml {
    static final String FORMAT = "labcanvas-checks/1";

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private ChecksYaml() {}

    static String write(String title, List<ExpectedState> states) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("design", title);
        List<Object> list = new ArrayList<>();
        for (ExpectedState st : states) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", st.title());
            s.put("folder", st.folder().isEmpty() ? "." : st.folder());
            s.put("at", SimTime.clock(st.at()));
            List<String> off = new ArrayList<>();
            for (Device d : st.state().network().topology().devices()) {
                if (VerificationRoles.of(d).isPresent() && !st.state().deviceUp(d.name())) {
                    off.add(d.name());
                }
            }
            if (!off.isEmpty()) {
                s.put("powered-off", off);
            }
            List<Object> devices = new ArrayList<>();
            for (Device d : Expectations.covered(st)) {
                VerificationRole role = VerificationRoles.of(d).orElseThrow();
                Map<String, Object> dev = new LinkedHashMap<>();
                dev.put("device", d.name());
                dev.put("role", role.name());
                List<Object> facts = new ArrayList<>();
                for (Fact f : role.facts(st.state(), d)) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("kind", f.kind().id());
                    m.put("command", FactKind.commandOf(f));
                    m.put("subject", f.subject());
                    m.put("expect", f.value());
                    m.putAll(f.fields());
                    facts.add(m);
                }
                dev.put("facts", facts);
                devices.add(dev);
            }
            s.put("devices", devices);
            list.add(s);
        }
        root.put("states", list);
        try {
            return "# Facts the design must show, per state and device (docs/verification.md describes the fields).\n"
                    + YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
