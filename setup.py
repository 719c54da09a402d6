"""Packaging glue that pyproject.toml cannot express: the built-in templates ship inside the package.

``templates/`` stays the one folder people edit; it is mapped to the package ``generator._templates`` at build
time, so a wheel carries it and ``generator.render.template_set`` finds it through ``importlib.resources``.
Everything else (metadata, dependencies, entry points) is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["generator", "generator.*"]), "generator._templates"],
    package_dir={"generator._templates": "templates"},
    package_data={
        "generator": ["py.typed", "render/precompiled.json"],
        "generator._templates": ["**/*"],
    },
    exclude_package_data={"generator._templates": ["**/__pycache__/*", "**/*.pyc", "**/.*"]},
)
