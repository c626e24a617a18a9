# ruff: noqa: E501  (list lines are as long as lists write them)
"""A generated catalogue of models: one heading per model by its name, a paragraph describing it,
then one line of links labelled by their role joined by `` · `` (a role it lacks said in words, a
relative link to the catalogue's own page of details), perhaps a figure with its credit line.
Written here again with invented names and addresses; fails before its rule."""

from __future__ import annotations

from catalogue.ingest.importers import ImportResult, get


def _read(text: str) -> ImportResult:
    return get("generic").read(text, "mine")


def _found(result: ImportResult) -> list[tuple[str | None, list[str]]]:
    return [(e.entry.title, [x.url for x in e.entry.links]) for e in result.entries]


MODELS = """\
# Awesome Widget Synthesis Models

A generated catalogue of widget synthesis models.

## Model figures

Figures are credited to their sources.

<a id="widgetron"></a>

### Widgetron

Widgetron turns a short sketch into a widget with a diffusion decoder. A duration model keeps the widget's parts in time.

[Paper](https://arxiv.org/abs/2901.00001) · GitHub: no author-linked repository found · [Details](models/diffusion.md#widgetron)

![Widgetron — Figure 1](assets/widgetron.png)

*Figure 1 · [Source](https://arxiv.org/abs/2901.00001)*

<a id="gadget-lm"></a>

### Gadget-LM

Gadget-LM predicts gadget tokens one at a time and decodes them with a neural codec, so that long gadgets stay coherent.

[Paper](https://arxiv.org/abs/2901.00002) · [GitHub](https://github.com/gadgetlab/gadget-lm) · [Project](https://gadgetlab.example.org/gadget-lm/) · [Details](models/token-lm.md#gadget-lm)

![Gadget-LM — Paper figure](assets/gadget-lm.png)

*Paper figure · [Source](https://arxiv.org/abs/2901.00002)*

### Sprocket TTS (expressive)

Sprocket TTS places sprockets in emotionally fitting positions while keeping the content.

[Paper](https://arxiv.org/abs/2901.00003) | [Code](https://github.com/sprock/sprocket-tts) | [Demo](https://sprock.example.net/demo)
"""


def test_heading_per_model_over_a_line_of_role_links() -> None:
    assert _found(_read(MODELS)) == [
        ("Widgetron", ["https://arxiv.org/abs/2901.00001"]),
        (
            "Gadget-LM",
            [
                "https://arxiv.org/abs/2901.00002",
                "https://github.com/gadgetlab/gadget-lm",
                "https://gadgetlab.example.org/gadget-lm/",
            ],
        ),
        (
            "Sprocket TTS (expressive)",
            [
                "https://arxiv.org/abs/2901.00003",
                "https://github.com/sprock/sprocket-tts",
                "https://sprock.example.net/demo",
            ],
        ),
    ]
