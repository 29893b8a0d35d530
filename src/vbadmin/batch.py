"""Bulk conversion: many letter files → one ConversionResult each, streamed as they finish.

    for result in convert(["inbox/"], workers=4):
        print(result.path, result.status, result.document and result.document.identifier)

Every input gets exactly one outcome, whatever happens to it (bad file, hang, worker crash,
file deleted mid-run). Files run in worker processes (a small pool of our own, so that one hung
or crashed worker can be killed and replaced without losing the others) or on a Dask cluster.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, Literal

from vbadmin.errors import VbadminError
from vbadmin.load import file_sha256
from vbadmin.model import Document

__all__ = [
    "SUFFIXES",
    "BatchError",
    "ConversionResult",
    "convert",
    "convert_one",
    "discover",
    "read_recorded_hashes",
]

Status = Literal["success", "partial", "failure", "skipped"]
Engine = Literal["local", "dask"]
DEFAULT_PARSE_FN = "vbadmin.parse.parse_file"
SUFFIXES = frozenset({".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".docx", ".txt"})
MAX_TASKS_PER_CHILD = 500  # recycle workers now and then: PDF/OCR libraries leak a little
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})  # always OCR'd
SCAN_PRELOAD = [
    "vbadmin.load.preprocess", "vbadmin.load.image", "vbadmin.handwriting", "pytesseract",
    "vbadmin.warm_scans",
]

# Outcome codes of the batch itself (the parser's own codes come from vbadmin.errors).
FILE_MISSING = "FILE_MISSING"
TIMEOUT = "TIMEOUT"
WORKER_CRASHED = "WORKER_CRASHED"
INTERNAL_ERROR = "INTERNAL_ERROR"


@dataclass
class ConversionResult:
    path: Path
    status: Status
    document: Document | None = None
    errors: list[dict[str, str]] = field(default_factory=list)  # [{code, message}]
    sha256: str | None = None
    pages: int = 0
    seconds: float = 0.0

    @property
    def code(self) -> str | None:
        return self.errors[0]["code"] if self.errors else None


class BatchError(VbadminError):
    """The first failure of a batch run with raise_on_error=True; `.result` is its outcome."""

    def __init__(self, result: ConversionResult) -> None:
        self.result = result
        self.code = result.code or INTERNAL_ERROR
        message = result.errors[0]["message"] if result.errors else "failed"
        super().__init__(f"{result.path}: {self.code}: {message}")


def _failure(path: Path, code: str, message: str, sha256: str | None = None, seconds: float = 0.0
             ) -> ConversionResult:
    return ConversionResult(path, "failure", errors=[{"code": code, "message": message}],
                            sha256=sha256, seconds=seconds)


# --- discovery ------------------------------------------------------------------------------

def discover(sources: Iterable[str | Path]) -> list[Path]:
    """Letter files under the sources, recursively, each real file once, sorted.

    An explicitly named file is kept whatever its extension, even when it does not exist (it
    becomes a FILE_MISSING outcome rather than silently vanishing from the count)."""
    found: dict[str, Path] = {}
    visited_dirs: set[str] = set()
    for source in sources:
        path = Path(source)
        if path.is_dir():
            _walk(path, found, visited_dirs)
        else:
            found.setdefault(os.path.realpath(path), path)
    return sorted(found.values(), key=str)


def _walk(folder: Path, found: dict[str, Path], visited_dirs: set[str]) -> None:
    real = os.path.realpath(folder)
    if real in visited_dirs:  # a symlink loop or a second link to the same folder
        return
    visited_dirs.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return  # unreadable or vanished folder: nothing to convert there
    for entry in entries:
        path = Path(entry.path)
        if _is_dir(entry):
            _walk(path, found, visited_dirs)
        elif path.suffix.lower() in SUFFIXES:
            found.setdefault(os.path.realpath(path), path)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows symlinks; loops are caught by visited_dirs
    except OSError:
        return False


# --- one file (runs in a worker process or on a Dask worker) -------------------------------



def _resolve(dotted: str) -> Callable[..., Document]:
    module, _, name = dotted.rpartition(".")
    function: Callable[..., Document] = getattr(importlib.import_module(module), name)
    return function


def convert_one(path: str | Path, parse_fn: str = DEFAULT_PARSE_FN, ocr: str = "auto") -> ConversionResult:
    """Parse one file into its outcome; never raises for a bad file."""
    # Tesseract's OpenMP threads fight the other workers for the cores: one thread each.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    path = Path(path)
    start = time.perf_counter()
    try:
        sha256 = file_sha256(path)
    except FileNotFoundError:
        return _failure(path, FILE_MISSING, "the file disappeared before it was read")
    except OSError as error:
        return _failure(path, "UNREADABLE", f"cannot read the file: {error}")
    try:
        document = _resolve(parse_fn)(path, ocr=ocr)
    except FileNotFoundError:
        return _failure(path, FILE_MISSING, "the file disappeared while it was read", sha256)
    except VbadminError as error:
        return _failure(path, error.code, str(error), sha256, time.perf_counter() - start)
    except Exception as error:  # noqa: BLE001 - a parser bug is one file's failure, not the batch's
        message = f"{type(error).__name__}: {error}"
        return _failure(path, INTERNAL_ERROR, message, sha256, time.perf_counter() - start)
    return _success(path, document, sha256, time.perf_counter() - start)


def _success(path: Path, document: Document, sha256: str, seconds: float) -> ConversionResult:
    serious = [{"code": i.code, "message": i.message} for i in document.issues if i.severity == "error"]
    return ConversionResult(path, "partial" if serious else "success", document, serious, sha256,
                            document.source.pages, seconds)


# --- resume -----------------------------------------------------------------------------------

def read_recorded_hashes(output: Path) -> set[str]:
    """sha256 of every complete record of an output (JSON lines; Parquet by its suffix).
    A torn last JSON line is ignored: that file is simply converted again."""
    if not output.exists() or output.stat().st_size == 0:
        return set()
    if output.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        return {h for h in pq.read_table(output, columns=["sha256"]).column("sha256").to_pylist() if h}
    hashes: set[str] = set()
    with output.open("rb") as handle:
        for line in handle:
            if not line.endswith(b"\n"):
                break  # killed mid-write: the line never counted
            try:
                sha256 = json.loads(line).get("sha256")
            except (ValueError, AttributeError):
                continue
            if isinstance(sha256, str):
                hashes.add(sha256)
    return hashes


def _skip_or_pass(paths: list[Path], done: set[str]) -> Iterator[ConversionResult | Path]:
    """Hash each input in the parent (only when resuming): done ones become 'skipped'."""
    for path in paths:
        if not done:
            yield path
            continue
        try:
            sha256 = file_sha256(path)
        except FileNotFoundError:
            yield _failure(path, FILE_MISSING, "the file disappeared before it was read")
            continue
        except OSError:
            yield path  # let the worker report it
            continue
        yield ConversionResult(path, "skipped", sha256=sha256) if sha256 in done else path


# --- the public entry point -----------------------------------------------------------------

def convert(
    paths: Iterable[str | Path],
    *,
    workers: int | None = None,
    timeout: float = 120.0,
    resume_from: Path | None = None,
    raise_on_error: bool = False,
    engine: Engine = "local",
    scheduler: str | None = None,
    ocr: str = "auto",
    parse_fn: str = DEFAULT_PARSE_FN,
) -> Iterator[ConversionResult]:
    """Convert every letter file under `paths`, yielding one ConversionResult per file as it ends.

    `parse_fn` is the dotted path of the per-file parser (a string so that it pickles to any
    worker); tests swap in one that hangs or crashes."""
    inputs = discover(paths)
    done = read_recorded_hashes(resume_from) if resume_from is not None else set()
    size = max(1, workers or os.cpu_count() or 1)
    items = _skip_or_pass(inputs, done)
    results: Generator[ConversionResult, None, None]
    if engine == "dask":
        results = _run_dask(items, parse_fn, ocr, timeout, scheduler, workers)
    elif engine == "local":
        scans = any(path.suffix.lower() in IMAGE_SUFFIXES for path in inputs)
        results = _run_local(items, size, parse_fn, ocr, timeout, scans)
    else:
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    for result in results:
        if raise_on_error and result.status == "failure":
            results.close()
            raise BatchError(result)
        yield result


# --- local process pool -----------------------------------------------------------------------

def _worker_main(conn: Connection, parse_fn: str, ocr: str) -> None:
    """A worker: receive paths, send back results, until told to stop (None) or the pipe closes."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    while True:
        try:
            path = conn.recv()
        except EOFError:
            return
        if path is None:
            return
        conn.send(convert_one(path, parse_fn, ocr))


