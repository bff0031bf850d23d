package org.labcanvas.model.project;

import java.io.IOException;

/**
 * A project file that cannot be loaded, with where and why. The message reads
 * {@code FILE:LINE:COLUMN: PATH: PROBLEM}; parts that are unknown are left out. It never contains
 * a secret value.
 */
public final class ProjectFileException extends IOException {
    private final String file;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    public ProjectFileException(String file, int line, int column, String path, String problem) {
        super(format(file, line, column, path, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = path;
        this.problem = problem;
    }

    public ProjectFileException(String file, String problem, Throwable cause) {
        super(format(file, 0, 0, null, problem), cause);
        this.file = file;
        this.line = 0;
        this.column = 0;
        this.path = null;
        this.problem = problem;
    }

    /** One line: a control character from the file (in a field name, say) is shown as {@code \n} or {@code \u001B}. */
    private static String format(String file, int line, int column, String path, String problem) {
        file = org.labcanvas.model.topology.OneLineText.visible(file);
        path = org.labcanvas.model.topology.OneLineText.visible(path);
        problem = org.labcanvas.model.topology.OneLineText.visible(problem);
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (path != null && !path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(problem).toString();
    }

    public String file() { return file; }

    /** 1-based line, or 0 when unknown. */
    public int line() { return line; }

    /** 1-based column, or 0 when unknown. */
    public int column() { return column; }

    /** JSON path such as {@code $.topology.devices[2].name}, or null. */
    public String path() { return path; }

    public String problem() { return problem; }
}
