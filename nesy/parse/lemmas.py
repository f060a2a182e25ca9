"""English lookup lemmas for the shared spaCy pipeline, shipped as nesy data.

The table is spaCy's English ``lemma_lookup`` (from spacy-lookups-data 1.0.5, derived from WordNet 3.0;
licence in ``grammars/common/lemma_lookup.LICENSE.txt``). It is copied into
``grammars/common/lemma_lookup.json.gz`` by ``python -m nesy.parse.lemmas`` so that an installed nesy
needs neither the 99 MB spacy-lookups-data package (all languages) nor its loading time.
"""
from __future__ import annotations

import functools
import gzip
import json
import sys
from pathlib import Path

__all__ = ["lemma_table", "derive"]

TABLE = "common/lemma_lookup.json.gz"
LICENSE = "common/lemma_lookup.LICENSE.txt"


@functools.lru_cache(maxsize=1)
def lemma_table() -> dict[str, str]:
    """word form → lemma (lower and mixed case, as in spaCy's table)."""
    from ..resources import data_dir
    with gzip.open(data_dir("grammars") / TABLE, "rt", encoding="utf-8") as f:
        return json.load(f)


def derive(out_dir: Path | None = None) -> Path:
    """Copy the English lemma lookup table and its licence out of spacy-lookups-data (a dev-time tool)."""
    try:
        import spacy_lookups_data
    except ImportError:
        raise SystemExit("derive needs spacy-lookups-data: pip install 'spacy-lookups-data==1.0.5'") from None
    from ..resources import data_dir
    src = Path(spacy_lookups_data.__file__).resolve().parent / "data"
    out = Path(out_dir) if out_dir else data_dir("grammars")
    with gzip.open(src / "en_lemma_lookup.json.gz", "rt", encoding="utf-8") as f:
        table = json.load(f)
    raw = json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    # mtime=0 and a fixed name: the same table gives the same bytes
    with open(out / TABLE, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0,
                                                      compresslevel=9) as gz:
        gz.write(raw)
    (out / LICENSE).write_text((src / "en_license.txt").read_text(encoding="utf-8"), encoding="utf-8")
    return out / TABLE


if __name__ == "__main__":
    print(f"wrote {derive(Path(sys.argv[1]) if len(sys.argv) > 1 else None)}")
