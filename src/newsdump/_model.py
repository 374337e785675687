"""The values newsdump produces: `Article` and the parts it is made of.

Every class here is a frozen, slotted attrs class.  Equality compares *content*: where a value
came from (line numbers, byte offsets) and what the library noticed on the way (problems, repair
edits) are provenance, kept on the value but left out of ``==``, so that an article written with
`dumps` and parsed again compares equal to the original.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Literal, cast, get_args

import attrs

BlockKind = Literal["paragraph", "heading", "list-item", "caption", "byline", "noise"]
"""What a body block is.  ``noise`` is page junk set aside (share buttons, read-time fragments,
tag lists, photo credits, repeated titles): kept, in order, never joined to a paragraph."""

BLOCK_KINDS: tuple[BlockKind, ...] = get_args(BlockKind)

Severity = Literal["error", "warning", "info"]
"""``error``: the input breaks the format (strict mode raises `DumpError`); ``warning``: the
library had to guess; ``info``: worth knowing, nothing was guessed."""

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
        Block(kind='paragraph', text='Talks resumed on Monday.', first_line=5, last_line=6)
    """

    kind: BlockKind
    text: str
    first_line: int = attrs.field(default=0, eq=False)
    """1-based line of the input where the block starts (0 when it was not read from input)."""
    last_line: int = attrs.field(default=0, eq=False)


@attrs.frozen
class Problem:
    """Something the parser noticed: a guess it made or input it could not read as the format.

    Positions are 1-based and point into the input as given (lines of the file, columns in
    characters of that line).

    Examples:
        >>> import newsdump
        >>> [a] = newsdump.parse(" date 2023-02-07 Example\\nTitle\\nLede.\\nBody.")
        >>> [(p.code, p.line, p.severity) for p in a.problems]
        [('no-timestamp', 1, 'info')]
        >>> str(a.problems[0])
        '1:1: no-timestamp no timestamp line found'
    """

    code: str
    message: str
    line: int
    column: int = 1
    severity: Severity = "warning"

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
        >>> a = newsdump.from_html('<p>Talks with <a href="/p">Vladimir Putin</a> ended.</p>')
        >>> [(x.text, x.href, x.start, x.end) for x in a.links]
        [('Vladimir Putin', '/p', 11, 25)]
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


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


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
    label: str | None = None
    """The site or section name the header named instead of a URL (``UrduPoint.com``)."""
    title: str | None = None
    lede: str | None = None
    timestamp: str | None = None
    """The raw timestamp line, as it stood."""
    date: dt.date | None = None
    """The header's date: evidence, not truth (headers can be wrong; see ``problems``)."""
    date_precision: DatePrecision | None = None
    published: dt.datetime | None = None
    updated: dt.datetime | None = None
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_tuple)
    source: Source | None = attrs.field(default=None, eq=False)
    problems: tuple[Problem, ...] = attrs.field(default=(), converter=_tuple, eq=False)
    repairs: tuple[Edit, ...] = attrs.field(default=(), converter=_tuple, eq=False)
    links: tuple[Link, ...] = attrs.field(default=(), converter=_tuple, eq=False)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The texts of the paragraph blocks, in order."""
        return tuple(b.text for b in self.blocks if b.kind == "paragraph")

    @property
    def text(self) -> str:
        """The paragraphs joined by blank lines: the article's running text."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (ISO strings for dates); `Article.from_dict` reverses it.

        Examples:
            >>> a = Article(title="Ein Titel", date=dt.date(2023, 2, 7), date_precision="day")
            >>> Article.from_dict(a.to_dict()) == a
            True
        """
        return {
            "url": self.url,
            "label": self.label,
            "title": self.title,
            "lede": self.lede,
            "timestamp": self.timestamp,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "published": self.published.isoformat() if self.published else None,
            "updated": self.updated.isoformat() if self.updated else None,
            "blocks": [attrs.asdict(b) for b in self.blocks],
            "source": attrs.asdict(self.source) if self.source else None,
            "problems": [attrs.asdict(p) for p in self.problems],
            "repairs": [{**attrs.asdict(e), "lines": list(e.lines)} for e in self.repairs],
            "links": [attrs.asdict(link) for link in self.links],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Build an article from `to_dict` output (missing keys take their defaults)."""

        def when(key: str) -> dt.datetime | None:
            value = data.get(key)
            return dt.datetime.fromisoformat(value) if value else None

        day = data.get("date")
        source = data.get("source")
        return cls(
            url=data.get("url"),
            label=data.get("label"),
            title=data.get("title"),
            lede=data.get("lede"),
            timestamp=data.get("timestamp"),
            date=dt.date.fromisoformat(day) if day else None,
            date_precision=cast("DatePrecision | None", data.get("date_precision")),
            published=when("published"),
            updated=when("updated"),
            blocks=tuple(Block(**b) for b in data.get("blocks", ())),
            source=Source(**source) if source else None,
            problems=tuple(Problem(**p) for p in data.get("problems", ())),
            repairs=tuple(
                Edit(**{**e, "lines": tuple(e["lines"])}) for e in data.get("repairs", ())
            ),
            links=tuple(Link(**link) for link in data.get("links", ())),
        )
