"""The demo ward: a realistic, reproducible synthetic ward built as an interchange document."""
