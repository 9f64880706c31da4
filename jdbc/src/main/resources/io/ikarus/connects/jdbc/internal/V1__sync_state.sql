-- Sync state of SyncJobs: checkpoints, links and pending records, keyed by job.
-- ${prefix} is the table prefix; ${text} the dialect's unbounded text type.
CREATE TABLE ${prefix}sync_checkpoint (
  job        VARCHAR(255) NOT NULL,
  side       VARCHAR(6)   NOT NULL,
  checkpoint ${text}      NOT NULL,
  PRIMARY KEY (job, side)
);
CREATE TABLE ${prefix}sync_link (
  job         VARCHAR(255) NOT NULL,
  source_id   VARCHAR(255) NOT NULL,
  target_id   VARCHAR(255) NOT NULL,
  source_hash VARCHAR(128) NOT NULL,
  target_hash VARCHAR(128) NOT NULL,
  base        ${text},
  PRIMARY KEY (job, source_id)
);
CREATE UNIQUE INDEX ${prefix}sync_link_target ON ${prefix}sync_link (job, target_id);
CREATE TABLE ${prefix}sync_pending (
  job         VARCHAR(255) NOT NULL,
  side        VARCHAR(6)   NOT NULL,
  record_id   VARCHAR(255) NOT NULL,
  intent_hash VARCHAR(128),
  seq         BIGINT       NOT NULL,
  PRIMARY KEY (job, side, record_id)
);
CREATE INDEX ${prefix}sync_pending_seq ON ${prefix}sync_pending (job, seq);
-- The portable job lock: one row per job, leased to one owner until lease_until (epoch ms).
CREATE TABLE ${prefix}sync_lock (
  job         VARCHAR(255) NOT NULL PRIMARY KEY,
  owner       VARCHAR(64),
  lease_until BIGINT
);
