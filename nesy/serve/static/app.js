// nesy debugging page: posts the text to /api/generate and shows text, scene graph, figure, checks.
// User text is only ever inserted with textContent; the figure SVG is parsed and stripped of scripts.
"use strict";

const SVGNS = "http://www.w3.org/2000/svg";
const PALETTE = ["#bbdefb", "#c8e6c9", "#ffe0b2", "#e1bee7", "#b2ebf2", "#fff59d", "#f8bbd0",
                 "#d7ccc8", "#c5cae9", "#dcedc8", "#ffccbc", "#b2dfdb"];
const REL_COLORS = ["#455a64", "#1565c0", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#ad1457"];
const TITLES = {
  UnknownWordsError: "Unknown words", UnsatisfiableError: "Impossible specification",
  InputError: "Bad input", SolverTimeoutError: "Solver time limit", TimeLimitExceeded: "Time limit",
  PayloadTooLarge: "Too large", Busy: "Server busy", InternalError: "Internal error",
  NetworkError: "No answer from the server",
};

const $ = (id) => document.getElementById(id);
const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

function hashIndex(s, n) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h % n;
}
const kindColor = (kind) => PALETTE[hashIndex(kind, PALETTE.length)];
const relColor = (kind) => REL_COLORS[hashIndex(kind, REL_COLORS.length)];

function fmt(v) {
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(+v.toPrecision(5));
  if (v === null || v === undefined) return "—";
  if (typeof v === "string") return v;
  return JSON.stringify(v, (k, x) => (typeof x === "number" && !Number.isInteger(x) ? +x.toPrecision(5) : x));
}

// ---------------------------------------------------------------- highlighting across panes
function clearHighlight() {
  document.querySelectorAll(".nz-hl").forEach((e) => e.classList.remove("nz-hl"));
  document.querySelectorAll(".nz-selected").forEach((e) => e.classList.remove("nz-selected"));
  $("nz-figure").classList.remove("nz-dimmed");
}

function highlight(ids) {
  clearHighlight();
  const set = new Set(ids);
  if (!set.size) return;
  const fig = $("nz-figure");
  let hit = false;
  for (const id of set) {
    const shape = fig.querySelector(`svg [id="${CSS.escape(id)}"]`);
    if (shape) { shape.classList.add("nz-hl"); hit = true; }
  }
  if (hit) fig.classList.add("nz-dimmed");
  document.querySelectorAll(".nz-seg[data-entities]").forEach((s) => {
    if (s.dataset.entities.split(" ").some((x) => set.has(x))) s.classList.add("nz-hl");
  });
  document.querySelectorAll("[data-entity]").forEach((s) => {
    if (set.has(s.dataset.entity)) s.classList.add("nz-hl");
  });
}

