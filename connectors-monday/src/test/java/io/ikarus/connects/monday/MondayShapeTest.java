package io.ikarus.connects.monday;

import io.ikarus.connects.contract.ShapeContract;
import io.ikarus.connects.spi.BaseCrmConnector;
import java.util.List;
import java.util.Set;

/** The Monday module keeps the connector shape (issue 13). */
class MondayShapeTest extends ShapeContract {

  @Override
  protected String basePackage() {
    return "io.ikarus.connects.monday";
  }

  @Override
  protected List<Class<? extends BaseCrmConnector>> connectorClasses() {
    return List.of(MondayConnector.class);
  }

  /** {@code graphql} runs any GraphQL document and returns its {@code data}. */
  @Override
  protected Set<String> jsonPassthroughs() {
    return Set.of("graphql");
  }

  /**
   * Builder plus vendor extras on {@code MondayParts}, wiring and capabilities included (issue 13:
   * 223 -> 182 lines).
   */
  @Override
  protected int maxConnectorLines() {
    return 182;
  }
}
