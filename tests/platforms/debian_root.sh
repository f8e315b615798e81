#!/usr/bin/env bash
# shellcheck disable=SC2016  # the single-quoted $ are for dpkg-query and the chroot's shell
# The whole test suite and the qgis_process smoke run on another Debian's QGIS, in a chroot beside
# the host's QGIS 3.22 (bookworm):
#
#   debian_root.sh SUITE ROOT [COMMAND...]
#
# SUITE is the Debian suite (trixie: QGIS 3.40, `make test-qgis340`; forky: QGIS 3.44,
# `make test-qgis344`), ROOT the folder of its root. The root is built once with debootstrap
# (a few minutes, ~2.5 GB) and reused; a stamp file marks a complete root, so an interrupted
# build is started afresh. Packages come from the Makefile's APT_PACKAGES (passed in the
# environment), with the suite's names where they differ, so every platform gets the same
# libraries. The working tree is bind-mounted at /src/itinerance; everything the run writes goes
# to the chroot's own tmpfs /tmp, except the compiled translation i18n/*.qm (the plugin loads it
# from the tree; every lrelease used is Qt 5.15's). A COMMAND runs instead of the suite, in the
# same setting (`make test-qt6` runs its check so; a debugging aid too). Every mount is undone on
# exit, failure or Ctrl-C. Root only (CI runs as root).
set -euo pipefail

TREE="$(cd "$(dirname "$0")/../.." && pwd)"
[ $# -ge 2 ] || { echo "usage: $0 SUITE ROOT [COMMAND...]" >&2; exit 2; }
SUITE="$1"
CHROOT="$(mkdir -p "$(dirname "$2")" && cd "$(dirname "$2")" && pwd)/$(basename "$2")"
shift 2
STAMP="$CHROOT/.itinerance-root-complete"
LOCK="$CHROOT.lock"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
SRC=/src/itinerance  # the working tree, inside the chroot
NAME="debian_root $SUITE"  # in messages

die() { echo "$NAME: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "run as root (debootstrap, chroot and mount need it)"
HOW="run it through make (test-qgis340, test-qgis344, test-qt6)"
[ -n "${APT_PACKAGES:-}" ] || die "APT_PACKAGES is empty: $HOW"
command -v debootstrap >/dev/null || die "debootstrap missing: $HOW"

# The suite's names for the Makefile's bookworm packages (the tests use git and zip too); the
# names are the same in trixie and forky (checked against forky's Packages index, 2026-12).
suite_packages() {
    local p
    for p in $APT_PACKAGES; do
        case "$p" in
            postgresql-[0-9]*-postgis-3) echo postgresql-postgis ;;  # versioned -> version-free
            *) echo "$p" ;;
        esac
    done
}
PACKAGES="$(suite_packages | sort -u | tr '\n' ' ')"

