"""The values newsdump produces: `Article` and the parts it is made of.

Every class here is a frozen, slotted attrs class.  Equality compares *content*: where a value
came from (line numbers, byte offsets) and what the library noticed on the way (problems, repair
edits) are provenance, kept on the value but left out of ``==``, so that an article written with
`dumps` and parsed again compares equal to the original.
"""

from __future__ import annotations

import datetime as dt
import functools
import types
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from itertools import compress, repeat
from typing import Any, Final, Literal, Union, cast, get_args, get_origin

import attrs

from ._problems import ProblemCode, Severity, severity_of

DERIVED_KEYS: Final = ("text",)
"""Keys of `Article.to_dict` that are not fields: derived from the fields, ignored by
`Article.from_dict`."""

BlockKind = Literal["paragraph", "heading", "list-item", "caption", "byline", "noise"]
"""What a body block is.  ``noise`` is page junk set aside (share buttons, read-time fragments,
tag lists, photo credits, repeated titles): kept, in order, never joined to a paragraph."""


EditKind = Literal["join", "split", "set-aside", "keep"]
"""``join``: two input lines became one block; ``split``: one line became two blocks;
``set-aside``: a line became a block of its own kind (heading, noise, …); ``keep``: a break the
repair considered removing and kept (always recorded with ``applied=False``)."""

DecidedBy = Literal["rule", "model"]
"""Who took a repair decision: ``rule`` (the rule an `Edit` names, alone) or ``model`` (the join
model's score, weighing the proposal of the rule the `Edit` names)."""

DatePrecision = Literal["day", "month", "year"]


@attrs.frozen
class Block:
    """One piece of the body, in reading order.

    Examples:
        >>> Block("paragraph", "Talks resumed on Monday.", 5, 6)
        Block(kind='paragraph', text='Talks resumed on Monday.', first_line=5, last_line=6,\
 rule=None)
        >>> Block("noise", "Share", 7, 7, rule="noise:share-label").rule
        'noise:share-label'
    """

    kind: BlockKind
    text: str
    first_line: int = attrs.field(default=0, eq=False)
    """1-based line of the input where the block starts (0 when it was not read from input)."""
    last_line: int = attrs.field(default=0, eq=False)
    rule: str | None = None
    """For a ``noise`` block, the rule that set it aside (``noise:tail``, ``noise:caption``, …;
    a name in ``newsdump._repair_registry.RULES``), so that a reader can take back what it wants;
    None for every other kind."""


def paragraph_blocks(texts: Iterable[str], numbers: Iterable[int]) -> list[Block]:
    """``Block("paragraph", t, n, n)`` for each text ``t`` (stripped) that is not blank, with
    its line number ``n``: the body with ``repair=False``, one block per line.

    The same values the attrs ``__init__`` makes, built by setting the slots directly, and one
    slot at a time for all the blocks (each a ``map`` over the slot descriptor's ``__set__``,
    run in C): one block per input line is the hot path of ``repair=False``.  The generated
    ``__init__`` (a bound ``object.__setattr__`` per field) costs about a quarter more than a
    Python loop setting the slots block by block, which costs 1.9 times this for 100,000 lines
    in one call and about 1.1 times for a record's 75.  `Block` has no validators or converters
    to skip (a test checks that it stays so).  Like ``zip``, the shorter input ends the list.

    Examples:
        >>> paragraph_blocks([" One. ", "", "Two."], [3, 4, 5]) == [
        ...     Block("paragraph", "One.", 3, 3), Block("paragraph", "Two.", 5, 5)]
        True
    """
    stripped = list(map(str.strip, texts))
    numbers = list(numbers)
    if len(numbers) < len(stripped):
        del stripped[len(numbers) :]
    kept = list(filter(None, stripped))
    if len(kept) != len(stripped):
        numbers = list(compress(numbers, stripped))  # a blank (empty) text selects nothing
    count = len(kept)
    blocks: list[Block] = list(map(object.__new__, repeat(Block, count)))
    slots = vars(Block)
    run = deque[None](maxlen=0).extend  # runs a map for its effect, keeping nothing
    run(map(slots["kind"].__set__, blocks, repeat("paragraph", count)))
    run(map(slots["text"].__set__, blocks, kept))
    run(map(slots["first_line"].__set__, blocks, numbers))
    run(map(slots["last_line"].__set__, blocks, numbers))
    run(map(slots["rule"].__set__, blocks, repeat(None, count)))
    return blocks


