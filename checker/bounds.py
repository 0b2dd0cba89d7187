"""A review's bounds in time and memory: `checker review` runs its work in a child process
(forked before spaCy or any parser is imported, so it costs a millisecond) whose address
space is capped (RLIMIT_AS, `--max-memory`, as an audit's workers are) and which is killed at
`--timeout`. Whatever happens in the child, a hang, a parser that aborts (SIGABRT, SIGSEGV) or
memory exhausted, the parent reports it in one line naming the file and the bound, exit 2.

The child tells the parent which file it is reading through a pipe, so that the line names it.
Where there is no fork (Windows), or stdout is not a file the child can share (click's
CliRunner in tests), the work runs in this process, unbounded.

The defaults are the audit's (a contract may take 120 s in a worker capped at 2048 MB);
CHECKER_TIMEOUT and CHECKER_MAX_MEMORY set them for both commands.
"""

from __future__ import annotations

import gc
import os
import select
import signal
import sys
import time

DEFAULT_TIMEOUT = 120.0  # seconds, as `checker audit --timeout`
DEFAULT_MAX_MEMORY_MB = 2048  # address space, as `checker audit --max-memory`
TIMEOUT_VARIABLE = "CHECKER_TIMEOUT"
MEMORY_VARIABLE = "CHECKER_MAX_MEMORY"

_progress_fd: int | None = None  # in the child: where it says what it is reading
_last_read: str | None = None  # in the child: the file it read last


def reading(path) -> None:
    """Note, for the parent's error line, that the file at ``path`` is being read now."""
    if _progress_fd is None:
        return
    from checker.paths import shown

    global _last_read
    _last_read = shown(path)
    try:
        os.write(_progress_fd, _last_read.encode("utf-8", "replace").replace(b"\0", b"") + b"\0")
    except OSError:
        pass


def limit_memory(max_memory_mb: int):
    """Cap this process's address space: a file that exhausts memory fails alone (MemoryError
    or a dead worker), instead of taking the machine down. Where RLIMIT_AS exists."""
    if not max_memory_mb:
        return
    try:
        import resource
    except ImportError:  # Windows
        return
    limit = max_memory_mb * 1024 * 1024
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError, AttributeError):
        pass


def die_with_parent():
    """Linux: a child whose parent is killed (SIGKILL, OOM killer) is killed too, even when it
    is stuck in C code, instead of burning a core forever."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def one_blas_thread() -> None:
    """One process a core: BLAS thread pools would swell the address space (--max-memory)."""
    for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")


class Bounded(Exception):
    """The child ended outside its bounds: ``str()`` is the one line to print."""


def run_bounded(work, *, timeout: float, max_memory_mb: int, files, slow_hint=None) -> int:
    """Run ``work()`` (returns an exit code, or raises SystemExit) in a child process within the
    bounds, and return its exit code. Raises Bounded when it hung, crashed or ran out of memory."""
    if not hasattr(os, "fork") or not _real_streams():
        return _as_code(work)
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    notes, note_sink = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: do the work, and leave without returning into the parent's code
        code = 2
        try:
            gc.disable()  # until its start-up is over (`started`)
            os.close(notes)
            global _progress_fd
            _progress_fd = note_sink
            die_with_parent()
            signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends it at once; the parent says so
            one_blas_thread()
            limit_memory(max_memory_mb)
            code = _as_code(work)
        except MemoryError:
            _say(f"{_last_read or ', '.join(map(os.fsdecode, files))}: ran out of memory (the limit is {max_memory_mb} MB, see --max-memory)")
        except BaseException as error:  # noqa: BLE001 - never a traceback, whatever it is
            _say(f"internal error: {type(error).__name__}: {error} (please report this)")
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)
    os.close(note_sink)
    return _watch(pid, notes, timeout, max_memory_mb, files, slow_hint)


def _real_streams() -> bool:
    """Do stdout and stderr write to files the child shares? (Not under click's CliRunner or
    pytest's capsys: their output lives in this process, so the work stays here too.)"""
    try:
        sys.stdout.fileno()
        sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True


def _as_code(work) -> int:
    try:
        code = work()
    except SystemExit as done:
        code = done.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def _say(line: str) -> None:
    try:
        sys.stderr.write(f"checker: error: {line}\n")
    except Exception:  # noqa: BLE001 - stderr gone: the exit code still tells
        pass


def _watch(pid: int, notes: int, timeout: float, max_memory_mb: int, files, slow_hint=None) -> int:
    """Wait for the child until ``timeout``; its exit code, or Bounded."""
    started = time.monotonic()
    deadline = started + timeout
    heard = b""
    poll = select.poll()
    poll.register(notes, select.POLLIN)
    try:
        pidfd = os.pidfd_open(pid)
        poll.register(pidfd, select.POLLIN)
    except (AttributeError, OSError):
        pidfd = None
    try:
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                break
            left = deadline - time.monotonic()
            if left <= 0:
                os.kill(pid, signal.SIGKILL)
                os.wait4(pid, 0)
                heard += _drain(notes)
                raise Bounded(f"{_culprit(heard, files)}: stopped after {timeout:g} s (--timeout): the file hangs or "
                              f"is too slow to read{slow_hint() if slow_hint else ''}")
            # with a pidfd poll wakes when the child ends; without, every 50 ms
            for fd, _ in poll.poll(min(left, 0.05 if pidfd is None else left) * 1000):
                if fd == notes:
                    heard += _drain(notes)
    except KeyboardInterrupt:
        os.kill(pid, signal.SIGKILL)
        os.wait4(pid, 0)
        raise
    finally:
        if pidfd is not None:
            os.close(pidfd)
    heard += _drain(notes)
    os.close(notes)
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        if number == signal.SIGINT:
            raise KeyboardInterrupt
        raise Bounded(f"{_culprit(heard, files)}: {_crash(number, usage.ru_maxrss, max_memory_mb)}")
    return os.waitstatus_to_exitcode(status)


def _drain(fd: int) -> bytes:
    try:
        return os.read(fd, 1 << 16)
    except OSError:
        return b""


def _culprit(heard: bytes, files) -> str:
    """The file the child was reading last; else every file given."""
    names = [n for n in heard.split(b"\0") if n]
    if names:
        return names[-1].decode("utf-8", "replace")
    from checker.paths import shown

    return ", ".join(shown(f) for f in files)


def _crash(number: int, peak_kb: int, max_memory_mb: int) -> str:
    try:
        name = signal.Signals(number).name
    except ValueError:
        name = f"signal {number}"
    near_limit = max_memory_mb and peak_kb > 0.6 * max_memory_mb * 1024
    if near_limit or name == "SIGKILL":
        limit = f"the limit is {max_memory_mb} MB, see --max-memory" if max_memory_mb else "no --max-memory limit"
        return f"the parser crashed ({name}) after using {peak_kb // 1024} MB: the file needs too much memory ({limit})"
    return f"the parser crashed ({name}) while reading this contract: the file is damaged or hostile"


def in_child() -> bool:
    """Is this the child `run_bounded` forked (where a review may fork again: nlp/aside.py)?"""
    return _progress_fd is not None


def started() -> None:
    """In the child (and the process it forks for the NLP), once its start-up is over (the modules,
    the rulebook, the pipeline: objects that live to its end): the garbage collector, off since
    the fork, is turned on and leaves them alone (gc.freeze). Collecting while the imports
    allocate walked all of them again and again: ~10% of a review's CPU. Elsewhere, nothing."""
    if _progress_fd is None or gc.isenabled():
        return
    gc.freeze()
    gc.enable()
