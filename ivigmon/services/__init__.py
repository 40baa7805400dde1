"""Use cases and transaction boundaries shared by the command line and the desktop app."""
