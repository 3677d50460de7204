#!/usr/bin/env bash
# Measures a corpus job end to end: the default job (length and quality filters, the ml preset, exact dedup) on JSON Lines .gz
# made from the bundled SpamAssassin bodies, copied until the input holds about SIZE_MB megabytes of uncompressed text. Each
# copy's texts start with a word of their own ("copyab": letters, since the ml preset masks numbers) so exact dedup, which
# compares cleaned text, does not throw the copies away: the job does the work real data needs.
# Prints throughput (uncompressed input MB/s, from stats.json) and peak resident memory (/usr/bin/time).
#
#   benchmarks/corpus-job.sh [SIZE_MB] [WORKERS]      (default 1024 MB, 2 workers)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZE_MB=${1:-1024}
WORKERS=${2:-2}
WORK=${TEXTCLEAN_BENCH_DIR:-/tmp/textclean-bench}
INPUT=$WORK/input-${SIZE_MB}MB
OUTPUT=$WORK/output-${SIZE_MB}MB-w$WORKERS
SOURCE=$ROOT/corpora/spamassassin/spamassassin.jsonl.gz

command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }
(cd "$ROOT" && dotnet build src/TextClean.Cli -c Release -nologo -v q >/dev/null)
CLI=$ROOT/src/TextClean.Cli/bin/Release/net10.0/TextClean.Cli.dll

if [ ! -f "$INPUT/.complete" ]; then
  rm -rf "$INPUT" && mkdir -p "$INPUT"
  copy_mb=$(( $(gzip -dc "$SOURCE" | wc -c) / 1000000 ))
  copies=$(( (SIZE_MB + copy_mb - 1) / copy_mb ))
  echo "making $copies copies of $SOURCE ($copy_mb MB each) in $INPUT"
  letters=abcdefghijklmnopqrstuvwxyz
  for ((i = 0; i < copies; i++)); do
    tag="copy${letters:i/26%26:1}${letters:i%26:1}"
    gzip -dc "$SOURCE" | sed "s/\"text\": \"/\"text\": \"$tag /" | gzip -1 > "$INPUT/part-$(printf %03d "$i").jsonl.gz"
  done
  touch "$INPUT/.complete"
fi

rm -rf "$OUTPUT"
echo "running: textclean run --input $INPUT --output $OUTPUT --workers $WORKERS"
/usr/bin/time -v -o "$WORK/time.txt" dotnet "$CLI" run --input "$INPUT" --output "$OUTPUT" --workers "$WORKERS" --progress log
peak_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time.txt")
mbs=$(sed -n 's/.*"megabytes_per_second": \([0-9.]*\).*/\1/p' "$OUTPUT/stats.json")
bytes=$(sed -n 's/^  "bytes_in": \([0-9]*\).*/\1/p' "$OUTPUT/stats.json")
echo
echo "input: $(( bytes / 1000000 )) MB uncompressed, $(du -sm "$INPUT" | cut -f1) MB on disk; workers: $WORKERS"
echo "throughput: $mbs MB/s of uncompressed input (wall $wall, whole process)"
echo "peak memory: $(( peak_kb / 1024 )) MiB resident"
