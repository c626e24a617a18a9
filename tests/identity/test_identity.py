"""Table-driven tests of the identity normalisers: each row is one spelling seen in real lists."""

from __future__ import annotations

import pytest

from catalogue.core.identity import (
    IdentityKey,
    arxiv_id,
    code_identity,
    doi,
    github_repo,
    normalise_url,
    paper_identity,
    title_key,
)

ARXIV_CASES = [
    ("https://arxiv.org/abs/1503.02531", "1503.02531"),
    ("https://arxiv.org/pdf/1503.02531.pdf", "1503.02531"),
    ("https://arxiv.org/pdf/1412.6550", "1412.6550"),
    ("https://arxiv.org/pdf/2106.05237v1.pdf", "2106.05237"),
    ("https://arxiv.org/abs/1805.11761v2", "1805.11761"),
    ("https://arxiv.org/html/2401.12345v3", "2401.12345"),
    ("http://arxiv.org/abs/1912.08795", "1912.08795"),
    ("https://www.arxiv.org/abs/1912.08795/", "1912.08795"),
    ("https://export.arxiv.org/abs/1912.08795", "1912.08795"),
    ("https://arxiv.org/abs/1904.05068?context=cs.LG", "1904.05068"),
    ("https://arxiv.org/abs/1904.05068#section", "1904.05068"),
    ("https://arxiv.org/abs/hep-th/9901001", "hep-th/9901001"),
    ("https://arxiv.org/pdf/hep-th/9901001v2.pdf", "hep-th/9901001"),
    ("https://arxiv.org/abs/math.GT/0309136", "math.GT/0309136"),
    ("arXiv:1503.02531v9", "1503.02531"),
    ("1503.02531", "1503.02531"),
    ("10.48550/arXiv.2106.05237", "2106.05237"),
    ("https://doi.org/10.48550/arXiv.2106.05237", "2106.05237"),
    ("10.48550/arxiv.hep-th/9901001", "hep-th/9901001"),
    # Not arXiv ids:
    ("https://arxiv.org/list/cs.LG/recent", None),
    ("https://example.org/abs/1503.02531", None),
    ("https://doi.org/10.1109/CVPR.2019.00409", None),
    ("15030.2531", None),
]


@pytest.mark.parametrize(("text", "expected"), ARXIV_CASES)
def test_arxiv_id(text: str, expected: str | None) -> None:
    assert arxiv_id(text) == expected


DOI_CASES = [
    ("https://doi.org/10.1109/CVPR.2019.00409", "10.1109/cvpr.2019.00409"),
    ("http://dx.doi.org/10.1007/S11263-021-01453-Z", "10.1007/s11263-021-01453-z"),
    ("doi:10.1145/3394486.3403104", "10.1145/3394486.3403104"),
    ("10.1145/3394486.3403104.", "10.1145/3394486.3403104"),
    ("https://doi.org/10.1002%2Fanie.201915678", "10.1002/anie.201915678"),
    ("https://link.springer.com/article/10.1007/s11263-021-01453-z", "10.1007/s11263-021-01453-z"),
    (
        "https://link.springer.com/chapter/10.1007/978-3-030-58571-6_21",
        "10.1007/978-3-030-58571-6_21",
    ),
    (
        "https://iopscience.iop.org/article/10.1088/1361-6560/ac3935/meta",
        "10.1088/1361-6560/ac3935",
    ),
    ("https://dl.acm.org/doi/abs/10.1145/3394486.3403104", "10.1145/3394486.3403104"),
    (
        "https://www.spiedigitallibrary.org/journals/journal-of-medical-imaging/volume-9/issue-5"
        "/052407/Knowledge-distillation-with-ensembles/10.1117/1.JMI.9.5.052407.full",
        "10.1117/1.jmi.9.5.052407",
    ),
    ("https://ieeexplore.ieee.org/document/9340578", None),
    ("https://example.org/article/10.1/x", None),
]


@pytest.mark.parametrize(("text", "expected"), DOI_CASES)
def test_doi(text: str, expected: str | None) -> None:
    assert doi(text) == expected


