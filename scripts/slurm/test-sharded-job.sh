#!/usr/bin/env bash
# End-to-end check that a corpus job sharded over a real (single-node) Slurm array gives the same output
# as the same job in one process.
#
#   scripts/slurm/test-sharded-job.sh [CLI]
#
# CLI is the TextClean.Cli.dll to run with `dotnet` (default: src/TextClean.Cli/bin/Release/net10.0/
# TextClean.Cli.dll, built with `dotnet build src/TextClean.Cli -c Release` if missing). A CLI that does
# not end in .dll is run as an executable (a stand-in for testing this script).
#
# Steps: (a) input folder from corpora/spamassassin (6 .jsonl.gz parts, one .jsonl, one .txt, with an exact
# duplicate document across two files); (b) `run` in one process -> single/; (c) scripts/slurm/cluster.sh
# start, then a 4-task array (`--shard-index $SLURM_ARRAY_TASK_ID --shard-count $SLURM_ARRAY_TASK_COUNT`)
# -> shards/; (d) the same files, byte for byte (ignoring .work/, stats.json, stats.md), and the same
# read/kept/rejected/malformed counts in stats.json; (e) stops the cluster if this script started it.
#
# Exit: 0 PASS (or SKIPPED when slurm cannot be installed here), 1 FAIL, 2 usage/setup error.
# Environment: TEXTCLEAN_TEST_KEEP=1 keeps the temp folder after a pass (it is always kept after a FAIL);
#              TEXTCLEAN_TEST_TASKS (default 4) array size; TEXTCLEAN_TEST_TIMEOUT (default 600) seconds
#              for the array job.
# Needs only bash, coreutils, gzip, grep, sed, cmp, diff (no python).
set -u
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CORPUS=$ROOT/corpora/spamassassin/spamassassin.jsonl.gz
TASKS=${TEXTCLEAN_TEST_TASKS:-4}
JOB_TIMEOUT=${TEXTCLEAN_TEST_TIMEOUT:-600}

log() { printf '[test-sharded-job] %s\n' "$*"; }
setup_error() { printf '[test-sharded-job] error: %s\n' "$*" >&2; exit 2; }

