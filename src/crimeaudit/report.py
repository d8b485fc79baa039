"""The review report: assessments + incidents -> one self-contained HTML file (and a queue CSV).

The file works offline from disk: styles, script, charts (inline SVG) and data are all inside it.
Every flagged incident's card (decision, classification, unit, probabilities, reasons, the
transcript and notes with the evidence highlighted in place, linked incidents, a review form)
is rendered here, in Python, and embedded as JSON; the page's script only filters, pages through
and inserts those cards (50 at a time), so 5,000 flagged incidents stay usable, and keeps the
reviewer's verdicts in the browser's localStorage until they are downloaded as an outcomes file
(outcomes.py, docs/REPORT.md).

Memory stays bounded by the queue: the assessments are streamed once, keeping only the top
`max_queue` flagged ones by priority; the archive is then streamed once, keeping only their
texts.

Highlights are rendered by hand rather than with spaCy's displaCy (`style="span"`): evidence
offsets are character offsets into the original field, and slicing the original string and
escaping each piece keeps them exact, whereas displaCy needs a tokenised Doc (character spans
that do not fall on token boundaries are lost), writes inline styles into every token and lays
spans out below the line, which is heavy for thousands of cards.
"""
from __future__ import annotations

import csv
import heapq
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import InputError
from .records import Assessment, Evidence, Incident, Reason, Rejected

DEFAULT_PAGE_SIZE = 50
DEFAULT_MAX_QUEUE = 10_000
NONE_VALUE = "(none)"  # filter value for a missing decision, unit or classification
QUEUE_COLUMNS = ("rank", "incident_id", "priority", "decision", "classification", "unit",
                 "reported_at", "p_should_crime", "p_continuation", "reasons", "evidence_cues",
                 "linked_incidents", "model")
FIELD_TITLES = {"transcript": "Call transcript", "notes": "Incident notes"}
CHART_ROWS = 12
_MARKER = re.compile(r"\{\{(\w+)\}\}")
CUE_FAMILIES = ("continuation", "offence", "weak-rationale", "valid-rationale", "counter",
                "context", "artefact", "negated", "other")
# Cells a spreadsheet would run as a formula; prefixed with ' in CSV output (OWASP advice).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# --------------------------------------------------------------------------- the queue

@dataclass(frozen=True)
class QueueItem:
    """One flagged incident in review order; `incident` is None when the archive lacks it."""

    rank: int
    assessment: Assessment
    incident: Incident | None


@dataclass
class ReportSummary:
    """Counts over every scored incident, and what the queue holds."""

    scored: int = 0
    flagged: int = 0
    decisions: Counter = field(default_factory=Counter)          # every scored incident
    flagged_decisions: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)            # flagged incidents only
    units: Counter = field(default_factory=Counter)              # every incident in the archive
    flagged_units: Counter = field(default_factory=Counter)
    classifications: Counter = field(default_factory=Counter)
    flagged_classifications: Counter = field(default_factory=Counter)
    models: Counter = field(default_factory=Counter)
    queued: int = 0
    missing: list[str] = field(default_factory=list)             # queued ids not in the archive
    mismatched: int = 0                                          # evidence not at its offsets
    written: list[str] = field(default_factory=list)             # files make_report wrote

    def as_text(self) -> str:
        lines = [f"report: {self.scored} incidents scored, {self.flagged} flagged, "
                 f"{self.queued} in the review queue"
                 + (f" -> {' and '.join(self.written)}" if self.written else "")]
        if self.queued < self.flagged:
            lines.append(f"warning: the queue holds the {self.queued} highest-priority of "
                         f"{self.flagged} flagged incidents (--max-queue)")
        if self.missing:
            shown = ", ".join(self.missing[:5]) + (", ..." if len(self.missing) > 5 else "")
            lines.append(f"warning: {len(self.missing)} flagged incident(s) are not in the "
                         f"archive given ({shown}); their texts are not shown")
        if self.mismatched:
            lines.append(f"warning: {self.mismatched} evidence span(s) do not match the archive "
                         "text at their offsets (was the archive changed after scoring?); they "
                         "are listed under their card instead of highlighted")
        return "\n".join(lines)


