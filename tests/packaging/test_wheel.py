"""A wheel of the project installs a `catalogue` that builds this repository and a bare data/.

The wheel is built from a copy of the repository's files with the declared build backend, without
the network (no build isolation: the test environment has the backend), and installed with
``--no-deps --no-index`` into a fresh virtual environment; the test environment's own packages are
then added to its path for the dependencies, so that nothing is downloaded. Every command runs in
a fresh process from the new environment's ``bin/``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# Generated in place by builds and tests: never part of the repository's sources.
LEFT_OUT = {".git", ".venv", ".cache", "build", "test-artifacts"}


def run(
    *args: str | Path, cwd: Path, timeout: int = 600, check: bool = True
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0 or not check, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


def copy_sources(target: Path) -> Path:
    """The repository's tracked files (as a fresh clone has them), without generated ones."""
    listed = run("git", "ls-files", "-z", cwd=REPO).stdout.split("\0")
    for name in filter(None, listed):
        source = REPO / name
        if name.split("/")[0] in LEFT_OUT or not source.is_file():
            continue
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin/`` of a fresh environment with the project's wheel installed."""
    base = tmp_path_factory.mktemp("wheel")
    sources = copy_sources(base / "sources")
    dist = base / "dist"
    run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
        "--quiet", "--wheel-dir", dist, sources, cwd=base,
    )  # fmt: skip
    (wheel,) = dist.glob("kd_paper_catalogue-*.whl")
    venv = base / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=base)
    bin_dir = venv / "bin"
    run(
        bin_dir / "python",
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-deps",
        "--no-index",
        wheel,
        cwd=base,
    )
    # The dependencies from the test environment (installed after the wheel, so that pip never
    # sees this environment's own editable install of the project).
    purelib = run(
        bin_dir / "python",
        "-c",
        "import sysconfig; print(sysconfig.get_paths()['purelib'])",
        cwd=base,
    )
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(purelib.stdout.strip(), "_test_dependencies.pth").write_text(
        "\n".join(sorted(deps)) + "\n"
    )
    return bin_dir


def test_the_wheel_ships_its_defaults_and_is_what_runs(installed: Path) -> None:
    code = (
        "import catalogue, catalogue.defaults as d\n"
        "print(catalogue.__file__)\n"
        "print(d.TEMPLATES)\n"
        "print(d.SITE)\n"
    )
    package, templates, site = run(installed / "python", "-c", code, cwd=installed).stdout.split()
    assert Path(package).is_relative_to(installed.parent)  # not the repository's checkout
    assert (Path(templates) / "readme/region.md.j2").is_file()
    assert (Path(site) / "mkdocs.yml").is_file() and (Path(site) / "overrides/main.html").is_file()
    assert not (Path(site) / "docs").exists() and not (Path(site) / "public").exists()
    # The licence as an SPDX expression (PEP 639), which the declared setuptools>=77 writes.
    metadata = "from importlib.metadata import metadata; print(metadata('kd-paper-catalogue'))"
    fields = run(installed / "python", "-c", metadata, cwd=installed).stdout
    assert "License-Expression: MIT\n" in fields and "\nLicense: " not in fields


# A small catalogue of another field, with nothing of this repository but what the wheel ships.
ANOTHER_FIELD = {
    "data/categories/monitoring.yml": (
        "id: monitoring\ntitle: Reef monitoring\norder: 1\n"
        "description: Surveys of coral cover from images and sound.\n"
    ),
    "data/categories/restoration.yml": "id: restoration\ntitle: Restoration\norder: 2\n",
    "data/venues/coral-reefs.yml": (
        "id: coral-reefs\nshort: Coral Reefs\nname: Coral Reefs\nkind: journal\n"
    ),
    "data/papers/reyes2031sound.yml": (
        "key: reyes2031sound\n"
        "title: 'Listening to Reefs: Passive Acoustic Surveys of Coral Health'\n"
        "authors:\n- Ana Reyes\n- Tomás Ñúñez\nyear: 2031\nvenue: coral-reefs\n"
        "identifiers:\n  doi: 10.1000/reef.2031.17\n"
        "links:\n- kind: doi\n  url: https://doi.org/10.1000/reef.2031.17\n"
        "categories:\n- monitoring\n"
    ),
    "data/papers/okafor2030cover.yml": (
        "key: okafor2030cover\ntitle: Coral Cover from Drone Images & Their {Limits}\n"
        "authors:\n- Chidi Okafor\nyear: 2030\n"
        "identifiers:\n  arxiv: '3001.01234'\n"
        "links:\n- kind: arxiv\n  url: https://arxiv.org/abs/3001.01234\n"
        "categories:\n- monitoring\n- restoration\n"
    ),
    "data/papers/lindqvist2029larvae.yml": (
        "key: lindqvist2029larvae\ntitle: Seeding Larvae on Degraded Reefs\n"
        "authors:\n- Maja Lindqvist\nyear: 2029\ncategories:\n- restoration\n"
    ),
    "data/code/reefsound.yml": (
        "key: reefsound\nurl: https://example.org/reefsound\ntitle: reefsound\n"
        "language: Python\npaper: reyes2031sound\n"
    ),
    "README.md": (
        "# Coral reef papers\n\n<!-- catalogue:begin -->\n<!-- catalogue:end -->\n\nOur own end.\n"
    ),
}
TITLES = ("Listening to Reefs", "Coral Cover from Drone Images", "Seeding Larvae on Degraded Reefs")


