"""The domain's English labels marked for translation; views show them through ``tr(label)``.

The domain is pure Python (no Qt), so its labels (account kinds, classifications) are marked
here, where lupdate reads them; ``tr(kind.label)`` in a view finds the translation.
"""

from __future__ import annotations

from permoney_desktop.ui.i18n import QT_TR_NOOP

ACCOUNT_LABELS = (
    QT_TR_NOOP("Assets"),
    QT_TR_NOOP("Liabilities"),
    QT_TR_NOOP("Checking"),
    QT_TR_NOOP("Savings"),
    QT_TR_NOOP("Cash"),
    QT_TR_NOOP("Investments"),
    QT_TR_NOOP("Property"),
    QT_TR_NOOP("Vehicles"),
    QT_TR_NOOP("Other assets"),
    QT_TR_NOOP("Credit cards"),
    QT_TR_NOOP("Loans"),
    QT_TR_NOOP("Other liabilities"),
)
CATEGORY_KINDS = (QT_TR_NOOP("expense"), QT_TR_NOOP("income"))
