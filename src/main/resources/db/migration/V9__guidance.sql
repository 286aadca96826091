-- Guidance: publications of higher levels (circulars, guidelines, manuals, FAQ) with their legal
-- basis, validity, audience and life cycle (DRAFT -> PUBLISHED -> SUPERSEDED | WITHDRAWN), and
-- the read receipts of the people in the audience. The organisation is the publishing one;
-- level is kept on the row because imported guidance may come without an organisation.
-- audience_network = TRUE: the whole network; otherwise the chosen Atria and/or levels.

CREATE TABLE guidance (
  id               BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind             VARCHAR(20) NOT NULL,
  title            VARCHAR(200) NOT NULL,
  summary          VARCHAR(1000) NULL,
  body             MEDIUMTEXT NOT NULL,
  body_html        MEDIUMTEXT NOT NULL,
  status           VARCHAR(20) NOT NULL,
  level            VARCHAR(20) NOT NULL,
  organisation_id  BIGINT NULL,
  effective_from   DATE NULL,
  valid_until      DATE NULL,
  audience_network BOOLEAN NOT NULL DEFAULT TRUE,
  superseded_by_id BIGINT NULL,
  withdrawn_reason VARCHAR(1000) NULL,
  published_at     TIMESTAMP(3) NULL,
  superseded_at    TIMESTAMP(3) NULL,
  withdrawn_at     TIMESTAMP(3) NULL,
  created_at       TIMESTAMP(3) NOT NULL,
  created_by       BIGINT NOT NULL,
  updated_at       TIMESTAMP(3) NOT NULL,
  updated_by       BIGINT NOT NULL,
  version          BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_guidance_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_guidance_superseded_by FOREIGN KEY (superseded_by_id) REFERENCES guidance (id),
  CONSTRAINT fk_guidance_created_by FOREIGN KEY (created_by) REFERENCES account (id),
  CONSTRAINT fk_guidance_updated_by FOREIGN KEY (updated_by) REFERENCES account (id),
  CONSTRAINT ck_guidance_kind CHECK (kind IN ('CIRCULAR', 'GUIDELINE', 'MANUAL', 'FAQ')),
  CONSTRAINT ck_guidance_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED', 'WITHDRAWN')),
  CONSTRAINT ck_guidance_level CHECK (level IN ('FLEMISH', 'PROVINCIAL', 'MUNICIPAL')),
  CONSTRAINT ck_guidance_validity CHECK (valid_until IS NULL OR effective_from IS NULL OR valid_until >= effective_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_guidance_status_published ON guidance (status, published_at, id);
CREATE INDEX ix_guidance_level_status ON guidance (level, status);
CREATE INDEX ix_guidance_organisation_status ON guidance (organisation_id, status);
CREATE INDEX ix_guidance_effective ON guidance (effective_from);

CREATE TABLE guidance_legal_basis (
  guidance_id BIGINT NOT NULL,
  position    INT NOT NULL,
  reference   VARCHAR(200) NOT NULL,
  PRIMARY KEY (guidance_id, position),
  CONSTRAINT fk_guidance_legal_basis_guidance FOREIGN KEY (guidance_id) REFERENCES guidance (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE guidance_tag (
  guidance_id BIGINT NOT NULL,
  tag         VARCHAR(50) NOT NULL,
  PRIMARY KEY (guidance_id, tag),
  CONSTRAINT fk_guidance_tag_guidance FOREIGN KEY (guidance_id) REFERENCES guidance (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_guidance_tag_tag ON guidance_tag (tag);

CREATE TABLE guidance_audience_atrium (
  guidance_id BIGINT NOT NULL,
  atrium_id   BIGINT NOT NULL,
  PRIMARY KEY (guidance_id, atrium_id),
  CONSTRAINT fk_guidance_audience_atrium_guidance FOREIGN KEY (guidance_id) REFERENCES guidance (id) ON DELETE CASCADE,
  CONSTRAINT fk_guidance_audience_atrium_atrium FOREIGN KEY (atrium_id) REFERENCES atrium (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_guidance_audience_atrium ON guidance_audience_atrium (atrium_id);

CREATE TABLE guidance_audience_level (
  guidance_id BIGINT NOT NULL,
  level       VARCHAR(20) NOT NULL,
  PRIMARY KEY (guidance_id, level),
  CONSTRAINT fk_guidance_audience_level_guidance FOREIGN KEY (guidance_id) REFERENCES guidance (id) ON DELETE CASCADE,
  CONSTRAINT ck_guidance_audience_level CHECK (level IN ('FLEMISH', 'PROVINCIAL', 'MUNICIPAL'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE guidance_read (
  id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  guidance_id BIGINT NOT NULL,
  account_id  BIGINT NOT NULL,
  read_at     TIMESTAMP(3) NOT NULL,
  CONSTRAINT uq_guidance_read UNIQUE (guidance_id, account_id),
  CONSTRAINT fk_guidance_read_guidance FOREIGN KEY (guidance_id) REFERENCES guidance (id) ON DELETE CASCADE,
  CONSTRAINT fk_guidance_read_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_guidance_read_account ON guidance_read (account_id, guidance_id);
