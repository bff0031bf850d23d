package org.labcanvas.model.ios;

import org.labcanvas.model.topology.VerbatimLine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.labcanvas.model.project.Project;

/**
 * What an IOS import produced.
 *
 * @param project  the design
 * @param verbatim per device name, the lines the model does not cover, in source order; pass them to
 *                 {@code ConfigExport.export(..., verbatim)} to get them back in the configs
 * @param notes    INFO notes with file and line, in file order
 */
public record ImportResult(Project project, Map<String, List<VerbatimLine>> verbatim, List<ImportNote> notes) {
    public ImportResult {
        verbatim = java.util.Collections.unmodifiableMap(new TreeMap<>(verbatim));
        notes = List.copyOf(notes);
    }
}