// ---------------------------------------------------------------- the text pane
function annotate(text, scene, error) {
  const marks = [];
  const add = (span, type, extra) => {
    if (span && span.end > span.start) marks.push({ start: span.start, end: span.end, type, ...extra });
  };
  if (scene) {
    scene.entities.forEach((e) => add(e.span, "entity", { id: e.id, kind: e.kind,
      label: `entity ${e.id} (${e.kind}${e.name ? " " + e.name : ""})` }));
    scene.relations.forEach((r) => add(r.span, "relation", { kind: r.kind,
      label: `relation ${r.kind}(${r.source}, ${r.target})` }));
    (scene.ignored || []).forEach((s) => add(s, "ignored", { label: "ignored (filler word)" }));
    (scene.unknown || []).forEach((s) => add(s, "unknown", { label: "unknown word (ignored on request)" }));
  }
  if (error) {
    (error.words || []).forEach((w) => add(w, "unknown", { label: `unknown word '${w.text}'` }));
    (error.phrases || []).forEach((p, i) => add(p, "conflict", { idx: i, label: `conflicting phrase: "${p.text}"` }));
    (error.fix || []).forEach((p) => add(p, "fix", { label: `smallest fix: remove "${p.text}"` }));
  }
  const bounds = new Set([0, text.length]);
  marks.forEach((m) => { bounds.add(Math.min(m.start, text.length)); bounds.add(Math.min(m.end, text.length)); });
  const cuts = [...bounds].sort((a, b) => a - b);
  const box = $("nz-annotated");
  box.replaceChildren();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i], b = cuts[i + 1];
    const on = marks.filter((m) => m.start <= a && m.end >= b);
    const seg = el("span", "nz-seg", text.slice(a, b));
    seg.dataset.start = a;
    seg.dataset.end = b;
    const ents = on.filter((m) => m.type === "entity").sort((x, y) => (x.end - x.start) - (y.end - y.start));
    if (ents.length) {
      seg.classList.add("nz-ent");
      seg.style.backgroundColor = kindColor(ents[0].kind);
      seg.dataset.entities = [...new Set(ents.map((m) => m.id))].join(" ");
      seg.addEventListener("mouseenter", () => highlight(seg.dataset.entities.split(" ")));
      seg.addEventListener("click", () => highlight(seg.dataset.entities.split(" ")));
    }
    const rels = on.filter((m) => m.type === "relation").sort((x, y) => (x.end - x.start) - (y.end - y.start));
    if (rels.length) {
      seg.classList.add("nz-rel");
      seg.style.borderBottomColor = relColor(rels[0].kind);
    }
    for (const t of ["ignored", "unknown", "conflict"]) if (on.some((m) => m.type === t)) seg.classList.add(`nz-${t}`);
    if (on.some((m) => m.type === "fix")) seg.classList.add("nz-fix-mark");
    const conf = on.find((m) => m.type === "conflict");
    if (conf) seg.dataset.conflict = conf.idx;
    if (on.length) seg.title = on.map((m) => m.label).join("\n");
    box.appendChild(seg);
  }
}

