"""Held-out set 3 — mechanics figures drawn by other tools.

Three cases:
  h3-mechanics-opencv-fbd      OpenCV shapes + PIL text (DejaVu Sans Condensed), box pulled at an angle,
                               colour arrows on a light grey card (900 x 560)
  h3-mechanics-svg-atwood      hand-written SVG rendered by resvg, Atwood machine, flat colours (700 x 900)
  h3-mechanics-mpl-spring      matplotlib `seaborn-v0_8-dark`, ball hanging from a zig-zag spring (450 x 720)

Angles to scale. Deterministic; every PNG re-saved through PIL as RGB with no text chunks.
"""
from __future__ import annotations

import io
import math

from PIL import Image, ImageDraw, ImageFont

SCIENCE = "mechanics"

_TT = "/usr/share/fonts/truetype"
_LIB = _TT + "/liberation"
_DJV = _TT + "/dejavu"


def _png(img: Image.Image) -> bytes:
    if img.mode in ("RGBA", "LA", "P"):
        img = img.convert("RGBA")
        bg = Image.new("RGBA", img.size, (255, 255, 255, 255))
        bg.alpha_composite(img)
        img = bg
    img = img.convert("RGB")
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False, compress_level=6)
    return buf.getvalue()


def _svg_png(svg: str, fonts: list[str]) -> bytes:
    import resvg_py
    raw = resvg_py.svg_to_bytes(svg_string=svg, skip_system_fonts=True, font_files=fonts)
    return _png(Image.open(io.BytesIO(bytes(raw))))


def _mpl_png(fig, dpi) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    buf.seek(0)
    return _png(Image.open(buf))


# ----------------------------------------------------------------------------------------------------
# Case 1: OpenCV free-body sketch, box pulled at 25° above the horizontal
# ----------------------------------------------------------------------------------------------------
_T1 = ("A 10 kg box is pulled across a horizontal floor by a force of 40 N "
       "at 25 degrees above the horizontal.")


