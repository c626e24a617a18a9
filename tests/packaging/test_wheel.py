"""A wheel of the project installs a `catalogue` that builds this repository and a bare data/.

The wheel is built from a copy of the repository's files with the declared build backend, without
the network (no build isolation: the test environment has the backend), and installed with
``--no-deps --no-index`` into a fresh virtual environment; the test environment's own packages are
then added to its path for the dependencies, so that nothing is downloaded. Every command runs in
a fresh process from the new environment's ``bin/``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# Generated in place by builds and tests: never part of the repository's sources.
LEFT_OUT = {".git", ".venv", ".cache", "build", "test-artifacts"}


def run(*args: str | Path, cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
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