def _context(scans: bool) -> Any:
    # forkserver: safe with the parent's threads (progress bar, Dask) yet fast to replace a
    # worker, since the server has vbadmin imported already. With page images to OCR, the
    # server imports the image and handwriting modules too (numpy, scipy: ~0.3 s), once,
    # instead of every worker on its first scan. (The first pool of a process fixes the list.)
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(
            ["vbadmin.batch", "vbadmin.parse", "vbadmin.load", *(SCAN_PRELOAD if scans else [])]
        )
        return context
    return multiprocessing.get_context("spawn")


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    path: Path | None = None
    started: float = 0.0
    tasks_done: int = 0


class _Pool:
    """N single-task workers; each one can be killed and replaced on its own."""

    def __init__(self, size: int, parse_fn: str, ocr: str, scans: bool = False) -> None:
        self.parse_fn, self.ocr = parse_fn, ocr
        self.context = _context(scans)
        self.workers = [self._start() for _ in range(size)]

    def _start(self) -> _Worker:
        parent_end, child_end = self.context.Pipe()
        process = self.context.Process(target=_worker_main, args=(child_end, self.parse_fn, self.ocr),
                                       daemon=True)
        process.start()
        child_end.close()
        return _Worker(process, parent_end)

    def replace(self, worker: _Worker, kill: bool) -> _Worker:
        if kill:
            worker.process.kill()
        else:
            _send_quietly(worker.conn, None)
        worker.process.join(timeout=5)
        worker.conn.close()
        index = next(i for i, w in enumerate(self.workers) if w is worker)
        self.workers[index] = self._start()
        return self.workers[index]

    def assign(self, worker: _Worker, path: Path) -> None:
        if not worker.process.is_alive():  # died idle: don't blame the next file for it
            worker = self.replace(worker, kill=True)
        worker.path, worker.started = path, time.monotonic()
        _send_quietly(worker.conn, str(path))

    def close(self) -> None:
        for worker in self.workers:
            if worker.path is None:
                _send_quietly(worker.conn, None)
            else:
                worker.process.kill()  # abandoned mid-file (consumer stopped, Ctrl-C)
        for worker in self.workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
            worker.conn.close()


