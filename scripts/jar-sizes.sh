#!/usr/bin/env bash
# Writes docs/dependencies.md: for each published connector artifact, the jars of its runtime
# class path (its own jar included) and their total size, as a user's application would get them.
# Usage: scripts/jar-sizes.sh [extra maven args, such as -o]
set -euo pipefail
cd "$(dirname "$0")/.."
MODULES=(core connectors-salesforce connectors-hubspot connectors-dynamics connectors-monday
  connectors-pipedrive connectors-generic leads jdbc micrometer opentelemetry spring-boot-starter)
list=$(IFS=,; echo "${MODULES[*]}")
mvn -B -q -ntp "$@" -pl "$list" -am package dependency:build-classpath \
  -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dspotless.check.skip=true \
  -DincludeScope=runtime -Dmdep.outputFile=target/runtime.classpath >/dev/null
out=docs/dependencies.md
{
  echo "# Runtime jars per artifact"
  echo
  echo "What a user's application gets on its runtime class path from one Ikarus Connects"
  echo "artifact (its own jar included; provided-scope integrations such as Micrometer,"
  echo "OpenTelemetry and Spring Boot count without the host's own libraries). Produced by"
  echo "\`scripts/jar-sizes.sh\`; rerun it after a dependency change."
  echo
  echo "| artifact | jars | total size (KiB) | third-party jars |"
  echo "|---|---:|---:|---|"
  for m in "${MODULES[@]}"; do
    artifact=$(sed -n 's:^  <artifactId>\(.*\)</artifactId>:\1:p' "$m/pom.xml" | head -1)
    own=$(ls "$m"/target/"$artifact"-*.jar | grep -v -- '-sources\|-javadoc\|-tests' | head -1)
    cp=$(cat "$m/target/runtime.classpath")
    jars=("$own")
    if [ -n "$cp" ]; then IFS=: read -r -a more <<<"$cp"; jars+=("${more[@]}"); fi
    bytes=$(du -cb "${jars[@]}" | tail -1 | cut -f1)
    third=$(for j in "${jars[@]}"; do basename "$j" .jar; done | grep -v '^connects-' | sort | paste -sd' ' -)
    echo "| $artifact | ${#jars[@]} | $((bytes / 1024)) | ${third} |"
  done
} >"$out"
echo "wrote $out"
