-- A removed member keeps its row (its past changes and devices name it) but signs in no more,
-- and every token it held is refused.
ALTER TABLE members ADD COLUMN removed_at timestamptz;

-- Each workspace numbers its own changes, so a cursor tells a member nothing about how busy
-- other workspaces are. Numbering goes on from each workspace's last number under the old
-- shared sequence, so the cursors devices already hold stay valid.
ALTER TABLE workspaces ADD COLUMN last_seq bigint NOT NULL DEFAULT 0;
UPDATE workspaces w
   SET last_seq = GREATEST(
     COALESCE((SELECT max(r.seq) FROM records r WHERE r.workspace_id = w.id), 0),
     COALESCE((SELECT max(c.seq) FROM changes c WHERE c.workspace_id = w.id), 0));

-- Numbers repeat across workspaces now: a change is known by its workspace and number.
ALTER TABLE changes DROP CONSTRAINT changes_pkey;
DROP INDEX changes_workspace_seq;
ALTER TABLE changes ADD PRIMARY KEY (workspace_id, seq);
DROP SEQUENCE change_seq;
