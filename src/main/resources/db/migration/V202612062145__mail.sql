-- E-mail (be.atrium.notify.mail).
--
-- mail_message: the queue. A mail is stored in the transaction that makes it (a notification, a
-- digest) and sent afterwards by a background worker, so a mail server that is down delays mail and
-- loses none. dedupe_key is UNIQUE: the same mail (one notification, one person's digest of one
-- period) is never queued, so never sent, twice. A worker claims due rows with a lease
-- (claimed_by, claimed_until) in one UPDATE, so two nodes never send the same mail; a lease that ran
-- out (a node that died while sending) may be claimed again. Failures are tried again with
-- exponential back-off (next_attempt_at); after the last attempt the mail is FAILED, with its error,
-- until an administrator retries it.
--
-- mail_preference: per account, whether direct notifications are mailed at once and how often the
-- digest comes (NONE, DAILY, WEEKLY); without a row: at once and DAILY. last_digest_at is when the
-- last digest was made, so the next one lists what is new since.
-- All moments are DATETIME(3) in UTC (V202612061300).

CREATE TABLE mail_message (
  id              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id      BIGINT NULL,
  to_address      VARCHAR(254) NOT NULL,
  language        VARCHAR(5) NOT NULL,
  subject         VARCHAR(300) NOT NULL,
  text_body       MEDIUMTEXT NOT NULL,
  html_body       MEDIUMTEXT NOT NULL,
  unsubscribe_url VARCHAR(1000) NULL,
  kind            VARCHAR(40) NOT NULL,
  dedupe_key      VARCHAR(190) NOT NULL,
  status          VARCHAR(20) NOT NULL,
  attempts        INT NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(3) NOT NULL,
  last_error      VARCHAR(1000) NULL,
  claimed_by      VARCHAR(150) NULL,
  claimed_until   DATETIME(3) NULL,
  created_at      DATETIME(3) NOT NULL,
  sent_at         DATETIME(3) NULL,
  CONSTRAINT uq_mail_message_dedupe UNIQUE (dedupe_key),
  CONSTRAINT fk_mail_message_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The worker's question: what is due and not leased (status, then the moment).
CREATE INDEX ix_mail_message_due ON mail_message (status, next_attempt_at);

CREATE TABLE mail_preference (
  account_id     BIGINT NOT NULL PRIMARY KEY,
  immediate      BOOLEAN NOT NULL DEFAULT TRUE,
  digest         VARCHAR(10) NOT NULL DEFAULT 'DAILY',
  last_digest_at DATETIME(3) NULL,
  updated_at     DATETIME(3) NOT NULL,
  CONSTRAINT fk_mail_preference_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
