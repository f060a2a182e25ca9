"""``report.html``: one self-contained page (inline SVG plots, figures as data URIs) of a bench run."""
from __future__ import annotations

import base64
import html
import io
import json
from typing import Any

from .metrics import percentile

__all__ = ["Gallery", "write_report"]

BAR_METRICS = [("entity F1", lambda g: g["entity"]["f1"]), ("relation F1", lambda g: g["relation"]["f1"]),
               ("solve rate", lambda g: g["solve_rate"]), ("verified (of sat)", lambda g: g["verified_rate_of_sat"]),
               ("unsat recall", lambda g: g["impossible_detection"]["recall"]),
               ("unsat precision", lambda g: g["impossible_detection"]["precision"])]
COLOURS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#edc948"]


class Gallery:
    """Keeps a few figures with failing checks: unverified figures, and one flagged perturbation per
    (domain, type), with red boxes (from the layout) around the entities of the failed checks."""

    def __init__(self, max_unverified: int = 12):
        self.items: list[dict[str, Any]] = []
        self.max_unverified = max_unverified
        self._seen: set[tuple[str, str]] = set()

    def __call__(self, item: dict, res: Any, kind: str | None = None, png: bytes | None = None,
                 verdict: Any = None) -> None:
        if kind is None:
            if res.verdict.passed or sum(1 for g in self.items if g["kind"] == "unverified") >= self.max_unverified:
                return
            self.items.append(self._entry(item, res, "unverified", res.rendering.png, res.verdict))
            return
        if verdict is None or verdict.passed or (item["domain"], kind) in self._seen:
            return
        self._seen.add((item["domain"], kind))
        self.items.append(self._entry(item, res, kind, png, verdict))

    @staticmethod
    def _entry(item: dict, res: Any, kind: str, png: bytes, verdict: Any) -> dict[str, Any]:
        from PIL import Image
        im = Image.open(io.BytesIO(png))
        dx = im.width - res.layout.width  # a strip added on the left shifts the figure
        boxes = []
        for c in verdict.failed():
            for a in c.args:
                for s in res.layout.shapes:
                    if s.id == a or s.cls == a or s.id.startswith(f"{a}_") and s.cls == "atom":
                        x0, y0, x1, y1 = s.box
                        boxes.append((x0 + dx - 3, y0 - 3, x1 + dx + 3, y1 + 3))
        return {"id": item["id"], "domain": item["domain"], "kind": kind, "text": item["text"],
                "w": im.width, "h": im.height, "png": base64.b64encode(png).decode(),
                "boxes": boxes[:60], "failed": [f"{c.law}({', '.join(c.args)}): observed {c.observed}"
                                                for c in verdict.failed()][:6]}


def _fmt(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.3f}"
    return html.escape(str(v))


def _bars(per_domain: dict[str, Any]) -> str:
    doms = list(per_domain)
    W, H, pad = 760, 260, 40
    gw = (W - pad) / max(len(BAR_METRICS), 1)
    bw = (gw - 10) / max(len(doms), 1)
    out = [f'<svg width="{W}" height="{H + 60}" xmlns="http://www.w3.org/2000/svg" font-size="11">']
    for t in (0, 0.5, 1.0):
        y = H - t * (H - 20)
        out.append(f'<line x1="{pad}" x2="{W}" y1="{y}" y2="{y}" stroke="#ddd"/><text x="4" y="{y + 4}">{t:.1f}</text>')
    for m, (name, fn) in enumerate(BAR_METRICS):
        x = pad + m * gw
        for k, d in enumerate(doms):
            try:
                v = fn(per_domain[d])
            except (KeyError, TypeError):
                v = None
            if v is None:
                continue
            h = v * (H - 20)
            out.append(f'<rect x="{x + k * bw:.1f}" y="{H - h:.1f}" width="{bw - 1:.1f}" height="{h:.1f}" '
                       f'fill="{COLOURS[k % len(COLOURS)]}"><title>{d} {name}: {v:.3f}</title></rect>')
        out.append(f'<text x="{x + gw / 2 - 5:.1f}" y="{H + 14}" text-anchor="middle">{name}</text>')
    for k, d in enumerate(doms):
        out.append(f'<rect x="{pad + k * 95}" y="{H + 30}" width="10" height="10" fill="{COLOURS[k % len(COLOURS)]}"/>'
                   f'<text x="{pad + k * 95 + 14}" y="{H + 39}">{html.escape(d)}</text>')
    out.append("</svg>")
    return "".join(out)


