"""Installed models (`client.models`): list, find, install with a job handle, delete."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final, cast

from invokeai_client import errors
from invokeai_client._transport.core import Op, Sleep
from invokeai_client._transport.ops import Transport, async_op, sync_op

if TYPE_CHECKING:
    from invokeai_api.models import BaseModelType, ModelInstallJob, ModelType

__all__ = ["ModelConfig", "ModelInstallJobHandle", "ModelRepository", "model_attr", "model_identifier"]

ModelConfig = Any  # one of ~124 generated *Config classes; all carry key, hash, name, base, type, format

_INSTALL_TERMINAL = frozenset({"completed", "error", "cancelled"})


def model_attr(model: ModelConfig, name: str) -> str:
    """A model config's field as a string; the generated classes suffix builtins' names (`type_`, `hash_`)."""
    value = getattr(model, f"{name}_") if hasattr(model, f"{name}_") else getattr(model, name)
    return str(value)


def model_identifier(model: ModelConfig) -> dict[str, str]:
    """The {key, hash, name, base, type} dict a workflow's model field holds."""
    return {k: model_attr(model, k) for k in ("key", "hash", "name", "base", "type")}


class ModelRepository:
    """The server's installed models (`client.models`)."""

    def __init__(self, client: Transport) -> None:
        self.client = client

    def _list_models(
        self, base: str | Sequence[str] | None = None, type: str | None = None, name: str | None = None
    ) -> Op[list[ModelConfig]]:
        """Installed models, optionally only those of these bases, this type and this exact name."""
        from invokeai_api.api.model_manager import list_model_records
        from invokeai_api.types import UNSET

        bases = [base] if isinstance(base, str) else list(base) if base else None
        # Any string goes to the server, which validates it: a newer InvokeAI knows bases and types that
        # these bindings' Literals do not.
        result = yield from self.client.pipeline.call(
            list_model_records,
            base_models=cast("list[BaseModelType]", bases) if bases else UNSET,
            model_type=cast("ModelType", type) if type is not None else UNSET,
            model_name=name if name is not None else UNSET,
        )
        return list(result.models)

    list_models: Final = sync_op(_list_models)
    async_list_models: Final = async_op(_list_models)

    def _get_model(self, key: str) -> Op[ModelConfig]:
        """The installed model with this key; raises ModelNotFoundError."""
        from invokeai_api.api.model_manager import get_model_record

        try:
            return (yield from self.client.pipeline.call(get_model_record, key))
        except errors.NotFoundError as exc:
            raise errors.ModelNotFoundError.about(f"no installed model with key {key!r}", exc) from exc

    get_model: Final = sync_op(_get_model)
    async_get_model: Final = async_op(_get_model)

    def _find_models(
        self,
        *,
        name: str | None = None,
        hash: str | None = None,
        base: str | None = None,
        type: str | None = None,
    ) -> Op[list[ModelConfig]]:
        """Installed models matching every attribute given."""
        models = yield from self._list_models(base=base, type=type, name=name)
        return [m for m in models if hash is None or model_attr(m, "hash") == hash]

    find_models: Final = sync_op(_find_models)
    async_find_models: Final = async_op(_find_models)

    def _delete_model(self, key: str) -> Op[None]:
        """Delete an installed model; raises ModelNotFoundError."""
        from invokeai_api.api.model_manager import delete_model

        try:
            yield from self.client.pipeline.call(delete_model, key)
        except errors.NotFoundError as exc:
            raise errors.ModelNotFoundError.about(f"no installed model with key {key!r}", exc) from exc

    delete_model: Final = sync_op(_delete_model)
    async_delete_model: Final = async_op(_delete_model)

    def _install_model(
        self, source: str, *, name: str | None = None, inplace: bool = True, access_token: str | None = None
    ) -> Op[ModelInstallJobHandle]:
        """Start installing from a local path, a URL or a Hugging Face repo id; returns the job's handle.

        `inplace` keeps a local model where it is instead of copying it into the server's models folder."""
        from invokeai_api.api.model_manager import install_model
        from invokeai_api.models import ModelRecordChanges
        from invokeai_api.types import UNSET

        changes = ModelRecordChanges.from_dict({"name": name} if name else {})
        job = yield from self.client.pipeline.call(
            install_model,
            body=changes,
            source=source,
            inplace=inplace,
            access_token=access_token if access_token else UNSET,
        )
        return ModelInstallJobHandle(self.client, job)

    install_model: Final = sync_op(_install_model)
    async_install_model: Final = async_op(_install_model)