@dataclass(frozen=True)
class Report:
    """Everything the page shows: the summary and the review queue in priority order."""

    summary: ReportSummary
    items: tuple[QueueItem, ...]
    redacted: bool = False

    @property
    def queued_ids(self) -> frozenset[str]:
        return frozenset(item.assessment.incident_id for item in self.items)


def _none(value: str | None) -> str:
    return value if value else NONE_VALUE


def build_report(assessments: Iterable[Assessment], incidents: Iterable[Incident | Rejected], *,
                 redact: bool = False, max_queue: int | None = DEFAULT_MAX_QUEUE) -> Report:
    """The report of an archive's assessments (consumed first) and its incidents (then).

    Only flagged assessments enter the queue, highest priority first (ties keep archive order);
    with `max_queue`, only that many. `redact` masks personal details (redact.py).
    """
    summary = ReportSummary()
    heap: list[tuple[float, int, Assessment]] = []
    flagged_ids: set[str] = set()
    for position, assessment in enumerate(assessments):
        summary.scored += 1
        summary.decisions[_none(assessment.decision)] += 1
        summary.models[assessment.model] += 1
        if not assessment.flag:
            continue
        summary.flagged += 1
        summary.flagged_decisions[_none(assessment.decision)] += 1
        summary.reasons.update(r.code for r in assessment.reasons)
        flagged_ids.add(assessment.incident_id)
        entry = (assessment.priority, -position, assessment)
        if max_queue is None or len(heap) < max_queue:
            heapq.heappush(heap, entry)
        elif entry[:2] > heap[0][:2]:
            heapq.heapreplace(heap, entry)
    queue = [a for _, _, a in sorted(heap, key=lambda e: (-e[0], -e[1]))]
    wanted = {a.incident_id for a in queue}
    texts: dict[str, Incident] = {}
    for item in incidents:
        if not isinstance(item, Incident):
            continue
        summary.units[_none(item.unit)] += 1
        summary.classifications[_none(item.classification)] += 1
        if item.incident_id in flagged_ids:
            summary.flagged_units[_none(item.unit)] += 1
            summary.flagged_classifications[_none(item.classification)] += 1
        if item.incident_id in wanted and item.incident_id not in texts:
            texts[item.incident_id] = item
    items = []
    for rank, assessment in enumerate(queue, 1):
        incident = texts.get(assessment.incident_id)
        if incident is None:
            summary.missing.append(assessment.incident_id)
        else:
            summary.mismatched += sum(1 for e in assessment.evidence if not _matches(incident, e))
        if redact:
            from .redact import redact_pair
            incident, assessment = redact_pair(incident, assessment)
        items.append(QueueItem(rank, assessment, incident))
    summary.queued = len(items)
    return Report(summary, tuple(items), redacted=redact)


def _matches(incident: Incident, evidence: Evidence) -> bool:
    if evidence.field not in FIELD_TITLES or evidence.end <= evidence.start or evidence.start < 0:
        return False
    return incident.text(evidence.field)[evidence.start:evidence.end] == evidence.text


# --------------------------------------------------------------------------- reading

def assessment_from_mapping(record: Mapping[str, Any], source: str = "<assessments>",
                            line: int = 1) -> Assessment:
    """An `Assessment` from its contract object (as `io.read_assessments` yields it)."""
    try:
        return Assessment(
            incident_id=str(record["incident_id"]), decision=record.get("decision"),
            p_continuation=float(record["p_continuation"]),
            p_should_crime=float(record["p_should_crime"]), flag=bool(record["flag"]),
            priority=float(record["priority"]),
            reasons=tuple(Reason(r["code"], r["message"]) for r in record.get("reasons") or ()),
            evidence=tuple(Evidence(e["field"], int(e["start"]), int(e["end"]), e["text"], e["cue"])
                           for e in record.get("evidence") or ()),
            linked_incidents=tuple(record.get("linked_incidents") or ()),
            model=str(record.get("model") or "unknown"))
    except (KeyError, TypeError, ValueError) as exc:
        found = f"field {exc} missing" if isinstance(exc, KeyError) else str(exc)
        raise InputError(f"{source}: assessment {line}: expected an assessment object as the "
                         f"contract defines it ({found}); was this file written by "
                         "`crimeaudit batch`?") from None


