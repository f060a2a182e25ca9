"""``nesy serve``: the JSON API on a real server (127.0.0.1, ephemeral port), limits and static files."""
import http.client
import json
import math
import threading

import pytest

from nesy.errors import InputError
from nesy.serve import MAX_BODY_BYTES, MAX_TEXT_CHARS, DebugApp, _plain, apply_fix, main, make_server

CELL = "A cell with a nucleus and two mitochondria"
CONFLICT = "A cell with a nucleus left of the vacuole. The vacuole is left of the nucleus."


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
    assert health["limits"] == {"text_chars": MAX_TEXT_CHARS, "body_bytes": MAX_BODY_BYTES, "time_limit_s": 30.0}


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
    assert (run / "figure.svg").read_text() == res["svg"] and (run / "figure.png").stat().st_size > 0
    assert json.loads((run / "verdict.json").read_text())["passed"]


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


def test_unknown_words_are_located_or_ignored_on_request(server):
    port, _ = server
    text = "a cell with a flux capacitor"
    status, res = post(port, {"text": text, "domain": "cell"})
    assert status == 400 and res["error"]["type"] == "UnknownWordsError"
    assert [(w["text"], w["start"], w["end"]) for w in res["error"]["words"]] == [("flux", 14, 18),
                                                                                  ("capacitor", 19, 28)]
    status, res = post(port, {"text": text, "domain": "cell", "allow_unknown": True})
    assert status == 200 and [u["text"] for u in res["scene"]["unknown"]] == ["flux", "capacitor"]


@pytest.mark.parametrize("payload, needle", [
    ({"text": ""}, "text is empty"),
    ({"text": 5}, "text must be a string, got int"),
    ([CELL], "must be a JSON object, got list"),
    ({"text": CELL, "seed": -1}, "seed must be an integer"),
    ({"text": CELL, "seed": True}, "seed must be an integer"),
    ({"text": CELL, "allow_unknown": "yes"}, "allow_unknown must be true or false"),
    ({"text": CELL, "colour": "red"}, "unknown field(s) ['colour']"),
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


def test_a_request_past_the_time_limit_gets_504():
    app = DebugApp(time_limit_s=0.001)
    try:
        status, res = app.generate({"text": CELL, "domain": "cell"})
        assert status == 504 and "time limit of 0.001 s" in res["error"]["message"]
    finally:
        app.close()


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
