// Headless Penrose 3.2 baseline for nesy set-diagram instances (see README.md).
//
//   node run.mjs INSTANCE.json [--cap S] [--stock-canvas] [--encoding siblings|pairs] [--min-r R] [--variation STR] [--svg OUT.svg]
//
// INSTANCE.json comes from benchmarks/set_instances.py. Prints one JSON line on stdout:
//   {"n","seed","compile_s","optimize_s","converged","violated","constraints", ...}
import { readFileSync, writeFileSync } from "node:fs";
import { JSDOM } from "jsdom";

// Penrose's renderer/label code touches `window`/`document`: give it a DOM before importing core.
const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;

const core = await import("@penrose/core");
const { compile, step, isOptimized, finalStage, nextStage, isError, evalFns, showError, toSVG } = core;

// ---------- arguments ----------
const argv = process.argv.slice(2);
let file = null;
let capS = 60;
let stockCanvas = false;
let variation = null;
let svgOut = null;
let encoding = "siblings";
let MIN_R = 10; // smallest circle radius: keeps circles from collapsing to points
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === "--cap") capS = Number(argv[++i]);
  else if (a === "--stock-canvas") stockCanvas = true;
  else if (a === "--variation") variation = argv[++i];
  else if (a === "--svg") svgOut = argv[++i];
  else if (a === "--encoding") encoding = argv[++i];
  else if (a === "--min-r") MIN_R = Number(argv[++i]);
  else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
  else file = a;
}
if (!file || !(capS > 0) || !(MIN_R >= 0) || !["siblings", "pairs"].includes(encoding)) {
  console.error("usage: node run.mjs INSTANCE.json [--cap S] [--stock-canvas] [--encoding siblings|pairs] [--min-r R] [--variation STR] [--svg OUT.svg]");
  process.exit(2);
}
const inst = JSON.parse(readFileSync(file, "utf8"));
const sets = inst.sets;
const n = sets.length;

// ---------- semantics: subset forest; every pair not related by (transitive) subset is disjoint ----------
const parent = new Map(inst.subset.map(([c, p]) => [c, p]));
const ancestors = new Map(
  sets.map((s) => {
    const anc = new Set();
    for (let p = parent.get(s); p !== undefined; p = parent.get(p)) {
      if (anc.has(p)) throw new Error(`subset cycle through ${p}`);
      anc.add(p);
    }
    return [s, anc];
  }),
);
const apart = [];
for (let i = 0; i < n; i++)
  for (let j = i + 1; j < n; j++) {
    const [a, b] = [sets[i], sets[j]];
    if (!ancestors.get(a).has(b) && !ancestors.get(b).has(a)) apart.push([a, b]);
  }
// the explicit "disjoint" pairs of the instance must be among them (they are siblings)
for (const [a, b] of inst.disjoint)
  if (ancestors.get(a).has(b) || ancestors.get(b).has(a))
    throw new Error(`instance says ${a}, ${b} disjoint but one contains the other`);

// ---------- the Penrose trio ----------
const side = stockCanvas ? null : Math.round(100 * Math.sqrt(n) + 400);
const [W, H] = stockCanvas ? [800, 700] : [side, side];
const PAD = 5; // a child sits at least this far inside its parent

const domain = `type Set
predicate IsSubset(Set s1, Set s2)
predicate Disjoint(Set s1, Set s2)
predicate IsRoot(Set s)
`;

// "siblings": Substance states only the forest (IsSubset edges, IsRoot); Style selectors make every two
//   children of one parent, and every two roots, disjoint. With containment this forces every
//   non-nested pair apart (their highest distinct ancestors are siblings), with ~N^2/8 constraints.
// "pairs": Substance lists Disjoint(a, b) for every non-nested pair (the literal encoding).
//   Penrose's Substance parser is superlinear in the number of statements: compile ~34 s at N=50.
const roots = sets.filter((s) => !parent.has(s));
const substance = [
  `Set ${sets.join(", ")}`,
  ...inst.subset.map(([c, p]) => `IsSubset(${c}, ${p})`),
  ...(encoding === "pairs"
    ? apart.map(([a, b]) => `Disjoint(${a}, ${b})`)
    : roots.map((r) => `IsRoot(${r})`)),
].join("\n");

