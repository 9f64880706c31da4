package io.ikarus.connects.generic.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.generic.internal.config.Specs.Api;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ConnectorParts;
import io.ikarus.connects.spi.PerRecordBatches;
import java.util.concurrent.CompletableFuture;

/**
 * The generic connectors' parts, built once per connector on its calls: the configured records,
 * batches (falling back to one call per record where an object has no batch endpoint), lists,
 * change reads and schemas.
 */
public final class GenericParts {

  private GenericParts() {}

  /**
   * Builds every part of the connector configured by {@code api} on {@code calls}.
   *
   * @param base the {@code ${config.x}} and {@code ${secret.x}} values
   * @param limits the configuration's rate limits, whose cost bucket the calls draw from
   */
  public static ConnectorParts create(Api api, Vars base, Limits limits, ApiCalls calls) {
    Runtime rt =
        new Runtime(api, base, calls, op -> ErrorContext.of(api.name(), op), limits.costBucket());
    Services services = new Services(rt);
    GenericRecords records = new GenericRecords(services);
    return ConnectorParts.builder()
        .records(records)
        .batches(new GenericBatches(services, new PerRecordBatches(api.name(), records)))
        .queries(services.lister()::first)
        .changes(services.changes()::since)
        .schema(object -> CompletableFuture.completedFuture(services.describe(object)))
        .build();
  }
}
