"""The whole record written to a file as one SPEC 7 document, a batch of patients at a time.

A national service's record is gigabytes of JSON: it is never held in memory. The patients
are read in MRN order, a batch at a time, all in one read snapshot (the file is the record as
it stood at one moment, whatever other programs save meanwhile); each batch's patients go
straight into the file, their infusions and checks into two scratch files that follow them.
The file appears under its name only when complete and synced; a full disk or any other
refusal leaves the target as it was and nothing behind.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from ivigmon.domain.interchange import FORMAT
from ivigmon.domain.interchange_reviews import REVIEWS, alert_review_json
from ivigmon.domain.interchange_write import check_json, infusion_json, patient_json
from ivigmon.domain.roles import Permission
from ivigmon.domain.validation import ValidationError
from ivigmon.services.alerts import reviews_to_export
from ivigmon.services.context import Context
from ivigmon.services.errors import DiskFull, EnvironmentFailure
from ivigmon.storage.patients import patient_ids_by_mrn
from ivigmon.storage.records import load_records

# Patients read at a time: a few thousand infusions in memory, whatever the whole.
BATCH_PATIENTS = 500
# Errors of a full disk or a file size limit: the disk's fault, not the file's.
_NO_SPACE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


@dataclass(frozen=True)
class Exported:
    patients: int
    infusions: int
    checks: int


def export_to_file(ctx: Context, path: str | os.PathLike[str]) -> Exported:
    """Write every record to `path` (replacing it only once the new file is complete)."""
    ctx.require(Permission.VIEW)
    target = Path(path)
    counts = [0, 0, 0, 0]
    with atomic_text_file(target) as out:
        parts = [_scratch(target), _scratch(target), _scratch(target)]
        try:
            out.write(f'{{\n "format": {json.dumps(FORMAT)},\n "patients": [')
            with ctx.store.read() as conn:
                after = ""
                while batch := patient_ids_by_mrn(conn, after, BATCH_PATIENTS):
                    after = batch[-1][1]
                    records = load_records(conn, [pid for pid, _ in batch])
                    for patient, infusions, checks in records.values():
                        _item(out, counts[0], patient_json(patient))
                        counts[0] += 1
                        for infusion in infusions:
                            _item(parts[0], counts[1], infusion_json(infusion))
                            counts[1] += 1
                        for check in checks:
                            _item(parts[1], counts[2], check_json(check))
                            counts[2] += 1
                    for review in reviews_to_export(conn, records.values()):
                        _item(parts[2], counts[3], alert_review_json(review))
                        counts[3] += 1
            out.write(f'{_end(counts[0])},\n "infusions": [')
            _append(out, parts[0])
            out.write(f'{_end(counts[1])},\n "checks": [')
            _append(out, parts[1])
            out.write(_end(counts[2]))
            if counts[3]:  # SPEC 10.4: an optional key, written when there is a review
                out.write(f',\n "{REVIEWS}": [')
                _append(out, parts[2])
                out.write(_end(counts[3]))
            out.write("\n}\n")
        finally:
            for part in parts:
                part.close()
    return Exported(*counts[:3])


def _scratch(target: Path) -> IO[str]:
    """A nameless file beside the target (same disk, gone when closed, even after a crash)."""
    return tempfile.TemporaryFile("w+", encoding="utf-8", dir=target.parent)


def _append(out: IO[str], part: IO[str]) -> None:
    part.seek(0)
    shutil.copyfileobj(part, out)


def _item(out: IO[str], written: int, item: dict[str, object]) -> None:
    """One element of a list, on a line of its own: a record per line reads and compares well,
    and without `indent` the JSON is written by the C encoder (indenting every key made the
    export of a national service three times slower)."""
    text = json.dumps(item, ensure_ascii=False)
    out.write(f"{',' if written else ''}\n  {text}")


def _end(written: int) -> str:
    return "\n ]" if written else "]"


@contextlib.contextmanager
def atomic_text_file(target: Path) -> Iterator[IO[str]]:
    """A text file that replaces `target` only once it is complete and synced."""
    with atomic_file(target, binary=False, newline=None) as handle:
        yield cast(IO[str], handle)


@contextlib.contextmanager
def atomic_file(target: Path, *, binary: bool, newline: str | None = "") -> Iterator[IO[Any]]:
    """A file beside `target` that replaces it only once complete and synced, folder included
    (nothing is left behind when writing fails). Text is UTF-8; `newline` as for `open`."""
    record = f"file {target}"
    if not target.parent.is_dir():
        raise ValidationError(record, "path", "its folder does not exist")
    if target.is_dir():
        raise ValidationError(record, "path", "is a folder, not a file")
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        text: dict[str, Any] = {} if binary else {"encoding": "utf-8", "newline": newline}
        with os.fdopen(fd, "wb" if binary else "w", **text) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        if exc.errno in _NO_SPACE:
            raise DiskFull(f"the disk holding {target} is full; nothing was written") from exc
        raise EnvironmentFailure(f"cannot write {target} ({exc.strerror})") from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk (a power cut keeps the new file, not a missing one).
    Some file systems cannot sync a folder; the file is written all the same."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
