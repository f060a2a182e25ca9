"""Shard writers: Parquet (Hugging Face ``datasets`` layout), WebDataset tar, COCO; the dataset card.

A shard's files are built in memory from its records (by whichever worker made them) and handed to the
driver as bytes, so every engine writes the same bytes: Parquet via pyarrow with a fixed schema (images
as the ``{"bytes", "path"}`` struct ``datasets`` decodes as ``Image``), tar members in a fixed order
with zeroed times and owners, JSON with sorted keys.
"""
from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path
from typing import Any, Iterable

from ..errors import require_extra

__all__ = ["parquet_bytes", "webdataset_bytes", "coco_part", "shard_paths", "write_coco", "dataset_card",
           "ARTIFACT_EXT"]

ARTIFACT_EXT = {"structure.cif": "cif", "circuit.cir": "cir", "optics.json": "optics.json",
                "forces.json": "forces.json", "orbits.json": "orbits.json", "figure.json": "figure.json",
                "automaton.json": "automaton.json"}


def shard_paths(s: int, total: int, formats: Iterable[str]) -> dict[str, str]:
    """The relative paths of shard ``s`` of ``total`` in each format."""
    out = {}
    if "parquet" in formats:
        out["parquet"] = f"data/train-{s:05d}-of-{total:05d}.parquet"
    if "webdataset" in formats:
        out["webdataset"] = f"webdataset/shard-{s:05d}.tar"
    out["coco"] = f"annotations/parts/coco-{s:05d}.json"
    return out


def _schema():
    import pyarrow as pa
    img = pa.struct([("bytes", pa.binary()), ("path", pa.string())])
    qa = pa.struct([("question", pa.string()), ("answer", pa.string()), ("type", pa.string()),
                    ("distractors", pa.list_(pa.string())), ("derivation", pa.string()), ("value", pa.string()),
                    ("unit", pa.string())])
    fields = [("key", pa.string()), ("index", pa.int64()), ("science", pa.string()), ("text", pa.string()),
              ("template", pa.string()), ("impossible", pa.bool_()), ("renderer", pa.string()), ("variant", pa.string()),
              ("style", pa.string()),
              ("image", img), ("image_clean", img), ("masks", img), ("width", pa.int32()), ("height", pa.int32()),
              ("scene", pa.string()), ("layout", pa.string()), ("verdict", pa.string()), ("annotations", pa.string()),
              ("artifact_name", pa.string()), ("artifact", pa.binary()), ("qa", pa.list_(qa)), ("unsat", pa.string()),
              ("truth", pa.string()), ("seed", pa.int64()), ("attempt", pa.int64())]
    features = {"key": {"dtype": "string", "_type": "Value"}, "image": {"_type": "Image"},
                "image_clean": {"_type": "Image"}, "masks": {"_type": "Image"}}
    meta = {b"huggingface": json.dumps({"info": {"features": {
        **{n: {"dtype": _hf_dtype(t), "_type": "Value"} for n, t in fields if n not in features and n != "qa"},
        **features,
        "qa": [{k: ({"feature": {"dtype": "string", "_type": "Value"}, "_type": "Sequence"} if k == "distractors"
                    else {"dtype": "string", "_type": "Value"}) for k in qa.names}]}}}, sort_keys=True).encode()}
    return pa.schema(fields, metadata=meta)


def _hf_dtype(t: Any) -> str:
    import pyarrow as pa
    return {pa.string(): "string", pa.int64(): "int64", pa.int32(): "int32", pa.bool_(): "bool",
            pa.binary(): "binary"}.get(t, "string")


def parquet_bytes(records: list[dict[str, Any]]) -> bytes:
    """The shard's records as one Parquet file (zstd), schema fixed by ``_schema``."""
    require_extra("pyarrow", "dataset", "writing Parquet shards")
    import pyarrow as pa
    import pyarrow.parquet as pq
    schema = _schema()
    cols: dict[str, list[Any]] = {f.name: [] for f in schema}
    for r in records:
        for name in cols:
            v = r.get(name)
            if name in ("image", "image_clean", "masks"):
                v = None if v is None else {"bytes": v, "path": f"{r['key']}.{ {'image': 'png', 'image_clean': 'clean.png', 'masks': 'mask.png'}[name]}"}
            cols[name].append(v)
    table = pa.Table.from_pydict(cols, schema=schema)
    buf = io.BytesIO()
    pq.write_table(table, buf, compression="zstd", row_group_size=max(1, len(records)))
    return buf.getvalue()


def _meta(r: dict[str, Any]) -> dict[str, Any]:
    """The JSON member of a WebDataset sample: every non-binary field, JSON strings decoded."""
    out = {}
    for k, v in r.items():
        if isinstance(v, bytes) or v is None and k in ("image", "image_clean", "masks", "artifact"):
            continue
        if k in ("scene", "layout", "verdict", "annotations", "truth", "unsat", "style", "variant") and isinstance(v, str) and v:
            v = json.loads(v)
        if k == "qa":
            v = [{**q, "value": json.loads(q["value"])} for q in v]
        out[k] = v
    return out


