"""The page before parsing: bytes decoded (BOM, ``<meta charset>``, UTF-8, Windows-1252) and the
markup bounded (`MAX_TAGS`, `MAX_DEPTH`), so that a hostile page costs what a large one does."""

from __future__ import annotations

import codecs
import re
from typing import Final

from ._html_elements import _names
from ._model import Problem

MAX_TAGS: Final = 100_000
"""Tags parsed as markup.  Large news pages have 5 000 – 20 000; past this many the rest of the
page is read as text with its tags removed, so that 10 MB of ``<a>`` costs a second, not a
minute and gigabytes of tree."""

MAX_DEPTH: Final = 200
"""Element nesting parsed as markup.  Real pages nest under 100 deep (html.parser nests
unclosed ``<p>`` and ``<li>``, which adds some); deeper start tags are removed before parsing,
because a tree's cost grows with its depth (beautifulsoup4 re-links ancestors on insertion,
and libxml2 stops at 256)."""

_TAG: Final = re.compile(r"<(/?)([A-Za-z][^\s/<>]*)([^<>]*)>")
"""A start or end tag, approximately as html.parser reads it (``[^<>]`` keeps it linear)."""
_STRAY_LT: Final = re.compile(r"<(?![A-Za-z/!?])")
_VOID: Final = _names(
    "area base basefont bgsound br col embed frame hr img input keygen link menuitem meta param"
    " source spacer track wbr"
)
_RAW_END: Final = {name: re.compile(f"</{name}", re.I) for name in ("script", "style")}
_ANY_TAG: Final = re.compile(r"<[A-Za-z/!?][^<>]*>?")
"""A tag up to its ``>`` (or up to the next ``<``): linear, never scans past another tag."""
_META_CHARSET: Final = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)


def _decode(data: bytes) -> str:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace")
    m = _META_CHARSET.search(data, 0, 4096)
    if m:
        name = m.group(1).decode("ascii").lower()
        try:
            encoding = codecs.lookup(name).name
        except LookupError:
            encoding = ""
        # the HTML standard reads a declared Latin-1 / ASCII as Windows-1252, and a declared
        # UTF-16 (impossible in a page whose meta tag is ASCII-readable) as UTF-8
        if encoding in ("latin-1", "iso8859-1", "ascii"):
            encoding = "cp1252"
        elif encoding.startswith("utf-16"):
            encoding = "utf-8"
        if encoding and encoding != "utf-8":
            return data.decode(encoding, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _limit(text: str) -> tuple[str, list[Problem]]:
    """The text with start tags deeper than `MAX_DEPTH` removed and the markup past `MAX_TAGS`
    ``<`` stripped (the text kept), and the problems that says.

    One pass with an approximate tokenizer that follows html.parser's tree building (void
    elements do not nest; an end tag closes up to the latest open element of its name, or is
    ignored; script and style content is text), so that its depth is the depth of the tree.
    """
    problems: list[Problem] = []
    if text.count("<") <= MAX_DEPTH:
        return text, problems
    tail = ""
    if text.count("<") > MAX_TAGS:  # html.parser spends a Python call on every "<"
        cut = -1
        for _ in range(MAX_TAGS + 1):
            cut = text.find("<", cut + 1)
        line = text.count("\n", 0, cut) + 1
        problems.append(
            Problem(
                "markup-truncated",
                f"more than {MAX_TAGS} tags: the page from line {line} on is read as text",
                line,
            )
        )
        tail = _ANY_TAG.sub(" ", text[cut:]).replace("<", " ")
        text = text[:cut]
    # a "<" that starts no tag is text to both parsers: say so unambiguously
    text = _STRAY_LT.sub("&lt;", text)
    out: list[str] = []
    stack: list[str] = []
    counts: dict[str, int] = {}
    pos = kept = dropped = 0
    search = _TAG.search
    while True:
        m = search(text, pos)
        if m is None:
            break
        pos = m.end()
        closing, name, rest_of_tag = m.group(1), m.group(2).lower(), m.group(3)
        if closing:
            if counts.get(name):
                while stack:
                    top = stack.pop()
                    counts[top] -= 1
                    if top == name:
                        break
            continue
        if name in _RAW_END:
            end_tag = _RAW_END[name].search(text, pos)
            if end_tag is None:
                break  # html.parser reads the rest of the page as the script's text
            pos = end_tag.start()
            continue
        if name in _VOID or rest_of_tag.endswith("/"):
            continue
        if len(stack) >= MAX_DEPTH:
            out.append(text[kept : m.start()])
            kept = m.end()
            dropped += 1
            continue
        stack.append(name)
        counts[name] = counts.get(name, 0) + 1
    if dropped:
        problems.append(
            Problem("markup-too-deep", f"{dropped} start tags deeper than {MAX_DEPTH} removed", 1)
        )
    out.append(text[kept:])
    out.append(tail)
    return "".join(out), problems
