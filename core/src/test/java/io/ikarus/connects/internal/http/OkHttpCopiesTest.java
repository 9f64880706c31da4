package io.ikarus.connects.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two OkHttp copies, or OkHttp 4, are refused with the fix in the message. */
class OkHttpCopiesTest {

  @Test
  void theTestClassPathHasOneOkHttpFive() {
    assertThatCode(OkHttpCopies::check).doesNotThrowAnyException();
  }

  @Test
  void oneCopyOfFiveIsFine() {
    assertThat(OkHttpCopies.problem(List.of("jar:file:/okhttp-jvm-5.3.2.jar"), "5.3.2")).isNull();
    assertThat(OkHttpCopies.problem(List.of("a"), "10.0.0")).isNull();
  }

  @Test
  void twoCopiesAreNamedWithTheFix() {
    String problem =
        OkHttpCopies.problem(
            List.of("jar:file:/m2/okhttp-4.12.0.jar", "jar:file:/m2/okhttp-jvm-5.3.2.jar"),
            "4.12.0");

    assertThat(problem)
        .contains("2 copies")
        .contains("okhttp-4.12.0.jar", "okhttp-jvm-5.3.2.jar")
        .contains("OkHttp 4.12.0 is the one loaded")
        .contains("connects-bom")
        .contains("-Dio.ikarus.connects.skipOkHttpCheck=true");
  }

  @Test
  void oneCopyOfFourIsRefusedToo() {
    assertThat(OkHttpCopies.problem(List.of("jar:file:/okhttp-4.12.0.jar"), "4.12.0"))
        .contains("found OkHttp 4.12.0");
  }
}
