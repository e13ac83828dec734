"""Find shipped files (translations, styles, sounds) from a checkout and an installed package alike."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resources_dir() -> Path:
    return Path(str(resources.files("resources")))


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
