-- The outbox becomes readable: who made each change, and a cursor per consumer and node.
-- outbox_event.processed_at is no longer written (one flag cannot serve several consumers); it
-- stays until a later release drops it, so the previous version keeps running during an upgrade.
ALTER TABLE outbox_event ADD COLUMN actor_id BIGINT NULL;

CREATE TABLE outbox_cursor (
  consumer   VARCHAR(80)  NOT NULL,
  node       VARCHAR(80)  NOT NULL,
  position   BIGINT       NOT NULL,
  updated_at DATETIME(3)  NOT NULL,
  PRIMARY KEY (consumer, node)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_created ON outbox_event (created_at);
