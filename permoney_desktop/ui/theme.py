"""The look: OS light/dark and system font, tabular money digits, and the few colours we add.

The app keeps the platform style and palette (it follows the OS); ``apply_theme`` only forces a
dark or light Fusion palette when the user overrides the OS in Settings. Every other module asks
``palette()`` for semantic colours (negative, good/bad change, verdicts, chart series) so they
stay readable in both schemes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from permoney_desktop.platform.resources import resource_path


class ThemeMode(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Verdict(StrEnum):
    """The health verdicts shared with the job and cache monitors (by value)."""

    HEALTHY = "healthy"
    DEGRADED = "degraded"
    WARNING = "warning"
    CRITICAL = "critical"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Colors:
    dark: bool
    text: QColor
    muted: QColor
    card: QColor
    card_hover: QColor
    border: QColor
    good: QColor
    bad: QColor
    negative: QColor
    amber: QColor
    accent: QColor
    grid: QColor
    series: tuple[QColor, ...]

    def verdict(self, verdict: str) -> QColor:
        return {
            Verdict.HEALTHY: self.good,
            Verdict.DEGRADED: self.amber,
            Verdict.WARNING: QColor("#e8590c") if not self.dark else QColor("#ff922b"),
            Verdict.CRITICAL: self.bad,
        }.get(
            Verdict(verdict) if verdict in Verdict.__members__.values() else Verdict.UNKNOWN,
            self.muted,
        )


_LIGHT_SERIES = (
    "#1c7ed6",
    "#e8590c",
    "#2f9e44",
    "#ae3ec9",
    "#f59f00",
    "#0c8599",
    "#d6336c",
    "#5c940d",
    "#7048e8",
    "#868e96",
)
_DARK_SERIES = (
    "#4dabf7",
    "#ff922b",
    "#69db7c",
    "#da77f2",
    "#ffd43b",
    "#3bc9db",
    "#f783ac",
    "#a9e34b",
    "#9775fa",
    "#adb5bd",
)


class _State(QObject):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.mode = ThemeMode.SYSTEM


_state: _State | None = None


def theme_changed() -> SignalInstance:
    """A signal emitted after the scheme flips (OS change or a Settings override)."""
    return _get_state().changed


def _get_state() -> _State:
    global _state
    if _state is None:
        _state = _State()
    return _state


def is_dark() -> bool:
    """Whether the window is dark now: the user's override, else the OS, else the palette."""
    mode = _get_state().mode
    if mode is ThemeMode.DARK:
        return True
    if mode is ThemeMode.LIGHT:
        return False
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


_palette_memo: tuple[tuple[bool, int], Colors] | None = None


def palette() -> Colors:
    """The semantic colours for the current scheme (remembered until the palette changes:
    item models ask for them on every painted cell)."""
    global _palette_memo
    dark = is_dark()
    pal = QGuiApplication.palette() if QGuiApplication.instance() else QPalette()
    key = (dark, int(pal.cacheKey()))
    if _palette_memo is not None and _palette_memo[0] == key:
        return _palette_memo[1]
    colors = _make_palette(dark, pal)
    _palette_memo = (key, colors)
    return colors


def _make_palette(dark: bool, pal: QPalette) -> Colors:
    text = pal.color(QPalette.ColorRole.WindowText)
    base = pal.color(QPalette.ColorRole.Base)
    window = pal.color(QPalette.ColorRole.Window)
    if dark:
        card = base.lighter(118) if base.lightness() < 60 else base
        return Colors(
            dark=True,
            text=text,
            muted=QColor(text.red(), text.green(), text.blue(), 150),
            card=card,
            card_hover=card.lighter(125),
            border=window.lighter(160),
            good=QColor("#51cf66"),
            bad=QColor("#ff6b6b"),
            negative=QColor("#ff8787"),
            amber=QColor("#fcc419"),
            accent=QColor("#4dabf7"),
            grid=QColor(255, 255, 255, 28),
            series=tuple(QColor(c) for c in _DARK_SERIES),
        )
    return Colors(
        dark=False,
        text=text,
        muted=QColor(text.red(), text.green(), text.blue(), 140),
        card=base,
        card_hover=QColor("#f1f5fb"),
        border=window.darker(112),
        good=QColor("#2b8a3e"),
        bad=QColor("#c92a2a"),
        negative=QColor("#c92a2a"),
        amber=QColor("#e67700"),
        accent=QColor("#1c7ed6"),
        grid=QColor(0, 0, 0, 22),
        series=tuple(QColor(c) for c in _LIGHT_SERIES),
    )


