"""``nesy serve``: a local debugging page for the pipeline, on the standard library alone.

One page shows, side by side, the text with each phrase coloured by the entity or relation it
became (unknown words marked, ignored words greyed), the scene graph, the figure (inline SVG) and
every check of the verdict; an impossible specification shows its conflicting phrases in the text,
the laws involved and a button that applies the smallest fix. The page talks to a JSON API:

``GET /api/health`` → ``{"ok": true, "domains": [...], "limits": {...}}``

``POST /api/generate {text, seed?, domain?, allow_unknown?}`` → ``{scene, svg, verdict, layout,
timings, out?}`` (200), or ``{error: {type, message, phrases, laws, fix, fix_text, words, detail},
scene?}`` with 400 (bad input, unknown words), 413 (body too large), 415, 422 (impossible),
503 (busy), 504 (past the time limit) or 500.

Only the packaged static files are served (a fixed table of names; anything else is 404) and the
only folder written is ``--out``, one sub-folder per run. The pipeline runs on one worker thread
(Z3 and spaCy are not shared across threads) and each request waits for it at most ``time_limit_s``.
"""
from __future__ import annotations

import argparse
import http.server
import itertools
import json
import math
import sys
import threading
import time
import traceback
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from importlib import resources
from pathlib import Path
from typing import Any, Sequence
from urllib.parse import urlsplit

from ..errors import InputError

__all__ = ["MAX_BODY_BYTES", "MAX_TEXT_CHARS", "DebugApp", "make_server", "apply_fix", "main"]

MAX_BODY_BYTES = 64 * 1024
MAX_TEXT_CHARS = 20_000
MAX_PENDING = 4            # requests queued behind the worker before new ones get 503
_DRAIN_BYTES = 1 << 20     # an oversized body up to this size is read and dropped, so the 413 arrives
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}

# URL path → (packaged file, content type). Nothing outside this table is ever read.
_STATIC = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/index.html": ("index.html", "text/html; charset=utf-8"),
    "/static/app.js": ("app.js", "text/javascript; charset=utf-8"),
    "/static/app.css": ("app.css", "text/css; charset=utf-8"),
}
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
_PAYLOAD_KEYS = {"text", "seed", "domain", "allow_unknown"}


def apply_fix(text: str, fix: Sequence[dict[str, Any]]) -> str:
    """``text`` with the fix's phrases (``{"start", "end"}`` character offsets) cut out and tidied."""
    import re
    out = text
    for p in sorted(fix, key=lambda p: int(p["start"]), reverse=True):
        out = out[:int(p["start"])] + out[int(p["end"]):]
    out = re.sub(r"[ \t]{2,}", " ", out)
    out = re.sub(r"[ \t]+([.,;:!?])", r"\1", out)
    return out.strip()


