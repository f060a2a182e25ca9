"""Publication outputs of a verified figure: PNG at a chosen size or resolution, and PDF.

The verified figure is ``figure.svg`` (text as ``<text>``, nesy's shipped DejaVu Sans) and its crisp
``figure.png`` (the pixels the verifier read). A publisher wants more: a PNG of a given width or at a given
DPI, smoothly anti-aliased, with its resolution recorded, and a vector PDF whose text stays text. Both are
drawn from the *same* SVG, so they show exactly the verified geometry; nothing is re-laid out.

Sizes: the SVG's user unit is the CSS pixel, 1/96 inch. ``--dpi D`` draws the figure at its natural
physical size (width_px / 96 inches) with D dots per inch, i.e. ``zoom = D / 96``; ``--width W`` draws it
W pixels wide (height in proportion) and records 96 × W / width_px DPI so the physical size stays the
natural one. The PDF page is the natural size (1 CSS px = 0.75 pt).
"""
from __future__ import annotations

import functools
import io
import math
import re

from ..errors import InputError

__all__ = ["check_export", "export_png", "export_pdf", "MAX_EXPORT_SIDE", "MAX_EXPORT_PIXELS", "CSS_DPI"]

CSS_DPI = 96.0                 # SVG user units per inch (CSS px)
MAX_EXPORT_SIDE = 32768        # px; the image limit nesy's own reader accepts
MAX_EXPORT_PIXELS = 100_000_000  # ~300 MB of RGBA while drawing: far past any journal's largest figure


def check_export(dpi: float | None = None, width: int | None = None) -> None:
    """Refuse a resolution request that is not a finite positive number, or both at once, before any work."""
    if dpi is not None and width is not None:
        raise InputError("give --dpi or --width, not both (--width sets the pixel width, --dpi the pixels per inch "
                         "at the figure's natural size)")
    if dpi is not None:
        if isinstance(dpi, bool) or not isinstance(dpi, (int, float)) or not math.isfinite(dpi) or not 10 <= dpi <= 2400:
            raise InputError(f"--dpi must be a number from 10 to 2400, got {dpi!r}")
    if width is not None:
        if isinstance(width, bool) or not isinstance(width, int) or not 16 <= width <= MAX_EXPORT_SIDE:
            raise InputError(f"--width must be a whole number of pixels from 16 to {MAX_EXPORT_SIDE}, got {width!r}")


def export_png(svg: str, *, dpi: float | None = None, width: int | None = None) -> tuple[bytes, dict]:
    """The figure as an anti-aliased PNG at ``dpi`` or ``width`` (see the module docstring), with its
    resolution in the PNG's pHYs chunk. Returns (png bytes, {"width", "height", "dpi"})."""
    check_export(dpi, width)
    import resvg_py
    from PIL import Image
    from .svg import _fonts, svg_size
    w0, h0 = svg_size(svg)
    if width is not None:
        zoom = width / w0
    else:
        zoom = (dpi if dpi is not None else CSS_DPI) / CSS_DPI
    W, H = max(1, round(w0 * zoom)), max(1, round(h0 * zoom))
    if max(W, H) > MAX_EXPORT_SIDE or W * H > MAX_EXPORT_PIXELS:
        raise InputError(f"the export would be {W} × {H} px, past nesy's limit ({MAX_EXPORT_SIDE} px a side, "
                         f"{MAX_EXPORT_PIXELS // 1_000_000} MP); ask for a smaller --dpi or --width")
    files, have = _fonts()
    # the verified figure is drawn crisp (exact colours for the verifier); a print copy is smooth
    smooth = svg.replace('shape-rendering="crispEdges"', 'shape-rendering="geometricPrecision"', 1)
    smooth = smooth.replace(' text-rendering="optimizeSpeed"', '')   # caption lines smooth too
    raw = bytes(resvg_py.svg_to_bytes(svg_string=smooth, font_files=files or None, skip_system_fonts=have,
                                      width=W))
    im = Image.open(io.BytesIO(raw)).convert("RGB")  # the page is opaque white; no alpha channel
    out_dpi = float(dpi) if dpi is not None else CSS_DPI * W / w0
    buf = io.BytesIO()
    im.save(buf, format="PNG", dpi=(out_dpi, out_dpi))
    return buf.getvalue(), {"width": im.width, "height": im.height, "dpi": round(out_dpi, 3)}


