"""Linking incidents that share parties: the same victim and the same suspect.

Earlier incidents between the same victim and suspect make a later incident a continuation even
when the later call never mentions them (DOMAIN.md, "Linking incidents"). Identities are
normalised phone numbers, names and person references; two incidents link when they share a
(victim identity, suspect identity) pair. Look-up is by key, never all pairs.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from .records import History, Incident, Party

VICTIM_ROLES = ("victim",)
FALLBACK_VICTIM_ROLES = ("caller",)
SUSPECT_ROLES = ("suspect",)
# A key shared by very many incidents (a shop's phone, "unknown male") says nothing about a
# course of conduct; listing hundreds of ids would also bury the reviewer.
MAX_LINKED = 50
_NON_DIGIT = re.compile(r"\D+")
_SPACES = re.compile(r"[^a-z0-9]+")
_PLACEHOLDER_NAMES = {"unknown", "unknown male", "unknown female", "n/a", "na", "none",
                      "not known", "anon", "anonymous", "withheld"}


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


def pair_keys(incident: Incident) -> set[str]:
    """Keys of the incident's (victim identity, suspect identity) pairs."""
    victims = [p for p in incident.parties if p.role in VICTIM_ROLES]
    if not victims:
        victims = [p for p in incident.parties if p.role in FALLBACK_VICTIM_ROLES]
    suspects = [p for p in incident.parties if p.role in SUSPECT_ROLES]
    victim_ids = set().union(*(identities(p) for p in victims)) if victims else set()
    suspect_ids = set().union(*(identities(p) for p in suspects)) if suspects else set()
    return {f"{v}|{s}" for v in victim_ids for s in suspect_ids}


def order_key(reported_at: str | None, position: int) -> tuple[str, int]:
    """Incidents order by report time (ISO strings sort in time order), then archive position."""
    return (reported_at or "", position)


def link_incidents(incidents: Iterable[Incident]) -> dict[str, History]:
    """History for every incident of an in-memory collection (training, evaluation, tests).

    The streaming archive version lives in batch.py and gives the same answers.
    """
    incidents = list(incidents)
    by_key: dict[str, list[int]] = defaultdict(list)
    keys_of = [pair_keys(inc) for inc in incidents]
    for position, keys in enumerate(keys_of):
        for key in keys:
            by_key[key].append(position)
    histories = {}
    for position, incident in enumerate(incidents):
        others = {o for key in keys_of[position] for o in by_key[key] if o != position}
        histories[incident.incident_id] = history_from(
            incident, position, ((incidents[o].incident_id, incidents[o].reported_at, o) for o in others))
    return histories


def history_from(incident: Incident, position: int,
                 others: Iterable[tuple[str, str | None, int]]) -> History:
    """History from the linked incidents' (id, reported_at, archive position)."""
    mine = order_key(incident.reported_at, position)
    ordered = sorted((order_key(at, pos), other_id) for other_id, at, pos in others
                     if other_id != incident.incident_id)
    linked = tuple(dict.fromkeys(other_id for _, other_id in ordered))[:MAX_LINKED]
    earlier = sum(1 for key, _ in ordered if key < mine)
    return History(linked=linked, earlier=earlier)


class LinkIndex:
    """On-disk index of an archive's victim-suspect keys (SQLite), for archives too large to
    hold in memory. Built in one streaming pass; queried per chunk by key, never all pairs.

    >>> from crimeaudit.records import Party
    >>> a = Incident("A", "x", "", parties=(Party("victim", "Ann Lee"), Party("suspect", "Bo Day")))
    >>> b = Incident("B", "y", "", parties=(Party("victim", "ann lee"), Party("suspect", "BO DAY")))
    >>> with LinkIndex() as index:
    ...     index.add(0, a); index.add(1, b)
    ...     index.histories([(1, b)])["B"].linked
    ('A',)
    """

    def __init__(self, path: str | None = None):
        import sqlite3
        import tempfile

        self._tmp = None
        if path is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="crimeaudit-links-")
            path = f"{self._tmp.name}/links.sqlite"
        self._db = sqlite3.connect(path)
        self._db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
            "CREATE TABLE IF NOT EXISTS incidents (pos INTEGER PRIMARY KEY, id TEXT, at TEXT);"
            "CREATE TABLE IF NOT EXISTS keys (key TEXT, pos INTEGER);")
        self._indexed = False

    def add(self, position: int, incident: Incident) -> None:
        keys = pair_keys(incident)
        if not keys:
            return
        self._db.execute("INSERT OR REPLACE INTO incidents VALUES (?, ?, ?)",
                         (position, incident.incident_id, incident.reported_at))
        self._db.executemany("INSERT INTO keys VALUES (?, ?)", [(k, position) for k in keys])

    def _ensure_index(self) -> None:
        if not self._indexed:
            self._db.execute("CREATE INDEX IF NOT EXISTS keys_by_key ON keys (key)")
            self._db.commit()
            self._indexed = True

    def histories(self, chunk: Iterable[tuple[int, Incident]]) -> dict[str, History]:
        """History of each (archive position, incident) in a chunk."""
        self._ensure_index()
        result = {}
        for position, incident in chunk:
            keys = sorted(pair_keys(incident))
            if not keys:
                continue
            marks = ",".join("?" * len(keys))
            rows = self._db.execute(
                f"SELECT DISTINCT i.id, i.at, i.pos FROM keys k JOIN incidents i ON i.pos = k.pos "
                f"WHERE k.key IN ({marks}) AND k.pos != ?", (*keys, position)).fetchall()
            if rows:
                result[incident.incident_id] = history_from(incident, position, rows)
        return result

    def close(self) -> None:
        self._db.close()
        if self._tmp is not None:
            self._tmp.cleanup()

    def __enter__(self) -> "LinkIndex":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
