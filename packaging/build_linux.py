"""Build the Linux installers into dist/: the one-dir bundle, a .deb and a .tar.xz.

Run by `make package` with the packaging venv's Python (the app installed from its wheel, plus
PyInstaller), so the version read here from the package metadata is the one the bundle reports.
Output names carry the version and the Debian architecture:

    dist/opencx-hubspot-setup/                          the bundle (PyInstaller one-dir)
    dist/opencx-hubspot-setup_<version>_<arch>.deb
    dist/opencx-hubspot-setup-<version>-linux-<machine>.tar.xz
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from importlib.metadata import version as metadata_version
from pathlib import Path

NAME = "opencx-hubspot-setup"
PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / NAME
INSTALL_DIR = Path("opt") / NAME
# AppStream metadata for software centres; its id is reverse-DNS, as AppStream asks.
METAINFO = PACKAGING / "linux" / "cx.open.hubspot_setup.metainfo.xml"

# Libraries the bundle leaves to the system: what PyInstaller never bundles (libc, libGL/EGL)
# and the desktop libraries the spec leaves out (LINUX_SYSTEM_LIBRARIES there), with the
# X11 helpers Qt's xcb platform needs that a minimal desktop may lack.
DEB_DEPENDS = (
    "libc6 (>= {glibc}), libstdc++6, libgcc-s1, libssl3 | libssl3t64, zlib1g, liblzma5, "
    "libbz2-1.0, libuuid1, libegl1, libgl1, libfontconfig1, libfreetype6, "
    "libglib2.0-0 | libglib2.0-0t64, libdbus-1-3, libgssapi-krb5-2, libx11-6, libx11-xcb1, "
    "libxcb1, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, "
    "libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-render0, libxcb-shape0, "
    "libxcb-shm0, libxcb-sync1, libxcb-util1, libxcb-xfixes0, libxcb-xkb1"
)
DEB_RECOMMENDS = "gnome-keyring | kwalletmanager | keepassxc, xdg-utils"
DESCRIPTION = """\
Connect a HubSpot portal to OpenCX, step by step
 OpenCX HubSpot Setup walks an admin through connecting a HubSpot portal to
 OpenCX: it checks the prerequisites, signs in through the system browser,
 connects HubSpot (OAuth or a legacy private app), sets the AI sender,
 Autopilot and email signatures, and proves the connection with a live
 test-message checklist."""


def debian_version(python_version: str) -> str:
    """PEP 440 -> Debian: pre-releases sort before the release (`1.0rc1` -> `1.0~rc1`)."""
    local = python_version.split("+", 1)
    text = re.sub(r"(?<=\d)\.?(a|b|rc|dev)(?=\d)", r"~\1", local[0])
    if len(local) == 2:
        text += "+" + re.sub(r"[^A-Za-z0-9.]", ".", local[1])
    if not re.fullmatch(r"[0-9][A-Za-z0-9.+~-]*", text):
        raise ValueError(f"cannot turn {python_version!r} into a Debian version")
    return text


def source_date_epoch() -> int:
    """One timestamp for every archived file (the last commit's), not the time of the build."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    git_log = ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"]
    result = subprocess.run(git_log, capture_output=True, text=True, check=False)  # noqa: S603
    return int(result.stdout.strip()) if result.returncode == 0 and result.stdout.strip() else 0


def run(*args: str | Path, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(arg) for arg in args), flush=True)
    subprocess.run([str(arg) for arg in args], check=True, env=env)  # noqa: S603


def build_bundle() -> None:
    shutil.rmtree(BUNDLE, ignore_errors=True)
    run(
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", WORK, PACKAGING / "opencx-hubspot-setup.spec",
    )  # fmt: skip


def check_bundle(expected_version: str) -> None:
    """The bundle runs without the venv and reports the package metadata's version."""
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "HOME": str(DIST)}
    out = subprocess.run(  # noqa: S603
        [str(BUNDLE / NAME), "--version"], capture_output=True, text=True, check=True, env=env
    ).stdout.strip()
    if out != f"{NAME} {expected_version}":
        raise SystemExit(f"bundle says {out!r}, package metadata says {expected_version!r}")


def metainfo_release(path: Path = METAINFO) -> str:
    """The newest release the AppStream file lists (releases are newest first)."""
    release = ET.parse(path).getroot().find("releases/release")  # noqa: S314 - our own file
    if release is None or not release.get("version"):
        raise SystemExit(f"{path.name} lists no release")
    return str(release.get("version"))


def check_metainfo(expected_version: str) -> None:
    """A software centre must not show an older version than the one installed."""
    listed = metainfo_release()
    if listed != expected_version:
        raise SystemExit(
            f"{METAINFO.name}: newest <release> is {listed}, the package is {expected_version}: "
            "add a <release> for this version"
        )


