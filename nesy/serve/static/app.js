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
  document.querySelectorAll("[data-entities]").forEach((s) => {
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
    (scene.not_drawn || []).forEach((n) => add(n, "unknown", { label: `not drawn: ${n.why || "not read"}` }));
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
// Containment-like relations (source inside/part of/orbiting target) form a tree drawn top-down;
// structurally identical siblings become one node ("12 × mitochondrion"); the other relations are
// labelled arcs. The kinds below are every domain's parent relations; "contains"-like ones point down.
const PARENT_KINDS = new Set(["inside", "in", "within", "orbits", "member", "part_of", "vertex_of",
  "inscribed_in", "child_of"]);
const CHILD_KINDS = new Set(["contains", "has", "has_part"]);
const GROUP_MIN = 3;        // this many identical siblings are drawn as one node
const COMPACT_OVER = 60;    // above this many entities, siblings that take part in arcs are grouped too
const LEAF_COLS = 4;        // leaves under one parent are packed in rows of at most this many
const RING_MAX = 24;        // up to this many leaves that are mostly joined by arcs go on a circle
const NODE_H = 24, HGAP = 14, VGAP = 34, LEAF_GAP = 8, BOX_PAD = 8, PAD = 12;

let measureCtx = null;
function textWidth(s, font) {
  if (!measureCtx) measureCtx = document.createElement("canvas").getContext("2d");
  if (!measureCtx) return 6.6 * s.length;
  measureCtx.font = font;
  return measureCtx.measureText(s).width;
}

function svgEl(tag, attrs, text) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

// The scene as a forest of visible nodes: {ids, kind, count, label, children}.
function sceneTree(scene) {
  const byId = new Map(scene.entities.map((e, i) => [e.id, { e, i }]));
  const parent = new Map(), treeKind = new Map(), kids = new Map(), arcs = [];
  const isAncestor = (a, b) => { for (let x = b; x !== undefined; x = parent.get(x)) if (x === a) return true; return false; };
  for (const r of scene.relations) {
    let child = null, par = null;
    if (PARENT_KINDS.has(r.kind)) { child = r.source; par = r.target; }
    else if (CHILD_KINDS.has(r.kind)) { child = r.target; par = r.source; }
    if (child === null || !byId.has(child) || !byId.has(par) || parent.has(child) || isAncestor(child, par)) {
      if (byId.has(r.source) && byId.has(r.target)) arcs.push(r);
      continue;
    }
    parent.set(child, par);
    treeKind.set(child, r.kind);
  }
  for (const e of scene.entities) {
    const p = parent.has(e.id) ? parent.get(e.id) : null;
    if (!kids.has(p)) kids.set(p, []);
    kids.get(p).push(e.id);
  }
  const inArc = new Set();
  arcs.forEach((r) => { inArc.add(r.source); inArc.add(r.target); });
  const compact = scene.entities.length > COMPACT_OVER;
  const sigMemo = new Map();
  const sig = (id) => {
    if (!sigMemo.has(id)) {
      const cs = (kids.get(id) || []).map(sig).sort();
      sigMemo.set(id, `${byId.get(id).e.kind}:${treeKind.get(id) || ""}(${cs.join(",")})`);
    }
    return sigMemo.get(id);
  };
  // ``insts``: parallel parent instances (all with the same signature); their children line up by signature.
  const build = (insts) => {
    const clusters = new Map();
    insts.forEach((p, k) => {
      const seen = new Map();
      for (const c of kids.get(p) || []) {
        const s = sig(c);
        if (!seen.has(s)) seen.set(s, []);
        seen.get(s).push(c);
      }
      for (const [s, cs] of seen) {
        if (k === 0) clusters.set(s, cs.map((c) => [c]));
        else clusters.get(s).forEach((col, j) => col.push(cs[j]));
      }
    });
    const out = [];
    for (const cols of clusters.values()) {
      const all = cols.flat();
      const grouped = cols.length >= GROUP_MIN && (compact || all.every((id) => !inArc.has(id)));
      const parts = grouped ? [cols.flat()] : cols;
      for (const ids of parts) {
        const first = byId.get(ids[0]).e;
        const count = grouped ? cols.length : 1;
        const label = count > 1 ? `${count} × ${first.kind}` : ids.length > 1 ? first.kind :
          (first.id.toLowerCase().includes(first.kind.toLowerCase()) ? first.id : `${first.id} · ${first.kind}`);
        // the children of a grouped node: those of every member, aligned (all members have one signature)
        const members = grouped ? cols.flat() : ids;
        out.push({ ids: members, kind: first.kind, count, label, rel: treeKind.get(ids[0]) || null,
                   inArc: members.some((id) => inArc.has(id)), each: insts.length > 1,
                   children: build(members) });
      }
    }
    return out;
  };
  return { roots: build([null]), arcs, treeKind, compact };
}

function measure(node) {
  node.w = Math.max(40, textWidth(node.label, "11px 'DejaVu Sans', sans-serif") + 18);
  node.h = NODE_H;
  const inner = node.children.filter((c) => c.children.length), leaves = node.children.filter((c) => !c.children.length);
  inner.forEach(measure);
  leaves.forEach(measure);
  let rowW = 0, rowH = 0;
  inner.forEach((c) => { rowW += c.bw + HGAP; rowH = Math.max(rowH, c.bh); });
  node.leafBox = null;
  const ring = leaves.length >= 3 && leaves.length <= RING_MAX &&
    leaves.filter((c) => c.inArc).length * 2 >= leaves.length;
  if (ring) {  // leaves joined mostly by arcs (states and transitions): a circle keeps the arcs apart
    const r = Math.max(50, leaves.reduce((a, c) => a + c.w + 16, 0) / (2 * Math.PI));
    const maxW = Math.max(...leaves.map((c) => c.w));
    node.leafBox = { leaves, ring: r, w: 2 * r + maxW + 2 * BOX_PAD, h: 2 * r + NODE_H + 2 * BOX_PAD + 24 };
    rowW += node.leafBox.w + HGAP;
    rowH = Math.max(rowH, node.leafBox.h);
  } else if (leaves.length) {
    const cols = Math.min(leaves.length, LEAF_COLS), rows = Math.ceil(leaves.length / cols);
    const colW = Array(cols).fill(0);
    leaves.forEach((c, i) => { colW[i % cols] = Math.max(colW[i % cols], c.w); });
    const w = colW.reduce((a, b) => a + b, 0) + LEAF_GAP * (cols - 1) + 2 * BOX_PAD;
    const h = rows * NODE_H + (rows - 1) * LEAF_GAP + 2 * BOX_PAD;
    node.leafBox = { leaves, cols, colW, w, h };
    rowW += w + HGAP;
    rowH = Math.max(rowH, h);
  }
  rowW = Math.max(0, rowW - HGAP);
  node.rowW = rowW;
  node.bw = Math.max(node.w, rowW);
  node.bh = node.h + (node.children.length ? VGAP + rowH : 0);
  node.inner = inner;
}

function place(node, x, y) {
  node.x = x + node.bw / 2;   // centre of the node's box
  node.y = y;                 // top of the node's box
  let cx = x + (node.bw - node.rowW) / 2;
  const cy = y + node.h + VGAP;
  for (const c of node.inner) { place(c, cx, cy); cx += c.bw + HGAP; }
  const lb = node.leafBox;
  if (lb && lb.ring) {
    lb.x = cx; lb.y = cy;
    const ox = cx + lb.w / 2, oy = cy + lb.h / 2;
    lb.leaves.forEach((c, i) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / lb.leaves.length;
      c.x = ox + lb.ring * Math.cos(a);
      c.y = oy + lb.ring * Math.sin(a) - NODE_H / 2;
      c.bw = c.w; c.bh = c.h;
    });
  } else if (lb) {
    lb.x = cx; lb.y = cy;
    let colX = cx + BOX_PAD;
    const xs = lb.colW.map((w) => { const at = colX; colX += w + LEAF_GAP; return at; });
    lb.leaves.forEach((c, i) => {
      const col = i % lb.cols, row = Math.floor(i / lb.cols);
      c.x = xs[col] + lb.colW[col] / 2;
      c.y = cy + BOX_PAD + row * (NODE_H + LEAF_GAP);
      c.bw = c.w; c.bh = c.h;
    });
  }
}

function sceneGraphSvg(scene) {
  if (!scene.entities.length) return null;
  const tree = sceneTree(scene);
  // the roots hang from an invisible node, so they are packed like any children
  const top = { label: "", children: tree.roots };
  measure(top);
  top.h = 0;
  top.bh -= NODE_H + VGAP;
  const headroom = tree.arcs.length ? 26 : 0;  // a loop on a top-row node rises above it
  place(top, PAD, PAD + headroom - VGAP);
  // the most common tree relation is named once in the legend; others are written on their edges
  const counts = new Map();
  for (const k of tree.treeKind.values()) counts.set(k, (counts.get(k) || 0) + 1);
  const mainKind = [...counts.entries()].sort((a, b) => b[1] - a[1]).map((e) => e[0])[0] || null;
  const legend = [mainKind ? `grey lines: ${mainKind} (child below its parent)` : "",
                  tree.arcs.length ? "dashed arcs: other relations" : ""].filter(Boolean).join(" · ");
  const W = Math.ceil(Math.max(top.bw, 120, textWidth(legend, "10px 'DejaVu Sans', sans-serif")) + 2 * PAD);
  const H = Math.ceil(top.bh + 2 * PAD + 14 + headroom);
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, class: "nz-graph",
                             role: "img", "aria-label": "scene graph" });
  const defs = svgEl("defs");
  const arrow = (id, color) => {
    const m = svgEl("marker", { id, viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "7",
                                markerHeight: "7", orient: "auto-start-reverse" });
    m.appendChild(svgEl("path", { d: "M0,0 L10,5 L0,10 z", fill: color }));
    defs.appendChild(m);
  };
  const relKinds = [...new Set(tree.arcs.map((r) => r.kind))];
  relKinds.forEach((k, i) => arrow(`nz-arrow-${i}`, relColor(k)));
  svg.appendChild(defs);
  const gTree = svgEl("g", { class: "nz-tree" }), gNodes = svgEl("g"), gArcs = svgEl("g", { class: "nz-arcs" });
  svg.append(gTree, gArcs, gNodes);
  const nodeOf = new Map();
  const edge = (x1, y1, x2, y2, kind) => {
    const my = y1 + VGAP / 2;
    gTree.appendChild(svgEl("path", { d: `M${x1},${y1} V${my} H${x2} V${y2}`, fill: "none", stroke: "#90a4ae",
                                      "stroke-width": "1.3" }));
    if (kind && (kind !== mainKind)) {
      gTree.appendChild(svgEl("text", { x: x2 + 4, y: y2 - 4, class: "nz-edge-label" }, kind));
    }
  };
  const drawNode = (n) => {
    n.ids.forEach((id) => nodeOf.set(id, n));
    const g = svgEl("g", { class: "nz-node" + (n.count > 1 ? " nz-group" : "") });
    g.dataset.entities = n.ids.join(" ");
    if (n.ids.length === 1) g.dataset.entity = n.ids[0];
    const x = n.x - n.w / 2;
    if (n.count > 1) {  // a stack of cards says "several"
      g.appendChild(svgEl("rect", { x: x + 3, y: n.y - 3, width: n.w, height: n.h, rx: 5,
                                    fill: kindColor(n.kind), stroke: "#90a4ae" }));
    }
    g.appendChild(svgEl("rect", { x, y: n.y, width: n.w, height: n.h, rx: 5, fill: kindColor(n.kind),
                                  stroke: "#78909c" }));
    g.appendChild(svgEl("text", { x: n.x, y: n.y + n.h / 2 + 4, "text-anchor": "middle" }, n.label));
    const shown = n.ids.length > 12 ? n.ids.slice(0, 12).join(", ") + `, … (${n.ids.length})` : n.ids.join(", ");
    g.appendChild(svgEl("title", {}, `${n.kind}: ${shown}`));
    g.addEventListener("click", () => highlight(n.ids));
    gNodes.appendChild(g);
  };
  const walk = (n, isTop) => {
    if (!isTop) drawNode(n);
    // under a grouped node the children stand for those of each member: say so on the edge
    const edgeLabel = (kind) => (n.count > 1 || (n.children[0] && n.children[0].each) ?
      (kind && kind !== mainKind ? `${kind} (each)` : "each") : kind);
    for (const c of n.inner) {
      if (!isTop) edge(n.x, n.y + n.h, c.x, c.y, edgeLabel(c.rel));
      walk(c, false);
    }
    const lb = n.leafBox;
    if (lb) {
      if (!isTop) {
        gTree.appendChild(svgEl("rect", { x: lb.x, y: lb.y, width: lb.w, height: lb.h, rx: 7, class: "nz-leafbox" }));
        const kinds = [...new Set(lb.leaves.map((c) => c.rel))];
        edge(n.x, n.y + n.h, lb.x + lb.w / 2, lb.y, edgeLabel(kinds.length === 1 ? kinds[0] : null));
      }
      lb.leaves.forEach((c) => drawNode(c));
    }
  };
  walk(top, true);
  // other relations: one arc per (from, to, kind) between visible nodes, with a count when several
  const agg = new Map();
  for (const r of tree.arcs) {
    const a = nodeOf.get(r.source), b = nodeOf.get(r.target);
    if (!a || !b) continue;
    const key = `${r.kind}\u0000${a.ids[0]}\u0000${b.ids[0]}`;
    if (!agg.has(key)) agg.set(key, { a, b, kind: r.kind, n: 0, rels: [] });
    const e = agg.get(key);
    e.n += 1;
    e.rels.push(r);
  }
  const clip = (n, tx, ty) => {  // where the line from n's centre towards (tx, ty) leaves n's box
    const cx = n.x, cy = n.y + n.h / 2, dx = tx - cx, dy = ty - cy;
    const s = Math.min(Math.abs((n.w / 2 + 2) / (dx || 1e-9)), Math.abs((n.h / 2 + 2) / (dy || 1e-9)));
    return [cx + dx * Math.min(s, 1), cy + dy * Math.min(s, 1)];
  };
  for (const e of agg.values()) {
    const color = relColor(e.kind), mark = `url(#nz-arrow-${relKinds.indexOf(e.kind)})`;
    const text = e.n > 1 ? `${e.kind} ×${e.n}` : e.kind;
    let d, lx, ly;
    if (e.a === e.b) {  // within one group: a loop over its top edge
      const x = e.a.x, y = e.a.y;
      d = `M${x - 10},${y} C${x - 22},${y - 30} ${x + 22},${y - 30} ${x + 10},${y}`;
      lx = x; ly = y - 26;
    } else {
      const ac = [e.a.x, e.a.y + NODE_H / 2], bc = [e.b.x, e.b.y + NODE_H / 2];
      const dx = bc[0] - ac[0], dy = bc[1] - ac[1], len = Math.hypot(dx, dy) || 1;
      const bow = Math.min(40, 0.18 * len);
      const mx = (ac[0] + bc[0]) / 2 - (dy / len) * bow, my = (ac[1] + bc[1]) / 2 + (dx / len) * bow;
      const p = clip(e.a, mx, my), q = clip(e.b, mx, my);
      d = `M${p[0]},${p[1]} Q${mx},${my} ${q[0]},${q[1]}`;
      lx = (p[0] + 2 * mx + q[0]) / 4; ly = (p[1] + 2 * my + q[1]) / 4;
    }
    const g = svgEl("g", { class: "nz-arc" });
    g.appendChild(svgEl("path", { d, fill: "none", stroke: color, "stroke-width": "1.4", "stroke-dasharray": "5 3",
                                  "marker-end": mark }));
    g.appendChild(svgEl("text", { x: lx, y: ly + 3, "text-anchor": "middle", fill: color, class: "nz-arc-label" }, text));
    g.appendChild(svgEl("title", {}, e.rels.slice(0, 20).map((r) => `${r.kind}(${r.source}, ${r.target})`).join("\n")));
    g.addEventListener("click", () => highlight([...new Set(e.rels.flatMap((r) => [r.source, r.target]))]));
    gArcs.appendChild(g);
  }
  if (legend) svg.appendChild(svgEl("text", { x: PAD, y: H - 6, class: "nz-edge-label" }, legend));
  return svg;
}

