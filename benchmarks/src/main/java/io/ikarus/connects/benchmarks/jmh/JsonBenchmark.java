package io.ikarus.connects.benchmarks.jmh;

import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.spi.Json;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON encode and decode of a 100-record batch (a HubSpot batch body) through core's {@link Json}
 * helper, the path every connector's request and response bodies take. Microseconds per batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class JsonBenchmark {

  private Map<String, Object> batch;
  private byte[] encoded;

  /** Builds a 100-record {@code {"inputs": [{"properties": {...}}]}} body and its bytes. */
  @Setup
  public void setUp() {
    FieldMapping mapping = SampleRecords.mapping();
    List<Map<String, Object>> inputs =
        SampleRecords.leads(100).stream()
            .map(lead -> Map.<String, Object>of("properties", mapping.apply(lead)))
            .toList();
    batch = Map.of("inputs", inputs);
    encoded = Json.writeBytes(batch);
  }

  /** Encodes the batch to UTF-8 JSON bytes. */
  @Benchmark
  public byte[] encodeBatch() {
    return Json.writeBytes(batch);
  }

  /** Decodes the batch bytes to plain Java values. */
  @Benchmark
  public Object decodeBatch() {
    return Json.parse(encoded);
  }
}
