package org.labcanvas.model.configs;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param written the files written, sorted by path
 */
public record ExportReport(List<Path> written) {
    public ExportReport {
        written = List.copyOf(written);
    }
}
