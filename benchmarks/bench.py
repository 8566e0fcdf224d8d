"""Measure dynamic-admin against raw httpx, in one run, on the same transport.

Every figure is a ratio against a baseline measured in the same process and
the same run, so the machine's speed cancels out. Calls go through an
in-process ``httpx.MockTransport`` (no network noise) except the pagination
runs, which talk to a loopback HTTP server in a child process.

Timed figures alternate short blocks of baseline and candidate many times
(in ABBA order, against drift) and report the median of the per-pair ratios,
with its spread (the 25th-75th percentile of those ratios): a target is only
meaningful when the spread is smaller than the margin it leaves.

Usage: python benchmarks/bench.py [--quick] [--out PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "generator"))

from dynamic_admin_api.api.users import get_environment_users  # noqa: E402
from dynamic_admin_api.models import User  # noqa: E402
from dynamic_spec.examples import example  # noqa: E402

from dynamic_admin import AsyncDynamicClient, DynamicClient  # noqa: E402

TOKEN = "dyn_" + "B3nch" * 11 + "a"
ENV = "2f0d5d0e-bench-4000-8000-000000000000"
BASE = "https://bench.invalid/api/v0"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

TARGETS = {
    "small_call": 1.10,
    "users_page_100": 1.5,
    "import": 1.35,
    "retries_enabled": 1.02,
    # Async vs sync over a server answering in PAGE_LATENCY: async must win.
    "pagination_10000": 1.0,
}

# A remote API's response time for one page, simulated by the page server.
PAGE_LATENCY = 0.02


def build_users(count: int) -> list[dict[str, Any]]:
    """Fully populated users built from the description, with unique ids."""
    template = example({"$ref": "#/components/schemas/User"}, "User")
    users = []
    for index in range(count):
        user = dict(template)
        user["id"] = f"00000000-0000-4000-8000-{index:012d}"
        users.append(user)
    return users


def fixed_transport(body: bytes) -> httpx.MockTransport:
    """A transport answering every request with the same JSON body."""
    headers = {"Content-Type": "application/json"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers=headers)

    return httpx.MockTransport(handler)


def per_call(fn: Callable[[], object], calls: int) -> float:
    """Seconds per call of ``fn`` over one block of ``calls`` calls."""
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def median_interval(values: list[float]) -> tuple[float, float]:
    """A distribution-free ~95 % confidence interval of the median of ``values``.

    The order statistics at ranks n/2 -/+ 0.98 sqrt(n) (normal approximation
    of the binomial), clamped to the data.
    """
    ordered = sorted(values)
    n = len(ordered)
    half = 0.98 * n**0.5
    low = max(0, int(n / 2 - half))
    high = min(n - 1, int(n / 2 + half))
    return ordered[low], ordered[high]


def quartiles(values: list[float]) -> tuple[float, float]:
    """The 25th and 75th percentiles of ``values``."""
    if len(values) < 2:
        return values[0], values[0]
    q = statistics.quantiles(values, n=4)
    return q[0], q[2]


def paired(
    name: str,
    baseline: Callable[[], float],
    candidate: Callable[[], float],
    rounds: int,
) -> dict[str, Any]:
    """Alternate two measurements ``rounds`` times; summarise their ratios.

    Each round measures both, in ABBA order over consecutive rounds, so slow
    drift of the machine affects both sides alike; the figure is the median
    of the per-round ratios.
    """
    base_times: list[float] = []
    cand_times: list[float] = []
    for index in range(rounds):
        gc.collect()
        if index % 2:
            cand_times.append(candidate())
            base_times.append(baseline())
        else:
            base_times.append(baseline())
            cand_times.append(candidate())
    ratios = [c / b for b, c in zip(base_times, cand_times, strict=True)]
    return {
        "name": name,
        "baseline_s": statistics.median(base_times),
        "candidate_s": statistics.median(cand_times),
        "ratio": statistics.median(ratios),
        "spread": list(quartiles(ratios)),
        "ci95": list(median_interval(ratios)),
        "rounds": rounds,
    }


def compare(
    name: str,
    baseline: Callable[[], object],
    candidate: Callable[[], object],
    calls: int,
    rounds: int,
) -> dict[str, Any]:
    """Time two callables in interleaved blocks of ``calls`` calls."""
    for fn in (baseline, candidate):
        per_call(fn, max(1, calls // 2))
    return paired(
        name,
        lambda: per_call(baseline, calls),
        lambda: per_call(candidate, calls),
        rounds,
    )


def bench_small_call(calls: int, rounds: int) -> dict[str, Any]:
    """One small allowlist: raw ``httpx.Client.get().json()`` vs the client."""
    allowlist = example({"$ref": "#/components/schemas/Allowlist"}, "Allowlist")
    body = json.dumps(allowlist).encode()
    raw = httpx.Client(transport=fixed_transport(body), base_url=BASE, headers=AUTH)
    client = DynamicClient(
        token=TOKEN,
        environment_id=ENV,
        base_url=BASE,
        http_client=httpx.Client(transport=fixed_transport(body)),
    )
    allowlist_id = allowlist["id"]
    result = compare(
        "small_call",
        lambda: raw.get(f"/allowlists/{allowlist_id}").json(),
        lambda: client.allowlists.get_allowlists_by_id(allowlist_id),
        calls,
        rounds,
    )
    result["body_bytes"] = len(body)
    return result


def bench_retries_enabled(calls: int, rounds: int) -> dict[str, Any]:
    """The same small call with the default retries vs ``max_retries=0``."""
    allowlist = example({"$ref": "#/components/schemas/Allowlist"}, "Allowlist")
    body = json.dumps(allowlist).encode()
    client = DynamicClient(
        token=TOKEN,
        environment_id=ENV,
        base_url=BASE,
        http_client=httpx.Client(transport=fixed_transport(body)),
    )
    no_retries = client.with_options(max_retries=0)
    allowlist_id = allowlist["id"]
    return compare(
        "retries_enabled",
        lambda: no_retries.allowlists.get_allowlists_by_id(allowlist_id),
        lambda: client.allowlists.get_allowlists_by_id(allowlist_id),
        calls,
        rounds,
    )


def bench_users_page(size: int, calls: int, rounds: int) -> dict[str, Any]:
    """A page of ``size`` users: raw httpx + ``json.loads`` vs typed models.

    Both sides go through the page's items and read each one's id, so the
    figure includes wrapping every user in its model, not only the page.
    """
    body = json.dumps({"count": size, "users": build_users(size)}).encode()
    raw = httpx.Client(transport=fixed_transport(body), base_url=BASE, headers=AUTH)
    client = DynamicClient(
        token=TOKEN,
        environment_id=ENV,
        base_url=BASE,
        http_client=httpx.Client(transport=fixed_transport(body)),
    )
    params = {"offset": 0, "limit": size}
    url = f"/environments/{ENV}/users"

    def baseline() -> object:
        page = json.loads(raw.get(url, params=params).content)
        return [user["id"] for user in page["users"]]

    def candidate() -> object:
        page = client.users.get_environment_users(offset=0, limit=size)
        return [user.id for user in page.users]

    result = compare(f"users_page_{size}", baseline, candidate, calls, rounds)
    result["body_bytes"] = len(body)
    return result


def bench_every_field(size: int, calls: int, rounds: int) -> dict[str, Any]:
    """Parse a page and read every field of every user (all decoded), vs dicts.

    Not a target: it shows what lazy decoding defers, paid when a caller
    does read everything.
    """
    body = json.dumps({"count": size, "users": build_users(size)}).encode()
    response = httpx.Response(200, content=body)
    names = [name for name in User.__annotations__ if not name.startswith("_")]

    def baseline() -> object:
        users = json.loads(response.content)["users"]
        return [list(user.values()) for user in users]

    def candidate() -> object:
        users = get_environment_users._parse(response).users
        return [[getattr(user, name) for name in names] for user in users]

    return compare(f"every_field_{size}", baseline, candidate, calls, rounds)


def traced_memory(fn: Callable[[], object]) -> tuple[int, int]:
    """Peak bytes traced while ``fn`` runs, and bytes its result keeps alive."""
    gc.collect()
    tracemalloc.start()
    try:
        result = fn()
        retained, peak = tracemalloc.get_traced_memory()
        del result
    finally:
        tracemalloc.stop()
    return peak, retained


def bench_memory(size: int) -> list[dict[str, Any]]:
    """Traced memory of parsing a page of ``size`` users vs ``json.loads``.

    ``memory_*`` is the peak while parsing (``json.loads`` decodes the body
    to text first, which dominates it); ``*_retained`` is what the result
    holds: the decoded JSON, plus for models their instance dicts, and the
    converted values once fields are read.
    """
    body = json.dumps({"count": size, "users": build_users(size)}).encode()
    response = httpx.Response(200, content=body)
    names = [name for name in User.__annotations__ if not name.startswith("_")]

    def parsed() -> object:
        page = get_environment_users._parse(response)
        return page, [user.id for user in page.users]

    def every_field() -> object:
        page = get_environment_users._parse(response)
        return page, [[getattr(user, name) for name in names] for user in page.users]

    base_peak, base_kept = traced_memory(lambda: json.loads(response.content))
    peak, kept = traced_memory(parsed)
    _, all_kept = traced_memory(every_field)
    figures = [
        (f"memory_{size}", base_peak, peak),
        (f"memory_{size}_retained", base_kept, kept),
        (f"memory_{size}_retained_every_field", base_kept, all_kept),
    ]
    return [
        {
            "name": name,
            "unit": "bytes",
            "baseline": base,
            "candidate": cand,
            "ratio": cand / base,
        }
        for name, base, cand in figures
    ]


def import_env() -> dict[str, str]:
    """Environment for the import runs: bytecode cached, as for an installed package.

    ``PYTHONDONTWRITEBYTECODE`` (set in some shells and CI images) would make
    the project's modules compile from source on every run while the
    installed dependencies load from their ``.pyc``; a private pycache prefix
    gives both sides the same footing without writing into the tree.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(ROOT / ".bench" / "pycache")
    return env


