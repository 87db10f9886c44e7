"""Presets (`client.generate`, `invokeai-client generate`): SD1 and SDXL text-to-image and image-to-image
run to images whose /metadata holds the recipe, FLUX graphs the server accepts at enqueue (no FLUX
weights here: canceled, not run), bad input refused before anything is sent, and the CLI's sweep and
resume. Recorded against 6.14.2 with the tiny models (replayed offline); the `live` tests run the SD ones
on every release in INVOKEAI_RELEASE_URLS (5.15.0, 6.7.0, 6.14.2)."""

from __future__ import annotations

import csv
import zlib
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import (
    FeatureNotAvailableError,
    InvalidValueError,
    InvokeAIClient,
    UnresolvedModelError,
    ValidationError,
)
from invokeai_client._transport import ids
from invokeai_client.cli import main
from invokeai_client.presets import BASES, LABELS, PresetHandle
from invokeai_client.presets.arguments import MAX_SEED, random_seed
from invokeai_client.runs.journal import Journal
from tests._png import png_bytes

TINY = {"sd-1": "tiny-sd1", "sdxl": "tiny-sdxl"}
MODES = {"sd-1": ("txt2img", "img2img"), "sdxl": ("sdxl_txt2img", "sdxl_img2img")}
FLUX_REF = {
    "key": "not-installed-flux",
    "hash": "blake3:0",
    "name": "flux-dev",
    "base": "flux",
    "type": "main",
}


def seeds(count: int) -> list[int]:
    """Seeds no recording used before, the same when replayed (the test's ids carry its recording token)."""
    base = zlib.crc32(ids.new_id().encode()) % 1_000_000
    return [base + n for n in range(count)]


def upload(client: Any, rgb: tuple[int, int, int] = (200, 60, 30)) -> str:
    return str(client.images.upload_image_data(png_bytes(96, 80, rgb), file_name="init.png").image_name)


def made_images(wf: Any, item: Any) -> list[str]:
    return [
        name for m in wf.map_outputs_to_images(item, include_intermediate=False) for name in m.image_names
    ]


def check_metadata(client: Any, image_name: str, expected: dict[str, Any]) -> dict[str, Any]:
    metadata: dict[str, Any] | None = client.images.get_metadata(image_name)
    assert metadata is not None
    for key, value in expected.items():
        assert metadata.get(key) == value, (key, metadata.get(key), value)
    return metadata


def preset(client: Any, base: str, mode: str, seed: int, **extra: Any) -> PresetHandle:
    common: dict[str, Any] = dict(model=TINY[base], width=128, height=128, steps=3, seed=seed, **extra)
    handle: PresetHandle
    if mode == "img2img":
        handle = client.generate.image_to_image(upload(client), "a red fox", strength=0.6, **common)
    else:
        handle = client.generate.text_to_image("a red fox", **common)
    return handle


def run_and_check(client: Any, base: str, mode: str) -> None:
    (seed,) = seeds(1)
    wf = preset(client, base, mode, seed, cfg_scale=6.5, scheduler="euler", negative_prompt="blurry")
    assert (wf.preset.base, wf.preset.mode, wf.seed) == (base, mode, seed)
    wf.enqueue()
    item = wf.wait(timeout=300)
    (image,) = made_images(wf, item)
    expected: dict[str, Any] = {
        "positive_prompt": "a red fox", "negative_prompt": "blurry", "seed": seed, "width": 128,
        "height": 128, "steps": 3, "cfg_scale": 6.5, "scheduler": "euler",
        "generation_mode": MODES[base][mode == "img2img"],
    }  # fmt: skip
    metadata = check_metadata(client, image, expected)
    assert (metadata["model"]["name"], metadata["model"]["base"]) == (TINY[base], base)
    if mode == "img2img":
        assert metadata["strength"] == 0.6
        assert metadata["init_image"] == wf.get_input("image").value["image_name"]
    sent = item.session.graph.to_dict()["nodes"]
    assert sent["core_metadata"]["type"] == "core_metadata"
    assert sent["denoise_latents"]["scheduler"] == "euler"


# --- no server: refused before anything is sent ------------------------------------------------------------


@pytest.fixture
def unreachable() -> Any:
    # Nothing listens there: any request would be an APIConnectionError, not the ValidationError expected.
    with InvokeAIClient("http://127.0.0.1:9", retry=None) as client:
        yield client


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ({"width": 100}, r"argument 'width' takes a multiple of 8 .*got 100"),
        ({"height": 32}, r"argument 'height' takes a whole number from 64 to 8192; got 32"),
        ({"steps": 0}, r"argument 'steps' takes a whole number from 1"),
        ({"seed": -1}, rf"argument 'seed' takes a whole number from 0 to {MAX_SEED}; got -1"),
        ({"seed": True}, r"argument 'seed' takes a whole number; got True"),
        ({"cfg_scale": 0.5}, r"argument 'cfg_scale' takes a number of at least 1; got 0.5"),
        ({"prompt": 3}, r"argument 'prompt' takes a text; got 3"),
    ],
)
def test_bad_values_are_refused_naming_the_argument(
    unreachable: Any, call: dict[str, Any], message: str
) -> None:
    arguments = {"prompt": "a fox", "model": "tiny-sd1", **call}
    with pytest.raises(InvalidValueError, match=message):
        unreachable.generate.text_to_image(arguments.pop("prompt"), **arguments)


