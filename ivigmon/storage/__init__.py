"""The only layer with SQL: opening, migrating, reading and writing the SQLite database."""
