package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code crypto isakmp policy PRIORITY}. Null fields take IOS's defaults, which differ by release
 * (12.4: des / sha / rsa-sig / group 1 / 86400 s); {@link #effective()} fills them in.
 *
 * @param encryption     {@code des}, {@code 3des}, {@code aes}, {@code aes 192}, {@code aes 256}
 * @param hash           {@code sha}, {@code md5}, {@code sha256}...
 * @param authentication {@code pre-share}, {@code rsa-sig}, {@code rsa-encr}
 * @param group          Diffie-Hellman group number
 * @param lifetime       seconds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"priority", "encryption", "hash", "authentication", "group", "lifetime"})
public record IsakmpPolicy(int priority, String encryption, String hash, String authentication,
                           Integer group, Integer lifetime) {
    public static final String DEFAULT_ENCRYPTION = "des";
    public static final String DEFAULT_HASH = "sha";
    public static final String DEFAULT_AUTHENTICATION = "rsa-sig";
    public static final int DEFAULT_GROUP = 1;
    public static final int DEFAULT_LIFETIME = 86400;

    public static IsakmpPolicy preShare(int priority) {
        return new IsakmpPolicy(priority, null, null, "pre-share", null, null);
    }

    /** The same policy with every default written out, for comparisons. */
    public IsakmpPolicy effective() {
        return new IsakmpPolicy(priority,
                encryption == null ? DEFAULT_ENCRYPTION : encryption,
                hash == null ? DEFAULT_HASH : hash,
                authentication == null ? DEFAULT_AUTHENTICATION : authentication,
                group == null ? DEFAULT_GROUP : group,
                lifetime == null ? DEFAULT_LIFETIME : lifetime);
    }
}
