package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A configuration line of a context that this module cannot apply when its peer syncs it, so the
 * group's sync fails here and the group stays {@code STANDBY_COLD}.
 *
 * @param context    the context whose sync fails
 * @param command    the configuration line that fails ({@code script file 2 test.tcl})
 * @param error      the ACE's error for it ({@code Unable to locate the script file 'test.tcl'})
 * @param persistent true when the cause stays (a file missing on this module); false for a failure
 *                   that happened once, before the simulation starts, and that the next bulk sync
 *                   ({@code no inservice} then {@code inservice}) clears
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"context", "command", "error", "persistent"})
public record FtSyncFault(String context, String command, String error, boolean persistent) {}