IDENTITY_CASES = [
    ("https://arxiv.org/pdf/1503.02531v2.pdf", "arxiv:1503.02531"),
    ("https://doi.org/10.1109/CVPR.2019.00409", "doi:10.1109/cvpr.2019.00409"),
    # CVF: the HTML page and the PDF of one paper, old and new folder layouts, doubled slashes.
    (
        "http://openaccess.thecvf.com/content_cvpr_2017/html/Yim_A_Gift_From_CVPR_2017_paper.html",
        "cvf:yim_a_gift_from_cvpr_2017",
    ),
    (
        "http://openaccess.thecvf.com/content_cvpr_2017/papers/Yim_A_Gift_From_CVPR_2017_paper.pdf",
        "cvf:yim_a_gift_from_cvpr_2017",
    ),
    (
        "https://openaccess.thecvf.com/content/CVPR2024/html/Sun_Logit_Standardization_in_Knowledge"
        "_Distillation_CVPR_2024_paper.html",
        "cvf:sun_logit_standardization_in_knowledge_distillation_cvpr_2024",
    ),
    (
        "http://openaccess.thecvf.com//content/ICCV2021/papers/Zi_Revisiting_Adversarial_Robustness"
        "_Distillation_Robust_Soft_Labels_Make_Student_Better_ICCV_2021_paper.pdf",
        "cvf:zi_revisiting_adversarial_robustness_distillation_robust_soft_labels_make_student"
        "_better_iccv_2021",
    ),
    ("https://openaccess.thecvf.com/content/CVPR2021/supplemental/X_supp.pdf", None),
    # OpenReview: forum and PDF pages, extra parameters; ids keep their case.
    ("https://openreview.net/forum?id=SkgpBJrtvS", "openreview:SkgpBJrtvS"),
    ("https://openreview.net/pdf?id=SkgpBJrtvS", "openreview:SkgpBJrtvS"),
    ("https://openreview.net/forum?id=Sks9_ajex&noteId=abc", "openreview:Sks9_ajex"),
    ("https://openreview.net/group?id=ICLR.cc/2020", None),
    # PMLR: abstract page and PDF.
    ("http://proceedings.mlr.press/v139/touvron21a/touvron21a.pdf", "pmlr:v139/touvron21a"),
    ("https://proceedings.mlr.press/v119/chung20a.html", "pmlr:v119/chung20a"),
    ("http://proceedings.mlr.press/v97/koratana19a/koratana19a-supp.pdf", None),
    # NeurIPS: old numbered pages (with or without .pdf) and the hash pages.
    (
        "https://papers.nips.cc/paper/6676-learning-efficient-object-detection-models-with"
        "-knowledge-distillation.pdf",
        "neurips:6676",
    ),
    (
        "http://papers.nips.cc/paper/7358-kdgan-knowledge-distillation-with-generative-adversarial"
        "-networks",
        "neurips:7358",
    ),
    (
        "https://proceedings.neurips.cc/paper/2021/hash/376c6b9ff3bedbbea56751a84fffc10c"
        "-Abstract.html",
        "neurips:376c6b9ff3bedbbea56751a84fffc10c",
    ),
    (
        "https://proceedings.neurips.cc/paper/2021/file/376c6b9ff3bedbbea56751a84fffc10c-Paper.pdf",
        "neurips:376c6b9ff3bedbbea56751a84fffc10c",
    ),
    # AAAI: new and old OJS hosts, article page and galley download.
    ("https://ojs.aaai.org/index.php/AAAI/article/view/28219/28433", "aaai:28219"),
    ("https://www.aaai.org/ojs/index.php/AAAI/article/view/4264", "aaai:4264"),
    ("https://ojs.aaai.org/index.php/AAAI/article/download/4417/4295", "aaai:4417"),
    # IEEE Xplore: document pages and stamp links.
    ("https://ieeexplore.ieee.org/document/9340578", "ieee:9340578"),
    ("https://ieeexplore.ieee.org/abstract/document/9340578/", "ieee:9340578"),
    ("https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=9340578", "ieee:9340578"),
    # ACL Anthology: new and old ids, page and PDF.
    ("https://aclanthology.org/2020.acl-main.1/", "acl:2020.acl-main.1"),
    ("https://aclanthology.org/2020.acl-main.1.pdf", "acl:2020.acl-main.1"),
    ("https://www.aclweb.org/anthology/P19-1001.pdf", "acl:P19-1001"),
    (
        "https://www.sciencedirect.com/science/article/abs/pii/S0925231222007950",
        "pii:S0925231222007950",
    ),
    ("https://github.com/HobbitLong/RepDistiller", None),
    ("http://www.ttic.edu/dl/dark14.pdf", None),
    ("not a url", None),
]


