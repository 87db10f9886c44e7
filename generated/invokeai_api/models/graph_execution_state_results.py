from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.anima_conditioning_output import AnimaConditioningOutput
    from ..models.anima_ll_lite_output import AnimaLLLiteOutput
    from ..models.anima_lo_ra_loader_output import AnimaLoRALoaderOutput
    from ..models.anima_model_loader_output import AnimaModelLoaderOutput
    from ..models.boolean_collection_output import BooleanCollectionOutput
    from ..models.boolean_output import BooleanOutput
    from ..models.bounding_box_collection_output import BoundingBoxCollectionOutput
    from ..models.bounding_box_output import BoundingBoxOutput
    from ..models.calculate_image_tiles_output import CalculateImageTilesOutput
    from ..models.clip_output import CLIPOutput
    from ..models.clip_skip_invocation_output import CLIPSkipInvocationOutput
    from ..models.cog_view_4_conditioning_output import CogView4ConditioningOutput
    from ..models.cog_view_4_model_loader_output import CogView4ModelLoaderOutput
    from ..models.collect_invocation_output import CollectInvocationOutput
    from ..models.color_collection_output import ColorCollectionOutput
    from ..models.color_output import ColorOutput
    from ..models.conditioning_collection_output import ConditioningCollectionOutput
    from ..models.conditioning_output import ConditioningOutput
    from ..models.control_output import ControlOutput
    from ..models.denoise_mask_output import DenoiseMaskOutput
    from ..models.ernie_image_conditioning_output import ErnieImageConditioningOutput
    from ..models.ernie_image_model_loader_output import ErnieImageModelLoaderOutput
    from ..models.extract_video_range_output import ExtractVideoRangeOutput
    from ..models.face_mask_output import FaceMaskOutput
    from ..models.face_off_output import FaceOffOutput
    from ..models.float_collection_output import FloatCollectionOutput
    from ..models.float_generator_output import FloatGeneratorOutput
    from ..models.float_output import FloatOutput
    from ..models.flux_2_dev_lo_ra_loader_output import Flux2DevLoRALoaderOutput
    from ..models.flux_2_dev_model_loader_output import Flux2DevModelLoaderOutput
    from ..models.flux_2_klein_lo_ra_loader_output import Flux2KleinLoRALoaderOutput
    from ..models.flux_2_klein_model_loader_output import Flux2KleinModelLoaderOutput
    from ..models.flux_conditioning_collection_output import FluxConditioningCollectionOutput
    from ..models.flux_conditioning_output import FluxConditioningOutput
    from ..models.flux_control_lo_ra_loader_output import FluxControlLoRALoaderOutput
    from ..models.flux_control_net_output import FluxControlNetOutput
    from ..models.flux_fill_output import FluxFillOutput
    from ..models.flux_kontext_output import FluxKontextOutput
    from ..models.flux_lo_ra_loader_output import FluxLoRALoaderOutput
    from ..models.flux_model_loader_output import FluxModelLoaderOutput
    from ..models.flux_redux_output import FluxReduxOutput
    from ..models.gemma_2_encoder_output import Gemma2EncoderOutput
    from ..models.gradient_mask_output import GradientMaskOutput
    from ..models.ideal_size_output import IdealSizeOutput
    from ..models.ideogram_4_conditioning_output import Ideogram4ConditioningOutput
    from ..models.ideogram_4_model_loader_output import Ideogram4ModelLoaderOutput
    from ..models.if_invocation_output import IfInvocationOutput
    from ..models.image_collection_output import ImageCollectionOutput
    from ..models.image_generator_output import ImageGeneratorOutput
    from ..models.image_output import ImageOutput
    from ..models.image_panel_coordinate_output import ImagePanelCoordinateOutput
    from ..models.integer_collection_output import IntegerCollectionOutput
    from ..models.integer_generator_output import IntegerGeneratorOutput
    from ..models.integer_output import IntegerOutput
    from ..models.ip_adapter_output import IPAdapterOutput
    from ..models.iterate_invocation_output import IterateInvocationOutput
    from ..models.krea_2_conditioning_output import Krea2ConditioningOutput
    from ..models.krea_2_lo_ra_loader_output import Krea2LoRALoaderOutput
    from ..models.krea_2_model_loader_output import Krea2ModelLoaderOutput
    from ..models.krea_2_style_reference_output import Krea2StyleReferenceOutput
    from ..models.latents_collection_output import LatentsCollectionOutput
    from ..models.latents_meta_output import LatentsMetaOutput
    from ..models.latents_output import LatentsOutput
    from ..models.lo_ra_loader_output import LoRALoaderOutput
    from ..models.lo_ra_selector_output import LoRASelectorOutput
    from ..models.mask_output import MaskOutput
    from ..models.md_control_list_output import MDControlListOutput
    from ..models.mdip_adapter_list_output import MDIPAdapterListOutput
    from ..models.mdt2i_adapter_list_output import MDT2IAdapterListOutput
    from ..models.metadata_item_output import MetadataItemOutput
    from ..models.metadata_output import MetadataOutput
    from ..models.metadata_to_loras_collection_output import MetadataToLorasCollectionOutput
    from ..models.metadata_to_model_output import MetadataToModelOutput
    from ..models.metadata_to_sdxl_model_output import MetadataToSDXLModelOutput
    from ..models.model_identifier_output import ModelIdentifierOutput
    from ..models.model_loader_output import ModelLoaderOutput
    from ..models.noise_output import NoiseOutput
    from ..models.pair_tile_image_output import PairTileImageOutput
    from ..models.pbr_maps_output import PBRMapsOutput
    from ..models.pi_d_decoder_output import PiDDecoderOutput
    from ..models.prompt_template_output import PromptTemplateOutput
    from ..models.qwen_image_conditioning_output import QwenImageConditioningOutput
    from ..models.qwen_image_lo_ra_loader_output import QwenImageLoRALoaderOutput
    from ..models.qwen_image_model_loader_output import QwenImageModelLoaderOutput
    from ..models.scheduler_output import SchedulerOutput
    from ..models.sd3_conditioning_output import SD3ConditioningOutput
    from ..models.sd_3_model_loader_output import Sd3ModelLoaderOutput
    from ..models.sdxl_lo_ra_loader_output import SDXLLoRALoaderOutput
    from ..models.sdxl_model_loader_output import SDXLModelLoaderOutput
    from ..models.sdxl_refiner_model_loader_output import SDXLRefinerModelLoaderOutput
    from ..models.seamless_mode_output import SeamlessModeOutput
    from ..models.string_2_output import String2Output
    from ..models.string_collection_output import StringCollectionOutput
    from ..models.string_generator_output import StringGeneratorOutput
    from ..models.string_output import StringOutput
    from ..models.string_pos_neg_output import StringPosNegOutput
    from ..models.t2i_adapter_output import T2IAdapterOutput
    from ..models.tile_to_properties_output import TileToPropertiesOutput
    from ..models.u_net_output import UNetOutput
    from ..models.unknown_invocation_output import UnknownInvocationOutput
    from ..models.vae_output import VAEOutput
    from ..models.video_output import VideoOutput
    from ..models.wan_conditioning_output import WanConditioningOutput
    from ..models.wan_lo_ra_loader_output import WanLoRALoaderOutput
    from ..models.wan_model_loader_output import WanModelLoaderOutput
    from ..models.wan_ref_image_output import WanRefImageOutput
    from ..models.workflow_return_get_output import WorkflowReturnGetOutput
    from ..models.workflow_return_output import WorkflowReturnOutput
    from ..models.workflow_return_value_output import WorkflowReturnValueOutput
    from ..models.z_image_conditioning_output import ZImageConditioningOutput
    from ..models.z_image_control_output import ZImageControlOutput
    from ..models.z_image_lo_ra_loader_output import ZImageLoRALoaderOutput
    from ..models.z_image_model_loader_output import ZImageModelLoaderOutput


T = TypeVar("T", bound="GraphExecutionStateResults")


