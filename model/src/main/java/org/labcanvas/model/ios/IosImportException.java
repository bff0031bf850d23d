package org.labcanvas.model.ios;

/**
 * A running-config that cannot be imported; the message starts with {@code FILE:LINE:} and any
 * secret it quotes is masked ({@link CredentialMask}). Nothing was written.
 */
public final class IosImportException extends Exception {
    private final String file;
    private final int line;

    public IosImportException(String file, int line, String message) {
        this(file, line, 0, message);
    }

    /** With a 1-based column as well ({@code FILE:LINE:COLUMN: message}); 0 when unknown. */
    public IosImportException(String file, int line, int column, String message) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + CredentialMask.mask(message));
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