def test_image_to_image_input_is_refused_naming_it(unreachable: Any) -> None:
    with pytest.raises(ValidationError, match=r"argument 'image' is missing"):
        unreachable.generate.image_to_image(None, "a fox", model="tiny-sd1")
    with pytest.raises(InvalidValueError, match=r"argument 'strength' takes a number from 0 to 1; got 1.5"):
        unreachable.generate.image_to_image("x.png", "a fox", model="tiny-sd1", strength=1.5)
    with pytest.raises(ValidationError, match=r"argument 'image' takes an image's name"):
        unreachable.generate.image_to_image({"name": "x"}, "a fox", model="tiny-sd1")


def test_a_base_without_presets_is_refused_naming_it_and_those_with(unreachable: Any) -> None:
    ref = {**FLUX_REF, "base": "sd-3", "name": "sd3-medium"}
    with pytest.raises(ValidationError) as refused:
        unreachable.generate.text_to_image("a fox", model=ref)
    assert str(refused.value) == (
        "argument 'model': model 'sd3-medium' is a 'sd-3' model; presets exist for sd-1, sdxl, flux models"
    )


async def test_the_async_twin_refuses_the_same(unreachable: Any) -> None:
    with pytest.raises(InvalidValueError, match=r"argument 'width'"):
        await unreachable.generate.async_text_to_image("a fox", model="tiny-sd1", width=100)


def test_random_seeds_and_defaults() -> None:
    assert all(0 <= random_seed() <= MAX_SEED for _ in range(100))
    assert len({random_seed() for _ in range(10)}) > 1
    assert (BASES["sd-1"].width, BASES["sdxl"].width, BASES["flux"].height) == (512, 1024, 1024)
    assert (BASES["sdxl"].steps, BASES["sdxl"].cfg_scale, BASES["sdxl"].scheduler) == (30, 7.5, "dpmpp_3m_k")
    assert "cfg_scale" not in BASES["flux"].arguments
    assert "guidance" in BASES["flux"].arguments
    assert LABELS["cfg_scale"] == "CFG Scale"