def read_assessment_records(path: str) -> Iterator[Assessment]:
    """Stream `Assessment`s from a JSONL or CSV assessments file."""
    from .io import read_assessments
    try:
        for number, record in enumerate(read_assessments(path), 1):
            if not isinstance(record, Mapping):
                raise InputError(f"{path}: assessment {number}: expected a JSON object")
            yield assessment_from_mapping(record, path, number)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not an assessments file ({exc})") from None


# --------------------------------------------------------------------------- highlighting

@dataclass
class _Node:
    evidence: Evidence
    children: list[_Node] = field(default_factory=list)


@dataclass(frozen=True)
class Highlighted:
    """A field's text as HTML with its evidence marked, and the evidence that could not be."""

    html: str
    shown: tuple[Evidence, ...]
    overlapping: tuple[Evidence, ...]   # crosses a shown span's edge: listed, not marked
    mismatched: tuple[Evidence, ...]    # its text is not at its offsets


def _family(cue: str) -> str:
    try:
        from .cues import family_of
        return family_of(cue)
    except (KeyError, ImportError):
        return "other"


def highlight(text: str, evidence: Iterable[Evidence]) -> Highlighted:
    """Mark each evidence span in `text` (one field) as `<mark class="cue" data-cue=...>`.

    Spans are placed by their offsets into the original text, which is sliced and escaped piece
    by piece. Nested spans nest; a span that crosses another's edge (rare) is not marked but
    returned in `overlapping`, decided in order of start, longest first, so the output is the
    same for the same input. A mark's text content is exactly the evidence text: the cue label
    is drawn by CSS from `data-cue`.

    >>> from crimeaudit.records import Evidence
    >>> highlight("he's <b> again", [Evidence("transcript", 9, 14, "again", "repetition")]).html
    'he&#x27;s &lt;b&gt; <mark class="cue fam-other" data-cue="repetition">again</mark>'
    """
    shown, overlapping, mismatched = [], [], []
    roots: list[_Node] = []
    stack: list[_Node] = []
    unique = dict.fromkeys((e.start, e.end, e.cue, e.text, e) for e in evidence)
    for start, end, _cue, said, item in sorted(unique, key=lambda k: (k[0], -k[1], k[2], k[3])):
        if not (0 <= start < end <= len(text)) or text[start:end] != said:
            mismatched.append(item)
            continue
        while stack and stack[-1].evidence.end <= start:
            stack.pop()
        if stack and end > stack[-1].evidence.end:
            overlapping.append(item)
            continue
        node = _Node(item)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
        shown.append(item)
    return Highlighted(_render(text, 0, len(text), roots), tuple(shown), tuple(overlapping),
                       tuple(mismatched))


def _render(text: str, start: int, end: int, nodes: Sequence[_Node]) -> str:
    pieces = []
    cursor = start
    for node in nodes:
        e = node.evidence
        pieces.append(escape(text[cursor:e.start]))
        pieces.append(f'<mark class="cue fam-{_family(e.cue)}" data-cue="{escape(e.cue)}">'
                      f'{_render(text, e.start, e.end, node.children)}</mark>')
        cursor = e.end
    pieces.append(escape(text[cursor:end]))
    return "".join(pieces)


# --------------------------------------------------------------------------- cards

def _fmt(p: float) -> str:
    return f"{p:.2f}"