def shipped(installed: Path, name: str) -> Path:
    """A file the wheel ships as a default (``templates/...`` or ``site/...``)."""
    code = "import sys, catalogue.defaults as d; print(d.TEMPLATES.parent)"
    defaults = Path(run(installed / "python", "-c", code, cwd=installed).stdout.strip())
    assert defaults.is_relative_to(installed.parent)  # inside the fresh environment
    return defaults / name


def test_it_keeps_a_catalogue_of_another_field(installed: Path, tmp_path: Path) -> None:
    project = tmp_path / "coral-reefs"
    for name, text in ANOTHER_FIELD.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text, "utf-8")
    catalogue = installed / "catalogue"
    checked = run(catalogue, "check", cwd=project)
    assert "error" not in (checked.stdout + checked.stderr).lower()
    run(catalogue, "build", cwd=project)
    run(catalogue, "render", "--check", cwd=project)
    run(catalogue, "export", "--format", "bibtex", "-o", "all.bib", cwd=project)
    run(catalogue, "export", "--format", "json", "-o", "all.json", cwd=project)

    readme = (project / "README.md").read_text("utf-8")
    assert readme.startswith("# Coral reef papers\n") and readme.endswith("Our own end.\n")
    assert all(title in readme for title in TITLES) and "Reef monitoring" in readme
    bib = (project / "bib/all.bib").read_text("utf-8")
    assert (project / "all.bib").read_text("utf-8") == bib
    assert {"reyes2031sound", "okafor2030cover", "lindqvist2029larvae"} <= set(
        re.findall(r"^@\w+\{([^,]+),", bib, re.MULTILINE)
    )
    assert "{\\&}" in bib or "\\&" in bib  # escaped for LaTeX, as this repository's are
    assert (project / "bib/by-category/restoration.bib").is_file()
    exported = json.loads((project / "all.json").read_text("utf-8"))
    assert "reyes2031sound" in json.dumps(exported)

    # Templates and site files are the wheel's: the pages show this field's records with them.
    public = project / "site/public"
    for key in ("reyes2031sound", "okafor2030cover", "lindqvist2029larvae"):
        assert (public / f"papers/{key}.html").is_file()
    assert "Listening to Reefs" in (public / "papers/reyes2031sound.html").read_text("utf-8")
    css = "assets/stylesheets/catalogue.css"
    assert (public / css).read_bytes() == shipped(installed, f"site/{css}").read_bytes()
    assert not (project / "templates").exists() and not (project / "site/mkdocs.yml").exists()

    # The project's own templates override the shipped ones, file by file: the README's list
    # and the home page of this field, the rest still the wheel's.
    region = shipped(installed, "templates/readme/region.md.j2").read_text("utf-8")
    own = region.replace("<!-- Generated by", "<!-- Coral reefs. Generated by", 1)
    assert own != region
    (project / "templates/readme").mkdir(parents=True)
    (project / "templates/readme/region.md.j2").write_text(own, "utf-8")
    home = shipped(installed, "templates/site/home.md.j2").read_text("utf-8")
    (project / "templates/site").mkdir(parents=True)
    (project / "templates/site/home.md.j2").write_text(
        home.replace("Knowledge-distillation papers", "Coral reef papers"), "utf-8"
    )
    assert run(catalogue, "render", "--check", cwd=project, check=False).returncode == 1
    run(catalogue, "build", cwd=project)
    readme = (project / "README.md").read_text("utf-8")
    assert "<!-- Coral reefs. Generated by" in readme and all(t in readme for t in TITLES)
    index = (public / "index.html").read_text("utf-8")
    assert "<h1>Coral reef papers</h1>" in index  # the shipped home says Knowledge-distillation
    assert (public / css).read_bytes() == shipped(installed, f"site/{css}").read_bytes()


def test_it_builds_this_repository(installed: Path, tmp_path: Path) -> None:
    project = copy_sources(tmp_path / "repository")
    run(installed / "catalogue", "build", cwd=project)
    run(installed / "catalogue", "render", "--check", cwd=project)  # the committed outputs
    assert (project / "site/public/index.html").is_file()
    assert (project / "site/public/manual/index.html").is_file()


def test_it_builds_a_folder_holding_only_data(installed: Path, tmp_path: Path) -> None:
    project = tmp_path / "another-field"
    shutil.copytree(REPO / "data", project / "data")
    run(installed / "catalogue", "build", cwd=project)
    assert sorted(p.name for p in project.iterdir()) == [".cache", "bib", "data", "site"]
    assert (project / "bib/all.bib").read_bytes() == (REPO / "bib/all.bib").read_bytes()
    public = project / "site/public"
    assert (public / "index.html").is_file() and (
        public / "assets/stylesheets/catalogue.css"
    ).is_file()
    # The project's own files override the shipped ones, file by file.
    (project / "site/assets/stylesheets").mkdir(parents=True)
    (project / "site/assets/stylesheets/catalogue.css").write_text("/* our own */\n")
    (project / "templates/site").mkdir(parents=True)
    shipped = run(
        installed / "python",
        "-c",
        "import catalogue.defaults as d; print(d.TEMPLATES)",
        cwd=project,
    )
    home = (Path(shipped.stdout.strip()) / "site/home.md.j2").read_text("utf-8")
    (project / "templates/site/home.md.j2").write_text(home + "\nOur own home page.\n", "utf-8")
    run(installed / "catalogue", "build", cwd=project)
    assert (public / "assets/stylesheets/catalogue.css").read_text() == "/* our own */\n"
    assert (public / "assets/javascripts/browse.js").is_file()  # still the shipped one
    assert "Our own home page." in (public / "index.html").read_text("utf-8")
