#!/usr/bin/env bash
# A single-node Slurm cluster on this machine, for testing sharded `textclean run` jobs.
#
#   scripts/slurm/cluster.sh start    install slurm-wlm + munge if missing, configure, start the daemons,
#                                     wait until the node is idle (idempotent: a running cluster is kept)
#   scripts/slurm/cluster.sh stop     stop exactly the daemons that `start` started (by their pids)
#   scripts/slurm/cluster.sh status   show the recorded daemons and `sinfo`; exit 0 if the cluster is up
#
# Recipe: /work/shared/design/SLURM.md (Debian 12, slurm-wlm 22.05, root). No cgroup.conf on purpose.
# Exit codes: 0 ok, 1 failure (start failed, not running), 2 usage,
#             3 "slurm cannot be installed here: <reason>" (callers may skip).
# Environment: TEXTCLEAN_SLURM_STATE (default /tmp/textclean-slurm) holds the pid file;
#              TEXTCLEAN_SLURM_TIMEOUT (default 60) seconds to wait for the node to become idle.
set -u

STATE_DIR=${TEXTCLEAN_SLURM_STATE:-/tmp/textclean-slurm}
PIDS_FILE=$STATE_DIR/pids
TIMEOUT=${TEXTCLEAN_SLURM_TIMEOUT:-60}
CONF=/etc/slurm/slurm.conf
MARKER="# Written by TextClean scripts/slurm/cluster.sh"
LOG_DIR=/var/log/slurm
RUN_DIR=/run/slurm
NODE=$(hostname)

say() { printf 'cluster.sh: %s\n' "$*"; }
die() { printf 'cluster.sh: error: %s\n' "$*" >&2; exit 1; }
cannot_install() { printf 'slurm cannot be installed here: %s\n' "$*" >&2; exit 3; }

have_all() {
  local c
  for c in munged munge unmunge slurmctld slurmd sinfo sbatch squeue scontrol; do
    command -v "$c" >/dev/null 2>&1 || return 1
  done
}

# ---- install -------------------------------------------------------------------------------------
install_if_missing() {
  have_all && return 0
  [ "$(id -u)" = 0 ] || cannot_install "not root (slurm-wlm and munge are missing and installing them needs root)"
  command -v apt-get >/dev/null 2>&1 || cannot_install "no apt-get (slurm-wlm and munge are missing)"
  local log=$STATE_DIR/apt.log t0=$SECONDS
  say "installing slurm-wlm and munge with apt-get (log: $log)"
  export DEBIAN_FRONTEND=noninteractive
  local apt=(apt-get install -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold
             --no-install-recommends slurm-wlm munge)
  if ! "${apt[@]}" >"$log" 2>&1; then
    say "install failed without an index update; running apt-get update and trying again"
    if ! apt-get update -q >>"$log" 2>&1; then
      cannot_install "apt-get update failed (no network?): $(tail -n 3 "$log" | tr '\n' ' ')"
    fi
    "${apt[@]}" >>"$log" 2>&1 ||
      cannot_install "apt-get install slurm-wlm munge failed: $(tail -n 3 "$log" | tr '\n' ' ')"
  fi
  have_all || cannot_install "apt-get install succeeded but slurm/munge commands are still missing"
  say "installed in $((SECONDS - t0)) s"
}

# ---- pid bookkeeping: lines "name pid" -------------------------------------------------------------
alive() { # alive NAME PID: the pid runs a process whose command name is NAME
  [ -n "$2" ] && [ -r "/proc/$2/comm" ] && [ "$(cat "/proc/$2/comm" 2>/dev/null)" = "$1" ]
}
recorded_pid() { [ -f "$PIDS_FILE" ] && sed -n "s/^$1 \\([0-9][0-9]*\\)\$/\\1/p" "$PIDS_FILE" | head -n 1; }
record() { echo "$1 $2" >>"$PIDS_FILE"; }
running_pids() { # any process named $1
  local p
  for p in /proc/[0-9]*; do
    [ "$(cat "$p/comm" 2>/dev/null)" = "$1" ] && echo "${p#/proc/}"
  done
}
node_state() { sinfo -h -N -n "$NODE" -o '%T' 2>/dev/null | head -n 1; }