def _hist(lat: list[float], title: str) -> str:
    W, H, n = 360, 150, 20
    if not lat:
        return ""
    hi = max(percentile(lat, 99) or 0, 1e-3)
    counts = [0] * n
    for v in lat:
        counts[min(int(v / hi * n), n - 1)] += 1
    top = max(counts)
    out = [f'<svg width="{W}" height="{H + 40}" xmlns="http://www.w3.org/2000/svg" font-size="11">',
           f'<text x="4" y="12">{html.escape(title)} (n={len(lat)}; last bin ≥ p99)</text>']
    bw = (W - 20) / n
    for i, c in enumerate(counts):
        h = c / top * (H - 30)
        out.append(f'<rect x="{10 + i * bw:.1f}" y="{H - h:.1f}" width="{bw - 1:.1f}" height="{h:.1f}" fill="#4e79a7">'
                   f'<title>{i * hi / n:.3f}–{(i + 1) * hi / n:.3f} s: {c}</title></rect>')
    out.append(f'<text x="10" y="{H + 14}">0 s</text><text x="{W - 10}" y="{H + 14}" text-anchor="end">{hi:.3f} s</text>')
    for q in (50, 90, 99):
        v = percentile(lat, q)
        x = 10 + min(v / hi, 1) * (W - 20)
        out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="20" y2="{H}" stroke="#e15759" stroke-dasharray="3,2"/>'
                   f'<text x="{x + 2:.1f}" y="{30 + q // 10 * 3}" fill="#e15759">p{q}</text>')
    out.append("</svg>")
    return "".join(out)


def _table(summary: dict[str, Any]) -> str:
    rows = [("items", lambda g: g["items"]), ("parse ok", lambda g: g["parse_ok_rate"]),
            ("entity P / R / F1", lambda g: " / ".join(_fmt(g["entity"][k]) for k in ("precision", "recall", "f1"))),
            ("relation P / R / F1", lambda g: " / ".join(_fmt(g["relation"][k]) for k in ("precision", "recall", "f1"))),
            ("graph exact", lambda g: g["graph_exact_rate"]), ("solve rate (sat)", lambda g: g["solve_rate"]),
            ("verified (of sat)", lambda g: g["verified_rate_of_sat"]),
            ("verified (of solved)", lambda g: g["verified_rate_of_solved"]),
            ("key values right", lambda g: g["key_values_rate"]),
            ("impossible P / R", lambda g: " / ".join(_fmt(g["impossible_detection"][k]) for k in ("precision", "recall"))),
            ("latency p50 / p90 / p99 (s)", lambda g: " / ".join(_fmt(g["latency_s"][k]) for k in ("p50", "p90", "p99"))),
            ("clean figures flagged (FPR)", lambda g: g["injected_violations"]["clean_fpr"])]
    cols = ["overall"] + list(summary["per_domain"])
    groups = [summary["overall"]] + [summary["per_domain"][d] for d in summary["per_domain"]]
    out = ["<table><tr><th></th>" + "".join(f"<th>{html.escape(c)}</th>" for c in cols) + "</tr>"]
    for name, fn in rows:
        cells = []
        for g in groups:
            try:
                v = fn(g)
            except (KeyError, TypeError):
                v = None
            cells.append(f"<td>{v if isinstance(v, str) else _fmt(v)}</td>")
        out.append(f"<tr><th>{html.escape(name)}</th>{''.join(cells)}</tr>")
    out.append("</table>")
    return "".join(out)


