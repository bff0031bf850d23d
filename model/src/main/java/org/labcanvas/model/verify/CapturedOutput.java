package org.labcanvas.model.verify;

import java.util.List;

/**
 * The output of one command in a capture.
 *
 * @param device  the device that printed it
 * @param typed   the command as typed ({@code sh ip ro os}); empty when the file held output only
 * @param command the full command ({@code show ip route ospf}), or null when {@code check} does not read it
 * @param source  the capture file, as given
 * @param line    the line of the prompt (or of the first output line), from 1
 * @param lines   the output lines, cleaned of {@code --More--} remnants and control characters
 * @param numbers each output line's line number in the file
 */
public record CapturedOutput(String device, String typed, String command, String source, int line, List<String> lines,
                             List<Integer> numbers) {
    public CapturedOutput {
        lines = List.copyOf(lines);
        numbers = List.copyOf(numbers);
    }

    /** {@code file:line}. */
    public String where() {
        return source + ":" + line;
    }
}