def _plain(o: Any) -> Any:
    """``o`` as strict JSON values: numpy scalars unwrapped, non-finite floats as strings."""
    if isinstance(o, dict):
        return {str(k): _plain(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [_plain(v) for v in o]
    if isinstance(o, bool) or o is None or isinstance(o, (int, str)):
        return o
    if isinstance(o, float):
        return o if math.isfinite(o) else str(o)
    if hasattr(o, "item") and callable(o.item):
        try:
            return _plain(o.item())
        except (TypeError, ValueError):
            pass
    return str(o)


def _error(status: int, kind: str, message: str, **extra: Any) -> tuple[int, dict[str, Any]]:
    err = {"type": kind, "message": message, "phrases": [], "laws": [], "fix": [], "fix_text": None,
           "words": [], "detail": ""}
    scene = extra.pop("scene", None)
    err.update(extra)
    body: dict[str, Any] = {"error": err}
    if scene is not None:
        body["scene"] = scene
    return status, body


class DebugApp:
    """The API without HTTP: validates a request, runs the pipeline on the worker, shapes the reply.

    ``time_limit_s``: seconds a request waits for its result (also the solver's own budget).
    ``out_dir``: where each run's files go (``run-YYYYmmdd-HHMMSS-NNNN/``), or ``None`` for none.
    """

    def __init__(self, *, out_dir: str | Path | None = None, time_limit_s: float = 30.0):
        if not (isinstance(time_limit_s, (int, float)) and math.isfinite(time_limit_s) and time_limit_s > 0):
            raise InputError(f"time limit must be a positive number of seconds, got {time_limit_s!r}")
        self.time_limit_s = float(time_limit_s)
        self.out_dir = None if out_dir is None else Path(out_dir)
        if self.out_dir is not None:
            if self.out_dir.exists() and not self.out_dir.is_dir():
                raise InputError(f"--out must be a folder, got the file {str(out_dir)!r}")
            self.out_dir.mkdir(parents=True, exist_ok=True)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nesy-serve")
        self._pending = 0
        self._lock = threading.Lock()
        self._runs = itertools.count(1)

    def close(self) -> None:
        self._worker.shutdown(wait=False, cancel_futures=True)

    def warm_up(self) -> Future:
        """Load the language pipeline on the worker now, so the first request is not the slow one."""
        def warm() -> None:
            from ..pipeline import parse
            try:
                parse("a cell with a nucleus", domain="cell")
            except Exception:  # a warm-up failure shows up again, with its message, on the first request
                pass
        return self._worker.submit(warm)

    def health(self) -> dict[str, Any]:
        from ..registry import domain_names
        return {"ok": True, "domains": [n.split(".")[1] for n in domain_names()],
                "limits": {"text_chars": MAX_TEXT_CHARS, "body_bytes": MAX_BODY_BYTES,
                           "time_limit_s": self.time_limit_s}}

    def generate(self, payload: Any) -> tuple[int, dict[str, Any]]:
        """Handle one ``POST /api/generate`` payload; returns ``(HTTP status, JSON body)``."""
        try:
            req = self._check(payload)
        except InputError as e:
            return _error(400, "InputError", str(e))
        with self._lock:
            if self._pending >= MAX_PENDING:
                return _error(503, "Busy", f"the server is busy with {self._pending} request(s); "
                              "try again in a moment")
            self._pending += 1
        try:
            fut = self._worker.submit(self._run, req)
        except RuntimeError:
            with self._lock:
                self._pending -= 1
            return _error(503, "Busy", "the server is shutting down")
        fut.add_done_callback(lambda _: self._done())
        try:
            return fut.result(timeout=self.time_limit_s)
        except FutureTimeout:
            # The worker cannot be interrupted; it finishes in the background and its result is dropped.
            return _error(504, "TimeLimitExceeded",
                          f"the request took longer than the time limit of {self.time_limit_s:g} s; "
                          "simplify the text (or start the server with a larger --time-limit)")

    def _done(self) -> None:
        with self._lock:
            self._pending -= 1

    @staticmethod
    def _check(payload: Any) -> dict[str, Any]:
        if not isinstance(payload, dict):
            raise InputError(f"the request body must be a JSON object, got {type(payload).__name__}")
        extra = sorted(set(payload) - _PAYLOAD_KEYS)
        if extra:
            raise InputError(f"unknown field(s) {extra}; allowed: {sorted(_PAYLOAD_KEYS)}")
        text = payload.get("text")
        if not isinstance(text, str):
            raise InputError(f"text must be a string, got {type(text).__name__}")
        if len(text) > MAX_TEXT_CHARS:
            raise InputError(f"text is {len(text)} characters long; the limit is {MAX_TEXT_CHARS}")
        if not text.strip():
            raise InputError("text is empty: describe the figure, e.g. \"a cell with one nucleus\"")
        seed = payload.get("seed", 0)
        if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2 ** 31:
            raise InputError(f"seed must be an integer from 0 to 2^31-1, got {seed!r}")
        domain = payload.get("domain") or None
        if domain is not None and not isinstance(domain, str):
            raise InputError(f"domain must be a string or null, got {type(domain).__name__}")
        allow = payload.get("allow_unknown", False)
        if not isinstance(allow, bool):
            raise InputError(f"allow_unknown must be true or false, got {allow!r}")
        return {"text": text, "seed": seed, "domain": domain, "allow_unknown": allow}

    def _run(self, req: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        from ..errors import (NesyError, SolverTimeoutError, UnknownWordsError, UnsatisfiableError)
        from ..pipeline import generate, parse, write_outputs
        text = req["text"]
        scene = None
        try:
            t0 = time.perf_counter()
            scene = parse(text, domain=req["domain"], allow_unknown=req["allow_unknown"])
            t_parse = time.perf_counter() - t0
            res = generate(scene=scene, seed=req["seed"], timeout_s=self.time_limit_s, controls=False,
                           raise_on_fail=False)
        except UnknownWordsError as e:
            return _error(400, "UnknownWordsError", str(e),
                          words=[{"text": w, "start": s, "end": t} for w, s, t in e.words])
        except UnsatisfiableError as e:
            return _error(422, "UnsatisfiableError", str(e), phrases=e.phrases, laws=e.laws, fix=e.fix,
                          fix_text=apply_fix(text, e.fix) if e.fix else None, detail=e.detail,
                          scene=_plain(scene.to_dict()) if scene is not None else None)
        except SolverTimeoutError as e:
            return _error(504, "SolverTimeoutError", str(e))
        except InputError as e:
            return _error(400, type(e).__name__, str(e))
        except NesyError as e:
            return _error(500, type(e).__name__, str(e))
        except Exception as e:  # a bug: say so on the page rather than leave the request hanging
            traceback.print_exc()
            return _error(500, "InternalError", f"internal error: {type(e).__name__}: {e}")
        timings = dict(res.timings)
        timings["parse_s"] = t_parse
        timings["total_s"] = time.perf_counter() - t0
        body: dict[str, Any] = {"scene": res.scene.to_dict(), "svg": res.rendering.svg,
                                "verdict": res.verdict.to_dict(), "layout": res.layout.geojson(),
                                "timings": timings}
        if self.out_dir is not None:
            name = f"run-{time.strftime('%Y%m%d-%H%M%S')}-{next(self._runs):04d}"
            write_outputs(res, self.out_dir / name)
            body["out"] = name
        return 200, _plain(body)


class _Handler(http.server.BaseHTTPRequestHandler):
    server_version = "nesy-serve/0.1"
    protocol_version = "HTTP/1.1"
    timeout = 15  # seconds of socket silence before a slow client is dropped
    app: DebugApp
    quiet: bool = False
    check_host: bool = True

    def log_message(self, format: str, *args: Any) -> None:
        if not self.quiet:
            super().log_message(format, *args)

    # -- responses ---------------------------------------------------------------------------
    def _send(self, status: int, body: bytes, ctype: str, *, close: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", _CSP)
        self.send_header("Referrer-Policy", "no-referrer")
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: int, obj: Any, *, close: bool = False) -> None:
        data = json.dumps(obj, ensure_ascii=False, allow_nan=False).encode("utf-8")
        self._send(status, data, "application/json; charset=utf-8", close=close)

    def _fail(self, status: int, kind: str, message: str, *, close: bool = False) -> None:
        self._json(status, _error(status, kind, message)[1], close=close)

    def _host_ok(self) -> bool:
        # DNS-rebinding guard: a page on another site must not reach the loopback server by name.
        if not self.check_host:
            return True
        host = self.headers.get("Host")
        if host is None:
            return True
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        name = name.strip("[]").lower()
        if name in _LOOPBACK:
            return True
        self._fail(403, "Forbidden", f"Host header {host!r} is not allowed; open http://127.0.0.1:PORT/")
        return False

    # -- methods -----------------------------------------------------------------------------
    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        if not self._host_ok():
            return
        path = urlsplit(self.path).path
        if path == "/api/health":
            self._json(200, self.app.health())
            return
        entry = _STATIC.get(path)
        if entry is None:
            self._fail(404, "NotFound", f"no such page: {path[:200]!r}")
            return
        name, ctype = entry
        data = resources.files(__name__).joinpath("static", name).read_bytes()
        self._send(200, data, ctype)

    def do_POST(self) -> None:
        if not self._host_ok():
            return
        path = urlsplit(self.path).path
        if path != "/api/generate":
            self._fail(404, "NotFound", f"no such API endpoint: {path[:200]!r}", close=True)
            return
        if self.headers.get("Transfer-Encoding"):
            self._fail(411, "LengthRequired", "send the body with a Content-Length, not chunked", close=True)
            return
        raw_len = self.headers.get("Content-Length")
        try:
            length = int(raw_len) if raw_len is not None else -1
        except ValueError:
            length = -2
        if length < 0:
            self._fail(411 if length == -1 else 400, "LengthRequired" if length == -1 else "BadRequest",
                       f"a valid Content-Length is required, got {raw_len!r}", close=True)
            return
        if length > MAX_BODY_BYTES:
            if length <= _DRAIN_BYTES:
                self._drain(length)
            self._fail(413, "PayloadTooLarge",
                       f"request body is {length} bytes; the limit is {MAX_BODY_BYTES} bytes (64 KiB)",
                       close=True)
            return
        body = self.rfile.read(length)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype != "application/json":
            self._fail(415, "UnsupportedMediaType",
                       f"Content-Type must be application/json, got {ctype or 'none'!r}")
            return
        try:
            payload = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            self._fail(400, "BadJSON", f"the request body is not valid JSON: {e}")
            return
        status, obj = self.app.generate(payload)
        self._json(status, obj)

    def _drain(self, n: int) -> None:
        try:
            while n > 0:
                chunk = self.rfile.read(min(n, 65536))
                if not chunk:
                    break
                n -= len(chunk)
        except OSError:
            pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    app: DebugApp

    def server_close(self) -> None:
        super().server_close()
        self.app.close()


def make_server(host: str = "127.0.0.1", port: int = 8765, *, out_dir: str | Path | None = None,
                time_limit_s: float = 30.0, quiet: bool = False, warm: bool = True) -> _Server:
    """A ready (not yet serving) HTTP server; ``port=0`` picks a free one (``server.server_address``)."""
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
        raise InputError(f"port must be an integer from 0 to 65535, got {port!r}")
    app = DebugApp(out_dir=out_dir, time_limit_s=time_limit_s)
    handler = type("Handler", (_Handler,), {"app": app, "quiet": quiet,
                                            "check_host": host in _LOOPBACK})
    cls = _Server
    if ":" in host:
        import socket
        cls = type("_Server6", (_Server,), {"address_family": socket.AF_INET6})
    try:
        srv = cls((host, port), handler)
    except OSError as e:
        app.close()
        raise InputError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    srv.app = app
    if warm:
        app.warm_up()
    return srv


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="nesy serve", description="Start the local debugging page: text, "
                                "scene graph, figure and verdict side by side.")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    p.add_argument("--out", default=None, help="folder to write each run's files into (default: none written)")
    p.add_argument("--time-limit", type=float, default=30.0, help="seconds per request (default 30)")
    p.add_argument("--quiet", action="store_true", help="do not log requests")
    args = p.parse_args(list(sys.argv[1:] if argv is None else argv))
    srv = make_server(args.host, args.port, out_dir=args.out, time_limit_s=args.time_limit, quiet=args.quiet)
    host, port = srv.server_address[:2]
    shown = f"[{host}]" if ":" in str(host) else host
    if args.host not in _LOOPBACK:
        print(f"nesy serve: warning: listening on {args.host}, reachable from other machines", file=sys.stderr)
    print(f"nesy serve: http://{shown}:{port}/  (Ctrl+C to stop)", flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        print("nesy serve: stopped", file=sys.stderr)
    finally:
        srv.server_close()
    return 0
