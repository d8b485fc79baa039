"""crimeaudit: flags doubtful no-crime and non-crime decisions for a person to review."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