def minimum_glibc(root: Path) -> str:
    """The newest GLIBC_x.y symbol version any ELF file under `root` asks for."""
    found = {(2, 17)}
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            symbols = subprocess.run(  # noqa: S603
                ["objdump", "-T", str(path)],  # noqa: S607
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            found.update(
                (int(major), int(minor))
                for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", symbols)
            )
    major, minor = max(found)
    return f"{major}.{minor}"


def _tree_size_kib(root: Path) -> int:
    total = sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    return (total + 1023) // 1024


def build_deb(version: str, epoch: int) -> Path:
    print_arch = ["dpkg", "--print-architecture"]
    arch = subprocess.run(print_arch, capture_output=True, text=True, check=True).stdout.strip()  # noqa: S603
    with tempfile.TemporaryDirectory(prefix="deb-root-") as temp:
        root = Path(temp)
        shutil.copytree(BUNDLE, root / INSTALL_DIR, symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / NAME).symlink_to(Path("/") / INSTALL_DIR / NAME)
        applications = root / "usr" / "share" / "applications"
        applications.mkdir(parents=True)
        shutil.copy2(PACKAGING / "linux" / f"{NAME}.desktop", applications)
        metainfo = root / "usr" / "share" / "metainfo"
        metainfo.mkdir(parents=True)
        shutil.copy2(METAINFO, metainfo)
        icons = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
        icons.mkdir(parents=True)
        shutil.copy2(ROOT / "resources" / "icons" / "app.svg", icons / f"{NAME}.svg")
        docs = root / "usr" / "share" / "doc" / NAME
        docs.mkdir(parents=True)
        shutil.copy2(PACKAGING / "linux" / "copyright", docs / "copyright")

        control = root / "DEBIAN"
        control.mkdir()
        (control / "control").write_text(
            f"Package: {NAME}\n"
            f"Version: {debian_version(version)}\n"
            f"Architecture: {arch}\n"
            "Maintainer: OpenCX <support@open.cx>\n"
            f"Installed-Size: {_tree_size_kib(root)}\n"
            f"Depends: {DEB_DEPENDS.format(glibc=minimum_glibc(root / INSTALL_DIR))}\n"
            f"Recommends: {DEB_RECOMMENDS}\n"
            "Section: utils\n"
            "Priority: optional\n"
            "Homepage: https://www.open.cx\n"
            f"Description: {DESCRIPTION}\n",
            encoding="utf-8",
        )
        for script in ("postinst", "postrm"):
            shutil.copy2(PACKAGING / "linux" / script, control / script)
            (control / script).chmod(0o755)
        # md5 because that is dpkg's md5sums format, not for security.
        sums = [
            f"{hashlib.md5(path.read_bytes()).hexdigest()}  {path.relative_to(root)}\n"  # noqa: S324
            for path in sorted(root.rglob("*"))
            if path.is_file() and not path.is_symlink() and control not in path.parents
        ]
        (control / "md5sums").write_text("".join(sums), encoding="utf-8")
        for path in [root, *root.rglob("*")]:
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
        deb = DIST / f"{NAME}_{debian_version(version)}_{arch}.deb"
        partial = deb.with_name(deb.name + ".part")  # an interrupted build leaves no .deb
        env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
        run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, partial, env=env)
        partial.replace(deb)
    return deb


def build_tarball(version: str, epoch: int) -> Path:
    """The bundle in a versioned folder: unpack anywhere, run `./opencx-hubspot-setup`."""
    folder = f"{NAME}-{version}"
    tarball = DIST / f"{folder}-linux-{platform.machine()}.tar.xz"
    with tempfile.TemporaryDirectory(prefix="tarball-") as temp:
        shutil.copytree(BUNDLE, Path(temp) / folder, symlinks=True)
        partial = tarball.with_name(tarball.name + ".part")
        env = {**os.environ, "XZ_OPT": "-9 -T0"}
        run(
            "tar", "--sort=name", f"--mtime=@{epoch}", "--owner=0", "--group=0",
            "--numeric-owner", "-C", temp, "-cJf", partial, folder, env=env,
        )  # fmt: skip
        partial.replace(tarball)
    return tarball


def main() -> int:
    version = metadata_version(NAME)
    check_metainfo(version)
    epoch = source_date_epoch()
    DIST.mkdir(exist_ok=True)
    for stale in [*DIST.glob(f"{NAME}_*.deb*"), *DIST.glob(f"{NAME}-*.tar.xz*")]:
        stale.unlink()  # a half-built or older installer must not pass for this build's
    build_bundle()
    check_bundle(version)
    deb = build_deb(version, epoch)
    tarball = build_tarball(version, epoch)
    for path in (BUNDLE, deb, tarball):
        print(f"built {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
