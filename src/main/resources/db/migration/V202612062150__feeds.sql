-- Personal Atom feed tokens: one per account, only the SHA-256 of the secret is kept (the secret
-- is shown once). Removing the row revokes every feed address made with it.
CREATE TABLE feed_token (
  account_id BIGINT NOT NULL PRIMARY KEY,
  token_hash CHAR(64) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  CONSTRAINT uq_feed_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_feed_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
