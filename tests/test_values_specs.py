"""FieldSpec typing from the invocation catalog and value validation (offline)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from invokeai_client.errors import InvalidValueError
from invokeai_client.workflow.values import load_catalog, spec_for

WHERE = "input 3 'Steps' (denoise.steps)"


def test_catalog_is_loaded_once_and_knows_core_nodes() -> None:
    assert load_catalog() is load_catalog()
    catalog = load_catalog()
    assert catalog.knows("denoise_latents")
    assert not catalog.knows("my_custom_node")
    assert catalog.version("noise") == "1.1.0"
    # Reserved fields are never inputs (the GUI hides them).
    names = catalog.input_names("denoise_latents")
    assert "steps" in names
    assert not {"id", "type", "use_cache", "is_intermediate"} & set(names)
    assert catalog.image_output_fields("l2i") == ["image"]
    assert catalog.image_output_fields("noise") == []


@pytest.mark.parametrize(
    ("node_type", "field", "kind", "cardinality"),
    [
        ("denoise_latents", "steps", "integer", "single"),
        ("denoise_latents", "cfg_scale", "float", "single_or_collection"),
        ("denoise_latents", "scheduler", "enum", "single"),
        ("denoise_latents", "unet", "connection", "single"),
        ("denoise_latents", "positive_conditioning", "connection", "single_or_collection"),
        ("sdxl_model_loader", "model", "model", "single"),
        ("save_image", "image", "image", "single"),
        ("save_image", "board", "board", "single"),
        ("blank_image", "color", "color", "single"),
        ("image_batch", "images", "image", "collection"),
        ("integer_collection", "collection", "integer", "collection"),
        ("sdxl_compel_prompt", "prompt", "string", "single"),
        ("i2l", "fp32", "boolean", "single"),
        ("flux_text_encoder", "t5_max_seq_len", "enum", "single"),
        ("collect", "item", "connection", "single"),
        ("iterate", "collection", "any", "collection"),
    ],
)
def test_kinds_follow_the_schema(node_type: str, field: str, kind: str, cardinality: str) -> None:
    spec = spec_for(node_type, field)
    assert (spec.kind, spec.cardinality, spec.source) == (kind, cardinality, "catalog")


def test_spec_details() -> None:
    steps = spec_for("denoise_latents", "steps")
    assert (steps.title, steps.default, steps.gt, steps.required) == ("Steps", 10, 0, False)
    width = spec_for("noise", "width")
    assert (width.multiple_of, width.gt) == (8, 0)
    seed = spec_for("noise", "seed")
    assert (seed.ge, seed.le) == (0, 4294967295)
    model = spec_for("sdxl_model_loader", "model")
    assert (model.model_bases, model.model_types, model.required) == (("sdxl",), ("main",), True)
    assert spec_for("main_model_loader", "model").model_bases == ("sd-1", "sd-2")
    scheduler = spec_for("denoise_latents", "scheduler")
    assert scheduler.choices is not None
    assert "euler" in scheduler.choices
    assert scheduler.default == "euler"
    assert spec_for("flux_text_encoder", "t5_max_seq_len").choices == (256, 512)
    assert spec_for("image_batch", "images").min_items == 1
    assert not spec_for("denoise_latents", "unet").settable
    # A field without a schema title gets the GUI's start-case fallback.
    assert spec_for("save_image", "board").title == "Board"
    assert spec_for("denoise_latents", "denoise_mask").title == "Denoise Mask"


def test_float_accepts_ints_and_stores_floats() -> None:
    cfg = spec_for("denoise_latents", "cfg_scale")
    assert cfg.validate(7) == 7.0
    assert isinstance(cfg.validate(7), float)
    assert cfg.validate(7.5) == 7.5
    assert cfg.validate([7, 5.5]) == [7.0, 5.5]  # number-or-list
    radius = spec_for("img_blur", "radius")
    with pytest.raises(InvalidValueError, match=r"img_blur\.radius takes a number \(>= 0\); got -1"):
        radius.validate(-1)
    with pytest.raises(InvalidValueError):
        radius.validate(True)
    with pytest.raises(InvalidValueError):
        radius.validate("3")
    with pytest.raises(InvalidValueError):
        radius.validate(float("nan"))


def test_integer_rules_and_messages() -> None:
    steps = spec_for("denoise_latents", "steps")
    assert steps.validate(30, where=WHERE) == 30
    assert steps.validate(30.0) == 30
    with pytest.raises(InvalidValueError) as caught:
        steps.validate(7.5, where=WHERE)
    assert str(caught.value) == "input 3 'Steps' (denoise.steps) takes an integer (> 0); got 7.5 (float)"
    with pytest.raises(InvalidValueError, match="got True"):
        steps.validate(True, where=WHERE)
    with pytest.raises(InvalidValueError, match=r"\(> 0\); got 0"):
        steps.validate(0, where=WHERE)
    with pytest.raises(InvalidValueError, match="not a list"):
        steps.validate([1, 2], where=WHERE)
    with pytest.raises(InvalidValueError, match="needs an integer"):
        steps.validate(None, where=WHERE)
    width = spec_for("noise", "width")
    assert width.validate(64) == 64
    with pytest.raises(InvalidValueError, match="a multiple of 8"):
        width.validate(100)
    with pytest.raises(InvalidValueError, match="<= 4294967295"):
        spec_for("noise", "seed").validate(2**33)


def test_enum_string_boolean() -> None:
    scheduler = spec_for("denoise_latents", "scheduler")
    assert scheduler.validate("dpmpp_2m") == "dpmpp_2m"
    with pytest.raises(InvalidValueError, match=r"one of 'ddim', 'ddpm'.*got 'fast'"):
        scheduler.validate("fast")
    assert spec_for("flux_text_encoder", "t5_max_seq_len").validate(512) == 512
    with pytest.raises(InvalidValueError):
        spec_for("flux_text_encoder", "t5_max_seq_len").validate(300)
    assert spec_for("sdxl_compel_prompt", "prompt").validate("a red fox") == "a red fox"
    with pytest.raises(InvalidValueError, match="takes a string"):
        spec_for("sdxl_compel_prompt", "prompt").validate(5)
    assert spec_for("i2l", "fp32").validate(False) is False
    with pytest.raises(InvalidValueError, match="true or false"):
        spec_for("i2l", "fp32").validate(1)


MODEL = {"key": "k-1", "hash": "blake3:abc", "name": "tiny-sdxl", "base": "sdxl", "type": "main"}


def test_model_values() -> None:
    spec = spec_for("sdxl_model_loader", "model")
    assert spec.validate(MODEL) == MODEL
    assert spec.validate({"key": "k-1"}) == {"key": "k-1"}  # the rest is filled in by model sync
    # A full model config (as GET /api/v2/models/ returns it) is trimmed to the identifier fields.
    config = {**MODEL, "path": "/models/x", "format": "diffusers", "source": "local"}
    assert spec.validate(config) == MODEL
    base = SimpleNamespace(value="sdxl")
    as_object = SimpleNamespace(key="k-1", hash="h", name="n", base=base, type="main")
    assert spec.validate(as_object) == {
        "key": "k-1",
        "hash": "h",
        "name": "n",
        "base": "sdxl",
        "type": "main",
    }
    with pytest.raises(InvalidValueError, match=r"base sdxl, type main.*got sd-1 main model 'tiny-sd1'"):
        spec.validate({**MODEL, "base": "sd-1", "name": "tiny-sd1"})
    with pytest.raises(InvalidValueError, match="key required"):
        spec.validate({"name": "tiny-sdxl"})
    assert spec.validate(None) is None  # unset; missing_required reports it


def test_image_board_color_values() -> None:
    image = spec_for("save_image", "image")
    assert image.validate("abc.png") == {"image_name": "abc.png"}
    assert image.validate({"image_name": "abc.png"}) == {"image_name": "abc.png"}
    assert image.validate(SimpleNamespace(image_name="dto.png")) == {"image_name": "dto.png"}
    with pytest.raises(InvalidValueError, match="an image name"):
        image.validate("")
    board = spec_for("save_image", "board")
    assert board.validate("b-1") == {"board_id": "b-1"}
    assert board.validate({"board_id": "b-1"}) == {"board_id": "b-1"}
    assert board.validate("none") == "none"
    assert board.validate("auto") == "auto"
    assert board.validate(SimpleNamespace(board_id="b-2")) == {"board_id": "b-2"}
    assert board.validate(SimpleNamespace(board_id="none")) == "none"
    with pytest.raises(InvalidValueError, match="a board id"):
        board.validate(3)
    color = spec_for("blank_image", "color")
    assert color.validate("#ff8000") == {"r": 255, "g": 128, "b": 0, "a": 255}
    assert color.validate("#ff800080") == {"r": 255, "g": 128, "b": 0, "a": 128}
    assert color.validate({"r": 1, "g": 2, "b": 3}) == {"r": 1, "g": 2, "b": 3, "a": 255}
    for bad in ("#ff80", {"r": 256, "g": 0, "b": 0, "a": 0}, {"r": 1.5, "g": 0, "b": 0}, "red"):
        with pytest.raises(InvalidValueError, match="a color"):
            color.validate(bad)


def test_collections() -> None:
    images = spec_for("image_batch", "images")
    assert images.validate(["a.png", {"image_name": "b.png"}]) == [
        {"image_name": "a.png"},
        {"image_name": "b.png"},
    ]
    with pytest.raises(InvalidValueError, match="at least 1 items"):
        images.validate([])
    with pytest.raises(InvalidValueError, match=r"\[1\] takes an image name"):
        images.validate(["a.png", 5])
    with pytest.raises(InvalidValueError, match="a list"):
        images.validate("a.png")
    assert spec_for("integer_collection", "collection").validate((1, 2)) == [1, 2]


def test_connection_only_inputs_take_no_value() -> None:
    with pytest.raises(InvalidValueError, match="can only be connected"):
        spec_for("denoise_latents", "unet").validate({"unet": {}}, where="input 0 'UNet' (denoise.unet)")


@pytest.mark.parametrize(
    ("saved", "kind", "ok", "bad"),
    [
        (3, "float", 4, "x"),
        (0.5, "float", 1, None),
        ("watercolor", "string", "oil", 3),
        (True, "boolean", False, "yes"),
        ({"image_name": "a.png"}, "image", "b.png", 3),
        (None, "any", {"anything": [1]}, None),
    ],
)
def test_unknown_node_types_are_typed_from_the_saved_value(saved: Any, kind: str, ok: Any, bad: Any) -> None:
    spec = spec_for("my_custom_node", "field", saved)
    assert (spec.kind, spec.source) == (kind, "value")
    spec.validate(ok)
    assert spec.validate([ok, ok]) is not None  # lenient: a list of the same kind is fine too
    if bad is not None:
        with pytest.raises(InvalidValueError):
            spec.validate(bad)
    if kind == "float":
        assert spec.validate(4) == 4
        assert isinstance(spec.validate(4), int)
