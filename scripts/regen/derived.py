"""Templates derived from the pinned generator's own, by small named substitutions made at regenerate time.

Where a stock template needs a one-line change, copying the whole template into the project would fork it;
instead each substitution below names what it fixes and how many places it must change, and the
regenerate step fails if the generator's template no longer has them (for example after a version bump).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import openapi_python_client


@dataclass(frozen=True)
class Substitution:
    why: str
    template: str
    pattern: str
    replacement: str
    count: int


LAZY_LOOP = (
    r"^[ \t]*\{% for lazy_import in MODEL\.lazy_imports \| sort %\}\n"
    r"\s*\{\{ lazy_import \}\} # noqa: PLC0415\n\s*\{% endfor %\}"
)

SUBSTITUTIONS: tuple[Substitution, ...] = (
    Substitution(
        why="from_dict binds the classes it parses directly once per module (union members load per case)",
        template="model.py.jinja",
        pattern=r"(def from_dict\(cls: type\[T\], src_dict: Mapping\[str, Any\]\) -> T:\n)"
        + LAZY_LOOP.replace("MODEL", "model").lstrip("^"),
        replacement="\\1        {{ parse_unpack(model) }}",
        count=1,
    ),
    Substitution(
        why="to_dict and to_multipart bind every referenced class once per module, not at every call",
        template="model.py.jinja",
        pattern=LAZY_LOOP.replace("MODEL", "model"),
        replacement="        {{ lazy_unpack(model) }}",
        count=2,
    ),
    Substitution(
        why="(from_dict's unpacking above already covers the additional properties' classes)",
        template="model.py.jinja",
        pattern=LAZY_LOOP.replace("MODEL", r"model\.additional_properties"),
        replacement="",
        count=1,
    ),
    Substitution(
        why="(the cached import function the line above calls, and its imports)",
        template="model.py.jinja",
        pattern=r"\A",
        replacement='{% from "lazy_imports.jinja" import lazy_unpack, parse_unpack, lazy_function %}\n',
        count=1,
    ),
    Substitution(
        why="(defined at the end of each model module)",
        template="model.py.jinja",
        pattern=r"\Z",
        replacement="\n{{ lazy_function(model) }}\n",
        count=1,
    ),
    Substitution(
        why="(functools for the cache)",
        template="model.py.jinja",
        pattern=r"^from __future__ import annotations\n",
        replacement="from __future__ import annotations\n\nimport functools\n",
        count=1,
    ),
    Substitution(
        why="const fields cast to a quoted type: `Literal['add']` built per call misses typing's small cache",
        template="property_templates/const_property.py.jinja",
        pattern=r"cast\(\{\{ property\.get_type_string\(\) \| as_unembedded_code \}\} ,",
        replacement="cast({{ (property.get_type_string() | as_unembedded_code) | string | pprint }},",
        count=1,
    ),
)


SUBSTITUTIONS += (
    Substitution(
        why="endpoints send cookies only when set: httpx deprecates per-request cookies, even empty ones",
        template="endpoint_module.py.jinja",
        pattern=(
            r"        \{% if endpoint\.cookie_parameters %\}\n"
            r'        "cookies": cookies,\n        \{% endif %\}\n    \}\n'
        ),
        replacement=(
            "    }\n{% if endpoint.cookie_parameters %}\n    if cookies:\n"
            '        _kwargs["cookies"] = cookies\n{% endif %}\n'
        ),
        count=1,
    ),
)

SUBSTITUTIONS += (
    Substitution(
        why="an enum value newer than these bindings parses (kept as it came) instead of failing the answer",
        template="literal_enum.py.jinja",
        pattern=r"^    raise TypeError\(",
        replacement=(
            "    if isinstance(value, {{ enum.get_instance_type_string() | as_unembedded_code }}):\n"
            "        # A newer release or a custom node added this value: keep it, do not lose the answer.\n"
            "        return cast({{ enum.class_info.name }}, value)\n"
            "    raise TypeError("
        ),
        count=1,
    ),
    Substitution(
        why="(cast for the line above)",
        template="literal_enum.py.jinja",
        pattern=r"^from typing import Literal$",
        replacement="from typing import Literal, cast",
        count=1,
    ),
)


def _expand(replacement: str, match: re.Match[str]) -> str:
    return match.expand(replacement)


def write_derived_templates(target: Path) -> list[str]:
    """Write the derived templates under `target`; return one line per substitution for the log."""
    stock = Path(openapi_python_client.__file__).parent / "templates"
    texts: dict[str, str] = {}
    log = []
    for sub in SUBSTITUTIONS:
        text = texts.get(sub.template) or (stock / sub.template).read_text()
        expand = functools.partial(_expand, sub.replacement)
        text, made = re.subn(sub.pattern, expand, text, flags=re.MULTILINE)
        if made != sub.count:
            raise RuntimeError(
                f"{sub.template}: expected {sub.count} place(s) for '{sub.why}', found {made}; "
                "the generator's template changed: update scripts/regen/derived.py"
            )
        texts[sub.template] = text
        log.append(f"{sub.template}: {sub.why}")
    for name, text in texts.items():
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        (target / name).write_text(text)
    return log