@attrs.frozen
class Problem:
    """Something the parser noticed: a guess it made or input it could not read as the format.

    Positions are 1-based and point into the input as given (lines of the file, columns in
    characters of that line).  Every code, its severity (the default here) and its meaning are
    in one table, `newsdump._problems.PROBLEMS` (docs/format.md lists it).

    Examples:
        >>> import newsdump
        >>> [a] = newsdump.parse(" date 2023-02-07 Example\\nTitle\\nLede.\\nBody.")
        >>> [(p.code, p.line, p.severity) for p in a.problems]
        [('no-timestamp', 1, 'info')]
        >>> str(a.problems[0])
        '1:1: no-timestamp no timestamp line found'
    """

    code: ProblemCode
    message: str
    line: int
    column: int = 1
    severity: Severity = attrs.field(
        default=attrs.Factory(lambda self: severity_of(self.code), takes_self=True)
    )

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.code} {self.message}"


@attrs.frozen
class Edit:
    """One decision of the repair, replayable with `newsdump.apply_edits`.

    ``lines`` are the input line numbers involved (for a join: the two lines whose break was
    removed; for a split: the line that was split, at ``column``).  ``separator`` is the exact
    text put where the break was (``" "`` or ``""``).  ``applied`` is False for a decision the
    repair recorded but did not take (a join it was not sure of).  ``rule`` names the rule that
    proposed the decision; ``decided_by`` says who took it: the rule, or the join model, whose
    join ``probability`` it then carries (a model veto is a ``keep`` with ``decided_by="model"``).

    Examples:
        >>> import newsdump
        >>> lines = ["They oppose any sanctions", "against the country", "."]
        >>> fixed = newsdump.repair(lines)
        >>> [(e.kind, e.lines, e.separator) for e in fixed.edits if e.applied]
        [('join', (1, 2), ' '), ('join', (2, 3), '')]
        >>> newsdump.apply_edits(lines, fixed.edits) == fixed.blocks
        True
    """

    kind: EditKind
    lines: tuple[int, ...]
    rule: str
    confidence: float
    separator: str = ""
    column: int = 0
    """For a split: the 1-based column of the line where the second block starts."""
    block_kind: BlockKind | None = None
    """For a set-aside: the kind the line's block was given."""
    applied: bool = True
    decided_by: DecidedBy = "rule"
    probability: float | None = None
    """The join model's probability for the break (rounded to 3 places) when it scored it."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``lines`` as a list); `from_dict` reads it back.

        >>> e = Edit("keep", (3, 4), "link-text-line", 0.31, applied=False,
        ...          decided_by="model", probability=0.31)
        >>> Edit.from_dict(e.to_dict()) == e
        True
        """
        return {**attrs.asdict(self), "lines": list(self.lines)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Edit:
        """The `Edit` of a `to_dict` dict; one written before ``decided_by`` and ``probability``
        existed reads as decided by its rule, without a probability."""
        return cls(**{**data, "lines": tuple(data["lines"])})


@attrs.frozen
class Link:
    """A link in a block's text: ``text`` is ``block_text[start:end]``.

    From HTML the links are known; from dumps they are the repair's join points, which are
    *probable* link ends (the scraper broke lines after links), not certain ones.

    Examples:
        >>> import newsdump
        >>> a = newsdump.from_html('<p>Talks with <a href="/p">Milena Dortkov</a> ended.</p>')
        >>> [(x.text, x.href, x.start, x.end) for x in a.links]
        [('Milena Dortkov', '/p', 11, 25)]
    """

    text: str
    href: str | None
    block: int
    start: int
    end: int


@attrs.frozen
class Source:
    """Where a record was read: the file (None for a string), its lines and its byte offset.

    Examples:
        >>> import newsdump
        >>> text = " date 2023 First\\nA title\\n date 2024 Zweite\\nTitel"
        >>> [(a.source.first_line, a.source.offset) for a in newsdump.parse(text)]
        [(1, 0), (3, 25)]
    """

    path: str | None
    first_line: int
    last_line: int
    offset: int
    """Byte offset of the record's first line in the (decoded-from) input."""


class Deferred:
    """A field's value not made yet: ``make()`` makes it, on the first read of the field (see
    `_DeferredSlot`).  ``parse(repair=False)`` defers an article's blocks, one per body line,
    so that a caller who reads only the header's fields does not pay for them (issue #16).

    ``paragraphs``, when given, tells `Article.paragraphs` (and so `Article.text`) the texts of
    the paragraph blocks ``make()`` would make, without making them, or None when it cannot
    tell (then the blocks are made): a caller who reads only the running text does not pay for
    one `Block` a line either."""

    __slots__ = ("make", "paragraphs")

    def __init__(
        self,
        make: Callable[[], tuple[Any, ...]],
        paragraphs: Callable[[], tuple[str, ...] | None] | None = None,
    ) -> None:
        self.make = make
        self.paragraphs = paragraphs


def _tuple(value: Any) -> tuple[Any, ...]:
    # a `Deferred` is kept as it is: the slot makes the tuple when it is first read
    return cast("tuple[Any, ...]", value) if type(value) is Deferred else tuple(value)


class _DeferredSlot:
    """The descriptor of a slot that may hold a `Deferred`: the first read makes the value and
    stores it in the slot, so that every read, ``==``, ``hash``, ``repr``, pickling and
    ``attrs.evolve`` (all of which read the field) see the value, and nothing but the time of
    the work tells the two apart.  Writes go to the slot (attrs' ``__init__`` and
    ``__setstate__`` write through ``object.__setattr__``; the frozen class's own
    ``__setattr__`` still refuses)."""

    __slots__ = ("slot",)

    def __init__(self, slot: Any) -> None:
        self.slot = slot

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = self.slot.__get__(obj, owner)
        if type(value) is Deferred:
            value = value.make()
            self.slot.__set__(obj, value)
        return value

    def __set__(self, obj: object, value: Any) -> None:
        self.slot.__set__(obj, value)

    def __delete__(self, obj: object) -> None:
        self.slot.__delete__(obj)


@attrs.frozen
class Article:
    """One news article, parsed from a dump record (or built by hand, or from HTML).

    Content fields compare with ``==``; ``source``, ``problems``, ``repairs`` and ``links`` are
    provenance and are left out of equality.

    Examples:
        >>> a = Article(title="Rain returns to Lisbon", blocks=(Block("paragraph", "It rained."),))
        >>> a.paragraphs
        ('It rained.',)
    """

    url: str | None = None
    """The page's address: from the header, or a bare URL line opening a header-less record."""
    label: str | None = None
    """The site or section name the header named instead of a URL (``FennPoint.com``)."""
    title: str | None = None
    """The headline (from the header line when it carried one, else the first front line)."""
    lede: str | None = None
    """The standfirst under the headline; ``None`` when the record has none (the body's first
    paragraph is never taken for it)."""
    timestamp: str | None = None
    """The raw timestamp line, as it stood."""
    date: dt.date | None = None
    """The header's date: evidence, not truth (headers can be wrong; see ``problems``)."""
    date_precision: DatePrecision | None = None
    """How much of ``date`` the header gave: ``day``, ``month`` (``2021-08``) or ``year``."""
    published: dt.datetime | None = None
    """When the stamp says the article was published: aware when the stamp names a zone or
    offset, naive (local time) when it does not; day-first or month-first decided from the
    header's and the URL's dates (docs/dates.md)."""
    updated: dt.datetime | None = None
    """When the stamp says the article was last updated, read like ``published``."""
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_tuple)
    """The body in order: paragraphs, headings, list items, captions, bylines and ``noise``
    (page junk, kept so that nothing is lost); `paragraphs` and `text` leave noise out."""
    source: Source | None = attrs.field(default=None, eq=False)
    """Where the record came from: file, record number, lines and byte offset."""
    problems: tuple[Problem, ...] = attrs.field(default=(), converter=_tuple, eq=False)
    """What the parser noticed, each with its line, column and severity."""
    repairs: tuple[Edit, ...] = attrs.field(default=(), converter=_tuple, eq=False)
    """Every decision the line repair took or declined, replayable with `apply_edits`."""
    links: tuple[Link, ...] = attrs.field(default=(), converter=_tuple, eq=False)
    """Probable link texts: where a joined line break fell (scrapers break lines at links)."""

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The texts of the paragraph blocks, in order."""
        pending = _BLOCKS_SLOT.__get__(self, Article)
        if type(pending) is Deferred and pending.paragraphs is not None:
            # blocks not made yet (`Deferred`): their paragraphs' texts, without the blocks
            texts = pending.paragraphs()
            if texts is not None:
                return texts
        return tuple(b.text for b in self.blocks if b.kind == "paragraph")

    @property
    def text(self) -> str:
        """The paragraphs joined by blank lines: the article's running text."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (ISO strings for dates); `Article.from_dict` reverses it.

        One key per field of `Article`, in field order (`attrs.fields`): parts become dicts
        of their own fields, tuples lists, dates and times ISO 8601 strings.  Beside
        ``blocks``, the derived ``text`` (`Article.text`: the paragraphs joined by blank lines),
        for readers that want the running text without walking the blocks; it is read from the
        blocks, so `from_dict` ignores it.

        Examples:
            >>> a = Article(title="Ein Titel", date=dt.date(2023, 2, 7), date_precision="day",
            ...             blocks=[Block("paragraph", "Erster."), Block("noise", "Teilen"),
            ...                     Block("paragraph", "Zweiter.")])
            >>> a.to_dict()["text"].split()
            ['Erster.', 'Zweiter.']
            >>> Article.from_dict(a.to_dict()) == a
            True
        """
        data = cast("dict[str, Any]", plain(self))
        out: dict[str, Any] = {}
        for key, value in data.items():
            if key == "blocks":
                out["text"] = self.text
            out[key] = value
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Build an article from `to_dict` output (missing keys take their defaults, keys that
        name no field, such as the derived ``text``, are ignored)."""
        return cast(Article, from_plain(cls, data))


