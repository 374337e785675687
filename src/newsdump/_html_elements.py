"""What an element is to `from_html`: a block, dropped (page furniture), silent (no text at all);
what its class and id hint about the article's body; and the tree walked in document order with
an explicit stack (bs4 is imported inside `_walk` only)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Any, Final, Literal

# --- element classes ------------------------------------------------------------------------


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


_BLOCK_TAGS: Final = _names(
    "address article blockquote body center dd details dialog dir div dl dt fieldset figcaption"
    " figure h1 h2 h3 h4 h5 h6 hgroup hr html li legend main menu ol p pre section summary table"
    " caption tbody td tfoot th thead tr ul"
)
"""Elements that end the block before them and start a new one."""

_DROP_TAGS: Final = _names(
    "script style noscript template nav form button select option textarea input label iframe"
    " frame frameset object embed applet svg math canvas audio video picture source track map"
    " title meta link base header footer aside dialog"  # not head: lxml may put body there
)
"""Elements dropped with everything in them."""

_SILENT_TAGS: Final = _names(
    "script style noscript template iframe frame frameset object embed applet svg math canvas"
    " audio video picture source track map title meta link base"
)
"""Dropped elements whose content is no text a reader sees (code, fallbacks for plug-ins)."""

_DROP_ROLES: Final = _names(
    "navigation banner contentinfo complementary search menu menubar toolbar dialog"
)


# --- what a class or id says ------------------------------------------------------------------

_WORD: Final = re.compile(r"[a-z]+")
_CAMEL: Final = re.compile(r"([a-z])([A-Z])")
_POSITIVE: Final = _names(
    "article articlebody body content entry main post story text prose richtext"
    " storybody postbody bodytext"
)
_NEGATIVE: Final = _names(
    "comment comments disqus share sharing sharebar shares social socials related"
    " recommended recommendations newsletter newsletters subscribe subscription signup promo"
    " promotion promoted advert adverts advertisement advertising ad ads adslot adunit sponsor"
    " sponsored outbrain taboola breadcrumb breadcrumbs tags taglist sidebar widget widgets"
    " popup modal cookie cookies banner footer nav navigation menu trending popular mostread"
    " readmore toolbar tweet instagram tiktok author authors auteur signature dateline"
    " timestamp bio"
)
_NEGATIVE_PAIRS: Final = frozenset(
    {("most", "read"), ("read", "more"), ("more", "stories"), ("see", "also"), ("also", "read")}
)


def _class_words(tag: Any) -> list[str]:
    """The words of an element's ``class`` and ``id`` (``articleBody`` → ``article body``)."""
    attrs = tag.attrs
    if not attrs:
        return []
    classes = attrs.get("class") or ()
    raw = " ".join([*(c for c in classes if isinstance(c, str)), str(attrs.get("id") or "")])
    if not raw.strip():
        return []
    return _WORD.findall(_CAMEL.sub(r"\1 \2", raw[:300]).lower())


def _hint(tag: Any) -> float:
    """How much an element's name, class and id say it is (above 1) or is not (below 1) the
    article's body."""
    factor = 1.0
    name = tag.name
    if name == "article":
        factor = 1.5
    elif name == "main":
        factor = 1.2
    attrs = tag.attrs
    if attrs:
        prop = attrs.get("itemprop")
        if isinstance(prop, str) and "articlebody" in prop.lower():
            factor *= 2.0
        words = _class_words(tag)
        if words:
            if _negative(words):
                return 0.2
            if any(w in _POSITIVE for w in words) or "articlebody" in "".join(words):
                factor *= 1.5
    return factor


def _negative(words: list[str]) -> bool:
    return any(w in _NEGATIVE for w in words) or any(
        pair in _NEGATIVE_PAIRS for pair in itertools.pairwise(words)
    )


# --- walking the tree ------------------------------------------------------------------------

_START: Final = 0
_END: Final = 1
_TEXT: Final = 2


def _walk(root: Any, *, skip: Literal["dropped", "silent", "none"]) -> Iterator[tuple[int, Any]]:
    """Start, end and text events below ``root`` in document order, skipping the dropped
    elements, or only the silent ones (scripts, styles, embedded objects), or none.

    An explicit stack, not recursion: a page nested 100 000 deep costs what a flat one does.
    """
    from bs4.element import NavigableString, PreformattedString, Tag

    stack: list[Any] = list(reversed(root.contents))
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            yield _END, node[0]
        elif isinstance(node, Tag):
            if skip != "none" and (
                node.name in _SILENT_TAGS or (skip == "dropped" and _dropped(node))
            ):
                continue
            yield _START, node
            stack.append((node,))
            stack.extend(reversed(node.contents))
        elif isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
            yield _TEXT, node


def _dropped(tag: Any) -> bool:
    if tag.name in _DROP_TAGS:
        return True
    attrs = tag.attrs
    if not attrs:
        return False
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    role = attrs.get("role")
    if isinstance(role, str) and role.strip().lower() in _DROP_ROLES:
        return True
    style = attrs.get("style")
    return isinstance(style, str) and "display:none" in style.replace(" ", "").lower()
