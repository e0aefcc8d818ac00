// The user with this authenticated ORCID iD, created with id $id (and no email) on first ORCID sign-in.
// Params: $orcid, $id.
MERGE (user:User {orcid: $orcid})
ON CREATE SET user.id = $id, user.createdAt = datetime()
RETURN user.id AS id, user.email AS email, user.orcid AS orcid
