"""An APA reference signed by an organisation (``OpenWidget. (2023). *Title.*``) has that
organisation as its author. A title written before the year with no author, then where the work
appeared (``Deep Gadget Learning. (2019). In ICML.``), is the title, not a signer (review10 R17)."""

from __future__ import annotations

from catalogue.ingest.importers import parse_file

LIST = """# Reading

## Papers

- OpenWidget. (2023). *Widget Technical Report.* arXiv:2303.50001
- Lee, A., & Chan, B. (2021). *Gadget flows for sprockets.* NeurIPS. https://arxiv.org/abs/2103.50002
- Deep Gadget Learning. (2019). In ICML. https://proceedings.example.org/v97/gadget.pdf
"""


def test_a_title_before_the_year_is_no_signer(tmp_path):
    path = tmp_path / "reading.md"
    path.write_text(LIST, encoding="utf-8")
    titles = [item.entry.title for item in parse_file(path, "auto", "reading").entries]
    assert titles == [
        "Widget Technical Report",
        "Gadget flows for sprockets",
        "Deep Gadget Learning",
    ]