@pytest.mark.parametrize(("url", "expected"), IDENTITY_CASES)
def test_paper_identity(url: str, expected: str | None) -> None:
    found = paper_identity(url)
    assert (str(found) if found else None) == expected


GITHUB_CASES = [
    ("https://github.com/HobbitLong/RepDistiller", "hobbitlong/repdistiller"),
    ("https://github.com/hobbitlong/repdistiller/", "hobbitlong/repdistiller"),
    ("http://www.github.com/HobbitLong/RepDistiller.git", "hobbitlong/repdistiller"),
    (
        "https://github.com/huawei-noah/Pretrained-Language-Model/tree/master/TinyBERT",
        "huawei-noah/pretrained-language-model",
    ),
    ("https://github.com/lucidrains/vit-pytorch#distillation", "lucidrains/vit-pytorch"),
    ("https://github.com/drilistbox/CWD?v=1", "drilistbox/cwd"),
    ("https://github.com/HobbitLong", None),
    ("https://github.com/topics/distillation", None),
    ("https://gitlab.com/a/b", None),
]


@pytest.mark.parametrize(("url", "expected"), GITHUB_CASES)
def test_github_repo(url: str, expected: str | None) -> None:
    assert github_repo(url) == expected


def test_code_identity_falls_back_to_the_normalised_url() -> None:
    assert code_identity("https://github.com/A/B/tree/x") == IdentityKey("github", "a/b")
    assert code_identity("http://www.Example.org/x/") == IdentityKey("url", "https://example.org/x")


URL_CASES = [
    ("http://www.Example.ORG/a//b/", "https://example.org/a/b"),
    ("https://example.org:443/a#frag", "https://example.org/a"),
    ("https://example.org:8080/a?q=1", "https://example.org:8080/a?q=1"),
    ("https://example.org", "https://example.org"),
]


@pytest.mark.parametrize(("url", "expected"), URL_CASES)
def test_normalise_url(url: str, expected: str) -> None:
    assert normalise_url(url) == expected


TITLE_CASES = [
    # Punctuation, case and a colon the other list dropped.
    (
        "Knowledge Distillation: A good teacher is patient and consistent",
        "Knowledge Distillation A Good Teacher Is Patient and Consistent",
    ),
    # A spaced hyphen used as a colon, against nothing at all.
    ("Distilling Knowledge via Knowledge - Review", "Distilling Knowledge via Knowledge Review"),
    # Dashes of every width, and a hyphen inside a word.
    ("Channel-wise Distillation", "Channel\u2013wise  Distillation"),
    ("Self—Distillation", "Self Distillation"),
    # No space after a colon.
    (
        "Parallel WaveNet:Fast High-Fidelity Speech Synthesis",
        "Parallel WaveNet Fast High Fidelity Speech Synthesis",
    ),
    # Mojibake, curly and straight apostrophes.
    ("Zipfâ€™s Label Smoothing", "Zipf's label smoothing"),
    # Full-width forms and ligatures (NFKC), accents.
    ("\uff23\uff2e\uff2e \ufb01ne-tuning", "CNN fine tuning"),
    ("Schölkopf’s Kernels", "Scholkopfs kernels"),
    (
        "data-efficient image transformers & distillation",
        "Data Efficient Image Transformers and Distillation",
    ),
]


@pytest.mark.parametrize(("a", "b"), TITLE_CASES)
def test_title_key_equates_spellings(a: str, b: str) -> None:
    assert title_key(a) == title_key(b)


def test_title_key_exact_form() -> None:
    assert title_key("  FitNets: Hints for Thin Deep-Nets!  ") == "fitnets hints for thin deep nets"
    assert title_key("Zipfâ€™s") == "zipfs"


def test_title_key_keeps_different_titles_apart() -> None:
    assert title_key("Deep Mutual Learning") != title_key("Deep Mutual Learning 2")
    assert title_key("Self-Distillation") != title_key("Selfdistillation")


def test_identity_key_is_hashable_ordered_and_round_trips() -> None:
    a = IdentityKey("arxiv", "1503.02531")
    assert {a: 1}[IdentityKey.parse("arxiv:1503.02531")] == 1
    assert sorted([IdentityKey("doi", "x"), a]) == [a, IdentityKey("doi", "x")]
    assert IdentityKey.parse("openreview:a:b") == IdentityKey("openreview", "a:b")
    with pytest.raises(ValueError):
        IdentityKey.parse("nocolon")
    with pytest.raises(AttributeError):
        a.value = "x"  # type: ignore[misc]
