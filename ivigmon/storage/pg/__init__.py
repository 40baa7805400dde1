"""The PostgreSQL engine behind the storage layer: a ward server shared by several workstations."""
