"""``nesy serve``: the JSON API on a real server (127.0.0.1, ephemeral port), limits and static files.

The worker-process tests swap in ``hooked_runner`` (run in the worker, so module level): three fixed
texts make the worker hang, die or hit a bug on demand, so the limits are tested without relying on a
text that happens to be slow today.
"""
import base64
import http.client
import json
import math
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from nesy.errors import InputError
from nesy.serve import (MAX_BODY_BYTES, MAX_JSON_DEPTH, MAX_TEXT_CHARS, _plain, apply_fix, main,
                        make_server, parse_json)
from nesy.serve.worker import run_request

CELL = "A cell with a nucleus and two mitochondria"
CONFLICT = "A cell with a nucleus left of the vacuole. The vacuole is left of the nucleus."
HANG, DIE, BUG = "hang: a cell with a nucleus", "die: a cell with a nucleus", "bug: a cell with a nucleus"


def hooked_runner(req):
    """The real runner, except for three texts: sleep for ten minutes, exit at once, or hit a bug."""
    if req["text"] == HANG:
        time.sleep(600)
    if req["text"] == DIE:
        os._exit(7)
    if req["text"] == BUG:
        import nesy.pipeline

        def broken(*a, **k):
            raise ZeroDivisionError("division by zero deep inside the solver " + "x" * 1000)
        real, nesy.pipeline.generate = nesy.pipeline.generate, broken
        try:
            return run_request(dict(req, text=CELL))
        finally:
            nesy.pipeline.generate = real
    return run_request(req)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    out = tmp_path_factory.mktemp("serve-out")
    srv = make_server("127.0.0.1", 0, out_dir=out, quiet=True)
    th = threading.Thread(target=srv.serve_forever, daemon=True)
    th.start()
    yield srv.server_address[1], out
    srv.shutdown()
    srv.server_close()


def request(port, method, path, body=None, headers=None, timeout=60):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, dict(resp.getheaders()), data
    finally:
        conn.close()


def post(port, payload, **kw):
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    status, headers, data = request(port, "POST", "/api/generate", body,
                                    {"Content-Type": "application/json", **kw.pop("headers", {})}, **kw)
    return status, json.loads(data)


