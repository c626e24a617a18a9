# ruff: noqa: E501  (expected BibTeX is compared line for line; its lines are long)
"""Exact BibTeX for records that are easy to get wrong."""

from __future__ import annotations

import pytest

from catalogue import api
from catalogue.outputs.bibtex import bibtex_name, paper_to_bibtex, protect_title

from .conftest import make_catalogue, paper

CASES = [
    pytest.param(
        paper(
            "lopezpaz2016unifying",
            "Unifying distillation and privileged information",
            authors=["David Lopez-Paz", "Léon Bottou", "Bernhard Schölkopf", "Vladimir Vapnik"],
            year=2016,
            venue="iclr",
            identifiers={"arxiv": "1511.03643"},
            links=[{"kind": "pdf", "url": "https://arxiv.org/pdf/1511.03643"}],
        ),
        """\
@inproceedings{lopezpaz2016unifying,
  author        = {David Lopez-Paz and L{\\'e}on Bottou and Bernhard Sch{\\"o}lkopf and Vladimir Vapnik},
  title         = {Unifying distillation and privileged information},
  booktitle     = {International Conference on Learning Representations},
  year          = {2016},
  eprint        = {1511.03643},
  archivePrefix = {arXiv},
  url           = {https://arxiv.org/pdf/1511.03643}
}
""",
        id="accents",
    ),
    pytest.param(
        paper(
            "sanh2019distilbert",
            "DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter",
            authors=["Victor Sanh", "Lysandre Debut", "Julien Chaumond", "Thomas Wolf"],
            year=2019,
            venue="arxiv",
            identifiers={"arxiv": "1910.01108"},
            links=[{"kind": "arxiv", "url": "https://arxiv.org/abs/1910.01108"}],
        ),
        """\
@misc{sanh2019distilbert,
  author        = {Victor Sanh and Lysandre Debut and Julien Chaumond and Thomas Wolf},
  title         = {{DistilBERT}, a distilled version of {BERT}: smaller, faster, cheaper and lighter},
  howpublished  = {arXiv preprint arXiv:1910.01108},
  year          = {2019},
  eprint        = {1910.01108},
  archivePrefix = {arXiv},
  url           = {https://arxiv.org/abs/1910.01108}
}
""",
        id="acronyms-preprint",
    ),
    pytest.param(
        paper(
            "touvron2021training",
            "Training data-efficient image transformers & distillation through attention",
            authors=["Hugo Touvron", "Matthieu Cord"],
            year=2021,
            venue="kdd",
            links=[{"kind": "pdf", "url": "http://proceedings.mlr.press/v139/a_b%20c.pdf"}],
        ),
        """\
@inproceedings{touvron2021training,
  author    = {Hugo Touvron and Matthieu Cord},
  title     = {Training data-efficient image transformers {\\&} distillation through attention},
  booktitle = {ACM SIGKDD Knowledge Discovery {\\&} Data Mining},
  year      = {2021},
  url       = {http://proceedings.mlr.press/v139/a_b%20c.pdf}
}
""",
        id="ampersand-and-verbatim-url",
    ),
    pytest.param(
        paper(
            "maldacena1999large",
            "The Large N Limit of Superconformal Field Theories and Supergravity",
            authors=["Juan Maldacena"],
            year=1999,
            identifiers={"arxiv": "hep-th/9711200"},
            links=[{"kind": "arxiv", "url": "https://arxiv.org/abs/hep-th/9711200"}],
        ),
        """\
@misc{maldacena1999large,
  author        = {Juan Maldacena},
  title         = {The Large N Limit of Superconformal Field Theories and Supergravity},
  howpublished  = {arXiv preprint arXiv:hep-th/9711200},
  year          = {1999},
  eprint        = {hep-th/9711200},
  archivePrefix = {arXiv},
  url           = {https://arxiv.org/abs/hep-th/9711200}
}
""",
        id="old-style-arxiv",
    ),
    pytest.param(
        paper(
            "hansen1990neural",
            "Neural Network Ensembles: 50% of #1_best $ ~ ^ \\ {tricks}",
            year=1990,
            venue="ijcv",
            links=[{"kind": "paper", "url": "https://example.org/{x}"}],
        ),
        """\
@article{hansen1990neural,
  title   = {Neural Network Ensembles: 50{\\%} of {\\#}1{\\_}best {\\$} {\\textasciitilde} {\\textasciicircum} {\\textbackslash} {\\textbraceleft}tricks{\\textbraceright}},
  journal = {International Journal of Computer Vision},
  year    = {1990},
  url     = {https://example.org/%7Bx%7D},
  key     = {Neural Network Ensembles: 50{\\%} of {\\#}1{\\_}best {\\$} {\\textasciitilde} {\\textasciicircum} {\\textbackslash} {\\textbraceleft}tricks{\\textbraceright}}
}
""",
        id="no-authors-journal-specials",
    ),
    pytest.param(
        paper(
            "chen2021knowledge",
            "Knowledge Distillation: A Survey",
            authors=["Jianping Gou", "Baosheng Yu", "Stephen J. Maybank", "Dacheng Tao"],
            year=2021,
            venue="ijcv",
            identifiers={"doi": "10.1007/s11263-021-01453-z"},
            links=[{"kind": "doi", "url": "https://doi.org/10.1007/s11263-021-01453-z"}],
        ),
        """\
@article{chen2021knowledge,
  author  = {Jianping Gou and Baosheng Yu and Stephen J. Maybank and Dacheng Tao},
  title   = {Knowledge Distillation: A Survey},
  journal = {International Journal of Computer Vision},
  year    = {2021},
  doi     = {10.1007/s11263-021-01453-z},
  url     = {https://doi.org/10.1007/s11263-021-01453-z}
}
""",
        id="journal-doi",
    ),
    pytest.param(
        paper(
            "vanden2022skdcgn",
            "SKDCGN: Source-free Knowledge Distillation of Counterfactual Generative Networks",
            authors=["Aaron van den Oord", "Martin Luther King, Jr.", "Hinton, Geoffrey E."],
            year=2022,
            venue="eccvw",
            identifiers={"arxiv": "2208.04226"},
        ),
        """\
@inproceedings{vanden2022skdcgn,
  author        = {Aaron van den Oord and King, Jr., Martin Luther and Hinton, Geoffrey E.},
  title         = {{SKDCGN}: Source-free Knowledge Distillation of Counterfactual Generative Networks},
  booktitle     = {European Conference on Computer Vision Workshops},
  year          = {2022},
  eprint        = {2208.04226},
  archivePrefix = {arXiv}
}
""",
        id="workshop-particles-suffix",
    ),
    pytest.param(
        paper(
            "anon2020talk",
            "Dark Knowledge",
            kind="talk",
            authors=["Geoffrey Hinton"],
            year=2014,
            venue="iclr",
        ),
        """\
@misc{anon2020talk,
  author       = {Geoffrey Hinton},
  title        = {Dark Knowledge},
  howpublished = {Talk, International Conference on Learning Representations},
  year         = {2014}
}
""",
        id="talk",
    ),
    pytest.param(
        paper(
            "zhao2022without", "Conference Paper Without a Year", venue="iclr", authors=["Bo Zhao"]
        ),
        """\
@misc{zhao2022without,
  author       = {Bo Zhao},
  title        = {Conference Paper Without a Year},
  howpublished = {International Conference on Learning Representations}
}
""",
        id="conference-without-year-is-misc",
    ),
]


