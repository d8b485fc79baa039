"""Batch scoring of whole archives: streaming, parallel, resumable, linked, with a rejects file.

How a run goes:

1. The inputs are fingerprinted (size and sha256 of their bytes) so that a resumed run can refuse
   an input that changed. Standard input is spooled to a temporary file first when linking.
2. With linking on, a first pass indexes every valid incident's parties by archive position in
   an on-disk SQLite index (`linking.LinkIndex`), so the archive-wide history is known before
   any incident is assessed: a later call that never mentions the earlier ones still gets them.
3. A second pass reads the archive in chunks of `chunk_size` records. Each chunk, with the linked
   history of its incidents, is scored in this process (`jobs=1`) or by `jobs` joblib worker
   processes forked from this one with the model already loaded (loky workers that load it
   once each where processes cannot fork). Forked workers get their chunks' JSON Lines
   unparsed, parse them, read their text, and only then look up their histories in the index
   themselves: so the first chunks go out while this process is still building the index, and
   this process, which competes with the workers for the cores, parses each record once, not
   twice. Results come back in input order whatever `jobs` is, already serialised, and this
   process writes them: assessments to OUTPUT, rejected records (unchanged, with why) to the
   rejects file. Every record read is one or the other.
4. After each chunk both files are flushed to disk and a checkpoint (records done, both files'
   byte lengths, the input and model fingerprints) replaces the previous one atomically. A run
   killed at any point (even `kill -9`) and restarted with `resume=True` truncates both files to
   the checkpoint and carries on; the files end byte-identical to an uninterrupted run's. The
   checkpoint is removed when the run completes.

Memory stays flat whatever the archive's size: records are read one at a time, at most
`IN_FLIGHT_PER_WORKER * jobs` chunks are in flight, the link index lives on disk, and the strings
spaCy learns from each chunk's texts are freed after it (memory zones).

Privacy: nothing here logs or prints a transcript or a note; errors name files, lines and ids.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
import warnings
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import islice
from pathlib import Path
from typing import IO, Any, NamedTuple, TypeVar

from .errors import InputError, ModelError, UsageError
from .io import (STDIN, UnparsedLine, assessment_header, assessment_text, input_format,
                 iter_records, iter_unparsed, output_format, parsed, rejected_line)
from .linking import LinkIndex
from .records import Analysed, Assessment, History, Incident, Rejected
from .scoring import Scorer

DEFAULT_CHUNK_SIZE = 256
CHECKPOINT_SUFFIX = ".checkpoint.json"
CHECKPOINT_VERSION = 1
ProgressCallback = Callable[[int, int | None], None]  # (records done, total or None)
Item = tuple[Incident | Rejected, History | None]       # a record and its linked history
R = TypeVar("R")                                         # a record, parsed or not
Chunk = list[tuple[int, Incident | Rejected]]            # records with their archive positions
RawChunk = list[tuple[int, Incident | Rejected | UnparsedLine]]   # the same, JSONL unparsed


class Line(NamedTuple):
    """One record's result, serialised where it was scored (small to send between processes)."""

    text: str                       # the assessment in the output format, or the rejects line
    rejected: bool = False
    flag: bool = False
    decision: str | None = None
    reasons: tuple[str, ...] = ()   # reason codes, kept for flagged assessments only


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
    jobs: int = 1
    resumed_from: int = 0           # records already done by the run this one resumed

    def add(self, assessment: Assessment) -> None:
        self.count(Line("", False, assessment.flag, assessment.decision,
                        tuple(r.code for r in assessment.reasons)))

    def count(self, line: Line) -> None:
        self.read += 1
        if line.rejected:
            self.rejected += 1
            return
        self.scored += 1
        self.flagged += line.flag
        self.decisions[line.decision or "(none)"] += 1
        if line.flag:
            self.reasons.update(line.reasons)

    def state(self) -> dict[str, Any]:
        """The counts, for a checkpoint."""
        return {"read": self.read, "scored": self.scored, "rejected": self.rejected,
                "flagged": self.flagged, "decisions": dict(self.decisions),
                "reasons": dict(self.reasons)}

    def restore(self, state: Mapping[str, Any]) -> None:
        for name in ("read", "scored", "rejected", "flagged"):
            setattr(self, name, int(state[name]))
        self.decisions = Counter(state["decisions"])
        self.reasons = Counter(state["reasons"])
        self.resumed_from = self.read

    def as_text(self) -> str:
        done_now = self.read - self.resumed_from
        rate = done_now / self.seconds if self.seconds > 0 else 0.0
        lines = [f"read {self.read} records: {self.scored} scored, {self.rejected} rejected; "
                 f"{self.flagged} flagged for review ({self.seconds:.1f}s, {rate:.0f} records/s, "
                 f"{self.jobs} job{'s' if self.jobs != 1 else ''}, model {self.model})",
                 f"assessments: {self.output}"]
        if self.resumed_from:
            lines.append(f"resumed: the first {self.resumed_from} records were done by the "
                         "interrupted run")
        if self.rejected:
            lines.append(f"rejects: {self.rejects} (each line holds the record unchanged and why)")
        if self.decisions:
            lines.append("decisions: " + ", ".join(f"{k} {v}" for k, v in sorted(self.decisions.items())))
        if self.reasons:
            lines.append("flag reasons: " + ", ".join(f"{k} {v}" for k, v in
                                                      sorted(self.reasons.items(),
                                                             key=lambda kv: (-kv[1], kv[0]))))
        return "\n".join(lines)


