package io.ikarus.connects.monday.internal;

import io.ikarus.connects.Capabilities;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ConnectorParts;

/**
 * The monday connector's parts, built once per connector on its calls: items read, written and
 * upserted, queries, the change feed and board schemas for the portable operations, and the GraphQL
 * client, board cache and complexity reader for its vendor extras and rate limiting.
 *
 * @param client sends GraphQL documents, for {@code graphql}
 * @param boards resolves boards and caches their columns, for {@code refreshColumns}
 * @param complexity reads the complexity budget from responses
 * @param parts the portable operations' parts
 */
public record MondayParts(
    MondayClient client, BoardCache boards, ComplexityStatus complexity, ConnectorParts parts) {

  private static final String NAME = "monday";

  /** Builds every part from the settings on {@code calls}. */
  public static MondayParts create(MondaySettings s, ApiCalls calls) {
    MondayClient client = new MondayClient(calls, s.apiVersion(), NAME);
    BoardCache boards = new BoardCache(client, s.boardId());
    ItemReader reader = new ItemReader(client, boards, NAME);
    FieldEncoder encoder =
        new FieldEncoder(new ColumnEncoder(s.defaultPhoneCountry()), s.createLabelsIfMissing());
    ItemWriter writer =
        new ItemWriter(
            client, boards, encoder, s.createLabelsIfMissing(), s.archiveOnDelete(), NAME);
    Upserter upserter = new Upserter(reader, writer, boards, client, NAME);
    ComplexityStatus complexity =
        new ComplexityStatus(
            s.complexityBudget(), Math.max(Costs.writes(s.effectiveBatchSize()), Costs.page(500)));
    ConnectorParts parts =
        ConnectorParts.builder()
            .records(new MondayRecords(reader, writer, upserter))
            .batches(new MondayBatches(writer, upserter))
            .queries(reader)
            .changes(new ChangeFeed(client, reader, boards, NAME, s.changeLookback()))
            .schema(new BoardSchemas(boards, NAME))
            .capabilities(
                Capabilities.builder()
                    .maxBatchSize(s.effectiveBatchSize())
                    .maxPageSize(500)
                    .trackedDeletes(true)
                    .build())
            // One batch request at a time: monday advises against concurrent writes to one board.
            .batchConcurrency(1)
            .errors(new MondayErrorMapper())
            .rateLimits(complexity::parse)
            .build();
    return new MondayParts(client, boards, complexity, parts);
  }
}
