#!/bin/sh
# Runs a command inside its own D-Bus session with its own gnome-keyring, unlocked with a throwaway
# password, under a temporary HOME: the tests exercise a real Secret Service without ever touching
# the developer's keyring. Exits 77 (CTest's "skipped") when the tools are missing, unless
# CPC_REQUIRE_KEYRING=1 (scripts/test) makes that a failure.
set -eu

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is not installed (Debian packages dbus-daemon, gnome-keyring)" >&2
        if [ "${CPC_REQUIRE_KEYRING:-0}" = 1 ]; then exit 1; fi
        exit 77
    fi
done

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
export XDG_RUNTIME_DIR="$home/runtime"
# Tells the tests they are inside a private keyring and may write to it.
export CPC_PRIVATE_KEYRING=1
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# The daemon creates and unlocks a "login" keyring in $XDG_DATA_HOME/keyrings from the password on
# stdin, and ends with the D-Bus session.
dbus-run-session -- sh -c '
    printf throwaway-password | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
    "$@"' with-keyring "$@"
