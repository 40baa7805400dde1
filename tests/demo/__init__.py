"""Tests of the demo ward."""
