package io.ikarus.connects.benchmarks.jmh;

import io.ikarus.connects.mapping.Transform;
import io.ikarus.connects.mapping.Transforms;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code phone_e164} transform (libphonenumber) per record: input already in E.164 (the fast
 * path), a national number with spaces ({@code 098765 43210}), and an international one with a
 * trunk prefix ({@code +44 (0)20 ...}). Nanoseconds per value; 256 distinct values per kind.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PhoneBenchmark {

  /** Which input: {@code e164}, {@code national} or {@code trunk}. */
  @Param({"e164", "national", "trunk"})
  public String kind;

  private final Transform phone = Transforms.phoneE164("IN");
  private final String[] values = new String[256];
  private int next;

  /** Builds the values. */
  @Setup
  public void setUp() {
    for (int i = 0; i < values.length; i++) {
      String tail = String.format("%04d", 1000 + i);
      values[i] =
          switch (kind) {
            case "e164" -> "+91987654" + tail.substring(0, 1) + tail;
            case "national" -> "098765 4" + tail;
            default -> "+44 (0)20 794" + tail.substring(0, 1) + " " + tail;
          };
    }
  }

  /** Normalises one value. */
  @Benchmark
  public Object normalise() {
    next = (next + 1) & 255;
    return phone.apply(values[next]);
  }
}
