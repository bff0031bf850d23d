package org.labcanvas.model.verify;

/** A capture that cannot be read: names the file (and line) and what is wrong. */
public final class CaptureException extends Exception {
    private final String where;

    public CaptureException(String where, String message) {
        super(message);
        this.where = where;
    }

    /** {@code file} or {@code file:line}. */
    public String where() {
        return where;
    }
}
