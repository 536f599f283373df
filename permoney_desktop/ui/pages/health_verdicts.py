"""The health page's verdicts in words: levels, findings, recommendations, book safety."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from permoney_desktop.domain.messages import Message
from permoney_desktop.services.health_bands import DEFAULT_THRESHOLDS, Level, Thresholds, evaluate
from permoney_desktop.ui import theme
from permoney_desktop.ui.i18n import say, tr
from permoney_desktop.ui.moments import recorded_moment, size_text, when
from permoney_desktop.ui.widgets.table_model import Cell

LEVELS = ("healthy", "degraded", "warning", "critical")


def _level_of(verdict: Any) -> str:
    if verdict is None:
        return "unknown"
    if isinstance(verdict, Mapping):
        level = verdict.get("level", "unknown")
    else:
        level = getattr(verdict, "level", "unknown")
    label = getattr(level, "label", level)
    return str(label).lower()


def advice_text(finding: Mapping[str, Any]) -> str:
    """A finding's recommendation in the GUI's language.

    In this process it is a ``Message``; from the worker's report (JSON) it is the English
    text, which is judged again here from its check and value: when that gives the same
    sentence (the same limits), its translation is shown, else the English as it came.
    """
    text = finding.get("recommendation") or ""
    check, value = finding.get("check"), finding.get("value")
    if not isinstance(text, Message) and isinstance(check, str) and isinstance(value, int | float):
        again = evaluate({check: float(value)}).findings
        if again and again[0].recommendation == text:
            text = again[0].recommendation
    return say(text)


def _findings(verdict: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]]
    if isinstance(verdict, Mapping):
        found = [dict(f) for f in verdict.get("findings", ()) if isinstance(f, Mapping)]
    else:
        found = [
            {
                "check": f.check,
                "title": f.title,
                "value": f.value,
                "shown": f.shown,
                "level": f.level.label,
                "recommendation": f.recommendation,
            }
            for f in getattr(verdict, "findings", ())
        ]
    for f in found:
        f["recommendation"] = advice_text(f)
        f["shown"] = say(f.get("shown", ""))
    return found


def optimistic_verdict(stats: Mapping[str, Any]) -> dict[str, Any]:
    """A provisional figure must equal the worker's: one mismatch is a bug worth reporting."""
    mismatches = int(stats.get("mismatches", 0) or 0)
    reconciles = int(stats.get("reconciles", 0) or 0)
    if mismatches == 0:
        return {"level": "healthy", "findings": [], "recommendations": []}
    text = tr(
        "{mismatches} of {reconciles} provisional figures differed from the worker's; the "
        "worker's figure is shown. This is a bug: please report it with the log file."
    ).format(mismatches=mismatches, reconciles=reconciles)
    return {
        "level": "critical",
        "findings": [
            {
                "title": "mismatches",
                "shown": str(mismatches),
                "level": "critical",
                "recommendation": text,
            }
        ],
        "recommendations": [text],
    }


def _days_since(iso: str, now: datetime) -> float | None:
    moment = recorded_moment(iso)
    return None if moment is None else (now - moment).total_seconds() / 86400


def _backend_name(backend: str) -> str:
    module, _, cls = backend.rpartition(".")
    return module.rpartition(".")[2] if cls == "Keyring" and module else cls or backend


def _age_verdict(check: str, age: float | None, thresholds: Thresholds) -> tuple[str, str]:
    """(level, advice) for the age of the last backup or check, by its ``services.health_bands``
    check (a book can override the limits in its settings, as for every other figure)."""
    if age is None:
        return "healthy", ""
    found = evaluate({check: max(age, 0.0)}, thresholds).findings
    if not found or found[0].level is Level.HEALTHY:
        return "healthy", ""
    text = say(found[0].recommendation)
    end = "" if text.endswith((".", "…")) else "."  # "integrity…" needs no second full stop
    return found[0].level.label, (text[:1].upper() + text[1:] + end) if text else ""


def balances_row(balances: Any) -> tuple[tuple[str, Cell], str] | None:
    """The "Balances" row and its level from ``{"accounts": n, "waiting": k}``: accounts whose
    figures wait for the worker are normal for a moment after an edit: no warning for them."""
    if not isinstance(balances, Mapping):
        return None
    waiting = int(balances.get("waiting", 0) or 0)
    if not waiting:
        return (tr("Balances"), Cell(tr("Up to date"))), "healthy"
    text = tr("{count:,} account(s) being brought up to date", None, waiting).format(count=waiting)
    return (tr("Balances"), Cell(text, waiting, theme.palette().muted)), "healthy"


