"""MkDocs hook: at the end of a build, each cache folder under .cache/ loses the entries no build has used
for a day (content_cache.prune_unused). The hooks that keep results record what the build used
(content_cache.cached, use, write_atomically); this hook only says when a build starts and ends, once for
both editions."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from mkdocs.plugins import event_priority

import content_cache

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.hooks.cache_pruning")


def building_another_edition(config: MkDocsConfig) -> bool:
    i18n = config.plugins.get("i18n")
    return i18n is not None and i18n.building


@event_priority(100)  # before any hook looks in a cache
def on_pre_build(*, config: MkDocsConfig) -> None:
    if not building_another_edition(config):
        content_cache.new_build()


# After every edition is built (mkdocs-static-i18n builds the others at -100) and after the hooks that still
# read their cache at the end of the build (math_svg.py's stylesheet, at -200).
@event_priority(-300)
def on_post_build(*, config: MkDocsConfig) -> None:
    if building_another_edition(config):
        return
    removed = content_cache.prune_unused()
    if removed:
        log.info("cache entries unused for a day, deleted: %d", len(removed))
