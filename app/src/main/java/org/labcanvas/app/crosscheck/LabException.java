package org.labcanvas.app.crosscheck;

/** The lab could not be built, run or read; the message says what, for a person. */
public final class LabException extends Exception {
    public LabException(String message) {
        super(message);
    }
}
