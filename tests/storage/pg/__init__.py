"""Tests of the ward server engine (storage/pg)."""
