#!/usr/bin/env bash
# Whole-process timing of InfraSharp against cdk8s + cdk8s-plus on the same workload (issue 6): the benchmark
# program (tests/InfraSharp.Benchmarks "emit") and the packed emit host as a build runs it (benchmarks/host-stack).
# See benchmarks/README.md for what the figures mean.
#
#   benchmarks/run-vs-cdk8s.sh [RUNS]          (default RUNS=5)
#
# Environment:
#   OUT_BASE=DIR      where both tools write their output (default: a folder under /dev/shm when it exists, so the
#                     figures measure the tools, not the disk; set a disk folder to include the file system)
#   SIZES="1000"      sizes for the side-by-side comparison (InfraSharp also always runs 5000 for linearity)
#   CDK8S_5000=1      also time cdk8s single-chart synth at 5000 (per-service at 5000 takes minutes: not offered)
#   SKIP_BUILD=1      reuse the last InfraSharp build
set -euo pipefail

RUNS="${1:-5}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/benchmarks"
WORK="$BENCH/results"
SIZES="${SIZES:-1000}"
mkdir -p "$WORK"

if [[ -z "${OUT_BASE:-}" ]]; then
  if [[ -d /dev/shm && -w /dev/shm ]]; then OUT_BASE="$(mktemp -d /dev/shm/infrasharp-bench.XXXXXX)"; else OUT_BASE="$(mktemp -d)"; fi
fi
mkdir -p "$OUT_BASE"
trap 'rm -rf "$OUT_BASE"' EXIT

# --- tools -------------------------------------------------------------------------------------------------------
if [[ ! -x /usr/bin/time ]]; then
  echo "== installing GNU time (apt package 'time') for peak memory"
  apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi
if [[ ! -d "$BENCH/cdk8s/node_modules/cdk8s-plus-33" ]]; then
  echo "== installing cdk8s + cdk8s-plus from npm into benchmarks/cdk8s/node_modules (git-ignored)"
  (cd "$BENCH/cdk8s" && npm install --no-audit --no-fund --loglevel=error)
fi
CDK8S_VERSION="$(node -p "require('$BENCH/cdk8s/node_modules/cdk8s/package.json').version")"
PLUS_VERSION="$(node -p "require('$BENCH/cdk8s/node_modules/cdk8s-plus-33/package.json').version")"

EMITTER="$WORK/infrasharp/InfraSharp.Benchmarks"
HOST="$WORK/package/tools/emit-net10.0-linux-x64/InfraSharp.Emit.dll"
STACK="$WORK/artifacts/bin/HostStack/release/HostStack.dll"
if [[ "${SKIP_BUILD:-}" != "1" || ! -x "$EMITTER" || ! -f "$HOST" || ! -f "$STACK" ]]; then
  echo "== building the InfraSharp emitter (Release, ReadyToRun, linux-x64)"
  dotnet publish "$ROOT/tests/InfraSharp.Benchmarks/InfraSharp.Benchmarks.csproj" -c Release -r linux-x64 --self-contained false \
    --artifacts-path "$WORK/artifacts" -o "$WORK/infrasharp" -nologo -v quiet >/dev/null
  echo "== packing InfraSharp (its emit hosts) and building the workload as a user's stack assembly"
  rm -rf "$WORK/pack" "$WORK/package"
  dotnet pack "$ROOT/src/InfraSharp/InfraSharp.csproj" -c Release -o "$WORK/pack" --artifacts-path "$WORK/artifacts" -nologo -v quiet >/dev/null
  python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); z.extractall(sys.argv[2], [n for n in z.namelist() if n.startswith("tools/")])' \
    "$(ls "$WORK"/pack/InfraSharp.*.nupkg | grep -v snupkg | head -n 1)" "$WORK/package"
  dotnet build "$BENCH/host-stack/HostStack.csproj" -c Release --artifacts-path "$WORK/artifacts" -nologo -v quiet >/dev/null
fi

# --- measuring ---------------------------------------------------------------------------------------------------
RAW="$WORK/raw.tsv"
: > "$RAW"
SEQ=0

# measure LABEL N COMMAND...: one whole-process run writing into a fresh folder; records wall s, CPU s, peak RSS KiB.
measure() {
  local label="$1" n="$2"; shift 2
  SEQ=$((SEQ + 1))
  local out="$OUT_BASE/run-$SEQ"
  local timing="$WORK/time-$SEQ.txt"
  /usr/bin/time -f "%e %U %S %M" -o "$timing" "$@" "$out" >/dev/null
  read -r wall user sys rss < "$timing"
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$n" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')" "$rss" >> "$RAW"
  rm -rf "$out" "$timing"
}

