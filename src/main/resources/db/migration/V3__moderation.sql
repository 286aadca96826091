-- Moderation: flags on posts (one open flag per person per post, checked by the service),
-- and the network-wide boards: an expert board per province and one of the Flemish
-- government (escalated questions go there), plus two theme boards.

CREATE TABLE post_flag (
  id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  post_id     BIGINT NOT NULL,
  reporter_id BIGINT NOT NULL,
  reason      VARCHAR(20) NOT NULL,
  note        VARCHAR(1000) NULL,
  created_at  TIMESTAMP(3) NOT NULL,
  resolved_at TIMESTAMP(3) NULL,
  resolved_by BIGINT NULL,
  decision    VARCHAR(20) NULL,
  version     BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT fk_flag_post FOREIGN KEY (post_id) REFERENCES post (id),
  CONSTRAINT fk_flag_reporter FOREIGN KEY (reporter_id) REFERENCES account (id),
  CONSTRAINT fk_flag_resolver FOREIGN KEY (resolved_by) REFERENCES account (id),
  CONSTRAINT ck_flag_reason CHECK (reason IN ('LIVE_PROCEDURE', 'PERSONAL_DATA', 'OFF_TOPIC', 'DISRESPECTFUL', 'SPAM')),
  CONSTRAINT ck_flag_decision CHECK (decision IS NULL OR decision IN ('HIDE_POST', 'DISMISS')),
  CONSTRAINT ck_flag_resolved CHECK ((resolved_at IS NULL) = (decision IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_flag_post_reporter ON post_flag (post_id, reporter_id, resolved_at);
CREATE INDEX ix_flag_open ON post_flag (resolved_at, created_at);

INSERT INTO board (slug, name, description, kind, expert_level) VALUES
  ('expert-antwerpen', 'Expertenbord provincie Antwerpen',
   'Vragen die de provincie Antwerpen beantwoordt, doorverwezen vanuit de Atria.', 'EXPERT', 'PROVINCIAL'),
  ('expert-limburg', 'Expertenbord provincie Limburg',
   'Vragen die de provincie Limburg beantwoordt, doorverwezen vanuit de Atria.', 'EXPERT', 'PROVINCIAL'),
  ('expert-oost-vlaanderen', 'Expertenbord provincie Oost-Vlaanderen',
   'Vragen die de provincie Oost-Vlaanderen beantwoordt, doorverwezen vanuit de Atria.', 'EXPERT', 'PROVINCIAL'),
  ('expert-vlaams-brabant', 'Expertenbord provincie Vlaams-Brabant',
   'Vragen die de provincie Vlaams-Brabant beantwoordt, doorverwezen vanuit de Atria.', 'EXPERT', 'PROVINCIAL'),
  ('expert-west-vlaanderen', 'Expertenbord provincie West-Vlaanderen',
   'Vragen die de provincie West-Vlaanderen beantwoordt, doorverwezen vanuit de Atria.', 'EXPERT', 'PROVINCIAL'),
  ('expert-vlaanderen', 'Expertenbord Vlaamse overheid',
   'Vragen die het Vlaamse agentschap beantwoordt, doorverwezen vanuit de Atria en de provincies.', 'EXPERT', 'FLEMISH');

INSERT INTO board (slug, name, description, kind) VALUES
  ('thema-omgevingsvergunning', 'Thema omgevingsvergunning',
   'Netwerkbreed: procedures, adviezen en beroep bij de omgevingsvergunning.', 'THEME'),
  ('thema-ruimtelijke-planning', 'Thema ruimtelijke planning',
   'Netwerkbreed: RUP''s, beleidsplannen, structuurplanning en verordeningen.', 'THEME');
