-- The board list filters live threads of one board (not merged) and sorts pinned first, then by
-- latest activity: one index serves both the page and its count.
-- The board a question was escalated from lists it too (ix_thread_origin_board).
CREATE INDEX ix_thread_board_live ON discussion_thread (board_id, merged_into_id, pinned, last_activity_at);
CREATE INDEX ix_thread_origin_board ON discussion_thread (origin_board_id, last_activity_at);
