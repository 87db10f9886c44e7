from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.anima_ll_lite_field import AnimaLLLiteField


T = TypeVar("T", bound="AnimaLLLiteOutput")


@_attrs_define
class AnimaLLLiteOutput:
    """Anima ControlNet-LLLite output containing adapter configuration.

    Attributes:
        control (AnimaLLLiteField): An Anima ControlNet-LLLite conditioning field (e.g. inpaint adapter).
        type_ (Literal['anima_lllite_output']):  Default: 'anima_lllite_output'.
    """

    control: AnimaLLLiteField
    type_: Literal["anima_lllite_output"] = "anima_lllite_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (AnimaLLLiteField,) = _lazy_imports()
        control = self.control.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "control": control,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (AnimaLLLiteField,) = _parse_imports()
        d = dict(src_dict)
        control = AnimaLLLiteField.from_dict(d.pop("control"))

        type_ = cast("Literal['anima_lllite_output']", d.pop("type"))
        if type_ != "anima_lllite_output":
            raise ValueError(f"type must match const 'anima_lllite_output', got '{type_}'")

        anima_ll_lite_output = cls(
            control=control,
            type_=type_,
        )

        anima_ll_lite_output.additional_properties = d
        return anima_ll_lite_output

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


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    from ..models.anima_ll_lite_field import AnimaLLLiteField  # noqa: PLC0415

    return (AnimaLLLiteField,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.anima_ll_lite_field import AnimaLLLiteField  # noqa: PLC0415

    return (AnimaLLLiteField,)
