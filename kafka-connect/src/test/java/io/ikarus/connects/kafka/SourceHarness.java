package io.ikarus.connects.kafka;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.spi.Json;
import io.ikarus.connects.testkit.FakeSalesforce;
import io.ikarus.connects.testkit.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.connect.source.SourceRecord;

/** Starts source tasks on a test clock over in-memory offsets, and polls them. */
final class SourceHarness {

  final MutableClock clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));
  final MemoryOffsets offsets = new MemoryOffsets();
  TestSourceContext context;

  /** Connect properties of a source reading {@code objects} from the fake Salesforce. */
  static Map<String, String> salesforce(FakeSalesforce sf, String objects) {
    Map<String, String> p = new HashMap<>();
    p.put("name", "sf-source");
    p.put("crm_type", "salesforce");
    p.put(
        "auth_config",
        Json.write(
            Map.of(
                "client_id", sf.clientId(),
                "client_secret", sf.clientSecret(),
                "username", sf.username(),
                "security_token", sf.securityToken())));
    p.put("auth_config.password", sf.password());
    p.put("options", Json.write(Map.of("auth_url", sf.url())));
    p.put("objects", objects);
    p.put("account", "acme");
    p.put("poll.interval.ms", "1000");
    p.put("heartbeat.interval.ms", "0");
    return p;
  }

  /** An SDK connector to the fake Salesforce, for changing its data. */
  static CrmConnector salesforceClient(FakeSalesforce sf) {
    return CrmConnectors.fromConfig(
        Map.of(
            "crm_type", "salesforce",
            "auth_config",
                Map.of(
                    "client_id", sf.clientId(),
                    "client_secret", sf.clientSecret(),
                    "username", sf.username(),
                    "password", sf.password(),
                    "security_token", sf.securityToken()),
            "options", Map.of("auth_url", sf.url())));
  }

  /** A started task building connectors with CrmConnectors. */
  CrmSourceTask start(Map<String, String> props) {
    return start(props, CrmConnectors::fromConfig);
  }

  /** A started task building connectors with {@code factory}; waiting advances the clock. */
  CrmSourceTask start(Map<String, String> props, Function<Map<String, Object>, CrmConnector> f) {
    CrmSourceTask task = new CrmSourceTask(f, clock, clock::advance);
    context = new TestSourceContext(offsets);
    task.initialize(context);
    task.start(props);
    return task;
  }

  /** Polls until at least {@code count} records came (at most 20 polls); commits their offsets. */
  List<SourceRecord> poll(CrmSourceTask task, int count) throws InterruptedException {
    List<SourceRecord> out = new ArrayList<>();
    for (int i = 0; i < 20 && out.size() < count; i++) {
      List<SourceRecord> batch = task.poll();
      if (batch != null) {
        out.addAll(batch);
        offsets.commit(batch);
      }
    }
    return out;
  }
}
