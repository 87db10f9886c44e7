"""Live only: logging in to a multi-user InvokeAI (6.12+), started here on port 9393 and stopped after.

    INVOKEAI_URL=http://127.0.0.1:9090 .venv/bin/pytest --disable-recording tests/test_auth_live.py

The server (scripts/serve-invokeai, INVOKEAI_MULTIUSER=true, root .invokeai/root-9393) gets its first admin
through POST /api/v1/auth/setup and a plain user through POST /api/v1/auth/users. The credentials are
throwaway values for that local server only.
"""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import pytest

from invokeai_api.api.authentication import (
    create_user_api_v1_auth_users_post,
    get_current_user_info_api_v1_auth_me_get,
    get_setup_status_api_v1_auth_status_get,
    setup_admin_api_v1_auth_setup_post,
)
from invokeai_api.models import AdminUserCreateRequest, SetupRequest
from invokeai_client import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InvokeAIClient,
    PermissionDeniedError,
    WorkflowDefinition,
)

pytestmark = pytest.mark.live

ROOT = Path(__file__).resolve().parent.parent
PORT = 9393
ADMIN = ("admin@invokeai-client.test", "Adm1n-only-for-the-local-test-server")
ARTIST = ("artist@invokeai-client.test", "Art1st-only-for-the-local-test-server")
JWT_PREFIX = "eyJ"


def serve(*args: str) -> None:
    command = [str(ROOT / "scripts" / "serve-invokeai"), "--port", str(PORT), *args]
    env = {**os.environ, "INVOKEAI_MULTIUSER": "true"}
    subprocess.run(command, env=env, capture_output=True, text=True, timeout=240, check=True)


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    serve("--root", str(ROOT / ".invokeai" / f"root-{PORT}"))
    address = f"http://127.0.0.1:{PORT}"
    with InvokeAIClient.from_url(address) as anonymous:
        status = anonymous.run(anonymous.pipeline.call(get_setup_status_api_v1_auth_status_get))
        assert status.multiuser_enabled, f"the server on {PORT} is not in multi-user mode"
        if status.setup_required:
            setup = SetupRequest(email=ADMIN[0], password=ADMIN[1], display_name="Test Admin")
            anonymous.run(anonymous.pipeline.call(setup_admin_api_v1_auth_setup_post, body=setup))
    with InvokeAIClient.from_url(address, email=ADMIN[0], password=ADMIN[1]) as admin:
        artist = AdminUserCreateRequest(email=ARTIST[0], password=ARTIST[1], display_name="Test Artist")
        with suppress(BadRequestError, ConflictError):  # made by an earlier run: the database persists
            admin.run(admin.pipeline.call(create_user_api_v1_auth_users_post, body=artist))
    yield address
    serve("--stop")


def test_requests_without_a_login_are_refused_clearly(url: str) -> None:
    with InvokeAIClient.from_url(url) as anonymous:
        with pytest.raises(
            AuthenticationError, match=r"answered 401: .*the server wants a login and none was given: "
        ) as caught:
            anonymous.board_repo.list_boards()
        assert caught.value.status_code == 401
        assert caught.value.token_sent is False
        assert anonymous.auth_token is None


def test_a_wrong_password_is_refused_and_never_repeated(url: str) -> None:
    wrong = "definitely-not-the-password"
    expected = r"logging in to .* as 'admin@invokeai-client\.test' failed: Incorrect email or password"
    with pytest.raises(AuthenticationError, match=expected) as caught:
        InvokeAIClient.from_url(url, email=ADMIN[0], password=wrong)
    error = caught.value
    assert error.status_code == 401
    assert error.__cause__ is None  # the login request does not ride along
    assert wrong not in f"{error} {error!r} {error.args} {error.body} {error.detail}"


def test_login_sends_the_token_and_adopts_refreshed_ones(url: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG), InvokeAIClient.from_url(url, email=ADMIN[0], password=ADMIN[1]) as c:
        first = c.auth_token
        assert first is not None
        assert first.startswith(JWT_PREFIX)
        me = c.run(c.pipeline.call(get_current_user_info_api_v1_auth_me_get))
        assert (me.email, me.is_admin) == (ADMIN[0], True)
        assert list(c.http.cookies.jar) == []  # the media cookie, a copy of the token, was refused

        time.sleep(1.1)  # a token minted in a later second differs (its expiry does)
        board = c.board_repo.create_board("test auth refreshed token")  # mutations refresh the token
        refreshed = c.auth_token
        assert refreshed is not None
        assert refreshed != first
        c.board_repo.delete_board(board.board_id)  # works with the refreshed token

        for secret in (first, refreshed):
            assert secret not in repr(c)
        shown_token = refreshed
    assert "x-refreshed-token', b'<redacted>'" in caplog.text  # httpcore's header trace, blanked
    for secret in (ADMIN[1], first, shown_token):
        assert secret not in caplog.text


def test_a_token_alone_is_enough_and_a_bad_one_is_refused(url: str) -> None:
    with InvokeAIClient.from_url(url, email=ARTIST[0], password=ARTIST[1]) as artist:
        token = artist.auth_token
    with InvokeAIClient.from_url(url, token=token) as again:
        me = again.run(again.pipeline.call(get_current_user_info_api_v1_auth_me_get))
        assert (me.email, me.is_admin) == (ARTIST[0], False)
    forged = InvokeAIClient.from_url(url, token="not-a-token")
    with forged, pytest.raises(AuthenticationError, match=r"answered 401: .*(Invalid|expired)"):
        forged.board_repo.list_boards()


def test_a_user_without_rights_gets_permission_denied(url: str) -> None:
    with InvokeAIClient.from_url(url, email=ARTIST[0], password=ARTIST[1]) as artist:
        assert isinstance(artist.board_repo.list_boards(), list)  # an ordinary user may read
        with pytest.raises(PermissionDeniedError, match=r"answered 403: Admin privileges required") as caught:
            artist.dnn_model_repo.delete_model("no-such-model-key")
        assert caught.value.status_code == 403


def test_async_login(url: str) -> None:
    async def scenario() -> str:
        client = InvokeAIClient.from_url(url)
        try:
            user = await client.async_login(*ARTIST)
            boards = await client.board_repo.async_list_boards()
            assert isinstance(boards, list)
            return str(user.email)
        finally:
            await client.aclose()

    assert asyncio.run(scenario()) == ARTIST[0]


def test_server_events_authenticate_with_the_login_token(url: str) -> None:
    workflow = WorkflowDefinition.from_file(ROOT / "examples" / "workflows" / "image-blur.json")
    heard: list[str] = []
    with InvokeAIClient.from_url(url, email=ARTIST[0], password=ARTIST[1]) as artist:
        wf = artist.workflow_repo.create_workflow(workflow)
        wf.set_input_values({"Width": 32, "Height": 32, "Blur Radius": 1.5})
        wf.submit_sync(on_progress=lambda event: heard.append(type(event).__name__))
        item = wf.wait_for_completion_sync(timeout=120)
        assert item.status == "completed"
        assert artist.events.connected  # a socket without a valid token is refused in multi-user mode
        for mapping in wf.map_outputs_to_images(item):
            for name in mapping.image_names:
                artist.images.delete_image(name)
    assert "InvocationCompleteEvent" in heard
