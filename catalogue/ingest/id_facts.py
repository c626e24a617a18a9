"""Venue and year read from a paper's identifiers: evidence that beats what a list wrote.

Some identifiers name where and when a paper appeared: a CVF file name ends in ``_CVPR_2022``, an
ACL Anthology id is ``2020.acl-main.123`` or ``P19-1234``, a conference DOI reads
``10.1109/cvpr.2019.00409``, a NeurIPS proceedings URL has the year in its path, a PMLR volume is
one year of ICML. A journal DOI names the journal only (its year is the year it went online,
not always the volume's). An arXiv id gives the year of the preprint, which is the version a
paper without a venue is cited by; never the year of its proceedings.

Names come out as a list would write them (``CVPR``, ``EMNLP``); the caller resolves them with
the venue records, and a name no record knows is dropped rather than invented.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..core.identity import ARXIV, DOI, IdentityKey, paper_identity


class Fact(NamedTuple):
    venue: str | None
    year: int | None
    identity: IdentityKey


_CVF_TAIL = re.compile(r"_([a-z]+)_((?:19|20)\d{2})$")
_ACL_NEW = re.compile(r"^((?:19|20)\d{2})\.([a-z]+)-")
_ACL_OLD = re.compile(r"^([A-Z])(\d{2})-\d{4}$", re.I)
_ACL_LETTERS = {"P": "ACL", "D": "EMNLP", "N": "NAACL", "E": "EACL", "C": "COLING", "Q": "TACL"}
_CONFERENCE_DOI = re.compile(r"^10\.1109/([a-z]+)\.((?:19|20)\d{2})\.\d+$")
_JOURNAL_DOI = re.compile(r"^10\.1109/(tpami|tip|tnnls|tmm|tcsvt|tits|tmi|taslp)\.")
_ACL_DOI = re.compile(r"^10\.18653/v1/(.+)$")
_AAAI_DOI = re.compile(r"^10\.1609/aaai\.")
_NEURIPS_PATH = re.compile(
    r"^https?://(?:papers|proceedings)\.(?:nips|neurips)\.cc/(?:paper_files/)?paper/((?:19|20)\d{2})/",
    re.I,
)
# PMLR volumes of ICML (one a year).
_ICML_VOLUMES = {
    "v37": 2015,
    "v48": 2016,
    "v70": 2017,
    "v80": 2018,
    "v97": 2019,
    "v119": 2020,
    "v139": 2021,
    "v162": 2022,
    "v202": 2023,
    "v235": 2024,
    "v267": 2025,
}


def arxiv_year(identifier: str) -> int | None:
    """The year an arXiv id was given: ``2003.01234`` -> 2020, ``cs/9912001`` -> 1999."""
    match = re.match(r"^(?:[a-z.-]+/)?(\d{2})(\d{2})", identifier, re.I)
    if not match:
        return None
    yy = int(match.group(1))
    return (1900 if yy >= 91 else 2000) + yy


def _acl(value: str) -> tuple[str | None, int | None]:
    new = _ACL_NEW.match(value)
    if new:
        return new.group(2).upper(), int(new.group(1))
    old = _ACL_OLD.match(value)
    if old:
        return _ACL_LETTERS.get(old.group(1).upper()), 2000 + int(old.group(2))
    return None, None


def _doi(value: str) -> tuple[str | None, int | None]:
    journal = _JOURNAL_DOI.match(value)
    if journal:
        return journal.group(1).upper(), None
    conference = _CONFERENCE_DOI.match(value)
    if conference:
        return conference.group(1).upper(), int(conference.group(2))
    acl = _ACL_DOI.match(value)
    if acl:
        return _acl(acl.group(1))
    if _AAAI_DOI.match(value):
        return "AAAI", None
    return None, None


def fact_of(identity: IdentityKey) -> tuple[str | None, int | None]:
    """(venue name, year) an identifier states, either possibly None."""
    if identity.scheme == "cvf":
        match = _CVF_TAIL.search(identity.value)
        return (match.group(1).upper(), int(match.group(2))) if match else (None, None)
    if identity.scheme == "acl":
        return _acl(identity.value)
    if identity.scheme == DOI:
        return _doi(identity.value)
    if identity.scheme == "pmlr":
        year = _ICML_VOLUMES.get(identity.value.split("/", 1)[0])
        return ("ICML", year) if year else (None, None)
    if identity.scheme == "aaai":
        return "AAAI", None
    if identity.scheme == ARXIV:
        return "arXiv", arxiv_year(identity.value)
    return None, None


def url_fact(url: str) -> Fact | None:
    """What a paper URL's identifier (or a NeurIPS proceedings path) says of venue and year."""
    identity = paper_identity(url)
    if identity is None:
        return None
    if identity.scheme == "neurips":
        match = _NEURIPS_PATH.match(url)
        return Fact("NeurIPS", int(match.group(1)) if match else None, identity)
    venue, year = fact_of(identity)
    return Fact(venue, year, identity) if venue or year else None
