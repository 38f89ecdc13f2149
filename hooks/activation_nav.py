"""MkDocs hook: the activation pages in the nav, by family, from the registry (activations.toml).

mkdocs.yml's nav holds the line `- activations.toml` where the families go; this hook replaces it with one
section per family (the order of the registry's `families`), each listing its activations in the order of
the file. It runs before mkdocs-static-i18n (whose on_config has priority -100), so the Vietnamese edition's
nav, and its nav_translations, see the finished nav.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # site_tools/, beside hooks/
from site_tools import registry  # noqa: E402

sys.path.pop(0)

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not config.nav or registry.NAV_PLACEHOLDER not in config.nav:
        return config  # a site without the activations (the test fixtures)
    path = Path(config.config_file_path).parent / "activations.toml"
    try:
        data = registry.load(path)
    except (OSError, registry.RegistryError) as exc:
        raise PluginError(str(exc)) from None
    config.nav = registry.expanded_nav(config.nav, data)
    return config
