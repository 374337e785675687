"""Strategies' vocabulary: words, sentences and paragraphs in six languages, headlines, URLs and
site labels (`newsdump.strategies` re-exports the public ones)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

import attrs
from hypothesis import strategies as st

# --------------------------------------------------------------------------------------------
# Vocabulary.  Plain running-text words only: no month or weekday names (a title made of them
# would read as a timestamp), no words the format reserves for page junk (share buttons,
# "photo:", "min", cookie notes), no byline openers ("by", "von", "par", "di", "av", …) and no
# bullets.  Each language has lower-case words, capitalised words (names) and a few numbers.


@attrs.frozen
class _Lang:
    words: tuple[str, ...]
    names: tuple[str, ...]
    spaced: bool = True
    ends: str = ".!?"


_LANGS: Final = {
    "en": _Lang(
        tuple(
            [
                "minister",
                "said",
                "talks",
                "would",
                "oppose",
                "any",
                "sanctions",
                "against",
                "trade",
                "ties",
                "country",
                "deepen",
                "agreed",
                "the",
                "new",
                "summit",
                "scheduled",
                "week",
                "officials",
                "report",
                "government",
                "with",
                "in",
                "on",
                "of",
                "and",
                "to",
                "for",
                "after",
                "before",
                "markets",
                "prices",
                "rose",
                "fell",
                "sharply",
                "across",
                "region",
                "visit",
                "statement",
                "defence",
                "budget",
                "plans",
                "energy",
                "supply",
                "talks",
                "border",
            ]
        ),
        tuple(
            [
                "Moscow",
                "Bamako",
                "Paris",
                "Vladimir",
                "Putin",
                "Africa",
                "Lisbon",
                "Oslo",
                "Tokyo",
                "Brussels",
            ]
        ),
    ),
    "de": _Lang(
        tuple(
            [
                "sagte",
                "der",
                "die",
                "das",
                "regierung",
                "hat",
                "neue",
                "gespräche",
                "über",
                "gegen",
                "mit",
                "und",
                "für",
                "nach",
                "wurde",
                "heute",
                "minister",
                "preise",
                "stiegen",
                "deutlich",
                "haushalt",
                "grenze",
                "besuch",
            ]
        ),
        tuple(["Berlin", "Regierung", "Minister", "Gespräche", "Haushalt", "München", "Kanzler"]),
    ),
    "fr": _Lang(
        tuple(
            [
                "le",
                "ministre",
                "a",
                "déclaré",
                "que",
                "les",
                "négociations",
                "été",
                "accord",
                "réunion",
                "avec",
                "pour",
                "dans",
                "une",
                "nouvelle",
                "économie",
                "prix",
                "hausse",
                "sommet",
            ]
        ),
        tuple(["Paris", "Bamako", "Élysée", "Québec", "Afrique"]),
    ),
    "ru": _Lang(
        tuple(
            [
                "министр",
                "заявил",
                "что",
                "переговоры",
                "санкции",
                "против",
                "торговли",
                "встреча",
                "была",
                "в",
                "на",
                "и",
                "с",
                "новые",
                "цены",
                "выросли",
            ]
        ),
        tuple(["Москва", "Москвы", "Путин", "Россия", "Кремль"]),
    ),
    "ar": _Lang(
        tuple(
            [
                "قال",
                "الوزير",
                "إن",
                "المحادثات",
                "العقوبات",
                "التجارة",
                "القمة",
                "الحكومة",
                "الأسعار",
            ]
        ),
        (),
        ends=".؟",
    ),
    "zh": _Lang(
        tuple(["部长", "表示", "会谈", "制裁", "贸易", "峰会", "政府", "价格", "上涨", "本周"]),
        (),
        False,
        "。",
    ),
}
LANGUAGES: Final = tuple(_LANGS)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


@st.composite
def _sentence(draw: st.DrawFn, lang: str, max_words: int = 12) -> str:
    lg = _LANGS[lang]
    n = draw(st.integers(2, max_words))
    pool = lg.words + lg.names
    words = [draw(st.sampled_from(pool)) for _ in range(n)]
    if lg.spaced:
        words[0] = _cap(words[0])
        if lang == "en" and n > 3 and draw(st.booleans()):
            words.insert(draw(st.integers(1, n - 1)), str(draw(st.integers(2, 2030))))
        if n > 3 and draw(st.booleans()):
            at = draw(st.integers(1, len(words) - 2))
            words[at] += ","
        return " ".join(words) + draw(st.sampled_from(lg.ends))
    return "".join(words) + draw(st.sampled_from(lg.ends))


@st.composite
def _paragraph(draw: st.DrawFn, lang: str, max_sentences: int = 3, full_stop: bool = False) -> str:
    sep = " " if _LANGS[lang].spaced else ""
    text = sep.join(draw(st.lists(_sentence(lang), min_size=1, max_size=max_sentences)))
    if full_stop and text[-1] not in ".。":
        text = text[:-1] + ("." if _LANGS[lang].spaced else "。")
    return text


def paragraphs(
    *, languages: Sequence[str] = LANGUAGES, min_size: int = 1, max_size: int = 5
) -> st.SearchStrategy[list[str]]:
    """Lists of paragraphs, all in one language drawn from ``languages`` (``en``, ``de``,
    ``fr``, ``ru``, ``ar``, ``zh``).

    A paragraph is one to three sentences; a sentence starts with a capital (cased scripts) and
    ends with sentence-final punctuation (``.!?``, ``。``, ``؟``), the paragraph's last one with
    a full stop (``.``, ``。``): a short paragraph ending in ``?`` or ``!`` is indistinguishable
    from a heading.  Words are separated by single spaces (no spaces in Chinese); commas follow
    words.  These are the typographic conventions
    that make the whitespace around a link recoverable (see `scraped`).
    """
    return st.sampled_from(list(languages)).flatmap(
        lambda lang: st.lists(
            _paragraph(lang, full_stop=True), min_size=min_size, max_size=max_size
        )
    )


_HOSTS: Final = ("example.org", "news.example.com", "wire.example.net", "site.example")
_LABELS: Final = ("HarbourPost.com", "International", "World News", "Nordwire International")


@st.composite
def _url(draw: st.DrawFn, day: dt.date | None) -> str:
    host = draw(st.sampled_from(_HOSTS))
    slug = "-".join(draw(st.lists(st.sampled_from(_LANGS["en"].words), min_size=1, max_size=5)))
    dated = day is not None and draw(st.booleans())
    path = f"{day:%Y/%m/%d}/" if dated and day is not None else ""
    return f"https://{host}/{path}{slug}.html"


@st.composite
def _title(draw: st.DrawFn, lang: str) -> str:
    """A headline: 2–10 words, capitalised, never ending with a full stop (a line ending in one
    reads as body text when no timestamp line follows)."""
    lg = _LANGS[lang]
    words = draw(st.lists(st.sampled_from(lg.words + lg.names), min_size=2, max_size=10))
    if lg.spaced:
        text = " ".join(_cap(w) if lang == "en" else w for w in words)
        text = _cap(text)
    else:
        text = "".join(words)
    return text + draw(st.sampled_from(["", "", "?", "!"] if lg.spaced else ["", "？"]))
