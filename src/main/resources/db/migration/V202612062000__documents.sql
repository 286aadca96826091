-- The document library (issue 11): shared files with versions and metadata, per Atrium
-- (atrium_id NULL = network-wide), in folders. A folder is a normalised path ("Verslagen/2025",
-- '' = the library's top), as a SharePoint user reads it in the breadcrumb; folders exist as
-- long as a document is in them.
--
-- A document keeps every version; the newest (current_version) is the one shown and downloaded
-- by default. Restoring an older version adds a new newest version pointing at the same stored
-- bytes (storage_key, sha256: the content-addressed files of V4, shared with attachments).
-- Deleting is soft: deleted_at / deleted_by put a document in its Atrium's bin.
--
-- file_text: the text extracted from a stored file, once per content (SHA-256), for search.
-- Every stored file of a document or an attachment has a row; a background worker turns
-- PENDING into DONE (text, capped) or UNAVAILABLE (reason: encrypted, broken, bomb, ...).
-- Files attached before this migration get a PENDING row, so they are extracted too.

CREATE TABLE document (
  id              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  atrium_id       BIGINT NULL,
  folder          VARCHAR(500) NOT NULL DEFAULT '',
  title           VARCHAR(200) NOT NULL,
  description     TEXT NULL,
  kind            VARCHAR(20) NOT NULL,
  document_date   DATE NULL,
  guidance_id     BIGINT NULL,
  thread_id       BIGINT NULL,
  meeting_id      BIGINT NULL,
  current_version INT NOT NULL,
  created_by      BIGINT NOT NULL,
  created_at      DATETIME(3) NOT NULL,
  updated_by      BIGINT NOT NULL,
  updated_at      DATETIME(3) NOT NULL,
  deleted_at      DATETIME(3) NULL,
  deleted_by      BIGINT NULL,
  version         BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_document_atrium FOREIGN KEY (atrium_id) REFERENCES atrium (id),
  CONSTRAINT fk_document_guidance FOREIGN KEY (guidance_id) REFERENCES guidance (id) ON DELETE SET NULL,
  CONSTRAINT fk_document_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id) ON DELETE SET NULL,
  CONSTRAINT fk_document_created_by FOREIGN KEY (created_by) REFERENCES account (id),
  CONSTRAINT fk_document_updated_by FOREIGN KEY (updated_by) REFERENCES account (id),
  CONSTRAINT fk_document_deleted_by FOREIGN KEY (deleted_by) REFERENCES account (id),
  CONSTRAINT ck_document_kind CHECK (kind IN ('REPORT', 'PRESENTATION', 'PLAN', 'LEGAL_TEXT', 'OTHER')),
  CONSTRAINT ck_document_deleted CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- A folder's list and the bin of an Atrium.
CREATE INDEX ix_document_folder ON document (atrium_id, deleted_at, folder(191), title(100));
CREATE INDEX ix_document_meeting ON document (meeting_id);

CREATE TABLE document_tag (
  document_id BIGINT NOT NULL,
  tag         VARCHAR(50) NOT NULL,
  PRIMARY KEY (document_id, tag),
  CONSTRAINT fk_document_tag_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_document_tag_tag ON document_tag (tag);

CREATE TABLE document_version (
  id            BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  document_id   BIGINT NOT NULL,
  number        INT NOT NULL,
  filename      VARCHAR(200) NOT NULL,
  media_type    VARCHAR(100) NOT NULL,
  size_bytes    BIGINT NOT NULL,
  storage_key   VARCHAR(100) NOT NULL,
  sha256        CHAR(64) NOT NULL,
  comment       VARCHAR(500) NULL,
  restored_from INT NULL,
  uploader_id   BIGINT NOT NULL,
  created_at    DATETIME(3) NOT NULL,
  CONSTRAINT fk_document_version_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
  CONSTRAINT fk_document_version_uploader FOREIGN KEY (uploader_id) REFERENCES account (id),
  CONSTRAINT uq_document_version UNIQUE (document_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_document_version_sha ON document_version (sha256);
CREATE INDEX ix_document_version_key ON document_version (storage_key);

CREATE TABLE file_text (
  sha256       CHAR(64) NOT NULL PRIMARY KEY,
  storage_key  VARCHAR(100) NOT NULL,
  media_type   VARCHAR(100) NOT NULL,
  status       VARCHAR(12) NOT NULL,
  text         MEDIUMTEXT NULL,
  reason       VARCHAR(40) NULL,
  attempts     INT NOT NULL DEFAULT 0,
  created_at   DATETIME(3) NOT NULL,
  extracted_at DATETIME(3) NULL,
  CONSTRAINT ck_file_text_status CHECK (status IN ('PENDING', 'DONE', 'UNAVAILABLE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_file_text_pending ON file_text (status, created_at);

SET @atrium_time_zone = @@session.time_zone;
SET time_zone = '+00:00';
INSERT IGNORE INTO file_text (sha256, storage_key, media_type, status, created_at)
  SELECT sha256, MIN(storage_key), MIN(media_type), 'PENDING', UTC_TIMESTAMP(3) FROM attachment GROUP BY sha256;
SET time_zone = @atrium_time_zone;
