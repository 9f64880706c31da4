-- Rotating OAuth refresh tokens, one per name.
CREATE TABLE ${prefix}refresh_token (
  name       VARCHAR(255) NOT NULL PRIMARY KEY,
  token      ${text}      NOT NULL,
  updated_at BIGINT       NOT NULL
);