def default_rejects_path(output: str) -> str:
    """`out/assessments.jsonl` -> `out/assessments.rejects.jsonl` (stdout -> ./rejects.jsonl)."""
    if output == STDIN:
        return "rejects.jsonl"
    path = Path(output)
    return str(path.with_name(path.name.split(".")[0] + ".rejects.jsonl"))


def checkpoint_path(output: str) -> str:
    """Where a run writing `output` keeps its checkpoint: beside it."""
    return output + CHECKPOINT_SUFFIX


def resolve_jobs(jobs: int) -> int:
    """`jobs` as a number of processes: 0 means one per CPU core."""
    if jobs < 0:
        raise UsageError(f"--jobs must be 0 (one per CPU core) or more, got {jobs}")
    return jobs or os.cpu_count() or 1


# --------------------------------------------------------------------------- scoring a chunk

def _model_sha(scorer: Scorer) -> str:
    return str(scorer.model.manifest.get("artifacts", {}).get("model.joblib", ""))


# Records a process reads before its memory zones begin (see `_evidence`).
SEED_RECORDS = 2000
_seen = 0


def read_chunk(incidents: Sequence[Incident], histories: Sequence[History | None]
               ) -> list[Analysed]:
    """Cues and words of each incident, with its history. spaCy keeps every string it meets
    (names, numbers, references: an archive's vocabulary grows without end), so after its
    first `SEED_RECORDS` records a process frees each chunk's strings with the chunk (memory
    zones). The seed records are worth keeping: they fill spaCy's tokenizer cache (which takes
    no entries inside a zone) with the common words, so tokenising stays as fast as outside a
    zone. Word hashes stay valid outside the zone: they are numbers, not the strings."""
    from .nlp import read_all, shared_pipeline
    global _seen
    nlp = shared_pipeline()
    if _seen < SEED_RECORDS:
        _seen += len(incidents)
        return list(read_all(incidents, histories, nlp))
    with nlp.memory_zone():
        return list(read_all(incidents, histories, nlp))


def score_items(scorer: Scorer, items: Sequence[Item], fmt: str) -> list[Line]:
    """Results of one chunk in input order: an assessment line per incident (with its linked
    history), the rejects line per rejected record."""
    valid = [(record, history) for record, history in items if isinstance(record, Incident)]
    analysed = read_chunk([r for r, _ in valid], [h for _, h in valid])
    return result_lines(scorer, [record for record, _ in items], analysed, fmt)


