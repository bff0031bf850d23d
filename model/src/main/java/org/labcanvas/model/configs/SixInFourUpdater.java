package org.labcanvas.model.configs;

import java.util.List;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Platform;
import org.labcanvas.model.topology.UpdaterSettings;

/**
 * The dynamic-IP updater of a 6in4 client: a POSIX sh script that finds the public IPv4 through an
 * HTTPS URL and, only when it changed since the last run, sends the broker's dyndns-style update
 * ({@code GET /nic/update?hostname=TUNNEL_ID&myip=ADDRESS}, HTTP basic authentication with the
 * account name and update key) with TLS verification on.
 *
 * <p>What the widely copied 2010 script got wrong, and this one does not: it defined
 * {@code USERID} but sent {@code $USER} (the login name of whoever ran it), and it passed
 * {@code curl --insecure}, turning certificate checks off. Here the credentials live in a curl
 * config file of mode 0600, so they appear neither in the script nor in the argument list that
 * {@code ps} shows, and curl verifies the broker's certificate ({@code --proto =https} also refuses
 * any redirect to plain HTTP).
 */
final class SixInFourUpdater {
    private SixInFourUpdater() {}

    static List<GeneratedFile> files(Device d, SixInFourTunnel t, UpdaterSettings u) throws ExportException {
        OneLineFields.require(d);
        if (t.tunnelId() == null) {
            throw new ExportException(d.name() + ": the 6in4 updater needs the broker's tunnel id");
        }
        if (u.username() == null || u.updateKey() == null) {
            throw new ExportException(d.name() + ": the 6in4 updater needs the broker account name and update key");
        }
        String name = ShellText.fileName(d.name());
        String base = "configs/" + name + "-6in4-update";
        String credentials = "configs/" + name + "-6in4-credentials.curlrc";
        return List.of(
                GeneratedFile.script(d.name(), base + ".sh", script(d, t, u)),
                GeneratedFile.text(d.name(), base + ".cron", cron(d, u)),
                GeneratedFile.text(d.name(), base + ".service", service(d)),
                GeneratedFile.text(d.name(), base + ".timer", timer(d, u)),
                GeneratedFile.secretFile(d.name(), credentials, credentialsFile(d, u)));
    }

    static String installedScript(Device d) {
        return "/usr/local/sbin/" + ShellText.fileName(d.name()) + "-6in4-update.sh";
    }

    static String credentialsPath(Device d) {
        return "/usr/local/etc/labcanvas/" + ShellText.fileName(d.name()) + "-6in4-credentials.curlrc";
    }

    /** BSD and macOS keep daemon state in /var/db, Linux in /var/lib. */
    static String statePath(Device d) {
        String dir = d.platform() == Platform.LINUX ? "/var/lib/labcanvas/" : "/var/db/labcanvas/";
        return dir + ShellText.fileName(d.name()) + "-6in4.last";
    }

    static String updateUrl(UpdaterSettings u) {
        return u.updateUrl() == null ? UpdaterSettings.DEFAULT_UPDATE_URL : u.updateUrl();
    }

    static String ipCheckUrl(UpdaterSettings u) {
        return u.ipCheckUrl() == null ? UpdaterSettings.DEFAULT_IP_CHECK_URL : u.ipCheckUrl();
    }

