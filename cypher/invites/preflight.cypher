// What decides whether a user may invite a person: the user's claimed profile (a claim in status 'claimed'), the
// person's claimant, what is already pending or open between the two, and the user's invites of the last 24 hours.
// Read only: the write (invites/create) checks the pending pair and the cap again under the sender's lock.
// $userId: the signed-in user's id. $personId: the invited person's id.
MATCH (sender:User {id: $userId})
OPTIONAL MATCH (person:Person {id: $personId})
WITH sender, person,
     COLLECT {
       MATCH (sender)-[:MADE]->(:Claim {status: 'claimed'})-[:CLAIMS]->(own:Person)
       RETURN own.id ORDER BY own.id
     } AS ownIds,
     // `approvedFor` holds the person id while a claim is approved (unique: one approved claim per record).
     COLLECT { MATCH (claimant:User)-[:MADE]->(:Claim {approvedFor: person.id}) RETURN claimant.id } AS claimantIds
WITH sender, person, ownIds[0] AS ownPersonId, claimantIds[0] AS recipientId
OPTIONAL MATCH (recipient:User {id: recipientId})
RETURN person IS NOT NULL AS personExists, ownPersonId, recipientId,
       EXISTS { (sender)-[:SENT]->(:Invite {status: 'pending'})-[:TO]->(recipient) } AS pendingOut,
       EXISTS {
         (recipient)-[:SENT]->(incoming:Invite {status: 'pending'})-[:TO]->(sender)
         WHERE NOT incoming.suppressed
       } AS pendingIn,
       EXISTS {
         (sender)-[mine:IN]->(c:Conversation)<-[theirs:IN]-(recipient)
         WHERE mine.leftAt IS NULL AND theirs.leftAt IS NULL
       } AS talking,
       EXISTS { (recipient)-[:BLOCKS]->(sender) } AS blocked,
       COLLECT {
         MATCH (sender)-[:SENT]->(sent:Invite)
         WHERE sent.createdAt > datetime() - duration({hours: 24})
         RETURN sent.createdAt AS at ORDER BY at
       } AS sentSince
