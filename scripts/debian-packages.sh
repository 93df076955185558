# Sourced by start.sh and test.sh: makes sure Debian packages the panel relies on are installed.
# ensure_packages "why" package... : installs what is missing when running as root, otherwise says what to install.
# Returns 1 when something is still missing.
ensure_packages() {
    local why=$1
    shift
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        echo "Installing ${missing[*]} ($why)..."
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null && return 0
    fi
    echo "Missing ${missing[*]} ($why). Install with: sudo apt-get install ${missing[*]}" >&2
    return 1
}
