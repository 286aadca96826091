-- Practice cases (goede praktijk): a municipality shares how it handled a case. Four Markdown
-- parts, each kept with the sanitised HTML made from it at save time (context is always there;
-- approach is required of people, an imported story may lack it). The case belongs to one
-- municipality, names a contact person, may be shared in one Atrium (its visibility follows that
-- Atrium; NULL = the whole network) and may be highlighted for the whole network.
--
-- A case can show how guidance works out in practice ("hoe deze regel hier uitpakt"):
-- practice_guidance links cases to guidance (V9).
--
-- Attachments stop belonging to posts only: post_id becomes optional, practice_id and
-- guidance_id are added, and a CHECK makes sure every file has exactly one owner.

CREATE TABLE practice_case (
  id              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title           VARCHAR(200) NOT NULL,
  context         MEDIUMTEXT NOT NULL,
  context_html    MEDIUMTEXT NOT NULL,
  approach        MEDIUMTEXT NULL,
  approach_html   MEDIUMTEXT NULL,
  result          MEDIUMTEXT NULL,
  result_html     MEDIUMTEXT NULL,
  lessons         MEDIUMTEXT NULL,
  lessons_html    MEDIUMTEXT NULL,
  municipality_id BIGINT NOT NULL,
  contact_id      BIGINT NOT NULL,
  atrium_id       BIGINT NULL,
  author_id       BIGINT NOT NULL,
  created_at      TIMESTAMP(3) NOT NULL,
  updated_at      TIMESTAMP(3) NOT NULL,
  updated_by      BIGINT NOT NULL,
  highlighted     BOOLEAN NOT NULL DEFAULT FALSE,
  highlighted_at  TIMESTAMP(3) NULL,
  highlighted_by  BIGINT NULL,
  version         BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_practice_municipality FOREIGN KEY (municipality_id) REFERENCES organisation (id),
  CONSTRAINT fk_practice_contact FOREIGN KEY (contact_id) REFERENCES account (id),
  CONSTRAINT fk_practice_atrium FOREIGN KEY (atrium_id) REFERENCES atrium (id),
  CONSTRAINT fk_practice_author FOREIGN KEY (author_id) REFERENCES account (id),
  CONSTRAINT fk_practice_updated_by FOREIGN KEY (updated_by) REFERENCES account (id),
  CONSTRAINT fk_practice_highlighted_by FOREIGN KEY (highlighted_by) REFERENCES account (id),
  CONSTRAINT ck_practice_highlight CHECK (highlighted = (highlighted_at IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- The list: highlighted first, then newest; the home page: latest highlighted.
CREATE INDEX ix_practice_list ON practice_case (highlighted, created_at, id);
CREATE INDEX ix_practice_highlighted_at ON practice_case (highlighted_at);
CREATE INDEX ix_practice_municipality ON practice_case (municipality_id, created_at);
CREATE INDEX ix_practice_atrium ON practice_case (atrium_id, created_at);

CREATE TABLE practice_case_tag (
  practice_id BIGINT NOT NULL,
  tag         VARCHAR(50) NOT NULL,
  PRIMARY KEY (practice_id, tag),
  CONSTRAINT fk_practice_tag_practice FOREIGN KEY (practice_id) REFERENCES practice_case (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_practice_case_tag_tag ON practice_case_tag (tag);

CREATE TABLE practice_guidance (
  practice_id BIGINT NOT NULL,
  guidance_id BIGINT NOT NULL,
  PRIMARY KEY (practice_id, guidance_id),
  CONSTRAINT fk_practice_guidance_practice FOREIGN KEY (practice_id) REFERENCES practice_case (id) ON DELETE CASCADE,
  CONSTRAINT fk_practice_guidance_guidance FOREIGN KEY (guidance_id) REFERENCES guidance (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_practice_guidance_guidance ON practice_guidance (guidance_id, practice_id);

ALTER TABLE attachment
  MODIFY post_id BIGINT NULL,
  ADD COLUMN practice_id BIGINT NULL AFTER post_id,
  ADD COLUMN guidance_id BIGINT NULL AFTER practice_id,
  ADD CONSTRAINT fk_attachment_practice FOREIGN KEY (practice_id) REFERENCES practice_case (id),
  ADD CONSTRAINT fk_attachment_guidance FOREIGN KEY (guidance_id) REFERENCES guidance (id),
  ADD CONSTRAINT ck_attachment_owner
    CHECK ((post_id IS NOT NULL) + (practice_id IS NOT NULL) + (guidance_id IS NOT NULL) = 1);
CREATE INDEX ix_attachment_practice ON attachment (practice_id, id);
CREATE INDEX ix_attachment_guidance ON attachment (guidance_id, id);