    static String script(Device d, SixInFourTunnel t, UpdaterSettings u) {
        String name = ShellText.fileName(d.name());
        return """
                #!/bin/sh
                # 6in4 dynamic-IP updater of %1$s: when the public IPv4 of this host has changed, tell the
                # tunnel broker (dyndns-style HTTPS update, certificate checked) so that it sends the
                # tunnel to the new address.
                #
                # Install (as root):
                #   install -m 0755 %2$s-6in4-update.sh %3$s
                #   install -d -m 0700 %5$s
                #   install -m 0600 %2$s-6in4-credentials.curlrc %4$s
                # then add %2$s-6in4-update.cron to /etc/cron.d, or enable the systemd timer.
                #
                # The credentials file is a curl config file (user = "ACCOUNT:UPDATEKEY"), readable by its
                # owner only: the update key is never in this script nor on a command line that ps shows.
                # Each setting below can be overridden from the environment.

                set -u

                TUNNEL_ID=${SIXINFOUR_TUNNEL_ID:-%6$s}
                UPDATE_URL=${SIXINFOUR_UPDATE_URL:-%7$s}
                IP_CHECK_URL=${SIXINFOUR_IP_CHECK_URL:-%8$s}
                CREDENTIALS=${SIXINFOUR_CREDENTIALS:-%9$s}
                STATE_FILE=${SIXINFOUR_STATE_FILE:-%10$s}
                TAG=%11$s

                log() {
                    if command -v logger >/dev/null 2>&1; then
                        logger -t "$TAG" -- "$*"
                    else
                        printf '%%s: %%s\\n' "$TAG" "$*" >&2
                    fi
                }

                fail() {
                    log "$*"
                    exit 1
                }

                is_ipv4() {
                    case $1 in
                        '' | *[!0-9.]* | .* | *. | *..*) return 1 ;;
                    esac
                    old_ifs=$IFS
                    IFS=.
                    # shellcheck disable=SC2086 # split on dots on purpose; only digits and dots are left
                    set -- $1
                    IFS=$old_ifs
                    [ "$#" -eq 4 ] || return 1
                    for octet in "$@"; do
                        [ "${#octet}" -le 3 ] && [ "$octet" -le 255 ] || return 1
                    done
                    return 0
                }

                umask 077

                case $UPDATE_URL in
                    https://*) ;;
                    *) fail "UPDATE_URL must start with https://" ;;
                esac
                case $IP_CHECK_URL in
                    https://*) ;;
                    *) fail "IP_CHECK_URL must start with https://" ;;
                esac

                [ -f "$CREDENTIALS" ] || fail "credentials file $CREDENTIALS is missing"
                if [ -n "$(find "$CREDENTIALS" -prune \\( -perm -040 -o -perm -004 -o -perm -020 -o -perm -002 \\) -print)" ]; then
                    fail "credentials file $CREDENTIALS is open to other users; run: chmod 600 $CREDENTIALS"
                fi

                current=$(curl --silent --show-error --fail --proto '=https' --tlsv1.2 --max-time 20 "$IP_CHECK_URL") ||
                    fail "cannot read the public IPv4 from $IP_CHECK_URL"
                current=$(printf '%%s' "$current" | tr -d ' \\t\\r\\n')
                is_ipv4 "$current" || fail "$IP_CHECK_URL did not answer with an IPv4 address"

                last=
                if [ -f "$STATE_FILE" ]; then
                    IFS= read -r last <"$STATE_FILE" || last=
                fi
                [ "$current" = "$last" ] && exit 0

                answer=$(curl --silent --show-error --fail --proto '=https' --tlsv1.2 --max-time 30 \\
                    --config "$CREDENTIALS" --get \\
                    --data-urlencode "hostname=$TUNNEL_ID" \\
                    --data-urlencode "myip=$current" \\
                    "$UPDATE_URL") ||
                    fail "update of tunnel $TUNNEL_ID to $current failed at $UPDATE_URL"
                answer=$(printf '%%s\\n' "$answer" | head -n 1 | cut -c 1-200)

                case $answer in
                    good* | nochg*)
                        mkdir -p "$(dirname "$STATE_FILE")" || fail "cannot create the folder of $STATE_FILE"
                        tmp=$(mktemp "$STATE_FILE.XXXXXX") || fail "cannot write next to $STATE_FILE"
                        if printf '%%s\\n' "$current" >"$tmp" && mv -f "$tmp" "$STATE_FILE"; then
                            log "tunnel $TUNNEL_ID now ends at $current (was ${last:-unknown}); broker: $answer"
                        else
                            rm -f "$tmp"
                            fail "broker updated to $current, but $STATE_FILE could not be written"
                        fi
                        ;;
                    *)
                        fail "broker refused the update of tunnel $TUNNEL_ID to $current: $answer"
                        ;;
                esac
                %12$s""".formatted(d.name(), name, installedScript(d), credentialsPath(d),
                "/usr/local/etc/labcanvas", ShellText.quote(t.tunnelId()), ShellText.quote(updateUrl(u)),
                ShellText.quote(ipCheckUrl(u)), ShellText.quote(credentialsPath(d)), ShellText.quote(statePath(d)),
                ShellText.quote("labcanvas-6in4-" + name), repoint(d, t));
    }