// ---------------------------------------------------------------- the scene-graph pane
function sceneGraphSvg(scene) {
  const n = scene.entities.length;
  if (!n || n > 40) return null;
  const W = 360, H = n === 1 ? 60 : 230, cx = W / 2, cy = H / 2, R = n === 1 ? 0 : 88;
  const pos = {};
  scene.entities.forEach((e, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
    pos[e.id] = [cx + R * Math.cos(a), cy + R * Math.sin(a)];
  });
  const svg = document.createElementNS(SVGNS, "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("width", W);
  svg.setAttribute("class", "nz-graph");
  const defs = document.createElementNS(SVGNS, "defs");
  const marker = document.createElementNS(SVGNS, "marker");
  for (const [k, v] of Object.entries({ id: "nz-arrow", viewBox: "0 0 10 10", refX: "10", refY: "5",
    markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" })) marker.setAttribute(k, v);
  const tip = document.createElementNS(SVGNS, "path");
  tip.setAttribute("d", "M0,0 L10,5 L0,10 z");
  tip.setAttribute("fill", "#607d8b");
  marker.appendChild(tip);
  defs.appendChild(marker);
  svg.appendChild(defs);
  for (const r of scene.relations) {
    const p = pos[r.source], q = pos[r.target];
    if (!p || !q || r.source === r.target) continue;
    const dx = q[0] - p[0], dy = q[1] - p[1], len = Math.hypot(dx, dy) || 1;
    const line = document.createElementNS(SVGNS, "line");
    const sh = 24 / len;
    line.setAttribute("x1", p[0] + dx * sh); line.setAttribute("y1", p[1] + dy * sh);
    line.setAttribute("x2", q[0] - dx * sh); line.setAttribute("y2", q[1] - dy * sh);
    line.setAttribute("stroke", relColor(r.kind));
    line.setAttribute("stroke-width", "1.5");
    line.setAttribute("marker-end", "url(#nz-arrow)");
    const t = document.createElementNS(SVGNS, "title");
    t.textContent = `${r.kind}(${r.source}, ${r.target})`;
    line.appendChild(t);
    svg.appendChild(line);
  }
  for (const e of scene.entities) {
    const [x, y] = pos[e.id];
    const g = document.createElementNS(SVGNS, "g");
    g.setAttribute("class", "nz-node");
    g.dataset.entity = e.id;
    const label = e.name ? `${e.id}` : e.id;
    const w = Math.max(36, 7 * label.length + 10);
    const rect = document.createElementNS(SVGNS, "rect");
    for (const [k, v] of Object.entries({ x: x - w / 2, y: y - 11, width: w, height: 22, rx: 5,
      fill: kindColor(e.kind), stroke: "#78909c" })) rect.setAttribute(k, v);
    const text = document.createElementNS(SVGNS, "text");
    text.setAttribute("x", x); text.setAttribute("y", y + 4); text.setAttribute("text-anchor", "middle");
    text.textContent = label;
    g.append(rect, text);
    g.addEventListener("click", () => highlight([e.id]));
    svg.appendChild(g);
  }
  return svg;
}

function renderScene(scene) {
  const box = $("nz-scene");
  box.replaceChildren();
  $("nz-domain-shown").textContent = scene ? scene.domain : "";
  if (!scene) { box.appendChild(el("p", "nz-empty", "no scene graph")); return; }
  const graph = sceneGraphSvg(scene);
  if (graph) box.appendChild(graph);
  box.appendChild(el("h3", null, `entities (${scene.entities.length})`));
  const ents = el("ul", "nz-scene-list");
  for (const e of scene.entities) {
    const li = el("li");
    li.dataset.entity = e.id;
    const chip = el("span", "nz-chip", e.id);
    chip.style.backgroundColor = kindColor(e.kind);
    li.append(chip, `${e.kind}${e.name ? " “" + e.name + "”" : ""}`);
    const attrs = e.attributes && Object.keys(e.attributes).length ? " " + JSON.stringify(e.attributes) : "";
    if (attrs) li.append(attrs);
    if (e.span) li.append(" ", el("span", "nz-phrase", `“${e.span.text}”`));
    li.addEventListener("click", () => highlight([e.id]));
    ents.appendChild(li);
  }
  box.appendChild(ents);
  box.appendChild(el("h3", null, `relations (${scene.relations.length})`));
  const rels = el("ul", "nz-scene-list");
  for (const r of scene.relations) {
    const li = el("li");
    const chip = el("span", "nz-chip", r.kind);
    chip.style.color = "#fff";
    chip.style.backgroundColor = relColor(r.kind);
    li.append(chip, `${r.source} → ${r.target}`);
    if (r.span) li.append(" ", el("span", "nz-phrase", `“${r.span.text}”`));
    li.addEventListener("click", () => highlight([r.source, r.target]));
    rels.appendChild(li);
  }
  box.appendChild(rels);
  if (scene.attributes && Object.keys(scene.attributes).length) {
    box.appendChild(el("h3", null, "scene attributes"));
    box.appendChild(el("pre", null, JSON.stringify(scene.attributes, null, 1)));
  }
}

// ---------------------------------------------------------------- figure and checks
function renderFigure(svgText) {
  const fig = $("nz-figure");
  fig.replaceChildren();
  fig.classList.remove("nz-dimmed");
  const dl = $("nz-download");
  if (dl.href && dl.href.startsWith("blob:")) URL.revokeObjectURL(dl.href);
  dl.hidden = true;
  if (!svgText) { fig.appendChild(el("p", "nz-empty", "no figure")); return; }
  const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
  const root = doc.documentElement;
  if (root.nodeName !== "svg" || doc.querySelector("parsererror")) {
    fig.appendChild(el("p", "nz-empty", "the figure could not be read"));
    return;
  }
  root.querySelectorAll("script, foreignObject").forEach((n) => n.remove());
  root.querySelectorAll("*").forEach((n) => {
    for (const a of [...n.attributes]) if (/^on/i.test(a.name) || /href$/i.test(a.name)) n.removeAttribute(a.name);
  });
  fig.appendChild(document.importNode(root, true));
  dl.href = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  dl.hidden = false;
}

function renderChecks(verdict) {
  const body = $("nz-checks").querySelector("tbody");
  body.replaceChildren();
  $("nz-summary").textContent = "";
  if (!verdict) return;
  const failed = verdict.checks.filter((c) => !c.passed).length;
  $("nz-summary").textContent = `${verdict.checks.length - failed}/${verdict.checks.length} passed · ` +
    `${verdict.rounds} round(s)`;
  verdict.checks.forEach((c, i) => {
    const tr = el("tr", c.passed ? "nz-pass" : "nz-fail");
    tr.dataset.index = i;
    tr.dataset.args = c.args.join(" ");
    tr.append(el("td", null, c.passed ? "✓" : "✗"), el("td", null, c.law), el("td", null, c.args.join(", ")),
      el("td", null, fmt(c.observed)), el("td", null, fmt(c.expected)), el("td", null, fmt(c.tolerance)),
      el("td", "nz-phrase", c.phrase || ""));
    tr.addEventListener("click", () => { highlight(c.args); tr.classList.add("nz-selected"); });
    body.appendChild(tr);
  });
}

// ---------------------------------------------------------------- errors and the run loop
function showError(error) {
  const box = $("nz-error");
  if (!error) { box.hidden = true; return; }
  box.hidden = false;
  $("nz-error-title").textContent = TITLES[error.type] || error.type;
  $("nz-error-message").textContent = error.message;
  $("nz-error-hint").hidden = error.type !== "UnknownWordsError";
  const laws = $("nz-error-laws");
  laws.replaceChildren();
  for (const l of error.laws || []) {
    laws.appendChild(el("li", null, `${l.law} — ${l.source}${l.doc ? ": " + l.doc : ""}`));
  }
  const fix = $("nz-fix");
  const phrases = (error.fix || []).map((p) => `“${p.text}”`).join(" and ");
  fix.hidden = !(error.fix && error.fix.length && error.fix_text);
  $("nz-fix-phrases").textContent = phrases;
  $("nz-apply-fix").onclick = () => { $("nz-text").value = error.fix_text; updateCount(); run(); };
}

function updateCount() {
  const n = $("nz-text").value.length;
  $("nz-count").textContent = n > 15000 ? `${n}/20000 characters` : "";
}

function setStatus(text, cls) {
  const s = $("nz-status");
  s.textContent = text;
  s.className = "nz-status" + (cls ? " " + cls : "");
}

let busy = false;
async function run() {
  if (busy) return;
  const text = $("nz-text").value;
  busy = true;
  $("nz-run").disabled = true;
  setStatus("working…");
  document.body.dataset.state = "working";
  let data;
  try {
    const resp = await fetch("/api/generate", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text, seed: Math.max(0, parseInt($("nz-seed").value, 10) || 0),
        domain: $("nz-domain").value || null, allow_unknown: $("nz-allow-unknown").checked }),
    });
    try { data = await resp.json(); } catch (e) {
      data = { error: { type: "NetworkError", message: `HTTP ${resp.status}: the answer was not JSON` } };
    }
  } catch (e) {
    data = { error: { type: "NetworkError", message: String(e) } };
  } finally {
    busy = false;
    $("nz-run").disabled = false;
  }
  clearHighlight();
  const err = data.error || null;
  showError(err);
  annotate(text, data.scene || null, err);
  renderScene(data.scene || null);
  renderFigure(err ? null : data.svg);
  renderChecks(err ? null : data.verdict);
  if (err) {
    setStatus(TITLES[err.type] || err.type, "nz-bad");
  } else {
    const v = data.verdict, failed = v.checks.filter((c) => !c.passed).length;
    setStatus(failed ? `verification failed: ${failed} check(s)` :
      `verified: ${v.checks.length} checks passed in ${(data.timings.total_s).toFixed(2)} s` +
      (data.out ? ` → ${data.out}/` : ""), failed ? "nz-bad" : "nz-ok");
  }
  document.body.dataset.state = err ? "error" : "done";
}

async function init() {
  $("nz-form").addEventListener("submit", (e) => { e.preventDefault(); run(); });
  $("nz-text").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });
  $("nz-text").addEventListener("input", updateCount);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") clearHighlight(); });
  annotate("", null, null);
  renderScene(null);
  renderFigure(null);
  try {
    const h = await (await fetch("/api/health")).json();
    for (const d of h.domains) {
      const opt = el("option", null, d);
      opt.value = d;
      $("nz-domain").appendChild(opt);
    }
  } catch (e) { /* the domain list stays at "auto" */ }
  document.body.dataset.state = "ready";
}

document.addEventListener("DOMContentLoaded", init);
