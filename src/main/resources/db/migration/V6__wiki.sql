-- Knowledge base: wiki pages per Atrium (atrium_id NULL = network-wide) in a hierarchy, every
-- save kept as a revision. title_key is the normalised title (trimmed, single spaces, lower
-- case) that [[Page title]] links look up; it is unique per Atrium and among network-wide
-- pages (atrium_scope folds NULL to 0 because a unique index ignores NULLs).

CREATE TABLE wiki_page (
  id               BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  atrium_id        BIGINT NULL,
  atrium_scope     BIGINT AS (COALESCE(atrium_id, 0)) PERSISTENT,
  parent_id        BIGINT NULL,
  title            VARCHAR(200) NOT NULL,
  title_key        VARCHAR(200) NOT NULL,
  current_revision INT NOT NULL,
  body             MEDIUMTEXT NOT NULL,
  body_html        MEDIUMTEXT NOT NULL,
  created_at       TIMESTAMP(3) NOT NULL,
  created_by       BIGINT NOT NULL,
  updated_at       TIMESTAMP(3) NOT NULL,
  updated_by       BIGINT NOT NULL,
  version          BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_wiki_page_atrium FOREIGN KEY (atrium_id) REFERENCES atrium (id),
  CONSTRAINT fk_wiki_page_parent FOREIGN KEY (parent_id) REFERENCES wiki_page (id),
  CONSTRAINT fk_wiki_page_created_by FOREIGN KEY (created_by) REFERENCES account (id),
  CONSTRAINT fk_wiki_page_updated_by FOREIGN KEY (updated_by) REFERENCES account (id),
  CONSTRAINT uq_wiki_page_title UNIQUE (atrium_scope, title_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wiki_page_atrium_title ON wiki_page (atrium_id, title);
CREATE INDEX ix_wiki_page_parent ON wiki_page (parent_id, title);

CREATE TABLE wiki_revision (
  id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  page_id      BIGINT NOT NULL,
  revision_no  INT NOT NULL,
  title        VARCHAR(200) NOT NULL,
  body         MEDIUMTEXT NOT NULL,
  author_id    BIGINT NOT NULL,
  summary      VARCHAR(300) NULL,
  created_at   TIMESTAMP(3) NOT NULL,
  CONSTRAINT fk_wiki_revision_page FOREIGN KEY (page_id) REFERENCES wiki_page (id) ON DELETE CASCADE,
  CONSTRAINT fk_wiki_revision_author FOREIGN KEY (author_id) REFERENCES account (id),
  CONSTRAINT uq_wiki_revision UNIQUE (page_id, revision_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wiki_page_tag (
  page_id BIGINT NOT NULL,
  tag     VARCHAR(50) NOT NULL,
  PRIMARY KEY (page_id, tag),
  CONSTRAINT fk_wiki_tag_page FOREIGN KEY (page_id) REFERENCES wiki_page (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wiki_page_tag_tag ON wiki_page_tag (tag);
