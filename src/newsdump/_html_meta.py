"""A page's metadata → an article's fields: ``<meta>`` dates, JSON-LD (dates and
``articleBody``), ISO 8601 or stamp-parser date-times, and the timestamp line written back."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any, Final

from ._timestamps import parse_timestamp

MAX_JSON_LD_CHARS: Final = 1_000_000
"""A JSON-LD script longer than this is skipped (real ones are a few kilobytes)."""

_PUBLISHED_META: Final = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "dc.date.issued",
)
_UPDATED_META: Final = (
    "article:modified_time",
    "og:article:modified_time",
    "datemodified",
    "og:updated_time",
    "dc.date.modified",
)

_WS: Final = re.compile(r"\s+")
_ISO: Final = re.compile(
    r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:[.,](\d+))?)?\s*"
    r"(Z|[+-]\d{2}(?::?\d{2})?)?",
    re.I,
)

_MIN_LD_BODY: Final = 500
_LD_SHARE: Final = 0.7
"""A JSON-LD ``articleBody`` of at least this many characters (and not cut off with an
ellipsis: sites put a teaser there too) locates the body, when the element holding it holds
prose of at least this share of its length."""


def _http(value: Any) -> str | None:
    if isinstance(value, str) and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    return None


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = _WS.sub(" ", value).strip()
    return text or None


MAX_JSON_LD_NODES: Final = 10_000
"""Objects and lists visited per JSON-LD script: a page's own graph has a few hundred; the cap
keeps a hostile script from costing more than a moment."""


def _json_ld_objects(sources: list[str]) -> Iterator[dict[str, Any]]:
    """Every JSON object of the JSON-LD scripts, in document order (scripts that do not parse
    are passed over)."""
    for source in sources:
        try:
            data = json.loads(source)
        except (ValueError, RecursionError):
            continue
        stack: list[Any] = [data]
        seen = 0
        while stack and seen < MAX_JSON_LD_NODES:
            node = stack.pop()
            seen += 1
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                yield node
                stack.extend(v for v in reversed(node.values()) if isinstance(v, (list, dict)))


def _json_ld_dates(sources: list[str]) -> tuple[str | None, str | None]:
    """``datePublished`` / ``dateModified`` of the JSON-LD, preferring an article's."""
    best: tuple[int, str | None, str | None] = (-1, None, None)
    for node in _json_ld_objects(sources):
        pub, mod = node.get("datePublished"), node.get("dateModified")
        if isinstance(pub, str) or isinstance(mod, str):
            types = node.get("@type")
            names = types if isinstance(types, list) else [types]
            rank = 1 if any(_articleish(t) for t in names) else 0
            if rank > best[0]:
                best = (
                    rank,
                    pub if isinstance(pub, str) else None,
                    mod if isinstance(mod, str) else None,
                )
    return best[1], best[2]


def _json_ld_body(sources: list[str]) -> str | None:
    """The longest ``articleBody`` of the JSON-LD, when it is long enough to locate the body."""
    best: str | None = None
    for node in _json_ld_objects(sources):
        text = node.get("articleBody")
        if (
            isinstance(text, str)
            and len(text) >= max(_MIN_LD_BODY, len(best or ""))
            and not text.rstrip().endswith(("…", "..."))  # a truncated copy
        ):
            best = text
    return best


def _articleish(name: Any) -> bool:
    return isinstance(name, str) and (
        name.endswith("Article") or name in ("BlogPosting", "Report", "LiveBlogPosting")
    )


def _first_when(meta: dict[str, str], keys: tuple[str, ...]) -> dt.datetime | None:
    for key in keys:
        if key in meta:
            found = _when(meta[key], updated=key in _UPDATED_META)
            if found is not None:
                return found
    return None


def _when(value: Any, *, updated: bool = False) -> dt.datetime | None:
    """A date-time from ISO 8601 (aware when it names an offset), else newsdump's stamp parser."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 80:
        return None
    m = _ISO.fullmatch(text)
    if m:
        day, clock, fraction, zone = m.groups()
        iso = day
        if clock:
            iso += "T" + clock + (":00" if len(clock) == 5 else "")
            if fraction:
                iso += "." + fraction[:6].ljust(6, "0")
        if zone:
            zone = "+00:00" if zone.upper() == "Z" else zone
            if len(zone) == 3:
                zone += ":00"
            elif ":" not in zone:
                zone = zone[:3] + ":" + zone[3:]
            iso += zone if clock else ""
        try:
            # whole seconds: what a timestamp line (and so a dump) can carry
            return dt.datetime.fromisoformat(iso).replace(microsecond=0)
        except ValueError:
            return None
    stamp = parse_timestamp(text)
    if stamp is None:
        return None
    return (stamp.updated or stamp.published) if updated else (stamp.published or stamp.updated)


def _stamp_line(published: dt.datetime | None, updated: dt.datetime | None) -> str | None:
    """A timestamp line newsdump's timestamp parser reads back as ``published`` / ``updated``."""
    if published is None and updated is None:
        return None
    if published is None:
        assert updated is not None
        return "Updated: " + _stamp(updated)
    line = _stamp(published)
    if updated is not None and updated != published:
        line += f" (Updated: {_stamp(updated)})"
    return line


def _stamp(when: dt.datetime) -> str:
    text = when.strftime("%Y-%m-%d")
    if when.time() != dt.time(0) or when.tzinfo is not None:
        text += when.strftime(" %H:%M:%S" if when.second else " %H:%M")
    if when.tzinfo is not None:
        text += when.strftime(" %z")
    return text
