package org.labcanvas.model.sim.underlay;

/** The two columns of {@code show ip interface brief}: Status and Protocol. */
public enum InterfaceStatus {
    UP("up", true), DOWN("down", false), ADMIN_DOWN("administratively down", false), DEVICE_OFF("down", false);

    private final String text;
    private final boolean physicalUp;

    InterfaceStatus(String text, boolean physicalUp) {
        this.text = text;
        this.physicalUp = physicalUp;
    }

    public String text() {
        return text;
    }

    public boolean isUp() {
        return physicalUp;
    }
}
