#!/usr/bin/env python3
"""Build the one-folder bundle, its tar.gz and a .deb, then run the bundle's self-test.

Run through ``python3 packaging/dev.py package`` (which sets up the environment first).
Outputs go to ``dist/``; a JSON summary with build time, sizes and start-up time is printed.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build"
# 150 MB until this release added Babel's CLDR money formats (trimmed in permoney.spec to the
# offered languages: 3 MB of 32), the spreadsheet reader (python-calamine, 1.8 MB) and
# python-dateutil; the bundle was 147 MB before them and is 153 MB with them.
SIZE_BUDGET_MB = 160
STARTUP_BUDGET_S = 2.0
# Runtime libraries the bundle takes from the system (Debian package names).
DEB_DEPENDS = [
    "libc6 (>= 2.31)",
    "libegl1",
    "libgl1",
    "libopengl0",
    "libglib2.0-0",
    "libfontconfig1",
    "libfreetype6",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libdbus-1-3",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-xkb1",
    "libx11-xcb1",
    "fonts-dejavu-core",
]


def version() -> str:
    ns: dict[str, str] = {}
    exec((ROOT / "permoney_desktop" / "__init__.py").read_text(), ns)
    return ns["__version__"]


def dir_size_mb(path: Path) -> float:
    # Symlinks (PyInstaller links shared libraries) would otherwise be counted twice.
    files = (f for f in path.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 1e6


def run_pyinstaller() -> Path:
    # The GUI's .qm translations are built, not committed: build them before bundling them.
    sys.path.insert(0, str(ROOT / "packaging"))
    import translations

    translations.build()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(ROOT / "packaging/permoney.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return DIST / "permoney"


def make_tarball(bundle: Path, ver: str) -> Path:
    out = DIST / f"permoney-{ver}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(bundle, arcname=f"permoney-{ver}")
    return out


def icon_files() -> list[tuple[Path, str]]:
    """The scalable SVG plus PNG renders made now (packaging/render_icons.py)."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from render_icons import render

    found = [
        (
            ROOT / "resources" / "icons" / "permoney.svg",
            "usr/share/icons/hicolor/scalable/apps/permoney.svg",
        )
    ]
    out = WORK / "icons"
    for path in render(out):
        if path.suffix == ".png":
            found.append((path, f"usr/share/icons/{path.relative_to(out)}"))
    return found


def make_deb(bundle: Path, ver: str) -> Path | None:
    if not sys.platform.startswith("linux"):
        return None
    if not shutil.which("dpkg-deb"):
        print("dpkg-deb not found: skipping the .deb", file=sys.stderr)
        return None
    arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
    stage = WORK / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage / "opt" / "permoney", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "permoney").symlink_to("/opt/permoney/permoney")
    linux = ROOT / "resources" / "linux"
    files = [
        (linux / "permoney.desktop", "usr/share/applications/permoney.desktop"),
        (linux / "permoney-mime.xml", "usr/share/mime/packages/permoney.xml"),
        *icon_files(),
    ]
    for src, dest in files:
        target = stage / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)
    control = stage / "DEBIAN"
    control.mkdir()
    size_kb = int(dir_size_mb(stage) * 1000)
    (control / "control").write_text(
        f"Package: permoney\nVersion: {ver}\nSection: misc\nPriority: optional\n"
        f"Architecture: {arch}\nInstalled-Size: {size_kb}\nDepends: {', '.join(DEB_DEPENDS)}\n"
        "Maintainer: Permoney developers <dev@permoney.invalid>\n"
        "Description: Local-first personal finance\n"
        " Accounts, registers, budgets and net worth in one file on your computer,\n"
        " with exact balances and a local background worker. No server, no network.\n"
    )
    postinst = control / "postinst"
    postinst.write_text(
        "#!/bin/sh\nset -e\n"
        "command -v update-desktop-database >/dev/null && update-desktop-database -q || true\n"
        "command -v update-mime-database >/dev/null && "
        "update-mime-database /usr/share/mime || true\n"
        "command -v gtk-update-icon-cache >/dev/null && "
        "gtk-update-icon-cache -q /usr/share/icons/hicolor || true\n"
    )
    postinst.chmod(0o755)
    out = DIST / f"permoney_{ver}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def self_test(bundle: Path) -> dict[str, float | str]:
    exe = bundle / ("permoney.exe" if os.name == "nt" else "permoney")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PERMONEY_BOOK", None)
    version_run = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, env=env, check=True
    )
    starts = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([str(exe), "--version"], capture_output=True, env=env, check=True)
        starts.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    result = subprocess.run(
        [str(exe), "--self-test"], capture_output=True, text=True, env=env, timeout=120
    )
    elapsed = time.perf_counter() - t0
    if result.returncode != 0 or "OK" not in result.stdout:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"bundle self-test failed (exit {result.returncode})")
    return {
        "version": version_run.stdout.strip(),
        "version_start_s": round(sorted(starts)[1], 3),
        "self_test_s": round(elapsed, 2),
        "self_test_output": result.stdout.strip(),
    }


def main() -> int:
    ver = version()
    t0 = time.perf_counter()
    bundle = run_pyinstaller()
    build_s = time.perf_counter() - t0
    missing = [
        name
        for name in ("permoney_de.qm", "permoney_fr.qm")
        if not (bundle / "_internal" / "resources" / "i18n" / name).exists()
        and not (bundle / "resources" / "i18n" / name).exists()
    ]
    if missing:
        print(f"the bundle lacks its translations: {', '.join(missing)}", file=sys.stderr)
        return 1
    size = dir_size_mb(bundle)
    tarball = make_tarball(bundle, ver)
    deb = make_deb(bundle, ver)
    summary: dict[str, object] = {
        "build_s": round(build_s, 1),
        "bundle_mb": round(size, 1),
        "tar_gz_mb": round(tarball.stat().st_size / 1e6, 1),
        "tar_gz": tarball.name,
        "deb": deb.name if deb else None,
        "deb_mb": round(deb.stat().st_size / 1e6, 1) if deb else None,
    }
    summary.update(self_test(bundle))
    print(json.dumps(summary, indent=2))
    if size > SIZE_BUDGET_MB:
        print(f"bundle is {size:.0f} MB, over the {SIZE_BUDGET_MB} MB budget", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
