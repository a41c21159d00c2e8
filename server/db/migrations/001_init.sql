-- Teams, their members and sign-in tokens.
CREATE TABLE workspaces (
  id text PRIMARY KEY,
  name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE members (
  id text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces (id),
  email text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'delivery-manager', 'sdm', 'csm')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, email)
);

-- Only the sha256 of a token is stored: a leaked table signs no one in.
CREATE TABLE tokens (
  token_hash text PRIMARY KEY,
  member_id text NOT NULL REFERENCES members (id),
  workspace_id text NOT NULL REFERENCES workspaces (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);

-- One global sequence for every change: shared by all server instances.
CREATE SEQUENCE change_seq;

-- Current state: field maps (value + clock per field), so fields unknown to this
-- server version are kept. seq is the sequence number of the record's last change.
CREATE TABLE records (
  workspace_id text NOT NULL REFERENCES workspaces (id),
  table_name text NOT NULL,
  record_id text NOT NULL,
  fields jsonb NOT NULL,
  seq bigint NOT NULL,
  PRIMARY KEY (workspace_id, table_name, record_id)
);
CREATE INDEX records_workspace_seq ON records (workspace_id, seq);

-- Every applied change (the fields that won), for audit and debugging.
CREATE TABLE changes (
  seq bigint PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces (id),
  table_name text NOT NULL,
  record_id text NOT NULL,
  client_id text NOT NULL,
  mutation_id bigint NOT NULL,
  member_id text NOT NULL,
  fields jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_workspace_seq ON changes (workspace_id, seq);

-- A client id belongs to the member who first pushed with it.
CREATE TABLE sync_clients (
  workspace_id text NOT NULL REFERENCES workspaces (id),
  client_id text NOT NULL,
  member_id text NOT NULL REFERENCES members (id),
  last_mutation_id bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (workspace_id, client_id)
);

-- Idempotency: a mutation is applied once per (workspace, client, mutation id).
CREATE TABLE applied_mutations (
  workspace_id text NOT NULL,
  client_id text NOT NULL,
  mutation_id bigint NOT NULL,
  seq bigint,
  applied_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, client_id, mutation_id)
);
