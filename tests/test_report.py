"""The review report (report.py), redaction (redact.py) and the outcomes file (outcomes.py)."""
from __future__ import annotations

import csv
import json
import random
import re
from collections import Counter
from html import unescape
from html.parser import HTMLParser

import pytest
from conftest import make_incident, write_jsonl
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from crimeaudit.cli import app
from crimeaudit.errors import InputError, RecordError
from crimeaudit.io import incident_from_mapping
from crimeaudit.outcomes import (OUTCOME_KEYS, Outcome, latest_outcomes, outcome_from_mapping,
                                 read_outcomes, write_outcomes)
from crimeaudit.records import Assessment, Evidence, Incident, Party, Reason
from crimeaudit.redact import NAME, PHONE, REF, Redactor, mask_text, redact_pair
from crimeaudit.report import (QUEUE_COLUMNS, QueueItem, bar_chart, build_report, highlight,
                               make_report, read_assessment_records, render_card, render_html,
                               write_queue_csv)

# --------------------------------------------------------------------------- helpers


class Tree(HTMLParser):
    """A tiny DOM: elements with tag, attributes, children and text, for structure checks."""

    VOID = {"meta", "input", "br", "hr", "img", "link", "rect"}

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.root = {"tag": "#root", "attrs": {}, "children": [], "text": []}
        self.stack = [self.root]
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        node = {"tag": tag, "attrs": dict(attrs), "children": [], "text": []}
        self.stack[-1]["children"].append(node)
        if tag not in self.VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1]["children"].append({"tag": tag, "attrs": dict(attrs), "children": [],
                                           "text": []})

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth]["tag"] == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        self.stack[-1]["text"].append(data)
        self.stack[-1]["children"].append(data)

    def find(self, tag=None, node=None, **attrs):
        """Every element under `node` with that tag and attributes (class_ matches one class)."""
        found = []
        for child in (node or self.root)["children"]:
            if isinstance(child, str):
                continue
            ok = tag is None or child["tag"] == tag
            for key, value in attrs.items():
                if key == "class_":
                    ok = ok and value in child["attrs"].get("class", "").split()
                else:
                    ok = ok and child["attrs"].get(key.replace("_", "-")) == value
            if ok:
                found.append(child)
            found += self.find(tag, child, **attrs)
        return found


def text_of(node) -> str:
    return "".join(c if isinstance(c, str) else text_of(c) for c in node["children"])


def ev(field, text, start, end, cue="repetition"):
    return Evidence(field, start, end, text[start:end], cue)


LIKELY = (Reason("crime-likely", "Likely a crime."),)


def assessment(incident_id, *, flag=True, priority=0.9, decision="no-crime", evidence=(),
               reasons=LIKELY, linked=(), model="m-1"):
    return Assessment(incident_id=incident_id, decision=decision, p_continuation=0.7,
                      p_should_crime=0.8, flag=flag, priority=priority, reasons=tuple(reasons),
                      evidence=tuple(evidence), linked_incidents=tuple(linked), model=model)


TRANSCRIPT = ("CALL HANDLER: Police, what's happened?\n"
              "CALLER: Ann Example says Bob Sample is outside again <again>, ring 07700 900123.\n"
              "CALLER: ref CRI/1234/24 & he threatened to kill me")
NOTES = "First offence, words only. Victim Ann not credible. NFA."


@pytest.fixture()
def incident() -> Incident:
    return Incident(incident_id="INC-1", transcript=TRANSCRIPT, notes=NOTES, decision="no-crime",
                    classification="harassment", unit="PPU", reported_at="2024-03-01T10:00:00Z",
                    parties=(Party("victim", name="Ann Example", phone="07700 900123"),
                             Party("suspect", name="Bob Sample", ref="P-991")))