infrasharp() { measure "infrasharp" "$1" "$EMITTER" emit "$1"; }
# The packed emit host exactly as a build runs it (dotnet exec; the stack assembly reads N from the environment).
emit_host() { INFRASHARP_BENCH_SERVICES="$1" measure "emit-host" "$1" dotnet exec "$HOST" --project "$BENCH/host-stack" --assembly "$STACK" --output; }
cdk8s_single() { measure "cdk8s-single" "$1" node "$BENCH/cdk8s/app.js" "$1" single; }
cdk8s_per_service() { measure "cdk8s-per-service" "$1" node "$BENCH/cdk8s/app.js" "$1" per-service; }

echo "== warm-up (file cache, not counted)"
"$EMITTER" emit 100 "$OUT_BASE/warm-i" >/dev/null
INFRASHARP_BENCH_SERVICES=100 dotnet exec "$HOST" --project "$BENCH/host-stack" --assembly "$STACK" --output "$OUT_BASE/warm-h" >/dev/null
rm -rf "$OUT_BASE/warm-h"
node "$BENCH/cdk8s/app.js" 100 single "$OUT_BASE/warm-c" >/dev/null
rm -rf "$OUT_BASE/warm-i" "$OUT_BASE/warm-c"
: > "$RAW"

echo "== $RUNS alternating rounds; load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for round in $(seq 1 "$RUNS"); do
  for n in $SIZES; do
    infrasharp "$n"
    emit_host "$n"
    cdk8s_single "$n"
    cdk8s_per_service "$n"
  done
  infrasharp 5000
  emit_host 5000
  if [[ "${CDK8S_5000:-}" == "1" ]]; then cdk8s_single 5000; fi
  echo "   round $round done"
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- report ------------------------------------------------------------------------------------------------------
median() { sort -n | awk '{v[NR]=$1} END {if (NR==0) {print "nan"} else if (NR%2) {print v[(NR+1)/2]} else {printf "%.3f\n", (v[NR/2]+v[NR/2+1])/2}}'; }
col() { awk -F'\t' -v l="$1" -v n="$2" -v c="$3" '$1==l && $2==n {print $c}' "$RAW"; }
wall() { col "$1" "$2" 3 | median; }
cpu() { col "$1" "$2" 4 | median; }
rss() { col "$1" "$2" 5 | sort -n | tail -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.3f", a / b; else print "nan"}'; }
check() { awk -v v="$1" -v limit="$2" 'BEGIN {print (v <= limit) ? "PASS" : "FAIL"}'; }

echo
echo "InfraSharp (emit N services: build, validate, Compose + Kubernetes written) vs cdk8s $CDK8S_VERSION + cdk8s-plus-33 $PLUS_VERSION synth"
echo "medians of $RUNS runs; wall = elapsed seconds, cpu = user+sys seconds, rss = peak resident MiB (max over runs)"
printf '%-20s %6s %8s %8s %8s\n' tool N wall cpu rss
for label in infrasharp emit-host cdk8s-single cdk8s-per-service; do
  for n in $SIZES 5000; do
    [[ -z "$(col "$label" "$n" 3)" ]] && continue
    printf '%-20s %6s %8s %8s %8s\n' "$label" "$n" "$(wall "$label" "$n")" "$(cpu "$label" "$n")" "$(( $(rss "$label" "$n") / 1024 ))"
  done
done

# The targets, for the benchmark program ("infrasharp") and for the packed emit host a build runs ("emit-host").
first=${SIZES%% *}
for tool in infrasharp emit-host; do
  echo
  for n in $SIZES; do
    single=$(ratio "$(wall "$tool" "$n")" "$(wall cdk8s-single "$n")")
    per=$(ratio "$(wall "$tool" "$n")" "$(wall cdk8s-per-service "$n")")
    echo "$tool N=$n  / cdk8s single chart      = $single  (target <= 0.25: $(check "$single" 0.25))"
    echo "$tool N=$n  / cdk8s chart per service = $per  (target <= 0.10: $(check "$per" 0.10))"
    echo "$tool N=$n  same ratios on CPU time: $(ratio "$(cpu "$tool" "$n")" "$(cpu cdk8s-single "$n")") and $(ratio "$(cpu "$tool" "$n")" "$(cpu cdk8s-per-service "$n")")"
  done
  linear=$(ratio "$(wall "$tool" 5000)" "$(wall "$tool" "$first")")
  rss5000=$(( $(rss "$tool" 5000) / 1024 ))
  echo "$tool 5000 / $first = $linear  (target <= 5.5 for 1000: $(check "$linear" 5.5))"
  echo "$tool peak RSS at 5000 = $rss5000 MiB  (target < 120: $(check "$rss5000" 119.99))"
done
echo "raw figures: $RAW"
