-- Leases on background work that one node of a cluster does at a time (platform.cluster.Leases):
-- the node named in holder runs it until expires_at, renewing before then; when it dies, another
-- node takes the lease once it has expired. Times are the database's own clock, so the nodes'
-- clocks never need to agree.
CREATE TABLE cluster_lease (
    name        VARCHAR(100) NOT NULL,
    holder      VARCHAR(200) NOT NULL,
    acquired_at DATETIME(3)  NOT NULL,
    expires_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
