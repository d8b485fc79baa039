"""Linking incidents that share parties: the same victim and the same suspect.

Earlier incidents between the same victim and suspect make a later incident a continuation even
when the later call never mentions them (DOMAIN.md, "Linking incidents"). Identities are
normalised phone numbers, names and person references. Two incidents link when

* they share a (victim identity, suspect identity) pair key, and
* neither their victims nor their suspects contradict each other: where both incidents give a
  kind of identity (phone, name, reference) for the victim, they share one, and the same for
  the suspect. A phone number shared by chance (numbers are reused, mistyped, or drawn from a
  small pool) does not link two people whose names or references differ.

Look-up is by key, never all pairs. A key shared by more than `MAX_KEY_INCIDENTS` incidents (a
shop's phone, a common name) identifies no one and is ignored, which also bounds the work.

Three engines give the same answers: `link_incidents` (in memory: training, evaluation, tests),
`LinkIndex` (on disk, for archives that do not fit in memory: batch.py) and the Dask shuffle in
distributed.py; all three are built from `LinkEntry`, `same_pair` and `history_of` below.
"""
from __future__ import annotations

import bisect
import re
import sqlite3
import tempfile
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .records import History, Incident, Party

VICTIM_ROLES = ("victim",)
FALLBACK_VICTIM_ROLES = ("caller",)
SUSPECT_ROLES = ("suspect",)
IDENTITY_KINDS = ("phone", "name", "ref")
# Listing hundreds of ids would bury the reviewer; `earlier` still counts them all.
MAX_LINKED = 50
# A key shared by more incidents than this says nothing about a course of conduct.
MAX_KEY_INCIDENTS = 1000
# Incidents added to a `LinkIndex` are written to SQLite this many at a time.
FLUSH_EVERY = 2000
_NON_DIGIT = re.compile(r"\D+")
_SPACES = re.compile(r"[^a-z0-9]+")
_PLACEHOLDER_NAMES = {"unknown", "unknown male", "unknown female", "n/a", "na", "none",
                      "not known", "anon", "anonymous", "withheld"}
_SEP = "\x1f"  # joins identities in one SQLite column; never part of a normalised identity


def normalise_phone(phone: str) -> str | None:
    """UK-style normalisation: digits only, +44/0044 -> 0. Too-short numbers are ignored.

    >>> normalise_phone("+44 7700 900123"), normalise_phone("07700-900123")
    ('07700900123', '07700900123')
    """
    digits = _NON_DIGIT.sub("", phone)
    if digits.startswith("0044"):
        digits = "0" + digits[4:]
    elif digits.startswith("44") and len(digits) == 12:
        digits = "0" + digits[2:]
    return digits if len(digits) >= 7 else None


def normalise_name(name: str) -> str | None:
    """Lower case, punctuation folded; placeholders like 'unknown male' are not identities."""
    folded = _SPACES.sub(" ", name.lower()).strip()
    return folded if folded and folded not in _PLACEHOLDER_NAMES else None


def identities(party: Party) -> set[str]:
    """Every identity a party can be recognised by."""
    found = set()
    if party.phone and (phone := normalise_phone(party.phone)):
        found.add("phone:" + phone)
    if party.name and (name := normalise_name(party.name)):
        found.add("name:" + name)
    if party.ref and party.ref.strip():
        found.add("ref:" + party.ref.strip().upper())
    return found


def _identities_of(parties: Iterable[Party]) -> frozenset[str]:
    return frozenset().union(*(identities(p) for p in parties))


def victim_identities(incident: Incident) -> frozenset[str]:
    """Identities of the incident's victims (its callers when no victim is named)."""
    victims = [p for p in incident.parties if p.role in VICTIM_ROLES]
    if not victims:
        victims = [p for p in incident.parties if p.role in FALLBACK_VICTIM_ROLES]
    return _identities_of(victims)


def suspect_identities(incident: Incident) -> frozenset[str]:
    return _identities_of(p for p in incident.parties if p.role in SUSPECT_ROLES)


def pair_keys(incident: Incident) -> set[str]:
    """Keys of the incident's (victim identity, suspect identity) pairs."""
    suspects = suspect_identities(incident)
    return {f"{v}|{s}" for v in victim_identities(incident) for s in suspects}


def compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of identities can be the same person: every kind of identity that both
    give (phone, name, reference) has a value in common.

    >>> compatible(frozenset({"phone:1", "name:ann"}), frozenset({"phone:1"}))
    True
    >>> compatible(frozenset({"phone:1", "name:ann"}), frozenset({"phone:1", "name:bo"}))
    False
    """
    if a == b:
        return True
    return not any(mine and theirs and mine.isdisjoint(theirs)
                   for mine, theirs in zip(_by_kind(a), _by_kind(b)))


# Party identities recur (the same pairs call again), so the look-ups below are cached; a few
# thousand entries catch the recurring ones. Bounded: at 65,536 entries each they held ~90 MiB.
IDENTITY_CACHE = 1 << 12


@lru_cache(maxsize=IDENTITY_CACHE)
def _by_kind(ids: frozenset[str]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(i for i in ids if i.startswith(kind + ":")) for kind in IDENTITY_KINDS)


@dataclass(frozen=True)
class LinkEntry:
    """What linking needs to know of one incident: small, picklable, no texts."""

    position: int                 # in the archive: ties in report time go by archive order
    incident_id: str
    reported_at: str | None
    victims: frozenset[str]
    suspects: frozenset[str]

    @classmethod
    def of(cls, position: int, incident: Incident) -> "LinkEntry":
        return cls(position, incident.incident_id, incident.reported_at,
                   victim_identities(incident), suspect_identities(incident))

    @property
    def keys(self) -> set[str]:
        return {f"{v}|{s}" for v in self.victims for s in self.suspects}


def same_pair(a: LinkEntry, b: LinkEntry) -> bool:
    """Two incidents (already sharing a pair key) are between the same victim and suspect."""
    return compatible(a.victims, b.victims) and compatible(a.suspects, b.suspects)


def order_key(reported_at: str | None, position: int) -> tuple[str, int]:
    """Incidents order by report time (ISO strings sort in time order), then archive position."""
    return (reported_at or "", position)


def history_from(incident: Incident, position: int,
                 others: Iterable[tuple[str, str | None, int]]) -> History:
    """History from the linked incidents' (id, reported_at, archive position)."""
    return _history(incident.incident_id, incident.reported_at, position, others)


def _history(incident_id: str, reported_at: str | None, position: int,
             others: Iterable[tuple[str, str | None, int]]) -> History:
    mine = order_key(reported_at, position)
    ordered = sorted((order_key(at, pos), other_id) for other_id, at, pos in others
                     if other_id != incident_id)
    linked = tuple(dict.fromkeys(other_id for _, other_id in ordered))[:MAX_LINKED]
    earlier = sum(1 for key, _ in ordered if key < mine)
    return History(linked=linked, earlier=earlier)


def history_of(entry: LinkEntry, candidates: Iterable[LinkEntry]) -> History:
    """History of an incident from the incidents sharing one of its (non-hub) keys."""
    others = {c.position: c for c in candidates
              if c.position != entry.position and same_pair(entry, c)}
    return _history(entry.incident_id, entry.reported_at, entry.position,
                    ((c.incident_id, c.reported_at, c.position) for c in others.values()))


def link_incidents(incidents: Iterable[Incident]) -> dict[str, History]:
    """History for every incident of an in-memory collection (training, evaluation, tests).

    >>> from crimeaudit.records import Party
    >>> ann, bo = Party("victim", "Ann Lee"), Party("suspect", "Bo Day")
    >>> found = link_incidents([Incident("A", "x", "", "2024-01-01", parties=(ann, bo)),
    ...                         Incident("B", "y", "", "2024-02-01", parties=(ann, bo))])
    >>> found["B"]
    History(linked=('A',), earlier=1)
    """
    entries = [LinkEntry.of(position, incident) for position, incident in enumerate(incidents)]
    by_key: dict[str, list[LinkEntry]] = defaultdict(list)
    for entry in entries:
        for key in entry.keys:
            by_key[key].append(entry)
    return {entry.incident_id: history_of(entry, (other for key in entry.keys
                                                  if len(by_key[key]) <= MAX_KEY_INCIDENTS
                                                  for other in by_key[key]))
            for entry in entries}


