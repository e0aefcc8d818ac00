// Uses a sign-in token once: marks it used and returns its email and landing path, or no row when the token is
// unknown, used or expired. The first SET takes the node's write lock before the checks, so two requests with the
// same token cannot both pass them. Params: $hash.
MATCH (token:LoginToken {hash: $hash})
SET token.lockedAt = datetime()
WITH token
WHERE token.usedAt IS NULL AND token.expiresAt > datetime()
SET token.usedAt = datetime()
RETURN token.email AS email, token.next AS next