def test_pages_and_health(server):
    port, _ = server
    status, headers, data = request(port, "GET", "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b'src="/static/app.js"' in data and "script-src 'self'" in headers["Content-Security-Policy"]
    for path, ctype in (("/static/app.js", "text/javascript"), ("/static/app.css", "text/css")):
        status, headers, data = request(port, "GET", path)
        assert status == 200 and headers["Content-Type"].startswith(ctype) and len(data) > 500
    status, _, data = request(port, "GET", "/api/health")
    health = json.loads(data)
    assert status == 200 and "cell" in health["domains"]
    assert health["limits"] == {"text_chars": MAX_TEXT_CHARS, "body_bytes": MAX_BODY_BYTES, "time_limit_s": 30.0,
                                "json_depth": MAX_JSON_DEPTH, "seed_max": 2 ** 32 - 1}
    assert set(health["worker"]) == {"ready", "restarts", "pid"}


@pytest.mark.parametrize("path", ["/static/../__init__.py", "/static/..%2f__init__.py", "/../../etc/passwd",
                                  "//etc/passwd", "/static/", "/static/APP.JS", "/static/app.js/..",
                                  "/nesy/serve/__init__.py", "/%2e%2e/%2e%2e/etc/passwd", "/static/index.html"])
def test_only_packaged_files_are_served(server, path):
    status, _, data = request(server[0], "GET", path)
    assert status == 404 and json.loads(data)["error"]["type"] == "NotFound"
    assert b"root:" not in data and b"import" not in data


def test_generate_returns_scene_svg_verdict_layout_and_writes_the_run(server):
    port, out = server
    status, res = post(port, {"text": CELL, "seed": 0, "domain": "cell"})
    assert status == 200, res
    ids = [e["id"] for e in res["scene"]["entities"]]
    assert sorted(e["kind"] for e in res["scene"]["entities"]) == ["cell", "mitochondrion", "mitochondrion",
                                                                  "nucleus"]
    for e in res["scene"]["entities"]:
        assert CELL[e["span"]["start"]:e["span"]["end"]] == e["span"]["text"]
    assert all(f'id="{i}"' in res["svg"] for i in ids)
    assert set(res["layout"]["entities"]) == set(ids)
    v = res["verdict"]
    assert v["passed"] and v["checks"] and all(c["passed"] for c in v["checks"])
    assert {"law", "args", "observed", "expected", "tolerance", "passed"} <= set(v["checks"][0])
    run = out / res["out"]
    png = base64.b64decode(res["png"], validate=True)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert (run / "figure.svg").read_text() == res["svg"] and (run / "figure.png").read_bytes() == png
    assert json.loads((run / "verdict.json").read_text())["passed"]


def test_the_style_variant_chosen_on_the_page_draws_the_figure_and_is_recorded(server):
    port, out = server
    status, res = post(port, {"text": CELL, "domain": "cell", "palette": "grey", "symbols": "iec"})
    assert status == 200 and res["verdict"]["passed"], res
    man = json.loads((out / res["out"] / "manifest.json").read_text())
    assert man["style"] == {"palette": "grey", "symbols": "iec"}


def test_impossible_text_names_its_phrases_and_the_fix_applies(server):
    port, _ = server
    status, res = post(port, {"text": CONFLICT, "domain": "cell"})
    assert status == 422
    err = res["error"]
    assert err["type"] == "UnsatisfiableError" and "impossible" in err["message"]
    assert [p["text"] for p in err["phrases"]] == ["a nucleus left of the vacuole",
                                                   "The vacuole is left of the nucleus"]
    assert all(CONFLICT[p["start"]:p["end"]] == p["text"] for p in err["phrases"] + err["fix"])
    assert err["fix"] and err["fix_text"] == apply_fix(CONFLICT, err["fix"])
    assert {e["kind"] for e in res["scene"]["entities"]} == {"cell", "nucleus", "vacuole"}
    status, fixed = post(port, {"text": err["fix_text"], "domain": "cell"})
    assert status == 200 and fixed["verdict"]["passed"]


def test_the_page_draws_what_it_reads_and_lists_what_it_leaves_out_as_the_command_line_does(server):
    """Default (as `nesy generate`): a text with a phrase nesy cannot draw is drawn without it, and the answer
    says it is not complete, with the phrase and its position: never plain "verified". `strict` refuses it,
    naming the phrase; `allow_unknown` also lists its words as unknown."""
    port, _ = server
    text = "a cell with a nucleus, two mitochondria and a flux capacitor"
    status, res = post(port, {"text": text, "domain": "cell"})
    assert status == 200 and res["verdict"]["passed"]
    assert res["status"] == "verified_with_omissions" and res["complete"] is False
    assert [(n["text"], n["start"], n["end"]) for n in res["not_drawn"]] == [("flux capacitor", 46, 60)]
    status, res = post(port, {"text": text, "domain": "cell", "strict": True})
    assert status == 400 and res["error"]["type"] == "UnknownWordsError"
    assert [(w["text"], w["start"], w["end"]) for w in res["error"]["words"]] == [("flux capacitor", 46, 60)]
    status, res = post(port, {"text": text, "domain": "cell", "allow_unknown": True})
    assert status == 200 and [u["text"] for u in res["scene"]["unknown"]] == ["flux", "capacitor"]
    assert [n["text"] for n in res["scene"]["not_drawn"]] == ["flux capacitor"]
    assert res["status"] == "verified_with_omissions"
    status, res = post(port, {"text": CELL, "domain": "cell"})
    assert status == 200 and res["status"] == "verified" and res["complete"] is True and res["not_drawn"] == []


@pytest.mark.parametrize("payload, needle", [
    ({"text": ""}, "text is empty"),
    ({"text": 5}, "text must be a string, got int"),
    ([CELL], "must be a JSON object, got list"),
    ({"text": CELL, "seed": -1}, "seed must be an integer"),
    ({"text": CELL, "seed": True}, "seed must be an integer"),
    ({"text": CELL, "seed": 2 ** 32}, "seed must be an integer from 0 to 2^32-1, got 4294967296"),
    ({"text": CELL, "seed": 1.5}, "seed must be an integer"),
    ({"text": "\ud800Mg"}, "text holds a lone surrogate U+D800 at character 0"),
    ({"text": "a cell with a nucleus \udfff"}, "lone surrogate U+DFFF at character 22"),
    ({"text": CELL, "domain": "ce\ud800ll"}, "domain holds a lone surrogate"),
    ({"text": CELL, "allow_unknown": "yes"}, "allow_unknown must be true or false"),
    ({"text": CELL, "strict": 1}, "strict must be true or false"),
    ({"text": CELL, "colour": "red"}, "unknown field(s) ['colour']"),
    ({"text": CELL, "palette": "sepia"}, "palette must be one of colour, grey or null, got 'sepia'"),
    ({"text": CELL, "symbols": 3}, "symbols must be one of ieee, iec or null, got 3"),
    ({"text": CELL, "domain": "alchemy"}, "domain must be one of"),
    ({"text": "a " * (MAX_TEXT_CHARS // 2) + "x"}, f"the limit is {MAX_TEXT_CHARS}"),
])
def test_bad_requests_say_what_is_wrong(server, payload, needle):
    status, res = post(server[0], payload)
    assert status == 400 and needle in res["error"]["message"], res


def test_transport_limits(server):
    port = server[0]
    status, res = post(port, b"{bad json")
    assert status == 400 and res["error"]["type"] == "BadJSON"
    status, res = post(port, b"\xff\xfe")
    assert status == 400 and res["error"]["type"] == "BadJSON"
    big = json.dumps({"text": "x" * (MAX_BODY_BYTES + 10)}).encode()
    status, res = post(port, big)
    assert status == 413 and "the limit is 65536 bytes" in res["error"]["message"]
    status, _, data = request(port, "POST", "/api/generate", json.dumps({"text": CELL}),
                              {"Content-Type": "text/plain"})
    assert status == 415 and "application/json" in json.loads(data)["error"]["message"]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.putrequest("POST", "/api/generate")
    conn.putheader("Content-Type", "application/json")
    conn.endheaders()  # no Content-Length, no body
    resp = conn.getresponse()
    assert resp.status == 411 and "Content-Length" in json.loads(resp.read())["error"]["message"]
    conn.close()
    status, _, data = request(port, "GET", "/api/health", headers={"Host": "evil.example:80"})
    assert status == 403 and "Host header" in json.loads(data)["error"]["message"]
    status, _, _ = request(port, "POST", "/api/other", b"{}", {"Content-Type": "application/json"})
    assert status == 404


@pytest.fixture(scope="module")
def hooked():
    """A server whose worker runs ``hooked_runner`` under an 8 s limit (a real request in a fresh worker
    on a loaded 2-core machine has taken over 4 s)."""
    srv = make_server("127.0.0.1", 0, time_limit_s=8, quiet=True, runner=hooked_runner)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    srv.app.worker.wait_ready()
    yield srv
    srv.shutdown()
    srv.server_close()


def test_a_runaway_request_is_killed_at_its_limit_and_the_next_one_is_served(hooked):
    port, worker = hooked.server_address[1], hooked.app.worker
    old_pid, restarts = worker.pid, worker.restarts
    replies = {}

    def send(name, text):
        t0 = time.monotonic()
        replies[name] = post(port, {"text": text, "domain": "cell"}, timeout=300) + (time.monotonic() - t0,)
    runaway = threading.Thread(target=send, args=("runaway", HANG))
    runaway.start()
    time.sleep(1.0)  # the second request queues behind the runaway
    queued = threading.Thread(target=send, args=("queued", CELL))
    queued.start()
    runaway.join(120)
    queued.join(300)
    status, res, took = replies["runaway"]
    assert status == 504 and res["error"]["type"] == "TimeLimitExceeded", res
    assert "time limit of 8 s" in res["error"]["message"] and 7.9 < took < 60  # killed at 8 s, not 600
    with pytest.raises(ProcessLookupError):
        os.kill(old_pid, 0)
    status, res, _ = replies["queued"]
    assert status == 200 and res["verdict"]["passed"], res
    assert worker.restarts == restarts + 1 and worker.pid != old_pid
    status, res = post(port, {"text": CELL, "domain": "cell"})
    assert status == 200


def test_a_worker_that_dies_is_replaced(hooked):
    port = hooked.server_address[1]
    status, res = post(port, {"text": DIE, "domain": "cell"}, timeout=120)
    assert status == 503 and res["error"]["type"] == "WorkerUnavailable"
    assert "exit code 7" in res["error"]["message"]
    status, res = post(port, {"text": CELL, "domain": "cell"}, timeout=300)
    assert status == 200 and res["verdict"]["passed"]


def test_a_bug_is_a_short_500_without_a_traceback(hooked):
    port = hooked.server_address[1]
    status, headers, data = request(port, "POST", "/api/generate", json.dumps({"text": BUG, "domain": "cell"}).encode(),
                                    {"Content-Type": "application/json"}, timeout=120)
    err = json.loads(data)["error"]
    assert status == 500 and err["type"] == "InternalError", err
    assert "ZeroDivisionError" in err["message"] and len(err["message"]) < 400
    assert b"Traceback" not in data and b"File \"" not in data
    status, res = post(port, {"text": CELL, "domain": "cell"})  # the same worker carries on
    assert status == 200


_SIGINT_SCRIPT = """
import sys, threading
sys.path.insert(0, {tests!r})
from test_serve import hooked_runner
from nesy.serve import make_server, serve
srv = make_server("127.0.0.1", 0, quiet=True, time_limit_s=300, runner=hooked_runner)
print(srv.server_address[1], flush=True)
serve(srv)
"""


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_stops_a_busy_server_and_its_worker(sig):
    script = _SIGINT_SCRIPT.format(tests=str(Path(__file__).parent))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        port = int(proc.stdout.readline())
        deadline = time.monotonic() + 180
        while True:  # wait for the warm worker, so the hang below is the request, not the start-up
            health = json.loads(request(port, "GET", "/api/health")[2])
            if health["worker"]["ready"]:
                break
            assert time.monotonic() < deadline, "the worker never became ready"
            time.sleep(0.5)
        worker_pid = health["worker"]["pid"]
        def hang() -> None:
            try:
                post(port, {"text": HANG}, timeout=600)
            except (OSError, http.client.HTTPException, ValueError):
                pass  # the server goes away under this request: that is the point
        threading.Thread(target=hang, daemon=True).start()
        time.sleep(1.5)
        assert proc.poll() is None
        t0 = time.monotonic()
        proc.send_signal(sig)
        proc.wait(timeout=20)
        assert time.monotonic() - t0 < 20
        assert "stopped" in proc.stderr.read()
        with pytest.raises(ProcessLookupError):
            for _ in range(50):  # reaped by the server, or by init just after
                os.kill(worker_pid, 0)
                time.sleep(0.1)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_the_largest_seed_draws(server):
    status, res = post(server[0], {"text": CELL, "domain": "cell", "seed": 2 ** 32 - 1})
    assert status == 200 and res["verdict"]["passed"]


@pytest.mark.parametrize("body, needle", [
    (b'{"text": "a cell", "seed": ' + b"7" * 5000 + b"}", "seed must be an integer from 0 to 2^32-1, got a "
                                                         "5000-digit integer"),
    (b'{"text": ' + b"1" * 5000 + b"}", "text must be a string, got int"),
    (b'{"text": ' + b"[" * 30000 + b"]" * 30000 + b"}", "nests arrays/objects 30001 deep; the limit is 32"),
    (b'{"text": ' + b'{"a":' * 9000 + b"1" + b"}" * 9000 + b"}", "nests arrays/objects 9001 deep"),
    (b"[" * 60000, "nests arrays/objects 60000 deep"),
    (b'{"text": "\xed\xa0\x80"}', "not UTF-8"),
])
def test_hostile_json_is_refused_with_400(server, body, needle):
    assert len(body) < MAX_BODY_BYTES
    status, res = post(server[0], body)
    assert status == 400 and needle in res["error"]["message"], res


def test_json_depth_counts_brackets_outside_strings_only():
    assert parse_json(b'{"text": "[[[[{{{{' + b"[" * 100 + b'"}') == {"text": "[[[[{{{{" + "[" * 100}
    assert parse_json(b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH) is not None
    with pytest.raises(InputError, match="nests arrays/objects 33 deep"):
        parse_json(b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1))


def test_apply_fix_and_plain_json():
    assert apply_fix(CONFLICT, [{"start": 12, "end": 41}]) == "A cell with. The vacuole is left of the nucleus."
    assert apply_fix("a, b and c", [{"start": 3, "end": 4}, {"start": 0, "end": 1}]) == ", and c"
    doc = _plain({"a": (1.5, math.inf, math.nan), 2: None})
    assert json.loads(json.dumps(doc, allow_nan=False)) == {"a": [1.5, "inf", "nan"], "2": None}


def test_bad_command_line_values(tmp_path):
    with pytest.raises(InputError, match="port must be an integer from 0 to 65535, got 70000"):
        main(["--port", "70000"])
    with pytest.raises(InputError, match="time limit must be a positive number"):
        main(["--port", "0", "--time-limit", "0"])
    (tmp_path / "f").write_text("")
    with pytest.raises(InputError, match="--out must be a folder"):
        main(["--port", "0", "--out", str(tmp_path / "f")])
