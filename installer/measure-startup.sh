#!/usr/bin/env bash
# Start-up of the designer, from the command until its window shows the sample, for:
#   bin/labcanvas                       the launcher script of a clone (the jar on the system JDK)
#   java -jar app/target/labcanvas.jar  the same without the script's up-to-date check
#   app image, no CDS archive           the image's runtime with -Xshare:off
#   app image                           bin/LabCanvas, with its class-data sharing archive
# Runs each RUNS times (default 7), interleaved, and prints min / median / max in seconds.
# Needs an X display (Xvfb is enough: Xvfb :99 & DISPLAY=:99), xdotool, the jar and the app image
# (mvn -B -Pinstaller -DskipTests package).
#
#   installer/measure-startup.sh [SAMPLE] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sample=$(readlink -f "${1:-$root/samples/dmvpn-dual-hub.labcanvas}")
runs=${2:-7}
image="$root/installer/target/installer/LabCanvas"
title=$(basename "$sample")

[ -n "${DISPLAY:-}" ] || { echo "measure-startup: needs DISPLAY (Xvfb :99 & export DISPLAY=:99)" >&2; exit 2; }
command -v xdotool >/dev/null || { echo "measure-startup: needs xdotool (apt-get install xdotool)" >&2; exit 2; }
[ -x "$image/bin/LabCanvas" ] || { echo "measure-startup: no app image at $image" >&2; exit 2; }
[ -f "$root/app/target/labcanvas.jar" ] || { echo "measure-startup: no app/target/labcanvas.jar" >&2; exit 2; }

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

# seconds from starting "$@" until a visible window's name contains the sample's file name
time_to_window() {
  local start end pid
  start=$(date +%s%N)
  "$@" >/dev/null 2>"$home/stderr" &
  pid=$!
  until xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "measure-startup: '$*' exited before its window showed:" >&2
      cat "$home/stderr" >&2
      return 1
    fi
    sleep 0.02
  done
  end=$(date +%s%N)
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  # let the window go before the next run looks for one
  while xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do sleep 0.05; done
  awk -v ns=$((end - start)) 'BEGIN { printf "%.2f\n", ns / 1e9 }'
}

names=("bin/labcanvas" "java -jar app/target/labcanvas.jar" "app image, no CDS archive" "app image (bin/LabCanvas)")
declare -a results=("" "" "" "")
# the designer's recent-files list and recovery folder go to a scratch folder, not the user's
export JAVA_TOOL_OPTIONS="-Dlabcanvas.home=$home"
for _ in $(seq "$runs"); do
  results[0]+="$(time_to_window "$root/bin/labcanvas" open "$sample") "
  results[1]+="$(time_to_window java -jar "$root/app/target/labcanvas.jar" open "$sample") "
  results[2]+="$(time_to_window "$image/lib/runtime/bin/java" -Xshare:off -m org.labcanvas open "$sample") "
  results[3]+="$(time_to_window "$image/bin/LabCanvas" "$sample") "
done

echo "start-up until the window shows $title, $runs runs each (seconds):"
for i in "${!names[@]}"; do
  # shellcheck disable=SC2086
  sorted=$(printf '%s\n' ${results[$i]} | sort -n)
  n=$(echo "$sorted" | wc -l)
  printf '  %-36s min %s  median %s  max %s\n' "${names[$i]}" \
    "$(echo "$sorted" | head -n 1)" "$(echo "$sorted" | sed -n "$(( (n + 1) / 2 ))p")" "$(echo "$sorted" | tail -n 1)"
done