wait_pidfile() { # wait_pidfile FILE NAME SECONDS: print the pid once FILE names a live NAME process
  local i
  for ((i = 0; i < $3 * 10; i++)); do
    if [ -s "$1" ]; then
      local p; p=$(tr -dc '0-9' <"$1")
      if alive "$2" "$p"; then echo "$p"; return 0; fi
    fi
    sleep 0.1
  done
  return 1
}

logs_tail() {
  local f
  for f in "$LOG_DIR/slurmctld.log" "$LOG_DIR/slurmd.log" /var/log/munge/munged.log; do
    [ -f "$f" ] || continue
    echo "---- last lines of $f"
    tail -n 15 "$f"
  done
}

fail_start() { # report, stop what this start started, exit 1
  printf 'cluster.sh: error: %s\n' "$1" >&2
  logs_tail >&2
  do_stop >&2
  exit 1
}

# ---- configuration ---------------------------------------------------------------------------------
write_munge_key() {
  install -d -o munge -g munge -m 0700 /etc/munge /var/lib/munge /var/log/munge
  install -d -o munge -g munge -m 0755 /run/munge
  if [ ! -s /etc/munge/munge.key ]; then
    say "writing a new munge key /etc/munge/munge.key"
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
  fi
  chown munge:munge /etc/munge/munge.key
  chmod 400 /etc/munge/munge.key
}

write_slurm_conf() {
  install -d -m 0755 /etc/slurm "$LOG_DIR" "$RUN_DIR" /var/spool/slurmd
  install -d -m 0700 /var/spool/slurmctld
  local addr=""
  getent hosts "$NODE" >/dev/null 2>&1 || addr=" NodeAddr=127.0.0.1"
  local new
  new=$(cat <<EOF
$MARKER (single-node test cluster; see scripts/slurm/README.md).
ClusterName=textclean
SlurmctldHost=$NODE
AuthType=auth/munge
CryptoType=crypto/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SlurmUser=root
SlurmdUser=root
ReturnToService=2
MpiDefault=none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
JobAcctGatherType=jobacct_gather/none
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=$RUN_DIR/slurmctld.pid
SlurmdPidFile=$RUN_DIR/slurmd.pid
SlurmctldLogFile=$LOG_DIR/slurmctld.log
SlurmdLogFile=$LOG_DIR/slurmd.log
SlurmctldTimeout=30
SlurmdTimeout=30
MaxArraySize=10001
NodeName=$NODE CPUs=$(nproc) RealMemory=4000${addr} State=UNKNOWN
PartitionName=debug Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
EOF
)
  if [ -f "$CONF" ] && ! grep -qF "$MARKER" "$CONF"; then
    say "keeping a copy of the existing $CONF as $CONF.before-textclean"
    cp -p "$CONF" "$CONF.before-textclean"
  fi
  printf '%s\n' "$new" >"$CONF"
  if [ -f /etc/slurm/cgroup.conf ]; then
    # slurm 22.05 refuses to start slurmd with the cgroup.conf that would disable cgroups; none is needed.
    say "moving /etc/slurm/cgroup.conf aside to /etc/slurm/cgroup.conf.before-textclean (not used here)"
    mv /etc/slurm/cgroup.conf /etc/slurm/cgroup.conf.before-textclean
  fi
}

# ---- commands --------------------------------------------------------------------------------------
cluster_up() { # every recorded daemon alive (munged may be someone else's) and the node usable
  local d
  for d in slurmctld slurmd; do alive "$d" "$(recorded_pid "$d")" || return 1; done
  case "$(node_state)" in idle* | mixed* | allocated* | completing*) return 0 ;; esac
  return 1
}

