"""Linking incidents across an archive (linking.py): by key, in memory, on disk and sharded."""
from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crimeaudit import linking
from crimeaudit.linking import (LinkEntry, LinkIndex, PartOf, compatible, entries_by_bucket,
                                link_bucket, link_incidents, normalise_name, normalise_phone,
                                pair_keys, part_histories)
from crimeaudit.records import History, Incident, Party


def incident(incident_id: str, at: str | None, *parties: Party) -> Incident:
    return Incident(incident_id, "CALLER: hello", "", reported_at=at, parties=parties)


ANN = Party("victim", "Ann Lee", "07700 900123", "P100")
BO = Party("suspect", "Bo Day", None, None)


def in_index(incidents: list[Incident], flush_every: int | None = None) -> dict[str, History]:
    """Link with the on-disk index; `flush_every`: write to SQLite that many at a time."""
    default = linking.FLUSH_EVERY
    linking.FLUSH_EVERY = flush_every or default
    try:
        with LinkIndex() as index:
            for position, item in enumerate(incidents):
                index.add(position, item)
            return index.histories(enumerate(incidents))
    finally:
        linking.FLUSH_EVERY = default


def sharded(incidents: list[Incident], cuts: list[int], buckets: int) -> dict[str, History]:
    """Link as distributed.py does: parts of the archive, entries spread over buckets."""
    starts = [0, *cuts]
    bounds = list(zip(starts, [*cuts, len(incidents)]))
    parts = [[LinkEntry.of(p, incidents[p]) for p in range(a, b)] for a, b in bounds]
    spread = [entries_by_bucket(part, buckets) for part in parts]
    shares = [link_bucket([s[b] for s in spread], PartOf(starts)) for b in range(buckets)]
    found = {}
    for k in range(len(parts)):
        found.update(part_histories(share.get(k, {}) for share in shares))
    return {incidents[p].incident_id: h for p, h in found.items()}


def test_another_process_reads_the_built_index_read_only(tmp_path):
    """Forked batch workers open the parent's complete index themselves (`built=True`)."""
    incidents = [incident(f"A{i}", f"2024-01-0{i + 1}", ANN, BO) for i in range(4)]
    incidents.append(incident("X", None, ANN, Party("suspect", "Cy Ray")))
    with LinkIndex(str(tmp_path / "links.sqlite")) as built:
        for position, item in enumerate(incidents):
            built.add(position, item)
        built.complete()
        with LinkIndex(built.path, built=True) as reader:
            assert reader.histories(enumerate(incidents)) == built.histories(enumerate(incidents))
            assert reader.histories(enumerate(incidents))["A3"].linked == ("A0", "A1", "A2")
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                reader.add(9, incidents[0])
                reader.complete()


def test_normalisation():
    assert normalise_phone("+44 7700 900123") == "07700900123"
    assert normalise_phone("0044 7700 900123") == normalise_phone("07700-900123") == "07700900123"
    assert normalise_phone("999") is None
    assert normalise_name("  O'Brien,  SEAN ") == "o brien sean"
    assert normalise_name("Unknown Male") is None


def test_later_call_is_linked_to_earlier_ones_by_the_same_pair():
    found = link_incidents([
        incident("B", "2024-02-01T10:00:00Z", Party("victim", "ann lee"), Party("suspect", "BO DAY")),
        incident("A", "2024-01-01T10:00:00Z", ANN, BO),
        incident("X", "2024-03-01T10:00:00Z", ANN, Party("suspect", "Cy Ray")),  # other suspect
        incident("C", "2024-03-02T10:00:00Z", Party("victim", None, "+44 7700 900123"),
                 Party("suspect", "Bo Day")),                                    # by phone
    ])
    assert found["B"] == History(linked=("A",), earlier=1)
    assert found["A"] == History(linked=("B", "C"), earlier=0)   # in time order
    assert found["C"] == History(linked=("A",), earlier=1)       # shares a key with A only
    assert found["X"] == History()


def test_caller_stands_for_a_missing_victim():
    found = link_incidents([incident("A", "2024-01-01", Party("caller", "Ann Lee"), BO),
                            incident("B", "2024-01-02", Party("victim", "Ann Lee"), BO)])
    assert found["B"].linked == ("A",)


