-- Login throttling per (account name, client address) pair with a growing delay
-- (identity.LoginAttempts): when the last counted attempt was, and how many attempts were
-- refused during the current delay (the first refusal of a delay is audited, not every one).
-- Rows of the old keys ('user:…', 'addr:…') are no longer read and age out of use.
ALTER TABLE login_throttle
  ADD COLUMN last_failure_at DATETIME(3) NULL,
  ADD COLUMN refused         INT NOT NULL DEFAULT 0;

-- A session remembers the generation of its account at login; changing the password raises
-- it, which ends every other session of the account (on every node: it is read per request).
ALTER TABLE account
  ADD COLUMN session_generation INT NOT NULL DEFAULT 0;

-- The client address behind an audited action (platform.web.ClientAddress), when there was one.
ALTER TABLE audit_entry
  ADD COLUMN client_address VARCHAR(45) NULL;
