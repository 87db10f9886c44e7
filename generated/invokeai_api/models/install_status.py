from typing import Literal, cast

InstallStatus = Literal[
    "cancelled", "completed", "downloading", "downloads_done", "error", "paused", "running", "waiting"
]

INSTALL_STATUS_VALUES: set[InstallStatus] = {
    "cancelled",
    "completed",
    "downloading",
    "downloads_done",
    "error",
    "paused",
    "running",
    "waiting",
}


def check_install_status(value: str) -> InstallStatus:
    if value in INSTALL_STATUS_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(InstallStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INSTALL_STATUS_VALUES!r}")
