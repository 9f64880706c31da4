package io.ikarus.connects.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.spi.ApiResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** How a form submission's answer is read. */
class FormCallsTest {

  private static final String PORTAL = "123";
  private static final String FORM = "a1b2-c3";

  @Test
  void theInlineMessageWinsOverTheRedirect() {
    FormCalls forms = forms("{\"inlineMessage\":\"Thanks!\",\"redirectUri\":\"https://x.test\"}");

    assertThat(forms.submit(PORTAL, FORM, Map.of("email", "a@b.test"), Map.of()).join())
        .isEqualTo("Thanks!");
    assertThat(
            forms("{\"redirectUri\":\"https://x.test\"}")
                .submit(PORTAL, FORM, Map.of(), Map.of())
                .join())
        .isEqualTo("https://x.test");
    assertThat(forms("").submit(PORTAL, FORM, Map.of(), Map.of()).join()).isNull();
  }

  @Test
  void anAnswerOfTheWrongShapeIsATypedErrorNotItsToString() {
    FormCalls forms = forms("{\"inlineMessage\":{\"html\":\"<p>Thanks</p>\"}}");

    CompletableFuture<String> answer = forms.submit(PORTAL, FORM, Map.of(), Map.of());

    assertThatThrownBy(answer::get)
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(CrmException.class)
        .hasMessageContaining("unreadable response body");
  }

  private static FormCalls forms(String answer) {
    return new FormCalls(
        request ->
            CompletableFuture.completedFuture(
                ApiResponse.of(
                    request,
                    "hubspot",
                    200,
                    Map.of(),
                    answer.getBytes(StandardCharsets.UTF_8),
                    Instant.now())),
        URI.create("https://forms.example.test"),
        false,
        Clock.systemUTC());
  }
}
