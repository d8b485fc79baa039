"""Scoring on a Dask cluster: the same assessments as `crimeaudit batch`, beyond one machine.

Two ways in (Dask is imported only when they are called; install the `dask` extra):

* `score_bag(records, model)`: a `dask.bag.Bag` of incident records (contract dicts, JSON
  lines, or `Incident`) -> a bag of `Assessment` (or `Rejected`, for a record that breaks the
  contract), partition for partition, in order. Linking spans the whole bag.
* `run_distributed(inputs, output, scheduler=..., scorer=...)`: what
  `crimeaudit batch ... --scheduler tcp://host:8786` runs. The workers read the archive in
  blocks (at line boundaries; a CSV or .gz file is one block), link it across all blocks, and
  score it; this process writes OUTPUT and the rejects file in input order, with the same
  checkpoint and `resume` as a local run. The files are byte-identical to a local run's.

Linking stays correct however the archive is split: (1) each part's link entries (parties only,
never texts) are spread over buckets by a stable hash of their pair keys; (2) each bucket links
its keys, looking up by key, never all pairs; (3) each part gathers its incidents' histories
from every bucket. Only then is a part scored. The answers are `linking.LinkIndex`'s.

Workers: one thread each (`dask worker --nthreads 1 --nworkers N`): spaCy's pipeline is not
shared between threads, so scoring in one worker process is serialised by a lock anyway. The
model is sent to the workers once (it was verified against its manifest here); INPUT paths must
be readable at the same path on every worker and here (a shared filesystem), or be fsspec URLs.

>>> import dask.bag as db                                      # doctest: +SKIP
>>> bag = db.read_text("archive-*.jsonl")                       # doctest: +SKIP
>>> assessments = score_bag(bag, "models/current")              # doctest: +SKIP
>>> flagged = assessments.filter(lambda a: getattr(a, "flag", False)).map(Assessment.to_dict)
"""
from __future__ import annotations

import io as _io
import json
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .batch import (BatchSummary, Line, ProgressCallback, ResultWriter, default_rejects_path,
                    run_fingerprint, score_items)
from .errors import RecordError, UsageError
from .io import (STDIN, incident_from_mapping, input_format, iter_csv, iter_jsonl,
                 output_format, parse_jsonl_line)
from .linking import (LinkEntry, PartOf, entries_by_bucket, link_bucket, part_histories)
from .persist import LoadedModel, load_model
from .records import Assessment, History, Incident, Rejected
from .scoring import Scorer

DEFAULT_BLOCKSIZE = 16 * 2**20        # bytes of JSON Lines per block (a task)
MAX_BUCKETS = 32                      # link buckets: parts x buckets small tasks in all
_scoring = threading.Lock()           # one spaCy pipeline per process: one chunk at a time


def _dask():
    try:
        import dask
        import dask.bag
    except ImportError:  # pragma: no cover - depends on the installation
        raise UsageError("scoring on a Dask cluster needs Dask: pip install 'crimeaudit[dask]'"
                         ) from None
    return dask


# --------------------------------------------------------------------------- records of a part

def as_record(item: Any, position: int, source: str = "<bag>") -> Incident | Rejected:
    """A bag element as a record: an `Incident`/`Rejected` as it is, a contract dict, or one
    JSON line (str or bytes). Broken records become `Rejected` (line = position + 1)."""
    if isinstance(item, (Incident, Rejected)):
        return item
    line = position + 1
    try:
        if isinstance(item, (str, bytes)):
            raw = item.encode("utf-8") if isinstance(item, str) else item
            return parse_jsonl_line(raw.rstrip(b"\r\n"), source, line)
        return incident_from_mapping(item, source, line)
    except RecordError as exc:
        raw = (item.encode("utf-8") if isinstance(item, str) else item if isinstance(item, bytes)
               else json.dumps(item, ensure_ascii=False, default=str).encode("utf-8"))
        first = exc.problems[0]
        return Rejected(source=source, line=line, raw=raw.rstrip(b"\r\n"), reason=str(exc),
                        incident_id=first.incident_id,
                        fields=tuple(p.field or "record" for p in exc.problems))


def _bag_part(items: Iterable[Any], start: int) -> list[tuple[int, Incident | Rejected]]:
    return [(position, as_record(item, position))
            for position, item in enumerate(items, start)]


def _entries(part: Sequence[tuple[int, Incident | Rejected]]) -> list[LinkEntry]:
    return [LinkEntry.of(position, record) for position, record in part
            if isinstance(record, Incident)]


def _pick(share: Mapping[int, Any], part: int) -> Any:
    return share.get(part, {})


