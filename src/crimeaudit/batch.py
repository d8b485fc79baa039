"""Batch scoring of whole archives: streaming, chunked, linked, with a rejects file.

Memory stays flat: records are read one at a time and scored in chunks; the archive-wide link
index lives on disk (linking.LinkIndex). With linking on, the archive is read twice (once to
index parties, once to score), so standard input is first spooled to a temporary file.
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from .io import STDIN, AssessmentWriter, iter_records, rejected_to_dict
from .linking import LinkIndex
from .records import Assessment, Incident, Rejected
from .scoring import Scorer

DEFAULT_CHUNK_SIZE = 256
ProgressCallback = Callable[[int, int | None], None]  # (records done, total or None)


@dataclass
class BatchSummary:
    """What a batch run did: every record read is either scored or rejected."""

    read: int = 0
    scored: int = 0
    rejected: int = 0
    flagged: int = 0
    decisions: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)
    output: str = ""
    rejects: str | None = None
    seconds: float = 0.0
    model: str = ""

    def add(self, assessment: Assessment) -> None:
        self.scored += 1
        self.flagged += assessment.flag
        self.decisions[assessment.decision or "(none)"] += 1
        if assessment.flag:
            self.reasons.update(r.code for r in assessment.reasons)

    def as_text(self) -> str:
        rate = self.read / self.seconds if self.seconds > 0 else 0.0
        lines = [f"read {self.read} records: {self.scored} scored, {self.rejected} rejected; "
                 f"{self.flagged} flagged for review ({self.seconds:.1f}s, {rate:.0f} records/s, "
                 f"model {self.model})",
                 f"assessments: {self.output}"]
        if self.rejected:
            lines.append(f"rejects: {self.rejects} (each line holds the record unchanged and why)")
        if self.decisions:
            lines.append("decisions: " + ", ".join(f"{k} {v}" for k, v in sorted(self.decisions.items())))
        if self.reasons:
            lines.append("flag reasons: " + ", ".join(f"{k} {v}" for k, v in self.reasons.most_common()))
        return "\n".join(lines)


def default_rejects_path(output: str) -> str:
    """`out/assessments.jsonl` -> `out/assessments.rejects.jsonl` (stdout -> ./rejects.jsonl)."""
    if output == STDIN:
        return "rejects.jsonl"
    path = Path(output)
    return str(path.with_name(path.name.split(".")[0] + ".rejects.jsonl"))


def _spool_stdin(stack: ExitStack, inputs: Sequence[str]) -> list[str]:
    """Standard input can be read only once; linking reads twice, so copy it to disk first."""
    if STDIN not in inputs:
        return list(inputs)
    tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="crimeaudit-stdin-"))
    spooled = Path(tmp) / "stdin.jsonl"
    with open(spooled, "wb") as handle:
        shutil.copyfileobj(sys.stdin.buffer, handle)
    return [str(spooled) if path == STDIN else path for path in inputs]


def build_link_index(records: Iterable[Incident | Rejected], index: LinkIndex) -> int:
    """First pass: index every valid incident's parties by archive position; returns the count
    of records seen (valid or not), which is the run's total."""
    total = 0
    for position, item in enumerate(records):
        total += 1
        if isinstance(item, Incident):
            index.add(position, item)
    return total


def chunked(records: Iterable[Incident | Rejected], size: int
            ) -> Iterator[list[tuple[int, Incident | Rejected]]]:
    """Consecutive runs of (archive position, record), `size` at a time."""
    chunk: list[tuple[int, Incident | Rejected]] = []
    for position, item in enumerate(records):
        chunk.append((position, item))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def score_chunk(scorer: Scorer, chunk: list[tuple[int, Incident | Rejected]],
                index: LinkIndex | None) -> list[Assessment | Rejected]:
    """Results for a chunk, in input order: an assessment per incident, rejects as they were."""
    incidents = [(pos, item) for pos, item in chunk if isinstance(item, Incident)]
    histories = index.histories(incidents) if index is not None else None
    assessments = iter(scorer.assess([inc for _, inc in incidents], histories))
    return [next(assessments) if isinstance(item, Incident) else item for _, item in chunk]


def run_batch(inputs: Sequence[str], output: str, *, scorer: Scorer, rejects: str | None = None,
              link: bool = True, chunk_size: int = DEFAULT_CHUNK_SIZE,
              columns: Mapping[str, str] | None = None, declared_format: str | None = None,
              progress: ProgressCallback | None = None) -> BatchSummary:
    """Score every record of `inputs` into `output`; rejected records go to `rejects`."""
    started = time.perf_counter()
    summary = BatchSummary(output=output, rejects=rejects or default_rejects_path(output),
                           model=scorer.model_id)
    with ExitStack() as stack:
        paths = _spool_stdin(stack, inputs) if link else list(inputs)
        read = lambda: iter_records(paths, declared_format=declared_format, columns=columns)  # noqa: E731
        index = stack.enter_context(LinkIndex()) if link else None
        total = build_link_index(read(), index) if index is not None else None
        writer = stack.enter_context(AssessmentWriter(output))
        # Always (re)written, so a stale rejects file from an earlier run never misleads.
        Path(summary.rejects).parent.mkdir(parents=True, exist_ok=True)
        rejects_handle = stack.enter_context(open(summary.rejects, "w", encoding="utf-8"))
        for chunk in chunked(read(), chunk_size):
            for result in score_chunk(scorer, chunk, index):
                summary.read += 1
                if isinstance(result, Rejected):
                    rejects_handle.write(json.dumps(rejected_to_dict(result), ensure_ascii=False) + "\n")
                    summary.rejected += 1
                else:
                    writer.write(result)
                    summary.add(result)
            if progress is not None:
                progress(summary.read, total)
    summary.seconds = time.perf_counter() - started
    return summary