@pytest.mark.parametrize(("record", "expected"), CASES)
def test_entry_text(record, expected):
    assert paper_to_bibtex(record, make_catalogue(record)) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("FitNets: Hints for Thin Deep Nets", "{FitNets}: Hints for Thin Deep Nets"),
        ("Manual CNNs with 3D data", "Manual {CNNs} with {3D} data"),
        ("MEAL V2: ResNet-50 to 80%+", "{MEAL} {V2}: {ResNet}-50 to 80{\\%}+"),
        ("Data-Free Learning", "Data-Free Learning"),
        ("iPhone apps", "{iPhone} apps"),
        ("ÉCOLE Zürich", "{{\\'E}COLE} Z{\\\"u}rich"),
        ("Zipf's Label Smoothing", "Zipf's Label Smoothing"),
        ("  spaced\n  out  ", "spaced out"),
    ],
)
def test_title_protection(title, expected):
    assert protect_title(title) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Geoffrey Hinton", "Geoffrey Hinton"),
        ("Aaron van den Oord", "Aaron van den Oord"),
        ("Ludwig van Beethoven, Jr.", "van Beethoven, Jr., Ludwig"),
        ("Hinton, Geoffrey", "Hinton, Geoffrey"),
        ("Xiaogang Wang and Xiaoou Tang", "{Xiaogang Wang and Xiaoou Tang}"),
        ("Google Research, Brain Team, Zurich, CH", "{Google Research, Brain Team, Zurich, CH}"),
        ("Piotr Dollár", "Piotr Doll{\\'a}r"),
        ("et al.", "others"),
    ],
)
def test_author_names(name, expected):
    assert bibtex_name(name) == expected


def test_catalogue_is_sorted_by_key_and_category_includes_subcategories():
    a = paper("bbb2020x", "B", year=2020, categories=["attention"])
    b = paper("aaa2020x", "A", year=2020, categories=["features"])
    c = paper("ccc2020x", "C", year=2020, categories=["foundations"])
    catalogue = make_catalogue(a, c, b)
    keys = [
        line
        for line in api.export(catalogue, "bibtex").decode().splitlines()
        if line.startswith("@")
    ]
    assert keys == ["@misc{aaa2020x,", "@misc{bbb2020x,", "@misc{ccc2020x,"]
    features = api.export(catalogue, "bibtex", "features").decode()
    assert "aaa2020x" in features and "bbb2020x" in features and "ccc2020x" not in features
    assert api.export(catalogue, "bibtex", "attention").decode().count("@misc") == 1


def test_plain_fast_path_agrees_with_pylatexenc():
    """`latex` skips pylatexenc for text it would leave alone: check that claim per character."""
    from pylatexenc.latexencode import unicode_to_latex

    from catalogue.outputs.bibtex import _PLAIN, latex

    ascii_chars = [chr(c) for c in range(32, 127)]
    plain = [c for c in ascii_chars if _PLAIN.fullmatch(c)]
    assert len(plain) > 70
    for char in plain:
        assert unicode_to_latex(char, replacement_latex_protection="braces-all") == char
        assert latex(char) == char
    assert latex("<") == "{\\ensuremath{<}}"  # not plain: goes through pylatexenc
