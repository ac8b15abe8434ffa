#!/usr/bin/env bash
# Measures what InfraSharp's after-Build emit step adds to a build (see README.md next to this script).
#   1. samples/Shop, no compile: build with the emit step forced to run vs InfraSharpEmit=false.
#   2. samples/Shop, no-change incremental rebuild: emit on (step skipped by Inputs/Outputs) vs off.
#   3. Per-stack cost: the emit host run directly on generated assemblies with 1, 10 and 50 stacks.
# Uses hyperfine when installed (apt-get install -y hyperfine), else a loop with medians.
# Environment: RUNS (default 10), STACK_COUNTS (default "1 10 50"), ART (artifacts folder, default a temp folder).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${RUNS:-10}"
stack_counts="${STACK_COUNTS:-1 10 50}"
work="$(mktemp -d "${TMPDIR:-/tmp}/infrasharp-bench-XXXXXX")"
art="${ART:-$work/artifacts}"
results="$work/results"
mkdir -p "$results"
trap 'rm -rf "$work"' EXIT
# Nothing may outlive the script: no MSBuild nodes, no compiler server, no first-run noise.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false MSBUILDDISABLENODEREUSE=1

build() { dotnet build "$@" --artifacts-path "$art" -nologo -v:q -nodeReuse:false > /dev/null; }

# measure <name> <prepare command> <command>: prints "name median_ms min_ms max_ms".
measure() {
  local name="$1" prepare="$2" command="$3"
  if command -v hyperfine > /dev/null; then
    hyperfine --style basic --warmup 1 --runs "$runs" --prepare "$prepare" --export-json "$results/$name.json" "$command" > /dev/null
    python3 - "$results/$name.json" "$name" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"{sys.argv[2]:<34} median {r['median']*1000:8.0f} ms   min {r['min']*1000:8.0f} ms   max {r['max']*1000:8.0f} ms   (n={len(r['times'])})")
PY
  else
    bash -c "$prepare"; bash -c "$command" > /dev/null 2>&1  # warmup
    local times=() start end
    for _ in $(seq "$runs"); do
      bash -c "$prepare"
      start=$(date +%s%N); bash -c "$command" > /dev/null 2>&1; end=$(date +%s%N)
      times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" '{ a[NR] = $1 } END {
      m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
      printf "%-34s median %8.0f ms   min %8.0f ms   max %8.0f ms   (n=%d)\n", name, m, a[1], a[NR], NR }'
  fi
}

echo "# InfraSharp emit-step benchmark  $(date -u +%Y-%m-%dT%H:%MZ)"
echo "# $(nproc) cores, $(uname -m), load before: $(cut -d' ' -f1-3 /proc/loadavg), dotnet $(dotnet --version), runs=$runs, $(command -v hyperfine > /dev/null && hyperfine --version || echo 'date loop')"

# --- 1 and 2: samples/Shop ------------------------------------------------------------------------------------------
shop="$repo/samples/Shop/Shop.csproj"
build "$shop"   # restore + compile + first emit; later runs compile nothing
stamp="$(find "$art/obj/Shop" -name infrasharp.emit.stamp | head -n 1)"
[ -n "$stamp" ] || { echo "emit stamp not found under $art/obj/Shop" >&2; exit 1; }
shop_build="dotnet build '$shop' --no-restore --artifacts-path '$art' -nologo -v:q -nodeReuse:false"
# Deleting the stamp (an Output of the step) makes MSBuild run the step; the manifests are up to date, so it writes nothing.
measure "shop-emit-off"                "rm -f '$stamp'" "$shop_build -p:InfraSharpEmit=false"
measure "shop-emit-forced"             "rm -f '$stamp'" "$shop_build -p:InfraSharpEmit=true"
measure "shop-noop-rebuild-emit-off"   "true"           "$shop_build -p:InfraSharpEmit=false"
measure "shop-noop-rebuild-emit-on"    "true"           "$shop_build -p:InfraSharpEmit=true"

# --- 3: per-stack cost, emit host run directly -----------------------------------------------------------------------
host="$art/bin/InfraSharp.Emit/debug/InfraSharp.Emit.dll"
lib="$art/bin/InfraSharp/debug/InfraSharp.dll"
generator="$(find "$art/bin/InfraSharp.Generators" -name InfraSharp.Generators.dll | head -n 1)"
for count in $stack_counts; do
  project="$work/stacks$count"
  mkdir -p "$project"
  for file in Directory.Build.props Directory.Build.targets Directory.Packages.props; do echo '<Project />' > "$work/$file"; done
  cat > "$project/Stacks$count.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup>
    <Reference Include="$lib" />
    <Analyzer Include="$generator" />
  </ItemGroup>
</Project>
XML
  {
    echo "using InfraSharp;"
    for i in $(seq "$count"); do cat <<CS
[Stack("stack$i")]
public static class Stack$i
{
    public static void Define(IStackBuilder stack)
    {
        var data = stack.AddVolume("data");
        var db = stack.AddService("db").WithImage("postgres:16.4").WithUser("999:999")
            .WithResources(cpuRequest: "100m", cpuLimit: "500m", memoryRequest: "128Mi", memoryLimit: "256Mi")
            .WithVolume(data, "/var/lib/postgresql/data").WithHealthCheck(Probe.Tcp(5432)).WithPort(5432);
        var cache = stack.AddService("cache").WithImage("redis:7.2").WithUser("999:999")
            .WithResources(cpuRequest: "50m", cpuLimit: "200m", memoryRequest: "64Mi", memoryLimit: "128Mi")
            .WithHealthCheck(Probe.Tcp(6379)).WithPort(6379);
        stack.AddService("web").WithImage("nginx:1.27").WithUser("101:101").WithPort(8080, 8080)
            .WithResources(cpuRequest: "100m", cpuLimit: "500m", memoryRequest: "128Mi", memoryLimit: "256Mi")
            .WithHealthCheck(Probe.Http("/healthz", 8080)).WaitFor(db).WaitFor(cache);
    }
}
CS
    done
  } > "$project/Stacks.cs"
  build "$project/Stacks$count.csproj"
  assembly="$(find "$art/bin/Stacks$count" -name "Stacks$count.dll" | head -n 1)"
  out="$work/deploy$count"
  # Fresh output folder each run: every file is written (the cost of a real change), not just compared.
  measure "host-${count}-stacks-write" "rm -rf '$out'" "dotnet exec '$host' --assembly '$assembly' --output '$out' --project '$project'"
  measure "host-${count}-stacks-unchanged" "true" "dotnet exec '$host' --assembly '$assembly' --output '$out' --project '$project'"
  echo "#   $count stack(s): $(find "$out" -type f | wc -l) files written"
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
