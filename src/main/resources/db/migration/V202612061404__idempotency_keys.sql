-- API POSTs sent with an Idempotency-Key: the first answer, kept for 24 hours, so that a retry with
-- the same key by the same caller gets that answer again instead of creating a second post.
-- status is NULL while the first request is still being processed; the unique key makes a
-- concurrent retry wait for it instead of running too. Keys compare exactly (ascii_bin).
CREATE TABLE idempotency_key (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  caller       VARCHAR(100)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  idem_key     VARCHAR(255)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  fingerprint  CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  status       SMALLINT      NULL,
  location     VARCHAR(2000) NULL,
  content_type VARCHAR(255)  NULL,
  body         MEDIUMBLOB    NULL,
  created_at   DATETIME(3)   NOT NULL,
  completed_at DATETIME(3)   NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_idempotency_key (caller, idem_key),
  KEY ix_idempotency_key_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
