package org.labcanvas.model.configs;

import java.util.List;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.OneLineText;
import org.labcanvas.model.topology.TextFields;
import org.labcanvas.model.topology.VerbatimLine;

/**
 * The exporters' own refusal of a text with a line break or control character: loading and the
 * designer refuse them already, and lint reports them ({@code TEXT_CONTROL_CHARACTER}), but a
 * design built in code reaches the writers directly. A config line must never be split into two.
 */
final class OneLineFields {
    private OneLineFields() {}

    /** Throws, naming the device and field (never the value), when any text of {@code d} is not one line. */
    static void require(Device d) throws ExportException {
        require(d, List.of());
    }

    static void require(Device d, List<VerbatimLine> extra) throws ExportException {
        List<TextFields.Text> bad = TextFields.notOneLine(d);
        if (bad.isEmpty()) {
            List<TextFields.Text> more = TextFields.notOneLine(extra);
            bad = more.stream().map(t -> new TextFields.Text("verbatim" + t.path(), t.value(), t.secret())).toList();
        }
        if (!bad.isEmpty()) {
            TextFields.Text t = bad.get(0);
            OneLineText.Problem p = OneLineText.check(t.value()).orElseThrow();
            throw new ExportException(OneLineText.visible(d.name()) + ": " + (t.secret() ? "the secret " : "")
                    + OneLineText.visible(t.path()) + " " + OneLineText.refusal(p));
        }
    }
}
