package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.Capabilities;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ConnectorParts;
import java.time.Clock;
import java.util.function.Function;

/**
 * The Pipedrive connector's parts, built once per connector on its calls with the daily budget in
 * front ({@link MeteredCalls}): records and upserts, the query router, the change feed and schemas
 * for the portable operations (no batch part: batches run one record call per record), and the
 * token meter the connector reports; the error mapping marks the budget spent on a budget 429.
 *
 * @param meter the daily token budget
 * @param parts the portable operations' parts
 */
public record PipedriveParts(TokenMeter meter, ConnectorParts parts) {

  /** The connector's name in errors and events. */
  public static final String NAME = "pipedrive";

  /** Builds every part from the settings on {@code calls}, the budget counted by {@code clock}. */
  public static PipedriveParts create(PipedriveSettings s, ApiCalls calls, Clock clock) {
    TokenMeter meter = new TokenMeter(s.limits().dailyBudget(), s.serverZone(), clock);
    MeteredCalls metered = new MeteredCalls(meter, calls);
    Function<String, ErrorContext> contexts = operation -> ErrorContext.of(NAME, operation);
    FieldCatalogs catalogs = new FieldCatalogs(metered);
    RecordReader reader = new RecordReader(catalogs);
    Searcher searcher = new Searcher(metered, reader);
    RecordCalls records = new RecordCalls(metered, catalogs, reader, contexts);
    ConnectorParts parts =
        ConnectorParts.builder()
            .records(
                new PipedriveRecords(records, new Upserter(records, searcher, catalogs, contexts)))
            .queries(new QueryRouter(metered, reader, searcher, catalogs, contexts))
            .changes(new ChangeFeed(metered, reader, clock, s.changeLookback()))
            .schema(new Schemas(catalogs))
            .capabilities(capabilities(s))
            .batchConcurrency(1)
            .errors(new PipedriveErrorMapper(meter))
            .rateLimits(RateLimitHeaders::status)
            .baseUrl(s::baseUrl)
            .build();
    return new PipedriveParts(meter, parts);
  }

  /**
   * Up to {@code writeConcurrency} records per batch chunk, 500 per page. One chunk runs at a time
   * (batch concurrency 1): its records are the writes in flight.
   */
  private static Capabilities capabilities(PipedriveSettings s) {
    return Capabilities.builder()
        .maxBatchSize(s.writeConcurrency())
        .maxPageSize(500)
        .trackedDeletes(true)
        .build();
  }
}
