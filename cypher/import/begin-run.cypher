// Marks an import run as started, before its first write; end-run.cypher removes the mark when the run finishes, so a
// mark that stays means the run died midway (/api/health and the next import report it). Not user data.
// $id: run id; $files: file names of the run.
CREATE (:ImportRun {id: $id, startedAt: datetime(), files: $files})
