#!/bin/sh
# 6in4 dynamic-IP updater of MAC: when the public IPv4 of this host has changed, tell the
# tunnel broker (dyndns-style HTTPS update, certificate checked) so that it sends the
# tunnel to the new address.
#
# Install (as root):
#   install -m 0755 MAC-6in4-update.sh /usr/local/sbin/MAC-6in4-update.sh
#   install -d -m 0700 /usr/local/etc/labcanvas
#   install -m 0600 MAC-6in4-credentials.curlrc /usr/local/etc/labcanvas/MAC-6in4-credentials.curlrc
# then add MAC-6in4-update.cron to /etc/cron.d, or enable the systemd timer.
#
# The credentials file is a curl config file (user = "ACCOUNT:UPDATEKEY"), readable by its
# owner only: the update key is never in this script nor on a command line that ps shows.
# Each setting below can be overridden from the environment.

set -u

TUNNEL_ID=${SIXINFOUR_TUNNEL_ID:-'722156'}
UPDATE_URL=${SIXINFOUR_UPDATE_URL:-'https://ipv4.tunnelbroker.net/nic/update'}
IP_CHECK_URL=${SIXINFOUR_IP_CHECK_URL:-'https://ipv4.tunnelbroker.net/'}
CREDENTIALS=${SIXINFOUR_CREDENTIALS:-'/usr/local/etc/labcanvas/MAC-6in4-credentials.curlrc'}
STATE_FILE=${SIXINFOUR_STATE_FILE:-'/var/lib/labcanvas/MAC-6in4.last'}
TAG='labcanvas-6in4-MAC'

log() {
    if command -v logger >/dev/null 2>&1; then
        logger -t "$TAG" -- "$*"
    else
        printf '%s: %s\n' "$TAG" "$*" >&2
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
if [ -n "$(find "$CREDENTIALS" -prune \( -perm -040 -o -perm -004 -o -perm -020 -o -perm -002 \) -print)" ]; then
    fail "credentials file $CREDENTIALS is open to other users; run: chmod 600 $CREDENTIALS"
fi

current=$(curl --silent --show-error --fail --proto '=https' --tlsv1.2 --max-time 20 "$IP_CHECK_URL") ||
    fail "cannot read the public IPv4 from $IP_CHECK_URL"
current=$(printf '%s' "$current" | tr -d ' \t\r\n')
is_ipv4 "$current" || fail "$IP_CHECK_URL did not answer with an IPv4 address"

last=
if [ -f "$STATE_FILE" ]; then
    IFS= read -r last <"$STATE_FILE" || last=
fi
[ "$current" = "$last" ] && exit 0

answer=$(curl --silent --show-error --fail --proto '=https' --tlsv1.2 --max-time 30 \
    --config "$CREDENTIALS" --get \
    --data-urlencode "hostname=$TUNNEL_ID" \
    --data-urlencode "myip=$current" \
    "$UPDATE_URL") ||
    fail "update of tunnel $TUNNEL_ID to $current failed at $UPDATE_URL"
answer=$(printf '%s\n' "$answer" | head -n 1 | cut -c 1-200)

case $answer in
    good* | nochg*)
        mkdir -p "$(dirname "$STATE_FILE")" || fail "cannot create the folder of $STATE_FILE"
        tmp=$(mktemp "$STATE_FILE.XXXXXX") || fail "cannot write next to $STATE_FILE"
        if printf '%s\n' "$current" >"$tmp" && mv -f "$tmp" "$STATE_FILE"; then
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

# The tunnel's local end follows the address en0 has now.
local_now=$(ip -4 -o addr show dev en0 | awk '{ split($4, a, "/"); print a[1]; exit }')
if [ -n "$local_now" ]; then
    ip tunnel change gif0 local "$local_now" || fail "could not move gif0 to $local_now"
fi
