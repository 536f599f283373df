#!/usr/bin/env python3
"""Set up and run Permoney from a source checkout with nothing but Python 3.11+.

    python3 packaging/dev.py run     # set everything up, then open the app
    python3 packaging/dev.py test    # set everything up, then run the whole test suite
    python3 packaging/dev.py lint    # ruff (lint, format), mypy strict, the import contracts
    python3 packaging/dev.py check   # lint, then the tests
    python3 packaging/dev.py package # build the bundle, tar.gz and .deb; self-test the bundle

Set-up is idempotent: a private copy of uv in .tools/, the locked environment in .venv/
(uv sync --frozen), and on Linux the system libraries Qt needs (installed with apt-get when
running as root, otherwise named with the command to install them). Standard library only.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / ".tools"
VENV = ROOT / ".venv"
UV_VERSION = "0.13.9"
MIN_PYTHON = (3, 11)

# Shared libraries Qt's offscreen platform and widgets load, with the Debian/Ubuntu package
# that provides each. The xcb ones are needed only to show a real window on X11.
QT_LIBS = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "OpenGL": "libopengl0",
    "glib-2.0": "libglib2.0-0",
    "fontconfig": "libfontconfig1",
    "freetype": "libfreetype6",
    "xkbcommon": "libxkbcommon0",
    "dbus-1": "libdbus-1-3",
}
XCB_LIBS = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-randr": "libxcb-randr0",
    "xcb-xkb": "libxcb-xkb1",
    "X11-xcb": "libx11-xcb1",
}
FONT_PACKAGE = "fonts-dejavu-core"


def say(message: str) -> None:
    print(f"[permoney setup] {message}", file=sys.stderr, flush=True)


def fail(message: str) -> None:
    print(f"[permoney setup] error: {message}", file=sys.stderr, flush=True)
    raise SystemExit(2)


def uv_path() -> Path:
    found = shutil.which("uv")
    if found and _uv_version(Path(found)) == UV_VERSION:
        return Path(found)
    exe = TOOLS / ("Scripts/uv.exe" if os.name == "nt" else "bin/uv")
    if exe.exists() and _uv_version(exe) == UV_VERSION:
        return exe
    say(f"installing uv {UV_VERSION} into {TOOLS.relative_to(ROOT)}/ …")
    venv.EnvBuilder(with_pip=True, clear=True).create(TOOLS)
    pip = TOOLS / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([str(pip), "-m", "pip", "install", "--quiet", f"uv=={UV_VERSION}"], check=True)
    return exe


def _uv_version(exe: Path) -> str:
    try:
        out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return ""
    parts = out.stdout.split()
    return parts[1] if len(parts) > 1 else ""


def missing_libraries(libs: dict[str, str]) -> list[str]:
    return sorted({pkg for lib, pkg in libs.items() if ctypes.util.find_library(lib) is None})


def fonts_missing() -> bool:
    return not any(Path(p).exists() for p in ("/usr/share/fonts", "/usr/local/share/fonts"))


def ensure_system_libraries(gui: bool) -> None:
    if not sys.platform.startswith("linux"):
        return  # the Qt wheels carry what they need on Windows and macOS
    libs = dict(QT_LIBS)
    if gui:
        libs.update(XCB_LIBS)
    packages = missing_libraries(libs)
    if fonts_missing():
        packages.append(FONT_PACKAGE)
    if not packages:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say(f"installing system libraries for Qt: {' '.join(packages)}")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
        subprocess.run(command, check=True, env=env)
        return
    fail(
        "Qt needs these system packages: "
        + " ".join(packages)
        + "\n  install them with: sudo "
        + " ".join(command)
    )


def sync(extras: list[str]) -> Path:
    uv = uv_path()
    # --compile-bytecode: the first command after set-up does not pay for compiling
    # SQLAlchemy and the app (about 2 s for a CLI write instead of a fraction of one).
    args = [str(uv), "sync", "--frozen", "--inexact", "--compile-bytecode"]
    args += ["--python", sys.executable]
    for extra in extras:
        args += ["--extra", extra]
    say("syncing the locked environment (.venv) …")
    subprocess.run(args, check=True, cwd=ROOT)
    bin_dir = VENV / ("Scripts" if os.name == "nt" else "bin")
    # The GUI's translations: .qm files built from resources/i18n/*.ts (lrelease from PySide6).
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import translations  # packaging/translations.py, standard library only

    for built in translations.build(bin_dir):
        say(f"built {built.relative_to(ROOT)}")
    # uv compiles site-packages only; the app itself is installed editable (its sources stay
    # here), so they are compiled too, or the first command of a fresh clone pays for them.
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    package = str(ROOT / "permoney_desktop")
    subprocess.run([str(python), "-m", "compileall", "-q", package], check=True, cwd=ROOT)
    return bin_dir


def run(args: list[str], env: dict[str, str] | None = None) -> int:
    return subprocess.run(args, cwd=ROOT, env=env).returncode


def test_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PERMONEY_BOOK", None)
    return env


def ensure_servers() -> None:
    """PostgreSQL and Redis for the shared-book tests (the tests start private instances)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import services  # packaging/services.py, standard library only

    try:
        services.ensure_installed()
    except services.ServiceError as exc:
        fail(str(exc))


def test(args: list[str]) -> int:
    ensure_system_libraries(gui=False)
    ensure_servers()
    bin_dir = sync(["test"])
    return run([str(bin_dir / "python"), "-m", "pytest", *args], env=test_env())


def lint() -> int:
    """Every static check over the whole repository; the first failing one's status."""
    # With the test extra too: one environment for the checks and the tests, so `check`
    # (and CI's lint-then-test) sets it up once.
    bin_dir = sync(["test", "dev"])
    steps = [
        [str(bin_dir / "ruff"), "check", "."],
        [str(bin_dir / "ruff"), "format", "--check", "."],
        [str(bin_dir / "mypy")],
        [str(bin_dir / "lint-imports")],
    ]
    for step in steps:
        say("$ " + " ".join([Path(step[0]).name, *step[1:]]))
        code = run(step)
        if code:
            return code
    return 0


def main(argv: list[str]) -> int:
    if sys.version_info < MIN_PYTHON:
        fail(
            f"Python {'.'.join(map(str, MIN_PYTHON))} or newer is needed; "
            f"this is {sys.version.split()[0]}"
        )
    command = argv[0] if argv else "run"
    rest = argv[1:]
    if rest[:1] == ["--"]:  # `dev.py run -- demo …`: the separator is ours, not permoney's
        rest = rest[1:]
    if command == "run":
        ensure_system_libraries(gui=True)
        bin_dir = sync(["shared"])
        return run([str(bin_dir / "permoney"), *rest])
    if command == "test":
        return test(rest)
    if command == "lint":
        return lint()
    if command == "check":
        return lint() or test(rest)
    if command == "package":
        ensure_system_libraries(gui=False)
        bin_dir = sync(["package"])
        return run([str(bin_dir / "python"), str(ROOT / "packaging" / "build.py"), *rest])
    fail(f"unknown command {command!r} (run, test, lint, check or package)")
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
