package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ConnectorParts;
import io.ikarus.connects.spi.ErrorMapper;
import java.time.Clock;
import java.util.function.Function;

/**
 * The Pipedrive connector's parts, built once per connector on its calls with the daily budget in
 * front ({@link MeteredCalls}): records and upserts, the query router, the change feed and schemas
 * for the portable operations (no batch part: batches run one record call per record), and the
 * token meter and error mapping the connector reports through.
 *
 * @param meter the daily token budget
 * @param errors the error mapping, which marks the budget spent on a budget 429
 * @param parts the portable operations' parts
 */
public record PipedriveParts(TokenMeter meter, ErrorMapper errors, ConnectorParts parts) {

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
            .build();
    return new PipedriveParts(meter, new PipedriveErrorMapper(meter), parts);
  }
}
