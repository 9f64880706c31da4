package io.ikarus.connects.hubspot;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.contract.FailingCallsContract;
import io.ikarus.connects.event.ConnectorListener;
import java.lang.reflect.Method;
import java.net.URI;

/** Every public method of {@link HubSpotConnector} fails unwrapped against a refusing server. */
class HubSpotFailingCallsTest extends FailingCallsContract {

  @Override
  protected CrmConnector connector(URI baseUrl, ConnectorListener listener) {
    ClientOptions options = ClientOptions.builder().baseUrl(baseUrl).listener(listener).build();
    return HubSpotConnector.builder().auth(BearerTokenAuth.of("t")).options(options).build();
  }

  @Override
  protected String text(Method method, int index) {
    return index % 2 == 0 ? "contacts" : "101";
  }
}
