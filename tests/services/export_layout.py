"""How an export file is laid out: the top level indented by one, a record per line."""

from __future__ import annotations

import json


def laid_out(document: dict[str, object]) -> str:
    """The file's layout: the top level indented by one, each record on a line of its own."""
    lines = ["{", f' "format": {json.dumps(document["format"])},']
    lists = [key for key in document if key != "format"]
    for number, key in enumerate(lists):
        items = document[key]
        assert isinstance(items, list)
        comma = "," if number < len(lists) - 1 else ""
        if not items:
            lines.append(f' "{key}": []{comma}')
            continue
        lines.append(f' "{key}": [')
        lines += [
            f"  {json.dumps(item, ensure_ascii=False)}{',' if n < len(items) - 1 else ''}"
            for n, item in enumerate(items)
        ]
        lines.append(f" ]{comma}")
    return "\n".join([*lines, "}"]) + "\n"
