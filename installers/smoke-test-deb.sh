#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Blocklight .deb on this machine (as root) and checks the installed launcher:
#   1. headless CLI: generate a sample log, parse it (plain and gzip), train a 1-epoch model and
#      score the log; the file type of *.log.gz is the package's;
#   2. workbench: open the sample under Xvfb (no GPU, like a remote desktop), find the window,
#      take a screenshot, and check the launcher chose software rendering and that the wrapper's
#      OMP_NUM_THREADS=1 and MALLOC_ARENA_MAX=2 reached the process (/proc/PID/environ); then again
#      as in an xrdp session, where it must also choose low-bandwidth mode and keep the caller's
#      OMP_NUM_THREADS;
#   3. removes the package again (unless KEEP_INSTALLED=1) and checks nothing is left.
# Usage: installers/smoke-test-deb.sh [path/to/blocklight_*.deb] [output folder]
# Needs: dpkg, xvfb-run, xdotool, ImageMagick's import
#   (apt-get install -y xvfb xdotool imagemagick libgtk-3-0 libgl1).
set -euo pipefail
cd "$(dirname "$0")/.."
deb="${1:-$(ls target/dist/installers/blocklight_*.deb | head -1)}"
out="$(realpath -m "${2:-target/dist/smoke}")"
for tool in dpkg xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || { echo "smoke test needs $tool" >&2; exit 2; }
done
rm -rf "$out" && mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export BLOCKLIGHT_HOME="$work/home"

echo "== install $deb ($(du -h "$deb" | cut -f1))"
dpkg -i "$deb" || apt-get install -f -y
test -x /opt/blocklight/bin/Blocklight
command -v blocklight
test -f /usr/share/applications/blocklight-Blocklight.desktop
grep -q '^Exec=/bin/bash /opt/blocklight/lib/app/blocklight.sh %f' /usr/share/applications/blocklight-Blocklight.desktop
[ "$(readlink -f "$(command -v blocklight)")" = /opt/blocklight/lib/app/blocklight.sh ] \
    || { echo "blocklight is not the wrapper script" >&2; exit 1; }

echo "== headless CLI"
blocklight --version
blocklight generate --lines 20000 --seed 7 --out "$work/sample.log" --labels "$work/sample_anomaly_label.csv"
blocklight parse "$work/sample.log" --out "$work/parsed"
templates=$(($(wc -l < "$work/parsed/templates.csv") - 1))
blocks=$(($(wc -l < "$work/parsed/sessions.csv") - 1))
echo "parsed: $templates templates, $blocks blocks"
[ "$templates" -ge 20 ] && [ "$blocks" -ge 500 ] || { echo "parse output too small" >&2; exit 1; }
blocklight train "$work/sample.log" --model "$work/model.zip" --epochs 1
blocklight score "$work/sample.log" --model "$work/model.zip" --out "$work/scores.csv"
[ "$(($(wc -l < "$work/scores.csv") - 1))" -eq "$blocks" ] || { echo "scores.csv does not cover every block" >&2; exit 1; }
test -d "$BLOCKLIGHT_HOME/javacpp-cache" || { echo "JavaCPP cache not in the data folder" >&2; exit 1; }
gzip -k "$work/sample.log"
blocklight parse "$work/sample.log.gz" --out "$work/parsed-gz"
cmp "$work/parsed/sessions.csv" "$work/parsed-gz/sessions.csv"

echo "== file associations"
for f in sample.log sample.log.gz; do echo "$f: $(xdg-mime query filetype "$work/$f")"; done
[ "$(xdg-mime query filetype "$work/sample.log.gz")" = application/x-blocklight-log-gzip ] \
    || { echo "*.log.gz is not associated" >&2; exit 1; }

echo "== workbench under Xvfb"
export OUT="$out" LOG="$work/sample.log"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    env -u OMP_NUM_THREADS -u MALLOC_ARENA_MAX blocklight.log.level=INFO blocklight "$LOG" > "$OUT/workbench.log" 2>&1 &
    app=$!
    for _ in $(seq 60); do
        if xdotool search --name "Blocklight" > /dev/null 2>&1; then break; fi
        sleep 1
    done
    sleep 8
    tr "\0" "\n" < /proc/$app/environ > "$OUT/workbench.environ"
    readlink /proc/$app/exe > "$OUT/workbench.exe"
    xdotool search --name "Blocklight" getwindowname > "$OUT/window-title.txt" || true
    import -window root "$OUT/workbench.png"
    kill "$app"; wait "$app" || true'
echo "window: $(cat "$out/window-title.txt")"
grep -q "Blocklight" "$out/window-title.txt" || { echo "no Blocklight window" >&2; cat "$out/workbench.log" >&2; exit 1; }
grep -q "Display: software rendering" "$out/workbench.log" || { echo "software rendering not chosen" >&2; exit 1; }
if grep -q "Exception" "$out/workbench.log"; then echo "exception in the workbench log" >&2; cat "$out/workbench.log" >&2; exit 1; fi
echo "screenshot: $out/workbench.png"
echo "process: $(cat "$out/workbench.exe"); $(grep -E '^(OMP_NUM_THREADS|MALLOC_ARENA_MAX)=' "$out/workbench.environ" | tr '\n' ' ')"
grep -qx OMP_NUM_THREADS=1 "$out/workbench.environ" && grep -qx MALLOC_ARENA_MAX=2 "$out/workbench.environ" \
    || { echo "the wrapper's environment did not reach the workbench process" >&2; exit 1; }

echo "== workbench as in an xrdp session (XRDP_SESSION=1)"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    env blocklight.log.level=INFO XRDP_SESSION=1 OMP_NUM_THREADS=2 /bin/bash /opt/blocklight/lib/app/blocklight.sh "$LOG" > "$OUT/xrdp.log" 2>&1 &
    app=$!
    for _ in $(seq 60); do xdotool search --name "Blocklight" > /dev/null 2>&1 && break; sleep 1; done
    sleep 3; tr "\0" "\n" < /proc/$app/environ > "$OUT/xrdp.environ"
    kill "$app"; wait "$app" || true'
grep -qx OMP_NUM_THREADS=2 "$out/xrdp.environ" && grep -qx MALLOC_ARENA_MAX=2 "$out/xrdp.environ" \
    || { echo "the wrapper overrode the user's OMP_NUM_THREADS, or set no MALLOC_ARENA_MAX" >&2; exit 1; }
grep "Display:" "$out/xrdp.log"
grep -q "Display: software rendering, low-bandwidth (xrdp session" "$out/xrdp.log" \
    && grep -q "PULSE_DURATION to 12 hz" "$out/xrdp.log" || { echo "xrdp session not detected" >&2; exit 1; }

if [ "${KEEP_INSTALLED:-0}" != 1 ]; then
    echo "== remove (KEEP_INSTALLED=1 keeps the package)"
    dpkg -r blocklight
    [ ! -e /opt/blocklight/bin/Blocklight ] && [ ! -e /usr/bin/blocklight ] \
        && [ ! -e /usr/share/applications/blocklight-Blocklight.desktop ] || { echo "files left after removal" >&2; exit 1; }
fi
echo "smoke test passed"