def _send_quietly(conn: Connection, message: object) -> None:
    with contextlib.suppress(OSError):  # the worker is dead; its sentinel reports it
        conn.send(message)


def _run_local(items: Iterator[ConversionResult | Path], size: int, parse_fn: str, ocr: str,
               timeout: float, scans: bool = False) -> Generator[ConversionResult, None, None]:
    """At most one file in flight per worker, results yielded as they come: memory stays flat."""
    pool = _Pool(size, parse_fn, ocr, scans)
    try:
        exhausted = False
        while True:
            for worker in pool.workers:
                while worker.path is None and not exhausted:
                    item = next(items, None)
                    if item is None:
                        exhausted = True
                    elif isinstance(item, ConversionResult):
                        yield item  # skipped or missing: decided without a worker
                    else:
                        pool.assign(worker, item)
            busy = [w for w in pool.workers if w.path is not None]
            if not busy:
                return
            yield from _collect(pool, busy, timeout)
    finally:
        pool.close()


def _collect(pool: _Pool, busy: list[_Worker], timeout: float) -> Iterator[ConversionResult]:
    """Wait for the first worker event (result, death, deadline) and turn it into outcomes."""
    now = time.monotonic()
    wait_for = max(0.0, min(w.started + timeout for w in busy) - now)
    ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=wait_for))
    now = time.monotonic()
    for worker in busy:
        if worker.conn in ready or worker.process.sentinel in ready:
            yield _receive(pool, worker)
        elif now - worker.started >= timeout:
            path = worker.path
            assert path is not None
            pool.replace(worker, kill=True)
            yield _failure(path, TIMEOUT, f"no result after {timeout:g} s; the worker was killed",
                           seconds=now - worker.started)


