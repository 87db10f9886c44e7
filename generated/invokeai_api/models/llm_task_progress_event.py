from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_task_progress_event_phase import LLMTaskProgressEventPhase, check_llm_task_progress_event_phase

T = TypeVar("T", bound="LLMTaskProgressEvent")


@_attrs_define
class LLMTaskProgressEvent:
    """Event model for llm_task_progress

    Attributes:
        timestamp (int): The timestamp of the event
        task_id (str): Client-supplied task ID correlating events to a single request
        user_id (str): ID of the user who initiated the task Default: 'system'.
        phase (LLMTaskProgressEventPhase): Which phase of the task is in progress
        message (str): A short message describing the current phase
        percentage (float | None): Progress fraction in [0, 1]; omit for indeterminate progress
        current_tokens (int | None): Number of tokens generated so far (generating phase)
        total_tokens (int | None): Max tokens the request will generate (generating phase)
    """

    timestamp: int
    task_id: str
    phase: LLMTaskProgressEventPhase
    message: str
    percentage: float | None
    current_tokens: int | None
    total_tokens: int | None
    user_id: str = "system"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        timestamp = self.timestamp

        task_id = self.task_id

        user_id = self.user_id

        phase: str = self.phase

        message = self.message

        percentage: float | None
        percentage = self.percentage

        current_tokens: int | None
        current_tokens = self.current_tokens

        total_tokens: int | None
        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "task_id": task_id,
                "user_id": user_id,
                "phase": phase,
                "message": message,
                "percentage": percentage,
                "current_tokens": current_tokens,
                "total_tokens": total_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        task_id = d.pop("task_id")

        user_id = d.pop("user_id")

        phase = check_llm_task_progress_event_phase(d.pop("phase"))

        message = d.pop("message")

        def _parse_percentage(data: object) -> float | None:
            if data is None:
                return data

            return cast(float | None, data)

        percentage = _parse_percentage(d.pop("percentage"))

        def _parse_current_tokens(data: object) -> int | None:
            if data is None:
                return data

            return cast(int | None, data)

        current_tokens = _parse_current_tokens(d.pop("current_tokens"))

        def _parse_total_tokens(data: object) -> int | None:
            if data is None:
                return data

            return cast(int | None, data)

        total_tokens = _parse_total_tokens(d.pop("total_tokens"))

        llm_task_progress_event = cls(
            timestamp=timestamp,
            task_id=task_id,
            user_id=user_id,
            phase=phase,
            message=message,
            percentage=percentage,
            current_tokens=current_tokens,
            total_tokens=total_tokens,
        )

        llm_task_progress_event.additional_properties = d
        return llm_task_progress_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
