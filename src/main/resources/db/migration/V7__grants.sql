-- Grants: capabilities given to an account on top of its role. EDITOR edits the network-wide
-- knowledge base (with relationship managers and administrators); PUBLISHER publishes guidance
-- for the account's organisation, which must be of the Flemish or provincial level.

CREATE TABLE account_grant (
  account_id BIGINT NOT NULL,
  grant_name VARCHAR(30) NOT NULL,
  PRIMARY KEY (account_id, grant_name),
  CONSTRAINT fk_account_grant_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