# ---- the CLI -----------------------------------------------------------------------------------------
CLI=${1:-$ROOT/src/TextClean.Cli/bin/Release/net10.0/TextClean.Cli.dll}
case "$CLI" in /*) ;; *) CLI=$(pwd)/$CLI ;; esac
if [[ "$CLI" == *.dll ]]; then
  if [ $# -eq 0 ]; then
    # Always (re)build the default CLI: an old build left in bin/ would test old code. Incremental, so cheap.
    log "building the CLI: dotnet build src/TextClean.Cli -c Release"
    (cd "$ROOT" && dotnet build src/TextClean.Cli -c Release -nologo -v q) || setup_error "the build failed"
    [ -f "$CLI" ] || setup_error "the build did not produce $CLI"
  elif [ ! -f "$CLI" ]; then
    setup_error "$CLI does not exist"
  fi
  CLI_CMD=(dotnet "$CLI")
else
  [ -x "$CLI" ] || setup_error "$CLI is neither a .dll nor an executable"
  CLI_CMD=("$CLI")
fi
[ -f "$CORPUS" ] || setup_error "missing $CORPUS"

T=$(mktemp -d /tmp/textclean-sharded.XXXXXX) || setup_error "mktemp failed"
STARTED_CLUSTER=""
RESULT=""
cleanup() {
  if [ -n "$STARTED_CLUSTER" ]; then
    log "stopping the cluster this script started"
    "$HERE/cluster.sh" stop | sed 's/^/  /'
  fi
  if [ "$RESULT" = PASS ] && [ "${TEXTCLEAN_TEST_KEEP:-0}" != 1 ]; then
    rm -rf "$T"
  elif [ -d "$T" ]; then
    log "work folder kept: $T"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() { # fail MESSAGE...: print the FAIL summary and exit 1
  RESULT=FAIL
  echo
  echo "FAIL: $1"
  shift
  local line
  for line in "$@"; do echo "  $line"; done
  exit 1
}

# ---- (a) input ---------------------------------------------------------------------------------------
IN=$T/input
mkdir -p "$IN" "$T/logs"
log "preparing input in $IN"
zcat "$CORPUS" | head -n 1200 >"$T/all.jsonl"
split -d -a 1 -n l/6 "$T/all.jsonl" "$T/part-"
for f in "$T"/part-?; do
  n=${f##*-}
  mv "$f" "$IN/part-$n.jsonl"
done
# An exact duplicate across two files (and so, usually, across two shards): part-0's first document
# again at the end of part-4, and part-2's first document in the plain .jsonl.
head -n 1 "$IN/part-0.jsonl" >>"$IN/part-4.jsonl"
for f in "$IN"/part-?.jsonl; do gzip -n "$f"; done
{ zcat "$CORPUS" | sed -n '1201,1300p'; zcat "$IN/part-2.jsonl.gz" | head -n 1; } >"$IN/extra.jsonl"
# Plain text: the "text" of a few more documents with the JSON escapes for newline, tab and quote undone.
zcat "$CORPUS" | sed -n '1301,1320p' |
  sed -e 's/^.*"text": "//' -e 's/"}[[:space:]]*$//' -e 's/\\n/\n/g' -e 's/\\t/\t/g' -e 's/\\"/"/g' \
    >"$IN/notes.txt"
rm -f "$T/all.jsonl"
INPUTS=("$IN/*.jsonl.gz" "$IN/*.jsonl" "$IN/*.txt")   # globs, expanded by the CLI
log "input: $(ls "$IN" | tr '\n' ' ')"

# ---- (b) one process ---------------------------------------------------------------------------------
log "single process: run --input ${INPUTS[*]} --output $T/single --field text --workers 2"
"${CLI_CMD[@]}" run --input "${INPUTS[@]}" --output "$T/single" --field text --workers 2 >"$T/logs/single.log" 2>&1
rc=$?
[ $rc = 0 ] || fail "the single-process run exited with $rc" "$(tail -n 20 "$T/logs/single.log")"

# ---- (c) the Slurm array ----------------------------------------------------------------------------
if "$HERE/cluster.sh" status >/dev/null 2>&1; then
  log "a cluster started by cluster.sh is already up; using it (and leaving it running)"
else
  log "starting the cluster: $HERE/cluster.sh start"
  STARTED_CLUSTER=1   # set before: a half-started cluster is stopped by the trap too
  "$HERE/cluster.sh" start >"$T/logs/cluster.log" 2>&1
  rc=$?
  sed 's/^/  /' "$T/logs/cluster.log"
  if [ $rc = 3 ]; then
    STARTED_CLUSTER=""
    RESULT=PASS   # nothing to keep
    echo "SKIPPED: $(grep -m1 'slurm cannot be installed here' "$T/logs/cluster.log" || echo 'slurm cannot be installed here')"
    exit 0
  fi
  [ $rc = 0 ] || fail "cluster.sh start exited with $rc" "see $T/logs/cluster.log"
fi

quoted_cli=$(printf '%q ' "${CLI_CMD[@]}")
quoted_inputs=$(printf '%q ' "${INPUTS[@]}")
cat >"$T/job.sh" <<EOF
#!/usr/bin/env bash
# One shard of the test job; written by scripts/slurm/test-sharded-job.sh.
cd $(printf '%q' "$T")
$quoted_cli run --input $quoted_inputs --output $(printf '%q' "$T/shards") --field text --workers 1 \\
  --shard-index "\$SLURM_ARRAY_TASK_ID" --shard-count "\$SLURM_ARRAY_TASK_COUNT"
rc=\$?
echo "\$rc" > $(printf '%q' "$T/logs")/task-\$SLURM_ARRAY_TASK_ID.rc
exit \$rc
EOF
chmod +x "$T/job.sh"

log "submitting: sbatch --array=0-$((TASKS - 1)) $T/job.sh"
jobid=$(sbatch --parsable --array=0-$((TASKS - 1)) --job-name=textclean-shards --cpus-per-task=1 \
  --output="$T/logs/task-%a.out" "$T/job.sh" 2>"$T/logs/sbatch.err")
rc=$?
jobid=${jobid%%;*}
[ $rc = 0 ] && [ -n "$jobid" ] || fail "sbatch failed ($rc)" "$(cat "$T/logs/sbatch.err")"
log "array job $jobid submitted; waiting (timeout ${JOB_TIMEOUT} s)"
t0=$SECONDS
while [ -n "$(squeue -h -j "$jobid" 2>/dev/null)" ]; do
  if ((SECONDS - t0 > JOB_TIMEOUT)); then
    scancel "$jobid" 2>/dev/null
    fail "array job $jobid did not finish within ${JOB_TIMEOUT} s (cancelled)" "$(squeue -j "$jobid" 2>&1)"
  fi
  sleep 2
done
log "array job $jobid finished in $((SECONDS - t0)) s"

bad=()
for ((i = 0; i < TASKS; i++)); do
  rcf=$T/logs/task-$i.rc
  if [ ! -f "$rcf" ]; then
    bad+=("task $i: no exit-code file (did not run or was killed); output: $(tail -n 5 "$T/logs/task-$i.out" 2>/dev/null | tr '\n' ' ')")
  elif [ "$(cat "$rcf")" != 0 ]; then
    bad+=("task $i: exit code $(cat "$rcf"); output: $(tail -n 5 "$T/logs/task-$i.out" 2>/dev/null | tr '\n' ' ')")
  fi
done
[ ${#bad[@]} = 0 ] || fail "${#bad[@]} of $TASKS array tasks failed" "${bad[@]}"
[ -f "$T/shards/stats.json" ] || fail "no shard finalized the output: $T/shards/stats.json is missing"

# ---- (d) compare ---------------------------------------------------------------------------------
file_list() { # relative paths of the output files to compare
  (cd "$1" && find . -path ./.work -prune -o -type f -print | sed 's|^\./||' |
    grep -v -x -E 'stats\.json|stats\.md' | sort)
}

# The top-level integer fields of a JSON object, as "name=value" lines. Tokenizes with grep (strings,
# numbers, literals, punctuation) and tracks the nesting depth in bash, so neither nested objects with
# the same field names nor the layout (one line or pretty-printed) matter.
json_top_ints() {
  local depth=0 key="" expect="" tok
  while IFS= read -r tok; do
    case "$tok" in
      '{' | '[') depth=$((depth + 1)); key=""; expect="" ;;
      '}' | ']') depth=$((depth - 1)); key=""; expect="" ;;
      ':') [ -n "$key" ] && expect=1 ;;
      ',') key=""; expect="" ;;
      '"'*)
        if [ $depth = 1 ] && [ -z "$expect" ]; then key=${tok:1:${#tok}-2}; else key=""; fi
        expect="" ;;
      *)
        if [ $depth = 1 ] && [ -n "$expect" ] && [[ "$tok" =~ ^-?[0-9]+$ ]]; then echo "$key=$tok"; fi
        key=""; expect="" ;;
    esac
  done < <(grep -o -E '"([^"\\]|\\.)*"|[][{}:,]|-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?|true|false|null' "$1")
}
counts() { # counts STATS_JSON -> "read=N kept=K rejected=R malformed=M" (missing fields are "?")
  local all f v out=""
  all=$(json_top_ints "$1")
  for f in read kept rejected malformed; do
    v=$(printf '%s\n' "$all" | sed -n "s/^$f=//p" | head -n 1)
    out+="$f=${v:-?} "
  done
  echo "${out% }"
}
summary_line() { grep -h -E 'kept \+ rejected \+ malformed = read:' "$@" 2>/dev/null | tail -n 1; }

problems=()
[ -f "$T/single/stats.json" ] || problems+=("single/stats.json is missing")
file_list "$T/single" >"$T/single.files"
file_list "$T/shards" >"$T/shards.files"
only_single=$(comm -23 "$T/single.files" "$T/shards.files")
only_shards=$(comm -13 "$T/single.files" "$T/shards.files")
[ -z "$only_single" ] || problems+=("only in single: $(printf "%s " $only_single)")
[ -z "$only_shards" ] || problems+=("only in shards: $(printf "%s " $only_shards)")
differ=()
while IFS= read -r f; do
  [ -n "$f" ] || continue
  cmp -s "$T/single/$f" "$T/shards/$f" || differ+=("$f")
done < <(comm -12 "$T/single.files" "$T/shards.files")
[ ${#differ[@]} = 0 ] || problems+=("differ: ${differ[*]}" "  (e.g. diff $T/single/${differ[0]} $T/shards/${differ[0]})")

c_single=$(counts "$T/single/stats.json" 2>/dev/null)
c_shards=$(counts "$T/shards/stats.json")
[[ "$c_single" != *'?'* ]] || problems+=("single/stats.json lacks a count: $c_single")
[[ "$c_shards" != *'?'* ]] || problems+=("shards/stats.json lacks a count: $c_shards")
[ "$c_single" = "$c_shards" ] || problems+=("counts differ: single $c_single, shards $c_shards")

n_files=$(grep -c . "$T/single.files")
echo
echo "single: $(summary_line "$T/logs/single.log")"
echo "        stats.json $c_single"
echo "shards: $(summary_line "$T"/logs/task-*.out)"
echo "        stats.json $c_shards"
echo "files compared: $n_files (excluding .work/, stats.json, stats.md)"
[ ${#problems[@]} = 0 ] || fail "sharded output differs from the single-process output" "${problems[@]}"
RESULT=PASS
echo "PASS: $TASKS Slurm array tasks produced the same $n_files files (byte-identical) and counts ($c_shards) as one process"
exit 0
