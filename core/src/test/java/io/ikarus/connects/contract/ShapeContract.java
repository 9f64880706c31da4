package io.ikarus.connects.contract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.ikarus.connects.spi.BaseCrmConnector;
import io.ikarus.connects.spi.ConnectorProvider;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one shape every connector module keeps (issue 13): a connector module's test extends this
 * with its package, and the checks read its compiled main classes (ArchUnit) and sources.
 *
 * <ul>
 *   <li>{@link ConnectorProvider}s live in {@code .internal} packages;
 *   <li>connector code uses core's public and {@code spi} packages only, never core's {@code
 *       internal} ones, and no other connector;
 *   <li>the connector class extends {@link BaseCrmConnector}, is final, has a static {@code
 *       builder()}, and its source stays within {@link #maxConnectorLines()} lines;
 *   <li>no public method of a public connector type takes or returns a raw {@code Map<String,
 *       Object>} other than the portable {@code CrmConnector} operations it implements and the
 *       vendor's documented free-form JSON passthroughs ({@link #jsonPassthroughs()});
 *   <li>public packages hold no {@code *Impl} class and no {@code Calls}/{@code Function} plumbing:
 *       internal parts receive {@link io.ikarus.connects.spi.ApiCalls}.
 * </ul>
 */
public abstract class ShapeContract {

  private static final Set<String> CONNECTORS =
      Set.of("salesforce", "hubspot", "dynamics", "monday", "pipedrive", "generic");

  private JavaClasses classes;

  /** The connector's base package, such as {@code io.ikarus.connects.hubspot}. */
  protected abstract String basePackage();

  /** The connector classes (builder plus vendor extras) of the module. */
  protected abstract List<Class<? extends BaseCrmConnector>> connectorClasses();

  /** Public methods that hand vendor JSON through as a map by design (name of the method). */
  protected Set<String> jsonPassthroughs() {
    return Set.of();
  }

  /** The most lines one connector class's source may have. */
  protected int maxConnectorLines() {
    return 200;
  }

  @BeforeEach
  void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(basePackage());
    assertThat(classes).as("classes of " + basePackage()).isNotEmpty();
  }

  @Test
  void providersAreInternal() {
    classes()
        .that()
        .implement(ConnectorProvider.class)
        .should()
        .resideInAPackage(basePackage() + ".internal..")
        .check(classes);
  }

  @Test
  void connectorsUseOnlyCorePublicAndSpiPackages() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.ikarus.connects.internal..")
        .because("core's internal packages are not exported; connectors build on spi")
        .check(classes);
    String own = basePackage().substring("io.ikarus.connects.".length());
    for (String other : CONNECTORS) {
      if (!other.equals(own)) {
        noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.ikarus.connects." + other + "..")
            .check(classes);
      }
    }
  }

  @Test
  void publicPackagesHoldNoImplClasses() {
    noClasses()
        .that()
        .resideInAPackage(basePackage())
        .should()
        .haveSimpleNameEndingWith("Impl")
        .orShould()
        .haveSimpleName("Calls")
        .check(classes);
  }

  @Test
  void connectorClassesAreThinFinalBuilders() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (Class<? extends BaseCrmConnector> c : connectorClasses()) {
      assertThat(Modifier.isFinal(c.getModifiers())).as(c + " is final").isTrue();
      assertThat(c.getPackageName()).isEqualTo(basePackage());
      assertThat(Arrays.stream(c.getMethods()).anyMatch(m -> isBuilderFactory(m)))
          .as(c.getSimpleName() + ".builder()")
          .isTrue();
      Path source =
          Path.of("src/main/java", c.getName().replace('.', '/') + ".java").toAbsolutePath();
      long lines;
      try (var stream = Files.lines(source)) {
        lines = stream.count();
      }
      if (lines > maxConnectorLines()) {
        tooLong.add(c.getSimpleName() + ": " + lines + " lines");
      }
    }
    assertThat(tooLong).as("connector classes over " + maxConnectorLines() + " lines").isEmpty();
  }

  @Test
  void noRawMapsInThePublicVendorApi() {
    List<String> found = new ArrayList<>();
    for (var javaClass : classes) {
      if (!javaClass.getPackageName().equals(basePackage())
          || !javaClass
              .getModifiers()
              .contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
        continue;
      }
      Class<?> c = javaClass.reflect();
      for (Method m : c.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())
            || m.isSynthetic()
            || m.isBridge()
            || overridesPortableApi(m)
            || jsonPassthroughs().contains(m.getName())) {
          continue;
        }
        Function<java.lang.reflect.Type, Boolean> raw =
            t -> t.getTypeName().contains("java.util.Map<java.lang.String, java.lang.Object>");
        boolean inParams = Arrays.stream(m.getGenericParameterTypes()).anyMatch(raw::apply);
        if (raw.apply(m.getGenericReturnType()) || inParams) {
          found.add(c.getSimpleName() + "." + m.getName());
        }
      }
    }
    assertThat(found).as("public methods with Map<String, Object> (use DTO records)").isEmpty();
  }

  private static boolean isBuilderFactory(Method m) {
    return Modifier.isStatic(m.getModifiers())
        && m.getName().equals("builder")
        && m.getParameterCount() == 0;
  }

  /** True when {@code m} implements a {@code CrmConnector} operation or a builder's options. */
  private static boolean overridesPortableApi(Method m) {
    for (Class<?> type = m.getDeclaringClass().getSuperclass();
        type != null;
        type = type.getSuperclass()) {
      if (declares(type, m)) {
        return true;
      }
    }
    for (Class<?> i : m.getDeclaringClass().getInterfaces()) {
      if (declares(i, m)) {
        return true;
      }
    }
    return false;
  }

  private static boolean declares(Class<?> type, Method m) {
    try {
      type.getMethod(m.getName(), m.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
