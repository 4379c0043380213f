#!/usr/bin/env bash
# Runs the example job (ClassifyFolder) from the shaded jar the way spark-submit would, for a
# machine without a Spark installation: the jar plus Spark's own jars from the local Maven
# repository, Spark in local mode, with the --add-opens that Java 17 needs (spark-submit adds
# them itself).
# Usage: spark/run-example.sh INPUT_FOLDER OUTPUT_PARQUET [PACK]     (from the repository root)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$(ls "$here"/target/newsgauge-spark-*-all.jar 2>/dev/null | head -1 || true)"
if [ -z "$jar" ]; then
    echo "no $here/target/newsgauge-spark-*-all.jar: run 'mvn -B -q install -DskipTests' first" >&2
    exit 2
fi
# Spark and what it brings, without newsgauge and its own dependencies (the jar has those)
(cd "$here" && mvn -B -q dependency:build-classpath -DincludeScope=test \
    -DexcludeGroupIds=org.newsgauge,org.apache.opennlp,com.github.haifengl,de.bwaldvogel,org.jsoup,org.junit.jupiter,org.junit.platform,org.apiguardian,org.opentest4j \
    -DexcludeArtifactIds=commons-csv -Dmdep.outputFile=target/spark.classpath >/dev/null)
opens=$(sed -n 's:.*<spark.test.opens>\(.*\)</spark.test.opens>.*:\1:p' "$here/pom.xml")
# shellcheck disable=SC2086
exec java -Xmx2g $opens -Dspark.master='local[2]' -Dspark.ui.enabled=false \
    -cp "$jar:$(cat "$here/target/spark.classpath")" org.newsgauge.spark.examples.ClassifyFolder "$@"
