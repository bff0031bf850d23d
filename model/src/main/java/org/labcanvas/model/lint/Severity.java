package org.labcanvas.model.lint;

/** How bad a finding is. {@code labcanvas validate} exits 1 when any ERROR is found. */
public enum Severity {
    ERROR, WARNING, INFO
}
