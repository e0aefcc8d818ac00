// The live session whose cookie id hashes to $idHash, with its user; no row when unknown or expired. Params: $idHash.
MATCH (session:Session {idHash: $idHash})-[:SESSION_OF]->(user:User)
WHERE session.expiresAt > datetime()
RETURN user.id AS id, user.email AS email, user.orcid AS orcid, session.csrfToken AS csrfToken
