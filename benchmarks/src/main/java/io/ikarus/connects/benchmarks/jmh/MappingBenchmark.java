package io.ikarus.connects.benchmarks.jmh;

import io.ikarus.connects.mapping.FieldMapping;
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
 * Field mapping of a 20-field record with typical transforms (email, names, E.164 phone, dates,
 * numbers, booleans, value maps, nested paths), in records per second on one thread. The records
 * vary so that no value is constant-folded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class MappingBenchmark {

  private FieldMapping mapping;
  private List<Map<String, Object>> leads;
  private int next;

  /** Builds the mapping and 1,024 distinct input records. */
  @Setup
  public void setUp() {
    mapping = SampleRecords.mapping();
    leads = SampleRecords.leads(1024);
  }

  /** Maps one record. */
  @Benchmark
  public Map<String, Object> mapRecord() {
    next = (next + 1) & 1023;
    return mapping.apply(leads.get(next));
  }
}
