package io.ikarus.connects.pipedrive;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.testkit.FakePipedrive;
import io.ikarus.connects.testkit.RecordedCall;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/** A fake Pipedrive company and a connector pointed at it, for the connector's tests. */
final class PipedriveFixture implements AutoCloseable {

  final FakePipedrive fake;
  final PipedriveConnector crm;

  PipedriveFixture(FakePipedrive fake, PipedriveConnector.Builder builder) {
    this.fake = fake;
    this.crm =
        builder.options(ClientOptions.builder().baseUrl(URI.create(fake.url())).build()).build();
  }

  /** An unlimited fake and an API-token connector with the Ultimate plan's limits. */
  static PipedriveFixture start() {
    FakePipedrive fake = FakePipedrive.builder().unlimited().start();
    return new PipedriveFixture(
        fake,
        PipedriveConnector.builder().apiToken(fake.apiToken()).plan(PipedrivePlan.ULTIMATE, 1));
  }

  /** The calls to paths starting with {@code prefix}. */
  List<RecordedCall> calls(String method, String prefix) {
    return fake.journal().calls(method, prefix);
  }

  /** Waits for {@code future}; rethrows its failure unwrapped. */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    crm.close();
    fake.close();
  }
}
