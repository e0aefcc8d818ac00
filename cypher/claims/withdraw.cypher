// The claimant withdraws their own open claim (a misclaimed namesake, a mistake): it stops speaking for the record.
// Returns the claim's owner and status before, so the route can tell "not yours" from "not open"; no row for an
// unknown claim. $claimId: claim id; $userId: the requesting user's id (only theirs is changed).
MATCH (owner:User)-[:MADE]->(claim:Claim {id: $claimId})
WITH owner, claim, claim.status AS before
CALL (owner, claim, before) {
  WITH owner, claim, before WHERE owner.id = $userId AND before IN ['pending', 'claimed', 'disputed']
  SET claim.status = 'withdrawn', claim.decidedAt = datetime(), claim.decidedBy = $userId
  REMOVE claim.approvedFor
}
RETURN owner.id = $userId AS own, before