def _pert_table(summary: dict[str, Any]) -> str:
    from .perturb import TYPES
    doms = [d for d, g in summary["per_domain"].items() if g["injected_violations"]["clean_figures"]]
    out = ["<table><tr><th>type</th>" + "".join(f"<th>{d}: TPR (applied)</th><th>{d}: FPR</th>" for d in doms) + "</tr>"]
    for t in TYPES:
        cells = []
        for d in doms:
            p = summary["per_domain"][d]["injected_violations"]["types"][t]
            cells.append(f"<td>{_fmt(p['tpr'])} ({p['applied']}/{p['figures']})</td><td>{_fmt(p['fpr'])}</td>")
        out.append(f"<tr><th>{t}</th>{''.join(cells)}</tr>")
    out.append("</table>")
    return "".join(out)


def _gallery(gal: list[dict[str, Any]]) -> str:
    out = []
    for g in gal:
        scale = min(1.0, 420 / g["w"])
        w, h = g["w"] * scale, g["h"] * scale
        rects = "".join(f'<rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" fill="none" stroke="#ff0000" '
                        f'stroke-width="3"/>' for x0, y0, x1, y1 in g["boxes"])
        svg = (f'<svg width="{w:.0f}" height="{h:.0f}" viewBox="0 0 {g["w"]} {g["h"]}" xmlns="http://www.w3.org/2000/svg">'
               f'<image href="data:image/png;base64,{g["png"]}" width="{g["w"]}" height="{g["h"]}"/>{rects}</svg>')
        fails = "<br>".join(html.escape(f) for f in g["failed"])
        out.append(f'<figure><figcaption><b>{html.escape(g["id"])}</b> — {html.escape(g["kind"])}<br>'
                   f'<i>{html.escape(g["text"][:160])}</i></figcaption>{svg}<div class="f">{fails}</div></figure>')
    return "".join(out)


def write_report(path: Any, summary: dict[str, Any], records: list[dict[str, Any]], gallery: list[dict[str, Any]],
                 meta: dict[str, Any]) -> None:
    lat_by: dict[str, list[float]] = {}
    for r in records:
        lat_by.setdefault(r["domain"], []).append(r["latency_s"])
    hists = "".join(_hist(v, f"{d} latency") for d, v in lat_by.items())
    fails = [r for r in records if (r["expect"] == "sat" and r.get("outcome") != "verified")
             or (r["expect"] == "unsat" and r.get("outcome") != "unsat")]
    frows = "".join(f"<tr><td>{html.escape(r['id'])}</td><td>{html.escape(str(r.get('outcome')))}</td>"
                    f"<td>{html.escape(r['expect'] or '')}</td><td>{html.escape(r['text'][:140])}</td>"
                    f"<td>{html.escape((r.get('error') or '; '.join(c['law'] for c in r.get('failed_checks', [])))[:160])}</td></tr>"
                    for r in fails[:300])
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>nesy bench</title>
<style>body{{font-family:sans-serif;margin:24px;max-width:1200px}}table{{border-collapse:collapse;margin:8px 0}}
td,th{{border:1px solid #ccc;padding:3px 6px;font-size:13px;text-align:left}}figure{{display:inline-block;vertical-align:top;
margin:8px;max-width:440px;font-size:12px}}.f{{color:#b00;font-family:monospace;font-size:11px}}</style></head><body>
<h1>nesy bench — compositional correctness</h1>
<p>{html.escape(meta.get('command', ''))}<br>nesy {html.escape(str(meta.get('version')))}; {meta.get('items')} items;
wall time {meta.get('wall_s', 0):.1f} s; {html.escape(str(meta.get('machine', '')))}</p>
<h2>Summary</h2>{_table(summary)}
<h2>Per domain</h2>{_bars(summary['per_domain'])}
<h2>Verifier on injected violations</h2><p>TPR: share of perturbed verified figures the verifier fails;
FPR: share of the same figures, unperturbed, that it fails. “applied” counts figures with an object the
perturbation could act on.</p>{_pert_table(summary)}
<h2>Latency (parse → verified figure, warm process)</h2>{hists}
<h2>Gallery: failing checks (red boxes from the layout)</h2>{_gallery(gallery)}
<h2>Items that missed their expected outcome ({len(fails)})</h2>
<table><tr><th>id</th><th>outcome</th><th>expected</th><th>text</th><th>why</th></tr>{frows}</table>
<script type="application/json" id="results">{html.escape(json.dumps(summary))}</script>
</body></html>"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)