@_attrs_define
class GraphExecutionStateResults:
    """The results of node executions"""

    additional_properties: dict[
        str,
        AnimaConditioningOutput
        | AnimaLLLiteOutput
        | AnimaLoRALoaderOutput
        | AnimaModelLoaderOutput
        | BooleanCollectionOutput
        | BooleanOutput
        | BoundingBoxCollectionOutput
        | BoundingBoxOutput
        | CalculateImageTilesOutput
        | CLIPOutput
        | CLIPSkipInvocationOutput
        | CogView4ConditioningOutput
        | CogView4ModelLoaderOutput
        | CollectInvocationOutput
        | ColorCollectionOutput
        | ColorOutput
        | ConditioningCollectionOutput
        | ConditioningOutput
        | ControlOutput
        | DenoiseMaskOutput
        | ErnieImageConditioningOutput
        | ErnieImageModelLoaderOutput
        | ExtractVideoRangeOutput
        | FaceMaskOutput
        | FaceOffOutput
        | FloatCollectionOutput
        | FloatGeneratorOutput
        | FloatOutput
        | Flux2DevLoRALoaderOutput
        | Flux2DevModelLoaderOutput
        | Flux2KleinLoRALoaderOutput
        | Flux2KleinModelLoaderOutput
        | FluxConditioningCollectionOutput
        | FluxConditioningOutput
        | FluxControlLoRALoaderOutput
        | FluxControlNetOutput
        | FluxFillOutput
        | FluxKontextOutput
        | FluxLoRALoaderOutput
        | FluxModelLoaderOutput
        | FluxReduxOutput
        | Gemma2EncoderOutput
        | GradientMaskOutput
        | IdealSizeOutput
        | Ideogram4ConditioningOutput
        | Ideogram4ModelLoaderOutput
        | IfInvocationOutput
        | ImageCollectionOutput
        | ImageGeneratorOutput
        | ImageOutput
        | ImagePanelCoordinateOutput
        | IntegerCollectionOutput
        | IntegerGeneratorOutput
        | IntegerOutput
        | IPAdapterOutput
        | IterateInvocationOutput
        | Krea2ConditioningOutput
        | Krea2LoRALoaderOutput
        | Krea2ModelLoaderOutput
        | Krea2StyleReferenceOutput
        | LatentsCollectionOutput
        | LatentsMetaOutput
        | LatentsOutput
        | LoRALoaderOutput
        | LoRASelectorOutput
        | MaskOutput
        | MDControlListOutput
        | MDIPAdapterListOutput
        | MDT2IAdapterListOutput
        | MetadataItemOutput
        | MetadataOutput
        | MetadataToLorasCollectionOutput
        | MetadataToModelOutput
        | MetadataToSDXLModelOutput
        | ModelIdentifierOutput
        | ModelLoaderOutput
        | NoiseOutput
        | PairTileImageOutput
        | PBRMapsOutput
        | PiDDecoderOutput
        | PromptTemplateOutput
        | QwenImageConditioningOutput
        | QwenImageLoRALoaderOutput
        | QwenImageModelLoaderOutput
        | SchedulerOutput
        | SD3ConditioningOutput
        | Sd3ModelLoaderOutput
        | SDXLLoRALoaderOutput
        | SDXLModelLoaderOutput
        | SDXLRefinerModelLoaderOutput
        | SeamlessModeOutput
        | String2Output
        | StringCollectionOutput
        | StringGeneratorOutput
        | StringOutput
        | StringPosNegOutput
        | T2IAdapterOutput
        | TileToPropertiesOutput
        | UNetOutput
        | UnknownInvocationOutput
        | VAEOutput
        | VideoOutput
        | WanConditioningOutput
        | WanLoRALoaderOutput
        | WanModelLoaderOutput
        | WanRefImageOutput
        | WorkflowReturnGetOutput
        | WorkflowReturnOutput
        | WorkflowReturnValueOutput
        | ZImageConditioningOutput
        | ZImageControlOutput
        | ZImageLoRALoaderOutput
        | ZImageModelLoaderOutput,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            AnimaConditioningOutput,
            AnimaLLLiteOutput,
            AnimaLoRALoaderOutput,
            AnimaModelLoaderOutput,
            BooleanCollectionOutput,
            BooleanOutput,
            BoundingBoxCollectionOutput,
            BoundingBoxOutput,
            CalculateImageTilesOutput,
            CLIPOutput,
            CLIPSkipInvocationOutput,
            CogView4ConditioningOutput,
            CogView4ModelLoaderOutput,
            CollectInvocationOutput,
            ColorCollectionOutput,
            ColorOutput,
            ConditioningCollectionOutput,
            ConditioningOutput,
            ControlOutput,
            DenoiseMaskOutput,
            ErnieImageConditioningOutput,
            ErnieImageModelLoaderOutput,
            ExtractVideoRangeOutput,
            FaceMaskOutput,
            FaceOffOutput,
            FloatCollectionOutput,
            FloatGeneratorOutput,
            FloatOutput,
            Flux2DevLoRALoaderOutput,
            Flux2DevModelLoaderOutput,
            Flux2KleinLoRALoaderOutput,
            Flux2KleinModelLoaderOutput,
            FluxConditioningCollectionOutput,
            FluxConditioningOutput,
            FluxControlLoRALoaderOutput,
            FluxControlNetOutput,
            FluxFillOutput,
            FluxKontextOutput,
            FluxLoRALoaderOutput,
            FluxModelLoaderOutput,
            FluxReduxOutput,
            Gemma2EncoderOutput,
            GradientMaskOutput,
            IdealSizeOutput,
            Ideogram4ConditioningOutput,
            Ideogram4ModelLoaderOutput,
            IfInvocationOutput,
            ImageCollectionOutput,
            ImageGeneratorOutput,
            ImageOutput,
            ImagePanelCoordinateOutput,
            IntegerCollectionOutput,
            IntegerGeneratorOutput,
            IntegerOutput,
            IPAdapterOutput,
            IterateInvocationOutput,
            Krea2ConditioningOutput,
            Krea2LoRALoaderOutput,
            Krea2ModelLoaderOutput,
            Krea2StyleReferenceOutput,
            LatentsCollectionOutput,
            LatentsMetaOutput,
            LatentsOutput,
            LoRALoaderOutput,
            LoRASelectorOutput,
            MaskOutput,
            MDControlListOutput,
            MDIPAdapterListOutput,
            MDT2IAdapterListOutput,
            MetadataItemOutput,
            MetadataOutput,
            MetadataToLorasCollectionOutput,
            MetadataToModelOutput,
            MetadataToSDXLModelOutput,
            ModelIdentifierOutput,
            ModelLoaderOutput,
            NoiseOutput,
            PairTileImageOutput,
            PBRMapsOutput,
            PiDDecoderOutput,
            PromptTemplateOutput,
            QwenImageConditioningOutput,
            QwenImageLoRALoaderOutput,
            QwenImageModelLoaderOutput,
            SchedulerOutput,
            SD3ConditioningOutput,
            Sd3ModelLoaderOutput,
            SDXLLoRALoaderOutput,
            SDXLModelLoaderOutput,
            SDXLRefinerModelLoaderOutput,
            SeamlessModeOutput,
            String2Output,
            StringCollectionOutput,
            StringGeneratorOutput,
            StringOutput,
            StringPosNegOutput,
            T2IAdapterOutput,
            TileToPropertiesOutput,
            UNetOutput,
            UnknownInvocationOutput,
            VAEOutput,
            VideoOutput,
            WanConditioningOutput,
            WanLoRALoaderOutput,
            WanModelLoaderOutput,
            WanRefImageOutput,
            WorkflowReturnGetOutput,
            WorkflowReturnOutput,
            WorkflowReturnValueOutput,
            ZImageConditioningOutput,
            ZImageControlOutput,
            ZImageLoRALoaderOutput,
            ZImageModelLoaderOutput,
        ) = _lazy_imports()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, AnimaConditioningOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, AnimaLLLiteOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, AnimaLoRALoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, AnimaModelLoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, BooleanCollectionOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, BooleanOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, BoundingBoxCollectionOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, BoundingBoxOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, CLIPOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, CLIPSkipInvocationOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, CalculateImageTilesOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, CogView4ConditioningOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, CogView4ModelLoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, CollectInvocationOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ColorCollectionOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ColorOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ConditioningCollectionOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ConditioningOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ControlOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, DenoiseMaskOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ErnieImageConditioningOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ErnieImageModelLoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ExtractVideoRangeOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FaceMaskOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FaceOffOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FloatCollectionOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FloatGeneratorOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FloatOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, Flux2DevLoRALoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, Flux2DevModelLoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, Flux2KleinLoRALoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, Flux2KleinModelLoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FluxConditioningCollectionOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FluxConditioningOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FluxControlLoRALoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FluxControlNetOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FluxFillOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FluxKontextOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FluxLoRALoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FluxModelLoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FluxReduxOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, Gemma2EncoderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, GradientMaskOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, IPAdapterOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, IdealSizeOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, Ideogram4ConditioningOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, Ideogram4ModelLoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, IfInvocationOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageCollectionOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageGeneratorOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImageOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ImagePanelCoordinateOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, IntegerCollectionOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, IntegerGeneratorOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, IntegerOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, IterateInvocationOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, Krea2ConditioningOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, Krea2LoRALoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, Krea2ModelLoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, Krea2StyleReferenceOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, LatentsCollectionOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, LatentsMetaOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, LatentsOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, LoRALoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, LoRASelectorOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, MDControlListOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, MDIPAdapterListOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, MDT2IAdapterListOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, MaskOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, MetadataItemOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, MetadataOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, MetadataToLorasCollectionOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, MetadataToModelOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, MetadataToSDXLModelOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ModelIdentifierOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ModelLoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, NoiseOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, PBRMapsOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, PairTileImageOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, PiDDecoderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, PromptTemplateOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, QwenImageConditioningOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, QwenImageLoRALoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, QwenImageModelLoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SD3ConditioningOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SDXLLoRALoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SDXLModelLoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SDXLRefinerModelLoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SchedulerOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, Sd3ModelLoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SeamlessModeOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, String2Output):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, StringCollectionOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, StringGeneratorOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, StringOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, StringPosNegOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, T2IAdapterOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, TileToPropertiesOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, UNetOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, VAEOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, VideoOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, WanConditioningOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, WanLoRALoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, WanModelLoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, WanRefImageOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, WorkflowReturnGetOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, WorkflowReturnOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, WorkflowReturnValueOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ZImageConditioningOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ZImageControlOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ZImageLoRALoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, ZImageModelLoaderOutput):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        graph_execution_state_results = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                AnimaConditioningOutput
                | AnimaLLLiteOutput
                | AnimaLoRALoaderOutput
                | AnimaModelLoaderOutput
                | BooleanCollectionOutput
                | BooleanOutput
                | BoundingBoxCollectionOutput
                | BoundingBoxOutput
                | CalculateImageTilesOutput
                | CLIPOutput
                | CLIPSkipInvocationOutput
                | CogView4ConditioningOutput
                | CogView4ModelLoaderOutput
                | CollectInvocationOutput
                | ColorCollectionOutput
                | ColorOutput
                | ConditioningCollectionOutput
                | ConditioningOutput
                | ControlOutput
                | DenoiseMaskOutput
                | ErnieImageConditioningOutput
                | ErnieImageModelLoaderOutput
                | ExtractVideoRangeOutput
                | FaceMaskOutput
                | FaceOffOutput
                | FloatCollectionOutput
                | FloatGeneratorOutput
                | FloatOutput
                | Flux2DevLoRALoaderOutput
                | Flux2DevModelLoaderOutput
                | Flux2KleinLoRALoaderOutput
                | Flux2KleinModelLoaderOutput
                | FluxConditioningCollectionOutput
                | FluxConditioningOutput
                | FluxControlLoRALoaderOutput
                | FluxControlNetOutput
                | FluxFillOutput
                | FluxKontextOutput
                | FluxLoRALoaderOutput
                | FluxModelLoaderOutput
                | FluxReduxOutput
                | Gemma2EncoderOutput
                | GradientMaskOutput
                | IdealSizeOutput
                | Ideogram4ConditioningOutput
                | Ideogram4ModelLoaderOutput
                | IfInvocationOutput
                | ImageCollectionOutput
                | ImageGeneratorOutput
                | ImageOutput
                | ImagePanelCoordinateOutput
                | IntegerCollectionOutput
                | IntegerGeneratorOutput
                | IntegerOutput
                | IPAdapterOutput
                | IterateInvocationOutput
                | Krea2ConditioningOutput
                | Krea2LoRALoaderOutput
                | Krea2ModelLoaderOutput
                | Krea2StyleReferenceOutput
                | LatentsCollectionOutput
                | LatentsMetaOutput
                | LatentsOutput
                | LoRALoaderOutput
                | LoRASelectorOutput
                | MaskOutput
                | MDControlListOutput
                | MDIPAdapterListOutput
                | MDT2IAdapterListOutput
                | MetadataItemOutput
                | MetadataOutput
                | MetadataToLorasCollectionOutput
                | MetadataToModelOutput
                | MetadataToSDXLModelOutput
                | ModelIdentifierOutput
                | ModelLoaderOutput
                | NoiseOutput
                | PairTileImageOutput
                | PBRMapsOutput
                | PiDDecoderOutput
                | PromptTemplateOutput
                | QwenImageConditioningOutput
                | QwenImageLoRALoaderOutput
                | QwenImageModelLoaderOutput
                | SchedulerOutput
                | SD3ConditioningOutput
                | Sd3ModelLoaderOutput
                | SDXLLoRALoaderOutput
                | SDXLModelLoaderOutput
                | SDXLRefinerModelLoaderOutput
                | SeamlessModeOutput
                | String2Output
                | StringCollectionOutput
                | StringGeneratorOutput
                | StringOutput
                | StringPosNegOutput
                | T2IAdapterOutput
                | TileToPropertiesOutput
                | UNetOutput
                | UnknownInvocationOutput
                | VAEOutput
                | VideoOutput
                | WanConditioningOutput
                | WanLoRALoaderOutput
                | WanModelLoaderOutput
                | WanRefImageOutput
                | WorkflowReturnGetOutput
                | WorkflowReturnOutput
                | WorkflowReturnValueOutput
                | ZImageConditioningOutput
                | ZImageControlOutput
                | ZImageLoRALoaderOutput
                | ZImageModelLoaderOutput
            ):
                if isinstance(data, dict):
                    match data.get("type"):
                        case "anima_conditioning_output":
                            from invokeai_api.models.anima_conditioning_output import AnimaConditioningOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "anima_lllite_output":
                            from invokeai_api.models.anima_ll_lite_output import AnimaLLLiteOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "anima_lora_loader_output":
                            from invokeai_api.models.anima_lo_ra_loader_output import AnimaLoRALoaderOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "anima_model_loader_output":
                            from invokeai_api.models.anima_model_loader_output import AnimaModelLoaderOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "boolean_collection_output":
                            from invokeai_api.models.boolean_collection_output import BooleanCollectionOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "boolean_output":
                            from invokeai_api.models.boolean_output import BooleanOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "bounding_box_collection_output":
                            from invokeai_api.models.bounding_box_collection_output import (
                                BoundingBoxCollectionOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "bounding_box_output":
                            from invokeai_api.models.bounding_box_output import BoundingBoxOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "calculate_image_tiles_output":
                            from invokeai_api.models.calculate_image_tiles_output import (
                                CalculateImageTilesOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "clip_output":
                            from invokeai_api.models.clip_output import CLIPOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "clip_skip_output":
                            from invokeai_api.models.clip_skip_invocation_output import (
                                CLIPSkipInvocationOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "cogview4_conditioning_output":
                            from invokeai_api.models.cog_view_4_conditioning_output import (
                                CogView4ConditioningOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "cogview4_model_loader_output":
                            from invokeai_api.models.cog_view_4_model_loader_output import (
                                CogView4ModelLoaderOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "collect_output":
                            from invokeai_api.models.collect_invocation_output import CollectInvocationOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "color_collection_output":
                            from invokeai_api.models.color_collection_output import ColorCollectionOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "color_output":
                            from invokeai_api.models.color_output import ColorOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "conditioning_collection_output":
                            from invokeai_api.models.conditioning_collection_output import (
                                ConditioningCollectionOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "conditioning_output":
                            from invokeai_api.models.conditioning_output import ConditioningOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "control_output":
                            from invokeai_api.models.control_output import ControlOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "denoise_mask_output":
                            from invokeai_api.models.denoise_mask_output import DenoiseMaskOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "ernie_image_conditioning_output":
                            from invokeai_api.models.ernie_image_conditioning_output import (
                                ErnieImageConditioningOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "ernie_image_model_loader_output":
                            from invokeai_api.models.ernie_image_model_loader_output import (
                                ErnieImageModelLoaderOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "extract_video_range_output":
                            from invokeai_api.models.extract_video_range_output import (
                                ExtractVideoRangeOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "face_mask_output":
                            from invokeai_api.models.face_mask_output import FaceMaskOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "face_off_output":
                            from invokeai_api.models.face_off_output import FaceOffOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "float_collection_output":
                            from invokeai_api.models.float_collection_output import FloatCollectionOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "float_generator_output":
                            from invokeai_api.models.float_generator_output import FloatGeneratorOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "float_output":
                            from invokeai_api.models.float_output import FloatOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "flux2_dev_lora_loader_output":
                            from invokeai_api.models.flux_2_dev_lo_ra_loader_output import (
                                Flux2DevLoRALoaderOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "flux2_dev_model_loader_output":
                            from invokeai_api.models.flux_2_dev_model_loader_output import (
                                Flux2DevModelLoaderOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "flux2_klein_lora_loader_output":
                            from invokeai_api.models.flux_2_klein_lo_ra_loader_output import (
                                Flux2KleinLoRALoaderOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "flux2_klein_model_loader_output":
                            from invokeai_api.models.flux_2_klein_model_loader_output import (
                                Flux2KleinModelLoaderOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "flux_conditioning_collection_output":
                            from invokeai_api.models.flux_conditioning_collection_output import (
                                FluxConditioningCollectionOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "flux_conditioning_output":
                            from invokeai_api.models.flux_conditioning_output import FluxConditioningOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "flux_control_lora_loader_output":
                            from invokeai_api.models.flux_control_lo_ra_loader_output import (
                                FluxControlLoRALoaderOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "flux_controlnet_output":
                            from invokeai_api.models.flux_control_net_output import FluxControlNetOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "flux_fill_output":
                            from invokeai_api.models.flux_fill_output import FluxFillOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "flux_kontext_output":
                            from invokeai_api.models.flux_kontext_output import FluxKontextOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "flux_lora_loader_output":
                            from invokeai_api.models.flux_lo_ra_loader_output import FluxLoRALoaderOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "flux_model_loader_output":
                            from invokeai_api.models.flux_model_loader_output import FluxModelLoaderOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "flux_redux_output":
                            from invokeai_api.models.flux_redux_output import FluxReduxOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "gemma2_encoder_output":
                            from invokeai_api.models.gemma_2_encoder_output import Gemma2EncoderOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "gradient_mask_output":
                            from invokeai_api.models.gradient_mask_output import GradientMaskOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "ideal_size_output":
                            from invokeai_api.models.ideal_size_output import IdealSizeOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "ideogram4_conditioning_output":
                            from invokeai_api.models.ideogram_4_conditioning_output import (
                                Ideogram4ConditioningOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "ideogram4_model_loader_output":
                            from invokeai_api.models.ideogram_4_model_loader_output import (
                                Ideogram4ModelLoaderOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "if_output":
                            from invokeai_api.models.if_invocation_output import IfInvocationOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "image_collection_output":
                            from invokeai_api.models.image_collection_output import ImageCollectionOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "image_generator_output":
                            from invokeai_api.models.image_generator_output import ImageGeneratorOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "image_output":
                            from invokeai_api.models.image_output import ImageOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "image_panel_coordinate_output":
                            from invokeai_api.models.image_panel_coordinate_output import (
                                ImagePanelCoordinateOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "integer_collection_output":
                            from invokeai_api.models.integer_collection_output import IntegerCollectionOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "integer_generator_output":
                            from invokeai_api.models.integer_generator_output import IntegerGeneratorOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "integer_output":
                            from invokeai_api.models.integer_output import IntegerOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "ip_adapter_output":
                            from invokeai_api.models.ip_adapter_output import IPAdapterOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "iterate_output":
                            from invokeai_api.models.iterate_invocation_output import IterateInvocationOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "krea2_conditioning_output":
                            from invokeai_api.models.krea_2_conditioning_output import (
                                Krea2ConditioningOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "krea2_lora_loader_output":
                            from invokeai_api.models.krea_2_lo_ra_loader_output import Krea2LoRALoaderOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "krea2_model_loader_output":
                            from invokeai_api.models.krea_2_model_loader_output import Krea2ModelLoaderOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "krea2_style_reference_output":
                            from invokeai_api.models.krea_2_style_reference_output import (
                                Krea2StyleReferenceOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "latents_collection_output":
                            from invokeai_api.models.latents_collection_output import LatentsCollectionOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "latents_meta_output":
                            from invokeai_api.models.latents_meta_output import LatentsMetaOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "latents_output":
                            from invokeai_api.models.latents_output import LatentsOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "lora_loader_output":
                            from invokeai_api.models.lo_ra_loader_output import LoRALoaderOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "lora_selector_output":
                            from invokeai_api.models.lo_ra_selector_output import LoRASelectorOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "mask_output":
                            from invokeai_api.models.mask_output import MaskOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "md_control_list_output":
                            from invokeai_api.models.md_control_list_output import MDControlListOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "md_ip_adapter_list_output":
                            from invokeai_api.models.mdip_adapter_list_output import MDIPAdapterListOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "md_ip_adapters_output":
                            from invokeai_api.models.mdt2i_adapter_list_output import MDT2IAdapterListOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "metadata_item_output":
                            from invokeai_api.models.metadata_item_output import MetadataItemOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "metadata_output":
                            from invokeai_api.models.metadata_output import MetadataOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "metadata_to_lora_collection_output":
                            from invokeai_api.models.metadata_to_loras_collection_output import (
                                MetadataToLorasCollectionOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "metadata_to_model_output":
                            from invokeai_api.models.metadata_to_model_output import MetadataToModelOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "metadata_to_sdxl_model_output":
                            from invokeai_api.models.metadata_to_sdxl_model_output import (
                                MetadataToSDXLModelOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "model_identifier_output":
                            from invokeai_api.models.model_identifier_output import ModelIdentifierOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "model_loader_output":
                            from invokeai_api.models.model_loader_output import ModelLoaderOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "noise_output":
                            from invokeai_api.models.noise_output import NoiseOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "pair_tile_image_output":
                            from invokeai_api.models.pair_tile_image_output import PairTileImageOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "pbr_maps-output":
                            from invokeai_api.models.pbr_maps_output import PBRMapsOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "pid_decoder_output":
                            from invokeai_api.models.pi_d_decoder_output import PiDDecoderOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "prompt_template_output":
                            from invokeai_api.models.prompt_template_output import PromptTemplateOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "qwen_image_conditioning_output":
                            from invokeai_api.models.qwen_image_conditioning_output import (
                                QwenImageConditioningOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "qwen_image_lora_loader_output":
                            from invokeai_api.models.qwen_image_lo_ra_loader_output import (
                                QwenImageLoRALoaderOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "qwen_image_model_loader_output":
                            from invokeai_api.models.qwen_image_model_loader_output import (
                                QwenImageModelLoaderOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "scheduler_output":
                            from invokeai_api.models.scheduler_output import SchedulerOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "sd3_conditioning_output":
                            from invokeai_api.models.sd3_conditioning_output import SD3ConditioningOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "sd3_model_loader_output":
                            from invokeai_api.models.sd_3_model_loader_output import Sd3ModelLoaderOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "sdxl_lora_loader_output":
                            from invokeai_api.models.sdxl_lo_ra_loader_output import SDXLLoRALoaderOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "sdxl_model_loader_output":
                            from invokeai_api.models.sdxl_model_loader_output import SDXLModelLoaderOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "sdxl_refiner_model_loader_output":
                            from invokeai_api.models.sdxl_refiner_model_loader_output import (
                                SDXLRefinerModelLoaderOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "seamless_output":
                            from invokeai_api.models.seamless_mode_output import SeamlessModeOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "string_2_output":
                            from invokeai_api.models.string_2_output import String2Output as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "string_collection_output":
                            from invokeai_api.models.string_collection_output import StringCollectionOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "string_generator_output":
                            from invokeai_api.models.string_generator_output import StringGeneratorOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "string_output":
                            from invokeai_api.models.string_output import StringOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "string_pos_neg_output":
                            from invokeai_api.models.string_pos_neg_output import StringPosNegOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "t2i_adapter_output":
                            from invokeai_api.models.t2i_adapter_output import T2IAdapterOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "tile_to_properties_output":
                            from invokeai_api.models.tile_to_properties_output import TileToPropertiesOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "unet_output":
                            from invokeai_api.models.u_net_output import UNetOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "vae_output":
                            from invokeai_api.models.vae_output import VAEOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "video_output":
                            from invokeai_api.models.video_output import VideoOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "wan_conditioning_output":
                            from invokeai_api.models.wan_conditioning_output import WanConditioningOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "wan_lora_loader_output":
                            from invokeai_api.models.wan_lo_ra_loader_output import WanLoRALoaderOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "wan_model_loader_output":
                            from invokeai_api.models.wan_model_loader_output import WanModelLoaderOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "wan_ref_image_output":
                            from invokeai_api.models.wan_ref_image_output import WanRefImageOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "workflow_return_get_output":
                            from invokeai_api.models.workflow_return_get_output import (
                                WorkflowReturnGetOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "workflow_return_output":
                            from invokeai_api.models.workflow_return_output import WorkflowReturnOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "workflow_return_value_output":
                            from invokeai_api.models.workflow_return_value_output import (
                                WorkflowReturnValueOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "z_image_conditioning_output":
                            from invokeai_api.models.z_image_conditioning_output import (
                                ZImageConditioningOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "z_image_control_output":
                            from invokeai_api.models.z_image_control_output import ZImageControlOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)
                        case "z_image_lora_loader_output":
                            from invokeai_api.models.z_image_lo_ra_loader_output import (
                                ZImageLoRALoaderOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case "z_image_model_loader_output":
                            from invokeai_api.models.z_image_model_loader_output import (
                                ZImageModelLoaderOutput as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                        case _:
                            from invokeai_api.models.unknown_invocation_output import UnknownInvocationOutput as _member  # noqa: PLC0415

                            return _member.from_dict(data)

                from invokeai_api.models.anima_conditioning_output import AnimaConditioningOutput  # noqa: PLC0415
                from invokeai_api.models.anima_ll_lite_output import AnimaLLLiteOutput  # noqa: PLC0415
                from invokeai_api.models.anima_lo_ra_loader_output import AnimaLoRALoaderOutput  # noqa: PLC0415
                from invokeai_api.models.anima_model_loader_output import AnimaModelLoaderOutput  # noqa: PLC0415
                from invokeai_api.models.boolean_collection_output import BooleanCollectionOutput  # noqa: PLC0415
                from invokeai_api.models.boolean_output import BooleanOutput  # noqa: PLC0415
                from invokeai_api.models.bounding_box_collection_output import BoundingBoxCollectionOutput  # noqa: PLC0415
                from invokeai_api.models.bounding_box_output import BoundingBoxOutput  # noqa: PLC0415
                from invokeai_api.models.calculate_image_tiles_output import CalculateImageTilesOutput  # noqa: PLC0415
                from invokeai_api.models.clip_output import CLIPOutput  # noqa: PLC0415
                from invokeai_api.models.clip_skip_invocation_output import CLIPSkipInvocationOutput  # noqa: PLC0415
                from invokeai_api.models.cog_view_4_conditioning_output import CogView4ConditioningOutput  # noqa: PLC0415
                from invokeai_api.models.cog_view_4_model_loader_output import CogView4ModelLoaderOutput  # noqa: PLC0415
                from invokeai_api.models.collect_invocation_output import CollectInvocationOutput  # noqa: PLC0415
                from invokeai_api.models.color_collection_output import ColorCollectionOutput  # noqa: PLC0415
                from invokeai_api.models.color_output import ColorOutput  # noqa: PLC0415
                from invokeai_api.models.conditioning_collection_output import ConditioningCollectionOutput  # noqa: PLC0415
                from invokeai_api.models.conditioning_output import ConditioningOutput  # noqa: PLC0415
                from invokeai_api.models.control_output import ControlOutput  # noqa: PLC0415
                from invokeai_api.models.denoise_mask_output import DenoiseMaskOutput  # noqa: PLC0415
                from invokeai_api.models.ernie_image_conditioning_output import ErnieImageConditioningOutput  # noqa: PLC0415
                from invokeai_api.models.ernie_image_model_loader_output import ErnieImageModelLoaderOutput  # noqa: PLC0415
                from invokeai_api.models.extract_video_range_output import ExtractVideoRangeOutput  # noqa: PLC0415
                from invokeai_api.models.face_mask_output import FaceMaskOutput  # noqa: PLC0415
                from invokeai_api.models.face_off_output import FaceOffOutput  # noqa: PLC0415
                from invokeai_api.models.float_collection_output import FloatCollectionOutput  # noqa: PLC0415
                from invokeai_api.models.float_generator_output import FloatGeneratorOutput  # noqa: PLC0415
                from invokeai_api.models.float_output import FloatOutput  # noqa: PLC0415
                from invokeai_api.models.flux_2_dev_lo_ra_loader_output import Flux2DevLoRALoaderOutput  # noqa: PLC0415
                from invokeai_api.models.flux_2_dev_model_loader_output import Flux2DevModelLoaderOutput  # noqa: PLC0415
                from invokeai_api.models.flux_2_klein_lo_ra_loader_output import Flux2KleinLoRALoaderOutput  # noqa: PLC0415
                from invokeai_api.models.flux_2_klein_model_loader_output import Flux2KleinModelLoaderOutput  # noqa: PLC0415
                from invokeai_api.models.flux_conditioning_collection_output import FluxConditioningCollectionOutput  # noqa: PLC0415
                from invokeai_api.models.flux_conditioning_output import FluxConditioningOutput  # noqa: PLC0415
                from invokeai_api.models.flux_control_lo_ra_loader_output import FluxControlLoRALoaderOutput  # noqa: PLC0415
                from invokeai_api.models.flux_control_net_output import FluxControlNetOutput  # noqa: PLC0415
                from invokeai_api.models.flux_fill_output import FluxFillOutput  # noqa: PLC0415
                from invokeai_api.models.flux_kontext_output import FluxKontextOutput  # noqa: PLC0415
                from invokeai_api.models.flux_lo_ra_loader_output import FluxLoRALoaderOutput  # noqa: PLC0415
                from invokeai_api.models.flux_model_loader_output import FluxModelLoaderOutput  # noqa: PLC0415
                from invokeai_api.models.flux_redux_output import FluxReduxOutput  # noqa: PLC0415
                from invokeai_api.models.gemma_2_encoder_output import Gemma2EncoderOutput  # noqa: PLC0415
                from invokeai_api.models.gradient_mask_output import GradientMaskOutput  # noqa: PLC0415
                from invokeai_api.models.ideal_size_output import IdealSizeOutput  # noqa: PLC0415
                from invokeai_api.models.ideogram_4_conditioning_output import Ideogram4ConditioningOutput  # noqa: PLC0415
                from invokeai_api.models.ideogram_4_model_loader_output import Ideogram4ModelLoaderOutput  # noqa: PLC0415
                from invokeai_api.models.if_invocation_output import IfInvocationOutput  # noqa: PLC0415
                from invokeai_api.models.image_collection_output import ImageCollectionOutput  # noqa: PLC0415
                from invokeai_api.models.image_generator_output import ImageGeneratorOutput  # noqa: PLC0415
                from invokeai_api.models.image_output import ImageOutput  # noqa: PLC0415
                from invokeai_api.models.image_panel_coordinate_output import ImagePanelCoordinateOutput  # noqa: PLC0415
                from invokeai_api.models.integer_collection_output import IntegerCollectionOutput  # noqa: PLC0415
                from invokeai_api.models.integer_generator_output import IntegerGeneratorOutput  # noqa: PLC0415
                from invokeai_api.models.integer_output import IntegerOutput  # noqa: PLC0415
                from invokeai_api.models.ip_adapter_output import IPAdapterOutput  # noqa: PLC0415
                from invokeai_api.models.iterate_invocation_output import IterateInvocationOutput  # noqa: PLC0415
                from invokeai_api.models.krea_2_conditioning_output import Krea2ConditioningOutput  # noqa: PLC0415
                from invokeai_api.models.krea_2_lo_ra_loader_output import Krea2LoRALoaderOutput  # noqa: PLC0415
                from invokeai_api.models.krea_2_model_loader_output import Krea2ModelLoaderOutput  # noqa: PLC0415
                from invokeai_api.models.krea_2_style_reference_output import Krea2StyleReferenceOutput  # noqa: PLC0415
                from invokeai_api.models.latents_collection_output import LatentsCollectionOutput  # noqa: PLC0415
                from invokeai_api.models.latents_meta_output import LatentsMetaOutput  # noqa: PLC0415
                from invokeai_api.models.latents_output import LatentsOutput  # noqa: PLC0415
                from invokeai_api.models.lo_ra_loader_output import LoRALoaderOutput  # noqa: PLC0415
                from invokeai_api.models.lo_ra_selector_output import LoRASelectorOutput  # noqa: PLC0415
                from invokeai_api.models.mask_output import MaskOutput  # noqa: PLC0415
                from invokeai_api.models.md_control_list_output import MDControlListOutput  # noqa: PLC0415
                from invokeai_api.models.mdip_adapter_list_output import MDIPAdapterListOutput  # noqa: PLC0415
                from invokeai_api.models.mdt2i_adapter_list_output import MDT2IAdapterListOutput  # noqa: PLC0415
                from invokeai_api.models.metadata_item_output import MetadataItemOutput  # noqa: PLC0415
                from invokeai_api.models.metadata_output import MetadataOutput  # noqa: PLC0415
                from invokeai_api.models.metadata_to_loras_collection_output import MetadataToLorasCollectionOutput  # noqa: PLC0415
                from invokeai_api.models.metadata_to_model_output import MetadataToModelOutput  # noqa: PLC0415
                from invokeai_api.models.metadata_to_sdxl_model_output import MetadataToSDXLModelOutput  # noqa: PLC0415
                from invokeai_api.models.model_identifier_output import ModelIdentifierOutput  # noqa: PLC0415
                from invokeai_api.models.model_loader_output import ModelLoaderOutput  # noqa: PLC0415
                from invokeai_api.models.noise_output import NoiseOutput  # noqa: PLC0415
                from invokeai_api.models.pair_tile_image_output import PairTileImageOutput  # noqa: PLC0415
                from invokeai_api.models.pbr_maps_output import PBRMapsOutput  # noqa: PLC0415
                from invokeai_api.models.pi_d_decoder_output import PiDDecoderOutput  # noqa: PLC0415
                from invokeai_api.models.prompt_template_output import PromptTemplateOutput  # noqa: PLC0415
                from invokeai_api.models.qwen_image_conditioning_output import QwenImageConditioningOutput  # noqa: PLC0415
                from invokeai_api.models.qwen_image_lo_ra_loader_output import QwenImageLoRALoaderOutput  # noqa: PLC0415
                from invokeai_api.models.qwen_image_model_loader_output import QwenImageModelLoaderOutput  # noqa: PLC0415
                from invokeai_api.models.scheduler_output import SchedulerOutput  # noqa: PLC0415
                from invokeai_api.models.sd3_conditioning_output import SD3ConditioningOutput  # noqa: PLC0415
                from invokeai_api.models.sd_3_model_loader_output import Sd3ModelLoaderOutput  # noqa: PLC0415
                from invokeai_api.models.sdxl_lo_ra_loader_output import SDXLLoRALoaderOutput  # noqa: PLC0415
                from invokeai_api.models.sdxl_model_loader_output import SDXLModelLoaderOutput  # noqa: PLC0415
                from invokeai_api.models.sdxl_refiner_model_loader_output import SDXLRefinerModelLoaderOutput  # noqa: PLC0415
                from invokeai_api.models.seamless_mode_output import SeamlessModeOutput  # noqa: PLC0415
                from invokeai_api.models.string_2_output import String2Output  # noqa: PLC0415
                from invokeai_api.models.string_collection_output import StringCollectionOutput  # noqa: PLC0415
                from invokeai_api.models.string_generator_output import StringGeneratorOutput  # noqa: PLC0415
                from invokeai_api.models.string_output import StringOutput  # noqa: PLC0415
                from invokeai_api.models.string_pos_neg_output import StringPosNegOutput  # noqa: PLC0415
                from invokeai_api.models.t2i_adapter_output import T2IAdapterOutput  # noqa: PLC0415
                from invokeai_api.models.tile_to_properties_output import TileToPropertiesOutput  # noqa: PLC0415
                from invokeai_api.models.u_net_output import UNetOutput  # noqa: PLC0415
                from invokeai_api.models.unknown_invocation_output import UnknownInvocationOutput  # noqa: PLC0415
                from invokeai_api.models.vae_output import VAEOutput  # noqa: PLC0415
                from invokeai_api.models.video_output import VideoOutput  # noqa: PLC0415
                from invokeai_api.models.wan_conditioning_output import WanConditioningOutput  # noqa: PLC0415
                from invokeai_api.models.wan_lo_ra_loader_output import WanLoRALoaderOutput  # noqa: PLC0415
                from invokeai_api.models.wan_model_loader_output import WanModelLoaderOutput  # noqa: PLC0415
                from invokeai_api.models.wan_ref_image_output import WanRefImageOutput  # noqa: PLC0415
                from invokeai_api.models.workflow_return_get_output import WorkflowReturnGetOutput  # noqa: PLC0415
                from invokeai_api.models.workflow_return_output import WorkflowReturnOutput  # noqa: PLC0415
                from invokeai_api.models.workflow_return_value_output import WorkflowReturnValueOutput  # noqa: PLC0415
                from invokeai_api.models.z_image_conditioning_output import ZImageConditioningOutput  # noqa: PLC0415
                from invokeai_api.models.z_image_control_output import ZImageControlOutput  # noqa: PLC0415
                from invokeai_api.models.z_image_lo_ra_loader_output import ZImageLoRALoaderOutput  # noqa: PLC0415
                from invokeai_api.models.z_image_model_loader_output import ZImageModelLoaderOutput  # noqa: PLC0415

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = AnimaConditioningOutput.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = AnimaLLLiteOutput.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_2 = AnimaLoRALoaderOutput.from_dict(data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_3 = AnimaModelLoaderOutput.from_dict(data)

                    return additional_property_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_4 = BooleanCollectionOutput.from_dict(data)

                    return additional_property_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_5 = BooleanOutput.from_dict(data)

                    return additional_property_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_6 = BoundingBoxCollectionOutput.from_dict(data)

                    return additional_property_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_7 = BoundingBoxOutput.from_dict(data)

                    return additional_property_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_8 = CLIPOutput.from_dict(data)

                    return additional_property_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_9 = CLIPSkipInvocationOutput.from_dict(data)

                    return additional_property_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_10 = CalculateImageTilesOutput.from_dict(data)

                    return additional_property_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_11 = CogView4ConditioningOutput.from_dict(data)

                    return additional_property_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_12 = CogView4ModelLoaderOutput.from_dict(data)

                    return additional_property_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_13 = CollectInvocationOutput.from_dict(data)

                    return additional_property_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_14 = ColorCollectionOutput.from_dict(data)

                    return additional_property_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_15 = ColorOutput.from_dict(data)

                    return additional_property_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_16 = ConditioningCollectionOutput.from_dict(data)

                    return additional_property_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_17 = ConditioningOutput.from_dict(data)

                    return additional_property_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_18 = ControlOutput.from_dict(data)

                    return additional_property_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_19 = DenoiseMaskOutput.from_dict(data)

                    return additional_property_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_20 = ErnieImageConditioningOutput.from_dict(data)

                    return additional_property_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_21 = ErnieImageModelLoaderOutput.from_dict(data)

                    return additional_property_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_22 = ExtractVideoRangeOutput.from_dict(data)

                    return additional_property_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_23 = FaceMaskOutput.from_dict(data)

                    return additional_property_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_24 = FaceOffOutput.from_dict(data)

                    return additional_property_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_25 = FloatCollectionOutput.from_dict(data)

                    return additional_property_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_26 = FloatGeneratorOutput.from_dict(data)

                    return additional_property_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_27 = FloatOutput.from_dict(data)

                    return additional_property_type_27
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_28 = Flux2DevLoRALoaderOutput.from_dict(data)

                    return additional_property_type_28
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_29 = Flux2DevModelLoaderOutput.from_dict(data)

                    return additional_property_type_29
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_30 = Flux2KleinLoRALoaderOutput.from_dict(data)

                    return additional_property_type_30
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_31 = Flux2KleinModelLoaderOutput.from_dict(data)

                    return additional_property_type_31
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_32 = FluxConditioningCollectionOutput.from_dict(data)

                    return additional_property_type_32
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_33 = FluxConditioningOutput.from_dict(data)

                    return additional_property_type_33
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_34 = FluxControlLoRALoaderOutput.from_dict(data)

                    return additional_property_type_34
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_35 = FluxControlNetOutput.from_dict(data)

                    return additional_property_type_35
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_36 = FluxFillOutput.from_dict(data)

                    return additional_property_type_36
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_37 = FluxKontextOutput.from_dict(data)

                    return additional_property_type_37
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_38 = FluxLoRALoaderOutput.from_dict(data)

                    return additional_property_type_38
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_39 = FluxModelLoaderOutput.from_dict(data)

                    return additional_property_type_39
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_40 = FluxReduxOutput.from_dict(data)

                    return additional_property_type_40
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_41 = Gemma2EncoderOutput.from_dict(data)

                    return additional_property_type_41
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_42 = GradientMaskOutput.from_dict(data)

                    return additional_property_type_42
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_43 = IPAdapterOutput.from_dict(data)

                    return additional_property_type_43
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_44 = IdealSizeOutput.from_dict(data)

                    return additional_property_type_44
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_45 = Ideogram4ConditioningOutput.from_dict(data)

                    return additional_property_type_45
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_46 = Ideogram4ModelLoaderOutput.from_dict(data)

                    return additional_property_type_46
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_47 = IfInvocationOutput.from_dict(data)

                    return additional_property_type_47
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_48 = ImageCollectionOutput.from_dict(data)

                    return additional_property_type_48
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_49 = ImageGeneratorOutput.from_dict(data)

                    return additional_property_type_49
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_50 = ImageOutput.from_dict(data)

                    return additional_property_type_50
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_51 = ImagePanelCoordinateOutput.from_dict(data)

                    return additional_property_type_51
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_52 = IntegerCollectionOutput.from_dict(data)

                    return additional_property_type_52
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_53 = IntegerGeneratorOutput.from_dict(data)

                    return additional_property_type_53
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_54 = IntegerOutput.from_dict(data)

                    return additional_property_type_54
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_55 = IterateInvocationOutput.from_dict(data)

                    return additional_property_type_55
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_56 = Krea2ConditioningOutput.from_dict(data)

                    return additional_property_type_56
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_57 = Krea2LoRALoaderOutput.from_dict(data)

                    return additional_property_type_57
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_58 = Krea2ModelLoaderOutput.from_dict(data)

                    return additional_property_type_58
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_59 = Krea2StyleReferenceOutput.from_dict(data)

                    return additional_property_type_59
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_60 = LatentsCollectionOutput.from_dict(data)

                    return additional_property_type_60
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_61 = LatentsMetaOutput.from_dict(data)

                    return additional_property_type_61
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_62 = LatentsOutput.from_dict(data)

                    return additional_property_type_62
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_63 = LoRALoaderOutput.from_dict(data)

                    return additional_property_type_63
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_64 = LoRASelectorOutput.from_dict(data)

                    return additional_property_type_64
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_65 = MDControlListOutput.from_dict(data)

                    return additional_property_type_65
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_66 = MDIPAdapterListOutput.from_dict(data)

                    return additional_property_type_66
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_67 = MDT2IAdapterListOutput.from_dict(data)

                    return additional_property_type_67
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_68 = MaskOutput.from_dict(data)

                    return additional_property_type_68
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_69 = MetadataItemOutput.from_dict(data)

                    return additional_property_type_69
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_70 = MetadataOutput.from_dict(data)

                    return additional_property_type_70
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_71 = MetadataToLorasCollectionOutput.from_dict(data)

                    return additional_property_type_71
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_72 = MetadataToModelOutput.from_dict(data)

                    return additional_property_type_72
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_73 = MetadataToSDXLModelOutput.from_dict(data)

                    return additional_property_type_73
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_74 = ModelIdentifierOutput.from_dict(data)

                    return additional_property_type_74
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_75 = ModelLoaderOutput.from_dict(data)

                    return additional_property_type_75
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_76 = NoiseOutput.from_dict(data)

                    return additional_property_type_76
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_77 = PBRMapsOutput.from_dict(data)

                    return additional_property_type_77
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_78 = PairTileImageOutput.from_dict(data)

                    return additional_property_type_78
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_79 = PiDDecoderOutput.from_dict(data)

                    return additional_property_type_79
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_80 = PromptTemplateOutput.from_dict(data)

                    return additional_property_type_80
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_81 = QwenImageConditioningOutput.from_dict(data)

                    return additional_property_type_81
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_82 = QwenImageLoRALoaderOutput.from_dict(data)

                    return additional_property_type_82
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_83 = QwenImageModelLoaderOutput.from_dict(data)

                    return additional_property_type_83
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_84 = SD3ConditioningOutput.from_dict(data)

                    return additional_property_type_84
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_85 = SDXLLoRALoaderOutput.from_dict(data)

                    return additional_property_type_85
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_86 = SDXLModelLoaderOutput.from_dict(data)

                    return additional_property_type_86
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_87 = SDXLRefinerModelLoaderOutput.from_dict(data)

                    return additional_property_type_87
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_88 = SchedulerOutput.from_dict(data)

                    return additional_property_type_88
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_89 = Sd3ModelLoaderOutput.from_dict(data)

                    return additional_property_type_89
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_90 = SeamlessModeOutput.from_dict(data)

                    return additional_property_type_90
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_91 = String2Output.from_dict(data)

                    return additional_property_type_91
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_92 = StringCollectionOutput.from_dict(data)

                    return additional_property_type_92
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_93 = StringGeneratorOutput.from_dict(data)

                    return additional_property_type_93
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_94 = StringOutput.from_dict(data)

                    return additional_property_type_94
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_95 = StringPosNegOutput.from_dict(data)

                    return additional_property_type_95
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_96 = T2IAdapterOutput.from_dict(data)

                    return additional_property_type_96
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_97 = TileToPropertiesOutput.from_dict(data)

                    return additional_property_type_97
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_98 = UNetOutput.from_dict(data)

                    return additional_property_type_98
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_99 = VAEOutput.from_dict(data)

                    return additional_property_type_99
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_100 = VideoOutput.from_dict(data)

                    return additional_property_type_100
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_101 = WanConditioningOutput.from_dict(data)

                    return additional_property_type_101
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_102 = WanLoRALoaderOutput.from_dict(data)

                    return additional_property_type_102
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_103 = WanModelLoaderOutput.from_dict(data)

                    return additional_property_type_103
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_104 = WanRefImageOutput.from_dict(data)

                    return additional_property_type_104
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_105 = WorkflowReturnGetOutput.from_dict(data)

                    return additional_property_type_105
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_106 = WorkflowReturnOutput.from_dict(data)

                    return additional_property_type_106
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_107 = WorkflowReturnValueOutput.from_dict(data)

                    return additional_property_type_107
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_108 = ZImageConditioningOutput.from_dict(data)

                    return additional_property_type_108
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_109 = ZImageControlOutput.from_dict(data)

                    return additional_property_type_109
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_110 = ZImageLoRALoaderOutput.from_dict(data)

                    return additional_property_type_110
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_111 = ZImageModelLoaderOutput.from_dict(data)

                    return additional_property_type_111
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_112 = UnknownInvocationOutput.from_dict(data)

                return additional_property_type_112

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        graph_execution_state_results.additional_properties = additional_properties
        return graph_execution_state_results

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        AnimaConditioningOutput
        | AnimaLLLiteOutput
        | AnimaLoRALoaderOutput
        | AnimaModelLoaderOutput
        | BooleanCollectionOutput
        | BooleanOutput
        | BoundingBoxCollectionOutput
        | BoundingBoxOutput
        | CalculateImageTilesOutput
        | CLIPOutput
        | CLIPSkipInvocationOutput
        | CogView4ConditioningOutput
        | CogView4ModelLoaderOutput
        | CollectInvocationOutput
        | ColorCollectionOutput
        | ColorOutput
        | ConditioningCollectionOutput
        | ConditioningOutput
        | ControlOutput
        | DenoiseMaskOutput
        | ErnieImageConditioningOutput
        | ErnieImageModelLoaderOutput
        | ExtractVideoRangeOutput
        | FaceMaskOutput
        | FaceOffOutput
        | FloatCollectionOutput
        | FloatGeneratorOutput
        | FloatOutput
        | Flux2DevLoRALoaderOutput
        | Flux2DevModelLoaderOutput
        | Flux2KleinLoRALoaderOutput
        | Flux2KleinModelLoaderOutput
        | FluxConditioningCollectionOutput
        | FluxConditioningOutput
        | FluxControlLoRALoaderOutput
        | FluxControlNetOutput
        | FluxFillOutput
        | FluxKontextOutput
        | FluxLoRALoaderOutput
        | FluxModelLoaderOutput
        | FluxReduxOutput
        | Gemma2EncoderOutput
        | GradientMaskOutput
        | IdealSizeOutput
        | Ideogram4ConditioningOutput
        | Ideogram4ModelLoaderOutput
        | IfInvocationOutput
        | ImageCollectionOutput
        | ImageGeneratorOutput
        | ImageOutput
        | ImagePanelCoordinateOutput
        | IntegerCollectionOutput
        | IntegerGeneratorOutput
        | IntegerOutput
        | IPAdapterOutput
        | IterateInvocationOutput
        | Krea2ConditioningOutput
        | Krea2LoRALoaderOutput
        | Krea2ModelLoaderOutput
        | Krea2StyleReferenceOutput
        | LatentsCollectionOutput
        | LatentsMetaOutput
        | LatentsOutput
        | LoRALoaderOutput
        | LoRASelectorOutput
        | MaskOutput
        | MDControlListOutput
        | MDIPAdapterListOutput
        | MDT2IAdapterListOutput
        | MetadataItemOutput
        | MetadataOutput
        | MetadataToLorasCollectionOutput
        | MetadataToModelOutput
        | MetadataToSDXLModelOutput
        | ModelIdentifierOutput
        | ModelLoaderOutput
        | NoiseOutput
        | PairTileImageOutput
        | PBRMapsOutput
        | PiDDecoderOutput
        | PromptTemplateOutput
        | QwenImageConditioningOutput
        | QwenImageLoRALoaderOutput
        | QwenImageModelLoaderOutput
        | SchedulerOutput
        | SD3ConditioningOutput
        | Sd3ModelLoaderOutput
        | SDXLLoRALoaderOutput
        | SDXLModelLoaderOutput
        | SDXLRefinerModelLoaderOutput
        | SeamlessModeOutput
        | String2Output
        | StringCollectionOutput
        | StringGeneratorOutput
        | StringOutput
        | StringPosNegOutput
        | T2IAdapterOutput
        | TileToPropertiesOutput
        | UNetOutput
        | UnknownInvocationOutput
        | VAEOutput
        | VideoOutput
        | WanConditioningOutput
        | WanLoRALoaderOutput
        | WanModelLoaderOutput
        | WanRefImageOutput
        | WorkflowReturnGetOutput
        | WorkflowReturnOutput
        | WorkflowReturnValueOutput
        | ZImageConditioningOutput
        | ZImageControlOutput
        | ZImageLoRALoaderOutput
        | ZImageModelLoaderOutput
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: AnimaConditioningOutput
        | AnimaLLLiteOutput
        | AnimaLoRALoaderOutput
        | AnimaModelLoaderOutput
        | BooleanCollectionOutput
        | BooleanOutput
        | BoundingBoxCollectionOutput
        | BoundingBoxOutput
        | CalculateImageTilesOutput
        | CLIPOutput
        | CLIPSkipInvocationOutput
        | CogView4ConditioningOutput
        | CogView4ModelLoaderOutput
        | CollectInvocationOutput
        | ColorCollectionOutput
        | ColorOutput
        | ConditioningCollectionOutput
        | ConditioningOutput
        | ControlOutput
        | DenoiseMaskOutput
        | ErnieImageConditioningOutput
        | ErnieImageModelLoaderOutput
        | ExtractVideoRangeOutput
        | FaceMaskOutput
        | FaceOffOutput
        | FloatCollectionOutput
        | FloatGeneratorOutput
        | FloatOutput
        | Flux2DevLoRALoaderOutput
        | Flux2DevModelLoaderOutput
        | Flux2KleinLoRALoaderOutput
        | Flux2KleinModelLoaderOutput
        | FluxConditioningCollectionOutput
        | FluxConditioningOutput
        | FluxControlLoRALoaderOutput
        | FluxControlNetOutput
        | FluxFillOutput
        | FluxKontextOutput
        | FluxLoRALoaderOutput
        | FluxModelLoaderOutput
        | FluxReduxOutput
        | Gemma2EncoderOutput
        | GradientMaskOutput
        | IdealSizeOutput
        | Ideogram4ConditioningOutput
        | Ideogram4ModelLoaderOutput
        | IfInvocationOutput
        | ImageCollectionOutput
        | ImageGeneratorOutput
        | ImageOutput
        | ImagePanelCoordinateOutput
        | IntegerCollectionOutput
        | IntegerGeneratorOutput
        | IntegerOutput
        | IPAdapterOutput
        | IterateInvocationOutput
        | Krea2ConditioningOutput
        | Krea2LoRALoaderOutput
        | Krea2ModelLoaderOutput
        | Krea2StyleReferenceOutput
        | LatentsCollectionOutput
        | LatentsMetaOutput
        | LatentsOutput
        | LoRALoaderOutput
        | LoRASelectorOutput
        | MaskOutput
        | MDControlListOutput
        | MDIPAdapterListOutput
        | MDT2IAdapterListOutput
        | MetadataItemOutput
        | MetadataOutput
        | MetadataToLorasCollectionOutput
        | MetadataToModelOutput
        | MetadataToSDXLModelOutput
        | ModelIdentifierOutput
        | ModelLoaderOutput
        | NoiseOutput
        | PairTileImageOutput
        | PBRMapsOutput
        | PiDDecoderOutput
        | PromptTemplateOutput
        | QwenImageConditioningOutput
        | QwenImageLoRALoaderOutput
        | QwenImageModelLoaderOutput
        | SchedulerOutput
        | SD3ConditioningOutput
        | Sd3ModelLoaderOutput
        | SDXLLoRALoaderOutput
        | SDXLModelLoaderOutput
        | SDXLRefinerModelLoaderOutput
        | SeamlessModeOutput
        | String2Output
        | StringCollectionOutput
        | StringGeneratorOutput
        | StringOutput
        | StringPosNegOutput
        | T2IAdapterOutput
        | TileToPropertiesOutput
        | UNetOutput
        | UnknownInvocationOutput
        | VAEOutput
        | VideoOutput
        | WanConditioningOutput
        | WanLoRALoaderOutput
        | WanModelLoaderOutput
        | WanRefImageOutput
        | WorkflowReturnGetOutput
        | WorkflowReturnOutput
        | WorkflowReturnValueOutput
        | ZImageConditioningOutput
        | ZImageControlOutput
        | ZImageLoRALoaderOutput
        | ZImageModelLoaderOutput,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    from ..models.anima_conditioning_output import AnimaConditioningOutput  # noqa: PLC0415
    from ..models.anima_ll_lite_output import AnimaLLLiteOutput  # noqa: PLC0415
    from ..models.anima_lo_ra_loader_output import AnimaLoRALoaderOutput  # noqa: PLC0415
    from ..models.anima_model_loader_output import AnimaModelLoaderOutput  # noqa: PLC0415
    from ..models.boolean_collection_output import BooleanCollectionOutput  # noqa: PLC0415
    from ..models.boolean_output import BooleanOutput  # noqa: PLC0415
    from ..models.bounding_box_collection_output import BoundingBoxCollectionOutput  # noqa: PLC0415
    from ..models.bounding_box_output import BoundingBoxOutput  # noqa: PLC0415
    from ..models.calculate_image_tiles_output import CalculateImageTilesOutput  # noqa: PLC0415
    from ..models.clip_output import CLIPOutput  # noqa: PLC0415
    from ..models.clip_skip_invocation_output import CLIPSkipInvocationOutput  # noqa: PLC0415
    from ..models.cog_view_4_conditioning_output import CogView4ConditioningOutput  # noqa: PLC0415
    from ..models.cog_view_4_model_loader_output import CogView4ModelLoaderOutput  # noqa: PLC0415
    from ..models.collect_invocation_output import CollectInvocationOutput  # noqa: PLC0415
    from ..models.color_collection_output import ColorCollectionOutput  # noqa: PLC0415
    from ..models.color_output import ColorOutput  # noqa: PLC0415
    from ..models.conditioning_collection_output import ConditioningCollectionOutput  # noqa: PLC0415
    from ..models.conditioning_output import ConditioningOutput  # noqa: PLC0415
    from ..models.control_output import ControlOutput  # noqa: PLC0415
    from ..models.denoise_mask_output import DenoiseMaskOutput  # noqa: PLC0415
    from ..models.ernie_image_conditioning_output import ErnieImageConditioningOutput  # noqa: PLC0415
    from ..models.ernie_image_model_loader_output import ErnieImageModelLoaderOutput  # noqa: PLC0415
    from ..models.extract_video_range_output import ExtractVideoRangeOutput  # noqa: PLC0415
    from ..models.face_mask_output import FaceMaskOutput  # noqa: PLC0415
    from ..models.face_off_output import FaceOffOutput  # noqa: PLC0415
    from ..models.float_collection_output import FloatCollectionOutput  # noqa: PLC0415
    from ..models.float_generator_output import FloatGeneratorOutput  # noqa: PLC0415
    from ..models.float_output import FloatOutput  # noqa: PLC0415
    from ..models.flux_2_dev_lo_ra_loader_output import Flux2DevLoRALoaderOutput  # noqa: PLC0415
    from ..models.flux_2_dev_model_loader_output import Flux2DevModelLoaderOutput  # noqa: PLC0415
    from ..models.flux_2_klein_lo_ra_loader_output import Flux2KleinLoRALoaderOutput  # noqa: PLC0415
    from ..models.flux_2_klein_model_loader_output import Flux2KleinModelLoaderOutput  # noqa: PLC0415
    from ..models.flux_conditioning_collection_output import FluxConditioningCollectionOutput  # noqa: PLC0415
    from ..models.flux_conditioning_output import FluxConditioningOutput  # noqa: PLC0415
    from ..models.flux_control_lo_ra_loader_output import FluxControlLoRALoaderOutput  # noqa: PLC0415
    from ..models.flux_control_net_output import FluxControlNetOutput  # noqa: PLC0415
    from ..models.flux_fill_output import FluxFillOutput  # noqa: PLC0415
    from ..models.flux_kontext_output import FluxKontextOutput  # noqa: PLC0415
    from ..models.flux_lo_ra_loader_output import FluxLoRALoaderOutput  # noqa: PLC0415
    from ..models.flux_model_loader_output import FluxModelLoaderOutput  # noqa: PLC0415
    from ..models.flux_redux_output import FluxReduxOutput  # noqa: PLC0415
    from ..models.gemma_2_encoder_output import Gemma2EncoderOutput  # noqa: PLC0415
    from ..models.gradient_mask_output import GradientMaskOutput  # noqa: PLC0415
    from ..models.ideal_size_output import IdealSizeOutput  # noqa: PLC0415
    from ..models.ideogram_4_conditioning_output import Ideogram4ConditioningOutput  # noqa: PLC0415
    from ..models.ideogram_4_model_loader_output import Ideogram4ModelLoaderOutput  # noqa: PLC0415
    from ..models.if_invocation_output import IfInvocationOutput  # noqa: PLC0415
    from ..models.image_collection_output import ImageCollectionOutput  # noqa: PLC0415
    from ..models.image_generator_output import ImageGeneratorOutput  # noqa: PLC0415
    from ..models.image_output import ImageOutput  # noqa: PLC0415
    from ..models.image_panel_coordinate_output import ImagePanelCoordinateOutput  # noqa: PLC0415
    from ..models.integer_collection_output import IntegerCollectionOutput  # noqa: PLC0415
    from ..models.integer_generator_output import IntegerGeneratorOutput  # noqa: PLC0415
    from ..models.integer_output import IntegerOutput  # noqa: PLC0415
    from ..models.ip_adapter_output import IPAdapterOutput  # noqa: PLC0415
    from ..models.iterate_invocation_output import IterateInvocationOutput  # noqa: PLC0415
    from ..models.krea_2_conditioning_output import Krea2ConditioningOutput  # noqa: PLC0415
    from ..models.krea_2_lo_ra_loader_output import Krea2LoRALoaderOutput  # noqa: PLC0415
    from ..models.krea_2_model_loader_output import Krea2ModelLoaderOutput  # noqa: PLC0415
    from ..models.krea_2_style_reference_output import Krea2StyleReferenceOutput  # noqa: PLC0415
    from ..models.latents_collection_output import LatentsCollectionOutput  # noqa: PLC0415
    from ..models.latents_meta_output import LatentsMetaOutput  # noqa: PLC0415
    from ..models.latents_output import LatentsOutput  # noqa: PLC0415
    from ..models.lo_ra_loader_output import LoRALoaderOutput  # noqa: PLC0415
    from ..models.lo_ra_selector_output import LoRASelectorOutput  # noqa: PLC0415
    from ..models.mask_output import MaskOutput  # noqa: PLC0415
    from ..models.md_control_list_output import MDControlListOutput  # noqa: PLC0415
    from ..models.mdip_adapter_list_output import MDIPAdapterListOutput  # noqa: PLC0415
    from ..models.mdt2i_adapter_list_output import MDT2IAdapterListOutput  # noqa: PLC0415
    from ..models.metadata_item_output import MetadataItemOutput  # noqa: PLC0415
    from ..models.metadata_output import MetadataOutput  # noqa: PLC0415
    from ..models.metadata_to_loras_collection_output import MetadataToLorasCollectionOutput  # noqa: PLC0415
    from ..models.metadata_to_model_output import MetadataToModelOutput  # noqa: PLC0415
    from ..models.metadata_to_sdxl_model_output import MetadataToSDXLModelOutput  # noqa: PLC0415
    from ..models.model_identifier_output import ModelIdentifierOutput  # noqa: PLC0415
    from ..models.model_loader_output import ModelLoaderOutput  # noqa: PLC0415
    from ..models.noise_output import NoiseOutput  # noqa: PLC0415
    from ..models.pair_tile_image_output import PairTileImageOutput  # noqa: PLC0415
    from ..models.pbr_maps_output import PBRMapsOutput  # noqa: PLC0415
    from ..models.pi_d_decoder_output import PiDDecoderOutput  # noqa: PLC0415
    from ..models.prompt_template_output import PromptTemplateOutput  # noqa: PLC0415
    from ..models.qwen_image_conditioning_output import QwenImageConditioningOutput  # noqa: PLC0415
    from ..models.qwen_image_lo_ra_loader_output import QwenImageLoRALoaderOutput  # noqa: PLC0415
    from ..models.qwen_image_model_loader_output import QwenImageModelLoaderOutput  # noqa: PLC0415
    from ..models.scheduler_output import SchedulerOutput  # noqa: PLC0415
    from ..models.sd3_conditioning_output import SD3ConditioningOutput  # noqa: PLC0415
    from ..models.sd_3_model_loader_output import Sd3ModelLoaderOutput  # noqa: PLC0415
    from ..models.sdxl_lo_ra_loader_output import SDXLLoRALoaderOutput  # noqa: PLC0415
    from ..models.sdxl_model_loader_output import SDXLModelLoaderOutput  # noqa: PLC0415
    from ..models.sdxl_refiner_model_loader_output import SDXLRefinerModelLoaderOutput  # noqa: PLC0415
    from ..models.seamless_mode_output import SeamlessModeOutput  # noqa: PLC0415
    from ..models.string_2_output import String2Output  # noqa: PLC0415
    from ..models.string_collection_output import StringCollectionOutput  # noqa: PLC0415
    from ..models.string_generator_output import StringGeneratorOutput  # noqa: PLC0415
    from ..models.string_output import StringOutput  # noqa: PLC0415
    from ..models.string_pos_neg_output import StringPosNegOutput  # noqa: PLC0415
    from ..models.t2i_adapter_output import T2IAdapterOutput  # noqa: PLC0415
    from ..models.tile_to_properties_output import TileToPropertiesOutput  # noqa: PLC0415
    from ..models.u_net_output import UNetOutput  # noqa: PLC0415
    from ..models.unknown_invocation_output import UnknownInvocationOutput  # noqa: PLC0415
    from ..models.vae_output import VAEOutput  # noqa: PLC0415
    from ..models.video_output import VideoOutput  # noqa: PLC0415
    from ..models.wan_conditioning_output import WanConditioningOutput  # noqa: PLC0415
    from ..models.wan_lo_ra_loader_output import WanLoRALoaderOutput  # noqa: PLC0415
    from ..models.wan_model_loader_output import WanModelLoaderOutput  # noqa: PLC0415
    from ..models.wan_ref_image_output import WanRefImageOutput  # noqa: PLC0415
    from ..models.workflow_return_get_output import WorkflowReturnGetOutput  # noqa: PLC0415
    from ..models.workflow_return_output import WorkflowReturnOutput  # noqa: PLC0415
    from ..models.workflow_return_value_output import WorkflowReturnValueOutput  # noqa: PLC0415
    from ..models.z_image_conditioning_output import ZImageConditioningOutput  # noqa: PLC0415
    from ..models.z_image_control_output import ZImageControlOutput  # noqa: PLC0415
    from ..models.z_image_lo_ra_loader_output import ZImageLoRALoaderOutput  # noqa: PLC0415
    from ..models.z_image_model_loader_output import ZImageModelLoaderOutput  # noqa: PLC0415

    return (
        AnimaConditioningOutput,
        AnimaLLLiteOutput,
        AnimaLoRALoaderOutput,
        AnimaModelLoaderOutput,
        BooleanCollectionOutput,
        BooleanOutput,
        BoundingBoxCollectionOutput,
        BoundingBoxOutput,
        CalculateImageTilesOutput,
        CLIPOutput,
        CLIPSkipInvocationOutput,
        CogView4ConditioningOutput,
        CogView4ModelLoaderOutput,
        CollectInvocationOutput,
        ColorCollectionOutput,
        ColorOutput,
        ConditioningCollectionOutput,
        ConditioningOutput,
        ControlOutput,
        DenoiseMaskOutput,
        ErnieImageConditioningOutput,
        ErnieImageModelLoaderOutput,
        ExtractVideoRangeOutput,
        FaceMaskOutput,
        FaceOffOutput,
        FloatCollectionOutput,
        FloatGeneratorOutput,
        FloatOutput,
        Flux2DevLoRALoaderOutput,
        Flux2DevModelLoaderOutput,
        Flux2KleinLoRALoaderOutput,
        Flux2KleinModelLoaderOutput,
        FluxConditioningCollectionOutput,
        FluxConditioningOutput,
        FluxControlLoRALoaderOutput,
        FluxControlNetOutput,
        FluxFillOutput,
        FluxKontextOutput,
        FluxLoRALoaderOutput,
        FluxModelLoaderOutput,
        FluxReduxOutput,
        Gemma2EncoderOutput,
        GradientMaskOutput,
        IdealSizeOutput,
        Ideogram4ConditioningOutput,
        Ideogram4ModelLoaderOutput,
        IfInvocationOutput,
        ImageCollectionOutput,
        ImageGeneratorOutput,
        ImageOutput,
        ImagePanelCoordinateOutput,
        IntegerCollectionOutput,
        IntegerGeneratorOutput,
        IntegerOutput,
        IPAdapterOutput,
        IterateInvocationOutput,
        Krea2ConditioningOutput,
        Krea2LoRALoaderOutput,
        Krea2ModelLoaderOutput,
        Krea2StyleReferenceOutput,
        LatentsCollectionOutput,
        LatentsMetaOutput,
        LatentsOutput,
        LoRALoaderOutput,
        LoRASelectorOutput,
        MaskOutput,
        MDControlListOutput,
        MDIPAdapterListOutput,
        MDT2IAdapterListOutput,
        MetadataItemOutput,
        MetadataOutput,
        MetadataToLorasCollectionOutput,
        MetadataToModelOutput,
        MetadataToSDXLModelOutput,
        ModelIdentifierOutput,
        ModelLoaderOutput,
        NoiseOutput,
        PairTileImageOutput,
        PBRMapsOutput,
        PiDDecoderOutput,
        PromptTemplateOutput,
        QwenImageConditioningOutput,
        QwenImageLoRALoaderOutput,
        QwenImageModelLoaderOutput,
        SchedulerOutput,
        SD3ConditioningOutput,
        Sd3ModelLoaderOutput,
        SDXLLoRALoaderOutput,
        SDXLModelLoaderOutput,
        SDXLRefinerModelLoaderOutput,
        SeamlessModeOutput,
        String2Output,
        StringCollectionOutput,
        StringGeneratorOutput,
        StringOutput,
        StringPosNegOutput,
        T2IAdapterOutput,
        TileToPropertiesOutput,
        UNetOutput,
        UnknownInvocationOutput,
        VAEOutput,
        VideoOutput,
        WanConditioningOutput,
        WanLoRALoaderOutput,
        WanModelLoaderOutput,
        WanRefImageOutput,
        WorkflowReturnGetOutput,
        WorkflowReturnOutput,
        WorkflowReturnValueOutput,
        ZImageConditioningOutput,
        ZImageControlOutput,
        ZImageLoRALoaderOutput,
        ZImageModelLoaderOutput,
    )