def safety_verdict(
    summary: Any, now: datetime | None = None, *, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> tuple[str, list[tuple[str, Cell]], list[str]]:
    """Level, rows and advice for a ``SafetySummary`` (encryption, keyring, backup, check)."""
    now = now or datetime.now(UTC)
    colors = theme.palette()
    found: list[str] = []
    advice: list[str] = []

    def judged(level: str, text: str) -> str:
        found.append(level)
        if text:
            advice.append(text)
        return level

    keyring = summary.keyring
    rows: list[tuple[str, Cell]] = [
        (tr("Encryption"), Cell(tr("Encrypted") if summary.encrypted else tr("Not encrypted"))),
    ]
    if keyring.secure:
        secure = tr("Secure ({backend})").format(backend=_backend_name(keyring.backend))
        rows.append((tr("Keyring"), Cell(secure)))
    else:
        level = "degraded" if summary.encrypted else "healthy"
        judged(
            level,
            tr("No secure keyring: the book's key is asked for at each start.")
            if summary.encrypted
            else "",
        )
        rows.append(
            (
                tr("Keyring"),
                Cell(
                    tr("Not secure: keys are not stored"),
                    None,
                    colors.verdict(level) if level != "healthy" else None,
                    tooltip=keyring.reason,
                ),
            )
        )
    backup = summary.last_backup
    if backup is None:
        level = judged(
            "warning",
            tr("No backup yet: File → Back up now… (the worker also takes one a day)."),
        )
        rows.append((tr("Last backup"), Cell(tr("None yet"), None, colors.verdict(level))))
    elif not backup.ok:
        problem = backup.problems[0] if backup.problems else tr("unknown problem")
        level = judged(
            "critical",
            tr(
                "The last backup failed verification ({problem}); check the free space and "
                "back up again."
            ).format(problem=problem),
        )
        rows.append(
            (
                tr("Last backup"),
                Cell(
                    tr("{when} · failed").format(when=when(backup.created_at, now)),
                    None,
                    colors.verdict(level),
                    tooltip=backup.path,
                ),
            )
        )
    else:
        level = judged(
            *_age_verdict("backup_age_days", _days_since(backup.created_at, now), thresholds)
        )
        rows.append(
            (
                tr("Last backup"),
                Cell(
                    tr("{when} · verified · {size}").format(
                        when=when(backup.created_at, now), size=size_text(backup.size_bytes)
                    ),
                    None,
                    colors.verdict(level) if level != "healthy" else None,
                    tooltip=backup.path,
                ),
            )
        )
    report = summary.last_check
    if report is None:
        level = judged(
            "degraded",
            tr("Not checked yet: the worker checks daily, or File → Check book integrity…"),
        )
        rows.append((tr("Last check"), Cell(tr("Never run"), None, colors.verdict(level))))
    else:
        errors = len(report.errors)
        age_level, age_advice = _age_verdict(
            "check_age_days", _days_since(report.checked_at, now), thresholds
        )
        if errors:
            level = judged(
                "critical",
                tr(
                    "The last check found %n problem(s): File → Check book integrity… lists "
                    "them, and Repair rebuilds what can be rebuilt.",
                    None,
                    errors,
                ),
            )
            state = tr("%n problem(s)", None, errors)
        elif age_level != "healthy":
            level = judged(age_level, age_advice)
            state = tr("clean")
        else:
            level, state = "healthy", tr("clean")
        rows.append(
            (
                tr("Last check"),
                Cell(
                    tr("{when} · {state} · {count:,} accounts").format(
                        when=when(report.checked_at, now),
                        state=state,
                        count=report.accounts_compared,
                    ),
                    None,
                    colors.verdict(level) if level != "healthy" else None,
                ),
            )
        )
    worst = max(found, key=LEVELS.index) if found else "healthy"
    return worst, rows, advice


def _recommendations(verdict: Any) -> list[str]:
    if verdict is None:
        return []
    found = _findings(verdict)
    if found:  # each finding's advice, translated (the findings say what the list says)
        return [str(f["recommendation"]) for f in found if f.get("recommendation")]
    if isinstance(verdict, Mapping):
        return [say(r) for r in verdict.get("recommendations", ()) if r]
    return [say(r) for r in getattr(verdict, "recommendations", ()) if r]
