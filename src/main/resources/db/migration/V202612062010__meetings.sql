-- Meetings (samenkomsten) of an Atrium: when and where (a place, an online link or both), the
-- agenda (Markdown with the sanitised HTML made from it), PLANNED or CANCELLED. uid and sequence
-- are the iCalendar UID (never changes) and SEQUENCE (grows with every change a calendar must
-- follow). version is the optimistic lock of the details, which several organisers may edit.
--
-- Invitations: who is invited (all members at creation, or a chosen subset), their answer
-- (YES/NO/MAYBE, NULL: not answered yet) and, afterwards, their attendance (PRESENT/ABSENT,
-- recorded by an organiser). Each person answers only their own row: no lock needed.
--
-- Tasks: the shares of the work (hosting a group, writing the report, ...), each assigned to a
-- member with a due day, OPEN or DONE.
--
-- Report (verslag): one per meeting, written once the meeting has started; what was discussed,
-- not an agreement of the network. Its own version: two writers may edit the same text.
--
-- Calendar feeds: one secret per account for the personal feed of all meetings of its Atria;
-- only the SHA-256 hash of the secret is stored; regenerating replaces it, revoking deletes it.
-- All moments are DATETIME(3) in UTC (V202612061300).

CREATE TABLE meeting (
  id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  atrium_id    BIGINT NOT NULL,
  uid          VARCHAR(100) NOT NULL,
  title        VARCHAR(200) NOT NULL,
  starts_at    DATETIME(3) NOT NULL,
  ends_at      DATETIME(3) NOT NULL,
  place        VARCHAR(300) NULL,
  online_url   VARCHAR(1000) NULL,
  agenda       MEDIUMTEXT NULL,
  agenda_html  MEDIUMTEXT NULL,
  status       VARCHAR(20) NOT NULL,
  sequence_no  INT NOT NULL DEFAULT 0,
  organiser_id BIGINT NOT NULL,
  created_at   DATETIME(3) NOT NULL,
  updated_at   DATETIME(3) NOT NULL,
  updated_by   BIGINT NOT NULL,
  version      BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_meeting_uid UNIQUE (uid),
  CONSTRAINT fk_meeting_atrium FOREIGN KEY (atrium_id) REFERENCES atrium (id),
  CONSTRAINT fk_meeting_organiser FOREIGN KEY (organiser_id) REFERENCES account (id),
  CONSTRAINT fk_meeting_updated_by FOREIGN KEY (updated_by) REFERENCES account (id),
  CONSTRAINT ck_meeting_status CHECK (status IN ('PLANNED', 'CANCELLED')),
  CONSTRAINT ck_meeting_times CHECK (ends_at > starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_meeting_atrium_start ON meeting (atrium_id, starts_at);
CREATE INDEX ix_meeting_start ON meeting (starts_at);

CREATE TABLE meeting_invitation (
  id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  meeting_id  BIGINT NOT NULL,
  account_id  BIGINT NOT NULL,
  answer      VARCHAR(10) NULL,
  answered_at DATETIME(3) NULL,
  attendance  VARCHAR(10) NULL,
  CONSTRAINT uq_meeting_invitation UNIQUE (meeting_id, account_id),
  CONSTRAINT fk_invitation_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
  CONSTRAINT fk_invitation_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT ck_invitation_answer CHECK (answer IS NULL OR answer IN ('YES', 'NO', 'MAYBE')),
  CONSTRAINT ck_invitation_attendance CHECK (attendance IS NULL OR attendance IN ('PRESENT', 'ABSENT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_invitation_account ON meeting_invitation (account_id);

CREATE TABLE meeting_task (
  id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  meeting_id  BIGINT NOT NULL,
  kind        VARCHAR(30) NOT NULL,
  description VARCHAR(1000) NULL,
  assignee_id BIGINT NOT NULL,
  due         DATE NULL,
  status      VARCHAR(10) NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  created_by  BIGINT NOT NULL,
  done_at     DATETIME(3) NULL,
  CONSTRAINT fk_task_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
  CONSTRAINT fk_task_assignee FOREIGN KEY (assignee_id) REFERENCES account (id),
  CONSTRAINT fk_task_created_by FOREIGN KEY (created_by) REFERENCES account (id),
  CONSTRAINT ck_task_kind CHECK (kind IN ('HOST_GROUP', 'WRITE_REPORT', 'FORWARD_DOCUMENTS', 'ANSWER_QUESTIONS', 'OTHER')),
  CONSTRAINT ck_task_status CHECK (status IN ('OPEN', 'DONE')),
  CONSTRAINT ck_task_done CHECK ((status = 'DONE') = (done_at IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_task_meeting ON meeting_task (meeting_id);
CREATE INDEX ix_task_assignee_status ON meeting_task (assignee_id, status, due);

CREATE TABLE meeting_report (
  id         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  meeting_id BIGINT NOT NULL,
  body       MEDIUMTEXT NOT NULL,
  body_html  MEDIUMTEXT NOT NULL,
  author_id  BIGINT NOT NULL,
  written_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  updated_by BIGINT NOT NULL,
  version    BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_meeting_report UNIQUE (meeting_id),
  CONSTRAINT fk_report_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
  CONSTRAINT fk_report_author FOREIGN KEY (author_id) REFERENCES account (id),
  CONSTRAINT fk_report_updated_by FOREIGN KEY (updated_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE meeting_calendar_feed (
  account_id BIGINT NOT NULL PRIMARY KEY,
  token_hash CHAR(64) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  CONSTRAINT uq_calendar_feed_hash UNIQUE (token_hash),
  CONSTRAINT fk_calendar_feed_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
