#!/usr/bin/env bash
# Builds the app image (not the .deb) and runs it as an installed copy runs on a machine without a
# JDK: environment emptied (no JAVA_HOME, no java on PATH, no display), from another directory.
# Checks --version, a headless validate of a sample and a headless PNG export through the image's
# own runtime. .ci/run calls it after the tests.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
mvn -B -q -Pinstaller -Dinstaller.deb=false -DskipTests package

image="$root/installer/target/installer/LabCanvas"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
as_user() {
  (cd "$scratch" && env -i HOME="$scratch" PATH=/nonexistent "$image/bin/labcanvas" "$@")
}
fail() {
  echo "check-app-image: $*" >&2
  exit 1
}

size=$(du -sm "$image" | cut -f1)
[ "$size" -le 120 ] || fail "the app image is $size MB, more than 120 MB"

out=$(as_user --version) || fail "--version exited with $?"
[ "$(echo "$out" | head -n 1)" = "LabCanvas $version" ] || fail "--version printed: $out"

sample="$image/samples/dmvpn-dual-hub.labcanvas"
as_user validate "$sample" >"$scratch/validate.out" 2>"$scratch/validate.err" \
  || fail "validate exited with $?: $(cat "$scratch/validate.err")"
grep -q ': 6 devices, 0 errors, ' "$scratch/validate.err" || fail "validate said: $(cat "$scratch/validate.err")"

as_user export "$sample" -o "$scratch/export" --only png >/dev/null 2>"$scratch/export.err" \
  || fail "export --only png exited with $?: $(cat "$scratch/export.err")"
[ -s "$scratch/export/dmvpn-dual-hub.png" ] || fail "export --only png wrote no picture"
[ "$(cat "$scratch/export.err")" = "wrote 1 file into $scratch/export" ] \
  || fail "export --only png said: $(cat "$scratch/export.err")"

echo "app image OK: $image ($size MB); $(echo "$out" | head -n 1); validate and PNG export run on its own runtime"