do_start() {
  local t0=$SECONDS
  mkdir -p "$STATE_DIR"
  if cluster_up; then
    say "already running (node $NODE: $(node_state)); nothing to do"
    return 0
  fi
  install_if_missing
  [ "$(id -u)" = 0 ] || cannot_install "not root (this test cluster runs munged, slurmctld and slurmd as root)"
  # Anything half-started earlier by this script goes first, so the pid file stays exact.
  [ -f "$PIDS_FILE" ] && do_stop
  local other
  for other in slurmctld slurmd; do
    local p; p=$(running_pids "$other" | head -n 1)
    [ -z "$p" ] || die "a $other not started by this script is running (pid $p); stop it first"
  done
  : >"$PIDS_FILE"
  write_munge_key
  write_slurm_conf

  # munge
  if [ -n "$(running_pids munged)" ] && munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
    say "using the munged that is already running (pid $(running_pids munged | head -n 1); not ours, stop leaves it)"
  else
    rm -f /run/munge/munged.pid
    munged --force >"$STATE_DIR/munged.out" 2>&1 || fail_start "munged did not start: $(cat "$STATE_DIR/munged.out")"
    local mp; mp=$(wait_pidfile /run/munge/munged.pid munged 10) || fail_start "munged wrote no pid file"
    record munged "$mp"
    munge -n 2>/dev/null | unmunge >/dev/null 2>&1 || fail_start "munge credentials do not work"
  fi

  # slurmctld (-c: a clean state, no jobs left over from an earlier test), then slurmd
  rm -f "$RUN_DIR/slurmctld.pid" "$RUN_DIR/slurmd.pid"
  slurmctld -c >"$STATE_DIR/slurmctld.out" 2>&1 || fail_start "slurmctld did not start: $(cat "$STATE_DIR/slurmctld.out")"
  local cp; cp=$(wait_pidfile "$RUN_DIR/slurmctld.pid" slurmctld 10) || fail_start "slurmctld is not running"
  record slurmctld "$cp"
  slurmd >"$STATE_DIR/slurmd.out" 2>&1 || fail_start "slurmd did not start: $(cat "$STATE_DIR/slurmd.out")"
  local dp; dp=$(wait_pidfile "$RUN_DIR/slurmd.pid" slurmd 10) || fail_start "slurmd is not running"
  record slurmd "$dp"

  local deadline=$((SECONDS + TIMEOUT)) st="" resumed=""
  while :; do
    st=$(node_state)
    case "$st" in idle*) break ;; esac
    case "$st" in
      down* | drain* | fail*)
        if [ -z "$resumed" ]; then
          scontrol update NodeName="$NODE" State=RESUME >/dev/null 2>&1
          resumed=1
        fi ;;
    esac
    ((SECONDS < deadline)) || fail_start "node $NODE did not become idle within ${TIMEOUT} s (sinfo state: '${st:-none}')"
    sleep 1
  done
  say "started in $((SECONDS - t0)) s: node $NODE idle; pids $(tr '\n' ' ' <"$PIDS_FILE")(in $PIDS_FILE)"
}

do_stop() {
  if [ ! -f "$PIDS_FILE" ]; then
    say "nothing to stop (no $PIDS_FILE)"
    return 0
  fi
  local name pid left=()
  # slurmd first, munged last
  for name in slurmd slurmctld munged; do
    pid=$(recorded_pid "$name")
    [ -n "$pid" ] || continue
    if alive "$name" "$pid"; then
      kill -TERM "$pid" 2>/dev/null && left+=("$name:$pid")
      local i
      for ((i = 0; i < 100; i++)); do alive "$name" "$pid" || break; sleep 0.1; done
      if alive "$name" "$pid"; then
        say "$name (pid $pid) ignored TERM for 10 s; sending KILL"
        kill -KILL "$pid" 2>/dev/null
        sleep 0.2
      fi
      say "stopped $name (pid $pid)"
    else
      say "$name (pid $pid) was not running any more"
    fi
  done
  rm -f "$PIDS_FILE"
}

do_status() {
  local name pid rc=0
  if [ -f "$PIDS_FILE" ]; then
    while read -r name pid; do
      if alive "$name" "$pid"; then echo "$name pid $pid: running"; else echo "$name pid $pid: NOT running"; rc=1; fi
    done <"$PIDS_FILE"
  else
    echo "no daemons recorded ($PIDS_FILE missing)"
    rc=1
  fi
  if command -v sinfo >/dev/null 2>&1; then sinfo 2>&1; fi
  cluster_up || rc=1
  [ $rc = 0 ] && echo "cluster: up" || echo "cluster: down"
  return $rc
}

case "${1:-}" in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
