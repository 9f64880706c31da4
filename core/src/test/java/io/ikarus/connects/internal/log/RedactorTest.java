package io.ikarus.connects.internal.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void masksSecretsInQueryStringsFormsJsonAndCredentials() {
    String text =
        "/v1/persons?api_token=abc123&start=0 grant_type=password&password=hunter2"
            + "&client_secret=s3 {\"access_token\": \"tok\\\"en\", \"refresh_token\":\"rt\","
            + " \"name\": \"Ada\", \"assertion\": \"eyJ\"} Authorization: Bearer xyz.abc";

    String out = Redactor.text(text);

    assertThat(out)
        .doesNotContain("abc123", "hunter2", "s3 ", "tok\\\"en", "\"rt\"", "eyJ", "xyz.abc")
        .contains("api_token=***", "start=0", "grant_type=password", "\"name\": \"Ada\"")
        .contains("\"access_token\": \"***\"", "Bearer ***");
  }

  @Test
  void namesSecretHeadersAndParameters() {
    assertThat(Redactor.isSecret("Authorization")).isTrue();
    assertThat(Redactor.isSecret("x-api-token")).isTrue();
    assertThat(Redactor.isSecret("client_assertion")).isTrue();
    assertThat(Redactor.isSecret("hs_object_id")).isFalse();
    assertThat(Redactor.header("Authorization", "Bearer t")).isEqualTo(Redactor.MASK);
  }
}
