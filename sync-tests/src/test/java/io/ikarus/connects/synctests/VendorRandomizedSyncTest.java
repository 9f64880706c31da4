package io.ikarus.connects.synctests;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Query;
import io.ikarus.connects.sync.ConflictStrategies;
import io.ikarus.connects.sync.SyncJob;
import io.ikarus.connects.sync.SyncLink;
import io.ikarus.connects.sync.SyncReport;
import io.ikarus.connects.sync.SyncSide;
import io.ikarus.connects.testkit.RecordedCall;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The randomized convergence test on the vendor fakes: Salesforce Accounts and HubSpot companies
 * ({@link VendorPair}, the fakes' vendor defaults: whole-second Salesforce stamps, HubSpot values
 * as strings and a lagging search index) with number, currency, percent, boolean, date, datetime,
 * picklist and text fields. Each round makes random creates, edits (values in the forms each vendor
 * accepts, clears included) and deletes on both sides through the real connectors, runs the
 * bidirectional field-merge job once at a random moment (the HubSpot index may not have caught up
 * yet) and once after the lag. Then both sides hold the same entities with the same values by type,
 * no entity twice, the links pair exactly these records and remember these values, every edit made
 * on one side only has arrived, a field edited on both sides holds the job source's value, and
 * deletions won. Every fifth round and at the end a further run writes nothing. Runs with
 * Salesforce as the job's source and with HubSpot as the source, the search index lagging in both
 * (a field edited on both sides while the HubSpot edit is still unindexed: {@link
 * LaggingSourceConflictTest}). Prints the HubSpot calls the runs made, and how many of them were
 * the batch reads before updates ({@code getAll}).
 */
class VendorRandomizedSyncTest {

