package org.labcanvas.model.sim.nhrp;

/**
 * A spoke's view of one next-hop server, as the letters of {@code show ip nhrp nhs} and
 * {@code show dmvpn}: E (expecting replies: requests sent, none answered yet), R (responding:
 * the last registration was answered), W (waiting: between retries after the server stopped answering).
 */
public enum NhsState {
    E, R, W
}
