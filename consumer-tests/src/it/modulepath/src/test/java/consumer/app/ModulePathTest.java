package consumer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ikarus.connects.testkit.FakeHubSpot;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ModulePathTest {

  @Test
  void theApplicationRunsOnTheModulePathWithoutExtraFlags() throws Exception {
    Path target = Path.of("target");
    String jars = Files.readString(target.resolve("runtime.path")).trim();
    String modulePath = target.resolve("classes") + File.pathSeparator + jars;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    try (FakeHubSpot hubspot = FakeHubSpot.builder().sampleData(false).start()) {
      Process p =
          new ProcessBuilder(
                  java,
                  "--module-path",
                  modulePath,
                  "--module",
                  "consumer.app/consumer.app.App",
                  hubspot.url(),
                  hubspot.privateAppToken())
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      System.out.println(out);
      assertEquals(0, p.exitValue(), out);
      List<String> lines = out.lines().toList();
      assertTrue(lines.contains("core module: io.ikarus.connects.core"), out);
      assertTrue(lines.contains("core automatic: false"), out);
      assertTrue(lines.contains("hubspot module: io.ikarus.connects.hubspot"), out);
      assertTrue(lines.contains("okhttp module: okhttp3"), out);
      assertTrue(lines.stream().anyMatch(l -> l.startsWith("providers: ") && l.contains("hubspot")), out);
      assertTrue(lines.contains("read back: ada@example.com"), out);
      assertTrue(lines.stream().anyMatch(l -> l.startsWith("from config: hubspot")), out);
    }
  }
}
