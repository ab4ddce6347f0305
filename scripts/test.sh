#!/usr/bin/env bash
# Runs FrontAlert's whole test suite on a fresh Debian machine: installs what the tests need (redis-server,
# Chromium, npm packages), builds, runs every test project, and ends with one "N passed, N failed, N skipped" line.
#   --fast  the inner loop: builds and runs only the domain, grain and web tests (no browser, client/CLI or cluster
#           tests, which start Chromium and real silo/web processes). CI runs without it, i.e. everything.
set -euo pipefail
cd "$(dirname "$0")/.."

fast=0
for arg in "$@"; do
  case "$arg" in
    --fast) fast=1 ;;
    *) echo "usage: $0 [--fast]" >&2; exit 2 ;;
  esac
done
if [ "$fast" -eq 1 ]; then
  projects=(tests/FrontAlert.Domain.Tests/FrontAlert.Domain.Tests.csproj
            tests/FrontAlert.Grains.Tests/FrontAlert.Grains.Tests.csproj
            tests/FrontAlert.Web.Tests/FrontAlert.Web.Tests.csproj)
else
  projects=(tests/*.Tests/*.Tests.csproj)
fi

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
if [ "$fast" -eq 1 ]; then
  # The web tests reference the web, grain and domain projects, so these three builds cover what the fast run needs.
  for project in "${projects[@]}"; do
    dotnet build "$project" -c Release -nologo -v quiet
  done
else
  dotnet build FrontAlert.sln -c Release -nologo -v quiet
fi

echo "==> testing"
# One project at a time: the failover tests time real processes, and two cores shared with browser tests skew them.
status=0
for project in "${projects[@]}"; do
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
