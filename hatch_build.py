"""Build hook: the wheel carries the translation catalogues that `make catalogues` built.

The .ts files in resources/translations are the source and stay out of the wheel; their .qm
catalogues are built, not committed, so they are added here, where a missing one can be said
plainly. An editable install reads resources/ in place and needs nothing added.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CataloguesHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        folder = Path(self.root) / "resources" / "translations"
        sources = sorted(folder.glob("*.ts"))
        missing = [ts.name for ts in sources if not ts.with_suffix(".qm").is_file()]
        if missing:
            built = ", ".join(missing)
            raise RuntimeError(f"No catalogue built for {built}: run `make catalogues` first")
        for ts in sources:
            qm = ts.with_suffix(".qm")
            build_data["force_include"][str(qm)] = f"hubspot_setup/resources/translations/{qm.name}"
