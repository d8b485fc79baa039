"""A tiny phrase grammar: short templates with alternatives and slots.

The corpus gets its variety from composing many short pieces, so every phrase bank is written
in this notation rather than as fixed sentences:

* ``[a|b|c]`` picks one alternative; alternatives nest, and an empty one makes a group optional
  (``[really |]scared``);
* ``{name}`` is filled from a slot table: a plain string is inserted as it is, a list or tuple is
  treated as more templates (one is picked and expanded), a callable gets the random generator;
* the bare words "he", "him", "his" and "himself" always mean the other party of the call (the
  suspect, or the person a caller is worried about) and become the slots ``{he}``, ``{him}``...,
  so one phrase serves a male or a female other party.

>>> import random
>>> render("[hi|hello] {who}", random.Random(1), {"who": "there"}) in {"hi there", "hello there"}
True

Templates are parsed once and cached, which keeps generation fast enough for 100,000 calls in
a few minutes.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Union

SlotValue = Union[str, Sequence[str], Callable[[random.Random], str]]
Slots = Mapping[str, SlotValue]

# Parsed nodes are plain tuples, cheaper than objects on the hot path:
# ("t", text) literal text, ("s", name) a slot, ("a", (seq, seq, ...)) alternatives.
Node = tuple
Seq = tuple

_CACHE: dict[str, Seq] = {}
_PRONOUN = re.compile(r"(?<![{\w])(he|him|his|himself|He|Him|His|Himself)(?![}\w])")
_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,.?!;:])")
_DOUBLE_PUNCT = re.compile(r"([,.?!])[,.]+")
# "a" before a vowel sound; words starting "u"/"one"/"eu" usually take "a" and are left alone.
_A_AN = re.compile(r"\b([Aa]) (?=(?!one\b|one-|once\b)[aeioAEIO]|[Hh]our|[Uu]nk|[Uu]nd)")


class TemplateError(ValueError):
    """A template is malformed (unbalanced brackets or braces) or names an unknown slot."""


def parse(template: str) -> Seq:
    """Parse a template into a tuple of nodes (cached)."""
    cached = _CACHE.get(template)
    if cached is not None:
        return cached
    text = _PRONOUN.sub(lambda m: "{" + m.group(1).lower() + "}", template)
    nodes, end = _parse_seq(text, 0, 0)
    if end != len(text):  # only a stray "|" or "]" stops the top level early
        raise TemplateError(f"unexpected {text[end]!r} at {end} in template {template!r}")
    _CACHE[template] = nodes
    return nodes


def _parse_seq(text: str, pos: int, depth: int) -> tuple[Seq, int]:
    """Parse until the end of the text, or a ``|``/``]`` that closes the enclosing group."""
    nodes: list[Node] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            nodes.append(("t", "".join(buf)))
            buf.clear()

    while pos < len(text):
        ch = text[pos]
        if ch == "[":
            flush()
            alts = []
            pos += 1
            while True:
                seq, pos = _parse_seq(text, pos, depth + 1)
                alts.append(seq)
                if pos >= len(text):
                    raise TemplateError(f"unclosed '[' in template {text!r}")
                if text[pos] == "]":
                    pos += 1
                    break
                pos += 1  # skip "|"
            nodes.append(("a", tuple(alts)))
        elif ch in "|]":
            if depth == 0:
                raise TemplateError(f"stray {ch!r} at {pos} in template {text!r}")
            break
        elif ch == "{":
            end = text.find("}", pos)
            if end < 0:
                raise TemplateError(f"unclosed '{{' in template {text!r}")
            flush()
            nodes.append(("s", text[pos + 1:end]))
            pos = end + 1
        else:
            buf.append(ch)
            pos += 1
    flush()
    return tuple(nodes), pos


def _expand(nodes: Seq, rng: random.Random, slots: Slots, out: list[str]) -> None:
    for node in nodes:
        kind = node[0]
        if kind == "t":
            out.append(node[1])
        elif kind == "a":
            alts = node[1]
            _expand(alts[int(rng.random() * len(alts))], rng, slots, out)
        else:
            try:
                value = slots[node[1]]
            except KeyError:
                raise TemplateError(f"unknown slot {{{node[1]}}}") from None
            if isinstance(value, str):
                out.append(value)
            elif callable(value):
                out.append(value(rng))
            else:
                _expand(parse(value[int(rng.random() * len(value))]), rng, slots, out)


def tidy(text: str) -> str:
    """Collapse the doubled spaces and stray punctuation left by empty alternatives."""
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _DOUBLE_PUNCT.sub(r"\1", text)
    text = _A_AN.sub(lambda m: m.group(1) + "n ", text)
    return text.strip()


def render(template: str | Sequence[str], rng: random.Random, slots: Slots) -> str:
    """Expand one template (or one picked at random from a sequence of them) and tidy it."""
    if not isinstance(template, str):
        template = template[int(rng.random() * len(template))]
    out: list[str] = []
    _expand(parse(template), rng, slots, out)
    return tidy("".join(out))


def pick(rng: random.Random, options: Sequence):
    """One element of a non-empty sequence, uniformly (a cheaper ``rng.choice``)."""
    return options[int(rng.random() * len(options))]


def chance(rng: random.Random, p: float) -> bool:
    """True with probability ``p``."""
    return rng.random() < p


def weighted(rng: random.Random, table: Mapping[str, float]) -> str:
    """A key of ``table`` drawn with probability proportional to its weight."""
    total = sum(table.values())
    x = rng.random() * total
    for key, weight in table.items():
        x -= weight
        if x < 0:
            return key
    return next(reversed(table))  # only reached through float rounding