def link_parts(entry_parts: Sequence[Any], starts: Sequence[int]) -> list[Any]:
    """Delayed histories (position -> History) of each part, from delayed link entries of
    every part: the shuffle described in the module docstring."""
    dask = _dask()
    delayed = dask.delayed
    parts = len(entry_parts)
    buckets = max(1, min(parts, MAX_BUCKETS))
    part_of = PartOf(starts)
    spread = [delayed(entries_by_bucket, pure=True)(entries, buckets) for entries in entry_parts]
    linked = [delayed(link_bucket, pure=True)([spread[p][b] for p in range(parts)], part_of)
              for b in range(buckets)]
    return [delayed(part_histories, pure=True)([delayed(_pick, pure=True)(share, p)
                                                for share in linked])
            for p in range(parts)]


def _score_objects(part: Sequence[tuple[int, Incident | Rejected]], histories: Mapping[int, History],
                   model: LoadedModel) -> list[Assessment | Rejected]:
    from .batch import read_chunk
    with _scoring:
        valid = [(p, r) for p, r in part if isinstance(r, Incident)]
        analysed = read_chunk([r for _, r in valid], [histories.get(p) for p, _ in valid])
        assessments = iter(Scorer(model).assess_analysed(analysed))
        return [next(assessments) if isinstance(r, Incident) else r for _, r in part]


def score_bag(records: Any, model: str | Path | LoadedModel, *, link: bool = True) -> Any:
    """Score a bag of incident records on Dask: a bag of `Assessment` (or `Rejected`) with the
    same partitions, in the same order, as `records`.

    `records` holds contract dicts, JSON lines (str or bytes) or `Incident`s. Positions count
    across partitions in order (partition 0 first), as the lines of one archive would. With
    `link`, incidents are linked across the whole bag (the bag is then computed twice, once
    for the parties and once for scoring, like the two passes of a local run: persist it first
    if it is expensive). The model is loaded and verified here, then sent to the workers.
    """
    dask = _dask()
    import dask.bag as db
    loaded = model if isinstance(model, LoadedModel) else load_model(model)
    delayed = dask.delayed
    raw_parts = records.to_delayed()
    sizes = dask.compute(*[delayed(len, pure=True)(part) for part in raw_parts])
    starts = _starts(sizes)
    parts = [delayed(_bag_part, pure=True)(part, start) for part, start in zip(raw_parts, starts)]
    if link:
        histories = link_parts([delayed(_entries, pure=True)(part) for part in parts], starts)
    else:
        histories = [{}] * len(parts)
    shared_model = delayed(loaded, pure=True)
    return db.from_delayed([delayed(_score_objects, pure=True)(part, found, shared_model)
                            for part, found in zip(parts, histories)])


def _starts(sizes: Sequence[int]) -> list[int]:
    starts, total = [], 0
    for size in sizes:
        starts.append(total)
        total += size
    return starts


# --------------------------------------------------------------------------- archives in blocks

@dataclass(frozen=True)
class Block:
    """A run of whole lines of one input file (or a whole file), and where it sits."""

    path: str
    fmt: str                           # "jsonl" or "csv"
    index: int                         # in the archive, over all files
    first_line: int = 1                # line number of its first line in its file
    start: int = 0                     # archive position of its first record


def _parse_block(data: bytes, block: Block, columns: Mapping[str, str] | None
                 ) -> Iterator[Incident | Rejected]:
    source = "<stdin>" if block.path == STDIN else block.path
    handle = _io.BytesIO(data)
    if block.fmt == "csv":
        return iter_csv(handle, source, columns)
    return iter_jsonl(handle, source, block.first_line)


def _count_block(data: bytes, block: Block, columns: Mapping[str, str] | None) -> tuple[int, int]:
    """(lines, records) of a block: where the next block's line numbers and positions start."""
    lines = data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)
    if block.fmt == "csv":
        return lines, sum(1 for _ in _parse_block(data, block, columns))
    return lines, sum(1 for piece in data.split(b"\n") if piece.strip())


def _block_entries(data: bytes, block: Block, columns: Mapping[str, str] | None) -> list[LinkEntry]:
    return _entries(list(enumerate(_parse_block(data, block, columns), block.start)))


def _score_block(data: bytes, block: Block, histories: Mapping[int, History],
                 model: LoadedModel, fmt: str, columns: Mapping[str, str] | None) -> list[Line]:
    items = [(record, histories.get(position)) for position, record
             in enumerate(_parse_block(data, block, columns), block.start)]
    with _scoring:
        return score_items(Scorer(model), items, fmt)


def _blocks(paths: Sequence[str], blocksize: int, declared_format: str | None
            ) -> tuple[list[Block], list[Any]]:
    """The archive's blocks (positions not yet known) and a delayed bytes object for each."""
    from dask.bytes import read_bytes
    blocks, data = [], []
    for path in paths:
        fmt = input_format(path, declared_format)
        whole = fmt == "csv" or path.endswith(".gz")   # CSV records may span lines
        _, parts = read_bytes(path, delimiter=b"\n", blocksize=None if whole else blocksize,
                              sample=False, compression="infer" if whole else None)
        for part in parts[0]:
            blocks.append(Block(path=path, fmt=fmt, index=len(blocks)))
            data.append(part)
    return blocks, data


