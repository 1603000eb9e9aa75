#!/usr/bin/env bash
# Compares HireGuard's MmdbReader with libmaxminddb (C) on the same City-shaped database and the
# same random IPv4 addresses.
#
#   benchmarks/native/run-mmdb-bench.sh            # BenchmarkDotNet (--job short) + libmaxminddb
#   JOB=dry benchmarks/native/run-mmdb-bench.sh    # quick smoke
#   NATIVE_ONLY=1 benchmarks/native/run-mmdb-bench.sh
#
# Needs gcc and Debian's libmaxminddb-dev. The database (~1.3M networks, ~88 MB) and the address
# file are built by MmdbLookupBenchmark's GlobalSetup (SyntheticCityDatabase, fixed seeds) and
# cached in $HIREGUARD_BENCH_DIR (default: the system temp directory + /hireguard-bench), so both
# sides read the very same file. The first build takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v gcc >/dev/null || ! echo "#include <maxminddb.h>" | gcc -E -x c - >/dev/null 2>&1; then
  echo "needs gcc and libmaxminddb-dev (apt-get install -y gcc libmaxminddb-dev)" >&2
  exit 1
fi

out=artifacts/native
mkdir -p "$out"
gcc -O2 -Wall -Wextra -o "$out/mmdb_bench" benchmarks/native/mmdb_bench.c -lmaxminddb

dir="${HIREGUARD_BENCH_DIR:-${TMPDIR:-/tmp}/hireguard-bench}"
db="$dir/synthetic-city-1200000-42.mmdb"
ips="$dir/ipv4-65536-7.txt"

if [ -z "${NATIVE_ONLY:-}" ] || [ ! -f "$db" ]; then
  dotnet run -c Release --project benchmarks/HireGuard.Benchmarks -- --filter '*MmdbLookupBenchmark*' --job "${JOB:-short}"
fi

"$out/mmdb_bench" "$db" "$ips" "${PASSES:-5}"
