"""``permoney metrics`` and ``permoney cache`` as a user runs them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from permoney_desktop.cli import main
from permoney_desktop.domain.periods import PeriodName, named_period
from permoney_desktop.services import metrics
from permoney_desktop.services.ledger import Ledger

END = "2024-06-15"


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    book = tmp_path_factory.mktemp("cli") / "demo.permoney"
    assert main(["--book", str(book), "demo", "--transactions", "3000", "--years", "2",
                 "--end", END]) == 0  # fmt: skip
    return book


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _no_floats(value: Any) -> None:
    assert not isinstance(value, float)
    if isinstance(value, dict):
        for v in value.values():
            _no_floats(v)
    elif isinstance(value, list):
        for v in value:
            _no_floats(v)


def test_metrics_json_for_every_named_period(
    demo_book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "--book", str(demo_book), "metrics", "--today", END, "--format", "json"
    )
    assert code == 0
    data = json.loads(out)
    assert [d["period"] for d in data] == [p.value for p in metrics.NAMED_PERIODS]
    _no_floats(data)
    for d in data:
        for key in ("start", "end", "net_worth", "assets", "owed", "income", "expenses",
                    "cash_flow", "savings_rate", "categories", "previous", "partial"):  # fmt: skip
            assert key in d
    this_month = data[0]
    assert (this_month["start"], this_month["end"]) == ("2024-06-01", END)
    assert this_month["previous"]["end"] == "2024-05-15"
    with Ledger.open(demo_book) as ledger:
        want = metrics.metrics_dict(
            metrics.compute_period(
                ledger, named_period(PeriodName.THIS_MONTH, date.fromisoformat(END))
            )
        )
    assert this_month == want
    assert data[-1]["previous"] is None  # all time has nothing before it


def test_metrics_table_and_custom_range(
    demo_book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "--book", str(demo_book), "metrics", "--from", "2024-01-01", "--to", "2024-03-31"
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["period", "start", "end"]
    assert lines[2].split()[:3] == ["custom", "2024-01-01", "2024-03-31"]


@pytest.mark.parametrize(
    "args, needle",
    [
        (["--from", "2024-01-01"], "needs both --from and --to"),
        (["--period", "last_month", "--from", "2024-01-01", "--to", "2024-01-02"], "either"),
        (["--from", "2024-02-01", "--to", "2024-01-01"], "cannot end"),
        (["--period", "fortnight"], "invalid choice"),
    ],
)
def test_bad_metrics_arguments_are_one_line(
    demo_book: Path, capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    code, out, err = run(capsys, "--book", str(demo_book), "metrics", *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and needle in err


def test_cache_stats_and_clear(demo_book: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--book", str(demo_book), "metrics", "--period", "last_month", "--today", END)
    code, out, _ = run(capsys, "--book", str(demo_book), "cache", "stats", "--format", "json")
    assert code == 0
    stats = json.loads(out)
    assert stats["entries"] >= 1 and stats["degraded"] is None
    assert stats["judged"]["cache_degraded"] == 0.0
    code, out, _ = run(capsys, "--book", str(demo_book), "cache", "clear")
    assert code == 0 and out.startswith("cleared ")
    _, out, _ = run(capsys, "--book", str(demo_book), "cache", "stats", "--format", "json")
    assert json.loads(out)["entries"] == 0
    code, out, _ = run(capsys, "--book", str(demo_book), "cache", "stats")
    assert code == 0 and "entries" in out


def test_health_has_a_cache_section_in_its_verdict(
    demo_book: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--book", str(demo_book), "metrics", "--period", "this_month", "--today", END)
    code, out, _ = run(capsys, "--book", str(demo_book), "health", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["cache"]["figures"]["cache_degraded"] == 0.0
    assert data["cache"]["stats"]["entries"] >= 1
    judged = {f["check"] for f in data["verdict"]["findings"]}
    assert {"cache_entries", "cache_degraded"} <= judged
    code, out, _ = run(capsys, "--book", str(demo_book), "health")
    assert code == 0 and "metrics cache:" in out
