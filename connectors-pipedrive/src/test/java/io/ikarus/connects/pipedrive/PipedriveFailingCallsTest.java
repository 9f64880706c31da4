package io.ikarus.connects.pipedrive;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.contract.FailingCallsContract;
import io.ikarus.connects.event.ConnectorListener;
import java.lang.reflect.Method;
import java.net.URI;

/** Every public method of {@link PipedriveConnector} fails unwrapped against a refusing server. */
class PipedriveFailingCallsTest extends FailingCallsContract {

  @Override
  protected CrmConnector connector(URI baseUrl, ConnectorListener listener) {
    ClientOptions options = ClientOptions.builder().baseUrl(baseUrl).listener(listener).build();
    return PipedriveConnector.builder().apiToken("t").options(options).build();
  }

  @Override
  protected String text(Method method, int index) {
    return index == 0 ? "persons" : "1";
  }
}
