package org.labcanvas.model.ios;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the secrets in IOS configuration text so that a message can quote a line:
 * {@code crypto isakmp key ***** address 0.0.0.0 0.0.0.0}. Used for every import note and error.
 *
 * <p>Covered: {@code crypto isakmp key}, {@code pre-shared-key ... key}, {@code ip nhrp
 * authentication}, {@code username ... secret|password}, {@code enable secret|password},
 * {@code snmp-server community}, {@code snmp-server user ... auth ... priv ...},
 * {@code snmp-server host ... COMMUNITY}, {@code wpa-psk}, {@code key-string},
 * {@code authentication-key}, {@code message-digest-key}, {@code tacacs-server|radius-server key},
 * {@code server-private ... key}, {@code ppp chap|pap} passwords, {@code standby ... authentication}
 * and any other {@code password}, {@code secret} or {@code key-string} followed by a value.
 * An encryption type digit ({@code 0}, {@code 5}, {@code 6}, {@code 7}, {@code 8}, {@code 9}) or
 * {@code ascii}/{@code hex} before the value stays visible; the value becomes {@code *****}.
 */
public final class CredentialMask {
    public static final String MASK = "*****";

    /** Optional type word before a secret: 0, 5, 6, 7, 8, 9, ascii, hex, md5, sha, ... */
    private static final String TYPE = "(?:(?:[0-9]|ascii|hex|md5|sha|sha256|sha512|cleartext|encrypted)\\s+){0,2}";

    private static final List<Pattern> RULES = List.of(
            // crypto isakmp key [TYPE] KEY address|hostname ...
            Pattern.compile("(?i)(\\bcrypto\\s+isakmp\\s+key\\s+" + TYPE + ")(\\S+)"),
            // pre-shared-key address A [MASK] key [TYPE] KEY / pre-shared-key local|remote KEY
            Pattern.compile("(?i)(\\bpre-shared-key\\b.*?\\bkey\\s+" + TYPE + ")(\\S+)"),
            Pattern.compile("(?i)(\\bpre-shared-key\\s+(?:local|remote)\\s+" + TYPE + ")(\\S+)"),
            Pattern.compile("(?i)(\\bnhrp\\s+authentication\\s+)(\\S+)"),
            Pattern.compile("(?i)(\\bsnmp-server\\s+community\\s+)(\\S+)"),
            Pattern.compile("(?i)(\\bsnmp-server\\s+user\\s+.*?\\bauth\\s+\\S+\\s+)(\\S+)"),
            Pattern.compile("(?i)(\\bsnmp-server\\s+user\\s+.*?\\bpriv\\s+\\S+\\s+(?:(?:128|192|256)\\s+)?)(\\S+)"),
            Pattern.compile("(?i)(\\bsnmp-server\\s+host\\s+\\S+\\s+(?:(?:informs|traps)\\s+)?(?:version\\s+\\S+\\s+(?:auth|noauth|priv)?\\s*)?)(\\S+)"),
            Pattern.compile("(?i)(\\bwpa-psk\\s+" + TYPE + ")(\\S+)"),
            Pattern.compile("(?i)(\\b(?:tacacs-server|radius-server)\\s+(?:host\\s+\\S+\\s+)?key\\s+" + TYPE + ")(\\S+)"),
            Pattern.compile("(?i)(^\\s*key\\s+" + TYPE + ")(\\S+)"),
            Pattern.compile("(?i)(\\bmessage-digest-key\\s+\\d+\\s+md5\\s+" + TYPE + ")(\\S+)"),
            Pattern.compile("(?i)(\\bauthentication-key\\s+" + TYPE + ")(\\S+)"),
            Pattern.compile("(?i)(\\bstandby\\s+(?:\\d+\\s+)?authentication\\s+(?:md5\\s+key-string\\s+|text\\s+)?" + TYPE + ")(\\S+)"),
            Pattern.compile("(?i)(\\bppp\\s+(?:chap|pap)\\s+(?:password|sent-username\\s+\\S+\\s+password)\\s+" + TYPE + ")(\\S+)"),
            Pattern.compile("(?i)(\\bkey-string\\s+" + TYPE + ")(\\S+)"),
            Pattern.compile("(?i)(\\b(?:secret|password)\\s+(?:level\\s+\\d+\\s+)?" + TYPE + ")(\\S+)"));

    private CredentialMask() {}

    /** {@code text} with every secret value replaced by {@value #MASK}. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Pattern p : RULES) {
            Matcher m = p.matcher(out);
            StringBuilder sb = new StringBuilder();
            boolean found = false;
            while (m.find()) {
                found = true;
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + MASK));
            }
            if (found) {
                m.appendTail(sb);
                out = sb.toString();
            }
        }
        return out;
    }
}
