-- Conflict notes are records only the two devices they name read (shared/sync/note-inbox.ts):
-- one row per device that has still to pull a note. When a note has no row left, its record
-- goes, so notes do not pile up for ever. Notes stored before this version stay as they are.
CREATE TABLE note_inbox (
  workspace_id text NOT NULL,
  client_id text NOT NULL,
  note_id text NOT NULL,
  -- The note record's number when stored: the device must hold everything up to it.
  seq bigint NOT NULL,
  PRIMARY KEY (workspace_id, client_id, note_id)
);
CREATE INDEX note_inbox_note ON note_inbox (workspace_id, note_id);
