package io.ikarus.connects.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.error.ResponseTooLargeException;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class TransportTest extends EngineFixture {

  @Test
  void anOversizedBodyIsATypedErrorWithOrWithoutContentLength() {
    String big = "x".repeat(5000);
    server.enqueue(json(200, big));
    server.enqueue(json(200, "").newBuilder().chunkedBody(big, 512).build());

    try (ProbeConnector crm = connector(options().maxResponseBytes(1024).build())) {
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> await(crm.get("contacts", "r1")))
            .isInstanceOfSatisfying(
                ResponseTooLargeException.class,
                e -> {
                  assertThat(e.limit()).isEqualTo(1024);
                  assertThat(e.getMessage()).contains("minicrm", "get", "maxResponseBytes");
                });
      }
    }
  }

  @Test
  void malformedJsonIsAServerErrorNamingOperationAndStatus() {
    server.enqueue(json(200, "{\"id\": \"r1\", \"name\": "));

    try (ProbeConnector crm = connector(options().build())) {
      assertThatThrownBy(() -> await(crm.get("contacts", "r1")))
          .isInstanceOf(ServerException.class)
          .hasMessageContaining("[minicrm get] HTTP 200")
          .hasMessageContaining("malformed JSON");
    }
  }

  @Test
  void decimalsKeepEveryDigit() {
    server.enqueue(json(200, "{\"id\":\"r1\",\"amount\":12345678901234567.891}"));

    try (ProbeConnector crm = connector(options().build())) {
      Object amount = await(crm.get("contacts", "r1")).field("amount");
      assertThat(amount).hasToString("12345678901234567.891");
    }
  }

  @Test
  void cancellingTheFutureCancelsTheCall() throws Exception {
    CountDownLatch canceled = new CountDownLatch(1);
    OkHttpClient supplied = cancelSignalling(canceled);
    server.enqueue(json(200, "{}").newBuilder().headersDelay(10, TimeUnit.SECONDS).build());

    try (ProbeConnector crm = connector(options().httpClient(supplied).build())) {
      CompletableFuture<ApiResponse> call = crm.send(ApiRequest.get("contacts/r1").build());
      RecordedRequest arrived = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(arrived).isNotNull();

      call.cancel(true);

      assertThat(canceled.await(5, TimeUnit.SECONDS)).as("OkHttp saw the call canceled").isTrue();
      assertThat(call).isCancelled();
    }
  }

  @Test
  void plainHttpToARemoteHostIsRefused() {
    assertThatThrownBy(() -> ClientOptions.builder().baseUrl(URI.create("http://crm.example.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clear text");

    try (ProbeConnector crm = connector(options().build())) {
      ApiRequest remote = ApiRequest.get("x").url("http://crm.example.com/next?page=2").build();
      assertThatThrownBy(() -> await(crm.send(remote)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("credentials must not travel in clear text");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void absoluteAndHostRootedUrlsAreReached() throws Exception {
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));

    try (ProbeConnector crm = connector(options().build())) {
      await(crm.send(ApiRequest.get("x").url(server.url("/elsewhere?a=1").toString()).build()));
      await(crm.send(ApiRequest.get("x").url("/services/next/01g-2000").build()));
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/elsewhere?a=1");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/services/next/01g-2000");
  }

  @Test
  void aSuppliedClientStaysUsableAfterClose() throws Exception {
    OkHttpClient supplied = new OkHttpClient();
    server.enqueue(json(200, "{\"id\":\"r1\"}"));
    server.enqueue(json(200, "{}"));

    ProbeConnector crm = connector(options().httpClient(supplied).build());
    await(crm.get("contacts", "r1"));
    crm.close();

    assertThat(supplied.dispatcher().executorService().isShutdown()).isFalse();
    try (Response r =
        supplied.newCall(new Request.Builder().url(server.url("/")).build()).execute()) {
      assertThat(r.code()).isEqualTo(200);
    }
  }

  @Test
  void userAgentNamesTheSdkTheConnectorAndTheCaller() throws Exception {
    server.enqueue(json(200, "{\"id\":\"r1\"}"));

    try (ProbeConnector crm = connector(options().userAgent("acme-sync/2.1").build())) {
      await(crm.get("contacts", "r1"));
    }
    assertThat(server.takeRequest().getHeaders().get("User-Agent"))
        .matches("ikarus-connects/\\S+ minicrm acme-sync/2\\.1");
  }

  @Test
  void aClosedConnectorRefusesCalls() {
    ProbeConnector crm = connector(options().build());
    crm.close();
    assertThatThrownBy(() -> await(crm.get("contacts", "r1"))).hasMessageContaining("closed");
  }
}
