-- Knowledge base, pages: the [[links]] of every page, and what the lists and the history show.
--
-- wiki_link holds one row per page and linked title key (the normalised title a [[Page title]]
-- looks up), rewritten at every save of the page's text. When a page appears, is renamed or is
-- restored under another title, the pages whose links must turn from red to blue (or back) are
-- found by one indexed query on target_key instead of scanning every body. target_key uses the
-- same collation as wiki_page.title_key, so both match titles alike; rows are replaced per page
-- (delete, then insert), never updated one by one, so no unique key on it is needed.
CREATE TABLE wiki_link (
  id         BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  page_id    BIGINT NOT NULL,
  target_key VARCHAR(200) NOT NULL,
  CONSTRAINT fk_wiki_link_page FOREIGN KEY (page_id) REFERENCES wiki_page (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_wiki_link_target ON wiki_link (target_key, page_id);
CREATE INDEX ix_wiki_link_page ON wiki_link (page_id);

-- A restore says which revision it brought back (NULL for ordinary edits).
ALTER TABLE wiki_revision ADD COLUMN restored_from INT NULL;

-- The knowledge base is listed by last change as well as by title.
CREATE INDEX ix_wiki_page_atrium_updated ON wiki_page (atrium_id, updated_at);
