-- From answer to knowledge: links between a thread and the knowledge that answers it. A link
-- is PROMOTED when the thread (or its accepted answer, post_id) was taken into a wiki page, or
-- ANSWERED_BY when someone pointed the question to a wiki page or a guidance publication that
-- answers it. The target is a wiki page or a guidance publication (target_type + target_id, no
-- foreign key because it points into one of two tables); one link per thread and target.

CREATE TABLE thread_knowledge (
  id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  thread_id   BIGINT NOT NULL,
  post_id     BIGINT NULL,
  kind        VARCHAR(20) NOT NULL,
  target_type VARCHAR(20) NOT NULL,
  target_id   BIGINT NOT NULL,
  created_by  BIGINT NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL,
  CONSTRAINT fk_thread_knowledge_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id) ON DELETE CASCADE,
  CONSTRAINT fk_thread_knowledge_post FOREIGN KEY (post_id) REFERENCES post (id),
  CONSTRAINT fk_thread_knowledge_created_by FOREIGN KEY (created_by) REFERENCES account (id),
  CONSTRAINT uq_thread_knowledge UNIQUE (thread_id, target_type, target_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_thread_knowledge_target ON thread_knowledge (target_type, target_id);
