"""SQLite only: the connection, migrations and one repository per table group."""