def result_lines(scorer: Scorer, records: Sequence[Incident | Rejected],
                 analysed: Iterable[Analysed], fmt: str) -> list[Line]:
    """A chunk's lines in input order, from its records and its incidents as read."""
    assessments = iter(scorer.assess_analysed(analysed))
    lines = []
    for record in records:
        if isinstance(record, Rejected):
            lines.append(Line(rejected_line(record), rejected=True))
            continue
        a = next(assessments)
        lines.append(Line(assessment_text(a, fmt), False, a.flag, a.decision,
                          tuple(r.code for r in a.reasons) if a.flag else ()))
    return lines


_worker_scorers: dict[str, Scorer] = {}


def worker_scorer(model_dir: str, model_sha: str, warm_up: bool = False) -> Scorer | None:
    """The scorer of a worker process, loaded (and verified) once per process and model; with
    `warm_up`, the spaCy pipeline is built too and nothing is returned (nothing to send back)."""
    from .persist import VersionMismatchWarning, load_model
    scorer = _worker_scorers.get(model_dir)
    if scorer is None or _model_sha(scorer) != model_sha:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", VersionMismatchWarning)  # the parent warned already
            scorer = Scorer(load_model(model_dir))
        if _model_sha(scorer) != model_sha:
            raise ModelError(f"{model_dir}: the model changed while the batch ran (sha256 "
                             f"{_model_sha(scorer)[:12]}..., expected {model_sha[:12]}...); "
                             "run the batch again")
        _worker_scorers[model_dir] = scorer
    if warm_up:
        from .nlp import shared_pipeline
        shared_pipeline()
        return None
    return scorer


def _score_in_worker(model_dir: str, model_sha: str, fmt: str, items: list[Item]) -> list[Line]:
    return score_items(worker_scorer(model_dir, model_sha), items, fmt)


# --------------------------------------------------------------------------- reading

def _spool_stdin(stack: ExitStack, inputs: Sequence[str]) -> list[str]:
    """Standard input can be read only once; linking reads twice, so copy it to disk first."""
    if STDIN not in inputs:
        return list(inputs)
    tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="crimeaudit-stdin-"))
    spooled = Path(tmp) / "stdin.jsonl"
    with open(spooled, "wb") as handle:
        shutil.copyfileobj(sys.stdin.buffer, handle)
    return [str(spooled) if path == STDIN else path for path in inputs]


def fingerprint_inputs(paths: Sequence[str]) -> tuple[list[dict[str, Any]], int | None]:
    """Size and sha256 of each input's bytes (as stored: a .gz is hashed compressed), and the
    number of lines of the plain inputs (an estimate of the records, for the progress bar; None
    when an input is compressed)."""
    found: list[dict[str, Any]] = []
    lines: int | None = 0
    for path in paths:
        digest, size = hashlib.sha256(), 0
        try:
            handle = open(path, "rb")
        except OSError as exc:
            raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
        with handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
                size += len(block)
                if lines is not None:
                    lines += block.count(b"\n")
        if path.endswith(".gz"):
            lines = None
        found.append({"name": Path(path).name, "bytes": size, "sha256": digest.hexdigest()})
    return found, lines


class ArchiveLinks:
    """The run's link index and the first pass over the archive that builds it, made when it
    is first needed (`built`)."""

    def __init__(self, index: LinkIndex, records: Callable[[], Iterable[Incident | Rejected]]):
        self.index, self._records = index, records
        self.total: int | None = None      # records in the archive, once the index is built

    def built(self) -> LinkIndex:
        if self.total is None:
            self.total = build_link_index(self._records(), self.index)
            self.index.complete()
        return self.index


def build_link_index(records: Iterable[Incident | Rejected], index: LinkIndex) -> int:
    """First pass: index every valid incident's parties by archive position; returns the count
    of records seen (valid or not), which is the run's total."""
    total = 0
    for position, item in enumerate(records):
        total += 1
        if isinstance(item, Incident):
            index.add(position, item)
    return total


