#!/usr/bin/env bash
# Throughput of the Spark module against the library (see README.md, "Spark", "Throughput").
# Usage: spark/bench.sh [copies of the corpus (8)] [runs (3)]
# Builds the module's test classes, then runs SparkThroughput on the test classpath (Spark in
# local mode, the --add-opens that Spark needs on Java 17, 4 GB heap).
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath \
    -DincludeScope=test 2>/dev/null || mvn -B -q test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test.classpath -DincludeScope=test
opens=$(sed -n 's:.*<spark.test.opens>\(.*\)</spark.test.opens>.*:\1:p' pom.xml)
# shellcheck disable=SC2086
exec java -Xmx4g $opens -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
    org.newsgauge.spark.bench.SparkThroughput "${1:-8}" "${2:-3}" ../training-data
