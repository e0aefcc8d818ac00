// A moderator's decision on a claim, applied only from the statuses it may follow: approve a pending or disputed
// claim (level L4 unless it already holds L3; `approvedFor` claims the record — a record with another approved claim
// fails on the unique constraint), reject a pending or disputed one, revoke an approved one. Returns the claim's
// status before and after; no row for an unknown claim.
// $claimId: claim id; $decision: 'approve' | 'reject' | 'revoke'; $reason: text or null; $moderatorId: user id.
MATCH (claim:Claim {id: $claimId})-[:CLAIMS]->(person:Person)
WITH claim, person, claim.status AS before,
     CASE
       WHEN $decision = 'approve' AND claim.status IN ['pending', 'disputed'] THEN 'claimed'
       WHEN $decision = 'reject' AND claim.status IN ['pending', 'disputed'] THEN 'rejected'
       WHEN $decision = 'revoke' AND claim.status = 'claimed' THEN 'revoked'
     END AS after
CALL (claim, person, after) {
  WITH claim, person, after
  WHERE after IS NOT NULL
  SET claim.status = after, claim.decidedAt = datetime(), claim.decidedBy = $moderatorId, claim.reason = $reason,
      claim.approvedFor = CASE WHEN after = 'claimed' THEN person.id END,
      claim.level = CASE WHEN after = 'claimed' AND coalesce(claim.level, '') <> 'L3' THEN 'L4' ELSE claim.level END
}
RETURN before, after
