-- Knowledge base: saves of one scope take turns. A save renders its [[links]] against the pages
-- that exist and renders again the pages whose links its title turns blue or red; two saves at
-- once would each miss the other's page (a link left red next to a page that exists). So every
-- save first locks its scope's row here: an Atrium's id (the row is made by the first save), or
-- 0 for the network-wide pages, which links of every Atrium reach: a network-wide save locks row
-- 0 exclusively, a save in an Atrium shares row 0 and locks its own row. No foreign key: the row
-- is only a lock, and 0 is no Atrium.
CREATE TABLE wiki_scope_lock (
  scope_id BIGINT NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO wiki_scope_lock (scope_id) VALUES (0);
