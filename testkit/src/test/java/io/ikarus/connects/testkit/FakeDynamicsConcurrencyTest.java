package io.ikarus.connects.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dataverse refuses a request beyond its concurrent-request limit at once, not queued. */
class FakeDynamicsConcurrencyTest {

  private final FakeDynamics fake = FakeDynamics.start();
  private final OkHttpClient http = new OkHttpClient();
  private final ExecutorService threads = Executors.newFixedThreadPool(53);

  @AfterEach
  void stop() {
    threads.shutdownNow();
    http.dispatcher().executorService().shutdownNow();
    http.connectionPool().evictAll();
    fake.close();
  }

  private record Answer(int status, String body) {}

  private Answer whoAmI(String token) {
    Request request =
        new Request.Builder()
            .url(fake.apiRoot() + "/WhoAmI")
            .header("Authorization", "Bearer " + token)
            .header("OData-Version", "4.0")
            .header("OData-MaxVersion", "4.0")
            .build();
    try (Response response = http.newCall(request).execute()) {
      return new Answer(response.code(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends {@code n} requests while the handlers are held: those inside the limit wait, so the first
   * answer is the refusal of the one beyond it. Returns that answer, then every status.
   */
  private List<Answer> sendWhileHeld(int n) throws Exception {
    String token = fake.issueAccessToken();
    CompletionService<Answer> answers = new ExecutorCompletionService<>(threads);
    List<Answer> out = new ArrayList<>();
    out.add(
        fake.locked(
            () -> {
              for (int i = 0; i < n; i++) {
                answers.submit(() -> whoAmI(token));
              }
              try {
                return answers.poll(20, TimeUnit.SECONDS).get();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            }));
    for (int i = 1; i < n; i++) {
      out.add(answers.poll(20, TimeUnit.SECONDS).get());
    }
    return out;
  }

  @Test
  void aRequestBeyondTheLimitIsRefusedAtOnceWith0x80072326WhileTheOthersWait() throws Exception {
    fake.concurrentRequestLimit(2);

    List<Answer> answers = sendWhileHeld(3);

    assertThat(answers.get(0).status()).isEqualTo(429);
    assertThat(answers.get(0).body())
        .contains("0x80072326")
        .contains("Number of concurrent requests exceeded the limit of 2.");
    assertThat(answers.subList(1, 3)).extracting(Answer::status).containsExactly(200, 200);
  }

  @Test
  void byDefaultFiftyTwoRequestsRunAtOnceAndTheFiftyThirdIsRefused() throws Exception {
    List<Answer> answers = sendWhileHeld(53);

    assertThat(answers.get(0).body()).contains("exceeded the limit of 52.");
    assertThat(answers.subList(1, 53)).extracting(Answer::status).containsOnly(200);
  }
}
