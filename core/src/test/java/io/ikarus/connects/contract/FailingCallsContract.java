package io.ikarus.connects.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.Query;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.event.ConnectorListener.OperationEndEvent;
import io.ikarus.connects.event.ConnectorListener.OperationStartEvent;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Never wrapped": every public asynchronous method of a connector, found by reflection (vendor
 * extras included), is called against a server that refuses every request with 403, and its future
 * (or publisher) must fail with the SDK's {@link CrmException} itself, never a {@code
 * CompletionException} around it; each call is announced to the listener with one start and one end
 * event of the same id carrying that error.
 *
 * <p>A 403 is never retryable: the error must say so ({@link CrmException#isRetryable()} false).
 *
 * <p>A batch completes normally and must carry the error, as that exception, in its record result.
 *
 * <p>A connector's test subclasses it with {@link #connector(URI, ConnectorListener)} and, where
 * its names or ids have a vendor format, {@link #text(Method, int)}.
 */
public abstract class FailingCallsContract {

  private final MockWebServer server = new MockWebServer();
  private final EventRecorder events = new EventRecorder();

  /**
   * The connector under test, with an auth that needs no token request, talking to {@code baseUrl}.
   */
  protected abstract CrmConnector connector(URI baseUrl, ConnectorListener listener);

  /**
   * A string argument: parameter {@code index} of {@code method}. Default: an object name for the
   * first parameter, an id-like value otherwise.
   */
  protected String text(Method method, int index) {
    return index == 0 ? "contacts" : "00000000-0000-0000-0000-000000000001";
  }

  /** Methods not to call, by name (none by default). */
  protected Set<String> skipped() {
    return Set.of();
  }

  @BeforeEach
  void startServer() throws IOException {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder()
                .code(403)
                .setHeader("Content-Type", "application/json")
                .body(
                    "{\"message\":\"refused by the failing fake\",\"errorCode\":\"FORBIDDEN\","
                        + "\"errors\":[{\"message\":\"refused by the failing fake\"}]}")
                .build();
          }
        });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void everyPublicMethodFailsWithTheUnwrappedCrmException() throws Exception {
    List<String> problems = new ArrayList<>();
    int called = 0;
    for (Method method : asyncMethods()) {
      try (CrmConnector connector = connector(baseUrl(), events)) {
        events.clear();
        Throwable error = failureOf(connector, method);
        called++;
        String problem = error == null ? null : judge(method, error);
        if (problem != null) {
          problems.add(problem);
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(called).isGreaterThanOrEqualTo(14);
  }

  private String judge(Method method, Throwable error) {
    String name = signature(method);
    if (!(error instanceof CrmException crm)) {
      return name + " failed with " + error;
    }
    if (crm.isRetryable()) {
      // A 403 is a permission answer: retrying it only delays the caller.
      return name + " failed with a retryable " + error;
    }
    if (method.getReturnType() != CompletableFuture.class) {
      return null;
    }
    List<OperationStartEvent> starts = events.of(OperationStartEvent.class);
    List<OperationEndEvent> ends = events.of(OperationEndEvent.class);
    if (starts.size() != 1 || ends.size() != 1) {
      return name + " announced " + starts.size() + " starts and " + ends.size() + " ends";
    }
    OperationEndEvent end = ends.get(0);
    boolean batch = starts.get(0).isBatch();
    boolean errorSeen =
        batch ? end.error() == null && end.failedRecords() == 1 : end.error() == error;
    if (starts.get(0).operationId() != end.operationId() || !errorSeen) {
      return name + " ended with another id or outcome: " + end;
    }
    return null;
  }

  private Throwable failureOf(CrmConnector connector, Method method) throws Exception {
    Object[] args = arguments(method);
    Object returned;
    try {
      returned = method.invoke(connector, args);
    } catch (InvocationTargetException e) {
      return new AssertionError("threw synchronously: " + e.getCause(), e.getCause());
    }
    if (returned instanceof CompletableFuture<?> future) {
      try {
        Object value = future.get(20, TimeUnit.SECONDS);
        if (value instanceof BatchResult batch && batch.failed().size() == 1) {
          // A batch succeeds as a whole; its record carries the error.
          return batch.failed().get(0).error();
        }
        if (value == null && method.getName().equals("authenticate")) {
          // A static token needs no call, so nothing can fail.
          return null;
        }
        return new AssertionError("completed normally with " + value);
      } catch (ExecutionException e) {
        return e.getCause();
      } catch (TimeoutException e) {
        return new AssertionError("did not complete");
      }
    }
    @SuppressWarnings("unchecked")
    Flow.Publisher<CrmRecord> publisher = (Flow.Publisher<CrmRecord>) returned;
    TestSubscriber subscriber = new TestSubscriber();
    publisher.subscribe(subscriber);
    subscriber.request(1);
    subscriber.awaitTermination();
    Throwable error = subscriber.error();
    return error != null ? error : new AssertionError("the stream did not fail");
  }

  private List<Method> asyncMethods() {
    Class<?> type;
    boolean conditional;
    try (CrmConnector probe = connector(URI.create("http://127.0.0.1:1"), events)) {
      type = probe.getClass();
      conditional = probe.capabilities().conditionalUpdates();
    }
    return Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .filter(
            m ->
                m.getReturnType() == CompletableFuture.class
                    || m.getReturnType() == Flow.Publisher.class)
        .filter(m -> !skipped().contains(m.getName()))
        // an optional operation the connector's capabilities say it lacks fails as documented
        .filter(m -> conditional || !m.getName().equals("updateAllIfUnchanged"))
        .sorted(Comparator.comparing(FailingCallsContract::signature))
        .toList();
  }

  private Object[] arguments(Method method) {
    Type[] types = method.getGenericParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = value(method, i, types[i]);
    }
    return args;
  }

  private Object value(Method method, int index, Type type) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return text(method, index);
    }
    if (raw == int.class || raw == long.class) {
      return raw == int.class ? (Object) 10 : (Object) 10L;
    }
    if (raw == boolean.class) {
      return false;
    }
    if (raw == Query.class) {
      return Query.of(text(method, 0));
    }
    if (raw == Checkpoint.class) {
      return Checkpoint.initial();
    }
    if (raw == FieldSchema.class) {
      return FieldSchema.of("contract_field", FieldType.STRING);
    }
    if (raw == CrmRecord.class) {
      return CrmRecord.of(text(method, 0), text(method, 1), fields(method));
    }
    if (raw == Map.class) {
      Type valueType = typeArgument(type, 1);
      return raw(valueType) == List.class ? Map.of("parent", List.of()) : fields(method);
    }
    if (raw == List.class) {
      return List.of(value(method, index, typeArgument(type, 0)));
    }
    if (raw == java.util.function.Consumer.class) {
      return (java.util.function.Consumer<Object>) x -> {};
    }
    if (raw == Object.class) {
      return "value";
    }
    throw new IllegalArgumentException("no test value for " + type + " in " + signature(method));
  }

  /** Fields holding a value for every string the method may use as a key field. */
  private Map<String, Object> fields(Method method) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < method.getParameterCount(); i++) {
      fields.put(text(method, i), "value");
    }
    fields.put("email", "a@example.com");
    return fields;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return type instanceof Class<?> c ? c : Object.class;
  }

  private static Type typeArgument(Type type, int index) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
  }

  private URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getPort());
  }

  private static String signature(Method m) {
    return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toList();
  }
}
