-- Files attached to posts: images shown inline, other files as links. The bytes live under the
-- data dir (files/, content-addressed by SHA-256); this table says which post they belong to,
-- under which name, with the media type detected from the content (never the one claimed).

CREATE TABLE attachment (
  id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  post_id      BIGINT NOT NULL,
  filename     VARCHAR(200) NOT NULL,
  media_type   VARCHAR(100) NOT NULL,
  size_bytes   BIGINT NOT NULL,
  storage_key  VARCHAR(100) NOT NULL,
  sha256       CHAR(64) NOT NULL,
  uploader_id  BIGINT NOT NULL,
  created_at   TIMESTAMP(3) NOT NULL,
  CONSTRAINT fk_attachment_post FOREIGN KEY (post_id) REFERENCES post (id),
  CONSTRAINT fk_attachment_uploader FOREIGN KEY (uploader_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_attachment_post ON attachment (post_id, id);
CREATE INDEX ix_attachment_sha ON attachment (sha256);