function renderScene(scene) {
  const box = $("nz-scene");
  box.replaceChildren();
  $("nz-domain-shown").textContent = scene ? scene.domain : "";
  if (!scene) { box.appendChild(el("p", "nz-empty", "no scene graph")); return; }
  const graph = sceneGraphSvg(scene);
  if (graph) box.appendChild(el("div", "nz-graph-box")).appendChild(graph);
  // the lists: open when short; long ones start folded, their counts by kind in the summary
  const many = scene.entities.length > 40;
  const byKind = new Map();
  scene.entities.forEach((e) => byKind.set(e.kind, (byKind.get(e.kind) || 0) + 1));
  const kinds = [...byKind.entries()].map(([k, n]) => (n > 1 ? `${n} × ${k}` : k)).join(", ");
  const entsBox = el("details", "nz-list");
  entsBox.open = !many;
  entsBox.appendChild(el("summary", null, `entities (${scene.entities.length}): ${kinds}`));
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
  entsBox.appendChild(ents);
  box.appendChild(entsBox);
  const relsBox = el("details", "nz-list");
  relsBox.open = scene.relations.length <= 40;
  relsBox.appendChild(el("summary", null, `relations (${scene.relations.length})`));
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
  relsBox.appendChild(rels);
  box.appendChild(relsBox);
  if (scene.attributes && Object.keys(scene.attributes).length) {
    box.appendChild(el("h3", null, "scene attributes"));
    box.appendChild(el("pre", null, JSON.stringify(scene.attributes, null, 1)));
  }
}

