package io.ikarus.connects.dynamics;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.contract.FailingCallsContract;
import io.ikarus.connects.event.ConnectorListener;
import java.lang.reflect.Method;
import java.net.URI;

/** Every public method of {@link DynamicsConnector} fails unwrapped against a refusing server. */
class DynamicsFailingCallsTest extends FailingCallsContract {

  @Override
  protected CrmConnector connector(URI baseUrl, ConnectorListener listener) {
    ClientOptions options = ClientOptions.builder().baseUrl(baseUrl).listener(listener).build();
    return DynamicsConnector.builder()
        .resourceUrl(baseUrl)
        .tenantId("contoso")
        .auth(BearerTokenAuth.of("t"))
        .options(options)
        .build();
  }

  @Override
  protected String text(Method method, int index) {
    boolean operation = method.getName().equals("function") || method.getName().equals("action");
    if (operation && index == method.getParameterCount() - 2) {
      return "WhoAmI";
    }
    return index == 0 ? "contacts" : "00000000-0000-0000-0000-000000000001";
  }
}
