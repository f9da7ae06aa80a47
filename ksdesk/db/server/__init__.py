"""The kansli's shared PostgreSQL (team mode), reached with psycopg 3.

Only this package speaks to the server; services call it within one server transaction per
unit of work, as they call the local repositories within one Store.atomic."""
