// Import runs that started and never finished (their mark is still there), oldest first. No parameters.
MATCH (run:ImportRun)
RETURN run.id AS id, toString(run.startedAt) AS startedAt, run.files AS files
ORDER BY run.startedAt
