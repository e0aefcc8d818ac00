// The database's current time (the clock import stamps and seenAt use). No parameters.
RETURN toString(datetime()) AS now