class LinkIndex:
    """On-disk index of an archive's victim-suspect keys (SQLite), for archives too large to
    hold in memory. Built in one streaming pass; queried a chunk at a time by key, never all
    pairs. Memory stays flat: SQLite keeps a small page cache, the rest is on disk.

    >>> from crimeaudit.records import Party
    >>> a = Incident("A", "x", "", parties=(Party("victim", "Ann Lee"), Party("suspect", "Bo Day")))
    >>> b = Incident("B", "y", "", parties=(Party("victim", "ann lee"), Party("suspect", "BO DAY")))
    >>> with LinkIndex() as index:
    ...     index.add(0, a); index.add(1, b)
    ...     index.histories([(1, b)])["B"].linked
    ('A',)
    """

    def __init__(self, path: str | None = None, *, built: bool = False):
        """A new, empty index in a temporary folder (or at `path`); with `built`, the complete
        index another process built at `path` (after its `complete()`), opened read-only."""
        self._tmp = None
        if path is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="crimeaudit-links-")
            path = f"{self._tmp.name}/links.sqlite"
        self.path = path
        self._hubs: set[str] | None = None
        self._rows: list[tuple[Any, ...]] = []        # added, not yet written: see `_flush`
        self._key_rows: list[tuple[str, int]] = []
        self.size = 0
        if built:
            self._db = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
            self._hubs = self._find_hubs()
            return
        # Batch scoring reads the index from the thread that feeds joblib's workers; it is
        # never used from two threads at once.
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE;"
            "CREATE TABLE IF NOT EXISTS incidents (pos INTEGER PRIMARY KEY, id TEXT, at TEXT,"
            " victims TEXT, suspects TEXT);"
            "CREATE TABLE IF NOT EXISTS keys (key TEXT, pos INTEGER);")

    def add(self, position: int, incident: Incident) -> None:
        self.add_entry(LinkEntry.of(position, incident))

    def add_entry(self, entry: LinkEntry) -> None:
        keys = entry.keys
        if not keys:
            return
        self._hubs = None
        self._rows.append((entry.position, entry.incident_id, entry.reported_at,
                           _SEP.join(sorted(entry.victims)), _SEP.join(sorted(entry.suspects))))
        self._key_rows.extend((k, entry.position) for k in keys)
        self.size += 1
        if len(self._rows) >= FLUSH_EVERY:
            self._flush()

    def _flush(self) -> None:
        """Write the entries added since the last flush: one `executemany` per table for
        thousands of incidents costs a fraction of two statements per incident."""
        if self._rows:
            self._db.executemany("INSERT OR REPLACE INTO incidents VALUES (?, ?, ?, ?, ?)",
                                 self._rows)
            self._db.executemany("INSERT INTO keys VALUES (?, ?)", self._key_rows)
            self._rows, self._key_rows = [], []

    def complete(self) -> None:
        """Say that every incident has been added: the index is made ready to query (which the
        first query does anyway) and can be opened by other processes (`built=True`)."""
        self._ready()

    def _find_hubs(self) -> set[str]:
        return {key for (key,) in self._db.execute(
            "SELECT key FROM keys GROUP BY key HAVING COUNT(*) > ?", (MAX_KEY_INCIDENTS,))}

    def _ready(self) -> set[str]:
        """After the last `add`, once: index the keys, find the hubs, and list the positions
        that share a key with another incident (most incidents share none and need no look-up)."""
        if self._hubs is None:
            self._flush()
            self._db.executescript(
                "CREATE INDEX IF NOT EXISTS keys_by_key ON keys (key);"
                "DROP TABLE IF EXISTS linked;"
                "CREATE TABLE linked (pos INTEGER PRIMARY KEY);")
            self._hubs = self._find_hubs()
            self._db.execute(
                "INSERT OR IGNORE INTO linked SELECT k.pos FROM keys k JOIN (SELECT key FROM keys "
                "GROUP BY key HAVING COUNT(*) BETWEEN 2 AND ?) s ON s.key = k.key",
                (MAX_KEY_INCIDENTS,))
            self._db.commit()
        return self._hubs

    def _members(self, keys: Sequence[str]) -> dict[str, list[LinkEntry]]:
        members: dict[str, list[LinkEntry]] = defaultdict(list)
        seen: dict[int, LinkEntry] = {}
        for start in range(0, len(keys), 500):   # SQLite's limit on bound parameters
            batch = keys[start:start + 500]
            rows = self._db.execute(
                "SELECT k.key, i.pos, i.id, i.at, i.victims, i.suspects FROM keys k "
                f"JOIN incidents i ON i.pos = k.pos WHERE k.key IN ({','.join('?' * len(batch))})",
                batch)
            for key, pos, incident_id, at, victims, suspects in rows:
                entry = seen.get(pos)
                if entry is None:
                    entry = seen[pos] = LinkEntry(pos, incident_id, at, _split(victims),
                                                  _split(suspects))
                members[key].append(entry)
        return members

    def histories_by_position(self, chunk: Iterable[tuple[int, Incident]]) -> dict[int, History]:
        """History of each (archive position, incident) of a chunk that has links."""
        hubs = self._ready()
        chunk = list(chunk)
        if not chunk:
            return {}
        positions = [position for position, _ in chunk]
        linked = {pos for (pos,) in self._db.execute(
            "SELECT pos FROM linked WHERE pos BETWEEN ? AND ?", (min(positions), max(positions)))}
        entries = [LinkEntry.of(position, incident) for position, incident in chunk
                   if position in linked]
        wanted = sorted({key for entry in entries for key in entry.keys} - hubs)
        members = self._members(wanted) if wanted else {}
        result = {}
        for entry in entries:
            candidates = [other for key in entry.keys for other in members.get(key, ())]
            if candidates:
                history = history_of(entry, candidates)
                if history.linked:
                    result[entry.position] = history
        return result

    def histories(self, chunk: Iterable[tuple[int, Incident]]) -> dict[str, History]:
        """History of each (archive position, incident) of a chunk, by incident id."""
        chunk = list(chunk)
        found = self.histories_by_position(chunk)
        return {incident.incident_id: found[position] for position, incident in chunk
                if position in found}

    def close(self) -> None:
        self._db.close()
        if self._tmp is not None:
            self._tmp.cleanup()

    def __enter__(self) -> "LinkIndex":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@lru_cache(maxsize=IDENTITY_CACHE)