def import_time(statement: str, env: dict[str, str]) -> float:
    """Seconds a fresh interpreter spends on ``statement``."""
    code = (
        "import time; t = time.perf_counter(); "
        f"{statement}; print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return float(out.stdout)


def bench_import(runs: int) -> dict[str, Any]:
    """``import dynamic_admin`` vs ``import httpx, attrs``, fresh interpreters."""
    env = import_env()
    base_statement = "import httpx, attrs"
    cand_statement = "import dynamic_admin"
    for statement in (base_statement, cand_statement):  # fill the pycache
        import_time(statement, env)
    return paired(
        "import",
        lambda: import_time(base_statement, env),
        lambda: import_time(cand_statement, env),
        runs,
    )


def start_page_server(
    total: int, latency: float = 0.0
) -> tuple[subprocess.Popen[str], str]:
    """Start the loopback page server; return it and its base URL."""
    users_file = Path(tempfile.mkdtemp()) / "users.json"
    users_file.write_text(json.dumps(build_users(50)))
    server = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("page_server.py")),
            str(users_file),
            str(total),
            str(latency),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    port = int(server.stdout.readline())
    return server, f"http://127.0.0.1:{port}/api/v0"


def bench_pagination(
    total: int, page_size: int, rounds: int, latency: float
) -> dict[str, Any]:
    """Iterate ``total`` users over loopback HTTP, sync vs async.

    The server answers after ``latency`` seconds. Each user's id and email
    are read, so the items are used, not only counted.
    """
    server, base_url = start_page_server(total, latency)
    try:
        client = DynamicClient(token=TOKEN, environment_id=ENV, base_url=base_url)
        aclient = AsyncDynamicClient(token=TOKEN, environment_id=ENV, base_url=base_url)
        loop = asyncio.new_event_loop()

        def run_sync() -> float:
            start = time.perf_counter()
            seen = {
                (u.id, u.email)
                for u in client.users.iter_environment_users(limit=page_size)
            }
            assert len(seen) == total
            return time.perf_counter() - start

        async def walk() -> int:
            iterator = aclient.users.iter_environment_users(limit=page_size)
            return len({(u.id, u.email) async for u in iterator})

        def run_async() -> float:
            start = time.perf_counter()
            assert loop.run_until_complete(walk()) == total
            return time.perf_counter() - start

        run_sync(), run_async()  # connections open, code warm
        result = paired(
            "pagination_10000" if latency else "pagination_10000_no_latency",
            run_sync,
            run_async,
            rounds,
        )
        loop.run_until_complete(aclient.aclose())
        loop.close()
        client.close()
    finally:
        server.kill()
        server.wait()
    result["page_size"] = page_size
    result["latency_s"] = latency
    return result