def evidence_for(incident: Incident) -> list[Evidence]:
    t, n = incident.transcript, incident.notes
    found = []
    for word, cue in (("again", "repetition"), ("threatened", "threat"), ("kill me", "threat"),
                      ("outside again", "stalking-behaviour"), ("Bob Sample", "suspect-named")):
        start = t.index(word)
        found.append(ev("transcript", t, start, start + len(word), cue))
    for word, cue in (("First offence", "first-offence"), ("not credible", "disbelief"),
                      ("NFA", "no-further-evidence")):
        start = n.index(word)
        found.append(ev("notes", n, start, start + len(word), cue))
    return found


def marks(html: str) -> list[dict]:
    return Tree(html).find("mark")


# --------------------------------------------------------------------------- highlighting

def test_highlight_marks_exact_offsets_and_escapes_every_piece():
    text = 'He said "<b>again</b>" & again'
    start = text.rindex("again")
    result = highlight(text, [ev("transcript", text, start, start + 5)])
    assert result.html == ('He said &quot;&lt;b&gt;again&lt;/b&gt;&quot; &amp; '
                           '<mark class="cue fam-continuation" data-cue="repetition">again</mark>')
    (mark,) = marks(result.html)
    assert text_of(mark) == text[start:start + 5]
    # Removing the marks gives back the original text, character for character.
    assert unescape(re.sub(r"<[^>]+>", "", result.html)) == text


def test_highlight_nests_contained_spans_and_labels_each_cue():
    text = "he is outside again tonight"
    outer = ev("transcript", text, 6, 19, "stalking-behaviour")   # "outside again"
    inner = ev("transcript", text, 14, 19, "repetition")          # "again"
    result = highlight(text, [inner, outer])
    assert result.shown == (outer, inner)
    tree = Tree(result.html)
    (first,) = [m for m in tree.find("mark") if m["attrs"]["data-cue"] == "stalking-behaviour"]
    (nested,) = tree.find("mark", first)
    assert nested["attrs"]["data-cue"] == "repetition"
    assert text_of(first) == "outside again" and text_of(nested) == "again"


def test_highlight_skips_a_crossing_span_deterministically():
    text = "keeps messaging me again"
    a = ev("transcript", text, 0, 15, "repetition")     # "keeps messaging"
    b = ev("transcript", text, 6, 18, "contact")        # "messaging me" crosses a's end
    for order in ([a, b], [b, a]):
        result = highlight(text, order)
        assert result.shown == (a,) and result.overlapping == (b,)
        assert [m["attrs"]["data-cue"] for m in marks(result.html)] == ["repetition"]


def test_highlight_reports_evidence_not_at_its_offsets_and_dedupes_repeats():
    text = "he came back again"
    good = ev("transcript", text, 13, 18)
    moved = Evidence("transcript", 0, 5, "again", "repetition")
    out_of_range = Evidence("transcript", 15, 40, "again", "repetition")
    result = highlight(text, [good, good, moved, out_of_range])
    assert result.shown == (good,)
    assert set(result.mismatched) == {moved, out_of_range}
    assert len(marks(result.html)) == 1


def test_highlight_offsets_are_code_points_not_bytes():
    text = "Zoë 😡 said: again — and again"
    start = text.index("again")
    result = highlight(text, [ev("notes", text, start, start + 5)])
    assert result.shown and text_of(marks(result.html)[0]) == "again"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60),
       st.lists(st.tuples(st.integers(0, 59), st.integers(1, 20)), max_size=6))
def test_highlight_never_loses_or_changes_text(text, raw_spans):
    spans = [ev("transcript", text, s, min(len(text), s + n)) for s, n in raw_spans
             if s < len(text)]
    result = highlight(text, spans)
    assert unescape(re.sub(r"<[^>]+>", "", result.html)) == text
    assert len(result.shown) + len(result.overlapping) + len(result.mismatched) == len(set(spans))
    assert len(marks(result.html)) == len(result.shown)


# --------------------------------------------------------------------------- cards and page

