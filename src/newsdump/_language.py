"""The record's language, guessed from its commonest words, for the repair's function words.

A line's last word means different things in different languages: German ``her`` ("ago",
``lange her``) and ``da``, English ``door``, ``met``, ``van`` and ``die`` end sentences, while
they are prepositions, articles or conjunctions elsewhere; English ``an`` is a German verb
particle (``er rief an``); French ``à`` ends no sentence.  Knowing the record's language, the
repair reads a line's last word against that language's function words only
(`function_words`).  The guess counts a few dozen of each language's commonest words in a
bounded sample of the record (no model, no download) and gives up ("") when the sample is short
or two languages come close: then every language's function words count, as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal

from . import _text as tx

Language = Literal["", "en", "de", "fr", "es", "pt", "it", "nl", "da", "sv", "pl", "cs", "tr"]
"""A guessed language (ISO 639-1; ``da`` stands for Danish and Norwegian), "" for unknown."""

SAMPLE_CHARS: Final = 2000
"""Characters of a record read for the guess: some 300 words, of which a third or more are
common function words in any of these languages; the cost stays bounded on long records."""
FIRST_CHARS: Final = 600
"""Characters read first: a hundred words tell most records' language (then the rest of
`SAMPLE_CHARS` is not read)."""
LINE_CHARS: Final = 4 * SAMPLE_CHARS
"""Characters of one line read at most: even a line of one-letter words, each followed by a
stop and a space (a quarter of it words), holds `SAMPLE_CHARS` characters of words in these."""
MIN_HITS: Final = 8
"""Marker words the leading language needs: fewer (a short or uncased record, a list of names)
tell nothing."""
LEAD: Final = 2.0
"""How many times the runner-up's count the leader needs: close counts are a mixed or an
unlisted language (Catalan, Galician, Romanian read as Spanish, Portuguese, Italian)."""

_MARKERS: Final = {
    # the commonest words of each language (articles, prepositions, pronouns, auxiliaries):
    # a word two languages share counts for both
    "en": "the of and to is was that for with on are it by from have has this be not were",
    "de": "der die und das ist nicht den mit sich dem auf ein eine auch von für wird wurde sind im",
    "fr": "de le la les et des est une pour dans qui pas sur au du avec par ce sont été plus",
    "es": "de el la los las que y del por una para con se es al fue más como está pero",
    "pt": "de o os que não uma do da em com para são dos das foi ao mais pelo pela também",
    "it": "il che di la della per non è sono gli del con una nel alla anche dei delle",
    "nl": "de het een en van is niet op dat zijn met voor ook werd wordt naar bij",
    "da": "og at det er til på af som ikke med en den for har var de",
    "sv": "och att det som en är på av för med till har inte den om var",
    "pl": "się nie w i na że z do jest to jak ale od po przez dla",
    "cs": "se je na že v a ve který to jako pro by od jsou",
    "tr": "ve bir bu için ile da de olarak olan çok daha gibi",
}

_LANGUAGES: Final[tuple[Language, ...]] = (
    "en",
    "de",
    "fr",
    "es",
    "pt",
    "it",
    "nl",
    "da",
    "sv",
    "pl",
    "cs",
    "tr",
)
_MARKER_OF: Final = {
    w: tuple(k for k, lang in enumerate(_LANGUAGES) if w in _MARKERS[lang].split())
    for words in _MARKERS.values()
    for w in words.split()
}
"""Marker word -> the indices (into `_LANGUAGES`) of the languages it marks."""

_PUNCTUATION: Final = '.,;:!?"()[]«»“”„…'
"""The punctuation that may stand next to a marker word (every marker is letters only)."""

_LATIN: Final = frozenset(_LANGUAGES)
"""The languages the guess knows, all written in Latin letters."""

_NON_LATIN_FUNCTION_WORDS: Final = frozenset().union(
    *(ws for lang, ws in tx.FUNCTION_WORDS_BY_LANGUAGE.items() if lang not in _LATIN)
)
"""Function words of the scripts other than Latin (Cyrillic, Arabic): no Latin word collides
with them, so a quotation in Russian keeps its own."""

FUNCTION_WORDS_OF: Final = {
    lang: tx.FUNCTION_WORDS_BY_LANGUAGE.get(lang, frozenset())
    | tx.KNOWN_LANGUAGE_FUNCTION_WORDS.get(lang, frozenset())
    | _NON_LATIN_FUNCTION_WORDS
    for lang in _LANGUAGES
}
"""A known language's function words (with those of the other scripts)."""


