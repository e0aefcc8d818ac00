// The moderators' queue: claims in the given statuses, oldest first, with the claimant's account facts, the record's
// ORCID and how many other open claims the record has (namesakes and impersonation show up as several).
// $statuses: list of claim statuses; $limit: Cypher integer.
MATCH (user:User)-[:MADE]->(claim:Claim)-[:CLAIMS]->(person:Person)
WHERE claim.status IN $statuses
WITH user, claim, person
ORDER BY claim.createdAt, claim.id
LIMIT $limit
RETURN claim {.id, .method, .status, .level, .note, .evidence, .reason,
              createdAt: toString(claim.createdAt), decidedAt: toString(claim.decidedAt)} AS claim,
       person {.id, .name} AS person, person.orcid AS recordOrcid,
       user {.id, .email, .orcid} AS claimant,
       COUNT {
         (person)<-[:CLAIMS]-(other:Claim)
         WHERE other <> claim AND other.status IN ['pending', 'claimed', 'disputed']
       } AS otherOpenClaims
