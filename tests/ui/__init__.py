"""Tests of the PySide6 desktop interface, driven with pytest-qt on a temporary database."""
