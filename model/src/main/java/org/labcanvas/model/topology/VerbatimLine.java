package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A configuration line the model does not cover, kept as it was written so that an export puts
 * it back where it was.
 *
 * @param block  the header of the top-level block the line sits in ({@code interface Tunnel0}),
 *               or null for a top-level line
 * @param after  the line before it in the same block (or at top level, the previous top-level
 *               line), trailing spaces removed; null when it came first
 * @param text   the line itself, with its leading spaces, without trailing spaces
 * @param source where it came from ({@code R1.cfg:12}), for messages
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"block", "after", "text", "source"})
public record VerbatimLine(String block, String after, String text, String source) {}
