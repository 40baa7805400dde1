"""ivigmon: bedside logging, risk flags and follow-up checks for paediatric IVIG infusions."""

__version__ = "0.1.0"
