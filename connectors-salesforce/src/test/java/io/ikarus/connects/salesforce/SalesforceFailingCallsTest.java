package io.ikarus.connects.salesforce;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.contract.FailingCallsContract;
import io.ikarus.connects.event.ConnectorListener;
import java.lang.reflect.Method;
import java.net.URI;

/** Every public method of {@link SalesforceConnector} fails unwrapped against a refusing server. */
class SalesforceFailingCallsTest extends FailingCallsContract {

  @Override
  protected CrmConnector connector(URI baseUrl, ConnectorListener listener) {
    ClientOptions options = ClientOptions.builder().baseUrl(baseUrl).listener(listener).build();
    return SalesforceConnector.builder().auth(BearerTokenAuth.of("t")).options(options).build();
  }

  @Override
  protected String text(Method method, int index) {
    if (method.getName().contains("soql") || method.getName().equals("bulkQuery")) {
      return "SELECT Id FROM Contact";
    }
    return index == 0 ? "Contact" : "003000000000001AAA";
  }
}
