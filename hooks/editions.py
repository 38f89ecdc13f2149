"""The site's two editions: their language codes, locales, and the words the hooks write in each.

English pages are docs/<page>.md, served at /; their Vietnamese translations are docs/<page>.vi.md
(mkdocs-static-i18n's suffix layout), served under /vi/; a notebook's translation is
notebooks/<name>.vi.py. What a hook writes onto a page (a collapsed block's title, a table computed
at build time, the footer's stamp, the links out and the site card of hooks/publishing.py) is written
in the page's language. Every hook and test names a language through this module, so adding an
edition starts here (and in mkdocs.yml's i18n languages).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

ORIGINAL = "en"  # the language pages are written in first, served at the site's root
TRANSLATION = "vi"  # the translated edition: docs/<page>.vi.md, served under /vi/
LANGUAGES = (ORIGINAL, TRANSLATION)
LOCALES = {ORIGINAL: "en_US", TRANSLATION: "vi_VN"}  # Open Graph's og:locale

WORDS = {
    ORIGINAL: {
        "figure code": "Code for this figure",
        "output code": "Code that computed this ({name})",
        # the footer's stamp (hooks/publishing.py): "Outputs computed with ..., built on ..., commit ..."
        "stamp computed": "Outputs computed with torch {torch} (CPU: {cpu})",
        "stamp torch": "Outputs computed with torch {torch}",
        "stamp date": "built on {date}",
        "stamp commit": "commit {commit}",
        "stamp changed": " (with uncommitted changes)",
        "date format": "%Y-%m-%d",
        "pytorch docs": "PyTorch documentation",
        "transformers source": "Source in Hugging Face transformers",
        "edit": "Edit this page",
        "view": "View source",
        "colab": "Open in Colab",
        "made with": "Made with",  # the footer's credit to Material for MkDocs
        # the site card's line under the site's name (mkdocs.yml site_name)
        "tagline": "Formula, derivative, figures and runnable code for every activation",
    },
    TRANSLATION: {
        "figure code": "Mã vẽ hình này",
        "output code": "Mã tính ra nội dung này ({name})",
        "stamp computed": "Kết quả được tính bằng torch {torch} (CPU: {cpu})",
        "stamp torch": "Kết quả được tính bằng torch {torch}",
        "stamp date": "dựng ngày {date}",
        "stamp commit": "commit {commit}",
        "stamp changed": " (có thay đổi chưa commit)",
        "date format": "%d/%m/%Y",
        "pytorch docs": "Tài liệu PyTorch",
        "transformers source": "Mã nguồn trong Hugging Face transformers",
        "edit": "Sửa trang này",
        "view": "Xem mã nguồn",
        "colab": "Mở trong Colab",
        "made with": "Trang web dựng bằng",
        "tagline": "Công thức, đạo hàm, hình vẽ và mã chạy được cho mọi hàm kích hoạt",
    },
}


def language(src_uri: str) -> str:
    """activations/relu.vi.md -> "vi"; notebooks/dying_relu.vi.ipynb -> "vi"; anything else -> "en"."""
    suffixes = PurePosixPath(src_uri).suffixes
    code = suffixes[-2].lstrip(".") if len(suffixes) >= 2 else ""
    return code if code in LANGUAGES else ORIGINAL


def is_translation(path: Path | str) -> bool:
    """docs/index.vi.md, notebooks/x.vi.py: True; docs/index.md: False."""
    return language(PurePosixPath(path).as_posix()) == TRANSLATION


def translation_of(original: Path) -> Path:
    """docs/activations/relu.md -> docs/activations/relu.vi.md; notebooks/x.py -> notebooks/x.vi.py"""
    return original.with_name(f"{original.stem}.{TRANSLATION}{original.suffix}")


def original_of(translated: Path) -> Path:
    """docs/activations/relu.vi.md -> docs/activations/relu.md; notebooks/x.vi.py -> notebooks/x.py"""
    return translated.with_name(translated.name.replace(f".{TRANSLATION}.", "."))


def other(lang: str) -> str:
    """The other edition's language."""
    return TRANSLATION if lang == ORIGINAL else ORIGINAL


def words(src_uri: str, key: str, **values: str) -> str:
    return WORDS[language(src_uri)][key].format(**values)
