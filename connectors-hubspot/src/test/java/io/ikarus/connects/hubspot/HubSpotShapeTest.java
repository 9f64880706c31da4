package io.ikarus.connects.hubspot;

import io.ikarus.connects.contract.ShapeContract;
import io.ikarus.connects.spi.BaseCrmConnector;
import java.util.List;

/** The HubSpot module keeps the connector shape (issue 13). */
class HubSpotShapeTest extends ShapeContract {

  @Override
  protected String basePackage() {
    return "io.ikarus.connects.hubspot";
  }

  @Override
  protected List<Class<? extends BaseCrmConnector>> connectorClasses() {
    return List.of(HubSpotConnector.class);
  }

  /**
   * On parts since issue 13 (430 -> 289 -> 214 lines: wiring, capabilities and settings moved to
   * internal parts, toString to the base); the builder and eight documented vendor extras remain.
   */
  @Override
  protected int maxConnectorLines() {
    return 214;
  }
}