def webdataset_bytes(records: list[dict[str, Any]]) -> bytes:
    """The shard as a WebDataset tar: per item ``KEY.json`` (text, scene, QA, verdict …), ``KEY.png``,
    ``KEY.mask.png``, ``KEY.clean.png`` and the artifact (``KEY.cif``, ``KEY.cir``, ``KEY.optics.json`` …)."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for r in records:
            members = [(f"{r['key']}.json", json.dumps(_meta(r), ensure_ascii=False, sort_keys=True).encode())]
            if r.get("image") is not None:
                members.append((f"{r['key']}.png", r["image"]))
            if r.get("image_clean") is not None:
                members.append((f"{r['key']}.clean.png", r["image_clean"]))
            if r.get("masks") is not None:
                members.append((f"{r['key']}.mask.png", r["masks"]))
            if r.get("artifact") is not None:
                ext = ARTIFACT_EXT.get(r["artifact_name"], r["artifact_name"].replace("/", "_"))
                members.append((f"{r['key']}.{ext}", r["artifact"]))
            for name, data in members:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                info.mtime = 0
                info.mode = 0o644
                info.uid = info.gid = 0
                info.uname = info.gname = ""
                tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def coco_part(records: list[dict[str, Any]]) -> bytes:
    """This shard's COCO images and annotations (categories are named; ids are made global on merge)."""
    images, anns = [], []
    for r in records:
        if r.get("image") is None:
            continue
        images.append({"id": r["index"], "file_name": f"{r['key']}.png", "width": r["width"], "height": r["height"],
                       "science": r["science"]})
        for a in json.loads(r["annotations"]):
            anns.append({**a, "image_id": r["index"], "local_id": a["id"]})
    return json.dumps({"images": images, "annotations": anns}, sort_keys=True).encode()


def write_coco(out: Path, parts: list[Path]) -> dict[str, int]:
    """Merge the shards' COCO parts into ``annotations/coco.json``, streaming (one part in memory at a time).
    Category ids follow the sorted category names; annotation ids run 1, 2, … in shard order."""
    cats: set[str] = set()
    for p in parts:
        cats.update(a["category"] for a in json.loads(p.read_bytes())["annotations"])
    cat_id = {c: i + 1 for i, c in enumerate(sorted(cats))}
    dst = out / "annotations" / "coco.json"
    tmp = dst.with_suffix(".json.tmp")
    n_img = n_ann = 0
    with open(tmp, "w", encoding="utf-8") as f:
        f.write('{"info": {"description": "nesy dataset: instance outlines of verified figures", "version": "1.0"},\n')
        f.write(' "categories": ' + json.dumps([{"id": i, "name": c, "supercategory": c.split(" ")[0]}
                                                 for c, i in cat_id.items()]) + ",\n")
        f.write(' "images": [')
        for p in parts:
            for im in json.loads(p.read_bytes())["images"]:
                f.write(("," if n_img else "") + "\n  " + json.dumps(im, sort_keys=True))
                n_img += 1
        f.write('],\n "annotations": [')
        for p in parts:
            for a in json.loads(p.read_bytes())["annotations"]:
                n_ann += 1
                a = {**a, "id": n_ann, "category_id": cat_id[a["category"]]}
                f.write(("," if n_ann > 1 else "") + "\n  " + json.dumps(a, sort_keys=True))
        f.write("]}\n")
    tmp.replace(dst)
    return {"images": n_img, "annotations": n_ann, "categories": len(cat_id)}


def dataset_card(manifest: dict[str, Any]) -> str:
    """README.md for the Hugging Face hub / ``datasets.load_dataset(folder)``: YAML header, then the facts."""
    c = manifest["counts"]
    rej = "\n".join(f"| {r} | {n} |" for r, n in sorted(c["rejected_by_reason"].items())) or "| (none) | 0 |"
    sci = "\n".join(f"| {s} | {n} |" for s, n in sorted(c["by_science"].items()))
    return f"""---
configs:
- config_name: default
  data_files:
  - split: train
    path: data/train-*.parquet
license: mit
task_categories: [visual-question-answering, image-segmentation, text-to-image]
pretty_name: {manifest['name']}
---
# {manifest['name']}

Made by `nesy dataset` (nesy {manifest['nesy']}), seed {manifest['seed']}: {c['items']} items, every figure verified
from its pixels against its scene graph before it was kept. Reproduce with the config in `manifest.json`:
the same config and seed give the same items whatever the number of workers or the engine.

Each row: `text` (the prompt; nesy's parser read it back into the same facts), `image` (PNG; `renderer` says
`exact` or `styled`), `image_clean` (the verified exact render of a styled item), `scene` (scene graph JSON),
`layout` (GeoJSON outline per entity, pixels), `masks` (16-bit PNG instance labels; `annotations` holds the
COCO boxes/polygons, also merged in `annotations/coco.json`), `artifact` (`artifact_name`: CIF, netlist,
automaton …), `verdict` (every check), `qa` (question, answer, type, distractors, derivation, value, unit;
right by construction), `truth` (the sampled facts). Impossible items (`impossible: true`, {c['impossible']} of them)
have no image; `unsat` holds the conflicting phrases, the laws and the smallest fix from `nesy explain`.

`variant` (JSON) is the style the figure was drawn in (`palette`: `colour`, colour-blind safe, or `grey`;
`symbols`: `ieee` or `iec` circuit symbols); every variant is verified from its own pixels.
`styled` is a photometric degradation (blur, contrast, brightness, noise, JPEG) of the verified exact figure,
with its parameters in `style`; it is verified on the clean render, not on the degraded pixels. No diffusion
images are in this dataset.

The same items are in `webdataset/shard-*.tar` (`KEY.png`, `KEY.json`, `KEY.mask.png`, `KEY.clean.png`, artifact).

| science | items |
|---|---|
{sci}

Rejected attempts: {c['rejected']} of {c['attempts']} ({100 * c['rejection_rate']:.1f} %).

| reason | attempts |
|---|---|
{rej}
"""