def _meter(label: str, value: float, css: str) -> str:
    pct = max(0.0, min(1.0, value)) * 100
    return (f'<span class="prob {css}">{escape(label)} '
            f'<b>{_fmt(value)}</b><span class="bar"><span style="width:{pct:.0f}%">'
            '</span></span></span>')


def _field_html(item: QueueItem, field_name: str) -> str:
    incident = item.incident
    assert incident is not None
    text = incident.text(field_name)
    result = highlight(text, (e for e in item.assessment.evidence if e.field == field_name))
    body = result.html if text else '<span class="empty">(empty)</span>'
    extra = ""
    if result.overlapping or result.mismatched:
        why = {**{e: "overlaps a highlighted span" for e in result.overlapping},
               **{e: "not found at its offsets: was the archive changed after scoring?"
                  for e in result.mismatched}}
        rows = [f'<li><span class="cue-name">{escape(e.cue)}</span> "{escape(e.text)}" '
                f'({why[e]})</li>' for e in why]
        extra = f'<ul class="unplaced">{"".join(rows)}</ul>'
    return (f'<section class="field" data-field="{field_name}"><h4>{FIELD_TITLES[field_name]}</h4>'
            f'<div class="text">{body}</div>{extra}</section>')


def _linked_html(linked: Sequence[str], queued: frozenset[str]) -> str:
    """Links to linked incidents in this queue (they set the id search); the others in grey."""
    if not linked:
        return ""
    links = [f'<a href="#q={escape(_hash_value(other))}">{escape(other)}</a>' if other in queued
             else f"<span>{escape(other)}</span>" for other in linked]
    return (f'<p class="linked" title="links: flagged, in this queue; grey: not flagged">'
            f'<span class="label">Linked incidents ({len(linked)}):</span> '
            + " ".join(links) + "</p>")


def _hash_value(value: str) -> str:
    from urllib.parse import quote
    return quote(value, safe="")


def _review_form(item: QueueItem) -> str:
    # The fields are the same on every card, so the page's script fills them in from one
    # <template> (thousands of copies would double the file's size).
    return (f'<form class="review" data-id="{escape(item.assessment.incident_id)}" '
            f'data-model="{escape(item.assessment.model)}"></form>')


def render_card(item: QueueItem, queued: frozenset[str] = frozenset()) -> str:
    """One queue card as HTML: header, reasons, highlighted texts, parties, links, review form."""
    a, incident = item.assessment, item.incident
    decision = a.decision or NONE_VALUE
    meta = [f'<span class="badge decision d-{escape(decision)}">{escape(decision)}</span>']
    classification = incident.classification if incident else None
    unit = incident.unit if incident else None
    meta.append(f'<span class="kv">classification <b>{escape(classification or NONE_VALUE)}</b></span>')
    meta.append(f'<span class="kv">unit <b>{escape(unit or NONE_VALUE)}</b></span>')
    if incident and incident.reported_at:
        meta.append(f'<span class="kv">reported <b>{escape(incident.reported_at)}</b></span>')
    probs = (_meter("p(should be crimed)", a.p_should_crime, "p-crime")
             + _meter("p(continuation)", a.p_continuation, "p-cont")
             + f'<span class="prob priority">priority <b>{_fmt(a.priority)}</b></span>')
    reasons = "".join(f'<li class="reason" data-code="{escape(r.code)}"><code>{escape(r.code)}'
                      f'</code> {escape(r.message)}</li>' for r in a.reasons)
    if incident is None:
        texts = ('<p class="missing">This incident is not in the archive given to the report: '
                 'its transcript and notes cannot be shown.</p>')
        if a.evidence:
            texts += '<ul class="unplaced">' + "".join(
                f'<li>{escape(e.field)}: <span class="cue-name">{escape(e.cue)}</span> '
                f'"{escape(e.text)}"</li>' for e in a.evidence) + "</ul>"
    else:
        texts = _field_html(item, "transcript") + _field_html(item, "notes")
    parties = ""
    if incident and incident.parties:
        parties = '<p class="parties"><span class="label">Parties:</span> ' + "; ".join(
            escape(f"{p.role}: " + ", ".join(v for v in (p.name, p.phone, p.ref) if v) if
                   (p.name or p.phone or p.ref) else p.role) for p in incident.parties) + "</p>"
    return (f'<article class="card" data-id="{escape(a.incident_id)}" data-rank="{item.rank}">'
            f'<header><span class="rank">#{item.rank}</span>'
            f'<h3 class="iid">{escape(a.incident_id)}</h3>{"".join(meta)}</header>'
            f'<div class="probs">{probs}</div>'
            f'<ul class="reasons">{reasons}</ul>'
            f'<div class="texts">{texts}</div>{parties}'
            f'{_linked_html(a.linked_incidents, queued)}{_review_form(item)}</article>')