def test_card_shows_decision_meta_probabilities_reasons_texts_and_links(incident):
    a = assessment("INC-1", evidence=evidence_for(incident), linked=("INC-2", "INC-9"),
                   reasons=[Reason("first-offence-rationale", "Called a first offence."),
                            Reason("no-avi", "No AVI <cited>.")])
    html = render_card(QueueItem(1, a, incident), queued=frozenset({"INC-1", "INC-2"}))
    tree = Tree(html)
    (card,) = tree.find("article", class_="card")
    assert card["attrs"]["data-id"] == "INC-1" and card["attrs"]["data-rank"] == "1"
    assert text_of(tree.find(class_="decision")[0]) == "no-crime"
    assert "harassment" in text_of(card) and "PPU" in text_of(card)
    assert "0.80" in text_of(tree.find(class_="p-crime")[0])
    codes = [r["attrs"]["data-code"] for r in tree.find("li", class_="reason")]
    assert codes == ["first-offence-rationale", "no-avi"]
    assert "No AVI <cited>." in text_of(card)       # escaped, shown as written
    for section in tree.find("section", class_="field"):
        field = section["attrs"]["data-field"]
        (body,) = tree.find("div", section, class_="text")
        assert text_of(body) == incident.text(field)
        for mark in tree.find("mark", body):
            assert any(e.field == field and e.cue == mark["attrs"]["data-cue"]
                       and e.text == text_of(mark) for e in a.evidence)
    shown = {(m["attrs"]["data-cue"], text_of(m)) for m in tree.find("mark")}
    assert ("threat", "kill me") in shown and ("disbelief", "not credible") in shown
    links = tree.find("p", class_="linked")[0]
    assert [x["attrs"]["href"] for x in tree.find("a", links)] == ["#q=INC-2"]
    assert "INC-9" in text_of(links)                 # not flagged: shown, not linked
    (form,) = tree.find("form", class_="review")
    assert form["attrs"] == {"class": "review", "data-id": "INC-1", "data-model": "m-1"}


def test_card_for_an_incident_missing_from_the_archive_lists_its_evidence():
    a = assessment("GONE", evidence=[Evidence("notes", 0, 3, "NFA", "no-further-evidence")])
    html = render_card(QueueItem(3, a, None))
    assert "not in the archive" in html and "NFA" in html and "<mark" not in html


def test_bar_chart_is_inline_svg_with_one_row_per_label():
    svg = bar_chart("Flags by unit", [("PPU", 3, 10), ("response", 0, 4)], chart_id="c1")
    tree = Tree(svg)
    (root,) = tree.find("svg")
    assert root["attrs"]["role"] == "img"
    rows = tree.find("g", class_="row")
    assert [(r["attrs"]["data-label"], r["attrs"]["data-count"]) for r in rows] == [
        ("PPU", "3"), ("response", "0")]
    assert "3 / 10 (30%)" in svg


@pytest.fixture(scope="module")
def scored(tiny_model, tiny_records):
    """The tiny archive, scored and linked as a batch would."""
    from crimeaudit.linking import link_incidents
    from crimeaudit.scoring import Scorer
    incidents = [incident_from_mapping(r) for r in tiny_records]
    assessments = Scorer(tiny_model).assess(incidents, link_incidents(incidents))
    return incidents, assessments


def page_data(html: str) -> list[dict]:
    tree = Tree(html)
    (script,) = tree.find("script", id="queue-data")
    return json.loads(text_of(script))


def test_report_queue_holds_flagged_incidents_in_priority_order(scored):
    incidents, assessments = scored
    report = build_report(assessments, incidents)
    flagged = [a for a in assessments if a.flag]
    assert flagged and len(flagged) < len(assessments)
    assert [i.assessment.incident_id for i in report.items] == [
        a.incident_id for a in sorted(flagged, key=lambda a: -a.priority)]
    assert [i.rank for i in report.items] == list(range(1, len(flagged) + 1))
    s = report.summary
    assert (s.scored, s.flagged, s.queued, s.missing, s.mismatched) == (
        len(assessments), len(flagged), len(flagged), [], 0)
    assert sum(s.decisions.values()) == len(assessments)
    assert s.flagged_decisions.get("crimed", 0) == 0
    assert sum(s.flagged_units.values()) == len(flagged)
    assert s.reasons == Counter(r.code for a in flagged for r in a.reasons)


