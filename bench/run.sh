#!/usr/bin/env bash
# Runs one benchmark main class from bench/: bench/run.sh NAME [args]
# NAME is a class in org.ztfkit.bench (e.g. ConeSearchBench) or a fully qualified main class. Each prints its figures as ratios against a baseline
# measured in the same run. See README "Benchmarks" for the list and the exact commands.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/run.sh NAME [args]"; ls bench/src/main/java/org/ztfkit/bench | sed 's/\.java$//'; exit 2; }
name=$1; shift
mvn -B -ntp -q -pl bench -am install -DskipTests >/dev/null
cp=$(mvn -B -ntp -q -Dstyle.color=never -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout | sed "s/\x1b\[[0-9;]*m//g")
case "$name" in *.*) main=$name ;; *) main=org.ztfkit.bench.$name ;; esac
# This checkout's own classes first: ~/.m2 may hold another checkout's snapshot of the same modules.
own=api/target/classes:api/target/test-classes:datasets/target/classes
exec java ${BENCH_JAVA_OPTS:--Xmx8g} -cp "bench/target/classes:$own:$cp" "$main" "$@"
