"""``nesy serve``: a local debugging page for the pipeline, on the standard library alone.

One page shows, side by side, the text with each phrase coloured by the entity or relation it
became (unknown words marked, ignored words greyed), the scene graph (a tree of what contains what,
with like siblings grouped as "12 × mitochondrion" and other relations as labelled arcs), the figure
(inline SVG, downloadable as SVG and PNG) and every check of the verdict (optionally failures only);
an impossible specification shows its conflicting phrases in the text, the laws involved and a button
that applies the smallest fix. ``/?text=…&seed=…&domain=…`` opens the page and runs that text, and the
address follows every run, so a figure can be shared as a link. The page talks to a JSON API:

``GET /api/health`` → ``{"ok": true, "domains": [...], "limits": {...}, "worker": {...}}``

``POST /api/generate {text, seed?, domain?, allow_unknown?, strict?, palette?, symbols?}`` → ``{scene, svg, png, verdict,
status, complete, not_drawn, corrections, layout, timings, out?}`` (200; ``png`` is base64), or ``{error: {type, message, phrases, laws, fix, fix_text,
words, detail}, scene?}`` with 400 (bad input or JSON, unknown words), 411, 413 (body too large), 415,
422 (impossible, or another error nesy raises on purpose), 503 (busy, shutting down, worker lost),
504 (past the time limit) or 500 (a bug: a short message; the traceback goes to the server's log).

Only the packaged static files are served (a fixed table of names; anything else is 404) and the
only folder written is ``--out``, one sub-folder per run. The pipeline runs in one child process
(``worker.py``), warmed up at start and reused; a request past ``time_limit_s`` gets it killed, a 504,
and a fresh worker for the next request. Ctrl+C (or SIGTERM) stops the server and its worker at once.
"""
from __future__ import annotations

import argparse
import http.server
import itertools
import json
import math
import re
import signal
import sys
import threading
import time
from importlib import resources
from pathlib import Path
from typing import Any, Sequence
from urllib.parse import urlsplit

from ..errors import InputError
from .worker import Worker, WorkerDown, apply_fix, error_body, run_request
from .worker import plain as _plain

__all__ = ["MAX_BODY_BYTES", "MAX_TEXT_CHARS", "MAX_JSON_DEPTH", "MAX_SEED", "DebugApp", "make_server",
           "serve", "apply_fix", "parse_json", "main"]

MAX_BODY_BYTES = 64 * 1024
MAX_TEXT_CHARS = 20_000
MAX_JSON_DEPTH = 32        # nesting of [ and { in a request body; the API needs 1
MAX_SEED = 2 ** 32         # seeds are 0 <= seed < MAX_SEED
MAX_PENDING = 4            # requests running or queued for the worker before new ones get 503
_INT_DIGITS = 40           # longer integer literals are not turned into ints (Python refuses > 4300 anyway)
_DRAIN_BYTES = 1 << 20     # an oversized body up to this size is read and dropped, so the 413 arrives
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
_SURROGATE = re.compile("[\ud800-\udfff]")

# URL path → (packaged file, content type). Nothing outside this table is ever read.
_STATIC = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/index.html": ("index.html", "text/html; charset=utf-8"),
    "/static/app.js": ("app.js", "text/javascript; charset=utf-8"),
    "/static/app.css": ("app.css", "text/css; charset=utf-8"),
}
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
_PAYLOAD_KEYS = {"text", "seed", "domain", "allow_unknown", "strict", "palette", "symbols"}


class _HugeInt:
    """An integer literal too long to be worth parsing; only ever reported back as an error."""

    def __init__(self, digits: str):
        self.digits = digits

    def __repr__(self) -> str:
        return f"a {len(self.digits.lstrip('-'))}-digit integer"


def _parse_int(s: str) -> Any:
    return int(s) if len(s) <= _INT_DIGITS else _HugeInt(s)