def test_report_cap_keeps_the_highest_priorities_and_says_so(scored):
    incidents, assessments = scored
    report = build_report(assessments, incidents, max_queue=5)
    top = sorted((a for a in assessments if a.flag), key=lambda a: -a.priority)[:5]
    assert [i.assessment for i in report.items] == top
    assert "5 highest-priority" in report.summary.as_text()


def test_report_page_structure(scored):
    incidents, assessments = scored
    report = build_report(assessments, incidents)
    html = render_html(report, sources=["/secret/path/out.jsonl"], generated_at="2024-01-01 10:00",
                       page_size=20)
    tree = Tree(html)
    assert tree.find("section", id="summary") and tree.find("section", id="review")
    assert len(tree.find("svg", class_="chart")) == 4
    assert {c["attrs"]["id"] for c in tree.find("svg")} == {
        "chart-decisions", "chart-reasons", "chart-units", "chart-classifications"}
    for name in ("reason", "unit", "classification", "decision", "status"):
        (select,) = tree.find("select", id=f"f-{name}")
        assert select["attrs"]["data-filter"] == name
    assert tree.find("input", id="f-q") and tree.find("template", id="review-form")
    reasons = {o["attrs"]["value"] for o in tree.find("option", tree.find("select", id="f-reason")[0])}
    assert reasons - {""} == set(report.summary.reasons)
    (queue,) = tree.find("div", id="queue")
    cards = tree.find("article", queue, class_="card")
    assert [c["attrs"]["data-id"] for c in cards] == [
        i.assessment.incident_id for i in report.items[:20]]
    data = page_data(html)
    assert [d["id"] for d in data] == [i.assessment.incident_id for i in report.items]
    assert data[0]["html"] == render_card(report.items[0], report.queued_ids)
    assert data[0]["row"][:2] == ["1", report.items[0].assessment.incident_id]
    config = json.loads(text_of(tree.find("script", id="report-config")[0]))
    assert config["pageSize"] == 20 and config["columns"] == list(QUEUE_COLUMNS)
    # Self-contained: nothing is fetched, no absolute paths leak.
    assert not tree.find("link") and not re.search(r'(src|href)="(https?:)?//', html)
    assert all("src" not in s["attrs"] for s in tree.find("script"))
    assert "/secret/path" not in html and "out.jsonl" in html


def test_report_page_survives_script_breaking_text():
    nasty = "CALLER: </script><script>alert(1)</script> <!-- {{data}} \u2028 again"
    incident = Incident("X<1>", nasty, "NFA", decision="no-crime")
    start = nasty.index("again")
    a = assessment("X<1>", evidence=[ev("transcript", nasty, start, start + 5)])
    html = render_html(build_report([a], [incident]))
    tree = Tree(html)
    assert len(tree.find("script")) == 3    # the data, the config, the page's script
    (card,) = [d for d in page_data(html)]
    card_tree = Tree(card["html"])
    (section,) = card_tree.find("section", data_field="transcript")
    (body,) = card_tree.find("div", section, class_="text")
    assert text_of(body) == nasty
    assert card["id"] == "X<1>"


def test_report_of_5000_flagged_incidents_renders_one_page_and_embeds_the_rest():
    rng = random.Random(3)
    records = [make_incident(i, rng) for i in range(5000)]
    incidents = [incident_from_mapping(r) for r in records]
    assessments = []
    for inc in incidents:
        start = inc.transcript.index("CALLER:") + 8
        assessments.append(assessment(inc.incident_id, priority=rng.random(),
                                      evidence=[ev("transcript", inc.transcript, start, start + 6)]))
    report = build_report(assessments, incidents)
    html = render_html(report)
    tree = Tree(html)
    assert len(tree.find("article", tree.find("div", id="queue")[0], class_="card")) == 50
    assert len(page_data(html)) == 5000
    assert len(html.encode()) < 5000 * 2_500     # a few KB per card, texts included


