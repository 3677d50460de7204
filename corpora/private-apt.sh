# Sourced by the data scripts that download Debian packages (corpora/unicode/update.sh, corpora/langid/prepare.sh).
#
# private_apt DIR SUITE MIRROR KEYRING: points apt at a private configuration under DIR (its own sources.list, lists,
# cache, state and config parts), so the machine's apt setup is neither used nor changed, and runs apt-get update.
# APT_CONFIG is read before /etc/apt/apt.conf.d, so pointing Dir::Etc::parts elsewhere keeps the machine's configuration
# (hooks, pinning, default release) out of the run. The Release signature is still checked against KEYRING, but its
# Valid-Until date is not: mirrors and clocks of build machines can lag or lead (the callers pin what they fetch by SHA256
# or record it). The caller defines die().
private_apt() {
    local dir="$1" suite="$2" mirror="$3" keyring="$4"
    mkdir -p "$dir/etc/apt.conf.d" "$dir/etc/preferences.d" "$dir/etc/sources.list.d" \
        "$dir/state/lists/partial" "$dir/cache/archives/partial" "$dir/log"
    chmod 755 "$dir"
    : >"$dir/state/status"
    echo "deb [signed-by=$keyring] $mirror $suite main" >"$dir/etc/sources.list"
    local sandbox_user=_apt
    if [ "$(id -u)" = 0 ]; then
        sandbox_user=root   # apt's _apt user cannot write into the private folder
    fi

    cat >"$dir/etc/apt.conf" <<CONF
Dir::Etc::main "$dir/etc/apt.conf";
Dir::Etc::parts "$dir/etc/apt.conf.d";
Dir::Etc::sourcelist "$dir/etc/sources.list";
Dir::Etc::sourceparts "$dir/etc/sources.list.d";
Dir::Etc::preferences "$dir/etc/preferences";
Dir::Etc::preferencesparts "$dir/etc/preferences.d";
Dir::State "$dir/state";
Dir::State::lists "$dir/state/lists";
Dir::State::status "$dir/state/status";
Dir::Cache "$dir/cache";
Dir::Log "$dir/log";
Acquire::Languages "none";
Acquire::Check-Valid-Until "false";
Acquire::Check-Date "false";
APT::Sandbox::User "$sandbox_user";
CONF
    export APT_CONFIG="$dir/etc/apt.conf"
    echo "== apt-get update ($suite, private configuration in $dir)"
    apt-get -q update >"$dir/log/update.txt" 2>&1 || { cat "$dir/log/update.txt" >&2; die "apt-get update failed"; }
}
