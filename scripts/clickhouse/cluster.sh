#!/usr/bin/env bash
# Starts (or stops) two ClickHouse servers on loopback as the two shards of one cluster named `dyad`,
# for the ClickHouse store's tests and benchmark. Uses Debian's clickhouse-server (18.16).
#
#   scripts/clickhouse/cluster.sh start   # shard 1: http 8124 / tcp 9101; shard 2: http 8125 / tcp 9102
#   scripts/clickhouse/cluster.sh stop
#   scripts/clickhouse/cluster.sh status
#
# DYAD_CH_DIR (default /tmp/dyad-clickhouse) holds each server's config, data and log.
set -euo pipefail
ROOT="${DYAD_CH_DIR:-/tmp/dyad-clickhouse}"
BIN="$(command -v clickhouse-server || echo /usr/sbin/clickhouse-server)"
HTTP_PORTS=(8124 8125)
TCP_PORTS=(9101 9102)
INTER_PORTS=(9111 9112)

remote_servers() {
  cat <<XML
  <remote_servers>
    <dyad>
      <shard><replica><host>127.0.0.1</host><port>${TCP_PORTS[0]}</port></replica></shard>
      <shard><replica><host>127.0.0.1</host><port>${TCP_PORTS[1]}</port></replica></shard>
    </dyad>
  </remote_servers>
XML
}

write_config() {
  local i=$1 dir="$ROOT/shard$1"
  mkdir -p "$dir/data" "$dir/tmp" "$dir/user_files" "$dir/log" "$dir/format_schemas"
  cat >"$dir/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$dir/log/server.log</log><errorlog>$dir/log/error.log</errorlog><size>100M</size><count>2</count></logger>
  <http_port>${HTTP_PORTS[$((i-1))]}</http_port>
  <tcp_port>${TCP_PORTS[$((i-1))]}</tcp_port>
  <interserver_http_port>${INTER_PORTS[$((i-1))]}</interserver_http_port>
  <listen_host>127.0.0.1</listen_host>
  <max_connections>1024</max_connections>
  <keep_alive_timeout>10</keep_alive_timeout>
  <max_concurrent_queries>100</max_concurrent_queries>
  <uncompressed_cache_size>1073741824</uncompressed_cache_size>
  <mark_cache_size>1073741824</mark_cache_size>
  <path>$dir/data/</path>
  <tmp_path>$dir/tmp/</tmp_path>
  <user_files_path>$dir/user_files/</user_files_path>
  <format_schema_path>$dir/format_schemas/</format_schema_path>
  <users_config>$dir/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mlock_executable>false</mlock_executable>
$(remote_servers)
  <macros><shard>$i</shard></macros>
</yandex>
XML
  cat >"$dir/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>4000000000</max_memory_usage><load_balancing>in_order</load_balancing></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
XML
}

start_one() {
  local i=$1 dir="$ROOT/shard$1" port=${HTTP_PORTS[$(( $1 - 1 ))]}
  if curl -sf "http://127.0.0.1:$port/ping" >/dev/null 2>&1; then echo "shard $i already up on :$port"; return; fi
  write_config "$i"
  "$BIN" --config-file="$dir/config.xml" --pid-file="$dir/server.pid" --daemon
  for _ in $(seq 1 100); do
    if curl -sf "http://127.0.0.1:$port/ping" >/dev/null 2>&1; then echo "shard $i up on http :$port"; return; fi
    sleep 0.2
  done
  echo "shard $i did not start; log:" >&2
  tail -20 "$dir/log/error.log" >&2 || true
  exit 1
}

stop_one() {
  local dir="$ROOT/shard$1"
  if [ -f "$dir/server.pid" ]; then
    # Read once: the server removes its pid file as it exits, while we still wait for it.
    local pid
    pid="$(cat "$dir/server.pid")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    rm -f "$dir/server.pid"
  fi
}

case "${1:-start}" in
  start) start_one 1; start_one 2 ;;
  stop) stop_one 1; stop_one 2 ;;
  stop-shard) stop_one "${2:?shard number}" ;;
  start-shard) start_one "${2:?shard number}" ;;
  status)
    for i in 1 2; do
      p=${HTTP_PORTS[$((i-1))]}
      if curl -sf "http://127.0.0.1:$p/ping" >/dev/null 2>&1; then echo "shard $i up :$p"; else echo "shard $i down :$p"; fi
    done ;;
  *) echo "usage: $0 start|stop|status|start-shard N|stop-shard N" >&2; exit 2 ;;
esac
