#!/usr/bin/env bash
# Build cost of client generation (docs/performance.md, "Build cost").
#
#   tests/TokenMint.Benchmarks/build-timings.sh [--repo DIR] [--runs N] [--configuration C]
#
# Times, on the repository at DIR (default: the one holding this script):
#   noop           dotnet build Generated.sln, nothing changed: must not log "TokenMint: preparing"
#   noop-nogen     the same with -p:TokenMintGenerate=false (generation disabled)
#   one-vendor     after touching specs/trackstar/overlay.yaml: must regenerate Trackstar and nothing else
#   full-regen     after touching nswag.json: must regenerate all four vendors
# noop and noop-nogen alternate (N runs each) so that a change in the machine's load hits both alike; the report gives
# medians and "no-op adds X % over a build with generation disabled" (target: at most 5 %).
#
# The touched files keep their content (touch changes only the time stamp), so generated/ comes out byte for byte the same.
# Other people building the same tree at the same time skew every number and can race the touched builds: run this on a
# quiet machine, or on a copy (git worktree, or a plain copy of the working tree) with --repo.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
runs=5
configuration=Release
while [ $# -gt 0 ]; do
  case "$1" in
    --repo) repo="$(cd "$2" && pwd)"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --configuration|-c) configuration="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
cd "$repo"
logs="$(mktemp -d)"
declare -A times
BUILDS=0
LAST_LOG=

# build NAME [extra dotnet build arguments...]: one timed build, its log in $logs/NAME.N.log
build() {
  local name="$1"; shift
  BUILDS=$((BUILDS + 1))
  local log="$logs/$BUILDS-$name.log"
  local start end
  start=$(date +%s.%N)
  if ! dotnet build Generated.sln -c "$configuration" -v:n "$@" >"$log" 2>&1; then
    tail -40 "$log"; echo "error: build '$name' failed (log: $log)" >&2; exit 1
  fi
  end=$(date +%s.%N)
  times[$name]="${times[$name]:-} $(echo "$end - $start" | bc)"
  LAST_LOG="$log"
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
preparing() { grep -o "TokenMint: preparing [A-Za-z]*" "$1" | awk '{print $3}' | sort | tr '\n' ' ' | sed 's/ $//'; }

echo "== repository: $repo ($(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo 'not a git tree'), $(git -C "$repo" status --porcelain 2>/dev/null | wc -l) changed files)"
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), dotnet $(dotnet --version); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== settling build (restore, compile, generation as needed; not timed)"
build settle
build settle2
if [ -n "$(preparing "$LAST_LOG")" ]; then echo "error: the second settling build still regenerated: $(preparing "$LAST_LOG")" >&2; exit 1; fi

echo "== no-op builds, generation on and off, alternating ($runs each)"
for i in $(seq "$runs"); do
  build noop -clp:PerformanceSummary
  if [ -n "$(preparing "$LAST_LOG")" ]; then echo "error: a no-op build ran preparation/NSwag for: $(preparing "$LAST_LOG") (log: $LAST_LOG)" >&2; exit 1; fi
  # MSBuild's own time for the generation step (recording the generator's identity, the up-to-date checks and any nested
  # MSBuild calls): less load-sensitive than wall clock.
  gen_ms="$(grep -E "^ +[0-9]+ ms +TokenMint(GenerateClients|RecordGenerator) " "$LAST_LOG" | awk '{s += $1} END {print s + 0}')"
  times[noop-gen-target]="${times[noop-gen-target]:-} $(echo "scale=3; ${gen_ms:-0} / 1000" | bc)"
  build noop-nogen -p:TokenMintGenerate=false
done

echo "== touch specs/trackstar/overlay.yaml ($runs runs)"
for i in $(seq "$runs"); do
  touch specs/trackstar/overlay.yaml
  build one-vendor
  got="$(preparing "$LAST_LOG")"
  if [ "$got" != "Trackstar" ]; then echo "error: touching the Trackstar overlay regenerated '$got' (log: $LAST_LOG)" >&2; exit 1; fi
done

echo "== touch nswag.json ($runs runs)"
# Every vendor: the names specs/*/vendor.json declare, sorted as preparing() sorts them.
all_vendors="$(sed -n 's/.*"name"[[:space:]]*:[[:space:]]*"\([A-Za-z0-9]*\)".*/\1/p' "$repo"/specs/*/vendor.json | sort | xargs)"
for i in $(seq "$runs"); do
  touch nswag.json
  build full-regen
  got="$(preparing "$LAST_LOG")"
  if [ "$got" != "$all_vendors" ]; then echo "error: touching nswag.json regenerated '$got' (log: $LAST_LOG)" >&2; exit 1; fi
done

if [ -n "$(git -C "$repo" status --porcelain -- generated/ 2>/dev/null)" ] && [ "${TOKENMINT_ALLOW_DIRTY_GENERATED:-}" != "1" ]; then
  echo "note: generated/ differs from HEAD in this tree (it did before, or the regeneration changed it): git status -- generated/"
fi

noop=$(median <<<"${times[noop]}")
nogen=$(median <<<"${times[noop-nogen]}")
one=$(median <<<"${times[one-vendor]}")
full=$(median <<<"${times[full-regen]}")
gentarget=$(median <<<"${times[noop-gen-target]}")
overhead=$(echo "scale=2; ($noop - $nogen) * 100 / $nogen" | bc)
targetshare=$(echo "scale=2; $gentarget * 100 / $nogen" | bc)
fmt() { for v in $1; do printf "%.2f " "$v"; done; }
echo
echo "| build of Generated.sln -c $configuration ($runs runs each) | median s | all runs s |"
echo "|---|---:|---|"
echo "| no-op | $(fmt "$noop") | $(fmt "${times[noop]}") |"
echo "| no-op, -p:TokenMintGenerate=false | $(fmt "$nogen") | $(fmt "${times[noop-nogen]}") |"
echo "| after touching specs/trackstar/overlay.yaml (regenerates Trackstar only) | $(fmt "$one") | $(fmt "${times[one-vendor]}") |"
echo "| after touching nswag.json (regenerates all four) | $(fmt "$full") | $(fmt "${times[full-regen]}") |"
echo "| (MSBuild's time for TokenMintRecordGenerator + TokenMintGenerateClients inside the no-op builds) | $(fmt "$gentarget") | $(fmt "${times[noop-gen-target]}") |"
echo
echo "wall clock: no-op build adds ${overhead} % over a build with generation disabled (target: at most 5 %)"
echo "MSBuild's own account: the generation step takes ${targetshare} % of a no-op build's time (less sensitive to load)"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg); logs: $logs"
