// Stores a sign-in token (its sha256 only) for $email, valid $minutes minutes, landing on $next after sign-in — unless
// $email already got $cap tokens in the last $minutes minutes (a mailbox is not flooded, whoever asks); `created`
// says which. Expired tokens are removed on the way (they can never sign anyone in).
// Params: $hash, $email, $next, $minutes, $cap.
CALL () {
  MATCH (old:LoginToken)
  WHERE old.expiresAt < datetime()
  WITH old
  LIMIT 1000
  DELETE old
}
OPTIONAL MATCH (recent:LoginToken {email: $email})
  WHERE recent.createdAt > datetime() - duration({minutes: $minutes})
WITH count(recent) < $cap AS created
CALL (created) {
  WITH created
  WHERE created
  CREATE (:LoginToken {
    hash: $hash,
    email: $email,
    next: $next,
    createdAt: datetime(),
    expiresAt: datetime() + duration({minutes: $minutes})
  })
}
RETURN created
