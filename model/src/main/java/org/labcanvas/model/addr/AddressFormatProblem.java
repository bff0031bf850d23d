package org.labcanvas.model.addr;

/** An address, mask or prefix that does not parse; the message is written for the user. */
public final class AddressFormatProblem extends Exception {
    public AddressFormatProblem(String message) {
        super(message);
    }
}
