"""Moving a ward from its computer's file onto a ward server: one copy, checked, all or nothing.

The file is opened read-only and stays as it was; the server database must hold no records.
The server is prepared by its own migrations (without the shipped products: the file's
catalogue is the ward's), then the copy runs in one transaction (storage.pg.ward_copy).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ivigmon.domain.validation import ValidationError
from ivigmon.storage.audit_key import key_from_environment
from ivigmon.storage.database import open_store
from ivigmon.storage.engine import is_server
from ivigmon.storage.pg.store import ServerStore, display_name
from ivigmon.storage.pg.ward_copy import CopyReport, check_source, copy_ward, refuse_records_at
from ivigmon.storage.pg.ward_source import open_ward_file

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MoveResult:
    """Where the ward went, and what the copy and its checks found."""

    source: str
    target: str
    copied: CopyReport


def move_to_server(source: str, target: str) -> MoveResult:
    """Copy the ward file `source` into the empty server database `target` (a URL)."""
    if is_server(source):
        raise ValidationError(
            "--from", "path", "names a server; give the ward's database file (the server is --to)"
        )
    if not is_server(target):
        raise ValidationError(
            "--to", "address", "is not a server; give postgresql://user@host/database"
        )
    where = display_name(target)
    # A key that is set but unusable stops here, before anything is read.
    key = key_from_environment(source)
    ward = open_ward_file(source)
    try:
        checked = check_source(ward, source, key)
        # Before the migrations could touch it: opening a ward on an older schema upgrades it.
        refuse_records_at(target)
        store = open_store(target)
        try:
            if not isinstance(store, ServerStore):
                raise TypeError("a server address opened something other than a server store")
            copied = copy_ward(ward, checked, store, key)
        finally:
            store.close()
    finally:
        ward.close()
    log.info("ward %s moved to %s: %s", source, where, copied.counts)
    return MoveResult(source=source, target=where, copied=copied)
