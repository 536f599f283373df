"""The dashboard's budget and goal figures: the budget page's own (worker-cached per month with
their inputs' stamp), attached to the dashboard's metrics when they load."""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from permoney_desktop.services.ledger import Ledger
    from permoney_desktop.services.metrics import DashboardMetrics

log = logging.getLogger(__name__)


def attach(ledger: Ledger, cache: Any, dash: DashboardMetrics) -> DashboardMetrics:
    """``dash`` with the budget month of its period's end and the goals (unchanged when they
    cannot be read: the cards then show no budget line rather than fail)."""
    # Imported here, on the loader's thread: the budget services load SQLAlchemy, which the
    # first window does without.
    from permoney_desktop.services import budget_cache
    from permoney_desktop.services import goals as goal_service

    try:
        month = budget_cache.cached_month(ledger, cache, dash.period.end)
        statuses = goal_service.goal_statuses(ledger, figures=month.figures)
    except Exception:
        log.exception("the budget figures of the dashboard could not be read")
        return dash
    return dataclasses.replace(dash, budget=month.figures, goal_statuses=tuple(statuses))
