"""A run's results to look at: `index.html`, one self-contained page in the run's folder (the images in a
grid, each labelled with the values that vary across the run, sortable and filterable by them), the
`contact-sheet.png` beside it (Pillow, the `images` extra), and the notebook display of a run's results.

    files = write_gallery("blur-run/")   # (re)build both for a run's folder (`invokeai-client gallery DIR`)
    Gallery.from_folder("blur-run/")     # in a notebook: the grid, images embedded

A run with a folder writes both when it finishes (`Run.start(..., gallery=False)`: not).

The page's thumbnails are the image files themselves, referenced relatively and loaded lazily: the page
stays small (a few hundred bytes per variant, about 0.5 MB for 1,000), needs no Pillow and no extra files,
still works when the folder is moved or zipped, and a thumbnail's link is the full image. The notebook
display embeds small thumbnails as data: URIs instead, because a notebook resolves links against the
notebook's own location, not the run's folder.
"""

from __future__ import annotations

import base64
import importlib.util
import io
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .files import open_part
from .manifest import value_columns

if TYPE_CHECKING:
    from .journal import Journal
    from .spec import RunSpec

__all__ = ["INDEX_NAME", "SHEET_NAME", "Gallery", "GalleryCell", "GalleryFiles", "write_gallery"]

INDEX_NAME, SHEET_NAME = "index.html", "contact-sheet.png"
# In every file the gallery writes (a meta tag, a PNG text chunk): a file without it is the user's, kept.
MARKER = "invokeai-client gallery"
STATUSES = ("completed", "failed", "missing", "unfinished")
PILLOW_HINT = "pip install 'invokeai-client[images]'"
# The notebook display: thumbnails of this size (Pillow), the raw file without Pillow up to this size.
_THUMB, _RAW_EMBED_MAX = 192, 256 * 1024


@dataclass(frozen=True)
class GalleryCell:
    """One variant: its `values` by column (every swept input, and `run` when runs > 1), its status
    (completed, failed, missing: its image file is gone, or unfinished), its image files, and why it
    failed."""

    variant: int
    values: dict[str, Any]
    status: str
    files: list[Path] = field(default_factory=list)
    error: str | None = None


@dataclass(frozen=True)
class GalleryFiles:
    """What `write_gallery` wrote: the page, the contact sheet (None without Pillow) and a note saying
    how to get what is missing (None: a file of that name that is not the client's was left alone)."""

    index: Path | None
    sheet: Path | None
    note: str | None = None


