package org.labcanvas.model.ios;

/**
 * Something an import wants the user to know, tied to a line of a source file.
 *
 * @param file    the file name as given ({@code R1.cfg})
 * @param line    1-based line number
 * @param message what happened (never a secret)
 */
public record ImportNote(String file, int line, String message) {
    public ImportNote {
        message = CredentialMask.mask(message);
    }

    /** {@code R1.cfg:12: INFO message}, the line {@code labcanvas import} prints. */
    public String text() {
        return file + ":" + line + ": INFO " + message;
    }

    @Override
    public String toString() {
        return text();
    }
}
