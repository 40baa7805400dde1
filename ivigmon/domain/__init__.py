"""Plain-Python clinical core: records, arithmetic, risk rules and follow-up scheduling."""
