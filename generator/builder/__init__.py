"""The ``build`` stage: ResolvedSpec + options -> ApiSpec (the IR), with names cleaned once, here."""

from generator.builder.build import build
from generator.builder.options import BuildOptions, BuildResult

__all__ = ["BuildOptions", "BuildResult", "build"]
