"""The ``build`` stage: ResolvedSpec + options -> ApiSpec (the IR), with names cleaned once, here."""

from generator.build.build import build
from generator.build.options import BuildOptions, BuildResult

__all__ = ["BuildOptions", "BuildResult", "build"]
