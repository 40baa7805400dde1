"""Marks words shown on screen in Qt-free layers, for the translation tools to collect."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
    """`text` unchanged: `pyside6-lupdate` reads the call and lists `text` under `context`;
    the ui translates the value where it shows it (`QCoreApplication.translate(context, text)`).
    """
    del context  # only the translation tools read it
    return text
