"""Tests of the Qt-free domain layer: clinical rules, arithmetic, scheduling."""
