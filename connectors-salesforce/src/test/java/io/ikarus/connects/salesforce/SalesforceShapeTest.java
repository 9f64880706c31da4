package io.ikarus.connects.salesforce;

import io.ikarus.connects.contract.ShapeContract;
import io.ikarus.connects.spi.BaseCrmConnector;
import java.util.List;

/** The Salesforce module keeps the connector shape (issue 13). */
class SalesforceShapeTest extends ShapeContract {

  @Override
  protected String basePackage() {
    return "io.ikarus.connects.salesforce";
  }

  @Override
  protected List<Class<? extends BaseCrmConnector>> connectorClasses() {
    return List.of(SalesforceConnector.class);
  }

  /**
   * Split into parts (358 -> 222 lines: wiring, capabilities and the bulk switch moved to internal
   * parts); the builder's documented Salesforce setters and the SOQL and Bulk API extras remain.
   */
  @Override
  protected int maxConnectorLines() {
    return 222;
  }
}
