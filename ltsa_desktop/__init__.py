"""LTSA Desktop: offline-first counter application for LTSA one-stop service offices."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("ltsa-desktop")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
