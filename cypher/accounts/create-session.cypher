// Opens a session for user $userId: the cookie's id is stored only as $idHash (sha256), with its CSRF token; it ends
// after $days days. Expired sessions (anyone's, a bounded batch) are removed on the way, so users who never come back
// leave none behind for long. Params: $userId, $idHash, $csrfToken, $days.
CALL () {
  MATCH (old:Session)
  WHERE old.expiresAt < datetime()
  WITH old
  LIMIT 1000
  DETACH DELETE old
}
MATCH (user:User {id: $userId})
CREATE (session:Session {
  idHash: $idHash,
  csrfToken: $csrfToken,
  createdAt: datetime(),
  expiresAt: datetime() + duration({days: $days})
})-[:SESSION_OF]->(user)
RETURN session.expiresAt AS expiresAt