def test_redaction_masks_parties_and_patterns_and_keeps_highlights_exact(incident):
    a = assessment("INC-1", evidence=evidence_for(incident),
                   reasons=[Reason("crime-likely", "Ann Example called from 07700 900123.")])
    red_incident, red = redact_pair(incident, a)
    for secret in ("Ann", "Example", "Bob", "Sample", "07700", "900123", "CRI/1234/24", "P-991"):
        assert secret not in red_incident.transcript + red_incident.notes
        assert secret not in json.dumps(red.to_dict())
    assert red_incident.transcript.startswith("CALL HANDLER: Police, what's happened?\nCALLER: "
                                              f"{NAME} says {NAME} is outside again")
    assert f"ring {PHONE}." in red_incident.transcript and f"ref {REF} &" in red_incident.transcript
    assert red_incident.notes == f"First offence, words only. Victim {NAME} not credible. NFA."
    assert {p.name for p in red_incident.parties} == {NAME}
    for item in red.evidence:                        # every span still points at its words
        assert red_incident.text(item.field)[item.start:item.end] == item.text
    cues = {e.cue: e.text for e in red.evidence}
    assert cues["suspect-named"] == NAME and cues["threat"] == "kill me"
    html = render_html(build_report([a], [incident], redact=True))
    assert "REDACTED" in html
    for secret in ("Ann Example", "Bob Sample", "07700 900123", "CRI/1234/24"):
        assert secret not in html
    card = Tree(page_data(html)[0]["html"])
    assert len(card.find("mark")) == len(a.evidence)


def test_mask_offsets_map_into_and_around_masks():
    masked = mask_text("Ann rang 07700 900123 twice", [Party("victim", name="Ann")])
    assert masked.text == f"{NAME} rang {PHONE} twice"
    assert masked.span(0, 3) == (0, len(NAME))                      # the name itself
    assert masked.span(4, 8) == (7, 11)                             # "rang", shifted
    assert masked.span(15, 21) == (12, 12 + len(PHONE))             # inside the phone
    assert masked.text[slice(*masked.span(22, 27))] == "twice"


@pytest.mark.parametrize("text, expected", [
    ("call me on +44 (0)7700 900123 please", f"call me on {PHONE} please"),
    ("email ann.x@example.org now", "email [EMAIL] now"),
    ("crime number 812 and log no. 77", f"crime number {REF} and log no. {REF}"),
    ("CAD 1234/24 and URN12345", f"CAD {REF} and {REF}"),
    ("at 14:05 on 12/03/2024, 40 missed calls", "at 14:05 on 12/03/2024, 40 missed calls"),
])
def test_generic_patterns(text, expected):
    assert Redactor().text(text) == expected


def test_name_parts_that_are_common_words_match_only_as_written():
    r = Redactor([Party("suspect", name="Will May")])
    assert r.text("will he come? Will May may") == f"will he come? {NAME} may"
    assert r.text("WILL MAY rang") == f"{NAME} rang"


# --------------------------------------------------------------------------- queue CSV

def test_queue_csv_columns_and_rows(tmp_path, scored):
    incidents, assessments = scored
    report = build_report(assessments, incidents)
    path = tmp_path / "queue.csv"
    assert write_queue_csv(report, path) == len(report.items)
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == QUEUE_COLUMNS
    first, item = rows[0], report.items[0]
    a, inc = item.assessment, item.incident
    assert first["rank"] == "1" and first["incident_id"] == a.incident_id
    assert float(first["priority"]) == pytest.approx(a.priority)
    assert (first["decision"], first["unit"], first["classification"] or None) == (
        a.decision, inc.unit, inc.classification)
    assert first["reasons"].split("; ") == [r.code for r in a.reasons]
    assert first["linked_incidents"].split() == list(a.linked_incidents)
    assert [float(r["priority"]) for r in rows] == sorted((float(r["priority"]) for r in rows),
                                                          reverse=True)


