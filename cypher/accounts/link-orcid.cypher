// Links the authenticated ORCID iD $orcid to signed-in user $userId, unless another user has it or this user already
// has a different one (both answered, nothing changed). Params: $userId, $orcid.
MATCH (user:User {id: $userId})
OPTIONAL MATCH (other:User {orcid: $orcid})
  WHERE other <> user
WITH user, other, user.orcid AS before
FOREACH (_ IN CASE WHEN other IS NULL AND before IS NULL THEN [1] ELSE [] END | SET user.orcid = $orcid)
RETURN user.orcid AS orcid, other IS NOT NULL AS takenByOther
