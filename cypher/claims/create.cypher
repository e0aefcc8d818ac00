// Files a claim of an author record. The claimant may hold one open claim (pending, approved, disputed) per record:
// a second one creates nothing and answers `duplicate`. A claim on a record that already has an approved claim is
// filed as `disputed` (for moderators); otherwise it is approved at once when $approveAtOnce (an ORCID match), else
// pending. `approvedFor` (unique, cypher/schema/claims.cypher) holds the person id while a claim is approved, so two
// racing approvals cannot both win. No row for an unknown person or user.
// $userId, $personId, $claimId: ids; $method: 'email' | 'orcid'; $note: text; $level: 'L2' | 'L3' | null;
// $evidence: list of strings; $email, $orcid: the claimant's account facts at claim time; $approveAtOnce: boolean.
MATCH (user:User {id: $userId}), (person:Person {id: $personId})
CALL (user, person) {
  OPTIONAL MATCH (user)-[:MADE]->(own:Claim)-[:CLAIMS]->(person)
  WHERE own.status IN ['pending', 'claimed', 'disputed']
  RETURN count(own) > 0 AS duplicate
}
CALL (person) {
  OPTIONAL MATCH (held:Claim {approvedFor: person.id})
  RETURN count(held) > 0 AS held
}
OPTIONAL CALL (user, person, duplicate, held) {
  WITH user, person, duplicate,
       CASE WHEN held THEN 'disputed' WHEN $approveAtOnce THEN 'claimed' ELSE 'pending' END AS status
  WHERE NOT duplicate
  CREATE (user)-[:MADE]->(claim:Claim {
    id: $claimId, status: status, method: $method, note: $note, evidence: $evidence, createdAt: datetime()
  })-[:CLAIMS]->(person)
  SET claim.level = $level, claim.email = $email, claim.orcid = $orcid,
      claim.approvedFor = CASE WHEN status = 'claimed' THEN person.id END,
      claim.decidedAt = CASE WHEN status = 'claimed' THEN datetime() END,
      claim.decidedBy = CASE WHEN status = 'claimed' THEN 'orcid-match' END
  RETURN claim
}
RETURN duplicate, held, claim.id AS id, claim.status AS status
