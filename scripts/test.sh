#!/usr/bin/env bash
# Runs FrontAlert's whole test suite on a fresh Debian machine: installs what the tests need (redis-server,
# Chromium, npm packages), builds, runs every test project, and ends with one "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  if ! apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
    apt-get -f install -y -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

results="artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

echo "==> building"
dotnet build FrontAlert.sln -c Release -nologo -v quiet

echo "==> testing"
# One project at a time: the failover tests time real processes, and two cores shared with browser tests skew them.
status=0
for project in tests/*.Tests/*.Tests.csproj; do
  echo "--> $project"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); passed=$((passed + ${p:-0}))
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); failed=$((failed + ${f:-0}))
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters"); skipped=$((skipped + ${n:-0}))
done
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "no test ran" >&2
  status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
