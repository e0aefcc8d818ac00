// What an author record holds that a claimant's email can be checked against: the record's ORCID, its works whose
// title or abstract holds the address or an address at its domain, and affiliations whose recorded web domains
// (`Institution.domains`, when a source provides them) include it. No row for an unknown person.
// $personId: person id; $email: lower-cased address or null; $atDomain: '@' + lower-cased domain or null;
// $domain: lower-cased domain or null; $limit: Cypher integer, most works listed per finding.
MATCH (person:Person {id: $personId})
CALL (person) {
  OPTIONAL MATCH (person)-[:AUTHORED]->(work:Paper)
  WHERE $email IS NOT NULL
    AND (toLower(coalesce(work.abstract, '')) CONTAINS $email OR toLower(coalesce(work.title, '')) CONTAINS $email)
  WITH work ORDER BY work.id
  RETURN collect(work.id)[..$limit] AS addressInWorks
}
CALL (person) {
  OPTIONAL MATCH (person)-[:AUTHORED]->(work:Paper)
  WHERE $atDomain IS NOT NULL AND toLower(coalesce(work.abstract, '')) CONTAINS $atDomain
  WITH work ORDER BY work.id
  RETURN collect(work.id)[..$limit] AS domainInWorks
}
CALL (person) {
  OPTIONAL MATCH (person)-[:AFFILIATED_WITH]->(institution:Institution)
  WHERE $domain IS NOT NULL
    AND any(known IN coalesce(institution.domains, []) WHERE $domain = toLower(known) OR $domain ENDS WITH '.' + toLower(known))
  RETURN collect(institution.id) AS institutions
}
RETURN person.orcid AS recordOrcid, addressInWorks, domainInWorks, institutions