@functools.lru_cache(maxsize=1)
def _pdf_fonts() -> None:
    """Map the SVG's font family to nesy's shipped DejaVu Sans, embedded in the PDF (text stays text)."""
    from svglib.fonts import register_font
    from ..resources import load_yaml
    from .svg import _fonts
    st = load_yaml("layout", "style.yaml")
    family = st.get("font_family", "DejaVu Sans")
    files, _ = _fonts()
    if files:
        register_font(family, files[0])
        oblique = [f for f in files[1:] if "oblique" in f.lower() or "italic" in f.lower()]
        if oblique:   # italic labels (variables, set names) in the oblique face
            register_font(family, oblique[0], style="italic")


# a <text> element whose content has <tspan>s (an equation label: italic symbols, subscripts)
_TEXT_RUNS = re.compile(r'<text ([^>]*)>((?:[^<]|<tspan[^>]*>[^<]*</tspan>)*<tspan[^>]*>[^<]*</tspan>'
                        r'(?:[^<]|<tspan[^>]*>[^<]*</tspan>)*)</text>')
_PIECE = re.compile(r'<tspan([^>]*)>([^<]*)</tspan>|([^<]+)')
SUB_DROP = 0.14   # em of the subscript: how far resvg lowers baseline-shift="sub" (DejaVu's OS/2 subscript offset)


def _pdf_text_runs(svg: str) -> str:
    """``svg`` with each label of several runs (``render.typography.text_markup``'s tspans) written as one
    ``<text>`` per run at its own x, anchored at its start. svglib anchors every run of a text by the
    text's own ``text-anchor`` and measures it in the text's face and size, so a centred equation label came
    out as overlapping pieces and a subscript dropped half an em; the runs are placed here with ReportLab's
    widths of the face and size each run is drawn in."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from svglib.fonts import find_font
    from xml.sax.saxutils import unescape

    def attr(attrs: str, name: str) -> str | None:
        m = re.search(rf'(?<![\w-]){name}="([^"]*)"', attrs)
        return m.group(1) if m else None

    def one(m: re.Match) -> str:
        attrs, content = m.group(1), m.group(2)
        x, y, fs = float(attr(attrs, "x") or 0), float(attr(attrs, "y") or 0), float(attr(attrs, "font-size") or 16)
        family = attr(attrs, "font-family") or _FAMILY
        runs = []
        for t_attrs, t_text, plain in _PIECE.findall(content):
            text = unescape(t_text if t_attrs or t_text else plain)
            if not text:
                continue
            size = fs
            em = attr(t_attrs, "font-size")
            if em:
                size = fs * float(em[:-2]) if em.endswith("em") else float(em)
            italic = attr(t_attrs, "font-style") == "italic" or attr(attrs, "font-style") == "italic"
            drop = SUB_DROP * size if attr(t_attrs, "baseline-shift") == "sub" else 0.0
            font, _ = find_font(family, "normal", "italic" if italic else "normal")
            runs.append((text, t_attrs, size, drop, stringWidth(text, font, size)))
        width = sum(r[4] for r in runs)
        anchor = attr(attrs, "text-anchor") or "start"
        x0 = x - (width / 2 if anchor == "middle" else width if anchor == "end" else 0.0)
        keep = re.sub(r'\s(?:x|y|font-size|text-anchor)="[^"]*"', "", " " + attrs).strip()
        out = []
        for text, t_attrs, size, drop, w in runs:
            extra = ' font-style="italic"' if 'font-style="italic"' in t_attrs else ""
            # xml:space: the run's own spaces (" = 10 cm, ") are part of its width
            out.append(f'<text x="{x0:.2f}" y="{y + drop:.2f}" font-size="{size:g}" text-anchor="start" {keep}{extra} '
                       f'xml:space="preserve">'
                       f'{escape(text)}</text>')
            x0 += w
        return "".join(out)
    from xml.sax.saxutils import escape
    return _TEXT_RUNS.sub(one, svg)


_FAMILY = "DejaVu Sans"


def export_pdf(svg: str) -> bytes:
    """The figure as a one-page vector PDF of its natural size; text is text in nesy's embedded font.

    Deterministic: ReportLab's invariant mode fixes the creation date and document id."""
    import reportlab.rl_config as rl_config
    from reportlab.graphics import renderPDF
    from svglib.svglib import svg2rlg
    _pdf_fonts()
    old = rl_config.invariant
    rl_config.invariant = 1
    try:
        drawing = svg2rlg(io.StringIO(_pdf_text_runs(svg)))
        if drawing is None:
            raise ValueError("svglib could not read the figure SVG")
        buf = io.BytesIO()
        renderPDF.drawToFile(drawing, buf, autoSize=1)
    finally:
        rl_config.invariant = old
    return buf.getvalue()
