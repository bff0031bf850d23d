package org.labcanvas.model.configs;

/** A design that cannot be exported (an address that does not parse, say); nothing was written. */
public class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
