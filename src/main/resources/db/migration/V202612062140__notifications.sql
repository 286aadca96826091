-- In-app notifications and subscriptions (issue 12).
--
-- notification: one line in a person's list ("Jan antwoordde op je vraag ..."), made from an outbox
-- event by the notification consumer (notify.NotificationFanOut). title is the title of the place as
-- the recipient may see it, path the place below the context root. source_key says what made it
-- (the outbox event and the kind, or the task for an assignment): unique per recipient, so an event
-- handed twice (a crash, a second node) never notifies twice. read_at NULL: unread.
--
-- subscription: what a person chose to watch (a thread, a board, a tag, a wiki page, a guidance
-- series) and, per Atrium, how much (EVERYTHING, NEW_THREADS, NOTHING). level NOTHING on a thread is
-- "niet meer volgen" for a thread one watches by default (one's own, one answered). target_id is the
-- id of the thread, board, wiki page, guidance or Atrium; target_tag the tag (target_id 0 then), so
-- that one unique key covers every kind of target.
-- All moments are DATETIME(3) in UTC (V202612061300).

CREATE TABLE notification (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recipient_id BIGINT       NOT NULL,
  kind         VARCHAR(30)  NOT NULL,
  title        VARCHAR(300) NOT NULL,
  path         VARCHAR(500) NOT NULL,
  actor_id     BIGINT       NULL,
  source_key   VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at   DATETIME(3)  NOT NULL,
  read_at      DATETIME(3)  NULL,
  CONSTRAINT uq_notification_source UNIQUE (recipient_id, source_key),
  CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_notification_actor FOREIGN KEY (actor_id) REFERENCES account (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- the list (newest first) and the unread count of one person
CREATE INDEX ix_notification_recipient ON notification (recipient_id, id);
CREATE INDEX ix_notification_unread ON notification (recipient_id, read_at);

CREATE TABLE subscription (
  id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id  BIGINT      NOT NULL,
  target_kind VARCHAR(20) NOT NULL,
  target_id   BIGINT      NOT NULL DEFAULT 0,
  target_tag  VARCHAR(50) NOT NULL DEFAULT '',
  level       VARCHAR(20) NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  CONSTRAINT uq_subscription_target UNIQUE (account_id, target_kind, target_id, target_tag),
  CONSTRAINT fk_subscription_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT ck_subscription_kind CHECK (target_kind IN ('THREAD', 'BOARD', 'TAG', 'WIKI_PAGE', 'GUIDANCE_SERIES',
                                                         'ATRIUM')),
  CONSTRAINT ck_subscription_level CHECK (level IN ('EVERYTHING', 'NEW_THREADS', 'NOTHING'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- who watches a target (fan-out)
CREATE INDEX ix_subscription_target ON subscription (target_kind, target_id, target_tag);
