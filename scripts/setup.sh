#!/usr/bin/env bash
# Installs what RotaDesk needs on Debian/Ubuntu (only the packages that are missing), then
# configures and builds it in ./build. Used by run-demo.sh and run-tests.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-pdf-dev libqt6sql6-sqlite libqt6svg6 libsqlite3-dev libical-dev
    qtkeychain-qt6-dev libgl-dev
    xvfb xauth poppler-utils sqlite3 coinor-cbc
    python3-django python3-djangorestframework python3-django-allauth python3-django-filters
    python3-djangorestframework-spectacular python3-uritemplate python3-yaml
    python3-icalendar python3-requests
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

build_dir=${ROTADESK_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROTADESK_WERROR=ON "$@"
cmake --build "$build_dir" --parallel "$(nproc)"
