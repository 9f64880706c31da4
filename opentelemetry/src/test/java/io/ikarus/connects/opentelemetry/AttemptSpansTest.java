package io.ikarus.connects.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.testkit.FakeHubSpot;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Attempt spans against the HubSpot fake, read from the SDK's in-memory exporter. */
class AttemptSpansTest {

  private static final String EMAIL = "ada.lovelace@example.com";

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final OpenTelemetrySdk otel =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                  .build())
          .build();
  private final FakeHubSpot hubspot = FakeHubSpot.builder().sampleData(false).start();

  @AfterEach
  void close() {
    hubspot.close();
    otel.close();
  }

  private CrmConnector connector() {
    return HubSpotConnector.builder()
        .auth(BearerTokenAuth.of(hubspot.privateAppToken()))
        .options(
            ClientOptions.builder()
                .baseUrl(URI.create(hubspot.url()))
                .retry(RetrySettings.builder().baseDelay(Duration.ofMillis(1)).build())
                .listener(ConnectsTracing.connectorListener(otel))
                .build())
        .build();
  }

  @Test
  void anAttemptIsAClientSpanWithTheHttpConventions() {
    try (CrmConnector crm = connector()) {
      crm.create("contacts", Map.of("email", EMAIL)).join();
    }

    SpanData span = attempts().get(0);
    assertThat(span.getName()).isEqualTo("POST");
    assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(span.getAttributes().get(TracingListener.METHOD)).isEqualTo("POST");
    assertThat(span.getAttributes().get(TracingListener.SERVER))
        .isEqualTo(URI.create(hubspot.url()).getHost());
    assertThat(span.getAttributes().get(TracingListener.PORT))
        .isEqualTo(URI.create(hubspot.url()).getPort());
    assertThat(span.getAttributes().get(TracingListener.STATUS)).isEqualTo(201L);
    assertThat(span.getAttributes().get(TracingListener.CONNECTOR)).isEqualTo("hubspot");
    assertThat(span.getAttributes().get(TracingListener.OPERATION)).isEqualTo("create");
    assertThat(span.getAttributes().get(TracingListener.ERROR)).isNull();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void retriedAttemptsCountResendsAndNameTheError() {
    hubspot.faults().failNext(1, 503);
    try (CrmConnector crm = connector()) {
      crm.create("contacts", Map.of("email", EMAIL)).join();
    }

    List<SpanData> spans = attempts();
    assertThat(spans).hasSize(2);
    assertThat(spans.get(0).getAttributes().get(TracingListener.STATUS)).isEqualTo(503L);
    assertThat(spans.get(0).getAttributes().get(TracingListener.ERROR)).isEqualTo("503");
    assertThat(spans.get(0).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(spans.get(0).getAttributes().get(TracingListener.RESEND)).isNull();
    assertThat(spans.get(1).getAttributes().get(TracingListener.RESEND)).isEqualTo(1L);
    assertThat(spans.get(1).getAttributes().get(TracingListener.STATUS)).isEqualTo(201L);
  }

  @Test
  void aDroppedConnectionNamesTheFailureClass() {
    hubspot.faults().dropConnectionNext(5);
    try (CrmConnector crm = connector()) {
      assertThatThrownBy(() -> crm.get("contacts", "1").join()).isNotNull();
    }

    SpanData first = attempts().get(0);
    assertThat(first.getAttributes().get(TracingListener.STATUS)).isNull();
    assertThat(first.getAttributes().get(TracingListener.ERROR)).contains(".");
    assertThat(first.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  @Test
  void attemptsAreChildrenOfTheirOperationSpan() {
    hubspot.faults().failNext(1, 503);
    try (CrmConnector crm = connector()) {
      crm.create("contacts", Map.of("email", EMAIL)).join();
    }

    SpanData operation = operations().get(0);
    assertThat(operation.getName()).isEqualTo("hubspot create");
    assertThat(operation.getKind()).isEqualTo(SpanKind.INTERNAL);
    assertThat(operation.getAttributes().get(TracingListener.CALLS)).isEqualTo(2L);
    assertThat(attempts())
        .hasSize(2)
        .allSatisfy(
            a -> {
              assertThat(a.getParentSpanId()).isEqualTo(operation.getSpanId());
              assertThat(a.getTraceId()).isEqualTo(operation.getTraceId());
            });
  }

  @Test
  void aBatchOperationCarriesItsSizeAndFailedRecords() {
    try (CrmConnector crm = connector()) {
      crm.createAll("contacts", List.of(Map.of("email", EMAIL), Map.of("email", "b@example.com")))
          .join();
    }

    SpanData batch = operations().get(0);
    assertThat(batch.getAttributes().get(TracingListener.RECORDS)).isEqualTo(2L);
    assertThat(batch.getAttributes().get(TracingListener.FAILED)).isEqualTo(0L);
  }

  @Test
  void aFailedOperationNamesItsErrorType() {
    try (CrmConnector crm = connector()) {
      assertThatThrownBy(() -> crm.get("contacts", "404404").join()).isNotNull();
    }

    SpanData operation = operations().get(0);
    assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(operation.getAttributes().get(TracingListener.ERROR))
        .isEqualTo("io.ikarus.connects.error.NotFoundException");
  }

  private List<SpanData> attempts() {
    return exporter.getFinishedSpanItems().stream()
        .filter(s -> s.getKind() == SpanKind.CLIENT)
        .toList();
  }

  private List<SpanData> operations() {
    return exporter.getFinishedSpanItems().stream()
        .filter(s -> s.getKind() == SpanKind.INTERNAL)
        .toList();
  }

  @Test
  void noSpanHoldsAPathQueryTokenOrFieldValue() {
    try (CrmConnector crm = connector()) {
      String id = crm.create("contacts", Map.of("email", EMAIL)).join().id();
      crm.get("contacts", id).join();
    }

    assertThat(exporter.getFinishedSpanItems())
        .isNotEmpty()
        .allSatisfy(
            s ->
                assertThat(s.getName() + s.getAttributes() + s.getEvents())
                    .doesNotContain(EMAIL, hubspot.privateAppToken(), "/crm/", "?"));
  }
}
