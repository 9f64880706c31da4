package io.ikarus.connects;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.OutcomeUnknownException;
import io.ikarus.connects.error.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A batch tells written, failed and outcome-unknown records apart. */
class BatchResultTest {

  private static final ErrorContext CONTEXT = ErrorContext.of("probe", "createAll");

  @Test
  void recordsWhoseAnswerWasLostAreListedApartFromFailedOnes() {
    RecordResult written = RecordResult.success(0, "r0");
    RecordResult refused =
        RecordResult.failure(1, new ValidationException("bad email", CONTEXT, List.of()));
    RecordResult lost =
        RecordResult.failure(2, new OutcomeUnknownException("answer lost", CONTEXT, null));

    BatchResult result = new BatchResult(List.of(written, refused, lost), 1);

    assertThat(result.succeeded()).containsExactly(written);
    assertThat(result.failed()).containsExactly(refused);
    assertThat(result.outcomeUnknown()).containsExactly(lost);
    assertThat(lost.isOutcomeUnknown()).isTrue();
    assertThat(lost.isSuccess()).isFalse();
    assertThat(refused.isOutcomeUnknown()).isFalse();
    assertThat(result.allSucceeded()).isFalse();
  }
}
