from typing import Literal, cast

DownloadJobStatus = Literal["cancelled", "completed", "error", "paused", "running", "waiting"]

DOWNLOAD_JOB_STATUS_VALUES: set[DownloadJobStatus] = {
    "cancelled",
    "completed",
    "error",
    "paused",
    "running",
    "waiting",
}


def check_download_job_status(value: str) -> DownloadJobStatus:
    if value in DOWNLOAD_JOB_STATUS_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(DownloadJobStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOWNLOAD_JOB_STATUS_VALUES!r}")
