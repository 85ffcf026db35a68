"""The catalog seed shipped with the program: ``resources/catalog/catalog.toml`` read from its text (the caller
does the file I/O). The TOML mirrors the dictionary form of ``catalog_codec`` key for key, so the same strict
reader refuses a misspelt key, a float amount or a line without a legal basis, naming the path."""

from __future__ import annotations

import tomllib

from ltsa_desktop.domain.catalog import Catalog
from ltsa_desktop.domain.catalog_codec import BundleError, catalog_from_dict, catalog_to_dict

__all__ = ["catalog_from_dict", "catalog_from_toml_text", "catalog_to_dict"]


def catalog_from_toml_text(text: str) -> Catalog:
    """Read and validate a catalog from TOML text. BundleError ``bundle_malformed`` (with the TOML line and
    column, or every path the reader refused) or ``catalog_invalid`` (what ``Catalog.validate`` found)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BundleError([f"catalog TOML: {exc}"], "bundle_malformed") from exc
    return catalog_from_dict(data)