@dataclass
class Gallery:
    """A run's variants to show: `columns` are the values that vary (each cell is labelled with them),
    `constants` the values every variant shares (shown once), `folder` where the page goes (links are
    relative to it). In a notebook it displays as the grid."""

    title: str
    columns: list[str]
    constants: dict[str, Any]
    cells: list[GalleryCell]
    folder: Path | None = None

    @classmethod
    def of_run(
        cls, spec: RunSpec, journal: Journal, *, images: Path | None, folder: Path | None = None
    ) -> Gallery:
        """The gallery of the run `journal` records: its images under `images` (None: not fetched)."""
        names = dict(zip(spec.fields, value_columns(spec), strict=True))
        distinct: dict[str, set[str]] = {}
        for group in spec.groups:
            for datum in group:
                key = f"{datum['node_path']}.{datum['field_name']}"
                distinct[key] = {json.dumps(v, sort_keys=True) for v in datum["items"]}
        varying = [k for k in spec.fields if len(distinct[k]) > 1]
        columns = [names[k] for k in varying] + (["run"] if spec.runs > 1 else [])
        first = spec.values(0) if spec.total else {}
        constants = {names[k]: first[k] for k in spec.fields if k not in varying and k in first}
        for label, value in _form_values(spec, set(spec.fields)):
            constants.setdefault(label, value)
        states = journal.last_states()
        files: dict[int, list[Path]] = {}
        for attempt, image in journal.image_rows():
            if images is not None:
                files.setdefault(attempt.variant, []).append(images / image.file)
        failures = {a.variant: a.error for a in journal.attempts(("failed",))}  # the last one counts
        cells = []
        for variant in range(spec.total):
            values = {names[k]: v for k, v in spec.values(variant).items()}
            if spec.runs > 1:
                values["run"] = variant // spec.per_run + 1
            state = states.get(variant)
            mine = files.get(variant, [])
            if state == "completed":
                status = (
                    "missing" if images is not None and not all(f.is_file() for f in mine) else "completed"
                )
            else:
                status = "failed" if state == "failed" else "unfinished"
            error = failures.get(variant) if status == "failed" else None
            cells.append(GalleryCell(variant, values, status, mine, error))
        title = str(spec.workflow.get("name") or "run")
        return cls(title, columns, constants, cells, folder)

    @classmethod
    def from_folder(
        cls, folder: str | os.PathLike[str], *, images: str | os.PathLike[str] | None = None
    ) -> Gallery:
        """The gallery of the run in `folder` (from its journal; images in `images`, default the folder)."""
        from invokeai_client import errors

        from .journal import Journal
        from .spec import RunSpec

        path = Path(folder)
        if not Journal.exists(path):
            raise errors.ValidationError(f"{path} holds no run (made by `invokeai-client run ... --out DIR`)")
        with Journal(path) as journal:
            recorded = journal.spec()
            if recorded is None:
                raise errors.ValidationError(f"{path}: the run's journal has no spec")
            spec = RunSpec.from_dict(recorded)
            return cls.of_run(spec, journal, images=path if images is None else Path(images), folder=path)

    def counts(self) -> dict[str, int]:
        """How many cells are in each status."""
        return {status: sum(c.status == status for c in self.cells) for status in STATUSES}

    def numeric(self, column: str) -> bool:
        """Whether every value of `column` is a number (it sorts numerically)."""
        return all(_is_number(c.values.get(column)) for c in self.cells)

    def to_html(self, *, embed: bool = False, limit: int | None = None) -> str:
        """The page: standalone (`embed` False: thumbnails link the files relatively to `folder`, the view
        in the URL's hash) or a fragment with thumbnails as data: URIs (for a notebook; the first `limit`
        cells get images, the rest their labels)."""
        from ._gallery_page import render

        if embed:
            count = [0]

            def source(cell: GalleryCell, file: Path) -> str | None:
                count[0] += 1
                return None if limit is not None and count[0] > limit else _data_uri(file)

            return render(self, source=source, standalone=False)
        sheet = self.folder is not None and (
            (self.folder / SHEET_NAME).is_file() or importlib.util.find_spec("PIL") is not None
        )
        return render(self, source=self._relative, standalone=True, sheet_link=sheet)

    def _relative(self, cell: GalleryCell, file: Path) -> str | None:
        base = self.folder if self.folder is not None else Path.cwd()
        return Path(os.path.relpath(file, base)).as_posix()

    def _repr_html_(self) -> str:
        """The grid in a notebook (Jupyter, VS Code): thumbnails embedded, at most 500 of them."""
        return self.to_html(embed=True, limit=500)

    def write(self, *, sheet: bool = True) -> GalleryFiles:
        """Write `index.html` and (with Pillow) `contact-sheet.png` into `folder`, each atomically. A file
        of that name that this client did not write is left alone (the note says so)."""
        if self.folder is None:
            raise ValueError("this gallery has no folder to write into")
        notes = []
        index: Path | None = self.folder / INDEX_NAME
        if _foreign(self.folder / INDEX_NAME):
            notes.append(_kept(self.folder / INDEX_NAME))
            index = None
        else:
            _write_atomically(self.folder / INDEX_NAME, lambda f: f.write(self.to_html().encode("utf-8")))
        path: Path | None = None
        if sheet:
            try:
                from .sheet import contact_sheet
            except ImportError:
                notes.append(
                    f"{SHEET_NAME} not made: it needs Pillow ({PILLOW_HINT}); then `invokeai-client gallery "
                    f"{self.folder}` makes it"
                )
            else:
                if _foreign(self.folder / SHEET_NAME):
                    notes.append(_kept(self.folder / SHEET_NAME))
                else:
                    path = self.folder / SHEET_NAME
                    _write_atomically(path, lambda f: contact_sheet(self, f))
        return GalleryFiles(index, path, "; ".join(notes) or None)