def test_cli_refuses_an_unknown_sweep_key_before_any_request(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--url", "http://127.0.0.1:9", "generate", "a fox", "--model", "m", "--sweep", "colour=1,2"])
    assert code == 2
    assert (
        "--sweep 'colour': not a preset argument; sweep one of prompt, negative_prompt"
        in capsys.readouterr().err
    )


# --- recorded: runs with metadata --------------------------------------------------------------------------


@pytest.mark.parametrize("base", ["sd-1", "sdxl"])
@pytest.mark.parametrize("mode", ["txt2img", "img2img"])
def test_preset_runs_to_an_image_whose_metadata_holds_the_recipe(client: Any, base: str, mode: str) -> None:
    run_and_check(client, base, mode)


def test_a_sweep_by_argument_names_keeps_the_metadata_with_each_variant(client: Any) -> None:
    first, second = seeds(2)
    wf = preset(client, "sdxl", "txt2img", first)
    labels = [inp.label for inp in wf.list_inputs()]
    assert labels == ["Prompt", "Negative Prompt", "Model", "Width", "Height", "Steps", "CFG Scale",
                      "Scheduler", "Seed", "Board"]  # fmt: skip
    submission = wf.enqueue(sweep=[{"seed": [first, second], "Scheduler": ["euler", "ddim"]}])
    assert submission.enqueued == 2
    made = {}
    for item in wf.wait_all(timeout=300):
        assert item.status == "completed"
        (image,) = made_images(wf, item)
        metadata = client.images.get_metadata(image)
        made[metadata["seed"]] = metadata["scheduler"]
    assert made == {first: "euler", second: "ddim"}


def test_an_image_the_server_lacks_is_refused_naming_the_argument(client: Any) -> None:
    with pytest.raises(
        ValidationError, match=r"argument 'image': the server has no image 'no-such-image.png'"
    ):
        client.generate.image_to_image("no-such-image.png", "a fox", model="tiny-sd1")


def test_sweep_values_are_checked_as_arguments(client: Any) -> None:
    wf = preset(client, "sd-1", "txt2img", 1)
    with pytest.raises(InvalidValueError, match=r"\(width\), sweep value 1 takes a multiple of 8"):
        wf.enqueue(sweep={"width": [128, 130]})
    wf.get_input("steps").value = 0
    with pytest.raises(InvalidValueError, match=r"'Steps' .*\(steps\) takes a whole number from 1"):
        wf.enqueue()


def test_flux_presets_are_accepted_at_enqueue(client: Any) -> None:
    """No FLUX weights here: a model field of base flux that is not installed makes the graph; the
    server takes it into its queue (its graph validation passed), and it is canceled before it runs.
    Releases before 6.12 need FLUX encoders installed first: the per-release test below checks the error."""
    if client.version().startswith(("5.", "6.7.")):
        pytest.skip(f"InvokeAI {client.version()} needs FLUX encoders installed (none here)")
    image = upload(client)
    for wf in (
        client.generate.text_to_image("a red fox", model=FLUX_REF, width=256, height=256, steps=2, seed=5),
        client.generate.image_to_image(image, "a red fox", model=FLUX_REF, width=256, height=256, seed=5),
    ):
        assert wf.preset.builder == "flux"
        assert "cfg_scale" not in wf.preset.arguments
        submission = wf.enqueue()
        assert (submission.enqueued, len(submission.item_ids)) == (1, 1)
        wf.cancel_batch()
        graph = wf.build_graph()
        assert graph["nodes"]["flux_denoise"]["type"] == "flux_denoise"
        metadata_edge = {
            "source": {"node_id": "core_metadata", "field": "metadata"},
            "destination": {"node_id": "flux_vae_decode", "field": "metadata"},
        }
        assert metadata_edge in graph["edges"]
    with pytest.raises(ValidationError, match=r"flux presets take no cfg_scale \(FLUX models take guidance="):
        client.generate.text_to_image("a fox", model=FLUX_REF, cfg_scale=7.0)


# --- recorded: the CLI -------------------------------------------------------------------------------------


def test_cli_generate_sweeps_and_resumes(
    client: Any,
    server_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second, fixed = seeds(3)
    monkeypatch.setattr("invokeai_client.presets.resource.random_seed", lambda: fixed)
    folder = str(tmp_path / "out")
    command = ["--url", server_url, "generate", "a red fox", "--model", "tiny-sdxl", "--width", "128",
               "--height", "128", "--steps", "2", "--sweep", f"seed={first},{second}",
               "--out", folder]  # fmt: skip
    assert main(command) == 0
    out = capsys.readouterr().out
    assert f"2 of 2 variant(s) completed, 2 image(s) in {folder}" in out
    rows = list(csv.DictReader((tmp_path / "out" / "manifest.csv").open()))
    assert sorted(int(r["Seed"]) for r in rows) == [first, second]
    for row in rows:
        check_metadata(client, row["image_name"], {"seed": int(row["Seed"]), "steps": 2, "width": 128})
    # Again, with another random seed drawn: the journal's seed is taken, the run found finished.
    monkeypatch.setattr("invokeai_client.presets.resource.random_seed", lambda: fixed + 1)
    assert main(command) == 0
    assert "resuming the run" in capsys.readouterr().out
    with Journal(folder) as journal:
        batches = journal.batch_ids(journal.servers()[0])
    assert sum(client.queue.get_batch_status(b).total for b in batches) == 2


# --- live on every release ---------------------------------------------------------------------------------


@pytest.mark.live
@pytest.mark.parametrize("base", ["sd-1", "sdxl"])
@pytest.mark.parametrize("mode", ["txt2img", "img2img"])
def test_presets_on_each_release(release_client: Any, base: str, mode: str) -> None:
    run_and_check(release_client, base, mode)


# --- recorded per release: what a release lacks is named ----------------------------------------------


def test_flux_needs_its_encoders_before_6_12_and_the_error_names_them_and_the_release(
    release_client: Any, release_url: str
) -> None:
    """Before 6.12 the FLUX loader requires the T5 encoder and CLIP embed models (none installed here):
    refused before anything is enqueued, naming the release and the missing models. 6.14.2 makes them
    optional (for SDNQ pipeline installs), so a FLUX model field not installed builds without them."""
    version = release_client.version()
    if version.startswith(("5.", "6.7.")):
        with pytest.raises(UnresolvedModelError) as refused:
            release_client.generate.text_to_image("a fox", model=FLUX_REF, seed=1)
        message = str(refused.value)
        assert message.startswith(f"InvokeAI {version} at {release_url}: its FLUX model loader needs ")
        assert "t5_encoder_model (a t5_encoder model), clip_embed_model (a clip_embed model)" in message
    else:
        wf = release_client.generate.text_to_image("a fox", model=FLUX_REF, seed=1)
        loader = wf.build_graph()["nodes"]["flux_model_loader"]
        assert loader["model"]["key"] == FLUX_REF["key"]
        assert not {"t5_encoder_model", "clip_embed_model", "vae_model"} & loader.keys()


def test_a_scheduler_the_release_lacks_is_refused_naming_it_and_the_release(
    release_client: Any, release_url: str
) -> None:
    """`er_sde` is new in 6.14: older releases are told before anything is sent; 6.14.2 enqueues it."""
    version = release_client.version()
    wf = release_client.generate.text_to_image(
        "a fox", model="tiny-sd1", width=128, height=128, steps=2, scheduler="er_sde", seed=3
    )
    if version.startswith(("5.", "6.7.")):
        with pytest.raises(FeatureNotAvailableError) as refused:
            wf.enqueue()
        message = str(refused.value)
        assert f"InvokeAI {version} at {release_url} does not have; nothing was sent" in message
        assert "scheduler 'er_sde' needs InvokeAI >= 6.14.2" in message
    else:
        assert wf.enqueue().enqueued == 1
        assert wf.wait(timeout=300).status == "completed"
