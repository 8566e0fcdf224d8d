"""Measure dynamic-admin against raw httpx, in one run, on the same transport.

Every figure is a ratio against a baseline measured in the same process and
the same run, so the machine's speed cancels out. Calls go through an
in-process ``httpx.MockTransport`` (no network noise) except the pagination
run, which talks to a loopback HTTP server in a child process.

Usage: python benchmarks/bench.py [--quick] [--out PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "generator"))

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
}


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


def per_call(fn: Callable[[], object], calls: int, rounds: int) -> list[float]:
    """Seconds per call of ``fn`` for each of ``rounds`` timed blocks."""
    results = []
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        results.append((time.perf_counter() - start) / calls)
    return results


def compare(
    name: str,
    baseline: Callable[[], object],
    candidate: Callable[[], object],
    calls: int,
    rounds: int,
) -> dict[str, Any]:
    """Time two callables in interleaved blocks; report medians and ratio."""
    for fn in (baseline, candidate):
        per_call(fn, max(1, calls // 10), 1)
    base_times: list[float] = []
    cand_times: list[float] = []
    for _ in range(rounds):
        base_times += per_call(baseline, calls, 1)
        cand_times += per_call(candidate, calls, 1)
    base = statistics.median(base_times)
    cand = statistics.median(cand_times)
    return {"name": name, "baseline_s": base, "candidate_s": cand, "ratio": cand / base}


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
    """A page of ``size`` users: raw httpx + ``json.loads`` vs typed models."""
    body = json.dumps({"count": size, "users": build_users(size)}).encode()
    raw = httpx.Client(transport=fixed_transport(body), base_url=BASE, headers=AUTH)
    client = DynamicClient(
        token=TOKEN,
        environment_id=ENV,
        base_url=BASE,
        http_client=httpx.Client(transport=fixed_transport(body)),
    )
    params = {"offset": 0, "limit": size}
    result = compare(
        f"users_page_{size}",
        lambda: json.loads(
            raw.get(f"/environments/{ENV}/users", params=params).content
        ),
        lambda: client.users.get_environment_users(offset=0, limit=size),
        calls,
        rounds,
    )
    result["body_bytes"] = len(body)
    return result


def import_time(statement: str, runs: int) -> float:
    """Median seconds a fresh interpreter spends on ``statement``."""
    code = (
        "import time; t = time.perf_counter(); "
        f"{statement}; print(time.perf_counter() - t)"
    )
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        )
        times.append(float(out.stdout))
    return statistics.median(times)


def bench_import(runs: int) -> dict[str, Any]:
    """``import dynamic_admin`` vs ``import httpx, attrs``, fresh interpreters."""
    base = import_time("import httpx, attrs", runs)
    cand = import_time("import dynamic_admin", runs)
    return {
        "name": "import",
        "baseline_s": base,
        "candidate_s": cand,
        "ratio": cand / base,
    }


def start_page_server(total: int) -> tuple[subprocess.Popen[str], str]:
    """Start the loopback page server; return it and its base URL."""
    users_file = Path(tempfile.mkdtemp()) / "users.json"
    users_file.write_text(json.dumps(build_users(50)))
    server = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("page_server.py")),
            str(users_file),
            str(total),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    port = int(server.stdout.readline())
    return server, f"http://127.0.0.1:{port}/api/v0"


def bench_pagination(total: int, page_size: int, rounds: int) -> dict[str, Any]:
    """Iterate ``total`` users over loopback HTTP, sync vs async."""
    server, base_url = start_page_server(total)
    try:
        client = DynamicClient(token=TOKEN, environment_id=ENV, base_url=base_url)
        aclient = AsyncDynamicClient(token=TOKEN, environment_id=ENV, base_url=base_url)

        def run_sync() -> int:
            return sum(1 for _ in client.users.iter_environment_users(limit=page_size))

        async def count_async() -> int:
            return len(
                [u async for u in aclient.users.iter_environment_users(limit=page_size)]
            )

        loop = asyncio.new_event_loop()
        sync_times, async_times = [], []
        for _ in range(rounds):
            start = time.perf_counter()
            assert run_sync() == total
            sync_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            assert loop.run_until_complete(count_async()) == total
            async_times.append(time.perf_counter() - start)
        loop.run_until_complete(aclient.aclose())
        loop.close()
        client.close()
    finally:
        server.kill()
        server.wait()
    sync_s = statistics.median(sync_times)
    async_s = statistics.median(async_times)
    return {
        "name": f"pagination_{total}",
        "baseline_s": sync_s,
        "candidate_s": async_s,
        "ratio": async_s / sync_s,
        "page_size": page_size,
    }


def main() -> int:
    """Run every benchmark, print the figures, write them as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    parser.add_argument("--out", type=Path, default=ROOT / ".bench" / "results.json")
    args = parser.parse_args()
    scale = 1 if args.quick else 4

    results = [
        bench_small_call(calls=500 * scale, rounds=5 * scale),
        bench_retries_enabled(calls=500 * scale, rounds=5 * scale),
        bench_users_page(100, calls=5 * scale, rounds=5 * scale),
        bench_users_page(1000, calls=1 * scale, rounds=3 * scale),
        bench_import(runs=5 * scale),
        bench_pagination(10_000, page_size=100, rounds=max(1, scale // 2)),
    ]
    failed = []
    print(f"{'benchmark':<22}{'baseline':>12}{'dynamic-admin':>15}{'ratio':>8}  target")
    for r in results:
        target = TARGETS.get(r["name"])
        if r["name"].startswith("pagination"):
            target_text, ok = "< 1.00 (async vs sync)", r["ratio"] < 1.0
        elif target is not None:
            target_text, ok = f"<= {target:.2f}", r["ratio"] <= target
        else:
            target_text, ok = "-", True
        r["target"] = target_text
        r["met"] = ok
        if not ok:
            failed.append(r["name"])
        print(
            f"{r['name']:<22}{r['baseline_s'] * 1e3:>10.3f}ms"
            f"{r['candidate_s'] * 1e3:>13.3f}ms"
            f"{r['ratio']:>8.2f}  {target_text}{'' if ok else '  MISSED'}"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps({"python": sys.version, "results": results}, indent=2) + "\n"
    )
    print(f"written to {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
