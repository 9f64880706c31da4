package consumer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What the build installed for users, read from the fixtures' local repository. */
class PublishedArtifactsTest {

  private static final Path REPO = Path.of(System.getProperty("published.repo"));
  private static final String VERSION = System.getProperty("published.version");
  private static final Path ROOT = Path.of(System.getProperty("published.root"));
  private static final Map<String, String> MODULES =
      Map.of(
          "connects-core", "core",
          "connects-hubspot", "connectors-hubspot",
          "connects-testkit", "testkit");

  /** An installed file: the POM, or the main jar. */
  private static Path file(String artifact, String suffix) {
    return REPO.resolve("io/ikarus/connects/" + artifact + "/" + VERSION)
        .resolve(artifact + "-" + VERSION + suffix);
  }

  /** An attached jar as the build made it for deployment ({@code -sources.jar}, ...). */
  private static Path attached(String artifact, String suffix) {
    return ROOT.resolve(MODULES.get(artifact))
        .resolve("target")
        .resolve(artifact + "-" + VERSION + suffix);
  }

  @ParameterizedTest
  @ValueSource(strings = {"connects-core", "connects-hubspot", "connects-testkit"})
  void everyJarHasSourcesJavadocLicenseNoticeAndAModuleName(String artifact) throws IOException {
    Path jar = file(artifact, ".jar");
    assertTrue(Files.isRegularFile(attached(artifact, "-sources.jar")), artifact + " sources jar");
    assertTrue(Files.isRegularFile(attached(artifact, "-javadoc.jar")), artifact + " javadoc jar");
    try (JarFile j = new JarFile(jar.toFile());
        JarFile doc = new JarFile(attached(artifact, "-javadoc.jar").toFile());
        JarFile src = new JarFile(attached(artifact, "-sources.jar").toFile())) {
      String moduleName = j.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
      assertAll(
          () -> assertNotNull(j.getEntry("META-INF/LICENSE"), artifact + " LICENSE"),
          () -> assertNotNull(j.getEntry("META-INF/NOTICE"), artifact + " NOTICE"),
          () ->
              assertTrue(
                  moduleName != null || j.getEntry("module-info.class") != null,
                  artifact + " has neither module-info nor Automatic-Module-Name"),
          () -> assertNotNull(doc.getEntry("index.html"), artifact + " javadoc index"),
          () ->
              assertTrue(
                  src.stream().anyMatch(e -> e.getName().endsWith(".java")),
                  artifact + " sources"));
    }
  }

  @Test
  void theCoreJavadocDocumentsTheConnectorInterface() throws IOException {
    try (JarFile doc = new JarFile(attached("connects-core", "-javadoc.jar").toFile())) {
      assertNotNull(
          doc.stream().filter(e -> e.getName().endsWith("/CrmConnector.html")).findFirst().orElse(null),
          "CrmConnector.html");
    }
  }

  @Test
  void thePomsCarryWhatMavenCentralRequires() throws IOException {
    String parent = Files.readString(file("connects-parent", ".pom"));
    for (String element :
        List.of("<url>", "<licenses>", "Apache-2.0", "<scm>", "<connection>", "<developers>")) {
      assertTrue(parent.contains(element), "connects-parent lacks " + element);
    }
    for (String artifact : List.of("connects-core", "connects-hubspot", "connects-testkit")) {
      String pom = Files.readString(file(artifact, ".pom"));
      assertTrue(pom.contains("<name>"), artifact + " lacks <name>");
      assertTrue(pom.contains("<description>"), artifact + " lacks <description>");
      assertTrue(pom.contains("<artifactId>connects-parent</artifactId>"), artifact + " parent");
    }
  }
}
