// A user's claims, newest first. $userId: user id.
MATCH (:User {id: $userId})-[:MADE]->(claim:Claim)-[:CLAIMS]->(person:Person)
RETURN claim {.id, .method, .status, .level, .note, .evidence, .reason,
              createdAt: toString(claim.createdAt), decidedAt: toString(claim.decidedAt)} AS claim,
       person {.id, .name} AS person
ORDER BY claim.createdAt DESC, claim.id
