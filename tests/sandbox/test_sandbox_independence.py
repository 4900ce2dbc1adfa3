"""The sandbox referees the contract on its own: it imports nothing of the client.

If the sandbox borrowed the client's rules (domain patterns, signature HTML, scopes, channel and
check ids), a rule the client gets wrong would be wrong in the sandbox in the same way and no
contract test could see it (issue 13, part 7).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import hubspot_setup.sandbox

SANDBOX_DIR = Path(hubspot_setup.sandbox.__file__).parent
CLIENT_PACKAGES = tuple(f"hubspot_setup.{room}" for room in ("flow", "services", "gui", "cli"))


def _sandbox_sources() -> list[Path]:
    return sorted(SANDBOX_DIR.rglob("*.py"))


def _package_of(path: Path) -> str:
    return ".".join(("hubspot_setup", *path.relative_to(SANDBOX_DIR.parent).parent.parts))


def _imported_names(source: str, package: str) -> list[tuple[int, str]]:
    """Every module name a source imports, relative imports resolved against its package."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                anchor = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{anchor}.{base}" if base else anchor
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
        elif (  # importlib.import_module("hubspot_setup.flow...") or __import__(...)
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
                or (isinstance(node.func, ast.Name) and node.func.id == "__import__")
            )
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def _is_client(name: str) -> bool:
    return any(name == room or name.startswith(room + ".") for room in CLIENT_PACKAGES)


def test_no_sandbox_source_imports_the_client() -> None:
    sources = _sandbox_sources()
    offenders = [
        f"{path.relative_to(SANDBOX_DIR)}:{line}: imports {name}"
        for path in sources
        for line, name in _imported_names(path.read_text(encoding="utf-8"), _package_of(path))
        if _is_client(name)
    ]
    assert offenders == []
    assert len(sources) >= 20  # the check really walked the package


def test_the_static_check_sees_every_way_of_importing() -> None:
    source = textwrap.dedent(
        """
        import hubspot_setup.flow.guide
        from hubspot_setup.services import errors
        from ... import gui
        from ...cli.doctor import run
        from .. import wire
        import importlib
        importlib.import_module("hubspot_setup.flow.domains")
        __import__("hubspot_setup.gui.wizard")
        """
    )
    names = _imported_names(source, "hubspot_setup.sandbox.routes")
    caught = {name for _, name in names if _is_client(name)}
    assert caught == {
        "hubspot_setup.flow.guide",
        "hubspot_setup.services",
        "hubspot_setup.services.errors",
        "hubspot_setup.gui",
        "hubspot_setup.cli.doctor",
        "hubspot_setup.cli.doctor.run",
        "hubspot_setup.flow.domains",
        "hubspot_setup.gui.wizard",
    }
    assert any(name == "hubspot_setup.sandbox.wire" for _, name in names)


def test_importing_and_running_the_sandbox_loads_no_client_module() -> None:
    modules = sorted(
        "hubspot_setup." + ".".join(path.relative_to(SANDBOX_DIR.parent).with_suffix("").parts)
        for path in _sandbox_sources()
        if path.stem != "__init__"
    )
    # Every module imported, a sandbox started and every kind of route served once (the
    # OpenCX API, a signature write with its pattern and HTML checks, HubSpot, the pages).
    code = textwrap.dedent(
        f"""
        import importlib, sys
        import httpx
        for name in {modules!r}:
            importlib.import_module(name)
        from hubspot_setup.sandbox import start_sandbox
        with start_sandbox("default", time_scale=0.01) as sandbox:
            key = {{"Authorization": "Bearer " + sandbox.api_key}}
            base = sandbox.opencx_url
            assert httpx.get(base + "/v1/me", headers=key).status_code == 200
            assert httpx.get(base + "/v1/autopilot", headers=key).status_code == 200
            added = httpx.post(
                base + "/v1/integrations/hubspot/signatures",
                headers=key,
                json={{"pattern": "*.NL", "html": "<p onclick='x()'>Groet</p>"}},
            )
            assert added.status_code in (201, 409), added.text
            assert httpx.get(base + "/v1/integrations/hubspot/legacy", headers=key).is_success
            assert httpx.get(sandbox.state_url).is_success
            assert httpx.get(sandbox.hubspot_api_url + "/crm/v3/owners").status_code == 401
        client = sorted(
            m for m in sys.modules
            if m.split(".")[:2] in (["hubspot_setup", "flow"], ["hubspot_setup", "services"],
                                    ["hubspot_setup", "gui"], ["hubspot_setup", "cli"])
        )
        print(",".join(client))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
    assert len(modules) >= 20