const siblingRules = `
forall Set a; Set b
where IsRoot(a); IsRoot(b) {
  ensure disjoint(a.icon, b.icon)
}

forall Set a; Set b; Set p
where IsSubset(a, p); IsSubset(b, p) {
  ensure disjoint(a.icon, b.icon)
}
`;

const style = `canvas {
  width = ${W}
  height = ${H}
}

forall Set x {
  x.icon = Circle {
    strokeWidth: 1
  }
  -- Penrose 3.2 adds onCanvas(x.icon) by itself (shape property ensureOnCanvas, default true)
  ensure lessThan(${MIN_R}, x.icon.r)
}

forall Set c; Set p
where IsSubset(c, p) {
  ensure contains(p.icon, c.icon, ${PAD})
  layer c.icon above p.icon
}

forall Set a; Set b
where Disjoint(a, b) {
  ensure disjoint(a.icon, b.icon)
}
${encoding === "pairs" ? "" : siblingRules}`;

// ---------- compile ----------
const t0 = performance.now();
const compiled = await compile({
  domain,
  substance,
  style,
  variation: variation ?? `nesy-bench-${inst.seed}`,
  excludeWarnings: [],
});
const t1 = performance.now();
if (compiled.isErr()) {
  console.error(showError(compiled.error));
  process.exit(1);
}
let state = compiled.value;
const violatedInitial = evalFns(state).constrEngs.filter((e) => !(e <= 1e-3)).length;

// ---------- optimise with a wall-clock cap (core's optimize() has none) ----------
const deadline = t1 + capS * 1000;
const pastDeadline = () => performance.now() >= deadline;
let error = null;
while (!(isOptimized(state) && finalStage(state))) {
  if (isOptimized(state)) state = nextStage(state);
  if (pastDeadline()) break;
  const res = step(state, { until: pastDeadline });
  if (res.isErr()) {
    error = showError(res.error);
    break;
  }
  state = res.value;
  if (isError(state)) {
    error = "optimizer error";
    break;
  }
}
const t2 = performance.now();
const converged = error === null && isOptimized(state) && finalStage(state);

// ---------- constraint check: energy > 1e-3 counts as violated (<= 0 is satisfied) ----------
const { constrEngs } = evalFns(state);
const violated = constrEngs.filter((e) => !(e <= 1e-3)).length; // NaN counts as violated

// ---------- independent geometric check of the semantics on the final circles ----------
// every child inside each ancestor, every non-nested pair apart (tolerance 1e-3 canvas units)
const circles = new Map(
  state.computeShapes(state.varyingValues).map((sh) => [
    sh.name.contents.replace(/^`|`\.icon$/g, ""),
    { c: sh.center.contents, r: sh.r.contents },
  ]),
);
const dist = (u, v) => Math.hypot(u.c[0] - v.c[0], u.c[1] - v.c[1]);
let geomViolated = 0;
for (const s of sets)
  for (const a of ancestors.get(s)) {
    const [cs, ca] = [circles.get(s), circles.get(a)];
    if (!(dist(cs, ca) + cs.r <= ca.r + 1e-3)) geomViolated++;
  }
for (const [a, b] of apart) {
  const [ca, cb] = [circles.get(a), circles.get(b)];
  if (!(dist(ca, cb) >= ca.r + cb.r - 1e-3)) geomViolated++;
}

const report = {
  n,
  seed: inst.seed,
  compile_s: +((t1 - t0) / 1000).toFixed(3),
  optimize_s: +((t2 - t1) / 1000).toFixed(3),
  converged,
  violated,
  constraints: constrEngs.length,
  violated_initial: violatedInitial,
  geom_violated: geomViolated,
  encoding,
  canvas: [W, H],
  min_r: MIN_R,
  cap_s: capS,
  pairs_apart: apart.length,
};
if (error) report.error = error;

if (svgOut) {
  const svg = await toSVG(state, async () => undefined, "nesy-bench");
  writeFileSync(svgOut, svg.outerHTML);
}
console.log(JSON.stringify(report));
