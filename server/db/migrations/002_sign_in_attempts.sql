-- Sign-in attempts per key (a hash of client address, workspace and email): a window
-- opens at a key's first attempt and holds its count until expires_at. In the database,
-- so every instance on it enforces one shared limit.
CREATE TABLE sign_in_attempts (
  key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  attempts integer NOT NULL
);
CREATE INDEX sign_in_attempts_expires ON sign_in_attempts (expires_at);
