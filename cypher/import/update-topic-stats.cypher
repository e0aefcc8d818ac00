// Stores each topic's number of works and people (used for topic rarity in collaborator suggestions).
// $ids: list of topic ids.
UNWIND $ids AS id
MATCH (topic:Topic {id: id})
SET topic.worksCount = COUNT { (topic)<-[:HAS_TOPIC]-() },
    topic.peopleCount = COUNT { (topic)<-[:WORKS_ON]-() }
