"""Rebuild openapi/dynamic-admin-api.json from upstream plus openapi/overlay.yaml.

Usage: python generator/refresh_spec.py [--source SRC] [--check]
"""

import sys
from pathlib import Path

# Run as a plain script: make the sibling dynamic_spec package importable.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dynamic_spec.refresh import main

if __name__ == "__main__":
    sys.exit(main())
