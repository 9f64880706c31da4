package io.ikarus.connects.benchmarks.jmh;

import io.ikarus.connects.dynamics.internal.ODataLiterals;
import io.ikarus.connects.salesforce.internal.SoqlLiteral;
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
 * Escaping a filter value into a SOQL literal ({@code connectors-salesforce}'s {@link SoqlLiteral},
 * the piece its SOQL writer calls for every value) and into an OData literal ({@code
 * connectors-dynamics}' {@link ODataLiterals}), for a plain value and a hostile one full of quotes,
 * backslashes, wildcards and control characters. Nanoseconds per value.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class EscapingBenchmark {

  private static final String HOSTILE = "O'Brien \\ 100% _x_\n\"quoted\"\t\u0001 ' OR Name LIKE '%";

  /** Which value is escaped: {@code plain} (an email address) or {@code hostile}. */
  @Param({"plain", "hostile"})
  public String kind;

  private String value;

  /** Picks the value. */
  @Setup
  public void setUp() {
    value = kind.equals("plain") ? "ada.lovelace@example.com" : HOSTILE;
  }

  /** The value as a quoted comparison literal. */
  @Benchmark
  public String soqlLiteral() {
    return SoqlLiteral.of(value, "Email");
  }

  /** The value as an OData string literal (Dynamics 365 Web API {@code $filter}). */
  @Benchmark
  public String odataLiteral() {
    return ODataLiterals.literal(value);
  }

  /** The value as a quoted {@code LIKE '%...%'} pattern (wildcards escaped too). */
  @Benchmark
  public String soqlContains() {
    return SoqlLiteral.containing(value, "Email");
  }
}