def _draw_opencv_box(wrong):
    import cv2
    import numpy as np
    W, H = 900, 560
    img = np.full((H, W, 3), (245, 241, 238), np.uint8)  # BGR light grey-blue card
    AA = cv2.LINE_AA
    floor_y = 400
    cv2.line(img, (60, floor_y), (840, floor_y), (60, 60, 60), 3, AA)
    for x in range(70, 840, 18):
        cv2.line(img, (x, floor_y + 2), (x - 14, floor_y + 16), (90, 90, 90), 1, AA)
    bx0, by0, bx1, by1 = 260, floor_y - 130, 440, floor_y
    cv2.rectangle(img, (bx0, by0), (bx1, by1), (200, 170, 120), -1, AA)
    cv2.rectangle(img, (bx0, by0), (bx1, by1), (110, 80, 40), 3, AA)
    cx, cy = (bx0 + bx1) // 2, (by0 + by1) // 2
    ang = 25.0
    if wrong == "angle_drawn_50":
        # breaks "at 25 degrees above the horizontal": the pull is drawn at 50° (label still 25°)
        ang = 50.0
    if wrong == "below_horizontal":
        # breaks "above the horizontal": the force points 25° below the horizontal
        ang = -25.0
    ax0, ay0 = bx1, cy
    L = 250
    ex, ey = int(round(ax0 + L * math.cos(math.radians(ang)))), int(round(ay0 - L * math.sin(math.radians(ang))))
    red = (40, 40, 210)
    cv2.arrowedLine(img, (ax0, ay0), (ex, ey), red, 5, AA, tipLength=0.09)
    # dashed horizontal reference and angle arc
    for x in range(ax0, ax0 + 240, 14):
        cv2.line(img, (x, ay0), (x + 7, ay0), (120, 120, 120), 1, AA)
    r = 85
    a0, a1 = (-ang, 0) if ang > 0 else (0, -ang)
    cv2.ellipse(img, (ax0, ay0), (r, r), 0, a0, a1, (60, 60, 60), 2, AA)
    # weight and normal force from the centre
    blue, green = (170, 90, 30), (60, 150, 40)
    cv2.arrowedLine(img, (cx, cy), (cx, cy + 140), blue, 4, AA, tipLength=0.12)
    cv2.arrowedLine(img, (cx, by0), (cx, by0 - 120), green, 4, AA, tipLength=0.12)
    cv2.circle(img, (cx, cy), 5, (40, 40, 40), -1, AA)
    # text with PIL
    pil = Image.fromarray(img[:, :, ::-1].copy())
    d = ImageDraw.Draw(pil)
    fnt = ImageFont.truetype(_DJV + "/DejaVuSansCondensed.ttf", 26)
    fntb = ImageFont.truetype(_DJV + "/DejaVuSansCondensed-Bold.ttf", 28)
    fsm = ImageFont.truetype(_DJV + "/DejaVuSansCondensed-Oblique.ttf", 24)
    mass = "10 kg"
    if wrong == "mass_label":
        # breaks "a 10 kg box": the box is labelled 15 kg
        mass = "15 kg"
    force = "F = 40 N"
    if wrong == "force_label":
        # breaks "a force of 40 N": the label reads 60 N
        force = "F = 60 N"
    d.text((cx - 40, cy - 50), mass, font=fntb, fill=(40, 40, 40))
    d.text((ex + 10, ey - 30 if ang > 0 else ey - 4), force, font=fnt, fill=(210, 40, 40))
    mid = math.radians(ang / 2)
    d.text((ax0 + (r + 14) * math.cos(mid), ay0 - (r + 14) * math.sin(mid) - 16), "25°", font=fnt, fill=(40, 40, 40))
    d.text((cx + 12, cy + 110), "W = mg", font=fsm, fill=(30, 90, 170))
    d.text((cx + 12, by0 - 120), "N", font=fsm, fill=(40, 150, 60))
    d.text((30, 22), "Box pulled along a horizontal floor", font=fntb, fill=(30, 30, 30))
    return _png(pil)


# ----------------------------------------------------------------------------------------------------
# Case 2: SVG Atwood machine
# ----------------------------------------------------------------------------------------------------
_T2 = "Two blocks of 3 kg and 5 kg are connected by a string over a pulley."