  private static final int ROUNDS = 20;
  private static final DateTimeFormatter SF_OFFSET_FORM =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);
  private static final List<String> PICKLIST = List.of("Prospect", "Customer - Direct", "Partner");

  /** Salesforce field to its kind in this test. */
  private static final Map<String, Kind> KINDS =
      Map.of(
          "Name", Kind.TEXT,
          "NumberOfEmployees", Kind.INTEGER,
          "AnnualRevenue", Kind.DECIMAL,
          "Discount__c", Kind.DECIMAL,
          "Active__c", Kind.BOOLEAN,
          "Founded__c", Kind.DATE,
          "LastContact__c", Kind.DATETIME,
          "Type", Kind.PICKLIST,
          "Description", Kind.TEXT);

  private static final List<String> EDITABLE =
      KINDS.keySet().stream().filter(f -> !f.equals("Name")).sorted().toList();

  private enum Kind {
    INTEGER,
    DECIMAL,
    BOOLEAN,
    DATE,
    DATETIME,
    PICKLIST,
    TEXT
  }

  private VendorPair pair;
  private boolean hubSpotSource;
  private Random rnd;
  private int nextName;
  private String where;

  /** Name to the expected typed values (Salesforce field names), both sides agreeing. */
  private final Map<String, Map<String, Object>> expected = new TreeMap<>();

  /** This round's edits: name to field to side to typed value. */
  private Map<String, Map<String, Map<SyncSide, Object>>> edits;

  private Set<String> deleted;

  /** What the users did, by side and kind (create, edit, clear, delete, both: a field on both). */
  private final Map<String, Integer> activity = new TreeMap<>();

  /** Side to name to record id, as of the last convergence check. */
  private final Map<SyncSide, Map<String, String>> ids = new HashMap<>();

  @ParameterizedTest(name = "seed {0}, HubSpot source {1}")
  @CsvSource({
    "11, false", "2024, false", "987654321, false",
    "11, true", "2024, true", "987654321, true"
  })
  void bothVendorsConvergeByTypeWithoutDuplicatesOrLostEdits(long seed, boolean hubSpotSource) {
    this.hubSpotSource = hubSpotSource;
    rnd = new Random(seed);
    try (VendorPair p = new VendorPair()) {
      pair = p;
      SyncJob job =
          (hubSpotSource ? pair.reversedJob() : pair.job())
              .conflictStrategy(ConflictStrategies.fieldMerge())
              .build();
      for (int round = 0; round < ROUNDS; round++) {
        where = "seed " + seed + (hubSpotSource ? " (HubSpot source)" : "") + " round " + round;
        edits = new HashMap<>();
        deleted = new HashSet<>();
        pair.clock.advance(Duration.ofMillis(rnd.nextInt(1500)));
        Set<String> atStart = new HashSet<>(expected.keySet());
        edit(SyncSide.SOURCE, atStart);
        edit(SyncSide.TARGET, atStart);
        pair.clock.advance(Duration.ofMillis(rnd.nextInt(4000)));
        assertThat(job.run().join().failures()).as(where + " early run").isEmpty();
        Map<String, Map<String, Object>> late = editRightAfterRun(atStart);
        assertThat(pair.run(job).failures()).as(where).isEmpty();
        settleExpectations();
        late.forEach((name, values) -> expected.get(name).putAll(values));
        late.forEach((name, values) -> expected.get(name).values().removeIf(Objects::isNull));
        assertConverged();
        if (round % 5 == 4) {
          assertQuiet(job);
        }
      }
      where = "seed " + seed + (hubSpotSource ? " (HubSpot source)" : "") + " at the end";
      assertQuiet(job);
      System.out.println(where + ": " + expected.size() + " entities, " + activity);
      System.out.println(where + ": HubSpot requests by operation " + pair.hubSpotRequests);
      assertThat(activity.keySet())
          .as(where + " random edits made")
          .contains(
              "SOURCE create",
              "TARGET create",
              "SOURCE edit",
              "TARGET edit",
              "SOURCE clear",
              "TARGET clear",
              "SOURCE delete",
              "TARGET delete",
              "both",
              "SOURCE edit right after a run",
              "TARGET edit right after a run");
    }
  }

  private void edit(SyncSide side, Set<String> atStart) {
    for (int op = 1 + rnd.nextInt(5); op > 0; op--) {
      List<String> names = new ArrayList<>(atStart);
      names.removeAll(deleted);
      names.sort(null);
      int p = rnd.nextInt(10);
      if (p < 3 || names.isEmpty()) {
        create(side);
      } else if (p < 9) {
        List<String> clash = new ArrayList<>(edits.keySet());
        clash.removeAll(deleted);
        clash.sort(null);
        boolean both = side == SyncSide.TARGET && !clash.isEmpty() && rnd.nextBoolean();
        String name =
            both ? clash.get(rnd.nextInt(clash.size())) : names.get(rnd.nextInt(names.size()));
        Map<String, Object> values = new LinkedHashMap<>();
        if (both) {
          List<String> edited = new ArrayList<>(edits.get(name).keySet());
          edited.sort(null);
          String field = edited.get(rnd.nextInt(edited.size()));
          values.put(field, value(field));
        }
        for (int n = rnd.nextInt(3); n > 0; n--) {
          String field = EDITABLE.get(rnd.nextInt(EDITABLE.size()));
          values.put(field, value(field));
        }
        if (values.isEmpty()) {
          String field = EDITABLE.get(rnd.nextInt(EDITABLE.size()));
          values.put(field, value(field));
        }
        write(side, name, values);
        activity.merge(side + " edit", 1, Integer::sum);
        if (values.containsValue(null)) {
          activity.merge(side + " clear", 1, Integer::sum);
        }
        values.forEach(
            (field, v) ->
                edits
                    .computeIfAbsent(name, x -> new HashMap<>())
                    .computeIfAbsent(field, x -> new HashMap<>())
                    .put(side, read(KINDS.get(field), v)));
      } else {
        String name = names.get(rnd.nextInt(names.size()));
        if (atStart.contains(name)) {
          CrmConnector crm = connector(side);
          crm.delete(object(side), id(side, name)).join();
          deleted.add(name);
          activity.merge(side + " delete", 1, Integer::sum);
        }
      }
    }
  }

  /**
   * Edits made in the same second as the run that just read and wrote the records (automations that
   * touch a record right after an integration wrote it): on records no HubSpot edit of this round
   * is still waiting for (the early run may not have seen those yet), one side per record.
   */
  private Map<String, Map<String, Object>> editRightAfterRun(Set<String> atStart) {
    List<String> eligible = new ArrayList<>(atStart);
    eligible.removeAll(deleted);
    eligible.removeIf(
        name ->
            edits.getOrDefault(name, Map.of()).values().stream()
                .anyMatch(bySide -> bySide.containsKey(SyncSide.TARGET)));
    eligible.sort(null);
    Map<String, Map<String, Object>> late = new TreeMap<>();
    for (SyncSide side : SyncSide.values()) {
      for (int n = rnd.nextInt(3); n > 0 && !eligible.isEmpty(); n--) {
        String name = eligible.remove(rnd.nextInt(eligible.size()));
        String field = EDITABLE.get(rnd.nextInt(EDITABLE.size()));
        Object v = value(field);
        Map<String, Object> values = new HashMap<>();
        values.put(field, v);
        write(side, name, values);
        Map<String, Object> typed = new HashMap<>();
        typed.put(field, read(KINDS.get(field), v));
        late.put(name, typed);
        activity.merge(side + " edit right after a run", 1, Integer::sum);
      }
    }
    return late;
  }

  private void create(SyncSide side) {
    String name = "Co " + nextName++;
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("Name", name);
    for (String field : EDITABLE) {
      values.put(field, value(field));
    }
    connector(side).create(object(side), wire(side, values)).join();
    activity.merge(side + " create", 1, Integer::sum);
    Map<String, Object> typed = new LinkedHashMap<>();
    values.forEach((field, v) -> typed.put(field, read(KINDS.get(field), v)));
    typed.values().removeIf(Objects::isNull);
    expected.put(name, typed);
  }

  private void write(SyncSide side, String name, Map<String, Object> values) {
    connector(side).update(object(side), id(side, name), wire(side, values)).join();
  }

  /** A random typed value for {@code field} (null clears it; booleans are never null). */
  private Object value(String field) {
    Kind kind = KINDS.get(field);
    if (kind != Kind.BOOLEAN && rnd.nextInt(8) == 0) {
      return null;
    }
    return switch (kind) {
      case INTEGER -> BigDecimal.valueOf(rnd.nextInt(100_000));
      case DECIMAL -> BigDecimal.valueOf(rnd.nextInt(10_000_000), rnd.nextInt(3));
      case BOOLEAN -> rnd.nextBoolean();
      case DATE -> LocalDate.of(1990, 1, 1).plusDays(rnd.nextInt(13_000));
      case DATETIME -> Instant.parse("2024-01-01T00:00:00Z").plusSeconds(rnd.nextInt(366 * 86_400));
      case PICKLIST -> PICKLIST.get(rnd.nextInt(PICKLIST.size()));
      case TEXT -> "Note " + rnd.nextInt(1000) + (rnd.nextBoolean() ? " über ✓" : "");
    };
  }

  /** Typed values in a form the side's API takes, varied as users and integrations send them. */
  private Map<String, Object> wire(SyncSide side, Map<String, Object> typed) {
    Map<String, Object> out = new LinkedHashMap<>();
    typed.forEach(
        (field, v) -> {
          if (side == SyncSide.SOURCE) {
            out.put(field, salesforceForm(field, v));
          } else {
            out.put(VendorPair.FIELDS.get(field), hubSpotForm(field, v));
          }
        });
    return out;
  }

  private Object salesforceForm(String field, Object v) {
    if (v == null) {
      return null;
    }
    return switch (KINDS.get(field)) {
      case INTEGER -> ((BigDecimal) v).intValueExact();
      case DECIMAL -> rnd.nextBoolean() ? v : ((BigDecimal) v).doubleValue();
      case DATETIME ->
          rnd.nextBoolean()
              ? v.toString()
              : SF_OFFSET_FORM.format(((Instant) v).atOffset(ZoneOffset.ofHours(2)));
      case DATE, BOOLEAN, PICKLIST, TEXT -> v instanceof LocalDate ? v.toString() : v;
    };
  }

  private String hubSpotForm(String field, Object v) {
    if (v == null) {
      return "";
    }
    return switch (KINDS.get(field)) {
      case INTEGER, DECIMAL ->
          rnd.nextBoolean()
              ? ((BigDecimal) v).toPlainString()
              : ((BigDecimal) v).setScale(3).toPlainString();
      case DATE ->
          rnd.nextBoolean()
              ? v.toString()
              : String.valueOf(
                  ((LocalDate) v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
      case DATETIME ->
          rnd.nextBoolean() ? v.toString() : String.valueOf(((Instant) v).toEpochMilli());
      case BOOLEAN, PICKLIST, TEXT -> v.toString();
    };
  }

  /**
   * Applies this round's edits to the expectation: a side's edit to the value the field already
   * held is no edit; one side's edit arrives; the job source wins when both sides changed a field.
   */
  private void settleExpectations() {
    expected.keySet().removeAll(deleted);
    edits.forEach(
        (name, fields) -> {
          Map<String, Object> values = expected.get(name);
          if (values == null) {
            return;
          }
          fields.forEach(
              (field, bySide) -> {
                bySide.values().removeIf(v -> Objects.equals(v, values.get(field)));
                if (bySide.isEmpty()) {
                  return;
                }
                if (bySide.size() == 2) {
                  activity.merge("both", 1, Integer::sum);
                }
                SyncSide winner = hubSpotSource ? SyncSide.TARGET : SyncSide.SOURCE;
                Object v =
                    bySide.containsKey(winner)
                        ? bySide.get(winner)
                        : bySide.values().iterator().next();
                if (v == null) {
                  values.remove(field);
                } else {
                  values.put(field, v);
                }
              });
        });
  }

  private void assertConverged() {
    pair.clock.advance(Duration.ofSeconds(10));
    Map<String, CrmRecord> accounts = byName(SyncSide.SOURCE);
    Map<String, CrmRecord> companies = byName(SyncSide.TARGET);
    assertThat(accounts.keySet()).as(where + ": Salesforce accounts").isEqualTo(expected.keySet());
    assertThat(companies.keySet()).as(where + ": HubSpot companies").isEqualTo(expected.keySet());
    Map<String, CrmRecord> sources = hubSpotSource ? companies : accounts;
    Map<String, CrmRecord> targets = hubSpotSource ? accounts : companies;
    String jobName = hubSpotSource ? "companies" : "accounts";
    Map<String, SyncLink> bySource = pair.store.links(jobName, SyncSide.SOURCE, idList(sources));
    Map<String, SyncLink> byTarget = pair.store.links(jobName, SyncSide.TARGET, idList(targets));
    ids.put(SyncSide.SOURCE, new HashMap<>());
    ids.put(SyncSide.TARGET, new HashMap<>());
    accounts.forEach((name, r) -> ids.get(SyncSide.SOURCE).put(name, r.id()));
    companies.forEach((name, r) -> ids.get(SyncSide.TARGET).put(name, r.id()));
    expected.forEach(
        (name, values) -> {
          String at = where + " " + name + " (edits this round: " + edits.get(name) + ")";
          assertThat(typed(SyncSide.SOURCE, accounts.get(name)))
              .as(at + " Salesforce")
              .isEqualTo(values);
          assertThat(typed(SyncSide.TARGET, companies.get(name)))
              .as(at + " HubSpot")
              .isEqualTo(values);
          SyncLink link = bySource.get(sources.get(name).id());
          assertThat(link).as(at + " link").isNotNull();
          assertThat(link.targetId()).as(at + " linked record").isEqualTo(targets.get(name).id());
          assertThat(byTarget.get(link.targetId())).as(at + " link by target").isEqualTo(link);
          assertThat(link.base()).as(at + " link base").isNotNull();
          assertThat(typed(link.base())).as(at + " link base").isEqualTo(values);
        });
  }

  private void assertQuiet(SyncJob job) {
    pair.clock.advance(Duration.ofSeconds(10));
    pair.sf.journal().clear();
    pair.hs.journal().clear();
    SyncReport again = pair.run(job);
    assertThat(again.isQuiet()).as(where + " quiet: %s", again).isTrue();
    assertThat(writes(pair.sf.journal().calls())).as(where + " Salesforce writes").isEmpty();
    assertThat(writes(pair.hs.journal().calls())).as(where + " HubSpot writes").isEmpty();
  }

  private static List<String> writes(List<RecordedCall> calls) {
    return calls.stream()
        .filter(c -> !c.method().equals("GET"))
        .filter(c -> !c.path().contains("/search") && !c.path().contains("oauth"))
        .map(c -> c.method() + " " + c.path())
        .toList();
  }

  /** The records of one side by name; fails on a name held twice. */
  private Map<String, CrmRecord> byName(SyncSide side) {
    List<String> fields = new ArrayList<>();
    KINDS.keySet().forEach(f -> fields.add(side == SyncSide.SOURCE ? f : VendorPair.FIELDS.get(f)));
    Map<String, CrmRecord> out = new TreeMap<>();
    CrmConnector crm = connector(side);
    crm.forEach(
            Query.of(object(side)).fields(fields.toArray(String[]::new)),
            r -> {
              String name = String.valueOf(r.field(side == SyncSide.SOURCE ? "Name" : "name"));
              CrmRecord previous = out.put(name, r);
              assertThat(previous).as(where + ": duplicate " + name + " on " + side).isNull();
            })
        .join();
    return out;
  }

  private static List<String> idList(Map<String, CrmRecord> records) {
    return records.values().stream().map(CrmRecord::id).toList();
  }

  /** A record's values by Salesforce field name, read as their kinds; empty ones left out. */
  private static Map<String, Object> typed(SyncSide side, CrmRecord r) {
    Map<String, Object> out = new LinkedHashMap<>();
    KINDS.forEach(
        (field, kind) -> {
          Object v = r.field(side == SyncSide.SOURCE ? field : VendorPair.FIELDS.get(field));
          Object t = read(kind, v);
          if (t != null) {
            out.put(field, t);
          }
        });
    return out;
  }

  /**
   * A link's base (the job target's field names, plain JSON form) by Salesforce field name, read as
   * kinds.
   */
  private Map<String, Object> typed(Map<String, Object> base) {
    Map<String, Object> out = new LinkedHashMap<>();
    KINDS.forEach(
        (field, kind) -> {
          Object t = read(kind, base.get(hubSpotSource ? field : VendorPair.FIELDS.get(field)));
          if (t != null) {
            out.put(field, t);
          }
        });
    return out;
  }

  /** A value as its kind, independently of the SDK's own conversions. */
  private static Object read(Kind kind, Object v) {
    if (v == null || v.toString().isEmpty()) {
      return null;
    }
    String s = v.toString();
    return switch (kind) {
      case INTEGER, DECIMAL -> {
        BigDecimal d = new BigDecimal(s).stripTrailingZeros();
        yield d.signum() == 0 ? BigDecimal.ZERO : d;
      }
      case BOOLEAN -> {
        assertThat(s).isIn("true", "false");
        yield Boolean.valueOf(s);
      }
      case DATE ->
          s.matches("\\d+")
              ? LocalDate.ofInstant(Instant.ofEpochMilli(Long.parseLong(s)), ZoneOffset.UTC)
              : LocalDate.parse(s);
      case DATETIME ->
          s.matches("\\d+")
              ? Instant.ofEpochMilli(Long.parseLong(s))
              : OffsetDateTime.parse(s.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant();
      case PICKLIST, TEXT -> s;
    };
  }

  private String id(SyncSide side, String name) {
    return ids.get(side).get(name);
  }

  private CrmConnector connector(SyncSide side) {
    return side == SyncSide.SOURCE ? pair.salesforce : pair.hubspot;
  }

  private static String object(SyncSide side) {
    return side == SyncSide.SOURCE ? "Account" : "companies";
  }
}
