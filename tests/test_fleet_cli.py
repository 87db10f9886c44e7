"""The command line over several servers: how --url repeats and INVOKEAI_URLS are read (no server)."""

from __future__ import annotations

import pytest

from invokeai_client.cli import EXIT_USAGE, build_parser, main


def test_repeated_url_keeps_every_server_and_the_first_as_url() -> None:
    args = build_parser().parse_args(["run", "wf.json", "--url", "http://a:1", "--url", "http://b:2"])
    assert args.urls == ["http://a:1", "http://b:2"]
    assert args.url == "http://a:1"


def test_url_before_the_command_counts_too() -> None:
    args = build_parser().parse_args(["--url", "http://a:1", "queue"])
    assert args.urls == ["http://a:1"]


@pytest.mark.parametrize("command", ["boards", "images", "models"])
def test_commands_for_one_server_refuse_several(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--url", "http://a:1", "--url", "http://b:2", command]) == EXIT_USAGE
    assert "works on one server" in capsys.readouterr().err


def test_invokeai_urls_makes_a_fleet(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INVOKEAI_URLS", "http://a:1, http://b:2")
    assert main(["boards"]) == EXIT_USAGE
    assert "works on one server" in capsys.readouterr().err


def test_fleet_run_refuses_a_board(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INVOKEAI_URLS", "http://a:1,http://b:2")
    assert main(["run", "examples/workflows/image-blur.json", "--board", "x"]) == EXIT_USAGE
    assert "board ids are per server" in capsys.readouterr().err
