"""Windows fit a 1366x768 screen with their title bar (before: the bottom 20 px ran off it)."""

from __future__ import annotations

import pytest

from ivigmon.ui.window_size import needs_maximising


@pytest.mark.parametrize(
    ("width", "height", "maximised"),
    [
        (1366, 768, True),  # the ward's screen: 1366x768 plus a title bar would not fit
        (1366, 740, True),  # a panel takes some height
        (1280, 1024, True),  # narrower
        (1382, 831, True),  # a pixel short of room for a title bar
        (1382, 832, False),
        (1920, 1080, False),
    ],
)
def test_a_screen_no_larger_than_the_window_gets_it_maximised(
    width: int, height: int, maximised: bool
):
    assert needs_maximising(width, height) is maximised
