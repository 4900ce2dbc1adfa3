"""`flow` stays pure: no Qt, no HTTP, no keyring, no files or sockets (DESIGN.md)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import hubspot_setup.flow

FLOW_DIR = Path(hubspot_setup.flow.__file__).parent
FORBIDDEN_MODULES = {
    "PySide6", "shiboken6", "qasync", "httpx", "httpcore", "keyring", "platformdirs",
    "truststore", "starlette", "uvicorn", "os", "pathlib", "io", "shutil", "socket",
    "subprocess", "tempfile", "sqlite3", "urllib.request", "http", "asyncio", "logging",
}  # fmt: skip
FORBIDDEN_CALLS = {"open", "exec", "eval", "__import__", "input", "print"}


def _flow_sources() -> list[Path]:
    return sorted(FLOW_DIR.glob("*.py"))


def test_flow_sources_import_no_io_or_gui_module() -> None:
    offenders = []
    for path in _flow_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_MODULES):
                    offenders.append(f"{path.name}: import {name}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in FORBIDDEN_CALLS
            ):
                offenders.append(f"{path.name}:{node.lineno}: calls {node.func.id}()")
    assert offenders == []


def test_importing_flow_loads_no_gui_http_or_keyring_package() -> None:
    modules = [f"hubspot_setup.flow.{p.stem}" for p in _flow_sources() if p.stem != "__init__"]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        + repr({"PySide6", "shiboken6", "httpx", "httpcore", "keyring", "platformdirs"})
        + ")\nprint(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
    assert len(modules) >= 10
