"""Reading what a server said in an error answer, for messages."""

from __future__ import annotations

from typing import Any

__all__ = ["summarize_detail"]


def summarize_detail(detail: Any) -> str:
    """FastAPI's `detail` in one line: validation errors as "loc: msg; ...", other text cut at 300."""
    if isinstance(detail, list):  # FastAPI validation errors: [{loc, msg, type}, ...]
        parts = []
        for item in detail[:5]:
            if isinstance(item, dict):
                loc = ".".join(str(p) for p in item.get("loc", ()))
                parts.append(f"{loc}: {item.get('msg', '')}")
        more = f" (+{len(detail) - 5} more)" if len(detail) > 5 else ""
        return "; ".join(parts) + more
    if detail is None:
        return ""
    text = str(detail).strip()
    return text if len(text) <= 300 else text[:300] + "..."
