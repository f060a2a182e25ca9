"""The child process that runs the pipeline for ``nesy serve``, and the handle the server keeps on it.

A generation can run for minutes (or grow without bound) and Python cannot interrupt a thread, so
every request runs in one long-lived child process (a fresh interpreter, safe to start from the
threaded server). The child imports the pipeline and draws one small figure before it
says it is ready, so requests do not pay the import and warm-up cost; it is reused across requests and
only replaced after it was killed. A request that passes its wall-clock limit gets its worker killed
(SIGKILL) and a fresh one is started at once, warming up while nobody waits.

Messages on the socket pair (pickled, ``multiprocessing.connection``): parent → child the server's
``sys.path``, then ``(runner, warm)``; child → parent ``("ready", pid)`` once warmed up; then per
request parent → child one request dict (``run_request``'s ``req``), child → parent ``(status, body)``.
"""
from __future__ import annotations

import base64
import os
import pickle
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Callable

from ..types import plain  # strict JSON values (numpy unwrapped, non-finite floats as names)

__all__ = ["Worker", "WorkerDown", "run_request", "error_body"]

Runner = Callable[[dict[str, Any]], "tuple[int, dict[str, Any]]"]
_WARM_TEXT = "a cell with a nucleus"


class WorkerDown(Exception):
    """The worker process could not be started, died, or was stopped by ``close``."""


def error_body(status: int, kind: str, message: str, **extra: Any) -> tuple[int, dict[str, Any]]:
    """``(status, {"error": {...}, "scene"?})``: the one shape of every error the API answers."""
    err = {"type": kind, "message": message, "phrases": [], "laws": [], "fix": [], "fix_text": None,
           "words": [], "detail": ""}
    scene = extra.pop("scene", None)
    err.update(extra)
    body: dict[str, Any] = {"error": err}
    if scene is not None:
        body["scene"] = scene
    return status, body


def apply_fix(text: str, fix: Any) -> str:
    """``text`` with the fix's phrases (``{"start", "end"}`` character offsets) cut out and tidied."""
    import re
    out = text
    for p in sorted(fix, key=lambda p: int(p["start"]), reverse=True):
        out = out[:int(p["start"])] + out[int(p["end"]):]
    out = re.sub(r"[ \t]{2,}", " ", out)
    out = re.sub(r"[ \t]+([.,;:!?])", r"\1", out)
    return out.strip()


