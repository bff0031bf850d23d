package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The dynamic-IP updater of a 6in4 client: a periodic job that finds the current public IPv4 and,
 * when it changed, tells the broker with a dyndns-style HTTPS GET.
 *
 * @param intervalMinutes how often it runs
 * @param username        the broker account name
 * @param updateKey       the broker's update key (a secret; never printed)
 * @param updateUrl       the broker's update endpoint ({@code https://ipv4.tunnelbroker.net/nic/update})
 * @param ipCheckUrl      an HTTPS URL that answers with the caller's public IPv4
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"intervalMinutes", "username", "updateKey", "updateUrl", "ipCheckUrl"})
public record UpdaterSettings(int intervalMinutes, String username, Secret updateKey, String updateUrl,
                              String ipCheckUrl) {
    public static final String DEFAULT_UPDATE_URL = "https://ipv4.tunnelbroker.net/nic/update";
    public static final String DEFAULT_IP_CHECK_URL = "https://ipv4.tunnelbroker.net/";
}
