-- Documents with a meeting's report (issue 11): document.meeting_id (V202612062000, indexed there
-- by ix_document_meeting) now names a meeting for certain. Links are made through the meetings
-- (POST /api/v1/meetings/{id}/documents/{documentId}), which check that the document belongs to
-- the meeting's Atrium. A meeting that goes takes its links with it, never its documents.

UPDATE document SET meeting_id = NULL
  WHERE meeting_id IS NOT NULL AND meeting_id NOT IN (SELECT id FROM meeting);

ALTER TABLE document
  ADD CONSTRAINT fk_document_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE SET NULL;