def test_a_shared_phone_does_not_link_people_whose_names_differ():
    shared = dict(phone="07700 900001")
    found = link_incidents([
        incident("A", "2024-01-01", Party("victim", "Ann Lee", **shared),
                 Party("suspect", "Bo Day", "07700 900002")),
        incident("B", "2024-01-02", Party("victim", "Eve Ng", **shared),
                 Party("suspect", "Cy Ray", "07700 900002")),
        incident("C", "2024-01-03", Party("victim", None, **shared),       # no name: no conflict
                 Party("suspect", "Bo Day", "07700 900002")),
    ])
    assert found["B"] == History()
    assert found["C"].linked == ("A",)
    assert not compatible(frozenset({"name:a", "ref:1"}), frozenset({"name:a", "ref:2"}))


def test_hub_keys_identify_no_one(monkeypatch):
    monkeypatch.setattr(linking, "MAX_KEY_INCIDENTS", 3)
    shop = [incident(f"S{i}", f"2024-01-0{i + 1}", Party("victim", "Corner Shop"),
                     Party("suspect", "Jo Bloggs")) for i in range(4)]
    pair = [incident(f"P{i}", f"2024-01-0{i + 1}", ANN, BO) for i in range(3)]
    for found in (link_incidents(shop + pair), in_index(shop + pair)):
        assert all(found.get(f"S{i}", History()) == History() for i in range(4))
        assert found["P2"] == History(linked=("P0", "P1"), earlier=2)


def test_linked_ids_are_capped_but_earlier_counts_all(monkeypatch):
    monkeypatch.setattr(linking, "MAX_LINKED", 2)
    found = link_incidents([incident(f"A{i}", f"2024-01-0{i + 1}", ANN, BO) for i in range(5)])
    assert found["A4"] == History(linked=("A0", "A1"), earlier=4)


def test_no_suspect_means_no_key():
    assert pair_keys(incident("A", None, ANN)) == set()
    assert pair_keys(incident("A", None, ANN, Party("suspect", "unknown"))) == set()


PEOPLE = [Party("victim", n, p, r) for n, p, r in
          [("Ann Lee", "07700 900001", None), ("ann lee", None, "P1"), ("Eve Ng", "07700 900001", None),
           (None, "07700 900003", "P3"), ("Di Fox", None, None)]]
SUSPECTS = [Party("suspect", n, p, r) for n, p, r in
            [("Bo Day", None, None), ("Bo Day", "07700 900009", "P9"), ("Cy Ray", "07700 900009", None),
             (None, "07700 900009", None)]]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PEOPLE), st.sampled_from(SUSPECTS),
                          st.sampled_from(["2024-01-01", "2024-01-02", None]),
                          st.booleans()), min_size=1, max_size=25),
       st.integers(1, 5), st.randoms(use_true_random=False))
def test_all_engines_agree(rows, buckets, rnd):
    """In memory, on disk, and sharded over parts and buckets: the same histories."""
    incidents = [incident(f"I{k}", at, victim, *([suspect] if has_suspect else []))
                 for k, (victim, suspect, at, has_suspect) in enumerate(rows)]
    expected = link_incidents(incidents)
    expected = {k: v for k, v in expected.items() if v.linked}
    assert in_index(incidents) == expected
    assert in_index(incidents, flush_every=rnd.randint(1, 4)) == expected
    cuts = sorted(rnd.sample(range(1, len(incidents)), min(len(incidents) - 1, rnd.randint(0, 4))))
    assert sharded(incidents, cuts, buckets) == expected


def test_index_on_a_tiny_archive_matches_memory(tiny_records):
    from crimeaudit.io import incident_from_mapping
    incidents = [incident_from_mapping(r) for r in tiny_records]
    expected = {k: v for k, v in link_incidents(incidents).items() if v.linked}
    assert expected and in_index(incidents) == expected
    assert sharded(incidents, [60, 61, 200], 3) == expected


def test_an_earlier_linked_incident_makes_a_continuation_for_the_audit():
    """The history alone (the call says nothing of earlier occasions) raises the reasons."""
    from crimeaudit.audit import Thresholds, assess
    from crimeaudit.records import Analysed
    later = Incident("L", "CALLER: he hit me", "NFA", decision="non-crime")
    alone = assess(Analysed(later, ()), 0.1, 0.9, Thresholds(), "m")
    linked = assess(Analysed(later, (), History(("E",), 1)), 0.1, 0.9, Thresholds(), "m")
    assert [r.code for r in alone.reasons] == ["crime-likely"]
    assert [r.code for r in linked.reasons] == ["continuation-missed", "crime-likely",
                                                "linked-history"]
    assert "1 earlier linked incident(s)" in linked.reasons[0].message
    assert linked.linked_incidents == ("E",)
