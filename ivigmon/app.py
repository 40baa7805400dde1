"""Composition root of the desktop app: wires services to the Qt window (the GUI issue fills it)."""

from __future__ import annotations

from pathlib import Path


def run_gui(db_path: Path) -> int:
    """Open the main window on `db_path`; returns the process exit status."""
    raise NotImplementedError("the desktop window is being built")


def render_screenshots(out_dir: Path, *, db_path: Path | None = None) -> list[Path]:
    """Render every main screen with demo data to PNG files in `out_dir`."""
    raise NotImplementedError("the desktop window is being built")
