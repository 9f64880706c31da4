package io.ikarus.connects.dynamics;

import io.ikarus.connects.contract.ShapeContract;
import io.ikarus.connects.spi.BaseCrmConnector;
import java.util.List;
import java.util.Set;

/** The Dynamics module keeps the connector shape (issue 13). */
class DynamicsShapeTest extends ShapeContract {

  @Override
  protected String basePackage() {
    return "io.ikarus.connects.dynamics";
  }

  @Override
  protected List<Class<? extends BaseCrmConnector>> connectorClasses() {
    return List.of(DynamicsConnector.class);
  }

  /** {@code function} and {@code action} return whatever the named Dataverse message returns. */
  @Override
  protected Set<String> jsonPassthroughs() {
    return Set.of("function", "action");
  }

  /**
   * Split into parts (266 -> 219 lines: wiring, capabilities and batch tuning moved to internal
   * parts); the builder with its nine settings and the nine vendor extras remain.
   */
  @Override
  protected int maxConnectorLines() {
    return 219;
  }
}
