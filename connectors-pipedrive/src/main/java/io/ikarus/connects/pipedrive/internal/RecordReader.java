package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.CrmRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Decodes records with the object's field catalog, refreshing the catalog once when a record
 * carries a custom field key it does not know (a field created since it was loaded).
 */
public final class RecordReader {

  /**
   * Decoded records and the next-page token.
   *
   * @param records the records
   * @param next the next page's cursor or start, null at the end
   */
  public record Listed(List<CrmRecord> records, String next) {}

  private final FieldCatalogs catalogs;

  /** A reader over {@code catalogs}. */
  public RecordReader(FieldCatalogs catalogs) {
    this.catalogs = catalogs;
  }

  /** Decodes one record. */
  public CompletableFuture<CrmRecord> one(String object, Entity entity, Map<String, Object> raw) {
    return all(object, entity, List.of(raw)).thenApply(list -> list.get(0));
  }

  /** Decodes a list answer. */
  public CompletableFuture<Listed> list(String object, Entity entity, Dtos.ListEnvelope env) {
    return all(object, entity, env.records())
        .thenApply(records -> new Listed(records, Paging.next(env.additionalData())));
  }

  /** Decodes raw records. */
  public CompletableFuture<List<CrmRecord>> all(
      String object, Entity entity, List<Map<String, Object>> raws) {
    return catalogs
        .of(entity)
        .thenCompose(
            catalog ->
                raws.stream().anyMatch(r -> RecordDecoder.hasUnknownField(r, catalog))
                    ? catalogs.refresh(entity)
                    : CompletableFuture.completedFuture(catalog))
        .thenApply(
            catalog -> {
              List<CrmRecord> out = new ArrayList<>(raws.size());
              raws.forEach(r -> out.add(RecordDecoder.decode(object, entity, r, catalog)));
              return out;
            });
  }
}