_BLOCKS_SLOT: Final = vars(Article)["blocks"]
"""The slot of `Article.blocks` itself: its value as stored, a `Deferred` before the first read."""
type.__setattr__(Article, "blocks", _DeferredSlot(_BLOCKS_SLOT))  # may hold a `Deferred`


_SCALARS: Final = frozenset({str, int, float, bool})


def plain(value: Any) -> Any:
    """``value`` as JSON-safe Python: attrs instances as dicts of their fields (in field order),
    tuples and lists as lists, dates and times as ISO 8601 strings.

    Examples:
        >>> plain(Edit("join", (1, 2), "rule", 0.5))["lines"]
        [1, 2]
    """
    if value is None or type(value) in _SCALARS:
        return value
    if attrs.has(type(value)):
        return {f.name: plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, (tuple, list)):
        return [plain(item) for item in value]
    if isinstance(value, (dt.date, dt.datetime)):  # a datetime is a date
        return value.isoformat()
    return value


def field_types(cls: type[Any]) -> dict[str, Any]:
    """The resolved type of each field of an attrs class (annotations here are strings)."""
    return {f.name: f.type for f in attrs.fields(attrs.resolve_types(cls))}


def from_plain(cls: type[Any], data: Mapping[str, Any]) -> Any:
    """Reverse `plain` for an attrs class, guided by its field types: keys that name no field
    are ignored, missing ones take the field's default."""
    decoders = _decoders(cast(Any, cls))
    return cls(**{name: decode(data[name]) for name, decode in decoders.items() if name in data})


@functools.cache  # a pure function of the class: worked out once, not per record
def _decoders(cls: Any) -> dict[str, Callable[[Any], Any]]:
    return {name: _decoder(tp) for name, tp in field_types(cls).items()}


def _same(value: Any) -> Any:
    return value


def _decoder(tp: Any) -> Callable[[Any], Any]:
    """A function from `plain` output back to a value of type ``tp`` (None stays None)."""
    origin, args = get_origin(tp), get_args(tp)
    if origin is Union or origin is types.UnionType:
        inner = [a for a in args if a is not type(None)]
        return _decoder(inner[0]) if len(inner) == 1 else _same
    if origin is tuple:
        item = _decoder(args[0])
        return lambda value: None if value is None else tuple(item(x) for x in value)
    if tp is dt.datetime:
        return lambda value: dt.datetime.fromisoformat(value) if value else None
    if tp is dt.date:
        return lambda value: dt.date.fromisoformat(value) if value else None
    if isinstance(tp, type) and attrs.has(tp):
        return lambda value: None if value is None else from_plain(tp, value)
    return _same