def test_queue_csv_defuses_spreadsheet_formulas(tmp_path):
    incident = Incident("A", "CALLER: hi", "NFA", classification="=HYPERLINK(1)", unit="+unit")
    report = build_report([assessment("A")], [incident])
    write_queue_csv(report, tmp_path / "q.csv")
    row = next(csv.DictReader(open(tmp_path / "q.csv", newline="", encoding="utf-8")))
    assert row["classification"] == "'=HYPERLINK(1)" and row["unit"] == "'+unit"


# --------------------------------------------------------------------------- outcomes

def test_outcomes_round_trip_in_the_fixed_key_order(tmp_path):
    outcomes = [Outcome("INC-1", "should-be-crimed", True, "Second call: harassment.", "PC A",
                        "2024-03-01T10:00:00.000Z", "m-1"),
                Outcome("INC-2", "confirmed-no-crime")]
    path = tmp_path / "outcomes.jsonl"
    assert write_outcomes(path, outcomes) == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert list(json.loads(lines[0])) == list(OUTCOME_KEYS)
    assert json.loads(lines[1]) == {"incident_id": "INC-2", "verdict": "confirmed-no-crime",
                                    "continuation": None, "comment": None, "reviewer": None,
                                    "reviewed_at": None, "model": None}
    assert list(read_outcomes(path)) == outcomes


@settings(max_examples=60, deadline=None)
@given(st.builds(Outcome, incident_id=st.text(min_size=1), verdict=st.sampled_from(
    ["confirmed-no-crime", "should-be-crimed"]), continuation=st.one_of(st.none(), st.booleans()),
    comment=st.one_of(st.none(), st.text()), reviewer=st.one_of(st.none(), st.text()),
    reviewed_at=st.one_of(st.none(), st.datetimes().map(lambda d: d.isoformat())),
    model=st.one_of(st.none(), st.text())))
def test_outcome_line_round_trip(outcome):
    assert outcome_from_mapping(json.loads(json.dumps(outcome.to_dict()))) == outcome


def test_outcomes_reader_names_file_line_and_field(tmp_path):
    path = tmp_path / "o.jsonl"
    path.write_text('{"incident_id": "A", "verdict": "should-be-crimed"}\n\n'
                    '{"incident_id": "B", "verdict": "maybe", "continuation": "yes", '
                    '"reviewed_at": "yesterday"}\n', encoding="utf-8")
    with pytest.raises(RecordError) as info:
        list(read_outcomes(path))
    messages = [str(p) for p in info.value.problems]
    assert messages == [
        f"{path}:3: incident B: field verdict: expected one of confirmed-no-crime, "
        'should-be-crimed, found string "maybe"',
        f'{path}:3: incident B: field continuation: expected true, false or null, found string "yes"',
        f"{path}:3: incident B: field reviewed_at: expected an ISO-8601 date-time such as "
        '2024-03-01T14:05:00Z, or null, found string "yesterday"']
    path.write_text('{"verdict": "should-be-crimed"}\n', encoding="utf-8")
    with pytest.raises(RecordError, match=r"o.jsonl:1: incident id unknown: field incident_id: "
                                          r"expected a non-empty string, found nothing"):
        list(read_outcomes(path))
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(RecordError, match="one complete JSON object per line"):
        list(read_outcomes(path))
    with pytest.raises(InputError, match="no such file"):
        list(read_outcomes(tmp_path / "missing.jsonl"))


def test_latest_outcome_wins_and_extra_keys_are_ignored():
    rows = [{"incident_id": "A", "verdict": "should-be-crimed", "extra": 1},
            {"incident_id": "B", "verdict": "confirmed-no-crime"},
            {"incident_id": "A", "verdict": "confirmed-no-crime"}]
    latest = latest_outcomes(outcome_from_mapping(r) for r in rows)
    assert list(latest) == ["A", "B"] and latest["A"].verdict == "confirmed-no-crime"


# --------------------------------------------------------------------------- files and CLI

