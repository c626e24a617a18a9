"""Link checking that is fast, polite, and tells dead links from blocked ones.

The recipe (``run.check``): pick the URLs (``collect``), answer what the configuration and the
cache already know (``config``, ``cache``), check the rest with a bounded pool of workers under
per-host limits (``limiter``, ``checker``), classify each answer (``classify``), and report it in
every form it is read in (``report``); ``fix`` rewrites permanently moved links in the records.
"""

from __future__ import annotations

from .cache import Cache
from .collect import changed_files, from_catalogue, from_list
from .config import LinkcheckConfig, load_config
from .fix import fix_moved
from .results import Checked, Hop, LinkClass, LinkReport, LinkResult, Occurrence, Target
from .run import Shard, check, check_urls

__all__ = [
    "Cache",
    "Checked",
    "Hop",
    "LinkClass",
    "LinkReport",
    "LinkResult",
    "LinkcheckConfig",
    "Occurrence",
    "Shard",
    "Target",
    "changed_files",
    "check",
    "check_urls",
    "fix_moved",
    "from_catalogue",
    "from_list",
    "load_config",
]