def _draw_svg_atwood(wrong):
    W, H = 700, 900
    px, py, pr = 350, 230, 75
    lx, rx = px - pr, px + pr
    s = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">',
         '<defs><marker id="a" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="14" markerHeight="14" '
         'markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker>'
         '<pattern id="h" width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
         '<line x1="0" y1="0" x2="0" y2="14" stroke="#5c5c5c" stroke-width="3"/></pattern></defs>',
         f'<rect width="{W}" height="{H}" fill="#fffdf7"/>',
         '<rect x="120" y="60" width="460" height="26" fill="url(#h)" stroke="#333" stroke-width="2"/>',
         '<text x="40" y="40" font-family="DejaVu Sans" font-weight="bold" font-size="28" fill="#333">'
         'Atwood machine</text>']
    pulley = wrong != "pulley_dropped"  # pulley_dropped breaks "over a pulley": no pulley is drawn
    if pulley:
        s.append(f'<line x1="{px}" y1="86" x2="{px}" y2="{py}" stroke="#444" stroke-width="8"/>')
        s.append(f'<circle cx="{px}" cy="{py}" r="{pr}" fill="#9bb7d4" stroke="#2d4f73" stroke-width="5"/>')
        s.append(f'<circle cx="{px}" cy="{py}" r="{pr - 14}" fill="none" stroke="#2d4f73" stroke-width="2"/>')
        s.append(f'<circle cx="{px}" cy="{py}" r="9" fill="#2d4f73"/>')
        s.append(f'<path d="M {lx} {py} A {pr} {pr} 0 0 1 {rx} {py}" fill="none" stroke="#7a4a12" '
                 'stroke-width="4"/>')
    else:
        # the string is simply draped over the middle of the beam
        s.append(f'<path d="M {lx} {py} Q {lx} 92 {px} 92 Q {rx} 92 {rx} {py}" fill="none" stroke="#7a4a12" '
                 'stroke-width="4"/>')
    blocks = [("3 kg", lx, 560, 96, 84, "#f4a261"), ("5 kg", rx, 470, 120, 104, "#e76f51")]
    if wrong == "mass_label":
        # breaks "blocks of 3 kg and 5 kg": the heavier block is labelled 7 kg
        blocks[1] = ("7 kg",) + blocks[1][1:]
    left_string_end = blocks[0][2]
    if wrong == "block_dropped":
        # breaks "two blocks": the 3 kg block is missing, its end of the string hangs free
        blocks = blocks[1:]
        left_string_end = 470
    s.append(f'<line x1="{lx}" y1="{py}" x2="{lx}" y2="{left_string_end}" stroke="#7a4a12" stroke-width="4"/>')
    s.append(f'<line x1="{rx}" y1="{py}" x2="{rx}" y2="470" stroke="#7a4a12" stroke-width="4"/>')
    if wrong == "extra_block":
        # breaks "two blocks": a third block hangs below the 5 kg block
        s.append(f'<line x1="{rx}" y1="574" x2="{rx}" y2="640" stroke="#7a4a12" stroke-width="4"/>')
        blocks.append(("3 kg", rx, 640, 96, 84, "#f4a261"))
    for lab, x, ytop, w, h, col in blocks:
        s.append(f'<rect x="{x - w / 2}" y="{ytop}" width="{w}" height="{h}" rx="4" fill="{col}" stroke="#333" '
                 'stroke-width="3"/>')
        s.append(f'<text x="{x}" y="{ytop + h / 2 + 11}" text-anchor="middle" font-family="DejaVu Sans" '
                 f'font-weight="bold" font-size="28" fill="#1d1d1d">{lab}</text>')
        # tension (up, along the string, drawn beside it) and weight (down)
        s.append(f'<line x1="{x + 26}" y1="{ytop - 6}" x2="{x + 26}" y2="{ytop - 86}" stroke="#2a9d8f" '
                 'stroke-width="4" marker-end="url(#a)"/>')
        s.append(f'<text x="{x + 36}" y="{ytop - 50}" font-family="DejaVu Sans" font-style="italic" font-size="24" '
                 'fill="#2a9d8f">T</text>')
        s.append(f'<line x1="{x}" y1="{ytop + h}" x2="{x}" y2="{ytop + h + 90}" stroke="#264653" stroke-width="4" '
                 'marker-end="url(#a)"/>')
        s.append(f'<text x="{x + 10}" y="{ytop + h + 80}" font-family="DejaVu Sans" font-style="italic" '
                 'font-size="24" fill="#264653">mg</text>')
    s.append('</svg>')
    return _svg_png("\n".join(s), [_DJV + "/DejaVuSans.ttf", _DJV + "/DejaVuSans-Bold.ttf",
                                   _DJV + "/DejaVuSans-Oblique.ttf"])


# ----------------------------------------------------------------------------------------------------
# Case 3: matplotlib seaborn-v0_8-dark, ball on a spring
# ----------------------------------------------------------------------------------------------------
_T3 = "A ball of mass 0.5 kg hangs from a spring with spring constant 200 N/m."


