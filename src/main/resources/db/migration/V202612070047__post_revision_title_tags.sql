-- A revision of a thread's opening post keeps the thread's title and tags as they were then, so
-- that editing the title or the tags of a question shows in its history (issue 13).
ALTER TABLE post_revision
  ADD COLUMN title VARCHAR(200) NULL,
  ADD COLUMN tags  VARCHAR(300) NULL;

-- Until now a question's title and tags never changed after asking: its revisions get them as they are.
UPDATE post_revision r
  JOIN post p ON p.id = r.post_id AND p.opening = TRUE
  JOIN discussion_thread t ON t.id = p.thread_id
   SET r.title = t.title,
       r.tags = COALESCE((SELECT GROUP_CONCAT(tt.tag ORDER BY tt.tag SEPARATOR ', ') FROM thread_tag tt WHERE tt.thread_id = t.id), '');
