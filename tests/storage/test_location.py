"""Where the database lives: network drives refused, owner-only files, foreign journals."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ivigmon.storage import errors, location
from ivigmon.storage.database import open_store
from ivigmon.storage.settings_store import load_settings, save_setting

TABLE = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/ward /mnt/ward nfs4 rw,relatime 0 0
//fs01/ivig /mnt/share cifs rw 0 0
/dev/sdb1 /mnt/ward/local ext4 rw 0 0
server:/x /mnt/with\\040space nfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/ward/w.db", "nfs4"),
        ("/mnt/ward/sub/dir/w.db", "nfs4"),
        ("/mnt/share/w.db", "cifs"),
        ("/mnt/ward/local/w.db", None),  # a local disk mounted inside the network share
        ("/mnt/wardrobe/w.db", None),  # a longer name is not inside /mnt/ward
        ("/mnt/with space/w.db", "nfs"),
        ("/home/nurse/w.db", None),
        ("/tmp/w.db", None),
    ],
)
def test_network_file_systems_are_recognised_from_the_mount_table(path, kind):
    assert location.network_filesystem(path, TABLE) == kind


def test_a_database_on_a_network_drive_is_refused_and_nothing_is_created(tmp_path, monkeypatch):
    monkeypatch.setattr(location, "mount_table", lambda: f"srv:/e {tmp_path} nfs4 rw 0 0\n")
    with pytest.raises(errors.NetworkLocation) as err:
        open_store(tmp_path / "ward.db")
    assert "network drive (nfs4)" in str(err.value)
    # What to do now, and no server to turn to: this version has none.
    assert "Keep the database on this computer's own disk" in str(err.value)
    assert (
        "sharing one record across computers comes with a database server in a later version"
        in str(err.value)
    )
    assert "use an ivigmon database server" not in str(err.value)
    assert not (tmp_path / "ward.db").exists()


def test_a_database_already_on_a_network_drive_can_still_be_opened_for_viewing(
    tmp_path, monkeypatch
):
    open_store(tmp_path / "ward.db").close()
    monkeypatch.setattr(location, "mount_table", lambda: f"srv:/e {tmp_path} nfs4 rw 0 0\n")
    with pytest.raises(errors.NetworkLocation):
        open_store(tmp_path / "ward.db")
    viewer = open_store(tmp_path / "ward.db", read_only=True)
    assert viewer.read_only
    viewer.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_database_others_can_read_is_made_owner_only_and_the_user_is_told(tmp_path):
    path = tmp_path / "ward.db"
    open_store(path).close()
    os.chmod(path, 0o644)
    store = open_store(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert any("could be read by other users (permissions 0644)" in n for n in store.notices)
    store.close()
    again = open_store(path)
    assert again.notices == []  # nothing left to tighten
    again.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_loose_wal_and_shm_files_are_made_owner_only_and_the_user_is_told(tmp_path):
    path = tmp_path / "ward.db"
    holder = open_store(path)  # keeps the -wal and -shm beside the file while it is open
    try:
        with holder.write() as conn:
            save_setting(conn, "test.wal", 1, "2026-03-10T12:00:00", "test")
        journals = [Path(f"{path}-wal"), Path(f"{path}-shm")]
        for journal, loose in zip(journals, (0o644, 0o666), strict=True):
            assert journal.exists()
            os.chmod(journal, loose)
        store = open_store(path)
        try:
            assert [stat.S_IMODE(j.stat().st_mode) for j in journals] == [0o600, 0o600]
            assert stat.S_IMODE(path.stat().st_mode) == 0o600  # the file itself was never loose
            assert store.notices == [
                f"{path}-wal could be read by other users (permissions 0644); it is now for "
                "its owner only (0600)",
                f"{path}-shm could be read by other users (permissions 0666); it is now for "
                "its owner only (0600)",
            ]
            with store.read() as conn:  # what the -wal holds is still read
                assert load_settings(conn)["test.wal"] == 1
        finally:
            store.close()
    finally:
        holder.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_read_only_file_stays_read_only_when_tightened(tmp_path):
    path = tmp_path / "ward.db"
    open_store(path).close()
    os.chmod(path, 0o444)
    try:
        store = open_store(path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o400
        assert store.read_only or os.geteuid() == 0  # root may write any file
        store.close()
    finally:
        os.chmod(path, 0o600)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_folder_everyone_may_write_gets_a_warning(tmp_path):
    folder = tmp_path / "open"
    folder.mkdir()
    os.chmod(folder, 0o777)
    store = open_store(folder / "ward.db")
    assert any("a folder every user of this computer may write" in n for n in store.notices)
    store.close()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file away needs root"
)
@pytest.mark.parametrize("suffix", ["-wal", "-shm"])
def test_journal_files_of_another_user_are_refused(tmp_path, suffix):
    path = tmp_path / "ward.db"
    open_store(path).close()
    journal = Path(f"{path}{suffix}")
    journal.write_bytes(b"")
    os.chown(journal, 12345, 12345)
    with pytest.raises(errors.CannotOpen) as err:
        open_store(path)
    assert f"ward.db{suffix} belongs to another user (uid 12345)" in str(err.value)


def test_an_empty_path_is_not_a_database(tmp_path):
    with pytest.raises(errors.MissingDatabase):
        open_store("")