def _json_depth(text: str) -> int:
    """Deepest nesting of arrays and objects in ``text`` (strings skipped), without building anything."""
    depth = deepest = 0
    in_str = esc = False
    for ch in text:
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def parse_json(raw: bytes) -> Any:
    """A request body as JSON; ``InputError`` for anything that is not UTF-8 JSON of sane depth."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"the request body is not UTF-8: {e}") from None
    depth = _json_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise InputError(f"the request body nests arrays/objects {depth} deep; the limit is {MAX_JSON_DEPTH}")
    try:
        return json.loads(text, parse_int=_parse_int)
    except RecursionError:  # belt and braces: the depth check above should make this unreachable
        raise InputError("the request body is nested too deeply") from None
    except ValueError as e:  # JSONDecodeError, and number literals Python refuses to convert
        raise InputError(f"the request body is not valid JSON: {e}") from None


def _typename(v: Any) -> str:
    return "int" if isinstance(v, _HugeInt) else type(v).__name__


def _check_unicode(name: str, s: str) -> None:
    m = _SURROGATE.search(s)
    if m:
        raise InputError(f"{name} holds a lone surrogate U+{ord(m.group()):04X} at character {m.start()}; "
                         "send valid Unicode (UTF-8)")


_error = error_body


class DebugApp:
    """The API without HTTP: validates a request, runs the pipeline on the worker process, shapes the reply.

    ``time_limit_s``: wall-clock seconds one generation may run (also the solver's own budget); past it
    the worker process is killed and the request answered 504.
    ``out_dir``: where each run's files go (``run-YYYYmmdd-HHMMSS-NNNN/``), or ``None`` for none.
    ``runner``: the function the worker runs per request (module level, picklable); tests swap it.
    """

    def __init__(self, *, out_dir: str | Path | None = None, time_limit_s: float = 30.0,
                 runner: Any = run_request):
        if isinstance(time_limit_s, bool) or not (isinstance(time_limit_s, (int, float))
                                                  and math.isfinite(time_limit_s) and time_limit_s > 0):
            raise InputError(f"time limit must be a positive number of seconds, got {time_limit_s!r}")
        self.time_limit_s = float(time_limit_s)
        self.out_dir = None if out_dir is None else Path(out_dir)
        if self.out_dir is not None:
            if self.out_dir.exists() and not self.out_dir.is_dir():
                raise InputError(f"--out must be a folder, got the file {str(out_dir)!r}")
            self.out_dir.mkdir(parents=True, exist_ok=True)
        self.worker = Worker(runner)
        self._pending = 0
        self._state = threading.Lock()   # guards _pending
        self._busy = threading.Lock()    # held while a request uses the worker
        self._runs = itertools.count(1)

    def close(self) -> None:
        """Stop the worker process now; requests in flight are answered 503."""
        self.worker.close()

    def warm_up(self) -> None:
        """Start the worker process now (it warms up in the background)."""
        self.worker.start()

    def health(self) -> dict[str, Any]:
        from ..registry import domain_names
        return {"ok": True, "domains": [n.split(".")[1] for n in domain_names()],
                "limits": {"text_chars": MAX_TEXT_CHARS, "body_bytes": MAX_BODY_BYTES,
                           "time_limit_s": self.time_limit_s, "json_depth": MAX_JSON_DEPTH,
                           "seed_max": MAX_SEED - 1},
                "worker": {"ready": self.worker.ready, "restarts": self.worker.restarts, "pid": self.worker.pid}}

    def generate(self, payload: Any) -> tuple[int, dict[str, Any]]:
        """Handle one ``POST /api/generate`` payload; returns ``(HTTP status, JSON body)``."""
        try:
            req = self._check(payload)
        except InputError as e:
            return _error(400, "InputError", str(e))
        with self._state:
            if self._pending >= MAX_PENDING:
                return _error(503, "Busy", f"the server is busy with {self._pending} request(s); "
                              "try again in a moment")
            self._pending += 1
        try:
            # Each request ahead holds the worker at most its limit plus a restart, so this wait is bounded.
            if not self._busy.acquire(timeout=MAX_PENDING * (self.time_limit_s + self.worker.startup_limit_s)):
                return _error(503, "Busy", "the server is busy; try again in a moment")
            try:
                return self._call(req)
            finally:
                self._busy.release()
        finally:
            with self._state:
                self._pending -= 1

    def _call(self, req: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        req = dict(req, time_limit_s=self.time_limit_s, out=None)
        if self.out_dir is not None:
            name = f"run-{time.strftime('%Y%m%d-%H%M%S')}-{next(self._runs):04d}"
            req["out"] = str(self.out_dir / name)
        try:
            reply = self.worker.call(req, self.time_limit_s)
        except WorkerDown as e:
            return _error(503, "WorkerUnavailable", str(e))
        if reply is None:
            return _error(504, "TimeLimitExceeded",
                          f"the request took longer than the time limit of {self.time_limit_s:g} s and was "
                          "stopped; simplify the text (or start the server with a larger --time-limit)")
        return reply

    @staticmethod
    def _check(payload: Any) -> dict[str, Any]:
        if not isinstance(payload, dict):
            raise InputError(f"the request body must be a JSON object, got {_typename(payload)}")
        extra = sorted(set(payload) - _PAYLOAD_KEYS)
        if extra:
            raise InputError(f"unknown field(s) {extra}; allowed: {sorted(_PAYLOAD_KEYS)}")
        text = payload.get("text")
        if not isinstance(text, str):
            raise InputError(f"text must be a string, got {_typename(text)}")
        if len(text) > MAX_TEXT_CHARS:
            raise InputError(f"text is {len(text)} characters long; the limit is {MAX_TEXT_CHARS}")
        _check_unicode("text", text)
        if not text.strip():
            raise InputError("text is empty: describe the figure, e.g. \"a cell with one nucleus\"")
        seed = payload.get("seed", 0)
        if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < MAX_SEED:
            raise InputError(f"seed must be an integer from 0 to 2^32-1, got {seed!r}")
        domain = payload.get("domain") or None
        if domain is not None:
            if not isinstance(domain, str):
                raise InputError(f"domain must be a string or null, got {_typename(domain)}")
            _check_unicode("domain", domain)
            if len(domain) > 100:
                raise InputError(f"domain is {len(domain)} characters long; domain names are short")
        # the command line's defaults: phrases nesy cannot draw are left out and listed (the figure is
        # then not complete), ``strict`` refuses them, ``allow_unknown`` lifts the refusal of a text
        # that is mostly unread
        flags = {}
        for key in ("allow_unknown", "strict"):
            flags[key] = payload.get(key, False)
            if not isinstance(flags[key], bool):
                raise InputError(f"{key} must be true or false, got {flags[key]!r}")
        # style variants (nesy.render.style): a name of the variant's own list, or null for the default
        from ..render.style import VARIANTS
        for key in ("palette", "symbols"):
            v = payload.get(key)
            if v is not None and v not in VARIANTS[key]:
                raise InputError(f"{key} must be one of {', '.join(VARIANTS[key])} or null, got {v!r}")
            flags[key] = v
        return {"text": text, "seed": seed, "domain": domain, **flags}


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
        # ASCII-escaped, so a lone surrogate echoed back in a message cannot break the encoding
        data = json.dumps(obj, ensure_ascii=True, allow_nan=False).encode("ascii")
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
            payload = parse_json(body)
        except InputError as e:
            self._fail(400, "BadJSON", str(e))
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
                time_limit_s: float = 30.0, quiet: bool = False, warm: bool = True,
                runner: Any = run_request) -> _Server:
    """A ready (not yet serving) HTTP server; ``port=0`` picks a free one (``server.server_address``).

    ``warm``: start the worker process now rather than on the first request. ``runner``: see ``DebugApp``.
    """
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
        raise InputError(f"port must be an integer from 0 to 65535, got {port!r}")
    app = DebugApp(out_dir=out_dir, time_limit_s=time_limit_s, runner=runner)
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
    serve(srv)
    return 0


def serve(srv: _Server) -> None:
    """Serve until Ctrl+C or SIGTERM, then close the socket and kill the worker process at once."""
    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)
        # a shell that starts a job in the background hands it SIGINT ignored; Ctrl+C must still stop us
        signal.signal(signal.SIGINT, stop)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        print("nesy serve: stopped", file=sys.stderr)
    finally:
        srv.server_close()
