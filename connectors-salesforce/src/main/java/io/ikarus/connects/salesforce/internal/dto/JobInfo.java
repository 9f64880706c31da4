package io.ikarus.connects.salesforce.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A Bulk API 2.0 ingest or query job's state.
 *
 * @param id the job id
 * @param state {@code Open}, {@code UploadComplete}, {@code InProgress}, {@code JobComplete},
 *     {@code Failed} or {@code Aborted}
 * @param numberRecordsProcessed rows processed so far
 * @param numberRecordsFailed rows that failed (ingest only)
 * @param errorMessage why the job failed, when it did
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobInfo(
    String id,
    String state,
    long numberRecordsProcessed,
    long numberRecordsFailed,
    String errorMessage) {

  /** True when the job will not change state again. */
  public boolean isFinal() {
    return "JobComplete".equals(state) || "Failed".equals(state) || "Aborted".equals(state);
  }

  /** True when the job finished processing (its results can be read). */
  public boolean isComplete() {
    return "JobComplete".equals(state);
  }
}