// ---------------------------------------------------------------- figure and checks
function setDownload(id, blob) {
  const a = $(id);
  if (a.href && a.href.startsWith("blob:")) URL.revokeObjectURL(a.href);
  if (blob) { a.href = URL.createObjectURL(blob); a.hidden = false; }
  else { a.removeAttribute("href"); a.hidden = true; }
}

function pngBlob(b64) {
  if (!b64) return null;
  try {
    const bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Blob([bytes], { type: "image/png" });
  } catch (e) { return null; }
}

function renderFigure(svgText, pngB64) {
  const fig = $("nz-figure");
  fig.replaceChildren();
  fig.classList.remove("nz-dimmed");
  setDownload("nz-download-svg", null);
  setDownload("nz-download-png", null);
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
  setDownload("nz-download-svg", new Blob([svgText], { type: "image/svg+xml" }));
  setDownload("nz-download-png", pngBlob(pngB64));
}

function applyFailureFilter() {
  const only = $("nz-failures-only").checked;
  const table = $("nz-checks");
  table.classList.toggle("nz-only-fail", only);
  const rows = table.querySelectorAll("tbody tr");
  const failing = table.querySelectorAll("tbody tr.nz-fail").length;
  $("nz-checks-none").hidden = !(only && rows.length && !failing);
}