class ModelInstallJobHandle:
    """A model install job: its status and progress, waiting for it, cancelling it."""

    def __init__(self, client: Transport, job: ModelInstallJob) -> None:
        self.client = client
        self.job: ModelInstallJob = job

    @property
    def id(self) -> int:
        return int(self.job.id)

    @property
    def status(self) -> str:
        return str(self.job.status)

    @property
    def progress(self) -> float | None:
        """Bytes downloaded over bytes expected, when the server knows both."""
        total, done = getattr(self.job, "total_bytes", None), getattr(self.job, "bytes_", None)
        if isinstance(total, int) and total > 0 and isinstance(done, int):
            return done / total
        return None

    def __repr__(self) -> str:
        return f"ModelInstallJobHandle(id={self.id}, status={self.status!r})"

    def _refresh(self) -> Op[ModelInstallJob]:
        from invokeai_api.api.model_manager import get_model_install_job

        self.job = yield from self.client.pipeline.call(get_model_install_job, self.id)
        return self.job

    refresh: Final = sync_op(_refresh)
    async_refresh: Final = async_op(_refresh)

    def _wait(self, timeout: float = 600.0, interval: float = 0.5) -> Op[ModelConfig]:
        """Wait until installed and return the model config. Raises JobFailedError (with the server's error
        type, message and traceback) if the install failed, JobCanceledError if it was cancelled, and
        JobTimeoutError after `timeout` seconds (the install goes on: wait again or cancel it). The errors'
        `item_id` is the install job's id."""
        deadline = time.monotonic() + timeout
        while self.status not in _INSTALL_TERMINAL:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise errors.JobTimeoutError(
                    f"gave up waiting for model install job {self.id} after {timeout:g} s (still "
                    f"{self.status}); it may still finish: wait again or cancel it",
                    item_id=self.id,
                    status=self.status,
                )
            yield Sleep(min(interval, remaining))
            yield from self._refresh()
        if self.status == "cancelled":
            raise errors.JobCanceledError(
                f"model install job {self.id} was cancelled", item_id=self.id, status=self.status
            )
        if self.status != "completed":
            error_type, reason = _text(self.job.error), _text(self.job.error_reason)
            detail = ": ".join(part for part in (error_type, reason) if part)
            raise errors.JobFailedError(
                f"model install job {self.id}{_source(self.job)} ended {self.status}"
                + (f": {detail}" if detail else ""),
                item_id=self.id,
                error_type=error_type,
                error_message=reason,
                error_traceback=_text(self.job.error_traceback),
            )
        return self.job.config_out

    wait: Final = sync_op(_wait)
    async_wait: Final = async_op(_wait)

    def _cancel(self) -> Op[None]:
        from invokeai_api.api.model_manager import cancel_model_install_job

        yield from self.client.pipeline.call(cancel_model_install_job, self.id)

    cancel: Final = sync_op(_cancel)
    async_cancel: Final = async_op(_cancel)


def _text(value: object) -> str | None:
    """A job field as text: None when the server left it out (Unset) or null."""
    from invokeai_api.types import Unset

    return None if value is None or isinstance(value, Unset) else str(value)


def _source(job: ModelInstallJob) -> str:
    source = job.source
    for name in ("path", "url", "repo_id"):
        value = getattr(source, name, None)
        if isinstance(value, str) and value:
            return f" ({value})"
    return ""
