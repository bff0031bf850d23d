package org.labcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchSliderTest {
    @Test
    void theSliderBenchmarkPrintsOneLinePerSize() {
        CliRun r = CliRun.of("bench", "--slider", "--spokes", "3");
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.out()).matches("3 spokes: run to 30m \\d+ ms; state at a slider position: median \\d+ ms,"
                + " 90th percentile \\d+ ms, worst \\d+ ms \\(40 positions\\)\n");
        assertThat(r.err()).startsWith("machine: ");
    }
}
