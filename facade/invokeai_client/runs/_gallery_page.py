"""The gallery's HTML: one page with its CSS and script inline (no server, no network, no fonts to fetch).

Everything taken from a run (its workflow's name, labels, values, errors, file names) is escaped; values
reach the script only through escaped attributes, never as code. The script sorts and filters the cells
already on the page (numbers numerically), and on the standalone page keeps the view in the URL's hash
(`index.html#sort=-Seed&Width=64&status=failed`), so a view can be bookmarked or opened as is. Without
script the page is the grid in variant order.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from .gallery import MARKER, SHEET_NAME, text

if TYPE_CHECKING:
    from .gallery import Gallery, GalleryCell

__all__ = ["render"]

_SELECT_MAX = 100  # a column with more distinct values gets a text box (substring) instead of a list
_EAGER = 48  # the first cells load at once (a first screen, a screenshot); the rest as they scroll in

_CSS = """
.iai-gallery{--thumb:180px;font:13px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;
 background:#f4f5f7;padding:12px}
.iai-gallery *{box-sizing:border-box}
.iai-gallery h1{font-size:18px;margin:0 0 4px}
.iai-gallery .iai-summary{margin:0 0 8px;color:#4a5263}
.iai-gallery dl{display:flex;flex-wrap:wrap;gap:4px 14px;margin:0 0 10px}
.iai-gallery dl div{display:flex;gap:4px;max-width:100%}
.iai-gallery dt{font-weight:600}.iai-gallery dd{margin:0;overflow-wrap:anywhere}
.iai-gallery .iai-controls{display:flex;flex-wrap:wrap;gap:6px 12px;align-items:center;margin:0 0 12px}
.iai-gallery .iai-controls label{display:flex;gap:4px;align-items:center}
.iai-gallery select,.iai-gallery input,.iai-gallery button{font:inherit}
.iai-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(var(--thumb),1fr));gap:10px}
.iai-cell{margin:0;background:#fff;border:1px solid #d5d9e0;border-radius:6px;padding:6px;min-width:0}
.iai-cell[hidden]{display:none}
.iai-cell .iai-images{display:grid;grid-auto-flow:column;gap:4px}
.iai-cell img{display:block;width:100%;aspect-ratio:1;object-fit:contain;background:#e8eaee;border-radius:3px}
.iai-cell .iai-none{display:flex;align-items:center;justify-content:center;text-align:center;aspect-ratio:1;
 background:#eceef2;border-radius:3px;color:#5b6375;padding:6px;overflow:hidden;overflow-wrap:anywhere}
.iai-cell.failed{border-color:#d33}.iai-cell.failed .iai-none{background:#fdecec;color:#a01b1b}
.iai-cell.missing,.iai-cell.unfinished{border-style:dashed}
.iai-cell figcaption{margin-top:5px;font-size:12px;overflow-wrap:anywhere}
.iai-cell figcaption .k{color:#5b6375}.iai-cell figcaption .v{font-weight:600}
.iai-cell .iai-status{font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:#a01b1b}
.iai-cell.unfinished .iai-status{color:#5b6375}
"""

_SCRIPT = """
(function(){
function init(root){
 if(root.getAttribute("data-ready"))return;root.setAttribute("data-ready","1");
 var grid=root.querySelector(".iai-grid"),cells=Array.prototype.slice.call(grid.children);
 var sort=root.querySelector(".iai-sort"),dir=root.querySelector(".iai-dir");
 var size=root.querySelector(".iai-size");
 var filters=Array.prototype.slice.call(root.querySelectorAll(".iai-filter"));
 var shown=root.querySelector(".iai-shown"),hash=root.hasAttribute("data-hash");
 function value(cell,col){return col==="variant"?cell.getAttribute("data-variant"):
  col==="status"?cell.getAttribute("data-status"):(cell.getAttribute("data-c"+col)||"");}
 function compare(num){return function(a,b){
  var x=value(a,sort.value),y=value(b,sort.value),r;
  if(num){x=parseFloat(x);y=parseFloat(y);r=(isNaN(x)?Infinity:x)-(isNaN(y)?Infinity:y);if(isNaN(r))r=0;}
  else r=String(x).localeCompare(String(y),undefined,{numeric:true});
  if(dir.getAttribute("data-desc")==="1")r=-r;
  return r||(+a.getAttribute("data-variant"))-(+b.getAttribute("data-variant"));};}
 function apply(save){
  var opt=sort.options[sort.selectedIndex],desc=dir.getAttribute("data-desc")==="1";
  dir.textContent=desc?"\\u2193 descending":"\\u2191 ascending";
  var n=0;cells.slice().sort(compare(opt.hasAttribute("data-num"))).forEach(function(cell){
   var ok=filters.every(function(f){if(!f.value)return true;var have=value(cell,f.getAttribute("data-col"));
    return f.tagName==="SELECT"?have===f.value:have.toLowerCase().indexOf(f.value.toLowerCase())>=0;});
   cell.hidden=!ok;if(ok)n++;grid.appendChild(cell);});
  shown.textContent=n+" of "+cells.length+" shown";
  if(save&&hash){var p=new URLSearchParams();
   if(sort.value!=="variant"||desc)p.set("sort",(desc?"-":"")+opt.getAttribute("data-name"));
   filters.forEach(function(f){if(f.value)p.set(f.getAttribute("data-name"),f.value);});
   try{history.replaceState(null,"","#"+p.toString());}catch(e){}}}
 function read(){var p=new URLSearchParams(location.hash.slice(1)),s=p.get("sort")||"variant";
  var desc=s.charAt(0)==="-";
  if(desc)s=s.slice(1);
  Array.prototype.forEach.call(sort.options,function(o){if(o.getAttribute("data-name")===s)sort.value=o.value;});
  dir.setAttribute("data-desc",desc?"1":"0");
  filters.forEach(function(f){var v=p.get(f.getAttribute("data-name"));f.value=v===null?"":v;});}
 sort.addEventListener("change",function(){apply(true);});
 dir.addEventListener("click",function(){dir.setAttribute("data-desc",dir.getAttribute("data-desc")==="1"?"0":"1");apply(true);});
 filters.forEach(function(f){f.addEventListener(f.tagName==="SELECT"?"change":"input",function(){apply(true);});});
 size.addEventListener("input",function(){root.style.setProperty("--thumb",size.value+"px");});
 if(hash){read();window.addEventListener("hashchange",function(){read();apply(false);});}
 apply(false);
}
Array.prototype.forEach.call(document.querySelectorAll(".iai-gallery"),init);
})();
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def render(
    gallery: Gallery,
    *,
    source: Callable[[GalleryCell, Path], str | None],
    standalone: bool,
    sheet_link: bool = False,
) -> str:
    """The gallery as HTML: a whole page (`standalone`) or a fragment for a notebook. `source` gives
    each image's `src` (a relative path, or a data: URI), None for no thumbnail; `sheet_link`: link the
    contact sheet beside the page."""
    counts = gallery.counts()
    parts = [
        f'<div class="iai-gallery" id="iai-{uuid.uuid4().hex[:12]}"{" data-hash" if standalone else ""}>'
    ]
    parts.append(f"<h1>{_e(gallery.title)}</h1>")
    said = ", ".join(f"{n} {status}" for status, n in counts.items() if n)
    parts.append(f'<p class="iai-summary">{len(gallery.cells)} variant(s): {_e(said or "none")}')
    if standalone:
        parts.append(' · <a href="manifest.csv">manifest.csv</a>')
    if sheet_link:
        parts.append(f' · <a href="{SHEET_NAME}">contact sheet</a>')
    parts.append("</p>")
    if gallery.constants:
        parts.append('<dl class="iai-constants">')
        for label, value in gallery.constants.items():
            parts.append(f"<div><dt>{_e(label)}</dt><dd>{_e(text(value, 500))}</dd></div>")
        parts.append("</dl>")
    parts.append(_controls(gallery, counts))
    parts.append('<div class="iai-grid">')
    for index, cell in enumerate(gallery.cells):
        parts.append(_cell(gallery, cell, source, lazy=index >= _EAGER, link=standalone))
    parts.append("</div></div>")
    body = "".join(parts)
    style, script = f"<style>{_CSS}</style>", f"<script>{_SCRIPT}</script>"
    if not standalone:
        return style + body + script
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="generator" content="{MARKER}">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{_e(gallery.title)}: {len(gallery.cells)} variant(s)</title>{style}</head>"
        f'<body style="margin:0;background:#f4f5f7;min-height:100vh">{body}{script}</body></html>\n'
    )


def _controls(gallery: Gallery, counts: dict[str, int]) -> str:
    out = ['<div class="iai-controls"><label>Sort by <select class="iai-sort">',
           '<option value="variant" data-name="variant" data-num>variant</option>']  # fmt: skip
    for i, column in enumerate(gallery.columns):
        num = " data-num" if gallery.numeric(column) else ""
        out.append(f'<option value="{i}" data-name="{_e(column)}"{num}>{_e(column)}</option>')
    out.append('</select></label><button type="button" class="iai-dir" data-desc="0">ascending</button>')
    for i, column in enumerate(gallery.columns):
        seen = list(dict.fromkeys(text(c.values.get(column)) for c in gallery.cells))
        if gallery.numeric(column):
            seen.sort(key=float)
        name = f'data-col="{i}" data-name="{_e(column)}"'
        if len(seen) > _SELECT_MAX:
            out.append(f'<label>{_e(column)} <input class="iai-filter" {name} type="search" '
                       'placeholder="contains"></label>')  # fmt: skip
            continue
        options = "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in seen)
        out.append(f'<label>{_e(column)} <select class="iai-filter" {name}><option value="">all</option>'
                   f"{options}</select></label>")  # fmt: skip
    if any(n for status, n in counts.items() if status != "completed"):
        options = "".join(f'<option value="{s}">{s} ({n})</option>' for s, n in counts.items() if n)
        out.append('<label>status <select class="iai-filter" data-col="status" data-name="status">'
                   f'<option value="">all</option>{options}</select></label>')  # fmt: skip
    out.append('<label>size <input class="iai-size" type="range" min="64" max="512" step="16" value="180">'
               '</label><span class="iai-shown"></span></div>')  # fmt: skip
    return "".join(out)


def _cell(
    gallery: Gallery, cell: GalleryCell, source: Callable[[GalleryCell, Path], str | None], *, lazy: bool,
    link: bool,
) -> str:  # fmt: skip
    attrs = "".join(f' data-c{i}="{_e(text(cell.values.get(c)))}"' for i, c in enumerate(gallery.columns))
    out = [f'<figure class="iai-cell {cell.status}" data-variant="{cell.variant}" data-status="{cell.status}"'
           f"{attrs}>"]  # fmt: skip
    label = (
        ", ".join(f"{c}={text(cell.values.get(c), 80)}" for c in gallery.columns) or f"variant {cell.variant}"
    )
    images = []
    for file in cell.files if cell.status == "completed" else []:
        src = source(cell, file)
        if src is None:
            images.append(f'<div class="iai-none" title="{_e(file)}">{_e(file.name)}</div>')
            continue
        loading = ' loading="lazy"' if lazy else ""
        url = src if src.startswith("data:") else quote(src)
        img = f'<img src="{_e(url)}" alt="{_e(label)}"{loading} decoding="async" title="{_e(file.name)}">'
        images.append(f'<a href="{_e(url)}">{img}</a>' if link else img)
    if not images:
        images.append(f'<div class="iai-none">{_e(_placeholder(cell))}</div>')
    out.append(f'<div class="iai-images">{"".join(images)}</div><figcaption>')
    if cell.status != "completed":
        out.append(f'<div class="iai-status">{_e(cell.status)}</div>')
    out.append(f'<div class="k">#{cell.variant}</div>')
    for column in gallery.columns:
        value = cell.values.get(column)
        out.append(f'<div title="{_e(text(value, 2000))}"><span class="k">{_e(column)}</span> '
                   f'<span class="v">{_e(text(value, 80))}</span></div>')  # fmt: skip
    out.append("</figcaption></figure>")
    return "".join(out)


def _placeholder(cell: GalleryCell) -> str:
    if cell.status == "failed":
        return f"failed: {text(cell.error or 'no error given', 300)}"
    if cell.status == "missing":
        return "missing: its image file is not in the folder"
    if cell.status == "unfinished":
        return "not finished: resume the run"
    return "no image here (left on the server)"
