"""`catalogue export --format bibtex`: every paper, or one category's, as a .bib file."""

from __future__ import annotations

from ..bibtex import catalogue_to_bibtex
from . import Exporter, register

EXPORTER = register(Exporter(name="bibtex", suffix=".bib", export=catalogue_to_bibtex))
