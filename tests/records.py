"""Invented records shared by more than one test module."""

from __future__ import annotations

from typing import Final

NOISY_RECORD: Final = (
    " date 2024-05-02 https://example.org/2024/05/02/harbour.html\n"
    "Harbour Reopens\n"
    "The ferries run again after the storm.\n"
    "09:15 GMT 02.05.2024\n"
    "The first ferry left the harbour at dawn with forty passengers on board.\n"
    "Follow us on Telegram\n"
    "The port authority said the breakwater had held through the night.\n"
    "Share this article\n"
)
"""A record with two lines of page junk in its body (`noise:follow-us`, `noise:share-label`):
what `--keep-noise`, the summary line and the exports' ``noise`` column report."""
