package io.ikarus.connects.testkit;

import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that runs one fake for a test class, in the manner of mockwebserver3's and
 * WireMock's: registered on a {@code static} field, the fake starts before the first test, is
 * {@link FakeCrm#reset() reset} before each test and closes after the last; registered on an
 * instance field, every test gets a fake of its own.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeCrmExtension<FakeHubSpot> HUBSPOT =
 *     FakeHubSpot.builder().instantSearch().extension();
 *
 * @Test
 * void createsOneContact() {
 *   FakeHubSpot hs = HUBSPOT.fake();
 *   ...
 *   assertThat(hs.journal().count("POST", "/crm/v3/objects/contacts")).isEqualTo(1);
 * }
 * }</pre>
 *
 * <p>Needs {@code junit-jupiter-api} on the test class path (an optional dependency of the test
 * kit). Thread-safe for JUnit's callbacks; {@link #fake()} is safe from any thread once started.
 *
 * @param <F> the fake's type
 */
public final class FakeCrmExtension<F extends FakeCrm>
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  private final Supplier<F> starter;
  private volatile F fake;
  private int classDepth;

  private FakeCrmExtension(Supplier<F> starter) {
    this.starter = Objects.requireNonNull(starter, "starter");
  }

  /** An extension that starts its fake with {@code starter}, for example {@code builder::start}. */
  public static <F extends FakeCrm> FakeCrmExtension<F> of(Supplier<F> starter) {
    return new FakeCrmExtension<>(starter);
  }

  /**
   * The running fake; throws {@link IllegalStateException} outside a test's lifecycle (before JUnit
   * started it or after it closed it).
   */
  public F fake() {
    F f = fake;
    if (f == null) {
      throw new IllegalStateException(
          "the fake is not running: use it from a test, @BeforeEach or @BeforeAll method");
    }
    return f;
  }

  /** Starts the fake for the outermost class; {@code @Nested} classes share it. */
  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    if (classDepth++ == 0) {
      fake = starter.get();
    }
  }

  @Override
  public synchronized void beforeEach(ExtensionContext context) {
    if (fake == null) {
      fake = starter.get();
    } else {
      fake.reset();
    }
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    if (classDepth == 0) {
      closeFake();
    }
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    if (--classDepth == 0) {
      closeFake();
    }
  }

  private void closeFake() {
    F f = fake;
    fake = null;
    if (f != null) {
      f.close();
    }
  }
}
