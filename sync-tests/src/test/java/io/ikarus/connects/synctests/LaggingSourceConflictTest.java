package io.ikarus.connects.synctests;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.sync.ConflictStrategies;
import io.ikarus.connects.sync.SyncJob;
import io.ikarus.connects.sync.SyncSide;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Found by {@link VendorRandomizedSyncTest} with HubSpot as the job's source: a field edited on
 * both sides while HubSpot's search index still lags behind the HubSpot edit. The run read
 * Salesforce's edit, did not see HubSpot's yet, took the HubSpot record's values from the link's
 * base and wrote Salesforce's value over the HubSpot edit: HubSpot has no conditional update and
 * the run did not re-read a record its feed did not mention, so the conflict was never seen and the
 * source lost. Fixed: before updating a side without conditional updates the run reads those
 * records again in one consistent batch read ({@code CrmConnector.getAll}, HubSpot {@code
 * batch/read}) and decides again the ones that changed, so the conflict strategy sees the HubSpot
 * edit.
 */
class LaggingSourceConflictTest {

  private final VendorPair pair = new VendorPair();

  @AfterEach
  void close() {
    pair.close();
  }

  @Test
  void anEditStillHiddenByTheIndexLagIsNotOverwrittenByTheOtherSidesEdit() {
    String companyId = pair.hs.insert("companies", Map.of("name", "Acme", "description", "v1"));
    SyncJob job = pair.reversedJob().conflictStrategy(ConflictStrategies.fieldMerge()).build();
    assertThat(pair.run(job).failures()).isEmpty();
    String accountId =
        pair.store
            .links("companies", SyncSide.SOURCE, List.of(companyId))
            .get(companyId)
            .targetId();

    pair.hubspot.update("companies", companyId, Map.of("description", "from HubSpot")).join();
    pair.salesforce.update("Account", accountId, Map.of("Description", "from Salesforce")).join();
    pair.clock.advance(Duration.ofSeconds(1));
    job.run().join();
    pair.run(job);

    assertThat(pair.hs.record("companies", companyId).orElseThrow())
        .containsEntry("description", "from HubSpot");
    assertThat(pair.sf.record("Account", accountId).orElseThrow())
        .containsEntry("Description", "from HubSpot");
  }
}