def _place(client: Any, blocks: list[Block], data: list[Any],
           columns: Mapping[str, str] | None) -> tuple[list[Block], list[int]]:
    """Blocks with their first line numbers and archive positions, and their record counts,
    from a counting pass on the workers (bytes only: cheap beside scoring)."""
    dask = _dask()
    counts = client.gather(client.compute([dask.delayed(_count_block, pure=True)(d, b, columns)
                                           for d, b in zip(data, blocks)]))
    placed, records, start, line, path = [], [], 0, 1, None
    for block, (lines, found) in zip(blocks, counts):
        if block.path != path:
            path, line = block.path, 1
        placed.append(Block(block.path, block.fmt, block.index, line, start))
        records.append(found)
        line += lines
        start += found
    return placed, records


def _histories(client: Any, blocks: list[Block], data: list[Any],
               columns: Mapping[str, str] | None) -> list[Any]:
    """Futures of each block's histories (small: positions and ids), linked archive-wide."""
    dask = _dask()
    entries = [dask.delayed(_block_entries, pure=True)(d, b, columns) for d, b in zip(data, blocks)]
    return client.compute(link_parts(entries, [b.start for b in blocks]))


def _scored_in_order(client: Any, blocks: list[Block], records: list[int], data: list[Any],
                     histories: list[Any] | None, model: Any, fmt: str,
                     columns: Mapping[str, str] | None, done: int, window: int
                     ) -> Iterator[list[Line]]:
    """Each block's result lines in archive order, `window` blocks computed ahead; records
    before `done` (a resumed run) are skipped."""
    from collections import deque
    dask = _dask()
    todo = iter([k for k, block in enumerate(blocks) if block.start + records[k] > done])
    pending: deque = deque()

    def submit() -> bool:
        k = next(todo, None)
        if k is None:
            return False
        found = histories[k] if histories is not None else {}
        pending.append((k, client.compute(dask.delayed(_score_block, pure=True)(
            data[k], blocks[k], found, model, fmt, columns))))
        return True

    while len(pending) < window and submit():
        pass
    while pending:
        k, future = pending.popleft()
        lines = future.result()
        future.release()
        submit()
        yield lines[max(0, done - blocks[k].start):]


def run_distributed(inputs: Sequence[str], output: str, *, scorer: Scorer,
                    scheduler: str | None = None, client: Any = None,
                    rejects: str | None = None, link: bool = True, resume: bool = False,
                    columns: Mapping[str, str] | None = None, declared_format: str | None = None,
                    blocksize: int = DEFAULT_BLOCKSIZE, window: int | None = None,
                    progress: ProgressCallback | None = None) -> BatchSummary:
    """`crimeaudit batch` on a Dask cluster: score `inputs` into `output` (and `rejects`).

    Connects to `scheduler` (an address such as tcp://host:8786) unless a `client` is given.
    The output, the rejects file and `resume` behave exactly as `batch.run_batch`'s; `window`
    blocks are scored ahead of the one being written (default: twice the worker threads).
    """
    if STDIN in inputs or output == STDIN:
        raise UsageError("--scheduler needs INPUT and --output to be files, not -: the workers "
                         "read the archive themselves")
    if blocksize < 1:
        raise UsageError(f"blocksize must be at least 1 byte, got {blocksize}")
    _dask()
    from distributed import Client
    started = time.perf_counter()
    fmt = output_format(output)
    summary = BatchSummary(output=output, rejects=rejects or default_rejects_path(output),
                           model=scorer.model_id)
    fingerprint, _ = run_fingerprint(list(inputs), scorer, fmt=fmt, rejects=summary.rejects,
                                     link=link, declared_format=declared_format, columns=columns)
    own_client = client is None
    if own_client:
        try:
            client = Client(scheduler, timeout="30s")
        except OSError as exc:
            raise UsageError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc})"
                             ) from None
    writer = None
    try:
        summary.jobs = max(1, sum(client.nthreads().values()))
        writer = ResultWriter(output, summary.rejects, fmt, fingerprint, summary, resume=resume)
        blocks, data = _blocks(list(inputs), blocksize, declared_format)
        blocks, records = _place(client, blocks, data, columns)
        total = sum(records)
        if progress is not None:
            progress(writer.done, total)
        model = client.scatter(scorer.model, broadcast=True)
        histories = _histories(client, blocks, data, columns) if link else None
        for lines in _scored_in_order(client, blocks, records, data, histories, model, fmt,
                                      columns, writer.done, window or 2 * summary.jobs):
            writer.write(lines)
            if progress is not None:
                progress(writer.done, total)
        writer.finish()
    finally:
        if writer is not None:
            writer.close()
        if own_client:
            client.close()
    summary.seconds = time.perf_counter() - started
    return summary
