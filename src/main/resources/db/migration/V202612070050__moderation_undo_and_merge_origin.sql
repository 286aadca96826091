-- Moderating (issue 13).
-- A provincial expert board names its province by NIS code, so escalation can preselect the
-- expert board of the Atrium's own province (provinces are reference data loaded at start-up,
-- hence the stable NIS code rather than a foreign key).
ALTER TABLE board ADD COLUMN province_nis VARCHAR(10) NULL;
UPDATE board SET province_nis = '10000' WHERE slug = 'expert-antwerpen';
UPDATE board SET province_nis = '20001' WHERE slug = 'expert-vlaams-brabant';
UPDATE board SET province_nis = '30000' WHERE slug = 'expert-west-vlaanderen';
UPDATE board SET province_nis = '40000' WHERE slug = 'expert-oost-vlaanderen';
UPDATE board SET province_nis = '70000' WHERE slug = 'expert-limburg';

-- The last move or escalation of a thread, while it is the thread's last moderation action, so a
-- moderator can undo it: the board (and origin) it had before, who moved it, and how.
ALTER TABLE discussion_thread
  ADD COLUMN undo_board_id BIGINT NULL,
  ADD COLUMN undo_origin_board_id BIGINT NULL,
  ADD COLUMN undo_by_id BIGINT NULL,
  ADD COLUMN undo_kind VARCHAR(20) NULL,
  ADD CONSTRAINT fk_thread_undo_board FOREIGN KEY (undo_board_id) REFERENCES board (id),
  ADD CONSTRAINT fk_thread_undo_origin FOREIGN KEY (undo_origin_board_id) REFERENCES board (id),
  ADD CONSTRAINT fk_thread_undo_by FOREIGN KEY (undo_by_id) REFERENCES account (id),
  ADD CONSTRAINT ck_thread_undo_kind CHECK (undo_kind IS NULL OR undo_kind IN ('MOVE', 'ESCALATION'));

-- A post moved in by a merge remembers the question it came from (shown as "samengevoegd uit …")
-- and whether it opened that question (then it is a question, never an accepted answer).
ALTER TABLE post
  ADD COLUMN merged_from_id BIGINT NULL,
  ADD COLUMN merged_opening BOOLEAN NOT NULL DEFAULT FALSE,
  ADD CONSTRAINT fk_post_merged_from FOREIGN KEY (merged_from_id) REFERENCES discussion_thread (id);
