package io.ikarus.connects;

import java.util.List;

/**
 * The outcome of a batch: one {@link RecordResult} per input, in input order, and the number of API
 * calls the batch used. A batch never fails as a whole for per-record errors. Each input is
 * {@linkplain #succeeded() written}, {@linkplain #failed() failed} (not applied) or {@linkplain
 * #outcomeUnknown() outcome-unknown} (sent, answer lost: the vendor may have applied it).
 *
 * @param results one result per input, {@code results().get(i).index() == i}
 * @param apiCalls the number of HTTP requests made, retries included
 */
public record BatchResult(List<RecordResult> results, int apiCalls) {

  /** Validates that results are in input order and copies them. */
  public BatchResult {
    results = List.copyOf(results);
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).index() != i) {
        throw new IllegalArgumentException(
            "result " + i + " has index " + results.get(i).index() + "; results must be in order");
      }
    }
    if (apiCalls < 0) {
      throw new IllegalArgumentException("apiCalls must not be negative: " + apiCalls);
    }
  }

  /** The successful results, in input order. */
  public List<RecordResult> succeeded() {
    return results.stream().filter(RecordResult::isSuccess).toList();
  }

  /**
   * The failed results, in input order: inputs the vendor refused or never received. Results whose
   * outcome is unknown are not among them; see {@link #outcomeUnknown()}.
   */
  public List<RecordResult> failed() {
    return results.stream().filter(r -> !r.isSuccess() && !r.isOutcomeUnknown()).toList();
  }

  /**
   * The results whose write was sent but whose answer was lost, in input order: the vendor may have
   * applied them, so do not simply send a create again; read back to resolve them.
   */
  public List<RecordResult> outcomeUnknown() {
    return results.stream().filter(RecordResult::isOutcomeUnknown).toList();
  }

  /** True when every input succeeded. */
  public boolean allSucceeded() {
    return results.stream().allMatch(RecordResult::isSuccess);
  }

  /** The number of inputs. */
  public int size() {
    return results.size();
  }
}
