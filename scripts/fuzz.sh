#!/usr/bin/env bash
# Runs every fuzz target of the module for a short time each.
# Usage: scripts/fuzz.sh [duration]   (default 10s)
set -euo pipefail
cd "$(dirname "$0")/.."
time=${1:-10s}
found=0
while IFS=: read -r file _ line; do
  pkg="./$(dirname "${file#./}")"
  name=$(sed -E 's/^func (Fuzz[A-Za-z0-9_]*)\(.*/\1/' <<<"$line")
  echo "== $pkg $name ($time)"
  go test -run '^$' -fuzz "^${name}\$" -fuzztime "$time" "$pkg"
  found=$((found + 1))
done < <(grep -rn --include='*_test.go' -E '^func Fuzz[A-Za-z0-9_]*\(' . | sort)
echo "ran $found fuzz targets"
