package org.labcanvas.model.show;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.labcanvas.model.generate.ReferenceDesigns;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.Session;
import org.labcanvas.model.sim.events.EventScript;

class CommandHelpTest {
    private static final NetworkState R2_AT_5M = new Session(ReferenceDesigns.dmvpnDualHub().topology(), EventScript.EMPTY)
            .stateAt(Duration.ofMinutes(5));

    @Test
    void aQuestionMarkAfterASpaceListsTheNextKeywordsAndCrWhenTheCommandIsComplete() {
        assertEquals(List.of("border-routers", "database", "flood-list", "interface", "neighbor", "request-list",
                        "retransmission-list", "statistics", "summary-address", "traffic", "virtual-links", "events", "rib",
                        "sham-links", "timers", "max-metric", "mpls", "fast-reroute", "topology-info", "<cr>"),
                CommandHelp.choices(R2_AT_5M, "R2", "show ip ospf "));
    }

    @Test
    void aQuestionMarkInAWordListsTheKeywordsStartingWithIt() {
        assertEquals(List.of("neighbor"), CommandHelp.choices(R2_AT_5M, "R2", "sh ip ospf nei"));
        assertEquals(List.of("redirects", "rip", "route", "rpf", "rsvp", "rtp"), CommandHelp.choices(R2_AT_5M, "R2", "show ip r"));
    }

    @Test
    void tabCompletesTheLastWordOnlyWhenOneKeywordFits() {
        assertEquals("sh ip ospf ", CommandHelp.complete(R2_AT_5M, "R2", "sh ip osp"));
        assertEquals("show ip r", CommandHelp.complete(R2_AT_5M, "R2", "show ip r"));
        assertEquals("show ", CommandHelp.complete(R2_AT_5M, "R2", "show "));
    }

    @Test
    void wordsThatLeadNowhereHaveNoChoices() {
        assertEquals(List.of(), CommandHelp.choices(R2_AT_5M, "R2", "show bogus "));
    }
}