function renderChecks(verdict) {
  const body = $("nz-checks").querySelector("tbody");
  body.replaceChildren();
  $("nz-summary").textContent = "";
  $("nz-fail-count").textContent = "";
  if (!verdict) { applyFailureFilter(); return; }
  const failed = verdict.checks.filter((c) => !c.passed).length;
  $("nz-summary").textContent = `${verdict.checks.length - failed}/${verdict.checks.length} passed · ` +
    `${verdict.rounds} round(s)`;
  $("nz-fail-count").textContent = `${failed} of ${verdict.checks.length} failing`;
  verdict.checks.forEach((c, i) => {
    const tr = el("tr", c.passed ? "nz-pass" : "nz-fail");
    tr.dataset.index = i;
    tr.dataset.args = c.args.join(" ");
    tr.append(el("td", null, c.passed ? "✓" : "✗"), el("td", "nz-law", c.law), el("td", null, c.args.join(", ")),
      el("td", "nz-num", fmt(c.observed)), el("td", "nz-num", fmt(c.expected)), el("td", "nz-tol", fmt(c.tolerance)),
      el("td", "nz-phrase", c.phrase || ""));
    tr.addEventListener("click", () => { highlight(c.args); tr.classList.add("nz-selected"); });
    body.appendChild(tr);
  });
  applyFailureFilter();
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

// The address bar follows every run (?text=…&seed=…&domain=…), so the figure can be shared as a link.
const MAX_URL = 16000;  // longer addresses are not kept: the server refuses request lines over 64 KiB
function shareUrl(text, seed, domain) {
  const q = new URLSearchParams();
  q.set("text", text);
  if (seed !== 0) q.set("seed", String(seed));
  if (domain) q.set("domain", domain);
  const url = `${location.pathname}?${q.toString()}`;
  try { history.replaceState(null, "", url.length <= MAX_URL ? url : location.pathname); } catch (e) { /* ignore */ }
}

function readUrl() {
  const q = new URLSearchParams(location.search);
  if (!q.has("text")) return false;
  $("nz-text").value = q.get("text");
  updateCount();
  if (q.has("seed")) $("nz-seed").value = q.get("seed");
  const d = q.get("domain");
  if (d) {
    const sel = $("nz-domain");
    if (![...sel.options].some((o) => o.value === d)) {  // kept, so the server names the bad domain
      const opt = el("option", null, d);
      opt.value = d;
      sel.appendChild(opt);
    }
    sel.value = d;
  }
  return true;
}

function seedValue() {
  const raw = $("nz-seed").value.trim();
  return raw === "" ? 0 : Number(raw);  // not corrected here: the server says what is wrong with it
}

let busy = false;
async function run() {
  if (busy) return;
  const text = $("nz-text").value, seed = seedValue(), domain = $("nz-domain").value || null;
  shareUrl(text, seed, domain);
  busy = true;
  $("nz-run").disabled = true;
  setStatus("working…");
  document.body.dataset.state = "working";
  let data;
  try {
    const resp = await fetch("/api/generate", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text, seed, domain, allow_unknown: $("nz-allow-unknown").checked,
                             strict: $("nz-strict").checked, palette: $("nz-palette").value,
                             symbols: $("nz-symbols").value }),
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
  renderFigure(err ? null : data.svg, err ? null : data.png);
  renderChecks(err ? null : data.verdict);
  if (err) {
    setStatus(TITLES[err.type] || err.type, "nz-bad");
  } else {
    const v = data.verdict, failed = v.checks.filter((c) => !c.passed).length;
    // a figure that leaves stated phrases out is never reported as fully verified (verdict.json's status)
    const left = (data.not_drawn || []).map((n) => `'${n.text}' at ${n.start}-${n.end}`);
    const where = data.out ? ` → ${data.out}/` : "";
    if (failed) setStatus(`verification failed: ${failed} check(s)`, "nz-bad");
    else if (left.length) setStatus(`verified with omissions: ${v.checks.length} checks passed; not drawn: ` +
      left.join(", ") + where, "nz-warn");
    else setStatus(`verified: ${v.checks.length} checks passed in ${(data.timings.total_s).toFixed(2)} s` + where,
      "nz-ok");
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
  $("nz-failures-only").addEventListener("change", applyFailureFilter);
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
  if (readUrl()) run();
}

document.addEventListener("DOMContentLoaded", init);