def test_make_report_reads_csv_assessments_and_counts_missing(tmp_path, scored):
    from crimeaudit.io import AssessmentWriter, incident_to_dict
    incidents, assessments = scored
    out = tmp_path / "a.csv"
    with AssessmentWriter(str(out)) as writer:
        for a in assessments:
            writer.write(a)
    flagged = [a.incident_id for a in assessments if a.flag]
    kept = [incident_to_dict(i) for i in incidents if i.incident_id != flagged[0]]
    archive = write_jsonl(tmp_path / "archive.jsonl", kept)
    summary = make_report(str(out), [str(archive)], html=str(tmp_path / "r.html"),
                          queue_csv=str(tmp_path / "q.csv"))
    assert summary.missing == [flagged[0]] and summary.queued == len(flagged)
    assert "1 flagged incident(s) are not in the archive" in summary.as_text()
    assert (tmp_path / "r.html").stat().st_size > 0


def test_assessments_that_are_not_assessments_are_refused(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [{"incident_id": "A", "transcript": "x"}])
    with pytest.raises(InputError, match=r"a.jsonl: assessment 1: expected an assessment object"):
        build_report(read_assessment_records(str(path)), [])


@pytest.fixture(scope="module")
def scored_files(tmp_path_factory, tiny_model_dir, tiny_data):
    out = tmp_path_factory.mktemp("cli") / "assessments.jsonl"
    result = CliRunner().invoke(app, ["batch", str(tiny_data), "-o", str(out),
                                      "-m", str(tiny_model_dir)])
    assert result.exit_code == 0, result.output
    return out


def test_cli_report_writes_page_and_queue_csv(tmp_path, scored_files, tiny_data):
    html, queue = tmp_path / "r.html", tmp_path / "q.csv"
    result = CliRunner().invoke(app, ["report", str(scored_files), "--incidents", str(tiny_data),
                                      "-o", str(html), "--queue-csv", str(queue), "--redact"])
    assert result.exit_code == 0, result.output
    assert "in the review queue" in result.output and "r.html" in result.output
    assert "REDACTED" in html.read_text(encoding="utf-8")
    assert "Vic Tim" not in html.read_text(encoding="utf-8")
    assert queue.read_text(encoding="utf-8").startswith(",".join(QUEUE_COLUMNS))


def test_cli_report_usage_errors(tmp_path, scored_files, tiny_data):
    runner = CliRunner()
    nothing = runner.invoke(app, ["report", str(scored_files), "-i", str(tiny_data)])
    assert nothing.exit_code == 2 and "nothing to write" in nothing.output
    missing = runner.invoke(app, ["report", str(tmp_path / "none.jsonl"), "-i", str(tiny_data),
                                  "-o", str(tmp_path / "r.html")])
    assert missing.exit_code == 1 and "no such file" in missing.output


def test_cli_batch_report(tmp_path, tiny_model_dir, tiny_data):
    html = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["batch", str(tiny_data), "-o", str(tmp_path / "a.jsonl"),
                                      "-m", str(tiny_model_dir), "--report", str(html)])
    assert result.exit_code == 0, result.output
    assert html.exists() and "in the review queue" in result.output
    stdout = CliRunner().invoke(app, ["batch", str(tiny_data), "-o", "-",
                                      "-m", str(tiny_model_dir), "--report", str(html)])
    assert stdout.exit_code == 2 and "--report reads the archive" in stdout.output
    redact_only = CliRunner().invoke(app, ["batch", str(tiny_data), "-o", str(tmp_path / "b.jsonl"),
                                           "-m", str(tiny_model_dir), "--redact"])
    assert redact_only.exit_code == 2


@pytest.mark.slow
def test_report_size_for_1000_incidents(tmp_path, tiny_model_dir):
    rng = random.Random(11)
    archive = write_jsonl(tmp_path / "k.jsonl", [make_incident(i, rng) for i in range(1000)])
    html = tmp_path / "k.html"
    result = CliRunner().invoke(app, ["batch", str(archive), "-o", str(tmp_path / "k.out.jsonl"),
                                      "-m", str(tiny_model_dir), "--report", str(html)])
    assert result.exit_code == 0, result.output
    size = html.stat().st_size
    print(f"report for 1,000 incidents: {size:,} bytes")
    assert size < 4_000_000
