"""The language of a page, and the few words the hooks themselves write onto pages, in each language.

English pages are docs/<page>.md; their Vietnamese translations are docs/<page>.vi.md
(mkdocs-static-i18n's suffix layout). What a hook writes onto a page (a collapsed block's title, a
table computed at build time, the footer's stamp and the links out of hooks/publishing.py) is written
in the page's language.
"""

from __future__ import annotations

from pathlib import PurePosixPath

LANGUAGES = ("en", "vi")

WORDS = {
    "en": {
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
    },
    "vi": {
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
    },
}


def language(src_uri: str) -> str:
    """docs/activations/relu.vi.md -> "vi"; anything else -> "en"."""
    suffixes = PurePosixPath(src_uri).suffixes
    return suffixes[-2].lstrip(".") if len(suffixes) >= 2 and suffixes[-2].lstrip(".") in LANGUAGES else "en"


def words(src_uri: str, key: str, **values: str) -> str:
    return WORDS[language(src_uri)][key].format(**values)
