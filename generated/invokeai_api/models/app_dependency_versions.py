from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AppDependencyVersions")


@_attrs_define
class AppDependencyVersions:
    """App depencency Versions Response

    Attributes:
        accelerate (str): accelerate version
        compel (str): compel version
        cuda (None | str): CUDA version
        diffusers (str): diffusers version
        numpy (str): Numpy version
        opencv (str): OpenCV version
        onnx (str): ONNX version
        pillow (str): Pillow (PIL) version
        python (str): Python version
        torch (str): PyTorch version
        torchvision (str): PyTorch Vision version
        transformers (str): transformers version
        xformers (None | str): xformers version
    """

    accelerate: str
    compel: str
    cuda: None | str
    diffusers: str
    numpy: str
    opencv: str
    onnx: str
    pillow: str
    python: str
    torch: str
    torchvision: str
    transformers: str
    xformers: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        accelerate = self.accelerate

        compel = self.compel

        cuda: None | str
        cuda = self.cuda

        diffusers = self.diffusers

        numpy = self.numpy

        opencv = self.opencv

        onnx = self.onnx

        pillow = self.pillow

        python = self.python

        torch = self.torch

        torchvision = self.torchvision

        transformers = self.transformers

        xformers: None | str
        xformers = self.xformers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accelerate": accelerate,
                "compel": compel,
                "cuda": cuda,
                "diffusers": diffusers,
                "numpy": numpy,
                "opencv": opencv,
                "onnx": onnx,
                "pillow": pillow,
                "python": python,
                "torch": torch,
                "torchvision": torchvision,
                "transformers": transformers,
                "xformers": xformers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        accelerate = d.pop("accelerate")

        compel = d.pop("compel")

        def _parse_cuda(data: object) -> None | str:
            if data is None:
                return data

            return cast(None | str, data)

        cuda = _parse_cuda(d.pop("cuda"))

        diffusers = d.pop("diffusers")

        numpy = d.pop("numpy")

        opencv = d.pop("opencv")

        onnx = d.pop("onnx")

        pillow = d.pop("pillow")

        python = d.pop("python")

        torch = d.pop("torch")

        torchvision = d.pop("torchvision")

        transformers = d.pop("transformers")

        def _parse_xformers(data: object) -> None | str:
            if data is None:
                return data

            return cast(None | str, data)

        xformers = _parse_xformers(d.pop("xformers"))

        app_dependency_versions = cls(
            accelerate=accelerate,
            compel=compel,
            cuda=cuda,
            diffusers=diffusers,
            numpy=numpy,
            opencv=opencv,
            onnx=onnx,
            pillow=pillow,
            python=python,
            torch=torch,
            torchvision=torchvision,
            transformers=transformers,
            xformers=xformers,
        )

        app_dependency_versions.additional_properties = d
        return app_dependency_versions

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
