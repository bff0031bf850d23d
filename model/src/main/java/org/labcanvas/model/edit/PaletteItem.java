package org.labcanvas.model.edit;

/** What the designer's palette offers, in palette order. */
public enum PaletteItem {
    HUB("Hub router"),
    SPOKE("Spoke router"),
    ROUTER("Router"),
    ACE_PAIR("ACE pair"),
    BROKER("Tunnel broker"),
    IPV6_HOST("IPv6 host"),
    LAN("LAN"),
    INTERNET("Internet");

    private final String title;

    PaletteItem(String title) {
        this.title = title;
    }

    /** The palette label. */
    public String title() {
        return title;
    }
}
