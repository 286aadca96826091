-- Discussions: boards (one per Atrium, network-wide theme boards, expert boards of higher
-- levels), threads (questions and discussions), posts with revisions, helpful votes, tags,
-- read positions, and the outbox that search and notifications will read.

CREATE TABLE board (
  id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug         VARCHAR(80) NOT NULL,
  name         VARCHAR(200) NOT NULL,
  description  TEXT NULL,
  kind         VARCHAR(20) NOT NULL,
  atrium_id    BIGINT NULL,
  expert_level VARCHAR(20) NULL,
  created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version      BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_board_slug UNIQUE (slug),
  CONSTRAINT uq_board_atrium UNIQUE (atrium_id),
  CONSTRAINT fk_board_atrium FOREIGN KEY (atrium_id) REFERENCES atrium (id) ON DELETE CASCADE,
  CONSTRAINT ck_board_kind CHECK (kind IN ('ATRIUM', 'THEME', 'EXPERT')),
  CONSTRAINT ck_board_level CHECK (expert_level IS NULL OR expert_level IN ('FLEMISH', 'PROVINCIAL'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every existing Atrium gets its board.
INSERT INTO board (slug, name, kind, atrium_id) SELECT slug, name, 'ATRIUM', id FROM atrium;

CREATE TABLE discussion_thread (
  id                 BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  board_id           BIGINT NOT NULL,
  origin_board_id    BIGINT NULL,
  kind               VARCHAR(20) NOT NULL,
  title              VARCHAR(200) NOT NULL,
  author_id          BIGINT NOT NULL,
  author_org_id      BIGINT NULL,
  live_procedure     BOOLEAN NOT NULL DEFAULT FALSE,
  locked             BOOLEAN NOT NULL DEFAULT FALSE,
  pinned             BOOLEAN NOT NULL DEFAULT FALSE,
  accepted_post_id   BIGINT NULL,
  merged_into_id     BIGINT NULL,
  reply_count        INT NOT NULL DEFAULT 0,
  created_at         TIMESTAMP(3) NOT NULL,
  last_activity_at   TIMESTAMP(3) NOT NULL,
  last_poster_id     BIGINT NULL,
  version            BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_thread_board FOREIGN KEY (board_id) REFERENCES board (id),
  CONSTRAINT fk_thread_origin FOREIGN KEY (origin_board_id) REFERENCES board (id),
  CONSTRAINT fk_thread_author FOREIGN KEY (author_id) REFERENCES account (id),
  CONSTRAINT fk_thread_author_org FOREIGN KEY (author_org_id) REFERENCES organisation (id),
  CONSTRAINT fk_thread_merged FOREIGN KEY (merged_into_id) REFERENCES discussion_thread (id),
  CONSTRAINT fk_thread_last_poster FOREIGN KEY (last_poster_id) REFERENCES account (id),
  CONSTRAINT ck_thread_kind CHECK (kind IN ('QUESTION', 'DISCUSSION'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_thread_board_activity ON discussion_thread (board_id, pinned, last_activity_at);
CREATE INDEX ix_thread_author ON discussion_thread (author_id);

CREATE TABLE post (
  id              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  thread_id       BIGINT NOT NULL,
  author_id       BIGINT NOT NULL,
  author_org_id   BIGINT NULL,
  opening         BOOLEAN NOT NULL DEFAULT FALSE,
  body            MEDIUMTEXT NOT NULL,
  body_html       MEDIUMTEXT NOT NULL,
  quoted_post_id  BIGINT NULL,
  created_at      TIMESTAMP(3) NOT NULL,
  edited_at       TIMESTAMP(3) NULL,
  revision_count  INT NOT NULL DEFAULT 1,
  helpful_count   INT NOT NULL DEFAULT 0,
  withdrawn_at    TIMESTAMP(3) NULL,
  hidden_at       TIMESTAMP(3) NULL,
  hidden_by       VARCHAR(60) NULL,
  version         BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_post_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id),
  CONSTRAINT fk_post_author FOREIGN KEY (author_id) REFERENCES account (id),
  CONSTRAINT fk_post_author_org FOREIGN KEY (author_org_id) REFERENCES organisation (id),
  CONSTRAINT fk_post_quoted FOREIGN KEY (quoted_post_id) REFERENCES post (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_post_thread_created ON post (thread_id, created_at, id);
CREATE INDEX ix_post_author ON post (author_id);

ALTER TABLE discussion_thread
  ADD CONSTRAINT fk_thread_accepted FOREIGN KEY (accepted_post_id) REFERENCES post (id);

CREATE TABLE post_revision (
  id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  post_id     BIGINT NOT NULL,
  revision_no INT NOT NULL,
  body        MEDIUMTEXT NOT NULL,
  editor_id   BIGINT NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL,
  CONSTRAINT uq_post_revision UNIQUE (post_id, revision_no),
  CONSTRAINT fk_revision_post FOREIGN KEY (post_id) REFERENCES post (id),
  CONSTRAINT fk_revision_editor FOREIGN KEY (editor_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE post_vote (
  post_id    BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (post_id, account_id),
  CONSTRAINT fk_vote_post FOREIGN KEY (post_id) REFERENCES post (id),
  CONSTRAINT fk_vote_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE thread_tag (
  thread_id BIGINT NOT NULL,
  tag       VARCHAR(50) NOT NULL,
  PRIMARY KEY (thread_id, tag),
  CONSTRAINT fk_tag_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_thread_tag_tag ON thread_tag (tag);

CREATE TABLE thread_read (
  thread_id      BIGINT NOT NULL,
  account_id     BIGINT NOT NULL,
  last_read_at   TIMESTAMP(3) NOT NULL,
  last_post_id   BIGINT NULL,
  PRIMARY KEY (account_id, thread_id),
  CONSTRAINT fk_read_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id) ON DELETE CASCADE,
  CONSTRAINT fk_read_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Changes that search, notifications and feeds pick up after commit (written in the same
-- transaction as the change itself).
CREATE TABLE outbox_event (
  id             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  created_at     TIMESTAMP(3) NOT NULL,
  aggregate_type VARCHAR(40) NOT NULL,
  aggregate_id   BIGINT NOT NULL,
  event_type     VARCHAR(40) NOT NULL,
  processed_at   TIMESTAMP(3) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_outbox_unprocessed ON outbox_event (processed_at, id);

-- Imported items by their source id, so importing the same corpus again updates, never duplicates.
CREATE TABLE import_source (
  source_id   VARCHAR(200) NOT NULL PRIMARY KEY,
  item_type   VARCHAR(20) NOT NULL,
  entity_id   BIGINT NOT NULL,
  imported_at TIMESTAMP(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE account ADD COLUMN previous_visit_at TIMESTAMP(3) NULL;