# --------------------------------------------------------------------------- queue CSV

def _csv_safe(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def queue_row(item: QueueItem) -> list[str]:
    """One queue CSV row (the columns of `QUEUE_COLUMNS`)."""
    a, incident = item.assessment, item.incident
    cues = dict.fromkeys(e.cue for e in a.evidence)
    values: dict[str, Any] = {
        "rank": str(item.rank), "incident_id": a.incident_id, "priority": f"{a.priority:.4f}",
        "decision": a.decision or "",
        "classification": (incident.classification if incident else None) or "",
        "unit": (incident.unit if incident else None) or "",
        "reported_at": (incident.reported_at if incident else None) or "",
        "p_should_crime": f"{a.p_should_crime:.4f}", "p_continuation": f"{a.p_continuation:.4f}",
        "reasons": "; ".join(r.code for r in a.reasons), "evidence_cues": "; ".join(cues),
        "linked_incidents": " ".join(a.linked_incidents), "model": a.model,
    }
    return [_csv_safe(values[column]) for column in QUEUE_COLUMNS]


def write_queue_csv(report: Report, path: str | Path) -> int:
    """Write the review queue as CSV (header + one row per queued incident); returns the rows."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(QUEUE_COLUMNS)
        for item in report.items:
            writer.writerow(queue_row(item))
    return len(report.items)


# --------------------------------------------------------------------------- charts

def bar_chart(title: str, rows: Sequence[tuple[str, int, int | None]], *, chart_id: str) -> str:
    """A horizontal bar chart as inline SVG: `(label, count, of_total or None)` per row.

    With a total, the bar shows count of total (flagged of scored) over a pale full-length bar.
    """
    width, label_w, bar_w, row_h, top = 470, 190, 160, 22, 8
    height = top + max(1, len(rows)) * row_h + 6
    scale = max([total or count for _, count, total in rows] + [1])
    parts = [f'<svg class="chart" id="{chart_id}" role="img" aria-labelledby="{chart_id}-t" '
             f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'xmlns="http://www.w3.org/2000/svg"><title id="{chart_id}-t">{escape(title)}</title>']
    if not rows:
        parts.append(f'<text x="0" y="{top + 14}" class="muted">none</text>')
    for i, (label, count, total) in enumerate(rows):
        y = top + i * row_h
        shown = label if len(label) <= 27 else label[:26] + "\u2026"
        parts.append(f'<g class="row" data-label="{escape(label)}" data-count="{count}">'
                     f'<title>{escape(label)}: {count}{"" if total is None else f" of {total}"}</title>'
                     f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{escape(shown)}</text>')
        if total is not None:
            parts.append(f'<rect class="total" x="{label_w}" y="{y + 3}" height="14" '
                         f'width="{bar_w * total / scale:.1f}"/>')
        parts.append(f'<rect class="count" x="{label_w}" y="{y + 3}" height="14" '
                     f'width="{bar_w * count / scale:.1f}"/>')
        value = str(count) if total is None else (
            f"{count} / {total} ({100 * count / total:.0f}%)" if total else f"{count} / 0")
        parts.append(f'<text x="{label_w + bar_w + 6}" y="{y + 14}">{value}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def _top_rows(flagged: Counter, totals: Counter | None) -> list[tuple[str, int, int | None]]:
    keys = sorted(set(flagged) | set(totals or ()),
                  key=lambda k: (-flagged[k], -(totals or Counter())[k], k))
    rows = [(k, flagged[k], None if totals is None else totals[k]) for k in keys]
    if len(rows) > CHART_ROWS:
        rest = rows[CHART_ROWS - 1:]
        rows = rows[:CHART_ROWS - 1] + [(f"other ({len(rest)})", sum(r[1] for r in rest),
                                          None if totals is None else sum(r[2] or 0 for r in rest))]
    return rows


def render_summary(summary: ReportSummary) -> str:
    """The summary section: headline numbers and four small charts."""
    tiles = [("incidents scored", summary.scored), ("flagged for review", summary.flagged),
             ("in this queue", summary.queued)]
    rate = f"{100 * summary.flagged / summary.scored:.1f}% of scored" if summary.scored else ""
    html = ['<div class="tiles">']
    for label, value in tiles:
        html.append(f'<div class="tile"><b>{value:,}</b><span>{label}</span></div>')
    html.append('<div class="tile"><b id="reviewed-count">0</b><span>reviewed here</span></div>')
    html.append(f'</div><p class="muted">{rate}</p><div class="charts">')
    charts = [
        ("Decisions by type: flagged of scored", "chart-decisions",
         _top_rows(summary.flagged_decisions, summary.decisions)),
        ("Flags by reason", "chart-reasons", _top_rows(summary.reasons, None)),
        ("Flags by unit: flagged of incidents", "chart-units",
         _top_rows(summary.flagged_units, summary.units)),
        ("Flags by classification: flagged of incidents", "chart-classifications",
         _top_rows(summary.flagged_classifications, summary.classifications)),
    ]
    for title, chart_id, rows in charts:
        html.append(f'<figure><figcaption>{escape(title)}</figcaption>'
                    f'{bar_chart(title, rows, chart_id=chart_id)}</figure>')
    html.append("</div>")
    return "".join(html)


# --------------------------------------------------------------------------- the page

def _options(name: str, label: str, counts: Counter) -> str:
    options = ['<option value="">all</option>'] + [
        f'<option value="{escape(k)}">{escape(k)} ({n})</option>'
        for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return (f'<label>{label} <select id="f-{name}" data-filter="{name}">{"".join(options)}'
            '</select></label>')


def _filters(report: Report) -> str:
    reasons: Counter = Counter()
    units: Counter = Counter()
    classes: Counter = Counter()
    decisions: Counter = Counter()
    for item in report.items:
        reasons.update(dict.fromkeys(r.code for r in item.assessment.reasons).keys())
        units[_none(item.incident.unit if item.incident else None)] += 1
        classes[_none(item.incident.classification if item.incident else None)] += 1
        decisions[_none(item.assessment.decision)] += 1
    return (_options("reason", "Reason", reasons) + _options("unit", "Unit", units)
            + _options("classification", "Classification", classes)
            + _options("decision", "Decision", decisions)
            + '<label>Review <select id="f-status" data-filter="status"><option value="">all'
              '</option><option value="unreviewed">not yet reviewed</option>'
              '<option value="reviewed">reviewed</option></select></label>'
            + '<label>Incident id <input id="f-q" type="search" data-filter="q" '
              'placeholder="search id" autocomplete="off"></label>')


def _legend() -> str:
    return ('<p class="legend"><span class="label">Highlights:</span> ' + " ".join(
        f'<mark class="cue fam-{f}">{f.replace("-", " ")}</mark>'
        for f in CUE_FAMILIES[:-1]) + "</p>")


def _script_json(value: Any) -> str:
    """JSON that can sit inside a <script> element: a script's text ends only at "</" +
    "script" and is upset only by "<!--", so escaping "</" and "<!--" (valid JSON escapes) is
    enough, and keeps the card HTML inside it from doubling in size."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("</", "<\\/").replace("<!--", "\\u003c!--")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def queue_data(report: Report) -> list[dict[str, Any]]:
    """What the page's script filters and pages through: per card, its filter values, its CSV
    row and its HTML."""
    queued = report.queued_ids
    data = []
    for item in report.items:
        a, incident = item.assessment, item.incident
        data.append({"id": a.incident_id, "decision": _none(a.decision),
                     "unit": _none(incident.unit if incident else None),
                     "classification": _none(incident.classification if incident else None),
                     "reasons": list(dict.fromkeys(r.code for r in a.reasons)),
                     "model": a.model, "row": queue_row(item), "html": render_card(item, queued)})
    return data


def _template() -> str:
    return resources.files("crimeaudit").joinpath("templates/report.html").read_text("utf-8")


def render_html(report: Report, *, title: str = "crimeaudit review report",
                sources: Sequence[str] = (), generated_at: str | None = None,
                page_size: int = DEFAULT_PAGE_SIZE) -> str:
    """The whole report page as one HTML string (styles, script, data and charts inline)."""
    summary = report.summary
    generated_at = generated_at or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    data = queue_data(report)
    models = ", ".join(m for m, _ in summary.models.most_common()) or "unknown"
    about = (f"Generated {escape(generated_at)}"
             + (f" from {escape(', '.join(Path(s).name for s in sources))}" if sources else "")
             + f" \u00b7 model {escape(models)}")
    banner = ('<p class="banner redacted">REDACTED: names, phone numbers, emails and references '
              'are masked. Names not listed among an incident\'s parties may remain: check before '
              'circulating.</p>' if report.redacted else "")
    first_page = "".join(entry["html"] for entry in data[:page_size])
    pages = max(1, math.ceil(len(data) / page_size))
    config = {"pageSize": page_size, "columns": list(QUEUE_COLUMNS), "redacted": report.redacted,
              "storagePrefix": "crimeaudit:outcome:", "total": len(data)}
    fills = {
        "title": escape(title), "about": about, "banner": banner,
        "summary": render_summary(summary), "legend": _legend(), "filters": _filters(report),
        "showing": (f"{min(page_size, len(data))} of {len(data)} shown, page 1 of {pages}"
                    if data else "No flagged incidents: nothing to review."),
        "cards": first_page, "data": _script_json(data), "config": _script_json(config),
    }
    template = _template()
    missing = [key for key in fills if "{{" + key + "}}" not in template]
    if missing:  # a broken install, not a user error
        raise InputError(f"the report template lacks {', '.join(missing)}: reinstall crimeaudit")
    # One pass, so text inserted from the data is never scanned for markers itself.
    return _MARKER.sub(lambda m: fills.get(m.group(1), m.group(0)), template)


def write_html(report: Report, path: str | Path, **options: Any) -> int:
    """Write the report page; returns its size in bytes."""
    body = render_html(report, **options).encode("utf-8")
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(body)
    return len(body)


def make_report(assessments: str, incidents: Sequence[str], *, html: str | None = None,
                queue_csv: str | None = None, redact: bool = False,
                max_queue: int | None = DEFAULT_MAX_QUEUE,
                columns: Mapping[str, str] | None = None, declared_format: str | None = None,
                generated_at: str | None = None) -> ReportSummary:
    """Read an assessments file and its archive, and write the report page and/or queue CSV."""
    from .io import iter_records
    report = build_report(read_assessment_records(assessments),
                          iter_records(incidents, declared_format=declared_format, columns=columns),
                          redact=redact, max_queue=max_queue)
    if html:
        size = write_html(report, html, sources=[assessments, *incidents],
                          generated_at=generated_at)
        report.summary.written.append(f"{html} ({size / 1e6:.1f} MB)")
    if queue_csv:
        write_queue_csv(report, queue_csv)
        report.summary.written.append(queue_csv)
    return report.summary
