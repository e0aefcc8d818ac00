// Creates a pending invite, unless one is already pending between the two or the sender reached the daily cap
// (checked again here under the sender's write lock, so concurrent sends of one user cannot both pass). A blocked
// sender's invite is created `suppressed`: its sender sees it waiting, its recipient never sees it.
// Returns one row when created, none when refused.
// $userId: sender user id. $recipientId: recipient user id. $personId: the invited person (the recipient's claimed
// profile). $ownPersonId: the sender's claimed profile. $inviteId, $message.
// $perDay: the daily cap (integer). $pendingPair: "<smaller user id>|<larger user id>". $suppressed: boolean.
MATCH (sender:User {id: $userId}), (recipient:User {id: $recipientId})
MATCH (person:Person {id: $personId}), (own:Person {id: $ownPersonId})
// Writing a property takes the sender's lock until commit; the counts below are read after it.
SET sender.lastInviteAt = datetime()
WITH sender, recipient, person, own
WHERE COUNT {
        (sender)-[:SENT]->(sent:Invite)
        WHERE sent.createdAt > datetime() - duration({hours: 24})
      } < $perDay
  AND NOT EXISTS { (:Invite {pendingPair: $pendingPair}) }
CREATE (sender)-[:SENT]->(invite:Invite {
  id: $inviteId, message: $message, status: 'pending', createdAt: datetime(), suppressed: $suppressed,
  pendingPair: $pendingPair
})-[:TO]->(recipient)
CREATE (invite)-[:FOR]->(person), (invite)-[:FROM]->(own)
RETURN invite.id AS id
