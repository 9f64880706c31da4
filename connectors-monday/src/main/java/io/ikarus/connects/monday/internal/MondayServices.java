package io.ikarus.connects.monday.internal;

import io.ikarus.connects.spi.ApiCalls;

/**
 * The parts of a monday connector, wired once from its settings and the connector's request engine.
 *
 * @param client sends documents
 * @param boards resolves boards and caches their columns
 * @param reader reads items
 * @param writer writes items
 * @param upserter upserts by a key column
 * @param changes the change feed
 * @param complexity reads the budget from responses
 */
public record MondayServices(
    MondayClient client,
    BoardCache boards,
    ItemReader reader,
    ItemWriter writer,
    Upserter upserter,
    ChangeFeed changes,
    ComplexityStatus complexity) {

  private static final String NAME = "monday";

  /** Wires the parts. */
  public static MondayServices of(MondaySettings s, ApiCalls transport) {
    MondayClient client = new MondayClient(transport, s.apiVersion(), NAME);
    BoardCache boards = new BoardCache(client, s.boardId());
    ItemReader reader = new ItemReader(client, boards, NAME);
    FieldEncoder encoder =
        new FieldEncoder(new ColumnEncoder(s.defaultPhoneCountry()), s.createLabelsIfMissing());
    ItemWriter writer =
        new ItemWriter(
            client, boards, encoder, s.createLabelsIfMissing(), s.archiveOnDelete(), NAME);
    ComplexityStatus complexity =
        new ComplexityStatus(
            s.complexityBudget(), Math.max(Costs.writes(s.effectiveBatchSize()), Costs.page(500)));
    return new MondayServices(
        client,
        boards,
        reader,
        writer,
        new Upserter(reader, writer, boards, client, NAME),
        new ChangeFeed(client, reader, boards, NAME, s.changeLookback()),
        complexity);
  }
}