def verdict(result: dict[str, Any]) -> tuple[str, bool]:
    """The target text of a figure and whether it is met."""
    target = TARGETS.get(result["name"])
    if target is None:
        return "-", True
    if result["name"].startswith("pagination"):
        text, met = f"< {target:.2f} (async/sync)", result["ratio"] < target
    else:
        text, met = f"<= {target:.2f}", result["ratio"] <= target
    low, high = result.get("ci95") or (result["ratio"], result["ratio"])
    if low <= target < high:
        # The median meets (or misses) the target by less than its own noise.
        text += " (within noise)"
    return text, met


def show(result: dict[str, Any]) -> str:
    """One line of the report."""
    if result.get("unit") == "bytes":
        base = f"{result['baseline'] / 2**20:>10.2f}MB"
        cand = f"{result['candidate'] / 2**20:>13.2f}MB"
    else:
        base = f"{result['baseline_s'] * 1e3:>10.3f}ms"
        cand = f"{result['candidate_s'] * 1e3:>13.3f}ms"
    spread, ci95 = result.get("spread"), result.get("ci95")
    spread_text = f"{spread[0]:.2f}-{spread[1]:.2f}" if spread else "-"
    ci_text = f"{ci95[0]:.2f}-{ci95[1]:.2f}" if ci95 else "-"
    missed = "" if result["met"] else "  MISSED"
    return (
        f"{result['name']:<36}{base}{cand}{result['ratio']:>8.2f}"
        f"{spread_text:>12}{ci_text:>12}  {result['target']}{missed}"
    )


