// Declines a pending invite; with $block the recipient also blocks its sender, whose later invites are then
// created suppressed (invites/create). Returns one row when done, none when not the user's or no longer pending.
// $userId: the recipient's user id. $inviteId: invite id. $block: boolean.
MATCH (sender:User)-[:SENT]->(invite:Invite {id: $inviteId})-[:TO]->(recipient:User {id: $userId})
// Take the invite's lock before reading its status (see invites/accept).
SET invite._lock = true
REMOVE invite._lock
WITH sender, recipient, invite
WHERE invite.status = 'pending' AND NOT invite.suppressed
SET invite.status = 'declined', invite.decidedAt = datetime()
REMOVE invite.pendingPair
FOREACH (_ IN CASE WHEN $block THEN [1] ELSE [] END |
  MERGE (recipient)-[blocks:BLOCKS]->(sender)
  ON CREATE SET blocks.createdAt = datetime()
)
RETURN invite.id AS id
