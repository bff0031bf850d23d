package org.labcanvas.model.verify;

import java.time.Duration;
import org.labcanvas.model.sim.NetworkState;

/**
 * One moment the verification pack describes: the steady state of the design, or the state after a
 * scripted event once the network has settled.
 *
 * @param folder the sub-folder of {@code expectations/} ({@code ""} for the steady state,
 *               {@code after-1-r0-power-off} for the first event)
 * @param title  in words ({@code steady state}, {@code after R0 power off at 00:10:00})
 * @param at     the instant of the simulation
 * @param state  the network then
 */
public record ExpectedState(String folder, String title, Duration at, NetworkState state) {}
