package io.ikarus.connects.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every secret the auth tests use, in one place, so that leak checks (toString, logs, messages)
 * test against the complete list.
 */
final class TestSecrets {

  static final String CLIENT_SECRET = "cs-S3cretValue-0001";
  static final String PASSWORD = "pw-Hunter2Value-0002";
  static final String SECURITY_TOKEN = "st-SecTokValue-0003";
  static final String REFRESH_TOKEN = "rt-RefreshValue-0004";
  static final String ROTATED_REFRESH_TOKEN = "rt-RotatedValue-0005";
  static final String ACCESS_TOKEN = "at-AccessValue-0006";
  static final String SECOND_ACCESS_TOKEN = "at-AccessValue-0007";
  static final String API_KEY = "ak-ApiKeyValue-0008";
  static final String AUTH_CODE = "ac-AuthCodeValue-0009";
  static final String CODE_VERIFIER = "cv-VerifierValue-0010";

  static final List<String> ALL =
      List.of(
          CLIENT_SECRET,
          PASSWORD,
          SECURITY_TOKEN,
          REFRESH_TOKEN,
          ROTATED_REFRESH_TOKEN,
          ACCESS_TOKEN,
          SECOND_ACCESS_TOKEN,
          API_KEY,
          AUTH_CODE,
          CODE_VERIFIER);

  private TestSecrets() {}

  /** Asserts {@code text} holds none of {@link #ALL} nor any of {@code more} (such as JWTs). */
  static void assertNoSecret(String text, Collection<String> more) {
    List<String> secrets = new ArrayList<>(ALL);
    secrets.addAll(more);
    for (String secret : secrets) {
      assertThat(text).as("must not contain a secret").doesNotContain(secret);
    }
  }
}