def guess_language(texts: Sequence[str]) -> Language:
    """The language of a record's lines from the first `SAMPLE_CHARS` of their words, or ""
    when the sample does not tell.

    >>> guess_language(["Die Regierung hat mit den Vertretern der Clubszene gesprochen, und"
    ...                 " sie ist nicht die einzige, die das will."] * 3)
    'de'
    >>> guess_language(["The talks with the union ended on Monday and the strike is over."] * 3)
    'en'
    >>> guess_language(["Anna Berg", "Jane Roe"])
    ''

    The sample ends after a number of the words' characters, not at a line's end: the
    repair's output, whose lines are joined, is read in the same language as its input (a
    German record whose later lines are English kept its first lines' language only when it
    was read line by line).

    >>> german = ["Sie sagte, dass die Stadt und der Bund", "für die Bahn zahlen."] * 30
    >>> guess_language(german + ["and the talks"] * 60)
    'de'
    >>> guess_language([" ".join(german + ["and the talks"] * 60)])
    'de'
    """
    words: list[str] = []
    size = 0  # characters of the words read
    goal = FIRST_CHARS
    for text in texts:  # (a long record shows its language early; the cost stays bounded)
        # (one line of megabytes is read in part: `LINE_CHARS` hold `SAMPLE_CHARS` of words)
        line = _words(text[:LINE_CHARS])
        more = sum(map(len, line))
        if size + more < goal:  # (most lines: no goal reached inside them)
            words += line
            size += more
            continue
        for word in line:
            words.append(word)
            size += len(word)
            if size >= goal:
                language = _decide(words)
                if language or goal == SAMPLE_CHARS:
                    return language
                goal = SAMPLE_CHARS
    return _decide(words)


def _words(text: str) -> list[str]:
    """The lower-cased words of ``text``, punctuation removed (a word before a stop or comma
    counts as well: joining ``le`` / ``.`` must not change the guess, or repairing the repair's
    output would read the record in another language)."""
    text = text.lower()
    for mark in _PUNCTUATION:  # (a `replace` a mark: 30 times faster than one `translate`)
        if mark in text:
            text = text.replace(mark, " ")
    return text.split()


def _decide(words: Sequence[str]) -> Language:
    """The language of the lower-cased ``words`` (see `guess_language`)."""
    counts = [0] * len(_LANGUAGES)
    markers = _MARKER_OF
    # only the marker words are looked at (a sixth of the words), picked out in C: a third
    # faster than counting every word first (a `Counter`) and keeping the markers' counts
    for w in filter(markers.__contains__, words):
        for k in markers[w]:
            counts[k] += 1
    best = max(counts)
    if best < MIN_HITS:
        return ""
    lead = counts.index(best)
    runner_up = max(c for k, c in enumerate(counts) if k != lead)
    return _LANGUAGES[lead] if best >= LEAD * runner_up else ""


_DETERMINERS_DE: Final = tx.words(
    "der die dem den des ein eine einem einen einer eines zum zur im ins beim vom kein keine"
    " keinem keinen keiner meine meinem meinen meiner seine seinem seinen seiner seines ihre"
    " ihrem ihren ihrer ihres unsere unserem unseren unserer unseres diese dieser diesem diesen"
    " dieses jede jeder jedem jeden jedes welche welcher welchem welchen"
)
"""German articles and determiners: a lower-case word after one is an inflected adjective
waiting for its noun (``der neuen`` / ``Bundesregierung``), since German nouns are capitalised
(not ``am``: ``am besten`` ends sentences; not ``das``, a pronoun as often: ``ist das hier``)."""

_NOT_ADJECTIVES_DE: Final = tx.words(
    "hier immer wieder aber oder über unter alles alle allen andere anderen beide beiden"
    " meisten einen mehr sehr weniger später früher besser"
)
"""Adverbs, pronouns and comparatives with an adjective's ending, which end sentences after a
pronoun spelled like an article (``die anderen``, ``den meisten``)."""

_ADJECTIVE_ENDINGS: Final = ("e", "en", "er", "es", "em")
"""German adjective endings after an article."""


def ends_in_attributive(line: str, language: Language) -> bool:
    """Whether ``line`` ends in an article and an inflected adjective, in a language that
    capitalises its nouns (German): the noun is on the next line.

    >>> ends_in_attributive("Gefragt, ob die neue", "de"), ends_in_attributive("the new", "en")
    (True, False)
    >>> ends_in_attributive("Schritt 3: Kneten und formen", "de")
    False
    """
    if language != "de":
        return False
    space = line.rfind(" ")
    word = line[space + 1 :]
    if space < 0 or len(word) < 4 or not word.islower() or not word.isalpha():
        return False  # (three letters or fewer: "her", "mit", never an inflected adjective)
    if not word.endswith(_ADJECTIVE_ENDINGS) or word in _NOT_ADJECTIVES_DE:
        return False
    before = line[line.rfind(" ", 0, space) + 1 : space]
    return before.lower() in _DETERMINERS_DE


def function_words(language: Language) -> frozenset[str]:
    """The function words a line's last word is read against in a record in ``language``:
    that language's (and those of the non-Latin scripts), or every language's when unknown.

    >>> "her" in function_words("de"), "her" in function_words("en"), "her" in function_words("")
    (False, True, True)
    """
    return FUNCTION_WORDS_OF[language] if language else tx.FUNCTION_WORDS


def ends_in_function_word(text: str, language: Language) -> bool:
    """Whether ``text`` ends in a function word of a record in ``language`` (or, in German, in
    an article and an adjective), as `LineFacts.fw` reads each line: a block is judged by the
    same words as its lines, so that the repair's output, laid out with blank lines, keeps its
    kinds (``Le le le le a``: French ``a`` is a verb, English ``a`` an article).

    >>> ends_in_function_word("Le conseil a", "fr"), ends_in_function_word("Le conseil a", "")
    (False, True)
    """
    if not text or not text[-1].isalnum():
        return False
    if tx.ends_with_function_word(text, function_words(language)):
        return True
    return language == "de" and ends_in_attributive(text, language)
