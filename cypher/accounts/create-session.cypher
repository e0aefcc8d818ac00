// Opens a session for user $userId: the cookie's id is stored only as $idHash (sha256), with its CSRF token; it ends
// after $days days. The user's expired sessions are removed on the way. Params: $userId, $idHash, $csrfToken, $days.
MATCH (user:User {id: $userId})
CALL (user) {
  MATCH (old:Session)-[:SESSION_OF]->(user)
  WHERE old.expiresAt < datetime()
  DETACH DELETE old
}
CREATE (session:Session {
  idHash: $idHash,
  csrfToken: $csrfToken,
  createdAt: datetime(),
  expiresAt: datetime() + duration({days: $days})
})-[:SESSION_OF]->(user)
RETURN session.expiresAt AS expiresAt
