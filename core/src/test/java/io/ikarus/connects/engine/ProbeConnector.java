package io.ikarus.connects.engine;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.minicrm.MiniCrmConnector;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.util.concurrent.CompletableFuture;

/** The MiniCrm connector with its raw {@code execute} opened up, for engine tests. */
final class ProbeConnector extends MiniCrmConnector {

  ProbeConnector(AuthProvider auth, ClientOptions options) {
    super(auth, options);
  }

  /** Executes {@code request} through the engine. */
  CompletableFuture<ApiResponse> send(ApiRequest request) {
    return execute(request);
  }
}
