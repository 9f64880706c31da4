package io.ikarus.connects.pipedrive;

import io.ikarus.connects.contract.ShapeContract;
import io.ikarus.connects.spi.BaseCrmConnector;
import java.util.List;

/** The Pipedrive module keeps the connector shape (issue 13). */
class PipedriveShapeTest extends ShapeContract {

  @Override
  protected String basePackage() {
    return "io.ikarus.connects.pipedrive";
  }

  @Override
  protected List<Class<? extends BaseCrmConnector>> connectorClasses() {
    return List.of(PipedriveConnector.class);
  }

  /**
   * Builder plus vendor extras on {@code PipedriveParts}, wiring and capabilities included (issue
   * 13: 227 -> 175 lines).
   */
  @Override
  protected int maxConnectorLines() {
    return 175;
  }
}