def _receive(pool: _Pool, worker: _Worker) -> ConversionResult:
    path = worker.path
    assert path is not None
    try:
        if not worker.conn.poll():
            raise EOFError
        result: ConversionResult = worker.conn.recv()
    except (EOFError, OSError):
        code = worker.process.exitcode
        pool.replace(worker, kill=True)
        return _failure(path, WORKER_CRASHED, f"the worker process died (exit code {code})",
                        seconds=time.monotonic() - worker.started)
    worker.path = None
    worker.tasks_done += 1
    if worker.tasks_done >= MAX_TASKS_PER_CHILD:
        pool.replace(worker, kill=False)
    return result


# --- Dask -------------------------------------------------------------------------------------

DASK_POLL_SECONDS = 0.05
DASK_DEADLINE_CHECK_SECONDS = 0.5


def _run_dask(items: Iterator[ConversionResult | Path], parse_fn: str, ocr: str, timeout: float,
              scheduler: str | None, workers: int | None) -> Generator[ConversionResult, None, None]:
    """The same convert_one on a dask.distributed cluster (the given scheduler or a local one)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise VbadminError("engine='dask' needs dask.distributed: pip install 'vbadmin[dask]'") from error
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                               dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        yield from _DaskStream(client, items, parse_fn, ocr, timeout).run()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class _DaskStream:
    """Keeps ~2 tasks per worker thread submitted and yields outcomes with as_completed."""

    def __init__(self, client: Any, items: Iterator[ConversionResult | Path], parse_fn: str, ocr: str,
                 timeout: float) -> None:
        from distributed import as_completed

        self.client, self.items, self.parse_fn, self.ocr, self.timeout = client, items, parse_fn, ocr, timeout
        self.ahead = 2 * max(1, sum(client.nthreads().values()))
        self.pending: dict[Any, Path] = {}  # future → its file
        self.running_since: dict[str, float] = {}  # key → when first seen on a worker
        self.completed = as_completed()
        self.exhausted = False
        self.last_check = 0.0

    def run(self) -> Iterator[ConversionResult]:
        while True:
            yield from self._top_up()
            if not self.pending:
                return
            batch = self.completed.next_batch(block=False)
            for future in batch:
                if future in self.pending:  # a timed-out future may still complete later
                    yield _dask_outcome(future, self.pending.pop(future))
            if not batch:
                yield from self._check_deadlines()
                time.sleep(DASK_POLL_SECONDS)

    def _top_up(self) -> Iterator[ConversionResult]:
        while len(self.pending) < self.ahead and not self.exhausted:
            item = next(self.items, None)
            if item is None:
                self.exhausted = True
            elif isinstance(item, ConversionResult):
                yield item
            else:
                future = self.client.submit(convert_one, str(item), self.parse_fn, self.ocr, pure=False)
                self.pending[future] = item
                self.completed.add(future)

    def _check_deadlines(self) -> Iterator[ConversionResult]:
        """A task's clock starts when a worker has it; a late one is cancelled, its worker restarted."""
        now = time.monotonic()
        if now - self.last_check < DASK_DEADLINE_CHECK_SECONDS:
            return
        self.last_check = now
        by_key = {future.key: future for future in self.pending}
        for address, keys in self.client.processing().items():
            for key in keys:
                if key not in by_key:
                    continue
                started = self.running_since.setdefault(key, now)
                if now - started >= self.timeout:
                    yield self._expire(by_key[key], address, now - started)

    def _expire(self, future: Any, address: str, seconds: float) -> ConversionResult:
        path = self.pending.pop(future)
        future.cancel()
        # A hung thread cannot be interrupted: only restarting its worker frees the slot (a
        # worker without a nanny cannot be restarted; then the batch goes on one slot short).
        with contextlib.suppress(Exception):
            self.client.restart_workers([address])
        self.running_since.clear()  # tasks queued behind the hung one start their clock anew
        return _failure(path, TIMEOUT, f"no result after {self.timeout:g} s; the worker was restarted",
                        seconds=seconds)


def _dask_outcome(future: Any, path: Path) -> ConversionResult:
    from distributed import KilledWorker

    try:
        result: ConversionResult = future.result()
    except KilledWorker as error:
        return _failure(path, WORKER_CRASHED, f"Dask workers died running this file: {error}")
    except Exception as error:  # noqa: BLE001 - cancelled, lost, unpicklable: still one outcome
        return _failure(path, INTERNAL_ERROR, f"{type(error).__name__}: {error}")
    finally:
        future.release()
    return result
