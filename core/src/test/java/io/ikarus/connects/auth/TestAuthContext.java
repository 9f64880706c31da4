package io.ikarus.connects.auth;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.ErrorContext;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A minimal {@link AuthContext} for tests: posts forms with a plain OkHttpClient and maps an OAuth
 * error body to {@link AuthenticationException}, as the connector's real context does.
 */
final class TestAuthContext implements AuthContext {

  private static final OkHttpClient CLIENT = new OkHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<AccessToken> refreshed = new CopyOnWriteArrayList<>();
  private final URI tokenEndpoint;
  private final String audience;
  private final Clock clock;

  TestAuthContext(URI tokenEndpoint, String audience, Clock clock) {
    this.tokenEndpoint = tokenEndpoint;
    this.audience = audience;
    this.clock = clock;
  }

  @Override
  public String connector() {
    return "test";
  }

  @Override
  public URI tokenEndpoint() {
    return tokenEndpoint;
  }

  @Override
  public String audience() {
    return audience;
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public CompletableFuture<Map<String, Object>> postForm(
      URI endpoint, Map<String, String> form, Map<String, String> headers) {
    FormBody.Builder body = new FormBody.Builder();
    form.forEach(body::add);
    Request.Builder request = new Request.Builder().url(endpoint.toString()).post(body.build());
    headers.forEach(request::header);
    CompletableFuture<Map<String, Object>> result = new CompletableFuture<>();
    CLIENT
        .newCall(request.build())
        .enqueue(
            new Callback() {
              @Override
              public void onFailure(Call call, IOException e) {
                result.completeExceptionally(
                    new ConnectionException(e.getMessage(), ErrorContext.of("test", "token"), e));
              }

              @Override
              public void onResponse(Call call, Response response) {
                try (response) {
                  complete(result, response.code(), response.body().string());
                } catch (RuntimeException | IOException e) {
                  result.completeExceptionally(e);
                }
              }
            });
    return result;
  }

  @Override
  public void tokenRefreshed(AccessToken token) {
    refreshed.add(token);
  }

  private static void complete(
      CompletableFuture<Map<String, Object>> result, int status, String text) throws IOException {
    Map<String, Object> body = JSON.readValue(text, new TypeReference<Map<String, Object>>() {});
    if (status < 400) {
      result.complete(body);
      return;
    }
    String code = String.valueOf(body.get("error"));
    ErrorContext context = ErrorContext.of("test", "token").withResponse(status, code, null);
    result.completeExceptionally(
        new AuthenticationException(String.valueOf(body.get("error_description")), context));
  }
}