def write_gallery(
    folder: str | os.PathLike[str], *, images: str | os.PathLike[str] | None = None, sheet: bool = True
) -> GalleryFiles:
    """(Re)build `index.html` and `contact-sheet.png` for the run in `folder`, from its journal (images in
    `images`, default the folder). Without Pillow only the page is written; `note` says why."""
    return Gallery.from_folder(folder, images=images).write(sheet=sheet)


def text(value: Any, limit: int = 200) -> str:
    """A value as a cell shows it: numbers as JSON writes them, a model or an image by its name, a colour
    as `rgba(r,g,b,a)`, others as compact JSON; at most `limit` characters."""
    if isinstance(value, str):
        shown = value
    elif isinstance(value, dict) and set(value) == {"r", "g", "b", "a"}:
        shown = "rgba({r},{g},{b},{a})".format(**value)
    elif isinstance(value, dict) and isinstance(value.get("image_name"), str):
        shown = value["image_name"]
    elif isinstance(value, dict) and isinstance(value.get("name"), str):
        shown = value["name"]
    else:
        try:
            shown = json.dumps(value, separators=(",", ":"), sort_keys=True)
        except (TypeError, ValueError):
            shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _form_values(spec: RunSpec, swept: set[str]) -> list[tuple[str, Any]]:
    """The form's inputs that are not swept, by label, with their values (the run's constants)."""
    from invokeai_client.workflow.definition import WorkflowDefinition
    from invokeai_client.workflow.form import WorkflowForm

    try:
        inputs = WorkflowForm(WorkflowDefinition.from_dict(spec.workflow)).list_inputs()
    except Exception:  # a workflow the form cannot read still has a gallery, without these
        return []
    out = []
    for inp in inputs:
        if inp.key in swept or inp.value is None:
            continue
        out.append((inp.label or inp.key, inp.value))
    return out


def _data_uri(file: Path) -> str | None:
    """A small thumbnail of `file` as a data: URI (Pillow), else the file itself when small; None if the
    file cannot be read (or is too big to embed without Pillow)."""
    try:
        from PIL import Image
    except ImportError:
        try:
            if file.stat().st_size > _RAW_EMBED_MAX:
                return None
            data = file.read_bytes()
        except OSError:
            return None
        kind = "png" if data.startswith(b"\x89PNG") else "jpeg" if data.startswith(b"\xff\xd8") else "webp"
        return f"data:image/{kind};base64,{base64.b64encode(data).decode()}"
    try:
        with Image.open(file) as im:
            im.thumbnail((_THUMB, _THUMB))
            out = io.BytesIO()
            im.save(out, format="PNG")
    except (OSError, ValueError):
        return None
    return f"data:image/png;base64,{base64.b64encode(out.getvalue()).decode()}"


def _foreign(path: Path) -> bool:
    """Whether `path` exists and is not a file this client wrote."""
    try:
        with path.open("rb") as file:
            head = file.read(4096)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    return MARKER.encode() not in head


def _kept(path: Path) -> str:
    return f"{path} was not written by invokeai-client: left alone (move it away to get the gallery there)"


def _write_atomically(path: Path, write: Callable[[Any], Any]) -> None:
    """Write `path` under a temporary name and rename it over the old one when complete."""
    temp, file = open_part(path.parent, path.name)
    try:
        with file:
            write(file)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def label_lines(gallery: Gallery, cell: GalleryCell, columns: Sequence[str] | None = None) -> list[str]:
    """A cell's label as lines `Column=value` (the varying columns)."""
    return [f"{c}={text(cell.values.get(c), 80)}" for c in (gallery.columns if columns is None else columns)]
