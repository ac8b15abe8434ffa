#!/usr/bin/env bash
# Installs the real container engines used by tests/InfraSharp.Engine.Tests (see ../../../shared/ENGINES.md).
# Idempotent: installs only what is missing (apt-get update first, and only then). Run as root on Debian 12.
# Writes nothing global besides the apt packages: podman is configured per process by the test harness,
# which points CONTAINERS_CONF at tests/engines/containers.conf and starts its own socket on a temporary path.
set -euo pipefail

# netavark + aardvark-dns named explicitly so compose networks get DNS names (not the CNI plugins); runc because
# podman only needs crun or runc and crun fails in this sandbox (containers.conf selects runc).
required_packages=(podman runc catatonit netavark aardvark-dns docker-compose busybox-static)

missing=()
for package in "${required_packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} > 0)); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "engines/setup.sh: missing packages ${missing[*]} and not root; run as root" >&2
        exit 1
    fi
    echo "engines/setup.sh: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}"
fi

# The test image is built from the static busybox (a dynamic one cannot run in an empty root filesystem).
if [[ ! -x /bin/busybox ]]; then
    echo "engines/setup.sh: /bin/busybox missing after installing busybox-static" >&2
    exit 1
fi

# Fail early, naming the step, when podman cannot work with the project's settings.
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if ! CONTAINERS_CONF="$script_dir/containers.conf" podman info --format '{{.Host.OCIRuntime.Name}}' >/dev/null; then
    echo "engines/setup.sh: 'podman info' failed with CONTAINERS_CONF=$script_dir/containers.conf" >&2
    exit 1
fi

echo "engines/setup.sh: podman $(podman --version | awk '{print $3}'), $(docker-compose --version | cut -d, -f1), busybox-static ready"
