// User data (accounts, sessions, sign-in tokens): uniqueness, and the lookups sessions and sign-in make. Imports never
// touch these labels (docs/DATA-MODEL.md, "User data"). No parameters.
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (n:User) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT user_orcid IF NOT EXISTS FOR (n:User) REQUIRE n.orcid IS UNIQUE;
CREATE CONSTRAINT session_id_hash IF NOT EXISTS FOR (n:Session) REQUIRE n.idHash IS UNIQUE;
CREATE CONSTRAINT login_token_hash IF NOT EXISTS FOR (n:LoginToken) REQUIRE n.hash IS UNIQUE;
CREATE INDEX session_expires IF NOT EXISTS FOR (n:Session) ON (n.expiresAt);
CREATE INDEX login_token_expires IF NOT EXISTS FOR (n:LoginToken) ON (n.expiresAt);
CREATE INDEX login_token_email IF NOT EXISTS FOR (n:LoginToken) ON (n.email);