def money_font(base: QFont | None = None, *, scale: float = 1.0, bold: bool = False) -> QFont:
    """The system font with tabular (equal-width) digits, so columns of money line up."""
    font = QFont(base) if base is not None else system_font()
    font.setFeature(QFont.Tag("tnum"), 1)
    font.setFeature(QFont.Tag("lnum"), 1)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def system_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)


def _dark_palette() -> QPalette:
    pal = QPalette()
    window, base, text = QColor("#202225"), QColor("#17181a"), QColor("#e9ecef")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#1d1f21"),
        QPalette.ColorRole.ToolTipBase: QColor("#2b2d31"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#2b2d31"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff8787"),
        QPalette.ColorRole.Highlight: QColor("#1971c2"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#4dabf7"),
        QPalette.ColorRole.PlaceholderText: QColor("#868e96"),
        QPalette.ColorRole.Mid: QColor("#3a3d42"),
        QPalette.ColorRole.Midlight: QColor("#34373c"),
        QPalette.ColorRole.Dark: QColor("#121314"),
    }
    for role, color in roles.items():
        pal.setColor(role, color)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6c727a"))
    return pal


def _light_palette() -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: QColor("#f3f4f6"),
        QPalette.ColorRole.WindowText: QColor("#1f2328"),
        QPalette.ColorRole.Base: QColor("#ffffff"),
        QPalette.ColorRole.AlternateBase: QColor("#f7f8fa"),
        QPalette.ColorRole.ToolTipBase: QColor("#ffffff"),
        QPalette.ColorRole.ToolTipText: QColor("#1f2328"),
        QPalette.ColorRole.Text: QColor("#1f2328"),
        QPalette.ColorRole.Button: QColor("#f8f9fa"),
        QPalette.ColorRole.ButtonText: QColor("#1f2328"),
        QPalette.ColorRole.Highlight: QColor("#1c7ed6"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#1c7ed6"),
        QPalette.ColorRole.PlaceholderText: QColor("#868e96"),
    }
    for role, color in roles.items():
        pal.setColor(role, color)
    return pal


def apply_theme(app: QApplication, mode: ThemeMode | str = ThemeMode.SYSTEM) -> None:
    """Use the system font; follow the OS scheme unless ``mode`` overrides it.

    Where the platform gives no usable palette (offscreen, bare X11 with Fusion) a light or
    dark palette is set explicitly, so screenshots look like a real desktop.
    """
    state = _get_state()
    state.mode = ThemeMode(mode)
    app.setFont(system_font())
    if not getattr(app, "_permoney_scheme_hooked", False):
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda _s: _on_os_scheme_changed(app))
        app._permoney_scheme_hooked = True  # type: ignore[attr-defined]
    _apply_palette(app)
    state.changed.emit()


def _on_os_scheme_changed(app: QApplication) -> None:
    if _get_state().mode is ThemeMode.SYSTEM:
        _apply_palette(app)
        _get_state().changed.emit()


def _apply_palette(app: QApplication) -> None:
    mode = _get_state().mode
    fusion = app.style().name().lower() == "fusion"
    if mode is ThemeMode.SYSTEM:
        scheme = QGuiApplication.styleHints().colorScheme()
        if scheme == Qt.ColorScheme.Dark and fusion:
            app.setPalette(_dark_palette())
        elif fusion:
            app.setPalette(_light_palette())
        else:
            app.setPalette(app.style().standardPalette())
        return
    if not fusion:
        app.setStyle("Fusion")
    app.setPalette(_dark_palette() if mode is ThemeMode.DARK else _light_palette())


def css_color(color: QColor) -> str:
    """A colour for a style sheet, keeping its alpha."""
    return f"rgba({color.red()},{color.green()},{color.blue()},{color.alpha()})"


def icon(name: str) -> QIcon:
    """An icon from ``resources/icons/<name>.svg`` (an empty icon if it is missing)."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
