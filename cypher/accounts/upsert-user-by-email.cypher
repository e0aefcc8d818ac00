// The user with this (lower-case) email, created with id $id on first sign-in. Params: $email, $id.
MERGE (user:User {email: $email})
ON CREATE SET user.id = $id, user.createdAt = datetime()
RETURN user.id AS id, user.email AS email, user.orcid AS orcid
