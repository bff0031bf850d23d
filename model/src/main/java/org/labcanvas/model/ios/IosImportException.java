package org.labcanvas.model.ios;

/** A running-config that cannot be imported; the message starts with {@code FILE:LINE:}. Nothing was written. */
public final class IosImportException extends Exception {
    private final String file;
    private final int line;

    public IosImportException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
