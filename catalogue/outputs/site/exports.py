"""What the browse page exports of a filtered selection: every paper's BibTeX, RIS and CSL-JSON.

One script a format (``data/export-<format>.js``), each an array in the order of the rows of
``data/papers.js``, loaded by a script element only when a reader asks for that format (it works
from the disk too, where ``fetch`` is refused). The page joins the entries of the papers it
lists; a list of keys needs no file. RIS and CSL-JSON entries are kept between builds under the
paper's ``inputs`` (like its card); BibTeX entries are the ones every output shares.
"""

from __future__ import annotations

from . import paths
from .browse_data import _json
from .citation import csl, ris
from .renderer import Renderer
from .views import PaperView

GLOBAL = "__kdExport"
FORMATS = ("bibtex", "ris", "csl")


def export_path(name: str) -> str:
    return f"{paths.BROWSE_DATA.rpartition('/')[0]}/export-{name}.js"


def _script(name: str, items: list[bytes]) -> bytes:
    head = f"window.{GLOBAL}=window.{GLOBAL}||{{}};window.{GLOBAL}.{name}=[".encode()
    return b"".join([head, b",".join(items), b"];\n"])


def export_scripts(r: Renderer) -> dict[str, bytes]:
    """The three scripts, by their path in the site."""
    papers = list(r.model.papers.values())

    def ris_item(p: PaperView) -> str:
        return _json(ris(p.record, p.venue))

    def csl_item(p: PaperView) -> str:
        # Compact: the page writes the selection out indented.
        return _json(csl(p.record, p.venue))

    bibtex = [_json(r.bibtex[p.key]).encode("utf-8") for p in papers]
    return {
        export_path("bibtex"): _script("bibtex", bibtex),
        export_path("ris"): _script("ris", r.each_paper(papers, "export ris", ris_item)),
        export_path("csl"): _script("csl", r.each_paper(papers, "export csl", csl_item)),
    }