    /**
     * With a dynamic address the tunnel's own endpoint must follow the uplink too (on a host without
     * NAT in front of it the uplink holds the public address): after a successful update the
     * script re-points the local end of the tunnel at the uplink's current address.
     */
    static String repoint(Device d, SixInFourTunnel t) {
        if (!SixInFourScripts.runtimeLocal(d)) {
            return "";
        }
        String uplink = SixInFourScripts.uplink(d);
        String lookup;
        String change;
        if (d.platform() == Platform.LINUX) {
            lookup = "ip -4 -o addr show dev " + uplink + " | awk '{ split($4, a, \"/\"); print a[1]; exit }'";
            change = "ip tunnel change " + t.iface() + " local \"$local_now\"";
        } else {
            lookup = "ifconfig " + uplink + " | awk '$1 == \"inet\" { print $2; exit }'";
            change = "ifconfig " + t.iface() + " tunnel \"$local_now\" " + t.remoteIpv4();
        }
        return "\n# The tunnel's local end follows the address " + uplink + " has now.\n"
                + "local_now=$(" + lookup + ")\n"
                + "if [ -n \"$local_now\" ]; then\n"
                + "    " + change + " || fail \"could not move " + t.iface() + " to $local_now\"\n"
                + "fi\n";
    }

    /** A cron schedule for "every N minutes": {@code *}{@code /N} below an hour, whole hours above. */
    static String schedule(int minutes) {
        if (minutes <= 0 || minutes == 1) {
            return "* * * * *";
        }
        if (minutes < 60) {
            return "*/" + minutes + " * * * *";
        }
        int hours = Math.min(minutes / 60, 23);
        return hours == 1 ? "0 * * * *" : "0 */" + hours + " * * *";
    }

    static String cron(Device d, UpdaterSettings u) {
        String name = ShellText.fileName(d.name());
        return "# /etc/cron.d/labcanvas-6in4-" + name + ": the 6in4 updater of " + d.name() + ", every "
                + u.intervalMinutes() + " minutes\n"
                + "# (in a user crontab, leave out the user name \"root\")\n"
                + schedule(u.intervalMinutes()) + " root " + installedScript(d) + "\n";
    }

    static String service(Device d) {
        String name = ShellText.fileName(d.name());
        return "# /etc/systemd/system/labcanvas-6in4-" + name + ".service\n"
                + "[Unit]\n"
                + "Description=6in4 updater of " + d.name() + ": report a changed public IPv4 to the tunnel broker\n"
                + "Wants=network-online.target\n"
                + "After=network-online.target\n"
                + "\n"
                + "[Service]\n"
                + "Type=oneshot\n"
                + "ExecStart=" + installedScript(d) + "\n";
    }

    static String timer(Device d, UpdaterSettings u) {
        String name = ShellText.fileName(d.name());
        return "# /etc/systemd/system/labcanvas-6in4-" + name + ".timer; enable with\n"
                + "#   systemctl enable --now labcanvas-6in4-" + name + ".timer\n"
                + "[Unit]\n"
                + "Description=Run the 6in4 updater of " + d.name() + " every " + u.intervalMinutes() + " minutes\n"
                + "\n"
                + "[Timer]\n"
                + "OnBootSec=1min\n"
                + "OnUnitActiveSec=" + Math.max(1, u.intervalMinutes()) + "min\n"
                + "Unit=labcanvas-6in4-" + name + ".service\n"
                + "\n"
                + "[Install]\n"
                + "WantedBy=timers.target\n";
    }

    static String credentialsFile(Device d, UpdaterSettings u) {
        return "# curl config file with the tunnel broker account of " + d.name() + ".\n"
                + "# Keep it at mode 0600: install -m 0600 THIS_FILE " + credentialsPath(d) + "\n"
                + "user = " + ShellText.curlQuoted(u.username() + ":" + u.updateKey().reveal()) + "\n";
    }
}