def chunked(records: Iterable[R], size: int | Callable[[int], int], start: int = 0
            ) -> Iterator[list[tuple[int, R]]]:
    """Consecutive runs of (archive position, record), `size` at a time (or `size(position)`
    for the chunk starting at that position), from `start` on."""
    size_at = size if callable(size) else lambda _: size
    chunk: list[tuple[int, R]] = []
    wanted = size_at(start)
    for position, item in enumerate(records, start):
        chunk.append((position, item))
        if len(chunk) >= wanted:
            yield chunk
            chunk = []
            wanted = size_at(position + 1)
    if chunk:
        yield chunk


# The smallest chunk `tapered` hands out near the end of an archive.
MIN_TAIL_CHUNK = 16


def tapered(chunk_size: int, jobs: int, total: Callable[[], int | None]) -> Callable[[int], int]:
    """Chunk sizes for `jobs` workers: `chunk_size` until the end of the archive is in sight
    (its size `total()` known), then smaller and smaller, so that the workers finish together
    instead of one idling while another scores the last full chunk (on a 10k archive a full
    chunk is about 3% of a 2-job run). The output does not depend on the chunks."""
    def size(position: int) -> int:
        known = total() if jobs > 1 else None
        if known is None:
            return chunk_size
        return max(min(MIN_TAIL_CHUNK, chunk_size),
                   min(chunk_size, (known - position) // (2 * jobs)))
    return size


def with_histories(chunk: Chunk, index: LinkIndex | None
                   ) -> list[Item]:
    """A chunk's records, each with its linked history (None when it has none)."""
    if index is None:
        return [(record, None) for _, record in chunk]
    found = index.histories_by_position((p, r) for p, r in chunk if isinstance(r, Incident))
    return [(record, found.get(position)) for position, record in chunk]


# --------------------------------------------------------------------------- writing, resuming

def _fsync(handle: IO[bytes]) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def _write_atomically(path: str, text: str) -> None:
    """Replace `path` with `text` so that a crash leaves either the old or the new file whole."""
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    directory = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


class ResultWriter:
    """Writes results in input order to the assessments and rejects files; after each chunk
    makes both durable and records a checkpoint that a resumed run continues from.

    `fingerprint` holds everything that decides the output (inputs, model, options); a resumed
    run refuses a checkpoint whose fingerprint differs. With standard input or output there is
    no checkpoint: neither can be read again.
    """

    def __init__(self, output: str, rejects: str, fmt: str, fingerprint: Mapping[str, Any] | None,
                 summary: BatchSummary, *, resume: bool = False):
        self.fmt, self.summary = fmt, summary
        self.fingerprint = dict(fingerprint) if fingerprint is not None else None
        self.checkpoint = (checkpoint_path(output) if output != STDIN and fingerprint is not None
                           else None)
        self.done = 0
        state = self._load(output, rejects) if resume else None
        for path in (output, rejects):
            if path != STDIN:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
        if state is None:
            if self.checkpoint and os.path.exists(self.checkpoint):
                os.remove(self.checkpoint)   # a stale checkpoint must never meet fresh files
            self._out = sys.stdout.buffer if output == STDIN else open(output, "wb")
            # Always (re)written, so a stale rejects file from an earlier run never misleads.
            self._rejects = open(rejects, "wb")
            self._out.write(assessment_header(fmt).encode("utf-8"))
        else:
            self._out = open(output, "r+b")
            self._out.truncate(state["output_bytes"])
            self._out.seek(state["output_bytes"])
            self._rejects = open(rejects, "r+b")
            self._rejects.truncate(state["rejects_bytes"])
            self._rejects.seek(state["rejects_bytes"])
            self.done = int(state["records"])
            summary.restore(state["summary"])
        self._own_out = output != STDIN

    def _load(self, output: str, rejects: str) -> dict[str, Any] | None:
        """The checkpoint to resume from, or None to start afresh (there is none)."""
        if self.checkpoint is None:
            raise UsageError("--resume needs INPUT and --output to be files, not -: standard "
                             "input and output cannot be read again")
        if not os.path.exists(self.checkpoint):
            return None
        try:
            state = json.loads(Path(self.checkpoint).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UsageError(f"{self.checkpoint}: unreadable checkpoint ({exc}); run without "
                             "--resume to start again") from None
        if state.get("version") != CHECKPOINT_VERSION:
            raise UsageError(f"{self.checkpoint}: checkpoint version {state.get('version')!r} is "
                             f"not {CHECKPOINT_VERSION}; run without --resume to start again")
        theirs = state.get("fingerprint", {})
        changed = sorted(k for k in set(theirs) | set(self.fingerprint or {})
                         if theirs.get(k) != (self.fingerprint or {}).get(k))
        if changed:
            raise UsageError(f"cannot resume: {', '.join(changed)} differ from the interrupted "
                             f"run's (see {self.checkpoint}); resuming would mix two runs. Run "
                             "without --resume to start again")
        for path, key in ((output, "output_bytes"), (rejects, "rejects_bytes")):
            size = os.path.getsize(path) if os.path.exists(path) else -1
            if size < state[key]:
                raise UsageError(f"cannot resume: {path} holds {max(size, 0)} bytes but the "
                                 f"checkpoint says {state[key]} were written; it was changed or "
                                 "lost. Run without --resume to start again")
        return state

    def write(self, lines: Sequence[Line]) -> None:
        """One chunk's results; then both files are synced and the checkpoint moves on."""
        out = b"".join(line.text.encode("utf-8") for line in lines if not line.rejected)
        rejected = b"".join(line.text.encode("utf-8") for line in lines if line.rejected)
        self._out.write(out)
        self._rejects.write(rejected)
        for line in lines:
            self.summary.count(line)
        self.done += len(lines)
        self._save()

    def _save(self) -> None:
        if self.checkpoint is None:
            self._out.flush()
            return
        _fsync(self._out)
        _fsync(self._rejects)
        _write_atomically(self.checkpoint, json.dumps({
            "version": CHECKPOINT_VERSION, "records": self.done,
            "output_bytes": self._out.tell(), "rejects_bytes": self._rejects.tell(),
            "fingerprint": self.fingerprint, "summary": self.summary.state()}, indent=1) + "\n")

    def finish(self) -> None:
        """The run is complete: files synced and closed, the checkpoint removed."""
        self._save()
        self.close()
        if self.checkpoint and os.path.exists(self.checkpoint):
            os.remove(self.checkpoint)

    def close(self) -> None:
        if not self._own_out:
            self._out.flush()
        elif not self._out.closed:
            self._out.close()
        if not self._rejects.closed:
            self._rejects.close()


def run_fingerprint(paths: Sequence[str], scorer: Scorer, *, fmt: str, rejects: str, link: bool,
                    declared_format: str | None, columns: Mapping[str, str] | None
                    ) -> tuple[dict[str, Any], int]:
    """Everything that decides a run's output, and the inputs' line count (see
    `fingerprint_inputs`). Chunk size, jobs and scheduler do not change the output."""
    inputs, lines = fingerprint_inputs(paths)
    return {
        "inputs": inputs,
        "input_format": [input_format(p, declared_format) for p in paths],
        "columns": sorted((columns or {}).items()),
        "link": link,
        "model": scorer.model_id,
        "model_sha256": _model_sha(scorer),
        "output_format": fmt,
        "rejects": os.path.abspath(rejects),
    }, lines


# --------------------------------------------------------------------------- the run

def run_batch(inputs: Sequence[str], output: str, *, scorer: Scorer, rejects: str | None = None,
              link: bool = True, jobs: int = 1, resume: bool = False,
              chunk_size: int = DEFAULT_CHUNK_SIZE, columns: Mapping[str, str] | None = None,
              declared_format: str | None = None,
              progress: ProgressCallback | None = None) -> BatchSummary:
    """Score every record of `inputs` into `output`; rejected records go to `rejects`.

    `jobs` worker processes score chunks of `chunk_size` records (1: in this process; 0: one
    per CPU core); the output is the same, byte for byte, whatever `jobs` and `chunk_size`.
    With `resume`, a run interrupted at any point carries on from its checkpoint.
    """
    jobs = resolve_jobs(jobs)
    if chunk_size < 1:
        raise UsageError(f"--chunk-size must be at least 1, got {chunk_size}")
    fmt = output_format(output)
    for path in inputs:
        input_format(path, declared_format)   # a wrong suffix is a usage error, found first
    started = time.perf_counter()
    summary = BatchSummary(output=output, rejects=rejects or default_rejects_path(output),
                           model=scorer.model_id, jobs=jobs)
    if resume and (output == STDIN or STDIN in inputs):
        raise UsageError("--resume needs INPUT and --output to be files, not -: standard input "
                         "and output cannot be read again")
    with ExitStack() as stack:
        paths = _spool_stdin(stack, inputs) if link else list(inputs)
        fingerprint, total = (run_fingerprint(paths, scorer, fmt=fmt, rejects=summary.rejects,
                                              link=link, declared_format=declared_format,
                                              columns=columns)
                              if STDIN not in paths else (None, None))
        read = partial(iter_records, paths, declared_format=declared_format, columns=columns)
        writer = ResultWriter(output, summary.rejects, fmt, fingerprint, summary, resume=resume)
        stack.callback(writer.close)
        links = ArchiveLinks(stack.enter_context(LinkIndex()), read) if link else None
        start = writer.done
        unparsed = iter_unparsed(paths, declared_format=declared_format, columns=columns)

        def known_total() -> int | None:
            return links.total if links is not None and links.total is not None else total

        chunks = chunked(islice(unparsed, start, None), tapered(chunk_size, jobs, known_total),
                         start)

        reported = False
        for lines in _score_all(chunks, links, scorer, fmt, jobs):
            if progress is not None and not reported:
                progress(writer.done, known_total())
                reported = True
            writer.write(lines)
            if progress is not None:
                progress(writer.done, known_total())
        if progress is not None and not reported:
            progress(writer.done, known_total())
        writer.finish()
    summary.seconds = time.perf_counter() - started
    return summary


def _score_all(chunks: Iterator[RawChunk], links: ArchiveLinks | None, scorer: Scorer, fmt: str,
               jobs: int) -> Iterator[list[Line]]:
    """Each chunk's results, in input order: here, or in `jobs` warm worker processes."""
    if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
        yield from _score_forked(chunks, links, scorer, fmt, jobs)
        return
    # Lazy: with loky workers the index is built while they start and load the model.
    items = (with_histories([(position, parsed(record)) for position, record in chunk],
                            links.built() if links is not None else None)
             for chunk in chunks)
    if jobs == 1:
        for chunk_items in items:
            yield score_items(scorer, chunk_items, fmt)
    else:
        yield from _score_loky(items, scorer, fmt, jobs)


# Chunks sent to the workers and not yet written back: enough that every worker always has the
# next chunk queued while this process writes results and reads ahead; few enough that memory
# stays flat.
IN_FLIGHT_PER_WORKER = 3


class WorkerLinks:
    """The run's link index as a forked worker reads it. The parent builds it while the workers
    read their first chunks (the text is most of the work, and needs no history); a worker
    waits for `ready` only when it needs its first histories, then opens the index read-only."""

    def __init__(self, path: str, ready: Any):
        self.path, self._ready = path, ready
        self._index: LinkIndex | None = None

    def histories_by_position(self, chunk: Sequence[tuple[int, Incident]]) -> dict[int, History]:
        if self._index is None:
            self._ready.wait()
            self._index = LinkIndex(self.path, built=True)
        return self._index.histories_by_position(chunk)


class _Forked(NamedTuple):
    """What forked workers inherit from the run (a fork copies it; nothing is pickled)."""

    scorer: Scorer
    fmt: str
    links: WorkerLinks | None


_forked: _Forked | None = None


def _score_forked(chunks: Iterator[RawChunk], links: ArchiveLinks | None, scorer: Scorer, fmt: str,
                  jobs: int) -> Iterator[list[Line]]:
    """joblib's process pool with forked workers: each starts with this process's loaded model
    and spaCy pipeline (shared copy-on-write), so a worker costs nothing to start where a fresh
    interpreter spends seconds importing spaCy and scikit-learn and loading the model.

    The first chunks go out before the link index is built: the workers read their text while
    this process builds the index (until then a 2-job run was one process working). Chunks are
    submitted one by one and their results taken back in submission order, at most
    `IN_FLIGHT_PER_WORKER * jobs` at a time, so this process reads and writes while the
    workers score. (`joblib.Parallel`'s multiprocessing backend cannot hand results back as they
    come, only a whole batch at the end, which would idle the workers at every batch boundary;
    its pool can.)"""
    from joblib.pool import MemmappingPool

    from .nlp import shared_pipeline
    global _forked
    context = multiprocessing.get_context("fork")
    ready = context.Event()
    _forked = _Forked(scorer, fmt, WorkerLinks(links.index.path, ready) if links else None)
    shared_pipeline()                      # built before the fork, not once per worker
    pool = MemmappingPool(jobs, max_nbytes=None, context=context,
                          initializer=_die_with_parent, initargs=(os.getpid(),))

    def links_ready() -> None:
        # Before this process waits on any worker: a worker may be waiting for the index.
        if links is not None and not ready.is_set():
            links.built()
            ready.set()

    pending: deque[Any] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.apply_async(_score_in_fork, (chunk,)))
            if len(pending) >= IN_FLIGHT_PER_WORKER * jobs:
                links_ready()
                yield pending.popleft().get()
        links_ready()
        while pending:
            yield pending.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()
        _forked = None


def _score_in_fork(chunk: RawChunk) -> list[Line]:
    """One chunk in a forked worker: its records parsed, its incidents read, then their
    histories looked up."""
    assert _forked is not None, "forked workers inherit the run"
    records = [parsed(record) for _, record in chunk]
    valid = [(position, record) for (position, _), record in zip(chunk, records)
             if isinstance(record, Incident)]
    analysed = read_chunk([record for _, record in valid], [None] * len(valid))
    if _forked.links is not None:
        found = _forked.links.histories_by_position(valid)
        analysed = [replace(a, history=found[position]) if position in found else a
                    for a, (position, _) in zip(analysed, valid)]
    return result_lines(_forked.scorer, records, analysed, _forked.fmt)


def _die_with_parent(parent: int) -> None:
    """A forked worker ends with the run that started it, even one killed with `kill -9`
    (Linux: the kernel sends SIGKILL when the parent dies); otherwise it would wait forever for
    work. The parent may already be gone by the time the signal is armed: checked after."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal
        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


def _score_loky(chunks: Iterator[list[Item]], scorer: Scorer, fmt: str, jobs: int
                ) -> Iterator[list[Line]]:
    """Where processes cannot fork (Windows, macOS defaults): loky workers, each importing
    crimeaudit and loading (and verifying) the model once, while this process reads."""
    from joblib import Parallel, delayed
    model_dir, model_sha = str(scorer.model.path), _model_sha(scorer)

    def tasks() -> Iterator[Any]:
        # One warm-up per worker first: they start loading while the chunks are being read.
        for _ in range(jobs):
            yield delayed(worker_scorer)(model_dir, model_sha, True)
        for items in chunks:
            yield delayed(_score_in_worker)(model_dir, model_sha, fmt, items)

    parallel = Parallel(n_jobs=jobs, backend="loky", return_as="generator", batch_size=1,
                        pre_dispatch="2*n_jobs")
    try:
        results = parallel(tasks())
        for _ in range(jobs):
            next(results)
        yield from results
    finally:
        _stop_workers()


def _stop_workers() -> None:
    """joblib keeps its loky workers for the next call; none must outlive a batch run (they
    hold a model each, and were seen to outlive the process that started them)."""
    from joblib.externals.loky import get_reusable_executor
    get_reusable_executor(reuse=True).shutdown(wait=True, kill_workers=True)
