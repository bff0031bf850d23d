package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * NHRP on a tunnel interface.
 *
 * @param networkId            {@code ip nhrp network-id}
 * @param holdtime             {@code ip nhrp holdtime} in seconds; null means the IOS default, 7200
 * @param authentication       {@code ip nhrp authentication}; null when not set
 * @param maps                 static {@code ip nhrp map} entries
 * @param mapMulticast         {@code ip nhrp map multicast} targets: NBMA addresses or {@code dynamic}
 * @param servers              {@code ip nhrp nhs} entries
 * @param redirect             {@code ip nhrp redirect} (phase 3, hub side)
 * @param shortcut             {@code ip nhrp shortcut} (phase 3, spoke side)
 * @param registrationNoUnique {@code ip nhrp registration no-unique}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"networkId", "holdtime", "authentication", "maps", "mapMulticast", "servers",
        "redirect", "shortcut", "registrationNoUnique"})
public record NhrpSettings(long networkId, Integer holdtime, Secret authentication, List<NhrpMap> maps,
                           List<String> mapMulticast, List<NhrpServer> servers,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean redirect,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean shortcut,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean registrationNoUnique) {
    /** IOS's default NHRP hold time in seconds. */
    public static final int DEFAULT_HOLDTIME = 7200;
    public static final String MULTICAST_DYNAMIC = "dynamic";

    public NhrpSettings {
        maps = Copies.list(maps);
        mapMulticast = Copies.list(mapMulticast);
        servers = Copies.list(servers);
    }

    public static NhrpSettings of(long networkId) {
        return new NhrpSettings(networkId, null, null, List.of(), List.of(), List.of(), false, false, false);
    }

    public int effectiveHoldtime() {
        return holdtime == null ? DEFAULT_HOLDTIME : holdtime;
    }

    public NhrpSettings withNetworkId(long id) { return new NhrpSettings(id, holdtime, authentication, maps, mapMulticast, servers, redirect, shortcut, registrationNoUnique); }
    public NhrpSettings withHoldtime(Integer h) { return new NhrpSettings(networkId, h, authentication, maps, mapMulticast, servers, redirect, shortcut, registrationNoUnique); }
    public NhrpSettings withAuthentication(Secret a) { return new NhrpSettings(networkId, holdtime, a, maps, mapMulticast, servers, redirect, shortcut, registrationNoUnique); }
    public NhrpSettings withMaps(List<NhrpMap> m) { return new NhrpSettings(networkId, holdtime, authentication, m, mapMulticast, servers, redirect, shortcut, registrationNoUnique); }
    public NhrpSettings withMapMulticast(List<String> m) { return new NhrpSettings(networkId, holdtime, authentication, maps, m, servers, redirect, shortcut, registrationNoUnique); }
    public NhrpSettings withServers(List<NhrpServer> s) { return new NhrpSettings(networkId, holdtime, authentication, maps, mapMulticast, s, redirect, shortcut, registrationNoUnique); }
    public NhrpSettings withRedirect(boolean b) { return new NhrpSettings(networkId, holdtime, authentication, maps, mapMulticast, servers, b, shortcut, registrationNoUnique); }
    public NhrpSettings withShortcut(boolean b) { return new NhrpSettings(networkId, holdtime, authentication, maps, mapMulticast, servers, redirect, b, registrationNoUnique); }
    public NhrpSettings withRegistrationNoUnique(boolean b) { return new NhrpSettings(networkId, holdtime, authentication, maps, mapMulticast, servers, redirect, shortcut, b); }
}
