#!/usr/bin/env bash
# A FrontAlert cluster on this machine without Docker: redis-server (AOF), N silos and M web nodes as processes on
# loopback ports. Usage: scripts/cluster.sh start [SILOS=2] [WEBS=2] | stop | status
# State (pids, logs, Redis data) lives in .cluster/. Keys: FRONTALERT_OPERATOR_KEY / FRONTALERT_REPORTER_KEY.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.cluster
redis_port=${FRONTALERT_REDIS_PORT:-6390}
export FRONTALERT_OPERATOR_KEY=${FRONTALERT_OPERATOR_KEY:-operator-dev-key}
export FRONTALERT_REPORTER_KEY=${FRONTALERT_REPORTER_KEY:-reporter-dev-key}

start() {
  local silos=${1:-2} webs=${2:-2}
  command -v redis-server >/dev/null || { apt-get update -qq && apt-get install -y -qq redis-server; }
  mkdir -p "$dir/redis" "$dir/logs"
  echo "==> building"
  dotnet build silo/FrontAlert.Silo -c Release -nologo -v quiet
  dotnet build web/FrontAlert.Web -c Release -nologo -v quiet
  redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$PWD/$dir/redis" --appendonly yes --appendfsync everysec \
    --daemonize yes --pidfile "$PWD/$dir/redis.pid" --logfile "$PWD/$dir/logs/redis.log"
  local redis="127.0.0.1:$redis_port"
  for i in $(seq 1 "$silos"); do
    ConnectionStrings__redis=$redis FrontAlert__SiloPort=$((11210 + i)) FrontAlert__GatewayPort=$((30200 + i)) \
      nohup dotnet silo/FrontAlert.Silo/bin/Release/net10.0/FrontAlert.Silo.dll --urls "http://127.0.0.1:$((8100 + i))" \
      > "$dir/logs/silo-$i.log" 2>&1 &
    echo $! > "$dir/silo-$i.pid"
  done
  wait_ready "http://127.0.0.1:8101/health/ready"
  for i in $(seq 1 "$webs"); do
    ConnectionStrings__redis=$redis FrontAlert__HostSilo=false \
      nohup dotnet web/FrontAlert.Web/bin/Release/net10.0/FrontAlert.Web.dll --urls "http://127.0.0.1:$((5000 + i))" \
      > "$dir/logs/web-$i.log" 2>&1 &
    echo $! > "$dir/web-$i.pid"
  done
  for i in $(seq 1 "$webs"); do wait_ready "http://127.0.0.1:$((5000 + i))/api/v1/health/ready"; done
  status
}

wait_ready() {
  for _ in $(seq 1 120); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "not ready: $1 (see $dir/logs)" >&2; return 1
}

stop() {
  for pidfile in "$dir"/web-*.pid "$dir"/silo-*.pid; do
    [ -f "$pidfile" ] || continue
    kill -TERM "$(cat "$pidfile")" 2>/dev/null || true
  done
  for pidfile in "$dir"/web-*.pid "$dir"/silo-*.pid; do
    [ -f "$pidfile" ] || continue
    local pid; pid=$(cat "$pidfile")
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidfile"
  done
  if [ -f "$dir/redis.pid" ]; then
    redis-cli -p "$redis_port" shutdown >/dev/null 2>&1 || kill "$(cat "$dir/redis.pid")" 2>/dev/null || true
    rm -f "$dir/redis.pid"
  fi
  echo "stopped"
}

status() {
  echo "redis       127.0.0.1:$redis_port (AOF everysec, data in $dir/redis)"
  for pidfile in "$dir"/silo-*.pid; do
    [ -f "$pidfile" ] || continue
    local i=${pidfile##*silo-}; i=${i%.pid}
    echo "silo $i      http://127.0.0.1:$((8100 + i))/dashboard  (pid $(cat "$pidfile"), silo port $((11210 + i)), gateway $((30200 + i)))"
  done
  for pidfile in "$dir"/web-*.pid; do
    [ -f "$pidfile" ] || continue
    local i=${pidfile##*web-}; i=${i%.pid}
    echo "web $i       http://127.0.0.1:$((5000 + i))/  (pid $(cat "$pidfile"))"
  done
  echo "operator key: $FRONTALERT_OPERATOR_KEY   reporter key: $FRONTALERT_REPORTER_KEY"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start [SILOS] [WEBS] | stop | status" >&2; exit 2 ;;
esac
