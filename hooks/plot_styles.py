"""The site's plot styles: the colour schemes every figure is drawn in, and the share card's size and format.

hooks/plot_style/<scheme>.mplstyle holds each scheme's matplotlib style (colours, fonts, a fixed
svg.hashsalt so an SVG's bytes are the same every build). hooks/figures.py draws every figure snippet
once per scheme, hooks/notebooks.py executes every notebook once per scheme, and hooks/publishing.py draws
the site cards in CARD_SCHEME: all three read the styles from here, and key their caches on
style_contents(), so editing a style redraws what it styles.
"""

from __future__ import annotations

from pathlib import Path

STYLE_DIR = Path(__file__).with_name("plot_style")
SCHEMES = ("light", "dark")  # Material's two palettes; each figure is shown in the reader's (#only-light/-dark)
CARD_SCHEME = "light"  # share cards (og:image) are drawn in the light scheme, on white
CARD_INCHES, CARD_DPI = (8, 4.2), 150  # 1200 x 630 px, the size Open Graph and Twitter cards expect
# savefig's arguments for a card: no Software metadata, so a card's bytes are the same every build
CARD_SAVE = {
    "format": "png",
    "dpi": CARD_DPI,
    "facecolor": "white",
    "transparent": False,
    "metadata": {"Software": None},
}


def style(scheme: str) -> Path:
    return STYLE_DIR / f"{scheme}.mplstyle"


def style_contents() -> list[bytes]:
    """Every scheme's style, for the cache keys of what is drawn in them."""
    return [style(scheme).read_bytes() for scheme in SCHEMES]
