-- Which node (platform.cluster.Leases#holder) runs the first request of an Idempotency-Key: when that
-- node dies mid-request, its claim is given up once the node's own lease has expired, so a retry on
-- another node runs instead of being told "in progress" until the key expires. Rows of the previous
-- version have no claimant and behave as before.
ALTER TABLE idempotency_key ADD COLUMN claimed_by VARCHAR(200) NULL;