def _draw_mpl_spring(wrong):
    import numpy as np
    import matplotlib.pyplot as plt
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, Rectangle
    k_text = "k = 200 N/m"
    if wrong == "k_label":
        # breaks "spring constant 200 N/m": the label reads 20 N/m
        k_text = "k = 20 N/m"
    m_text = "0.5 kg"
    if wrong == "mass_label":
        # breaks "mass 0.5 kg": the ball is labelled 5 kg
        m_text = "5 kg"
    with plt.style.context("seaborn-v0_8-dark"):
        fig = Figure(figsize=(4.5, 7.2))
        ax = fig.add_axes([0.02, 0.02, 0.96, 0.9])
        ax.set_xlim(-3, 3)
        ax.set_ylim(1.0, 10.7)
        ax.set_aspect("equal")
        ax.set_xticks([])
        ax.set_yticks([])
        ax.add_patch(Rectangle((-2.2, 10.0), 4.4, 0.35, facecolor="#777", edgecolor="#333", hatch="///"))
        top, bot = 10.0, 5.2
        if wrong == "rope_not_spring":
            # breaks "hangs from a spring": a straight rope is drawn instead of a spring
            ax.plot([0, 0], [top, bot], color="#333", lw=2.5)
        else:
            n = 12
            ys = np.linspace(top - 0.5, bot + 0.5, 2 * n + 1)
            xs = [0] + [(-0.45 if i % 2 else 0.45) for i in range(1, 2 * n)] + [0]
            ax.plot([0, 0], [top, top - 0.5], color="#333", lw=2.5)
            ax.plot(xs, ys, color="#333", lw=2.5, solid_joinstyle="miter")
            ax.plot([0, 0], [bot + 0.5, bot], color="#333", lw=2.5)
        ax.text(0.75, 7.6, k_text, fontsize=15, va="center")
        balls = [(0.0, 4.4)]
        if wrong == "ball_duplicated":
            # breaks "a ball": two balls hang from the spring's end
            balls = [(-0.85, 4.25), (0.85, 4.25)]
            ax.plot([-0.85, 0, 0.85], [5.0, 5.2, 5.0], color="#333", lw=2.5)
        for bx, by in balls:
            ax.add_patch(Circle((bx, by), 0.8, facecolor="#4c72b0", edgecolor="#1b2a47", lw=2))
            ax.text(bx, by, m_text, ha="center", va="center", color="white", fontsize=13, fontweight="bold")
        bx, by = balls[0] if len(balls) == 1 else (0.0, 4.25)
        ax.annotate("", xy=(bx - 1.3, by + 1.5), xytext=(bx - 1.3, by),
                    arrowprops=dict(arrowstyle="-|>", color="#55a868", lw=2.5, mutation_scale=20))
        ax.text(bx - 1.45, by + 0.8, "$F_s$", fontsize=16, ha="right", color="#2f7d44")
        ax.annotate("", xy=(bx, by - 2.6), xytext=(bx, by - 0.85),
                    arrowprops=dict(arrowstyle="-|>", color="#c44e52", lw=2.5, mutation_scale=20))
        ax.text(bx + 0.2, by - 2.2, "$mg$", fontsize=16, color="#c44e52")
        fig.suptitle("Mass on a spring", fontsize=16, y=0.96)
        return _mpl_png(fig, 100)


def cases():
    return [
        {"id": "h3-mechanics-opencv-fbd", "text": _T1, "tool": "opencv+PIL-text", "style": "light-card-colour-arrows",
         "draw": _draw_opencv_box, "wrongs": ["angle_drawn_50", "below_horizontal", "force_label", "mass_label"]},
        {"id": "h3-mechanics-svg-atwood", "text": _T2, "tool": "svg+resvg", "style": "flat-colour-hatched-ceiling",
         "draw": _draw_svg_atwood, "wrongs": ["mass_label", "block_dropped", "pulley_dropped", "extra_block"]},
        {"id": "h3-mechanics-mpl-spring", "text": _T3, "tool": "matplotlib", "style": "seaborn-v0_8-dark",
         "draw": _draw_mpl_spring, "wrongs": ["k_label", "mass_label", "rope_not_spring", "ball_duplicated"]},
    ]
