package io.ikarus.connects.generic;

import io.ikarus.connects.contract.ShapeContract;
import io.ikarus.connects.spi.BaseCrmConnector;
import java.util.List;
import java.util.Set;

/** The Generic module keeps the connector shape (issue 13). */
class GenericShapeTest extends ShapeContract {

  @Override
  protected String basePackage() {
    return "io.ikarus.connects.generic";
  }

  @Override
  protected List<Class<? extends BaseCrmConnector>> connectorClasses() {
    return List.of(RestConnector.class, GraphQlConnector.class);
  }

  /** {@code config} takes the connector's JSON configuration as parsed JSON. */
  @Override
  protected Set<String> jsonPassthroughs() {
    return Set.of("config");
  }
}
