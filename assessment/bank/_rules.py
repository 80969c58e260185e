"""Writing rules checked across the whole bank (families not archived).

- the key of a single-choice item is never more than ``KEY_RATIO`` times as long as the longest
  other proposal, and it is the longest proposal in at most ``KEY_LONGEST_MAX`` of them;
- an id never contains a word of its key;
- likely enemies: a key term of one family printed in another family's text, unless declared.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Final

from assessment.bank._model import (
    LOCALES,
    BankProblem,
    Challenge,
    ChallengeType,
    FieldsSolution,
    FreeAnswerSolution,
    MultipleChoiceSolution,
    NumberSolution,
    SingleChoiceSolution,
    Status,
)

KEY_RATIO: Final = 1.5
KEY_LONGEST_MAX: Final = 0.30
RARE_FAMILIES: Final = 3  # a term printed in more families than this is not distinctive
WORD_RE: Final = re.compile(r"[a-z0-9]+(?:[.+#][a-z0-9]+)*")
CODE_RE: Final = re.compile(r"`([^`]+)`")
ACRONYM_RE: Final = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")
ID_NOISE: Final = frozenset({"c", "f"})


def normalise(text: str) -> str:
    """Accents removed, case folded, typographic quotes folded: for comparing terms."""
    if text.isascii():
        return text.casefold()
    value = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    value = value.encode("ascii", "ignore").decode("ascii")  # drops the combining accents
    return value.casefold()


def words(text: str) -> list[str]:
    return WORD_RE.findall(normalise(text))


def key_texts(c: Challenge, locale: str) -> list[str]:
    """The texts of the right answer of ``c`` in ``locale`` (proposals or accepted answers)."""
    s = c.solution
    proposals = c.content(locale).proposals
    if isinstance(s, SingleChoiceSolution):
        return [proposals[s.index]]
    if isinstance(s, MultipleChoiceSolution):
        return [proposals[i] for i in sorted(s.indices)]
    if isinstance(s, FreeAnswerSolution):
        return list(s.accepted_for(locale))
    if isinstance(s, NumberSolution):
        return [f"{s.value:g}"]
    if isinstance(s, FieldsSolution):
        out: list[str] = []
        for _, one in s.fields:
            out += (
                [f"{one.value:g}"]
                if isinstance(one, NumberSolution)
                else list(one.accepted_for(locale))
            )
        return out
    return []


def key_is_longest(c: Challenge) -> bool:
    s = c.solution
    assert isinstance(s, SingleChoiceSolution)
    return all(
        len(p) < len(c.fr.proposals[s.index]) for i, p in enumerate(c.fr.proposals) if i != s.index
    )


def _key_too_long(c: Challenge, locale: str) -> bool:
    s = c.solution
    assert isinstance(s, SingleChoiceSolution)
    props = c.content(locale).proposals
    others = [len(p) for i, p in enumerate(props) if i != s.index]
    return len(props[s.index]) > KEY_RATIO * max(others)


def _id_words(family: str) -> set[str]:
    return {
        t
        for t in re.split(r"[-.~]", family)
        if (t not in ID_NOISE and not t.isdigit()) or (len(t) >= 3 and t.isdigit())
    }


def _spells(token: str, word: str) -> bool:
    if token == word:
        return True
    return len(token) >= 5 and len(word) >= 5 and (word.startswith(token) or token.startswith(word))


def id_spells_key(c: Challenge) -> str | None:
    """A word of the key found in the family id, or None."""
    tokens = _id_words(c.family)
    for locale in LOCALES:
        for text in key_texts(c, locale):
            for word in words(text):
                if (len(word) >= 4 and not word.isdigit()) or (word.isdigit() and len(word) >= 3):
                    for token in tokens:
                        if _spells(token, word):
                            return word
    return None


def _terms(c: Challenge, locale: str) -> set[str]:
    """Distinctive terms of the key of ``c`` in ``locale`` (normalised)."""
    terms: set[str] = set()
    if c.type in (ChallengeType.FREE_ANSWER, ChallengeType.FIELDS, ChallengeType.NUMBER):
        terms |= {normalise(t).strip(" .=$\"'") for t in key_texts(c, locale)}
        return {t for t in terms if len(t) >= 3}
    content = c.content(locale)
    keys = key_texts(c, locale)
    others = [p for p in content.proposals if p not in keys]
    other_words = set(words(" ".join(others))) | set(words(content.statement))
    for key in keys:
        terms |= {normalise(t) for t in CODE_RE.findall(key)}
        terms |= {w for w in words(key) if w.isdigit() and len(w) >= 3}
        terms |= {w for w in words(" ".join(ACRONYM_RE.findall(key))) if w not in other_words}
        if len(key) >= 12:
            terms.add(normalise(key).strip(" .!?"))
    return {t for t in terms if len(t) >= 3}


TOKEN_RE: Final = re.compile(r"[a-z0-9]+")


def _tokens(text: str) -> str:
    """`` tok1 tok2 … `` (spaces around): terms are matched as whole token sequences."""
    return " " + " ".join(TOKEN_RE.findall(normalise(text))) + " "


def _text_of(c: Challenge, locale: str) -> str:
    content = c.content(locale)
    labels = " ".join(label for _, label in content.fields)
    return _tokens(" ".join([content.statement, *content.proposals, labels]))


def likely_enemies(items: Sequence[Challenge]) -> list[tuple[Challenge, Challenge, str]]:
    """(owner, other, term): a distinctive key term of ``owner`` printed in ``other``."""
    firsts: dict[str, Challenge] = {}
    for c in items:
        if c.status is not Status.ARCHIVED:
            firsts.setdefault(c.family, c)
    found = []
    for locale in LOCALES:
        texts = {f: _text_of(c, locale) for f, c in firsts.items()}
        index: dict[str, set[str]] = {}
        for family, text in texts.items():
            for token in set(text.split()):
                index.setdefault(token, set()).add(family)
        for family, owner in firsts.items():
            for term in sorted(_terms(owner, locale)):
                wanted = _tokens(term)
                words_of = wanted.split()
                if not any(len(w) >= 3 for w in words_of):
                    continue  # "4.5", "[-5]": too common once split into tokens
                candidates = set.intersection(*(index.get(w, set()) for w in words_of))
                hits = sorted(g for g in candidates - {family} if wanted in texts[g])
                if len(hits) > RARE_FAMILIES:
                    continue
                found += [(owner, firsts[g], term) for g in hits]
    return found


def writing_problems(items: Iterable[Challenge]) -> list[BankProblem]:
    """Every writing-rule problem of the bank (families not archived)."""
    live = [c for c in items if c.status is not Status.ARCHIVED]
    problems: list[BankProblem] = []
    single = [c for c in live if isinstance(c.solution, SingleChoiceSolution)]
    for c in single:
        for locale in LOCALES:
            if _key_too_long(c, locale):
                problems.append(
                    BankProblem(
                        c.file,
                        c.id,
                        f"{locale}: the key is over {KEY_RATIO}× the longest other proposal",
                    )
                )
    longest = sum(key_is_longest(c) for c in single)
    if single and longest / len(single) > KEY_LONGEST_MAX:
        problems.append(
            BankProblem(
                "<bank>",
                None,
                f"the key is the longest proposal in {longest} of {len(single)} single-choice"
                f" items ({longest / len(single):.0%}), over {KEY_LONGEST_MAX:.0%}",
            )
        )
    reported: set[str] = set()
    for c in live:
        word = id_spells_key(c)
        if word is not None and c.family not in reported:
            reported.add(c.family)
            problems.append(BankProblem(c.file, c.family, f"the id spells the key ({word!r})"))
    declared = {(c.family, e) for c in live for e in c.enemies}
    seen: set[tuple[str, str]] = set()
    for owner, other, term in likely_enemies(live):
        pair = (owner.family, other.family)
        if pair in declared or pair[::-1] in declared or pair in seen:
            continue
        seen.add(pair)
        problems.append(
            BankProblem(
                other.file,
                other.family,
                f"likely enemy of {owner.family}: prints its key term {term!r}"
                " (declare it in 'enemies' or rewrite)",
            )
        )
    return problems