def main() -> int:
    """Run every benchmark, print the figures, write them as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    parser.add_argument("--out", type=Path, default=ROOT / ".bench" / "results.json")
    args = parser.parse_args()
    scale = 1 if args.quick else 3

    results = [
        bench_small_call(calls=200, rounds=30 * scale),
        bench_retries_enabled(calls=200, rounds=60 * scale),
        bench_users_page(100, calls=3, rounds=20 * scale),
        bench_users_page(1000, calls=1, rounds=8 * scale),
        bench_every_field(100, calls=2, rounds=10 * scale),
        *bench_memory(1000),
        bench_import(runs=12 * scale),
        bench_pagination(10_000, 100, rounds=scale, latency=PAGE_LATENCY),
        bench_pagination(10_000, 100, rounds=scale, latency=0.0),
    ]
    failed = []
    print(
        f"{'benchmark':<36}{'baseline':>12}{'dynamic-admin':>15}{'ratio':>8}"
        f"{'spread':>12}{'ci95':>12}  target"
    )
    for result in results:
        result["target"], result["met"] = verdict(result)
        if not result["met"]:
            failed.append(result["name"])
        print(show(result))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps({"python": sys.version, "results": results}, indent=2) + "\n"
    )
    print(f"written to {args.out}")
    if failed:
        print(f"missed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
