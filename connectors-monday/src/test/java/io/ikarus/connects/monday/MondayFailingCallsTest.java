package io.ikarus.connects.monday;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.contract.FailingCallsContract;
import io.ikarus.connects.event.ConnectorListener;
import java.lang.reflect.Method;
import java.net.URI;

/** Every public method of {@link MondayConnector} fails unwrapped against a refusing server. */
class MondayFailingCallsTest extends FailingCallsContract {

  @Override
  protected CrmConnector connector(URI baseUrl, ConnectorListener listener) {
    ClientOptions options = ClientOptions.builder().baseUrl(baseUrl).listener(listener).build();
    return MondayConnector.builder().apiToken("t").defaultObject("1").options(options).build();
  }

  @Override
  protected String text(Method method, int index) {
    if (method.getName().equals("graphql")) {
      return "query { me { id } }";
    }
    return index == 0 ? "items" : "1";
  }
}
