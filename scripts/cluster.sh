#!/usr/bin/env bash
# A FrontAlert cluster on this machine without Docker: redis-server (AOF, fsync on every write, never evicting, with a
# password), N silos and M web nodes as processes on loopback ports.
# Usage: scripts/cluster.sh start [SILOS=2] [WEBS=2] | stop | status
# State (pids, logs, Redis data, keys) lives in .cluster/. The operator and reporter keys and the Redis password are
# FRONTALERT_OPERATOR_KEY / FRONTALERT_REPORTER_KEY / FRONTALERT_REDIS_PASSWORD when set; otherwise the first start
# generates random ones, keeps them in .cluster/keys (mode 600) and prints them.
# FRONTALERT_APPENDFSYNC=everysec trades durability for speed: a crash of the machine may then lose up to a second
# of reports and alerts that were already acknowledged (the alert log starts a new epoch and clients get a reset).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.cluster
redis_port=${FRONTALERT_REDIS_PORT:-6390}
appendfsync=${FRONTALERT_APPENDFSYNC:-always}
mkdir -p "$dir"
if [ -f "$dir/keys" ]; then
  # the keys of an earlier start, unless the environment gives others
  while IFS='=' read -r name value; do
    [ -n "${!name:-}" ] || export "$name=$value"
  done < "$dir/keys"
fi
random_key() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
export FRONTALERT_OPERATOR_KEY=${FRONTALERT_OPERATOR_KEY:-$(random_key)}
export FRONTALERT_REPORTER_KEY=${FRONTALERT_REPORTER_KEY:-$(random_key)}
export FRONTALERT_REDIS_PASSWORD=${FRONTALERT_REDIS_PASSWORD:-$(random_key)}
(umask 077; printf 'FRONTALERT_OPERATOR_KEY=%s\nFRONTALERT_REPORTER_KEY=%s\nFRONTALERT_REDIS_PASSWORD=%s\n' \
  "$FRONTALERT_OPERATOR_KEY" "$FRONTALERT_REPORTER_KEY" "$FRONTALERT_REDIS_PASSWORD" > "$dir/keys")

start() {
  local silos=${1:-2} webs=${2:-2}
  command -v redis-server >/dev/null || { apt-get update -qq && apt-get install -y -qq redis-server; }
  mkdir -p "$dir/redis" "$dir/logs"
  echo "==> building"
  dotnet build silo/FrontAlert.Silo -c Release -nologo -v quiet
  dotnet build web/FrontAlert.Web -c Release -nologo -v quiet
  # the password goes through a config file on stdin, not the command line other users can read in ps
  printf 'requirepass %s\n' "$FRONTALERT_REDIS_PASSWORD" | redis-server - --port "$redis_port" --bind 127.0.0.1 \
    --dir "$PWD/$dir/redis" --appendonly yes --appendfsync "$appendfsync" --maxmemory-policy noeviction \
    --daemonize yes --pidfile "$PWD/$dir/redis.pid" --logfile "$PWD/$dir/logs/redis.log"
  local redis="127.0.0.1:$redis_port,password=$FRONTALERT_REDIS_PASSWORD"
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
    REDISCLI_AUTH=$FRONTALERT_REDIS_PASSWORD redis-cli -p "$redis_port" shutdown >/dev/null 2>&1 || kill "$(cat "$dir/redis.pid")" 2>/dev/null || true
    rm -f "$dir/redis.pid"
  fi
  echo "stopped"
}

status() {
  echo "redis       127.0.0.1:$redis_port (AOF $appendfsync, noeviction, password below; data in $dir/redis)"
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
  echo "operator key:   $FRONTALERT_OPERATOR_KEY"
  echo "reporter key:   $FRONTALERT_REPORTER_KEY"
  echo "redis password: $FRONTALERT_REDIS_PASSWORD   (all three kept in $dir/keys)"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start [SILOS] [WEBS] | stop | status" >&2; exit 2 ;;
esac
