-- Foundation schema: the network (organisations, Atria, memberships, ontvoogding)
-- and identity (accounts, access tokens, login throttling, audit).

CREATE TABLE platform_setting (
  setting_key   VARCHAR(100) NOT NULL PRIMARY KEY,
  setting_value VARCHAR(1000) NOT NULL,
  updated_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE organisation (
  id                 BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name               VARCHAR(200) NOT NULL,
  level              VARCHAR(20) NOT NULL,
  nis_code           VARCHAR(10) NULL,
  arrondissement_nis VARCHAR(10) NULL,
  arrondissement     VARCHAR(100) NULL,
  province_id        BIGINT NULL,
  merged_into_id     BIGINT NULL,
  merged_at          TIMESTAMP(3) NULL,
  version            BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_organisation_nis UNIQUE (nis_code),
  CONSTRAINT fk_organisation_province FOREIGN KEY (province_id) REFERENCES organisation (id),
  CONSTRAINT fk_organisation_merged FOREIGN KEY (merged_into_id) REFERENCES organisation (id),
  CONSTRAINT ck_organisation_level CHECK (level IN ('FLEMISH', 'PROVINCIAL', 'MUNICIPAL'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_organisation_level_name ON organisation (level, name);

CREATE TABLE atrium (
  id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug         VARCHAR(80) NOT NULL,
  name         VARCHAR(200) NOT NULL,
  description  TEXT NULL,
  kind         VARCHAR(20) NOT NULL,
  members_only BOOLEAN NOT NULL DEFAULT FALSE,
  province_id  BIGINT NULL,
  created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  version      BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_atrium_slug UNIQUE (slug),
  CONSTRAINT fk_atrium_province FOREIGN KEY (province_id) REFERENCES organisation (id),
  CONSTRAINT ck_atrium_kind CHECK (kind IN ('REGIONAL', 'THEMATIC', 'CENTRAL_CITIES', 'PROVINCIAL', 'MANDATARIES'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE atrium_municipality (
  atrium_id       BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  PRIMARY KEY (atrium_id, organisation_id),
  CONSTRAINT fk_atrium_municipality_atrium FOREIGN KEY (atrium_id) REFERENCES atrium (id) ON DELETE CASCADE,
  CONSTRAINT fk_atrium_municipality_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_atrium_municipality_org ON atrium_municipality (organisation_id);

CREATE TABLE account (
  id                  BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username            VARCHAR(60) NOT NULL,
  display_name        VARCHAR(150) NOT NULL,
  email               VARCHAR(254) NULL,
  organisation_id     BIGINT NULL,
  language            VARCHAR(5) NOT NULL DEFAULT 'nl',
  role                VARCHAR(30) NOT NULL,
  password_hash       VARCHAR(255) NULL,
  enabled             BOOLEAN NOT NULL DEFAULT TRUE,
  placeholder         BOOLEAN NOT NULL DEFAULT FALSE,
  charter_accepted_at TIMESTAMP(3) NULL,
  created_at          TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  last_login_at       TIMESTAMP(3) NULL,
  version             BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_account_username UNIQUE (username),
  CONSTRAINT fk_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT ck_account_role CHECK (role IN ('OFFICIAL', 'RELATIONSHIP_MANAGER', 'ADMINISTRATOR')),
  CONSTRAINT ck_account_language CHECK (language IN ('nl', 'en'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_account_organisation ON account (organisation_id);

CREATE TABLE membership (
  id         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  atrium_id  BIGINT NOT NULL,
  account_id BIGINT NOT NULL,
  role       VARCHAR(20) NOT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT uq_membership UNIQUE (atrium_id, account_id),
  CONSTRAINT fk_membership_atrium FOREIGN KEY (atrium_id) REFERENCES atrium (id) ON DELETE CASCADE,
  CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT ck_membership_role CHECK (role IN ('MEMBER', 'MODERATOR'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_membership_account ON membership (account_id);

CREATE TABLE managed_municipality (
  account_id      BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  PRIMARY KEY (account_id, organisation_id),
  CONSTRAINT fk_managed_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_managed_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_managed_org ON managed_municipality (organisation_id);

CREATE TABLE ontvoogding_condition (
  id              BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT NOT NULL,
  condition_kind  VARCHAR(30) NOT NULL,
  status          VARCHAR(20) NOT NULL,
  status_date     DATE NULL,
  note            VARCHAR(1000) NULL,
  updated_by      VARCHAR(60) NULL,
  updated_at      TIMESTAMP(3) NULL,
  version         BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT uq_ontvoogding UNIQUE (organisation_id, condition_kind),
  CONSTRAINT fk_ontvoogding_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT ck_ontvoogding_kind CHECK (condition_kind IN ('STRUCTURE_PLAN', 'PLANNING_OFFICIAL', 'PLANS_REGISTER', 'PERMITS_REGISTER', 'UNDEVELOPED_PLOTS_REGISTER')),
  CONSTRAINT ck_ontvoogding_status CHECK (status IN ('UNKNOWN', 'NOT_MET', 'IN_PROGRESS', 'MET'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE access_token (
  id           BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id   BIGINT NOT NULL,
  name         VARCHAR(100) NOT NULL,
  token_hash   CHAR(64) NOT NULL,
  created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  last_used_at TIMESTAMP(3) NULL,
  revoked_at   TIMESTAMP(3) NULL,
  CONSTRAINT uq_access_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_access_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_access_token_account ON access_token (account_id);

CREATE TABLE login_throttle (
  throttle_key     VARCHAR(200) NOT NULL PRIMARY KEY,
  failures         INT NOT NULL,
  first_failure_at TIMESTAMP(3) NOT NULL,
  locked_until     TIMESTAMP(3) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
  id       BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  actor    VARCHAR(60) NOT NULL,
  action   VARCHAR(60) NOT NULL,
  subject  VARCHAR(200) NOT NULL,
  detail   VARCHAR(2000) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_audit_at ON audit_entry (at);