in_root() {  # a command inside the chroot, with a clean environment
    chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

# in mount order (so children after parents); ours and any debootstrap left when interrupted
mounted_under_root() { findmnt -rn -o TARGET | grep -E "^$CHROOT(/|$)" || true; }

mount_one() {  # mount_one TARGET mount-args...
    local target="$CHROOT$1"; shift
    mkdir -p "$target"
    mount "$@" "$target"
}

mount_all() {
    mount_one /proc -t proc proc
    mount_one /sys --bind /sys
    mount_one /dev --bind /dev
    mount_one /dev/pts --bind /dev/pts
    mount_one /dev/shm -t tmpfs shm
    mount_one /tmp -t tmpfs -o mode=1777 tmp
}

cleanup() {
    local status=$? proc target killed=""
    trap - EXIT INT TERM
    # processes left in the chroot (a test's PostgreSQL server, say) would keep the mounts busy
    for proc in /proc/[0-9]*; do
        if [ "$(readlink "$proc/root" 2>/dev/null)" = "$CHROOT" ]; then
            kill -9 "${proc#/proc/}" 2>/dev/null && killed=1
        fi
    done
    [ -z "$killed" ] || sleep 1
    for target in $(mounted_under_root | tac); do
        umount "$target" 2>/dev/null || umount --lazy "$target" || true
    done
    if [ -n "$(mounted_under_root)" ]; then
        echo "$NAME: still mounted under $CHROOT:" >&2
        mounted_under_root >&2
        status=1
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# One run at a time on this root.
mkdir -p "$(dirname "$CHROOT")"
exec 9>"$LOCK"
flock 9

build_root() {
    local script=/usr/share/debootstrap/scripts/$SUITE
    # bookworm's debootstrap does not know the suites after it: sid's script builds them
    [ -e "$script" ] || script=/usr/share/debootstrap/scripts/sid
    echo "$NAME: building the Debian $SUITE root in $CHROOT (once; a few minutes)"
    # never delete through a mount (the working tree is bind-mounted in there during runs)
    [ -z "$(mounted_under_root)" ] || die "mounts left under $CHROOT: $(mounted_under_root)"
    rm -rf --one-file-system "$CHROOT"
    debootstrap --variant=minbase --keyring=/usr/share/keyrings/debian-archive-keyring.gpg \
        "$SUITE" "$CHROOT" "$MIRROR" "$script"
    cat >"$CHROOT/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb ${MIRROR%/debian}/debian-security $SUITE-security main
EOF
    # no daemon starts inside the root while packages install (PostgreSQL would)
    printf '#!/bin/sh\nexit 101\n' >"$CHROOT/usr/sbin/policy-rc.d"
    chmod +x "$CHROOT/usr/sbin/policy-rc.d"
}

install_packages() {  # installs what is missing: the Makefile's list may have grown
    local missing="" p
    for p in $PACKAGES; do
        in_root dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" \
            || missing="$missing $p"
    done
    [ -n "$missing" ] || return 0
    echo "$NAME: installing in the $SUITE root:$missing"
    cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
    in_root dpkg --configure -a  # finishes an install interrupted on an earlier run
    # testing's Release files say they expire within days: a mirror that lags (or a frozen
    # one) would stop the install; their signatures are still checked
    in_root apt-get -o Acquire::Check-Valid-Until=false update -q
    # shellcheck disable=SC2086
    in_root apt-get install -y -q --no-install-recommends $missing
    in_root apt-get clean
}

started=$SECONDS
[ -f "$STAMP" ] || build_root
mount_all
install_packages
if [ ! -f "$STAMP" ]; then
    in_root dpkg-query -W -f='${Package} ${Version}\n' qgis python3 >"$STAMP"
    echo "$NAME: root ready in $((SECONDS - started)) s"
fi
echo "$NAME: $(tr '\n' ' ' <"$STAMP")"

mount_one "$SRC" --bind "$TREE"
# a git worktree's .git is a file naming the main repository's folder: that folder too, read-only
# and at the same path, so that git works inside (the zip is built from `git ls-files`)
if [ -f "$TREE/.git" ]; then
    common="$(git -C "$TREE" rev-parse --path-format=absolute --git-common-dir)"
    mount_one "$common" --bind "$common"
    mount -o remount,bind,ro "$CHROOT$common"
fi

# Inside: the translation, then the whole suite (as `make test`, with the suite's python3;
# PYTEST_ARGS narrows it) and the qgis_process smoke run (as `make smoke`): both run, either
# failing fails. Arguments given to this script run instead, in the same setting (a debugging aid).
# In the background, waited for: Ctrl-C or a TERM then reach the trap at once, not at the end.
if [ $# -gt 0 ]; then inner=("$@"); else read -ra inner <<<"-- ${PYTEST_ARGS:-tests}"; fi
in_root /bin/bash -euc '
cd "$1"; shift
lrelease -silent i18n/itinerance_fr.ts -qm i18n/itinerance_fr.qm
mkdir -p /tmp/pkg /tmp/xdg && chmod 700 /tmp/xdg && ln -sfn "$PWD" /tmp/pkg/itinerance
# QGIS 3 is PyQt5: pytest-qt would take the PyQt6 that the forky root has for make test-qt6
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/xdg PROJ_DATA=/usr/share/proj \
    QGIS_CUSTOM_CONFIG_PATH=/tmp/qgis-profile PYTHONPATH=/tmp/pkg PYTHONPYCACHEPREFIX=/tmp/pyc \
    PYTEST_QT_API=pyqt5
python3 -c "from qgis.core import Qgis; import sys; \
print(f\"QGIS {Qgis.QGIS_VERSION}, Python {sys.version.split()[0]}\")"
[ "$1" = -- ] || exec "$@"
status=0
python3 -P -m pytest -p no:cacheprovider "${@:2}" || status=$?
python3 -P tests/cli/run_demo.py --smoke --out /tmp/smoke || status=$?
exit $status
' inner "$SRC" "${inner[@]}" &
wait $!