def run_request(req: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """Run one checked request in this process: ``(HTTP status, JSON body)``; never raises.

    ``req``: ``text, seed, domain, allow_unknown, strict, palette, symbols``, ``time_limit_s`` (the solver's budget, seconds) and
    ``out`` (a run folder to write the command-line files into, or ``None``).
    """
    from ..errors import (InputError, NesyError, SolverTimeoutError, UnknownWordsError,
                          UnsatisfiableError)
    from ..pipeline import generate, parse, verdict_dict, write_outputs
    text = req["text"]
    scene = None
    try:
        t0 = time.perf_counter()
        scene = parse(text, domain=req["domain"], allow_unknown=req["allow_unknown"],
                      strict=req.get("strict", False))
        t_parse = time.perf_counter() - t0
        res = generate(scene=scene, seed=req["seed"], timeout_s=req["time_limit_s"], controls=False,
                       raise_on_fail=False, palette=req.get("palette"), symbols=req.get("symbols"))
        timings = dict(res.timings)
        timings["parse_s"] = t_parse
        timings["total_s"] = time.perf_counter() - t0
        # verdict.json's honesty fields: a figure that leaves stated phrases out is not "verified"
        vd = verdict_dict(res)
        body: dict[str, Any] = {"scene": res.scene.to_dict(), "svg": res.rendering.svg,
                                "png": base64.b64encode(res.rendering.png).decode("ascii"),
                                "verdict": res.verdict.to_dict(), "layout": res.layout.geojson(),
                                "timings": timings, **{k: vd[k] for k in ("status", "complete", "not_drawn",
                                                                          "corrections")}}
        if req.get("out"):
            write_outputs(res, req["out"])
            body["out"] = Path(req["out"]).name
        return 200, plain(body)
    except UnknownWordsError as e:
        return error_body(400, "UnknownWordsError", str(e),
                          words=[{"text": w, "start": s, "end": t} for w, s, t in e.words])
    except UnsatisfiableError as e:
        return error_body(422, "UnsatisfiableError", str(e), phrases=plain(e.phrases), laws=plain(e.laws),
                          fix=plain(e.fix), fix_text=apply_fix(text, e.fix) if e.fix else None,
                          detail=str(e.detail or ""),
                          scene=plain(scene.to_dict()) if scene is not None else None)
    except SolverTimeoutError as e:
        return error_body(504, "SolverTimeoutError", str(e))
    except InputError as e:
        return error_body(400, type(e).__name__, str(e))
    except NesyError as e:
        return error_body(422, type(e).__name__, str(e))
    except Exception as e:  # a bug in nesy: a short line for the page, the traceback for the server log
        traceback.print_exc()
        msg = str(e)
        msg = msg if len(msg) <= 200 else msg[:200] + "…"
        return error_body(500, "InternalError", f"internal error ({type(e).__name__}: {msg}); this is a bug "
                          "in nesy, the server's log has the traceback")


def _watch_parent(ppid: int) -> None:
    # If the server dies without killing us (SIGKILL, crash), leave at once instead of finishing a long run.
    while os.getppid() == ppid:
        time.sleep(1.0)
    os._exit(0)


def _child_main(fd: int) -> None:
    """Entry point of the worker process (``python -c``): serve requests from the socket ``fd``."""
    import sys
    from multiprocessing.connection import Connection
    # Ctrl+C in the terminal reaches the whole process group; the server decides, and kills us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()
    # this process is nesy's own, as the CLI's is: spaCy may skip thinc's (slow, unused) torch probe
    from ..parse import nlp as _nlp
    _nlp.SKIP_BACKEND_PROBE = True
    conn = Connection(fd)
    sys.path[:] = conn.recv()          # the server's import path, so its runner can be unpickled
    runner, warm = conn.recv()
    if warm:
        try:
            from ..pipeline import generate
            generate(_WARM_TEXT, domain="cell", controls=False, raise_on_fail=False)
        except Exception:  # a warm-up failure shows up again, with its message, on the first request
            pass
    conn.send(("ready", os.getpid()))
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = runner(req)
        except Exception as e:  # a runner that raises is a bug; answer anyway so the server never waits
            traceback.print_exc()
            reply = error_body(500, "InternalError", f"internal error ({type(e).__name__})")
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return


class _Boot:
    """How a worker's start-up went: ``done`` is set once it said ready (``ok``) or failed (``why``)."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.ok = False
        self.why = ""


class Worker:
    """The server's handle on its one worker process; callers serialise ``call`` themselves.

    ``runner``: a module-level function (it is pickled by name) taking a request dict and returning
    ``(status, body)``; ``run_request`` unless a test swaps in its own. ``startup_limit_s``: seconds a
    fresh process may take to import and warm up before it counts as failed.

    The process is a plain ``python -c`` child talking over a socket pair, not a ``multiprocessing``
    one: spawn and forkserver re-run the server's ``__main__`` in the child, which breaks for scripts
    read from stdin and re-imports the whole command line for nothing.
    """

    def __init__(self, runner: Runner = run_request, *, warm: bool = True, startup_limit_s: float = 180.0):
        self.runner = runner
        self.warm = warm
        self.startup_limit_s = startup_limit_s
        self.restarts = 0
        self._proc: subprocess.Popen | None = None
        self._conn: Any = None
        self._boot: _Boot | None = None
        self._closed = False
        self._guard = threading.Lock()  # start/kill/close against each other, never held while waiting

    @property
    def ready(self) -> bool:
        boot, proc = self._boot, self._proc
        return boot is not None and boot.ok and proc is not None and proc.poll() is None

    @property
    def pid(self) -> int | None:
        return None if self._proc is None else self._proc.pid

    def start(self) -> None:
        """Start a process if none is running (returns at once; it warms up in the background)."""
        with self._guard:
            if self._closed:
                raise WorkerDown("the server is shutting down")
            if self._proc is not None and self._proc.poll() is None:
                return
            self._discard()
            ours, theirs = socket.socketpair()
            with ours, theirs:
                fd = theirs.fileno()
                env = dict(os.environ)
                # the folder holding this nesy, so the child imports the same one however the server found it
                env["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(__file__).resolve().parents[2]),
                                                                env.get("PYTHONPATH")) if p)
                proc = subprocess.Popen(
                    [sys.executable, "-c", f"from nesy.serve.worker import _child_main; _child_main({fd})"],
                    pass_fds=(fd,), stdin=subprocess.DEVNULL, close_fds=True, env=env)
                conn = Connection(ours.detach())
            try:
                conn.send(list(sys.path))
                conn.send((self.runner, self.warm))
            except (OSError, pickle.PicklingError, AttributeError, TypeError) as e:
                proc.kill()
                proc.wait()
                conn.close()
                raise WorkerDown(f"cannot hand the runner to the worker process: {e}") from None
            boot = _Boot()
            self._proc, self._conn, self._boot = proc, conn, boot
            threading.Thread(target=self._watch_start, args=(proc, conn, boot), daemon=True,
                             name="nesy-serve-worker-start").start()

    def wait_ready(self) -> None:
        """Block until the worker has warmed up; ``WorkerDown`` if it died or took too long."""
        self.start()
        boot = self._boot
        if boot is None:
            raise WorkerDown("the server is shutting down")
        boot.done.wait()  # bounded: the watcher gives up after startup_limit_s
        if not boot.ok:
            self.kill()
            raise WorkerDown(f"the worker process {boot.why}")

    def _watch_start(self, proc: subprocess.Popen, conn: Any, boot: _Boot) -> None:
        # Reads the one "ready" message, so that health can tell a warm worker without waiting for one.
        try:
            if not conn.poll(self.startup_limit_s):
                boot.why = f"did not start within {self.startup_limit_s:g} s"
            else:
                msg = conn.recv()
                boot.ok = isinstance(msg, tuple) and bool(msg) and msg[0] == "ready"
                boot.why = "" if boot.ok else f"sent {msg!r} instead of 'ready'"
        except (EOFError, OSError):
            try:
                code = proc.wait(5)
            except subprocess.TimeoutExpired:
                code = None
            boot.why = f"stopped while starting (exit code {code})"
        boot.done.set()

    def call(self, req: dict[str, Any], limit_s: float) -> tuple[int, dict[str, Any]] | None:
        """Run ``req`` on the worker; ``None`` when it passed ``limit_s`` seconds (it is then killed and a
        fresh worker started). ``WorkerDown`` if the worker died or the server is closing."""
        self.wait_ready()
        conn = self._conn
        if conn is None:
            raise WorkerDown("the server is shutting down")
        try:
            conn.send(req)
            if not conn.poll(limit_s):
                self._replace()
                return None
            return conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            if self._closed:
                raise WorkerDown("the server is shutting down") from None
            code = self._exit_code()
            self._replace()
            raise WorkerDown(f"the worker process died while running the request (exit code {code}); "
                             "a fresh one is starting") from None

    def _replace(self) -> None:
        """Kill the worker and start a fresh one (it warms up while nobody waits)."""
        self.kill()
        self.restarts += 1
        try:
            self.start()
        except WorkerDown:
            pass

    def _exit_code(self) -> int | None:
        proc = self._proc
        if proc is None:
            return None
        try:
            return proc.wait(5)
        except subprocess.TimeoutExpired:
            return None

    def kill(self) -> None:
        """Stop the worker process now (SIGKILL: it may be deep in native code)."""
        with self._guard:
            self._discard()

    def close(self) -> None:
        with self._guard:
            self._closed = True
            self._discard()

    def _discard(self) -> None:
        proc, conn = self._proc, self._conn
        self._proc, self._conn, self._boot = None, None, None
        if proc is not None:
            if proc.poll() is None:
                proc.kill()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                pass
        if conn is not None:
            conn.close()
