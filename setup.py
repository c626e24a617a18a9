"""The wheel ships the repository's ``templates/`` and ``site/`` as the package's defaults.

Both stay at the top of the repository, where a catalogue's maintainers edit them; the build
copies them into ``catalogue/_defaults/`` (see ``catalogue/defaults.py``), leaving out what a
build generates there (``site/docs``, ``site/public``) and hidden files. Everything else about the
package is declared in ``pyproject.toml``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
DEFAULTS = {"templates": (), "site": ("docs", "public")}


class BuildWithDefaults(build_py):  # type: ignore[misc]
    def run(self) -> None:
        super().run()
        for name, outputs in DEFAULTS.items():
            source = HERE / name
            target = Path(self.build_lib) / "catalogue" / "_defaults" / name
            shutil.rmtree(target, ignore_errors=True)
            for folder, dirs, files in os.walk(source):
                here = Path(folder)
                top = here == source
                dirs[:] = sorted(
                    d
                    for d in dirs
                    if not d.startswith(".") and d != "__pycache__" and not (top and d in outputs)
                )
                for file in sorted(f for f in files if not f.startswith(".")):
                    destination = target / here.relative_to(source) / file
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(here / file, destination)


setup(cmdclass={"build_py": BuildWithDefaults})
