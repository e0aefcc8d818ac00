// Claims (user data, never touched by an import): unique ids, at most one approved claim per author record (the
// approved claim holds the person id in `approvedFor`; other claims have no such property), lookups by status.
// No parameters.
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_approved_for IF NOT EXISTS FOR (n:Claim) REQUIRE n.approvedFor IS UNIQUE;
CREATE INDEX claim_status IF NOT EXISTS FOR (n:Claim) ON (n.status);
