package org.labcanvas.model.lint;

import java.util.List;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Link;
import org.labcanvas.model.topology.OneLineText;
import org.labcanvas.model.topology.TextFields;

/**
 * {@code TEXT_CONTROL_CHARACTER} (ERROR): a name, description, key or any other text of a device
 * with a line break or other control character ({@link OneLineText}). Exported, it would start a
 * line of its own in the config or script (a {@code username ... privilege 15} in a router, a
 * command in a shell script); the exporters refuse such a design. A project file with one does
 * not load at all, so this finds designs built or edited in code. The finding names the field,
 * never its value.
 */
final class TextControlCharacterCheck implements LintCheck {
    static final String CODE = "TEXT_CONTROL_CHARACTER";

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        for (Device d : ctx.topology().devices()) {
            for (TextFields.Text t : TextFields.notOneLine(d)) {
                OneLineText.Problem p = OneLineText.check(t.value()).orElseThrow();
                out.add(new Finding(Severity.ERROR, CODE, d.name(), iface(d, t.path()), t.path(),
                        (t.secret() ? "the secret " : "") + t.path() + " " + OneLineText.refusal(p)));
            }
        }
        List<Link> links = ctx.topology().links();
        for (int i = 0; i < links.size(); i++) {
            for (TextFields.Text t : TextFields.notOneLine(links.get(i))) {
                OneLineText.Problem p = OneLineText.check(t.value()).orElseThrow();
                Link l = links.get(i);
                String device = l.a() != null ? l.a().device() : l.b() != null ? l.b().device() : null;
                out.add(new Finding(Severity.ERROR, CODE, device, null, "links[" + i + "]." + t.path(),
                        "links[" + i + "]." + t.path() + " " + OneLineText.refusal(p)));
            }
        }
    }

    /** The interface a path like {@code interfaces[2].description} is in, or null. */
    private static String iface(Device d, String path) {
        if (!path.startsWith("interfaces[")) {
            return null;
        }
        int end = path.indexOf(']');
        int i = Integer.parseInt(path.substring("interfaces[".length(), end));
        return i < d.interfaces().size() ? d.interfaces().get(i).name() : null;
    }
}
