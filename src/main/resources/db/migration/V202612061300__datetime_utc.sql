-- Moments are kept as DATETIME(3) in UTC instead of TIMESTAMP(3): TIMESTAMP ends on
-- 2038-01-19 03:14:07 UTC (MariaDB before 11.5), DATETIME goes to the year 9999.
--
-- DATETIME carries no time zone: it holds UTC wall-clock time. The application's data source
-- guarantees it (be.atrium.platform.AtriumDataSource: the driver converts in UTC and sets the
-- session time zone to UTC, so DEFAULT CURRENT_TIMESTAMP(3) is UTC too).
--
-- MariaDB converts TIMESTAMP to DATETIME in the session time zone: in UTC, every stored value
-- stays the same instant. Each table is copied once (one ALTER per table). Every column keeps
-- the NULL / NOT NULL and the DEFAULT declared in V1..V11; its indexes stay. MODIFY redefines
-- the whole column, so the ON UPDATE CURRENT_TIMESTAMP that servers with
-- explicit_defaults_for_timestamp=OFF silently gave the first TIMESTAMP column of a table
-- disappears (it rewrote created_at on every update of such a row).

SET @atrium_time_zone = @@session.time_zone;
SET time_zone = '+00:00';

ALTER TABLE platform_setting
  MODIFY updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3);

ALTER TABLE organisation
  MODIFY merged_at DATETIME(3) NULL;

ALTER TABLE atrium
  MODIFY created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3);

ALTER TABLE account
  MODIFY charter_accepted_at DATETIME(3) NULL,
  MODIFY created_at          DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  MODIFY last_login_at       DATETIME(3) NULL,
  MODIFY previous_visit_at   DATETIME(3) NULL;

ALTER TABLE membership
  MODIFY created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3);

ALTER TABLE ontvoogding_condition
  MODIFY updated_at DATETIME(3) NULL;

ALTER TABLE access_token
  MODIFY created_at   DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  MODIFY last_used_at DATETIME(3) NULL,
  MODIFY revoked_at   DATETIME(3) NULL;

ALTER TABLE login_throttle
  MODIFY first_failure_at DATETIME(3) NOT NULL,
  MODIFY locked_until     DATETIME(3) NULL;

ALTER TABLE audit_entry
  MODIFY at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3);

ALTER TABLE board
  MODIFY created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3);

ALTER TABLE discussion_thread
  MODIFY created_at       DATETIME(3) NOT NULL,
  MODIFY last_activity_at DATETIME(3) NOT NULL;

ALTER TABLE post
  MODIFY created_at   DATETIME(3) NOT NULL,
  MODIFY edited_at    DATETIME(3) NULL,
  MODIFY withdrawn_at DATETIME(3) NULL,
  MODIFY hidden_at    DATETIME(3) NULL;

ALTER TABLE post_revision
  MODIFY created_at DATETIME(3) NOT NULL;

ALTER TABLE post_vote
  MODIFY created_at DATETIME(3) NOT NULL;

ALTER TABLE thread_read
  MODIFY last_read_at DATETIME(3) NOT NULL;

ALTER TABLE outbox_event
  MODIFY created_at   DATETIME(3) NOT NULL,
  MODIFY processed_at DATETIME(3) NULL;

ALTER TABLE import_source
  MODIFY imported_at DATETIME(3) NOT NULL;

ALTER TABLE post_flag
  MODIFY created_at  DATETIME(3) NOT NULL,
  MODIFY resolved_at DATETIME(3) NULL;

ALTER TABLE attachment
  MODIFY created_at DATETIME(3) NOT NULL;

ALTER TABLE wiki_page
  MODIFY created_at DATETIME(3) NOT NULL,
  MODIFY updated_at DATETIME(3) NOT NULL;

ALTER TABLE wiki_revision
  MODIFY created_at DATETIME(3) NOT NULL;

ALTER TABLE guidance
  MODIFY published_at  DATETIME(3) NULL,
  MODIFY superseded_at DATETIME(3) NULL,
  MODIFY withdrawn_at  DATETIME(3) NULL,
  MODIFY created_at    DATETIME(3) NOT NULL,
  MODIFY updated_at    DATETIME(3) NOT NULL;

ALTER TABLE guidance_read
  MODIFY read_at DATETIME(3) NOT NULL;

ALTER TABLE thread_knowledge
  MODIFY created_at DATETIME(3) NOT NULL;

ALTER TABLE practice_case
  MODIFY created_at     DATETIME(3) NOT NULL,
  MODIFY updated_at     DATETIME(3) NOT NULL,
  MODIFY highlighted_at DATETIME(3) NULL;

SET time_zone = @atrium_time_zone;
