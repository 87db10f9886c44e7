from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.step_param_easing_invocation_easing import (
    StepParamEasingInvocationEasing,
    check_step_param_easing_invocation_easing,
)
from ..models.step_param_easing_invocation_type import (
    StepParamEasingInvocationType,
    check_step_param_easing_invocation_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StepParamEasingInvocation")


@_attrs_define
class StepParamEasingInvocation:
    """Experimental per-step parameter easing for denoising steps

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (StepParamEasingInvocationType):  Default: 'step_param_easing'.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
        easing (StepParamEasingInvocationEasing | Unset): The easing function to use Default: 'Linear'.
        num_steps (int | Unset): number of denoising steps Default: 20.
        start_value (float | Unset): easing starting value Default: 0.0.
        end_value (float | Unset): easing ending value Default: 1.0.
        start_step_percent (float | Unset): fraction of steps at which to start easing Default: 0.0.
        end_step_percent (float | Unset): fraction of steps after which to end easing Default: 1.0.
        pre_start_value (float | None | Unset): value before easing start
        post_end_value (float | None | Unset): value after easing end
        mirror (bool | Unset): include mirror of easing function Default: False.
        show_easing_plot (bool | Unset): show easing plot Default: False.
    """

    id: str
    type_: StepParamEasingInvocationType = "step_param_easing"
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = True
    easing: StepParamEasingInvocationEasing | Unset = "Linear"
    num_steps: int | Unset = 20
    start_value: float | Unset = 0.0
    end_value: float | Unset = 1.0
    start_step_percent: float | Unset = 0.0
    end_step_percent: float | Unset = 1.0
    pre_start_value: float | None | Unset = UNSET
    post_end_value: float | None | Unset = UNSET
    mirror: bool | Unset = False
    show_easing_plot: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        type_: str = self.type_

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        easing: str | Unset = UNSET
        if not isinstance(self.easing, Unset):
            easing = self.easing

        num_steps = self.num_steps

        start_value = self.start_value

        end_value = self.end_value

        start_step_percent = self.start_step_percent

        end_step_percent = self.end_step_percent

        pre_start_value: float | None | Unset
        if isinstance(self.pre_start_value, Unset):
            pre_start_value = UNSET
        else:
            pre_start_value = self.pre_start_value

        post_end_value: float | None | Unset
        if isinstance(self.post_end_value, Unset):
            post_end_value = UNSET
        else:
            post_end_value = self.post_end_value

        mirror = self.mirror

        show_easing_plot = self.show_easing_plot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if easing is not UNSET:
            field_dict["easing"] = easing
        if num_steps is not UNSET:
            field_dict["num_steps"] = num_steps
        if start_value is not UNSET:
            field_dict["start_value"] = start_value
        if end_value is not UNSET:
            field_dict["end_value"] = end_value
        if start_step_percent is not UNSET:
            field_dict["start_step_percent"] = start_step_percent
        if end_step_percent is not UNSET:
            field_dict["end_step_percent"] = end_step_percent
        if pre_start_value is not UNSET:
            field_dict["pre_start_value"] = pre_start_value
        if post_end_value is not UNSET:
            field_dict["post_end_value"] = post_end_value
        if mirror is not UNSET:
            field_dict["mirror"] = mirror
        if show_easing_plot is not UNSET:
            field_dict["show_easing_plot"] = show_easing_plot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        type_ = check_step_param_easing_invocation_type(d.pop("type"))

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        _easing = d.pop("easing", UNSET)
        easing: StepParamEasingInvocationEasing | Unset
        if isinstance(_easing, Unset):
            easing = UNSET
        else:
            easing = check_step_param_easing_invocation_easing(_easing)

        num_steps = d.pop("num_steps", UNSET)

        start_value = d.pop("start_value", UNSET)

        end_value = d.pop("end_value", UNSET)

        start_step_percent = d.pop("start_step_percent", UNSET)

        end_step_percent = d.pop("end_step_percent", UNSET)

        def _parse_pre_start_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(float | None | Unset, data)

        pre_start_value = _parse_pre_start_value(d.pop("pre_start_value", UNSET))

        def _parse_post_end_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(float | None | Unset, data)

        post_end_value = _parse_post_end_value(d.pop("post_end_value", UNSET))

        mirror = d.pop("mirror", UNSET)

        show_easing_plot = d.pop("show_easing_plot", UNSET)

        step_param_easing_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
            easing=easing,
            num_steps=num_steps,
            start_value=start_value,
            end_value=end_value,
            start_step_percent=start_step_percent,
            end_step_percent=end_step_percent,
            pre_start_value=pre_start_value,
            post_end_value=post_end_value,
            mirror=mirror,
            show_easing_plot=show_easing_plot,
        )

        step_param_easing_invocation.additional_properties = d
        return step_param_easing_invocation

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
