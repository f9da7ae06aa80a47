"""Only the package list lives here (metadata is in pyproject.toml): resources/ sits at the
top of the repository but ships as ksdesk.resources, so `pip install .` gives a complete app."""

from pathlib import Path

from setuptools import find_packages, setup

# Each folder under resources/ (demo, fonts, ...) ships as a data package of its own.
RESOURCE_DIRS = sorted(
    p.name for p in Path("resources").iterdir() if p.is_dir() and p.name[0] != "_"
)

setup(
    packages=[
        *find_packages(include=["ksdesk", "ksdesk.*"]),
        "ksdesk.resources",
        *(f"ksdesk.resources.{name}" for name in RESOURCE_DIRS),
    ],
    package_dir={
        "ksdesk.resources": "resources",
        **{f"ksdesk.resources.{name}": f"resources/{name}" for name in RESOURCE_DIRS},
    },
    package_data={f"ksdesk.resources.{name}": ["*"] for name in RESOURCE_DIRS},
)
