// Stores a sign-in token (its sha256 only) for $email, valid $minutes minutes, landing on $next after sign-in.
// Expired tokens are removed on the way (they can never sign anyone in). Params: $hash, $email, $next, $minutes.
CALL () {
  MATCH (old:LoginToken)
  WHERE old.expiresAt < datetime()
  WITH old
  LIMIT 1000
  DELETE old
}
CREATE (:LoginToken {
  hash: $hash,
  email: $email,
  next: $next,
  createdAt: datetime(),
  expiresAt: datetime() + duration({minutes: $minutes})
})
