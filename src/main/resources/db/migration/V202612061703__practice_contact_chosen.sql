-- A practice case's contact shows their e-mail address to readers only when they chose to be the
-- contact themself (the author naming themself, or the contact saving the case). A contact named
-- by someone else keeps their address private, as everywhere else in Atrium. Existing cases: the
-- author who named themself chose it; any other contact did not. The default keeps the previous
-- version of the application working on this schema (its new cases show no address).
ALTER TABLE practice_case ADD COLUMN contact_chosen BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE practice_case SET contact_chosen = (contact_id = author_id);
