"""A loopback HTTP server that pages through generated users.

Run by ``bench.py`` in a child process, so its work (serialising each page, as
a real server would) runs beside the client's instead of sharing its
interpreter. LATENCY seconds (default 0) are waited before each answer, as a
remote API's response time; requests are served concurrently, so waits
overlap like they would on a real server. Prints the port it listens on, then
serves until killed.

Usage: python page_server.py USERS_JSON_FILE TOTAL [LATENCY]
"""

from __future__ import annotations

import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


def make_handler(
    template: list[dict[str, Any]], total: int, latency: float = 0.0
) -> type:
    """Build a handler answering ``GET .../users?offset=&limit=`` pages."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out as separate writes; without this, Nagle
        # and delayed ACKs stall every response by ~40 ms on loopback.
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            if latency:
                time.sleep(latency)
            query = parse_qs(urlsplit(self.path).query)
            offset = int(query.get("offset", ["0"])[0])
            limit = int(query.get("limit", ["100"])[0])
            users = []
            for index in range(offset, min(offset + limit, total)):
                user = dict(template[index % len(template)])
                user["id"] = f"00000000-0000-4000-8000-{index:012d}"
                users.append(user)
            body = json.dumps({"count": total, "users": users}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            """Keep the benchmark's output clean."""

    return Handler


def main() -> None:
    """Serve pages on an ephemeral loopback port until killed."""
    with open(sys.argv[1], encoding="utf-8") as fh:
        template = json.load(fh)
    latency = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), make_handler(template, int(sys.argv[2]), latency)
    )
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
