#!/usr/bin/env bash
# Installs what is missing, builds, and starts RotaDesk on its built-in demo workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
build_dir=${ROTADESK_BUILD_DIR:-build}

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    cat >&2 <<MSG
RotaDesk is built, but there is no display to show its window on.
Run it on a virtual display:        xvfb-run -a $build_dir/app/rotadesk --demo
or without any window system:       QT_QPA_PLATFORM=offscreen $build_dir/app/rotadesk --demo
The command-line tool needs no display: $build_dir/app/rotadesk-cli --help
MSG
    exit 2
fi
exec "$build_dir/app/rotadesk" --demo