def _split(joined: str) -> frozenset[str]:
    return frozenset(joined.split(_SEP)) if joined else frozenset()


# --------------------------------------------------------------------------- sharded linking
# The archive split into parts (Dask partitions): each part's entries are spread over buckets
# by key, each bucket links its keys, and each part collects the histories of its incidents.
# Bucketing uses a stable hash: Python's own `hash` of a string differs between processes.

def bucket_of(key: str, buckets: int) -> int:
    return zlib.crc32(key.encode("utf-8")) % buckets


def entries_by_bucket(entries: Iterable[LinkEntry], buckets: int
                      ) -> list[dict[str, list[LinkEntry]]]:
    """One part's entries as `buckets` dicts of key -> entries."""
    out: list[dict[str, list[LinkEntry]]] = [defaultdict(list) for _ in range(buckets)]
    for entry in entries:
        for key in entry.keys:
            out[bucket_of(key, buckets)][key].append(entry)
    return [dict(bucket) for bucket in out]


def link_bucket(parts: Sequence[dict[str, list[LinkEntry]]], part_of: "PartOf"
                ) -> dict[int, dict[int, tuple[LinkEntry, dict[int, LinkEntry]]]]:
    """Link the keys of one bucket (its share from every part): for each part, each linked
    incident's entry and its partners found through this bucket's keys."""
    by_key: dict[str, list[LinkEntry]] = defaultdict(list)
    for part in parts:
        for key, entries in part.items():
            by_key[key].extend(entries)
    found: dict[int, dict[int, tuple[LinkEntry, dict[int, LinkEntry]]]] = defaultdict(dict)
    for entries in by_key.values():
        if not 2 <= len(entries) <= MAX_KEY_INCIDENTS:
            continue
        for entry in entries:
            partners = [o for o in entries if o.position != entry.position and same_pair(entry, o)]
            if partners:
                slot = found[part_of(entry.position)].setdefault(entry.position, (entry, {}))
                slot[1].update((o.position, o) for o in partners)
    return dict(found)


def part_histories(shares: Iterable[dict[int, tuple[LinkEntry, dict[int, LinkEntry]]]]
                   ) -> dict[int, History]:
    """Histories of one part's incidents from every bucket's share (partners by position)."""
    merged: dict[int, tuple[LinkEntry, dict[int, LinkEntry]]] = {}
    for share in shares:
        for position, (entry, partners) in share.items():
            merged.setdefault(position, (entry, {}))[1].update(partners)
    return {position: history_of(entry, partners.values())
            for position, (entry, partners) in merged.items()}


class PartOf:
    """Which part an archive position falls in, from the parts' first positions."""

    def __init__(self, starts: Sequence[int]):
        self.starts = list(starts)

    def __call__(self, position: int) -> int:
        return bisect.bisect_right(self.starts, position) - 1

