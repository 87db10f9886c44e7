from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    from ..models.clip_skip_invocation_output import CLIPSkipInvocationOutput
    from ..models.cog_view_4_conditioning_output import CogView4ConditioningOutput
    from ..models.cog_view_4_model_loader_output import CogView4ModelLoaderOutput
    from ..models.collect_invocation_output import CollectInvocationOutput
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


T = TypeVar("T", bound="InvocationOutputMap")


@_attrs_define
class InvocationOutputMap:
    """
    Attributes:
        add (IntegerOutput): Base class for nodes that output a single integer
        alpha_mask_to_tensor (MaskOutput): A torch mask tensor.
        blank_image (ImageOutput): Base class for nodes that output a single image
        boolean (BooleanOutput): Base class for nodes that output a single boolean
        boolean_collection (BooleanCollectionOutput): Base class for nodes that output a collection of booleans
        bounding_box (BoundingBoxOutput): Base class for nodes that output a single bounding box
        calculate_image_tiles (CalculateImageTilesOutput):
        calculate_image_tiles_even_split (CalculateImageTilesOutput):
        calculate_image_tiles_min_overlap (CalculateImageTilesOutput):
        canny_edge_detection (ImageOutput): Base class for nodes that output a single image
        canvas_paste_back (ImageOutput): Base class for nodes that output a single image
        canvas_v2_mask_and_crop (ImageOutput): Base class for nodes that output a single image
        clip_skip (CLIPSkipInvocationOutput): CLIP skip node output
        collect (CollectInvocationOutput):
        color (ColorOutput): Base class for nodes that output a single color
        color_correct (ImageOutput): Base class for nodes that output a single image
        color_map (ImageOutput): Base class for nodes that output a single image
        compel (ConditioningOutput): Base class for nodes that output a single conditioning tensor
        conditioning (ConditioningOutput): Base class for nodes that output a single conditioning tensor
        conditioning_collection (ConditioningCollectionOutput): Base class for nodes that output a collection of
            conditioning tensors
        content_shuffle (ImageOutput): Base class for nodes that output a single image
        controlnet (ControlOutput): node output for ControlNet info
        core_metadata (MetadataOutput):
        create_denoise_mask (DenoiseMaskOutput): Base class for nodes that output a single image
        create_gradient_mask (GradientMaskOutput): Outputs a denoise mask and an image representing the total gradient
            of the mask.
        crop_latents (LatentsOutput): Base class for nodes that output a single latents tensor
        cv_inpaint (ImageOutput): Base class for nodes that output a single image
        denoise_latents (LatentsOutput): Base class for nodes that output a single latents tensor
        depth_anything_depth_estimation (ImageOutput): Base class for nodes that output a single image
        div (IntegerOutput): Base class for nodes that output a single integer
        dw_openpose_detection (ImageOutput): Base class for nodes that output a single image
        dynamic_prompt (StringCollectionOutput): Base class for nodes that output a collection of strings
        esrgan (ImageOutput): Base class for nodes that output a single image
        face_identifier (ImageOutput): Base class for nodes that output a single image
        face_mask_detection (FaceMaskOutput): Base class for FaceMask output
        face_off (FaceOffOutput): Base class for FaceOff Output
        float_ (FloatOutput): Base class for nodes that output a single float
        float_collection (FloatCollectionOutput): Base class for nodes that output a collection of floats
        float_math (FloatOutput): Base class for nodes that output a single float
        float_range (FloatCollectionOutput): Base class for nodes that output a collection of floats
        float_to_int (IntegerOutput): Base class for nodes that output a single integer
        flux_denoise (LatentsOutput): Base class for nodes that output a single latents tensor
        flux_lora_collection_loader (FluxLoRALoaderOutput): FLUX LoRA Loader Output
        flux_lora_loader (FluxLoRALoaderOutput): FLUX LoRA Loader Output
        flux_model_loader (FluxModelLoaderOutput): Flux base model loader output
        flux_text_encoder (FluxConditioningOutput): Base class for nodes that output a single conditioning tensor
        flux_vae_decode (ImageOutput): Base class for nodes that output a single image
        flux_vae_encode (LatentsOutput): Base class for nodes that output a single latents tensor
        freeu (UNetOutput): Base class for invocations that output a UNet field.
        grounding_dino (BoundingBoxCollectionOutput): Base class for nodes that output a collection of bounding boxes
        hed_edge_detection (ImageOutput): Base class for nodes that output a single image
        heuristic_resize (ImageOutput): Base class for nodes that output a single image
        i2l (LatentsOutput): Base class for nodes that output a single latents tensor
        ideal_size (IdealSizeOutput): Base class for invocations that output an image
        image (ImageOutput): Base class for nodes that output a single image
        image_collection (ImageCollectionOutput): Base class for nodes that output a collection of images
        image_mask_to_tensor (MaskOutput): A torch mask tensor.
        img_blur (ImageOutput): Base class for nodes that output a single image
        img_chan (ImageOutput): Base class for nodes that output a single image
        img_channel_multiply (ImageOutput): Base class for nodes that output a single image
        img_channel_offset (ImageOutput): Base class for nodes that output a single image
        img_conv (ImageOutput): Base class for nodes that output a single image
        img_crop (ImageOutput): Base class for nodes that output a single image
        img_hue_adjust (ImageOutput): Base class for nodes that output a single image
        img_ilerp (ImageOutput): Base class for nodes that output a single image
        img_lerp (ImageOutput): Base class for nodes that output a single image
        img_mul (ImageOutput): Base class for nodes that output a single image
        img_nsfw (ImageOutput): Base class for nodes that output a single image
        img_pad_crop (ImageOutput): Base class for nodes that output a single image
        img_paste (ImageOutput): Base class for nodes that output a single image
        img_resize (ImageOutput): Base class for nodes that output a single image
        img_scale (ImageOutput): Base class for nodes that output a single image
        img_watermark (ImageOutput): Base class for nodes that output a single image
        infill_cv2 (ImageOutput): Base class for nodes that output a single image
        infill_lama (ImageOutput): Base class for nodes that output a single image
        infill_patchmatch (ImageOutput): Base class for nodes that output a single image
        infill_rgba (ImageOutput): Base class for nodes that output a single image
        infill_tile (ImageOutput): Base class for nodes that output a single image
        integer (IntegerOutput): Base class for nodes that output a single integer
        integer_collection (IntegerCollectionOutput): Base class for nodes that output a collection of integers
        integer_math (IntegerOutput): Base class for nodes that output a single integer
        invert_tensor_mask (MaskOutput): A torch mask tensor.
        ip_adapter (IPAdapterOutput):
        iterate (IterateInvocationOutput): Used to connect iteration outputs. Will be expanded to a specific output.
        l2i (ImageOutput): Base class for nodes that output a single image
        latents (LatentsOutput): Base class for nodes that output a single latents tensor
        latents_collection (LatentsCollectionOutput): Base class for nodes that output a collection of latents tensors
        lblend (LatentsOutput): Base class for nodes that output a single latents tensor
        lineart_anime_edge_detection (ImageOutput): Base class for nodes that output a single image
        lineart_edge_detection (ImageOutput): Base class for nodes that output a single image
        lora_collection_loader (LoRALoaderOutput): Model loader output
        lora_loader (LoRALoaderOutput): Model loader output
        lora_selector (LoRASelectorOutput): Model loader output
        lresize (LatentsOutput): Base class for nodes that output a single latents tensor
        lscale (LatentsOutput): Base class for nodes that output a single latents tensor
        main_model_loader (ModelLoaderOutput): Model loader output
        mask_combine (ImageOutput): Base class for nodes that output a single image
        mask_edge (ImageOutput): Base class for nodes that output a single image
        mask_from_id (ImageOutput): Base class for nodes that output a single image
        mediapipe_face_detection (ImageOutput): Base class for nodes that output a single image
        merge_metadata (MetadataOutput):
        merge_tiles_to_image (ImageOutput): Base class for nodes that output a single image
        metadata (MetadataOutput):
        metadata_item (MetadataItemOutput): Metadata Item Output
        mlsd_detection (ImageOutput): Base class for nodes that output a single image
        model_identifier (ModelIdentifierOutput): Model identifier output
        mul (IntegerOutput): Base class for nodes that output a single integer
        noise (NoiseOutput): Invocation noise output
        normal_map (ImageOutput): Base class for nodes that output a single image
        pair_tile_image (PairTileImageOutput):
        pidi_edge_detection (ImageOutput): Base class for nodes that output a single image
        prompt_from_file (StringCollectionOutput): Base class for nodes that output a collection of strings
        rand_float (FloatOutput): Base class for nodes that output a single float
        rand_int (IntegerOutput): Base class for nodes that output a single integer
        random_range (IntegerCollectionOutput): Base class for nodes that output a collection of integers
        range_ (IntegerCollectionOutput): Base class for nodes that output a collection of integers
        range_of_size (IntegerCollectionOutput): Base class for nodes that output a collection of integers
        rectangle_mask (MaskOutput): A torch mask tensor.
        round_float (FloatOutput): Base class for nodes that output a single float
        save_image (ImageOutput): Base class for nodes that output a single image
        scheduler (SchedulerOutput):
        sdxl_compel_prompt (ConditioningOutput): Base class for nodes that output a single conditioning tensor
        sdxl_lora_collection_loader (SDXLLoRALoaderOutput): SDXL LoRA Loader Output
        sdxl_lora_loader (SDXLLoRALoaderOutput): SDXL LoRA Loader Output
        sdxl_model_loader (SDXLModelLoaderOutput): SDXL base model loader output
        sdxl_refiner_compel_prompt (ConditioningOutput): Base class for nodes that output a single conditioning tensor
        sdxl_refiner_model_loader (SDXLRefinerModelLoaderOutput): SDXL refiner model loader output
        seamless (SeamlessModeOutput): Modified Seamless Model output
        segment_anything (MaskOutput): A torch mask tensor.
        show_image (ImageOutput): Base class for nodes that output a single image
        spandrel_image_to_image (ImageOutput): Base class for nodes that output a single image
        spandrel_image_to_image_autoscale (ImageOutput): Base class for nodes that output a single image
        string (StringOutput): Base class for nodes that output a single string
        string_collection (StringCollectionOutput): Base class for nodes that output a collection of strings
        string_join (StringOutput): Base class for nodes that output a single string
        string_join_three (StringOutput): Base class for nodes that output a single string
        string_replace (StringOutput): Base class for nodes that output a single string
        string_split (String2Output): Base class for invocations that output two strings
        string_split_neg (StringPosNegOutput): Base class for invocations that output a positive and negative string
        sub (IntegerOutput): Base class for nodes that output a single integer
        t2i_adapter (T2IAdapterOutput):
        tensor_mask_to_image (ImageOutput): Base class for nodes that output a single image
        tile_to_properties (TileToPropertiesOutput):
        tiled_multi_diffusion_denoise_latents (LatentsOutput): Base class for nodes that output a single latents tensor
        tomask (ImageOutput): Base class for nodes that output a single image
        unsharp_mask (ImageOutput): Base class for nodes that output a single image
        vae_loader (VAEOutput): Base class for invocations that output a VAE field
        alibabacloud_image_generation (ImageCollectionOutput | Unset): Base class for nodes that output a collection of
            images
        anima_denoise (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        anima_denoise_meta (LatentsMetaOutput | Unset): Latents + metadata
        anima_i2l (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        anima_l2i (ImageOutput | Unset): Base class for nodes that output a single image
        anima_lllite (AnimaLLLiteOutput | Unset): Anima ControlNet-LLLite output containing adapter configuration.
        anima_lora_collection_loader (AnimaLoRALoaderOutput | Unset): Anima LoRA Loader Output
        anima_lora_loader (AnimaLoRALoaderOutput | Unset): Anima LoRA Loader Output
        anima_model_loader (AnimaModelLoaderOutput | Unset): Anima model loader output.
        anima_text_encoder (AnimaConditioningOutput | Unset): Base class for nodes that output an Anima text
            conditioning tensor.
        apply_mask_to_image (ImageOutput | Unset): Base class for nodes that output a single image
        apply_tensor_mask_to_image (ImageOutput | Unset): Base class for nodes that output a single image
        call_saved_workflow (WorkflowReturnOutput | Unset): The explicit named values returned from a callable workflow.
        canvas_output (ImageOutput | Unset): Base class for nodes that output a single image
        cogview4_denoise (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        cogview4_i2l (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        cogview4_l2i (ImageOutput | Unset): Base class for nodes that output a single image
        cogview4_model_loader (CogView4ModelLoaderOutput | Unset): CogView4 base model loader output.
        cogview4_text_encoder (CogView4ConditioningOutput | Unset): Base class for nodes that output a CogView text
            conditioning tensor.
        crop_image_to_bounding_box (ImageOutput | Unset): Base class for nodes that output a single image
        decode_watermark (StringOutput | Unset): Base class for nodes that output a single string
        denoise_latents_meta (LatentsMetaOutput | Unset): Latents + metadata
        ernie_image_denoise (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        ernie_image_model_loader (ErnieImageModelLoaderOutput | Unset): ERNIE-Image model loader output.
        ernie_image_prompt_enhancer (StringOutput | Unset): Base class for nodes that output a single string
        ernie_image_text_encoder (ErnieImageConditioningOutput | Unset): Base class for nodes that output an ERNIE-Image
            text conditioning tensor.
        ernie_image_vae_decode (ImageOutput | Unset): Base class for nodes that output a single image
        expand_mask_with_fade (ImageOutput | Unset): Base class for nodes that output a single image
        extract_video_range (ExtractVideoRangeOutput | Unset): Output of ``extract_video_range``: a trimmed video plus
            the resolved frame indices.

            Mirrors ``VideoOutput`` so the video can be piped directly into Concatenate Videos or
            any other ``VideoField``-consuming node, and additionally exposes the resolved
            (positive, clamped) start and end indices so chained workflows can feed them back in
            — e.g. drive a downstream Frame from Video to pull the same boundary frame.
        float_batch (FloatOutput | Unset): Base class for nodes that output a single float
        float_generator (FloatGeneratorOutput | Unset): Base class for nodes that output a collection of floats
        flux2_denoise (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        flux2_dev_lora_collection_loader (Flux2DevLoRALoaderOutput | Unset): FLUX.2 [dev] LoRA loader output.
        flux2_dev_lora_loader (Flux2DevLoRALoaderOutput | Unset): FLUX.2 [dev] LoRA loader output.
        flux2_dev_model_loader (Flux2DevModelLoaderOutput | Unset): FLUX.2 [dev] model loader output.
        flux2_dev_text_encoder (FluxConditioningOutput | Unset): Base class for nodes that output a single conditioning
            tensor
        flux2_klein_lora_collection_loader (Flux2KleinLoRALoaderOutput | Unset): FLUX.2 Klein LoRA Loader Output
        flux2_klein_lora_loader (Flux2KleinLoRALoaderOutput | Unset): FLUX.2 Klein LoRA Loader Output
        flux2_klein_model_loader (Flux2KleinModelLoaderOutput | Unset): Flux2 Klein model loader output.
        flux2_klein_text_encoder (FluxConditioningOutput | Unset): Base class for nodes that output a single
            conditioning tensor
        flux2_pid_decode (ImageOutput | Unset): Base class for nodes that output a single image
        flux2_vae_decode (ImageOutput | Unset): Base class for nodes that output a single image
        flux2_vae_encode (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        flux_control_lora_loader (FluxControlLoRALoaderOutput | Unset): Flux Control LoRA Loader Output
        flux_controlnet (FluxControlNetOutput | Unset): FLUX ControlNet info
        flux_denoise_meta (LatentsMetaOutput | Unset): Latents + metadata
        flux_fill (FluxFillOutput | Unset): The conditioning output of a FLUX Fill invocation.
        flux_ip_adapter (IPAdapterOutput | Unset):
        flux_kontext (FluxKontextOutput | Unset): The conditioning output of a FLUX Kontext invocation.
        flux_kontext_image_prep (ImageOutput | Unset): Base class for nodes that output a single image
        flux_pid_decode (ImageOutput | Unset): Base class for nodes that output a single image
        flux_redux (FluxReduxOutput | Unset): The conditioning output of a FLUX Redux invocation.
        gemini_image_generation (ImageCollectionOutput | Unset): Base class for nodes that output a collection of images
        gemma2_encoder_loader (Gemma2EncoderOutput | Unset):
        get_image_mask_bounding_box (BoundingBoxOutput | Unset): Base class for nodes that output a single bounding box
        ideogram4_caption_builder (StringOutput | Unset): Base class for nodes that output a single string
        ideogram4_denoise (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        ideogram4_l2i (ImageOutput | Unset): Base class for nodes that output a single image
        ideogram4_model_loader (Ideogram4ModelLoaderOutput | Unset): Ideogram 4 model loader output.
        ideogram4_text_encoder (Ideogram4ConditioningOutput | Unset): Base class for nodes that output an Ideogram 4
            text conditioning tensor.
        if_ (IfInvocationOutput | Unset):
        image_batch (ImageOutput | Unset): Base class for nodes that output a single image
        image_generator (ImageGeneratorOutput | Unset): Base class for nodes that output a collection of boards
        image_panel_layout (ImagePanelCoordinateOutput | Unset):
        img_hue_adjust_oklch (ImageOutput | Unset): Base class for nodes that output a single image
        img_noise (ImageOutput | Unset): Base class for nodes that output a single image
        integer_batch (IntegerOutput | Unset): Base class for nodes that output a single integer
        integer_generator (IntegerGeneratorOutput | Unset):
        invokeai_ealightness (ImageOutput | Unset): Base class for nodes that output a single image
        invokeai_img_blend (ImageOutput | Unset): Base class for nodes that output a single image
        invokeai_img_composite (ImageOutput | Unset): Base class for nodes that output a single image
        invokeai_img_dilate_erode (ImageOutput | Unset): Base class for nodes that output a single image
        invokeai_img_enhance (ImageOutput | Unset): Base class for nodes that output a single image
        invokeai_img_hue_adjust_plus (ImageOutput | Unset): Base class for nodes that output a single image
        invokeai_img_val_thresholds (ImageOutput | Unset): Base class for nodes that output a single image
        krea2_conditioning_rebalance (Krea2ConditioningOutput | Unset): Base class for nodes that output a Krea-2
            conditioning tensor.
        krea2_denoise (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        krea2_lora_collection_loader (Krea2LoRALoaderOutput | Unset): Krea-2 LoRA Loader Output
        krea2_lora_loader (Krea2LoRALoaderOutput | Unset): Krea-2 LoRA Loader Output
        krea2_model_loader (Krea2ModelLoaderOutput | Unset): Krea-2 base model loader output.
        krea2_seed_variance (Krea2ConditioningOutput | Unset): Base class for nodes that output a Krea-2 conditioning
            tensor.
        krea2_style_reference (Krea2StyleReferenceOutput | Unset): Output of a Krea-2 style-reference encoder.
        krea2_text_encoder (Krea2ConditioningOutput | Unset): Base class for nodes that output a Krea-2 conditioning
            tensor.
        llava_onevision_vllm (StringOutput | Unset): Base class for nodes that output a single string
        metadata_field_extractor (StringOutput | Unset): Base class for nodes that output a single string
        metadata_from_image (MetadataOutput | Unset):
        metadata_item_linked (MetadataOutput | Unset):
        metadata_to_bool (BooleanOutput | Unset): Base class for nodes that output a single boolean
        metadata_to_bool_collection (BooleanCollectionOutput | Unset): Base class for nodes that output a collection of
            booleans
        metadata_to_controlnets (MDControlListOutput | Unset):
        metadata_to_float (FloatOutput | Unset): Base class for nodes that output a single float
        metadata_to_float_collection (FloatCollectionOutput | Unset): Base class for nodes that output a collection of
            floats
        metadata_to_integer (IntegerOutput | Unset): Base class for nodes that output a single integer
        metadata_to_integer_collection (IntegerCollectionOutput | Unset): Base class for nodes that output a collection
            of integers
        metadata_to_ip_adapters (MDIPAdapterListOutput | Unset):
        metadata_to_lora_collection (MetadataToLorasCollectionOutput | Unset): Model loader output
        metadata_to_loras (LoRALoaderOutput | Unset): Model loader output
        metadata_to_model (MetadataToModelOutput | Unset): String to main model output
        metadata_to_scheduler (SchedulerOutput | Unset):
        metadata_to_sdlx_loras (SDXLLoRALoaderOutput | Unset): SDXL LoRA Loader Output
        metadata_to_sdxl_model (MetadataToSDXLModelOutput | Unset): String to SDXL main model output
        metadata_to_string (StringOutput | Unset): Base class for nodes that output a single string
        metadata_to_string_collection (StringCollectionOutput | Unset): Base class for nodes that output a collection of
            strings
        metadata_to_t2i_adapters (MDT2IAdapterListOutput | Unset):
        metadata_to_vae (VAEOutput | Unset): Base class for invocations that output a VAE field
        openai_image_generation (ImageCollectionOutput | Unset): Base class for nodes that output a collection of images
        paste_image_into_bounding_box (ImageOutput | Unset): Base class for nodes that output a single image
        pbr_maps (PBRMapsOutput | Unset):
        pid_decoder_loader (PiDDecoderOutput | Unset):
        pid_upscale (ImageOutput | Unset): Base class for nodes that output a single image
        prompt_template (PromptTemplateOutput | Unset): Output for the Prompt Template node
        qwen_image_denoise (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        qwen_image_i2l (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        qwen_image_l2i (ImageOutput | Unset): Base class for nodes that output a single image
        qwen_image_lora_collection_loader (QwenImageLoRALoaderOutput | Unset): Qwen Image LoRA Loader Output
        qwen_image_lora_loader (QwenImageLoRALoaderOutput | Unset): Qwen Image LoRA Loader Output
        qwen_image_model_loader (QwenImageModelLoaderOutput | Unset): Qwen Image model loader output.
        qwen_image_pid_decode (ImageOutput | Unset): Base class for nodes that output a single image
        qwen_image_text_encoder (QwenImageConditioningOutput | Unset): Base class for nodes that output a Qwen Image
            Edit conditioning tensor.
        save_image_to_file (ImageOutput | Unset): Base class for nodes that output a single image
        sd3_denoise (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        sd3_i2l (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        sd3_l2i (ImageOutput | Unset): Base class for nodes that output a single image
        sd3_model_loader (Sd3ModelLoaderOutput | Unset): SD3 base model loader output.
        sd3_pid_decode (ImageOutput | Unset): Base class for nodes that output a single image
        sd3_text_encoder (SD3ConditioningOutput | Unset): Base class for nodes that output a single SD3 conditioning
            tensor
        sdxl_pid_decode (ImageOutput | Unset): Base class for nodes that output a single image
        seedream_image_generation (ImageCollectionOutput | Unset): Base class for nodes that output a collection of
            images
        string_batch (StringOutput | Unset): Base class for nodes that output a single string
        string_generator (StringGeneratorOutput | Unset): Base class for nodes that output a collection of strings
        text_llm (StringOutput | Unset): Base class for nodes that output a single string
        text_llm_with_preset (StringOutput | Unset): Base class for nodes that output a single string
        unsharp_mask_oklab (ImageOutput | Unset): Base class for nodes that output a single image
        video (VideoOutput | Unset): Output of a node that produces a video file (e.g. Wan 2.2 latents-to-video).
        video_concat (VideoOutput | Unset): Output of a node that produces a video file (e.g. Wan 2.2 latents-to-video).
        video_frame_extract (ImageOutput | Unset): Base class for nodes that output a single image
        wan_denoise (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        wan_i2l (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        wan_i2v_ideal_dimensions (IdealSizeOutput | Unset): Base class for invocations that output an image
        wan_l2i (ImageOutput | Unset): Base class for nodes that output a single image
        wan_l2v (VideoOutput | Unset): Output of a node that produces a video file (e.g. Wan 2.2 latents-to-video).
        wan_lora_collection_loader (WanLoRALoaderOutput | Unset): Wan 2.2 LoRA loader output.
        wan_lora_loader (WanLoRALoaderOutput | Unset): Wan 2.2 LoRA loader output.
        wan_model_loader (WanModelLoaderOutput | Unset): Wan 2.2 model loader output.
        wan_ref_image_encoder (WanRefImageOutput | Unset): Output of a Wan 2.2 reference-image VAE-encoder.
        wan_text_encoder (WanConditioningOutput | Unset): Base class for nodes that output a Wan 2.2 text conditioning
            tensor.
        wan_ti2v_ideal_dimensions (IdealSizeOutput | Unset): Base class for invocations that output an image
        wan_video_denoise (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        workflow_return (WorkflowReturnOutput | Unset): The explicit named values returned from a callable workflow.
        workflow_return_get (WorkflowReturnGetOutput | Unset): A value extracted from named workflow return values.
        workflow_return_value (WorkflowReturnValueOutput | Unset): A named workflow return value.
        z_image_control (ZImageControlOutput | Unset): Z-Image Control output containing control configuration.
        z_image_denoise (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        z_image_denoise_meta (LatentsMetaOutput | Unset): Latents + metadata
        z_image_i2l (LatentsOutput | Unset): Base class for nodes that output a single latents tensor
        z_image_l2i (ImageOutput | Unset): Base class for nodes that output a single image
        z_image_lora_collection_loader (ZImageLoRALoaderOutput | Unset): Z-Image LoRA Loader Output
        z_image_lora_loader (ZImageLoRALoaderOutput | Unset): Z-Image LoRA Loader Output
        z_image_model_loader (ZImageModelLoaderOutput | Unset): Z-Image base model loader output.
        z_image_pid_decode (ImageOutput | Unset): Base class for nodes that output a single image
        z_image_seed_variance_enhancer (ZImageConditioningOutput | Unset): Base class for nodes that output a Z-Image
            text conditioning tensor.
        z_image_text_encoder (ZImageConditioningOutput | Unset): Base class for nodes that output a Z-Image text
            conditioning tensor.
        canny_image_processor (ImageOutput | Unset): Base class for nodes that output a single image
        color_map_image_processor (ImageOutput | Unset): Base class for nodes that output a single image
        content_shuffle_image_processor (ImageOutput | Unset): Base class for nodes that output a single image
        depth_anything_image_processor (ImageOutput | Unset): Base class for nodes that output a single image
        dw_openpose_image_processor (ImageOutput | Unset): Base class for nodes that output a single image
        hed_image_processor (ImageOutput | Unset): Base class for nodes that output a single image
        leres_image_processor (ImageOutput | Unset): Base class for nodes that output a single image
        lineart_anime_image_processor (ImageOutput | Unset): Base class for nodes that output a single image
        lineart_image_processor (ImageOutput | Unset): Base class for nodes that output a single image
        mediapipe_face_processor (ImageOutput | Unset): Base class for nodes that output a single image
        midas_depth_image_processor (ImageOutput | Unset): Base class for nodes that output a single image
        mlsd_image_processor (ImageOutput | Unset): Base class for nodes that output a single image
        normalbae_image_processor (ImageOutput | Unset): Base class for nodes that output a single image
        pidi_image_processor (ImageOutput | Unset): Base class for nodes that output a single image
        segment_anything_processor (ImageOutput | Unset): Base class for nodes that output a single image
        tile_image_processor (ImageOutput | Unset): Base class for nodes that output a single image
        zoe_depth_image_processor (ImageOutput | Unset): Base class for nodes that output a single image
        step_param_easing (FloatCollectionOutput | Unset): Base class for nodes that output a collection of floats
    """

    add: IntegerOutput
    alpha_mask_to_tensor: MaskOutput
    blank_image: ImageOutput
    boolean: BooleanOutput
    boolean_collection: BooleanCollectionOutput
    bounding_box: BoundingBoxOutput
    calculate_image_tiles: CalculateImageTilesOutput
    calculate_image_tiles_even_split: CalculateImageTilesOutput
    calculate_image_tiles_min_overlap: CalculateImageTilesOutput
    canny_edge_detection: ImageOutput
    canvas_paste_back: ImageOutput
    canvas_v2_mask_and_crop: ImageOutput
    clip_skip: CLIPSkipInvocationOutput
    collect: CollectInvocationOutput
    color: ColorOutput
    color_correct: ImageOutput
    color_map: ImageOutput
    compel: ConditioningOutput
    conditioning: ConditioningOutput
    conditioning_collection: ConditioningCollectionOutput
    content_shuffle: ImageOutput
    controlnet: ControlOutput
    core_metadata: MetadataOutput
    create_denoise_mask: DenoiseMaskOutput
    create_gradient_mask: GradientMaskOutput
    crop_latents: LatentsOutput
    cv_inpaint: ImageOutput
    denoise_latents: LatentsOutput
    depth_anything_depth_estimation: ImageOutput
    div: IntegerOutput
    dw_openpose_detection: ImageOutput
    dynamic_prompt: StringCollectionOutput
    esrgan: ImageOutput
    face_identifier: ImageOutput
    face_mask_detection: FaceMaskOutput
    face_off: FaceOffOutput
    float_: FloatOutput
    float_collection: FloatCollectionOutput
    float_math: FloatOutput
    float_range: FloatCollectionOutput
    float_to_int: IntegerOutput
    flux_denoise: LatentsOutput
    flux_lora_collection_loader: FluxLoRALoaderOutput
    flux_lora_loader: FluxLoRALoaderOutput
    flux_model_loader: FluxModelLoaderOutput
    flux_text_encoder: FluxConditioningOutput
    flux_vae_decode: ImageOutput
    flux_vae_encode: LatentsOutput
    freeu: UNetOutput
    grounding_dino: BoundingBoxCollectionOutput
    hed_edge_detection: ImageOutput
    heuristic_resize: ImageOutput
    i2l: LatentsOutput
    ideal_size: IdealSizeOutput
    image: ImageOutput
    image_collection: ImageCollectionOutput
    image_mask_to_tensor: MaskOutput
    img_blur: ImageOutput
    img_chan: ImageOutput
    img_channel_multiply: ImageOutput
    img_channel_offset: ImageOutput
    img_conv: ImageOutput
    img_crop: ImageOutput
    img_hue_adjust: ImageOutput
    img_ilerp: ImageOutput
    img_lerp: ImageOutput
    img_mul: ImageOutput
    img_nsfw: ImageOutput
    img_pad_crop: ImageOutput
    img_paste: ImageOutput
    img_resize: ImageOutput
    img_scale: ImageOutput
    img_watermark: ImageOutput
    infill_cv2: ImageOutput
    infill_lama: ImageOutput
    infill_patchmatch: ImageOutput
    infill_rgba: ImageOutput
    infill_tile: ImageOutput
    integer: IntegerOutput
    integer_collection: IntegerCollectionOutput
    integer_math: IntegerOutput
    invert_tensor_mask: MaskOutput
    ip_adapter: IPAdapterOutput
    iterate: IterateInvocationOutput
    l2i: ImageOutput
    latents: LatentsOutput
    latents_collection: LatentsCollectionOutput
    lblend: LatentsOutput
    lineart_anime_edge_detection: ImageOutput
    lineart_edge_detection: ImageOutput
    lora_collection_loader: LoRALoaderOutput
    lora_loader: LoRALoaderOutput
    lora_selector: LoRASelectorOutput
    lresize: LatentsOutput
    lscale: LatentsOutput
    main_model_loader: ModelLoaderOutput
    mask_combine: ImageOutput
    mask_edge: ImageOutput
    mask_from_id: ImageOutput
    mediapipe_face_detection: ImageOutput
    merge_metadata: MetadataOutput
    merge_tiles_to_image: ImageOutput
    metadata: MetadataOutput
    metadata_item: MetadataItemOutput
    mlsd_detection: ImageOutput
    model_identifier: ModelIdentifierOutput
    mul: IntegerOutput
    noise: NoiseOutput
    normal_map: ImageOutput
    pair_tile_image: PairTileImageOutput
    pidi_edge_detection: ImageOutput
    prompt_from_file: StringCollectionOutput
    rand_float: FloatOutput
    rand_int: IntegerOutput
    random_range: IntegerCollectionOutput
    range_: IntegerCollectionOutput
    range_of_size: IntegerCollectionOutput
    rectangle_mask: MaskOutput
    round_float: FloatOutput
    save_image: ImageOutput
    scheduler: SchedulerOutput
    sdxl_compel_prompt: ConditioningOutput
    sdxl_lora_collection_loader: SDXLLoRALoaderOutput
    sdxl_lora_loader: SDXLLoRALoaderOutput
    sdxl_model_loader: SDXLModelLoaderOutput
    sdxl_refiner_compel_prompt: ConditioningOutput
    sdxl_refiner_model_loader: SDXLRefinerModelLoaderOutput
    seamless: SeamlessModeOutput
    segment_anything: MaskOutput
    show_image: ImageOutput
    spandrel_image_to_image: ImageOutput
    spandrel_image_to_image_autoscale: ImageOutput
    string: StringOutput
    string_collection: StringCollectionOutput
    string_join: StringOutput
    string_join_three: StringOutput
    string_replace: StringOutput
    string_split: String2Output
    string_split_neg: StringPosNegOutput
    sub: IntegerOutput
    t2i_adapter: T2IAdapterOutput
    tensor_mask_to_image: ImageOutput
    tile_to_properties: TileToPropertiesOutput
    tiled_multi_diffusion_denoise_latents: LatentsOutput
    tomask: ImageOutput
    unsharp_mask: ImageOutput
    vae_loader: VAEOutput
    alibabacloud_image_generation: ImageCollectionOutput | Unset = UNSET
    anima_denoise: LatentsOutput | Unset = UNSET
    anima_denoise_meta: LatentsMetaOutput | Unset = UNSET
    anima_i2l: LatentsOutput | Unset = UNSET
    anima_l2i: ImageOutput | Unset = UNSET
    anima_lllite: AnimaLLLiteOutput | Unset = UNSET
    anima_lora_collection_loader: AnimaLoRALoaderOutput | Unset = UNSET
    anima_lora_loader: AnimaLoRALoaderOutput | Unset = UNSET
    anima_model_loader: AnimaModelLoaderOutput | Unset = UNSET
    anima_text_encoder: AnimaConditioningOutput | Unset = UNSET
    apply_mask_to_image: ImageOutput | Unset = UNSET
    apply_tensor_mask_to_image: ImageOutput | Unset = UNSET
    call_saved_workflow: WorkflowReturnOutput | Unset = UNSET
    canvas_output: ImageOutput | Unset = UNSET
    cogview4_denoise: LatentsOutput | Unset = UNSET
    cogview4_i2l: LatentsOutput | Unset = UNSET
    cogview4_l2i: ImageOutput | Unset = UNSET
    cogview4_model_loader: CogView4ModelLoaderOutput | Unset = UNSET
    cogview4_text_encoder: CogView4ConditioningOutput | Unset = UNSET
    crop_image_to_bounding_box: ImageOutput | Unset = UNSET
    decode_watermark: StringOutput | Unset = UNSET
    denoise_latents_meta: LatentsMetaOutput | Unset = UNSET
    ernie_image_denoise: LatentsOutput | Unset = UNSET
    ernie_image_model_loader: ErnieImageModelLoaderOutput | Unset = UNSET
    ernie_image_prompt_enhancer: StringOutput | Unset = UNSET
    ernie_image_text_encoder: ErnieImageConditioningOutput | Unset = UNSET
    ernie_image_vae_decode: ImageOutput | Unset = UNSET
    expand_mask_with_fade: ImageOutput | Unset = UNSET
    extract_video_range: ExtractVideoRangeOutput | Unset = UNSET
    float_batch: FloatOutput | Unset = UNSET
    float_generator: FloatGeneratorOutput | Unset = UNSET
    flux2_denoise: LatentsOutput | Unset = UNSET
    flux2_dev_lora_collection_loader: Flux2DevLoRALoaderOutput | Unset = UNSET
    flux2_dev_lora_loader: Flux2DevLoRALoaderOutput | Unset = UNSET
    flux2_dev_model_loader: Flux2DevModelLoaderOutput | Unset = UNSET
    flux2_dev_text_encoder: FluxConditioningOutput | Unset = UNSET
    flux2_klein_lora_collection_loader: Flux2KleinLoRALoaderOutput | Unset = UNSET
    flux2_klein_lora_loader: Flux2KleinLoRALoaderOutput | Unset = UNSET
    flux2_klein_model_loader: Flux2KleinModelLoaderOutput | Unset = UNSET
    flux2_klein_text_encoder: FluxConditioningOutput | Unset = UNSET
    flux2_pid_decode: ImageOutput | Unset = UNSET
    flux2_vae_decode: ImageOutput | Unset = UNSET
    flux2_vae_encode: LatentsOutput | Unset = UNSET
    flux_control_lora_loader: FluxControlLoRALoaderOutput | Unset = UNSET
    flux_controlnet: FluxControlNetOutput | Unset = UNSET
    flux_denoise_meta: LatentsMetaOutput | Unset = UNSET
    flux_fill: FluxFillOutput | Unset = UNSET
    flux_ip_adapter: IPAdapterOutput | Unset = UNSET
    flux_kontext: FluxKontextOutput | Unset = UNSET
    flux_kontext_image_prep: ImageOutput | Unset = UNSET
    flux_pid_decode: ImageOutput | Unset = UNSET
    flux_redux: FluxReduxOutput | Unset = UNSET
    gemini_image_generation: ImageCollectionOutput | Unset = UNSET
    gemma2_encoder_loader: Gemma2EncoderOutput | Unset = UNSET
    get_image_mask_bounding_box: BoundingBoxOutput | Unset = UNSET
    ideogram4_caption_builder: StringOutput | Unset = UNSET
    ideogram4_denoise: LatentsOutput | Unset = UNSET
    ideogram4_l2i: ImageOutput | Unset = UNSET
    ideogram4_model_loader: Ideogram4ModelLoaderOutput | Unset = UNSET
    ideogram4_text_encoder: Ideogram4ConditioningOutput | Unset = UNSET
    if_: IfInvocationOutput | Unset = UNSET
    image_batch: ImageOutput | Unset = UNSET
    image_generator: ImageGeneratorOutput | Unset = UNSET
    image_panel_layout: ImagePanelCoordinateOutput | Unset = UNSET
    img_hue_adjust_oklch: ImageOutput | Unset = UNSET
    img_noise: ImageOutput | Unset = UNSET
    integer_batch: IntegerOutput | Unset = UNSET
    integer_generator: IntegerGeneratorOutput | Unset = UNSET
    invokeai_ealightness: ImageOutput | Unset = UNSET
    invokeai_img_blend: ImageOutput | Unset = UNSET
    invokeai_img_composite: ImageOutput | Unset = UNSET
    invokeai_img_dilate_erode: ImageOutput | Unset = UNSET
    invokeai_img_enhance: ImageOutput | Unset = UNSET
    invokeai_img_hue_adjust_plus: ImageOutput | Unset = UNSET
    invokeai_img_val_thresholds: ImageOutput | Unset = UNSET
    krea2_conditioning_rebalance: Krea2ConditioningOutput | Unset = UNSET
    krea2_denoise: LatentsOutput | Unset = UNSET
    krea2_lora_collection_loader: Krea2LoRALoaderOutput | Unset = UNSET
    krea2_lora_loader: Krea2LoRALoaderOutput | Unset = UNSET
    krea2_model_loader: Krea2ModelLoaderOutput | Unset = UNSET
    krea2_seed_variance: Krea2ConditioningOutput | Unset = UNSET
    krea2_style_reference: Krea2StyleReferenceOutput | Unset = UNSET
    krea2_text_encoder: Krea2ConditioningOutput | Unset = UNSET
    llava_onevision_vllm: StringOutput | Unset = UNSET
    metadata_field_extractor: StringOutput | Unset = UNSET
    metadata_from_image: MetadataOutput | Unset = UNSET
    metadata_item_linked: MetadataOutput | Unset = UNSET
    metadata_to_bool: BooleanOutput | Unset = UNSET
    metadata_to_bool_collection: BooleanCollectionOutput | Unset = UNSET
    metadata_to_controlnets: MDControlListOutput | Unset = UNSET
    metadata_to_float: FloatOutput | Unset = UNSET
    metadata_to_float_collection: FloatCollectionOutput | Unset = UNSET
    metadata_to_integer: IntegerOutput | Unset = UNSET
    metadata_to_integer_collection: IntegerCollectionOutput | Unset = UNSET
    metadata_to_ip_adapters: MDIPAdapterListOutput | Unset = UNSET
    metadata_to_lora_collection: MetadataToLorasCollectionOutput | Unset = UNSET
    metadata_to_loras: LoRALoaderOutput | Unset = UNSET
    metadata_to_model: MetadataToModelOutput | Unset = UNSET
    metadata_to_scheduler: SchedulerOutput | Unset = UNSET
    metadata_to_sdlx_loras: SDXLLoRALoaderOutput | Unset = UNSET
    metadata_to_sdxl_model: MetadataToSDXLModelOutput | Unset = UNSET
    metadata_to_string: StringOutput | Unset = UNSET
    metadata_to_string_collection: StringCollectionOutput | Unset = UNSET
    metadata_to_t2i_adapters: MDT2IAdapterListOutput | Unset = UNSET
    metadata_to_vae: VAEOutput | Unset = UNSET
    openai_image_generation: ImageCollectionOutput | Unset = UNSET
    paste_image_into_bounding_box: ImageOutput | Unset = UNSET
    pbr_maps: PBRMapsOutput | Unset = UNSET
    pid_decoder_loader: PiDDecoderOutput | Unset = UNSET
    pid_upscale: ImageOutput | Unset = UNSET
    prompt_template: PromptTemplateOutput | Unset = UNSET
    qwen_image_denoise: LatentsOutput | Unset = UNSET
    qwen_image_i2l: LatentsOutput | Unset = UNSET
    qwen_image_l2i: ImageOutput | Unset = UNSET
    qwen_image_lora_collection_loader: QwenImageLoRALoaderOutput | Unset = UNSET
    qwen_image_lora_loader: QwenImageLoRALoaderOutput | Unset = UNSET
    qwen_image_model_loader: QwenImageModelLoaderOutput | Unset = UNSET
    qwen_image_pid_decode: ImageOutput | Unset = UNSET
    qwen_image_text_encoder: QwenImageConditioningOutput | Unset = UNSET
    save_image_to_file: ImageOutput | Unset = UNSET
    sd3_denoise: LatentsOutput | Unset = UNSET
    sd3_i2l: LatentsOutput | Unset = UNSET
    sd3_l2i: ImageOutput | Unset = UNSET
    sd3_model_loader: Sd3ModelLoaderOutput | Unset = UNSET
    sd3_pid_decode: ImageOutput | Unset = UNSET
    sd3_text_encoder: SD3ConditioningOutput | Unset = UNSET
    sdxl_pid_decode: ImageOutput | Unset = UNSET
    seedream_image_generation: ImageCollectionOutput | Unset = UNSET
    string_batch: StringOutput | Unset = UNSET
    string_generator: StringGeneratorOutput | Unset = UNSET
    text_llm: StringOutput | Unset = UNSET
    text_llm_with_preset: StringOutput | Unset = UNSET
    unsharp_mask_oklab: ImageOutput | Unset = UNSET
    video: VideoOutput | Unset = UNSET
    video_concat: VideoOutput | Unset = UNSET
    video_frame_extract: ImageOutput | Unset = UNSET
    wan_denoise: LatentsOutput | Unset = UNSET
    wan_i2l: LatentsOutput | Unset = UNSET
    wan_i2v_ideal_dimensions: IdealSizeOutput | Unset = UNSET
    wan_l2i: ImageOutput | Unset = UNSET
    wan_l2v: VideoOutput | Unset = UNSET
    wan_lora_collection_loader: WanLoRALoaderOutput | Unset = UNSET
    wan_lora_loader: WanLoRALoaderOutput | Unset = UNSET
    wan_model_loader: WanModelLoaderOutput | Unset = UNSET
    wan_ref_image_encoder: WanRefImageOutput | Unset = UNSET
    wan_text_encoder: WanConditioningOutput | Unset = UNSET
    wan_ti2v_ideal_dimensions: IdealSizeOutput | Unset = UNSET
    wan_video_denoise: LatentsOutput | Unset = UNSET
    workflow_return: WorkflowReturnOutput | Unset = UNSET
    workflow_return_get: WorkflowReturnGetOutput | Unset = UNSET
    workflow_return_value: WorkflowReturnValueOutput | Unset = UNSET
    z_image_control: ZImageControlOutput | Unset = UNSET
    z_image_denoise: LatentsOutput | Unset = UNSET
    z_image_denoise_meta: LatentsMetaOutput | Unset = UNSET
    z_image_i2l: LatentsOutput | Unset = UNSET
    z_image_l2i: ImageOutput | Unset = UNSET
    z_image_lora_collection_loader: ZImageLoRALoaderOutput | Unset = UNSET
    z_image_lora_loader: ZImageLoRALoaderOutput | Unset = UNSET
    z_image_model_loader: ZImageModelLoaderOutput | Unset = UNSET
    z_image_pid_decode: ImageOutput | Unset = UNSET
    z_image_seed_variance_enhancer: ZImageConditioningOutput | Unset = UNSET
    z_image_text_encoder: ZImageConditioningOutput | Unset = UNSET
    canny_image_processor: ImageOutput | Unset = UNSET
    color_map_image_processor: ImageOutput | Unset = UNSET
    content_shuffle_image_processor: ImageOutput | Unset = UNSET
    depth_anything_image_processor: ImageOutput | Unset = UNSET
    dw_openpose_image_processor: ImageOutput | Unset = UNSET
    hed_image_processor: ImageOutput | Unset = UNSET
    leres_image_processor: ImageOutput | Unset = UNSET
    lineart_anime_image_processor: ImageOutput | Unset = UNSET
    lineart_image_processor: ImageOutput | Unset = UNSET
    mediapipe_face_processor: ImageOutput | Unset = UNSET
    midas_depth_image_processor: ImageOutput | Unset = UNSET
    mlsd_image_processor: ImageOutput | Unset = UNSET
    normalbae_image_processor: ImageOutput | Unset = UNSET
    pidi_image_processor: ImageOutput | Unset = UNSET
    segment_anything_processor: ImageOutput | Unset = UNSET
    tile_image_processor: ImageOutput | Unset = UNSET
    zoe_depth_image_processor: ImageOutput | Unset = UNSET
    step_param_easing: FloatCollectionOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
            CLIPSkipInvocationOutput,
            CogView4ConditioningOutput,
            CogView4ModelLoaderOutput,
            CollectInvocationOutput,
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
        add = self.add.to_dict()

        alpha_mask_to_tensor = self.alpha_mask_to_tensor.to_dict()

        blank_image = self.blank_image.to_dict()

        boolean = self.boolean.to_dict()

        boolean_collection = self.boolean_collection.to_dict()

        bounding_box = self.bounding_box.to_dict()

        calculate_image_tiles = self.calculate_image_tiles.to_dict()

        calculate_image_tiles_even_split = self.calculate_image_tiles_even_split.to_dict()

        calculate_image_tiles_min_overlap = self.calculate_image_tiles_min_overlap.to_dict()

        canny_edge_detection = self.canny_edge_detection.to_dict()

        canvas_paste_back = self.canvas_paste_back.to_dict()

        canvas_v2_mask_and_crop = self.canvas_v2_mask_and_crop.to_dict()

        clip_skip = self.clip_skip.to_dict()

        collect = self.collect.to_dict()

        color = self.color.to_dict()

        color_correct = self.color_correct.to_dict()

        color_map = self.color_map.to_dict()

        compel = self.compel.to_dict()

        conditioning = self.conditioning.to_dict()

        conditioning_collection = self.conditioning_collection.to_dict()

        content_shuffle = self.content_shuffle.to_dict()

        controlnet = self.controlnet.to_dict()

        core_metadata = self.core_metadata.to_dict()

        create_denoise_mask = self.create_denoise_mask.to_dict()

        create_gradient_mask = self.create_gradient_mask.to_dict()

        crop_latents = self.crop_latents.to_dict()

        cv_inpaint = self.cv_inpaint.to_dict()

        denoise_latents = self.denoise_latents.to_dict()

        depth_anything_depth_estimation = self.depth_anything_depth_estimation.to_dict()

        div = self.div.to_dict()

        dw_openpose_detection = self.dw_openpose_detection.to_dict()

        dynamic_prompt = self.dynamic_prompt.to_dict()

        esrgan = self.esrgan.to_dict()

        face_identifier = self.face_identifier.to_dict()

        face_mask_detection = self.face_mask_detection.to_dict()

        face_off = self.face_off.to_dict()

        float_ = self.float_.to_dict()

        float_collection = self.float_collection.to_dict()

        float_math = self.float_math.to_dict()

        float_range = self.float_range.to_dict()

        float_to_int = self.float_to_int.to_dict()

        flux_denoise = self.flux_denoise.to_dict()

        flux_lora_collection_loader = self.flux_lora_collection_loader.to_dict()

        flux_lora_loader = self.flux_lora_loader.to_dict()

        flux_model_loader = self.flux_model_loader.to_dict()

        flux_text_encoder = self.flux_text_encoder.to_dict()

        flux_vae_decode = self.flux_vae_decode.to_dict()

        flux_vae_encode = self.flux_vae_encode.to_dict()

        freeu = self.freeu.to_dict()

        grounding_dino = self.grounding_dino.to_dict()

        hed_edge_detection = self.hed_edge_detection.to_dict()

        heuristic_resize = self.heuristic_resize.to_dict()

        i2l = self.i2l.to_dict()

        ideal_size = self.ideal_size.to_dict()

        image = self.image.to_dict()

        image_collection = self.image_collection.to_dict()

        image_mask_to_tensor = self.image_mask_to_tensor.to_dict()

        img_blur = self.img_blur.to_dict()

        img_chan = self.img_chan.to_dict()

        img_channel_multiply = self.img_channel_multiply.to_dict()

        img_channel_offset = self.img_channel_offset.to_dict()

        img_conv = self.img_conv.to_dict()

        img_crop = self.img_crop.to_dict()

        img_hue_adjust = self.img_hue_adjust.to_dict()

        img_ilerp = self.img_ilerp.to_dict()

        img_lerp = self.img_lerp.to_dict()

        img_mul = self.img_mul.to_dict()

        img_nsfw = self.img_nsfw.to_dict()

        img_pad_crop = self.img_pad_crop.to_dict()

        img_paste = self.img_paste.to_dict()

        img_resize = self.img_resize.to_dict()

        img_scale = self.img_scale.to_dict()

        img_watermark = self.img_watermark.to_dict()

        infill_cv2 = self.infill_cv2.to_dict()

        infill_lama = self.infill_lama.to_dict()

        infill_patchmatch = self.infill_patchmatch.to_dict()

        infill_rgba = self.infill_rgba.to_dict()

        infill_tile = self.infill_tile.to_dict()

        integer = self.integer.to_dict()

        integer_collection = self.integer_collection.to_dict()

        integer_math = self.integer_math.to_dict()

        invert_tensor_mask = self.invert_tensor_mask.to_dict()

        ip_adapter = self.ip_adapter.to_dict()

        iterate = self.iterate.to_dict()

        l2i = self.l2i.to_dict()

        latents = self.latents.to_dict()

        latents_collection = self.latents_collection.to_dict()

        lblend = self.lblend.to_dict()

        lineart_anime_edge_detection = self.lineart_anime_edge_detection.to_dict()

        lineart_edge_detection = self.lineart_edge_detection.to_dict()

        lora_collection_loader = self.lora_collection_loader.to_dict()

        lora_loader = self.lora_loader.to_dict()

        lora_selector = self.lora_selector.to_dict()

        lresize = self.lresize.to_dict()

        lscale = self.lscale.to_dict()

        main_model_loader = self.main_model_loader.to_dict()

        mask_combine = self.mask_combine.to_dict()

        mask_edge = self.mask_edge.to_dict()

        mask_from_id = self.mask_from_id.to_dict()

        mediapipe_face_detection = self.mediapipe_face_detection.to_dict()

        merge_metadata = self.merge_metadata.to_dict()

        merge_tiles_to_image = self.merge_tiles_to_image.to_dict()

        metadata = self.metadata.to_dict()

        metadata_item = self.metadata_item.to_dict()

        mlsd_detection = self.mlsd_detection.to_dict()

        model_identifier = self.model_identifier.to_dict()

        mul = self.mul.to_dict()

        noise = self.noise.to_dict()

        normal_map = self.normal_map.to_dict()

        pair_tile_image = self.pair_tile_image.to_dict()

        pidi_edge_detection = self.pidi_edge_detection.to_dict()

        prompt_from_file = self.prompt_from_file.to_dict()

        rand_float = self.rand_float.to_dict()

        rand_int = self.rand_int.to_dict()

        random_range = self.random_range.to_dict()

        range_ = self.range_.to_dict()

        range_of_size = self.range_of_size.to_dict()

        rectangle_mask = self.rectangle_mask.to_dict()

        round_float = self.round_float.to_dict()

        save_image = self.save_image.to_dict()

        scheduler = self.scheduler.to_dict()

        sdxl_compel_prompt = self.sdxl_compel_prompt.to_dict()

        sdxl_lora_collection_loader = self.sdxl_lora_collection_loader.to_dict()

        sdxl_lora_loader = self.sdxl_lora_loader.to_dict()

        sdxl_model_loader = self.sdxl_model_loader.to_dict()

        sdxl_refiner_compel_prompt = self.sdxl_refiner_compel_prompt.to_dict()

        sdxl_refiner_model_loader = self.sdxl_refiner_model_loader.to_dict()

        seamless = self.seamless.to_dict()

        segment_anything = self.segment_anything.to_dict()

        show_image = self.show_image.to_dict()

        spandrel_image_to_image = self.spandrel_image_to_image.to_dict()

        spandrel_image_to_image_autoscale = self.spandrel_image_to_image_autoscale.to_dict()

        string = self.string.to_dict()

        string_collection = self.string_collection.to_dict()

        string_join = self.string_join.to_dict()

        string_join_three = self.string_join_three.to_dict()

        string_replace = self.string_replace.to_dict()

        string_split = self.string_split.to_dict()

        string_split_neg = self.string_split_neg.to_dict()

        sub = self.sub.to_dict()

        t2i_adapter = self.t2i_adapter.to_dict()

        tensor_mask_to_image = self.tensor_mask_to_image.to_dict()

        tile_to_properties = self.tile_to_properties.to_dict()

        tiled_multi_diffusion_denoise_latents = self.tiled_multi_diffusion_denoise_latents.to_dict()

        tomask = self.tomask.to_dict()

        unsharp_mask = self.unsharp_mask.to_dict()

        vae_loader = self.vae_loader.to_dict()

        alibabacloud_image_generation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alibabacloud_image_generation, Unset):
            alibabacloud_image_generation = self.alibabacloud_image_generation.to_dict()

        anima_denoise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anima_denoise, Unset):
            anima_denoise = self.anima_denoise.to_dict()

        anima_denoise_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anima_denoise_meta, Unset):
            anima_denoise_meta = self.anima_denoise_meta.to_dict()

        anima_i2l: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anima_i2l, Unset):
            anima_i2l = self.anima_i2l.to_dict()

        anima_l2i: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anima_l2i, Unset):
            anima_l2i = self.anima_l2i.to_dict()

        anima_lllite: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anima_lllite, Unset):
            anima_lllite = self.anima_lllite.to_dict()

        anima_lora_collection_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anima_lora_collection_loader, Unset):
            anima_lora_collection_loader = self.anima_lora_collection_loader.to_dict()

        anima_lora_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anima_lora_loader, Unset):
            anima_lora_loader = self.anima_lora_loader.to_dict()

        anima_model_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anima_model_loader, Unset):
            anima_model_loader = self.anima_model_loader.to_dict()

        anima_text_encoder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anima_text_encoder, Unset):
            anima_text_encoder = self.anima_text_encoder.to_dict()

        apply_mask_to_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.apply_mask_to_image, Unset):
            apply_mask_to_image = self.apply_mask_to_image.to_dict()

        apply_tensor_mask_to_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.apply_tensor_mask_to_image, Unset):
            apply_tensor_mask_to_image = self.apply_tensor_mask_to_image.to_dict()

        call_saved_workflow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_saved_workflow, Unset):
            call_saved_workflow = self.call_saved_workflow.to_dict()

        canvas_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.canvas_output, Unset):
            canvas_output = self.canvas_output.to_dict()

        cogview4_denoise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cogview4_denoise, Unset):
            cogview4_denoise = self.cogview4_denoise.to_dict()

        cogview4_i2l: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cogview4_i2l, Unset):
            cogview4_i2l = self.cogview4_i2l.to_dict()

        cogview4_l2i: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cogview4_l2i, Unset):
            cogview4_l2i = self.cogview4_l2i.to_dict()

        cogview4_model_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cogview4_model_loader, Unset):
            cogview4_model_loader = self.cogview4_model_loader.to_dict()

        cogview4_text_encoder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cogview4_text_encoder, Unset):
            cogview4_text_encoder = self.cogview4_text_encoder.to_dict()

        crop_image_to_bounding_box: dict[str, Any] | Unset = UNSET
        if not isinstance(self.crop_image_to_bounding_box, Unset):
            crop_image_to_bounding_box = self.crop_image_to_bounding_box.to_dict()

        decode_watermark: dict[str, Any] | Unset = UNSET
        if not isinstance(self.decode_watermark, Unset):
            decode_watermark = self.decode_watermark.to_dict()

        denoise_latents_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.denoise_latents_meta, Unset):
            denoise_latents_meta = self.denoise_latents_meta.to_dict()

        ernie_image_denoise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ernie_image_denoise, Unset):
            ernie_image_denoise = self.ernie_image_denoise.to_dict()

        ernie_image_model_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ernie_image_model_loader, Unset):
            ernie_image_model_loader = self.ernie_image_model_loader.to_dict()

        ernie_image_prompt_enhancer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ernie_image_prompt_enhancer, Unset):
            ernie_image_prompt_enhancer = self.ernie_image_prompt_enhancer.to_dict()

        ernie_image_text_encoder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ernie_image_text_encoder, Unset):
            ernie_image_text_encoder = self.ernie_image_text_encoder.to_dict()

        ernie_image_vae_decode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ernie_image_vae_decode, Unset):
            ernie_image_vae_decode = self.ernie_image_vae_decode.to_dict()

        expand_mask_with_fade: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expand_mask_with_fade, Unset):
            expand_mask_with_fade = self.expand_mask_with_fade.to_dict()

        extract_video_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extract_video_range, Unset):
            extract_video_range = self.extract_video_range.to_dict()

        float_batch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.float_batch, Unset):
            float_batch = self.float_batch.to_dict()

        float_generator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.float_generator, Unset):
            float_generator = self.float_generator.to_dict()

        flux2_denoise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux2_denoise, Unset):
            flux2_denoise = self.flux2_denoise.to_dict()

        flux2_dev_lora_collection_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux2_dev_lora_collection_loader, Unset):
            flux2_dev_lora_collection_loader = self.flux2_dev_lora_collection_loader.to_dict()

        flux2_dev_lora_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux2_dev_lora_loader, Unset):
            flux2_dev_lora_loader = self.flux2_dev_lora_loader.to_dict()

        flux2_dev_model_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux2_dev_model_loader, Unset):
            flux2_dev_model_loader = self.flux2_dev_model_loader.to_dict()

        flux2_dev_text_encoder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux2_dev_text_encoder, Unset):
            flux2_dev_text_encoder = self.flux2_dev_text_encoder.to_dict()

        flux2_klein_lora_collection_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux2_klein_lora_collection_loader, Unset):
            flux2_klein_lora_collection_loader = self.flux2_klein_lora_collection_loader.to_dict()

        flux2_klein_lora_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux2_klein_lora_loader, Unset):
            flux2_klein_lora_loader = self.flux2_klein_lora_loader.to_dict()

        flux2_klein_model_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux2_klein_model_loader, Unset):
            flux2_klein_model_loader = self.flux2_klein_model_loader.to_dict()

        flux2_klein_text_encoder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux2_klein_text_encoder, Unset):
            flux2_klein_text_encoder = self.flux2_klein_text_encoder.to_dict()

        flux2_pid_decode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux2_pid_decode, Unset):
            flux2_pid_decode = self.flux2_pid_decode.to_dict()

        flux2_vae_decode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux2_vae_decode, Unset):
            flux2_vae_decode = self.flux2_vae_decode.to_dict()

        flux2_vae_encode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux2_vae_encode, Unset):
            flux2_vae_encode = self.flux2_vae_encode.to_dict()

        flux_control_lora_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux_control_lora_loader, Unset):
            flux_control_lora_loader = self.flux_control_lora_loader.to_dict()

        flux_controlnet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux_controlnet, Unset):
            flux_controlnet = self.flux_controlnet.to_dict()

        flux_denoise_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux_denoise_meta, Unset):
            flux_denoise_meta = self.flux_denoise_meta.to_dict()

        flux_fill: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux_fill, Unset):
            flux_fill = self.flux_fill.to_dict()

        flux_ip_adapter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux_ip_adapter, Unset):
            flux_ip_adapter = self.flux_ip_adapter.to_dict()

        flux_kontext: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux_kontext, Unset):
            flux_kontext = self.flux_kontext.to_dict()

        flux_kontext_image_prep: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux_kontext_image_prep, Unset):
            flux_kontext_image_prep = self.flux_kontext_image_prep.to_dict()

        flux_pid_decode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux_pid_decode, Unset):
            flux_pid_decode = self.flux_pid_decode.to_dict()

        flux_redux: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flux_redux, Unset):
            flux_redux = self.flux_redux.to_dict()

        gemini_image_generation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gemini_image_generation, Unset):
            gemini_image_generation = self.gemini_image_generation.to_dict()

        gemma2_encoder_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gemma2_encoder_loader, Unset):
            gemma2_encoder_loader = self.gemma2_encoder_loader.to_dict()

        get_image_mask_bounding_box: dict[str, Any] | Unset = UNSET
        if not isinstance(self.get_image_mask_bounding_box, Unset):
            get_image_mask_bounding_box = self.get_image_mask_bounding_box.to_dict()

        ideogram4_caption_builder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ideogram4_caption_builder, Unset):
            ideogram4_caption_builder = self.ideogram4_caption_builder.to_dict()

        ideogram4_denoise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ideogram4_denoise, Unset):
            ideogram4_denoise = self.ideogram4_denoise.to_dict()

        ideogram4_l2i: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ideogram4_l2i, Unset):
            ideogram4_l2i = self.ideogram4_l2i.to_dict()

        ideogram4_model_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ideogram4_model_loader, Unset):
            ideogram4_model_loader = self.ideogram4_model_loader.to_dict()

        ideogram4_text_encoder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ideogram4_text_encoder, Unset):
            ideogram4_text_encoder = self.ideogram4_text_encoder.to_dict()

        if_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.if_, Unset):
            if_ = self.if_.to_dict()

        image_batch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_batch, Unset):
            image_batch = self.image_batch.to_dict()

        image_generator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_generator, Unset):
            image_generator = self.image_generator.to_dict()

        image_panel_layout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_panel_layout, Unset):
            image_panel_layout = self.image_panel_layout.to_dict()

        img_hue_adjust_oklch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.img_hue_adjust_oklch, Unset):
            img_hue_adjust_oklch = self.img_hue_adjust_oklch.to_dict()

        img_noise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.img_noise, Unset):
            img_noise = self.img_noise.to_dict()

        integer_batch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integer_batch, Unset):
            integer_batch = self.integer_batch.to_dict()

        integer_generator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integer_generator, Unset):
            integer_generator = self.integer_generator.to_dict()

        invokeai_ealightness: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invokeai_ealightness, Unset):
            invokeai_ealightness = self.invokeai_ealightness.to_dict()

        invokeai_img_blend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invokeai_img_blend, Unset):
            invokeai_img_blend = self.invokeai_img_blend.to_dict()

        invokeai_img_composite: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invokeai_img_composite, Unset):
            invokeai_img_composite = self.invokeai_img_composite.to_dict()

        invokeai_img_dilate_erode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invokeai_img_dilate_erode, Unset):
            invokeai_img_dilate_erode = self.invokeai_img_dilate_erode.to_dict()

        invokeai_img_enhance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invokeai_img_enhance, Unset):
            invokeai_img_enhance = self.invokeai_img_enhance.to_dict()

        invokeai_img_hue_adjust_plus: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invokeai_img_hue_adjust_plus, Unset):
            invokeai_img_hue_adjust_plus = self.invokeai_img_hue_adjust_plus.to_dict()

        invokeai_img_val_thresholds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invokeai_img_val_thresholds, Unset):
            invokeai_img_val_thresholds = self.invokeai_img_val_thresholds.to_dict()

        krea2_conditioning_rebalance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.krea2_conditioning_rebalance, Unset):
            krea2_conditioning_rebalance = self.krea2_conditioning_rebalance.to_dict()

        krea2_denoise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.krea2_denoise, Unset):
            krea2_denoise = self.krea2_denoise.to_dict()

        krea2_lora_collection_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.krea2_lora_collection_loader, Unset):
            krea2_lora_collection_loader = self.krea2_lora_collection_loader.to_dict()

        krea2_lora_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.krea2_lora_loader, Unset):
            krea2_lora_loader = self.krea2_lora_loader.to_dict()

        krea2_model_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.krea2_model_loader, Unset):
            krea2_model_loader = self.krea2_model_loader.to_dict()

        krea2_seed_variance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.krea2_seed_variance, Unset):
            krea2_seed_variance = self.krea2_seed_variance.to_dict()

        krea2_style_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.krea2_style_reference, Unset):
            krea2_style_reference = self.krea2_style_reference.to_dict()

        krea2_text_encoder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.krea2_text_encoder, Unset):
            krea2_text_encoder = self.krea2_text_encoder.to_dict()

        llava_onevision_vllm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.llava_onevision_vllm, Unset):
            llava_onevision_vllm = self.llava_onevision_vllm.to_dict()

        metadata_field_extractor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_field_extractor, Unset):
            metadata_field_extractor = self.metadata_field_extractor.to_dict()

        metadata_from_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_from_image, Unset):
            metadata_from_image = self.metadata_from_image.to_dict()

        metadata_item_linked: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_item_linked, Unset):
            metadata_item_linked = self.metadata_item_linked.to_dict()

        metadata_to_bool: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_bool, Unset):
            metadata_to_bool = self.metadata_to_bool.to_dict()

        metadata_to_bool_collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_bool_collection, Unset):
            metadata_to_bool_collection = self.metadata_to_bool_collection.to_dict()

        metadata_to_controlnets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_controlnets, Unset):
            metadata_to_controlnets = self.metadata_to_controlnets.to_dict()

        metadata_to_float: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_float, Unset):
            metadata_to_float = self.metadata_to_float.to_dict()

        metadata_to_float_collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_float_collection, Unset):
            metadata_to_float_collection = self.metadata_to_float_collection.to_dict()

        metadata_to_integer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_integer, Unset):
            metadata_to_integer = self.metadata_to_integer.to_dict()

        metadata_to_integer_collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_integer_collection, Unset):
            metadata_to_integer_collection = self.metadata_to_integer_collection.to_dict()

        metadata_to_ip_adapters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_ip_adapters, Unset):
            metadata_to_ip_adapters = self.metadata_to_ip_adapters.to_dict()

        metadata_to_lora_collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_lora_collection, Unset):
            metadata_to_lora_collection = self.metadata_to_lora_collection.to_dict()

        metadata_to_loras: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_loras, Unset):
            metadata_to_loras = self.metadata_to_loras.to_dict()

        metadata_to_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_model, Unset):
            metadata_to_model = self.metadata_to_model.to_dict()

        metadata_to_scheduler: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_scheduler, Unset):
            metadata_to_scheduler = self.metadata_to_scheduler.to_dict()

        metadata_to_sdlx_loras: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_sdlx_loras, Unset):
            metadata_to_sdlx_loras = self.metadata_to_sdlx_loras.to_dict()

        metadata_to_sdxl_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_sdxl_model, Unset):
            metadata_to_sdxl_model = self.metadata_to_sdxl_model.to_dict()

        metadata_to_string: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_string, Unset):
            metadata_to_string = self.metadata_to_string.to_dict()

        metadata_to_string_collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_string_collection, Unset):
            metadata_to_string_collection = self.metadata_to_string_collection.to_dict()

        metadata_to_t2i_adapters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_t2i_adapters, Unset):
            metadata_to_t2i_adapters = self.metadata_to_t2i_adapters.to_dict()

        metadata_to_vae: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_to_vae, Unset):
            metadata_to_vae = self.metadata_to_vae.to_dict()

        openai_image_generation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openai_image_generation, Unset):
            openai_image_generation = self.openai_image_generation.to_dict()

        paste_image_into_bounding_box: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paste_image_into_bounding_box, Unset):
            paste_image_into_bounding_box = self.paste_image_into_bounding_box.to_dict()

        pbr_maps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pbr_maps, Unset):
            pbr_maps = self.pbr_maps.to_dict()

        pid_decoder_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pid_decoder_loader, Unset):
            pid_decoder_loader = self.pid_decoder_loader.to_dict()

        pid_upscale: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pid_upscale, Unset):
            pid_upscale = self.pid_upscale.to_dict()

        prompt_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_template, Unset):
            prompt_template = self.prompt_template.to_dict()

        qwen_image_denoise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qwen_image_denoise, Unset):
            qwen_image_denoise = self.qwen_image_denoise.to_dict()

        qwen_image_i2l: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qwen_image_i2l, Unset):
            qwen_image_i2l = self.qwen_image_i2l.to_dict()

        qwen_image_l2i: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qwen_image_l2i, Unset):
            qwen_image_l2i = self.qwen_image_l2i.to_dict()

        qwen_image_lora_collection_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qwen_image_lora_collection_loader, Unset):
            qwen_image_lora_collection_loader = self.qwen_image_lora_collection_loader.to_dict()

        qwen_image_lora_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qwen_image_lora_loader, Unset):
            qwen_image_lora_loader = self.qwen_image_lora_loader.to_dict()

        qwen_image_model_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qwen_image_model_loader, Unset):
            qwen_image_model_loader = self.qwen_image_model_loader.to_dict()

        qwen_image_pid_decode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qwen_image_pid_decode, Unset):
            qwen_image_pid_decode = self.qwen_image_pid_decode.to_dict()

        qwen_image_text_encoder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qwen_image_text_encoder, Unset):
            qwen_image_text_encoder = self.qwen_image_text_encoder.to_dict()

        save_image_to_file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.save_image_to_file, Unset):
            save_image_to_file = self.save_image_to_file.to_dict()

        sd3_denoise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sd3_denoise, Unset):
            sd3_denoise = self.sd3_denoise.to_dict()

        sd3_i2l: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sd3_i2l, Unset):
            sd3_i2l = self.sd3_i2l.to_dict()

        sd3_l2i: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sd3_l2i, Unset):
            sd3_l2i = self.sd3_l2i.to_dict()

        sd3_model_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sd3_model_loader, Unset):
            sd3_model_loader = self.sd3_model_loader.to_dict()

        sd3_pid_decode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sd3_pid_decode, Unset):
            sd3_pid_decode = self.sd3_pid_decode.to_dict()

        sd3_text_encoder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sd3_text_encoder, Unset):
            sd3_text_encoder = self.sd3_text_encoder.to_dict()

        sdxl_pid_decode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sdxl_pid_decode, Unset):
            sdxl_pid_decode = self.sdxl_pid_decode.to_dict()

        seedream_image_generation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seedream_image_generation, Unset):
            seedream_image_generation = self.seedream_image_generation.to_dict()

        string_batch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.string_batch, Unset):
            string_batch = self.string_batch.to_dict()

        string_generator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.string_generator, Unset):
            string_generator = self.string_generator.to_dict()

        text_llm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_llm, Unset):
            text_llm = self.text_llm.to_dict()

        text_llm_with_preset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_llm_with_preset, Unset):
            text_llm_with_preset = self.text_llm_with_preset.to_dict()

        unsharp_mask_oklab: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unsharp_mask_oklab, Unset):
            unsharp_mask_oklab = self.unsharp_mask_oklab.to_dict()

        video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_dict()

        video_concat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_concat, Unset):
            video_concat = self.video_concat.to_dict()

        video_frame_extract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_frame_extract, Unset):
            video_frame_extract = self.video_frame_extract.to_dict()

        wan_denoise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wan_denoise, Unset):
            wan_denoise = self.wan_denoise.to_dict()

        wan_i2l: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wan_i2l, Unset):
            wan_i2l = self.wan_i2l.to_dict()

        wan_i2v_ideal_dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wan_i2v_ideal_dimensions, Unset):
            wan_i2v_ideal_dimensions = self.wan_i2v_ideal_dimensions.to_dict()

        wan_l2i: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wan_l2i, Unset):
            wan_l2i = self.wan_l2i.to_dict()

        wan_l2v: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wan_l2v, Unset):
            wan_l2v = self.wan_l2v.to_dict()

        wan_lora_collection_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wan_lora_collection_loader, Unset):
            wan_lora_collection_loader = self.wan_lora_collection_loader.to_dict()

        wan_lora_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wan_lora_loader, Unset):
            wan_lora_loader = self.wan_lora_loader.to_dict()

        wan_model_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wan_model_loader, Unset):
            wan_model_loader = self.wan_model_loader.to_dict()

        wan_ref_image_encoder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wan_ref_image_encoder, Unset):
            wan_ref_image_encoder = self.wan_ref_image_encoder.to_dict()

        wan_text_encoder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wan_text_encoder, Unset):
            wan_text_encoder = self.wan_text_encoder.to_dict()

        wan_ti2v_ideal_dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wan_ti2v_ideal_dimensions, Unset):
            wan_ti2v_ideal_dimensions = self.wan_ti2v_ideal_dimensions.to_dict()

        wan_video_denoise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wan_video_denoise, Unset):
            wan_video_denoise = self.wan_video_denoise.to_dict()

        workflow_return: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_return, Unset):
            workflow_return = self.workflow_return.to_dict()

        workflow_return_get: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_return_get, Unset):
            workflow_return_get = self.workflow_return_get.to_dict()

        workflow_return_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_return_value, Unset):
            workflow_return_value = self.workflow_return_value.to_dict()

        z_image_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.z_image_control, Unset):
            z_image_control = self.z_image_control.to_dict()

        z_image_denoise: dict[str, Any] | Unset = UNSET
        if not isinstance(self.z_image_denoise, Unset):
            z_image_denoise = self.z_image_denoise.to_dict()

        z_image_denoise_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.z_image_denoise_meta, Unset):
            z_image_denoise_meta = self.z_image_denoise_meta.to_dict()

        z_image_i2l: dict[str, Any] | Unset = UNSET
        if not isinstance(self.z_image_i2l, Unset):
            z_image_i2l = self.z_image_i2l.to_dict()

        z_image_l2i: dict[str, Any] | Unset = UNSET
        if not isinstance(self.z_image_l2i, Unset):
            z_image_l2i = self.z_image_l2i.to_dict()

        z_image_lora_collection_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.z_image_lora_collection_loader, Unset):
            z_image_lora_collection_loader = self.z_image_lora_collection_loader.to_dict()

        z_image_lora_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.z_image_lora_loader, Unset):
            z_image_lora_loader = self.z_image_lora_loader.to_dict()

        z_image_model_loader: dict[str, Any] | Unset = UNSET
        if not isinstance(self.z_image_model_loader, Unset):
            z_image_model_loader = self.z_image_model_loader.to_dict()

        z_image_pid_decode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.z_image_pid_decode, Unset):
            z_image_pid_decode = self.z_image_pid_decode.to_dict()

        z_image_seed_variance_enhancer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.z_image_seed_variance_enhancer, Unset):
            z_image_seed_variance_enhancer = self.z_image_seed_variance_enhancer.to_dict()

        z_image_text_encoder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.z_image_text_encoder, Unset):
            z_image_text_encoder = self.z_image_text_encoder.to_dict()

        canny_image_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.canny_image_processor, Unset):
            canny_image_processor = self.canny_image_processor.to_dict()

        color_map_image_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color_map_image_processor, Unset):
            color_map_image_processor = self.color_map_image_processor.to_dict()

        content_shuffle_image_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content_shuffle_image_processor, Unset):
            content_shuffle_image_processor = self.content_shuffle_image_processor.to_dict()

        depth_anything_image_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.depth_anything_image_processor, Unset):
            depth_anything_image_processor = self.depth_anything_image_processor.to_dict()

        dw_openpose_image_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dw_openpose_image_processor, Unset):
            dw_openpose_image_processor = self.dw_openpose_image_processor.to_dict()

        hed_image_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hed_image_processor, Unset):
            hed_image_processor = self.hed_image_processor.to_dict()

        leres_image_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.leres_image_processor, Unset):
            leres_image_processor = self.leres_image_processor.to_dict()

        lineart_anime_image_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lineart_anime_image_processor, Unset):
            lineart_anime_image_processor = self.lineart_anime_image_processor.to_dict()

        lineart_image_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lineart_image_processor, Unset):
            lineart_image_processor = self.lineart_image_processor.to_dict()

        mediapipe_face_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mediapipe_face_processor, Unset):
            mediapipe_face_processor = self.mediapipe_face_processor.to_dict()

        midas_depth_image_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.midas_depth_image_processor, Unset):
            midas_depth_image_processor = self.midas_depth_image_processor.to_dict()

        mlsd_image_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mlsd_image_processor, Unset):
            mlsd_image_processor = self.mlsd_image_processor.to_dict()

        normalbae_image_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normalbae_image_processor, Unset):
            normalbae_image_processor = self.normalbae_image_processor.to_dict()

        pidi_image_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pidi_image_processor, Unset):
            pidi_image_processor = self.pidi_image_processor.to_dict()

        segment_anything_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment_anything_processor, Unset):
            segment_anything_processor = self.segment_anything_processor.to_dict()

        tile_image_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tile_image_processor, Unset):
            tile_image_processor = self.tile_image_processor.to_dict()

        zoe_depth_image_processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zoe_depth_image_processor, Unset):
            zoe_depth_image_processor = self.zoe_depth_image_processor.to_dict()

        step_param_easing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.step_param_easing, Unset):
            step_param_easing = self.step_param_easing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add": add,
                "alpha_mask_to_tensor": alpha_mask_to_tensor,
                "blank_image": blank_image,
                "boolean": boolean,
                "boolean_collection": boolean_collection,
                "bounding_box": bounding_box,
                "calculate_image_tiles": calculate_image_tiles,
                "calculate_image_tiles_even_split": calculate_image_tiles_even_split,
                "calculate_image_tiles_min_overlap": calculate_image_tiles_min_overlap,
                "canny_edge_detection": canny_edge_detection,
                "canvas_paste_back": canvas_paste_back,
                "canvas_v2_mask_and_crop": canvas_v2_mask_and_crop,
                "clip_skip": clip_skip,
                "collect": collect,
                "color": color,
                "color_correct": color_correct,
                "color_map": color_map,
                "compel": compel,
                "conditioning": conditioning,
                "conditioning_collection": conditioning_collection,
                "content_shuffle": content_shuffle,
                "controlnet": controlnet,
                "core_metadata": core_metadata,
                "create_denoise_mask": create_denoise_mask,
                "create_gradient_mask": create_gradient_mask,
                "crop_latents": crop_latents,
                "cv_inpaint": cv_inpaint,
                "denoise_latents": denoise_latents,
                "depth_anything_depth_estimation": depth_anything_depth_estimation,
                "div": div,
                "dw_openpose_detection": dw_openpose_detection,
                "dynamic_prompt": dynamic_prompt,
                "esrgan": esrgan,
                "face_identifier": face_identifier,
                "face_mask_detection": face_mask_detection,
                "face_off": face_off,
                "float": float_,
                "float_collection": float_collection,
                "float_math": float_math,
                "float_range": float_range,
                "float_to_int": float_to_int,
                "flux_denoise": flux_denoise,
                "flux_lora_collection_loader": flux_lora_collection_loader,
                "flux_lora_loader": flux_lora_loader,
                "flux_model_loader": flux_model_loader,
                "flux_text_encoder": flux_text_encoder,
                "flux_vae_decode": flux_vae_decode,
                "flux_vae_encode": flux_vae_encode,
                "freeu": freeu,
                "grounding_dino": grounding_dino,
                "hed_edge_detection": hed_edge_detection,
                "heuristic_resize": heuristic_resize,
                "i2l": i2l,
                "ideal_size": ideal_size,
                "image": image,
                "image_collection": image_collection,
                "image_mask_to_tensor": image_mask_to_tensor,
                "img_blur": img_blur,
                "img_chan": img_chan,
                "img_channel_multiply": img_channel_multiply,
                "img_channel_offset": img_channel_offset,
                "img_conv": img_conv,
                "img_crop": img_crop,
                "img_hue_adjust": img_hue_adjust,
                "img_ilerp": img_ilerp,
                "img_lerp": img_lerp,
                "img_mul": img_mul,
                "img_nsfw": img_nsfw,
                "img_pad_crop": img_pad_crop,
                "img_paste": img_paste,
                "img_resize": img_resize,
                "img_scale": img_scale,
                "img_watermark": img_watermark,
                "infill_cv2": infill_cv2,
                "infill_lama": infill_lama,
                "infill_patchmatch": infill_patchmatch,
                "infill_rgba": infill_rgba,
                "infill_tile": infill_tile,
                "integer": integer,
                "integer_collection": integer_collection,
                "integer_math": integer_math,
                "invert_tensor_mask": invert_tensor_mask,
                "ip_adapter": ip_adapter,
                "iterate": iterate,
                "l2i": l2i,
                "latents": latents,
                "latents_collection": latents_collection,
                "lblend": lblend,
                "lineart_anime_edge_detection": lineart_anime_edge_detection,
                "lineart_edge_detection": lineart_edge_detection,
                "lora_collection_loader": lora_collection_loader,
                "lora_loader": lora_loader,
                "lora_selector": lora_selector,
                "lresize": lresize,
                "lscale": lscale,
                "main_model_loader": main_model_loader,
                "mask_combine": mask_combine,
                "mask_edge": mask_edge,
                "mask_from_id": mask_from_id,
                "mediapipe_face_detection": mediapipe_face_detection,
                "merge_metadata": merge_metadata,
                "merge_tiles_to_image": merge_tiles_to_image,
                "metadata": metadata,
                "metadata_item": metadata_item,
                "mlsd_detection": mlsd_detection,
                "model_identifier": model_identifier,
                "mul": mul,
                "noise": noise,
                "normal_map": normal_map,
                "pair_tile_image": pair_tile_image,
                "pidi_edge_detection": pidi_edge_detection,
                "prompt_from_file": prompt_from_file,
                "rand_float": rand_float,
                "rand_int": rand_int,
                "random_range": random_range,
                "range": range_,
                "range_of_size": range_of_size,
                "rectangle_mask": rectangle_mask,
                "round_float": round_float,
                "save_image": save_image,
                "scheduler": scheduler,
                "sdxl_compel_prompt": sdxl_compel_prompt,
                "sdxl_lora_collection_loader": sdxl_lora_collection_loader,
                "sdxl_lora_loader": sdxl_lora_loader,
                "sdxl_model_loader": sdxl_model_loader,
                "sdxl_refiner_compel_prompt": sdxl_refiner_compel_prompt,
                "sdxl_refiner_model_loader": sdxl_refiner_model_loader,
                "seamless": seamless,
                "segment_anything": segment_anything,
                "show_image": show_image,
                "spandrel_image_to_image": spandrel_image_to_image,
                "spandrel_image_to_image_autoscale": spandrel_image_to_image_autoscale,
                "string": string,
                "string_collection": string_collection,
                "string_join": string_join,
                "string_join_three": string_join_three,
                "string_replace": string_replace,
                "string_split": string_split,
                "string_split_neg": string_split_neg,
                "sub": sub,
                "t2i_adapter": t2i_adapter,
                "tensor_mask_to_image": tensor_mask_to_image,
                "tile_to_properties": tile_to_properties,
                "tiled_multi_diffusion_denoise_latents": tiled_multi_diffusion_denoise_latents,
                "tomask": tomask,
                "unsharp_mask": unsharp_mask,
                "vae_loader": vae_loader,
            }
        )
        if alibabacloud_image_generation is not UNSET:
            field_dict["alibabacloud_image_generation"] = alibabacloud_image_generation
        if anima_denoise is not UNSET:
            field_dict["anima_denoise"] = anima_denoise
        if anima_denoise_meta is not UNSET:
            field_dict["anima_denoise_meta"] = anima_denoise_meta
        if anima_i2l is not UNSET:
            field_dict["anima_i2l"] = anima_i2l
        if anima_l2i is not UNSET:
            field_dict["anima_l2i"] = anima_l2i
        if anima_lllite is not UNSET:
            field_dict["anima_lllite"] = anima_lllite
        if anima_lora_collection_loader is not UNSET:
            field_dict["anima_lora_collection_loader"] = anima_lora_collection_loader
        if anima_lora_loader is not UNSET:
            field_dict["anima_lora_loader"] = anima_lora_loader
        if anima_model_loader is not UNSET:
            field_dict["anima_model_loader"] = anima_model_loader
        if anima_text_encoder is not UNSET:
            field_dict["anima_text_encoder"] = anima_text_encoder
        if apply_mask_to_image is not UNSET:
            field_dict["apply_mask_to_image"] = apply_mask_to_image
        if apply_tensor_mask_to_image is not UNSET:
            field_dict["apply_tensor_mask_to_image"] = apply_tensor_mask_to_image
        if call_saved_workflow is not UNSET:
            field_dict["call_saved_workflow"] = call_saved_workflow
        if canvas_output is not UNSET:
            field_dict["canvas_output"] = canvas_output
        if cogview4_denoise is not UNSET:
            field_dict["cogview4_denoise"] = cogview4_denoise
        if cogview4_i2l is not UNSET:
            field_dict["cogview4_i2l"] = cogview4_i2l
        if cogview4_l2i is not UNSET:
            field_dict["cogview4_l2i"] = cogview4_l2i
        if cogview4_model_loader is not UNSET:
            field_dict["cogview4_model_loader"] = cogview4_model_loader
        if cogview4_text_encoder is not UNSET:
            field_dict["cogview4_text_encoder"] = cogview4_text_encoder
        if crop_image_to_bounding_box is not UNSET:
            field_dict["crop_image_to_bounding_box"] = crop_image_to_bounding_box
        if decode_watermark is not UNSET:
            field_dict["decode_watermark"] = decode_watermark
        if denoise_latents_meta is not UNSET:
            field_dict["denoise_latents_meta"] = denoise_latents_meta
        if ernie_image_denoise is not UNSET:
            field_dict["ernie_image_denoise"] = ernie_image_denoise
        if ernie_image_model_loader is not UNSET:
            field_dict["ernie_image_model_loader"] = ernie_image_model_loader
        if ernie_image_prompt_enhancer is not UNSET:
            field_dict["ernie_image_prompt_enhancer"] = ernie_image_prompt_enhancer
        if ernie_image_text_encoder is not UNSET:
            field_dict["ernie_image_text_encoder"] = ernie_image_text_encoder
        if ernie_image_vae_decode is not UNSET:
            field_dict["ernie_image_vae_decode"] = ernie_image_vae_decode
        if expand_mask_with_fade is not UNSET:
            field_dict["expand_mask_with_fade"] = expand_mask_with_fade
        if extract_video_range is not UNSET:
            field_dict["extract_video_range"] = extract_video_range
        if float_batch is not UNSET:
            field_dict["float_batch"] = float_batch
        if float_generator is not UNSET:
            field_dict["float_generator"] = float_generator
        if flux2_denoise is not UNSET:
            field_dict["flux2_denoise"] = flux2_denoise
        if flux2_dev_lora_collection_loader is not UNSET:
            field_dict["flux2_dev_lora_collection_loader"] = flux2_dev_lora_collection_loader
        if flux2_dev_lora_loader is not UNSET:
            field_dict["flux2_dev_lora_loader"] = flux2_dev_lora_loader
        if flux2_dev_model_loader is not UNSET:
            field_dict["flux2_dev_model_loader"] = flux2_dev_model_loader
        if flux2_dev_text_encoder is not UNSET:
            field_dict["flux2_dev_text_encoder"] = flux2_dev_text_encoder
        if flux2_klein_lora_collection_loader is not UNSET:
            field_dict["flux2_klein_lora_collection_loader"] = flux2_klein_lora_collection_loader
        if flux2_klein_lora_loader is not UNSET:
            field_dict["flux2_klein_lora_loader"] = flux2_klein_lora_loader
        if flux2_klein_model_loader is not UNSET:
            field_dict["flux2_klein_model_loader"] = flux2_klein_model_loader
        if flux2_klein_text_encoder is not UNSET:
            field_dict["flux2_klein_text_encoder"] = flux2_klein_text_encoder
        if flux2_pid_decode is not UNSET:
            field_dict["flux2_pid_decode"] = flux2_pid_decode
        if flux2_vae_decode is not UNSET:
            field_dict["flux2_vae_decode"] = flux2_vae_decode
        if flux2_vae_encode is not UNSET:
            field_dict["flux2_vae_encode"] = flux2_vae_encode
        if flux_control_lora_loader is not UNSET:
            field_dict["flux_control_lora_loader"] = flux_control_lora_loader
        if flux_controlnet is not UNSET:
            field_dict["flux_controlnet"] = flux_controlnet
        if flux_denoise_meta is not UNSET:
            field_dict["flux_denoise_meta"] = flux_denoise_meta
        if flux_fill is not UNSET:
            field_dict["flux_fill"] = flux_fill
        if flux_ip_adapter is not UNSET:
            field_dict["flux_ip_adapter"] = flux_ip_adapter
        if flux_kontext is not UNSET:
            field_dict["flux_kontext"] = flux_kontext
        if flux_kontext_image_prep is not UNSET:
            field_dict["flux_kontext_image_prep"] = flux_kontext_image_prep
        if flux_pid_decode is not UNSET:
            field_dict["flux_pid_decode"] = flux_pid_decode
        if flux_redux is not UNSET:
            field_dict["flux_redux"] = flux_redux
        if gemini_image_generation is not UNSET:
            field_dict["gemini_image_generation"] = gemini_image_generation
        if gemma2_encoder_loader is not UNSET:
            field_dict["gemma2_encoder_loader"] = gemma2_encoder_loader
        if get_image_mask_bounding_box is not UNSET:
            field_dict["get_image_mask_bounding_box"] = get_image_mask_bounding_box
        if ideogram4_caption_builder is not UNSET:
            field_dict["ideogram4_caption_builder"] = ideogram4_caption_builder
        if ideogram4_denoise is not UNSET:
            field_dict["ideogram4_denoise"] = ideogram4_denoise
        if ideogram4_l2i is not UNSET:
            field_dict["ideogram4_l2i"] = ideogram4_l2i
        if ideogram4_model_loader is not UNSET:
            field_dict["ideogram4_model_loader"] = ideogram4_model_loader
        if ideogram4_text_encoder is not UNSET:
            field_dict["ideogram4_text_encoder"] = ideogram4_text_encoder
        if if_ is not UNSET:
            field_dict["if"] = if_
        if image_batch is not UNSET:
            field_dict["image_batch"] = image_batch
        if image_generator is not UNSET:
            field_dict["image_generator"] = image_generator
        if image_panel_layout is not UNSET:
            field_dict["image_panel_layout"] = image_panel_layout
        if img_hue_adjust_oklch is not UNSET:
            field_dict["img_hue_adjust_oklch"] = img_hue_adjust_oklch
        if img_noise is not UNSET:
            field_dict["img_noise"] = img_noise
        if integer_batch is not UNSET:
            field_dict["integer_batch"] = integer_batch
        if integer_generator is not UNSET:
            field_dict["integer_generator"] = integer_generator
        if invokeai_ealightness is not UNSET:
            field_dict["invokeai_ealightness"] = invokeai_ealightness
        if invokeai_img_blend is not UNSET:
            field_dict["invokeai_img_blend"] = invokeai_img_blend
        if invokeai_img_composite is not UNSET:
            field_dict["invokeai_img_composite"] = invokeai_img_composite
        if invokeai_img_dilate_erode is not UNSET:
            field_dict["invokeai_img_dilate_erode"] = invokeai_img_dilate_erode
        if invokeai_img_enhance is not UNSET:
            field_dict["invokeai_img_enhance"] = invokeai_img_enhance
        if invokeai_img_hue_adjust_plus is not UNSET:
            field_dict["invokeai_img_hue_adjust_plus"] = invokeai_img_hue_adjust_plus
        if invokeai_img_val_thresholds is not UNSET:
            field_dict["invokeai_img_val_thresholds"] = invokeai_img_val_thresholds
        if krea2_conditioning_rebalance is not UNSET:
            field_dict["krea2_conditioning_rebalance"] = krea2_conditioning_rebalance
        if krea2_denoise is not UNSET:
            field_dict["krea2_denoise"] = krea2_denoise
        if krea2_lora_collection_loader is not UNSET:
            field_dict["krea2_lora_collection_loader"] = krea2_lora_collection_loader
        if krea2_lora_loader is not UNSET:
            field_dict["krea2_lora_loader"] = krea2_lora_loader
        if krea2_model_loader is not UNSET:
            field_dict["krea2_model_loader"] = krea2_model_loader
        if krea2_seed_variance is not UNSET:
            field_dict["krea2_seed_variance"] = krea2_seed_variance
        if krea2_style_reference is not UNSET:
            field_dict["krea2_style_reference"] = krea2_style_reference
        if krea2_text_encoder is not UNSET:
            field_dict["krea2_text_encoder"] = krea2_text_encoder
        if llava_onevision_vllm is not UNSET:
            field_dict["llava_onevision_vllm"] = llava_onevision_vllm
        if metadata_field_extractor is not UNSET:
            field_dict["metadata_field_extractor"] = metadata_field_extractor
        if metadata_from_image is not UNSET:
            field_dict["metadata_from_image"] = metadata_from_image
        if metadata_item_linked is not UNSET:
            field_dict["metadata_item_linked"] = metadata_item_linked
        if metadata_to_bool is not UNSET:
            field_dict["metadata_to_bool"] = metadata_to_bool
        if metadata_to_bool_collection is not UNSET:
            field_dict["metadata_to_bool_collection"] = metadata_to_bool_collection
        if metadata_to_controlnets is not UNSET:
            field_dict["metadata_to_controlnets"] = metadata_to_controlnets
        if metadata_to_float is not UNSET:
            field_dict["metadata_to_float"] = metadata_to_float
        if metadata_to_float_collection is not UNSET:
            field_dict["metadata_to_float_collection"] = metadata_to_float_collection
        if metadata_to_integer is not UNSET:
            field_dict["metadata_to_integer"] = metadata_to_integer
        if metadata_to_integer_collection is not UNSET:
            field_dict["metadata_to_integer_collection"] = metadata_to_integer_collection
        if metadata_to_ip_adapters is not UNSET:
            field_dict["metadata_to_ip_adapters"] = metadata_to_ip_adapters
        if metadata_to_lora_collection is not UNSET:
            field_dict["metadata_to_lora_collection"] = metadata_to_lora_collection
        if metadata_to_loras is not UNSET:
            field_dict["metadata_to_loras"] = metadata_to_loras
        if metadata_to_model is not UNSET:
            field_dict["metadata_to_model"] = metadata_to_model
        if metadata_to_scheduler is not UNSET:
            field_dict["metadata_to_scheduler"] = metadata_to_scheduler
        if metadata_to_sdlx_loras is not UNSET:
            field_dict["metadata_to_sdlx_loras"] = metadata_to_sdlx_loras
        if metadata_to_sdxl_model is not UNSET:
            field_dict["metadata_to_sdxl_model"] = metadata_to_sdxl_model
        if metadata_to_string is not UNSET:
            field_dict["metadata_to_string"] = metadata_to_string
        if metadata_to_string_collection is not UNSET:
            field_dict["metadata_to_string_collection"] = metadata_to_string_collection
        if metadata_to_t2i_adapters is not UNSET:
            field_dict["metadata_to_t2i_adapters"] = metadata_to_t2i_adapters
        if metadata_to_vae is not UNSET:
            field_dict["metadata_to_vae"] = metadata_to_vae
        if openai_image_generation is not UNSET:
            field_dict["openai_image_generation"] = openai_image_generation
        if paste_image_into_bounding_box is not UNSET:
            field_dict["paste_image_into_bounding_box"] = paste_image_into_bounding_box
        if pbr_maps is not UNSET:
            field_dict["pbr_maps"] = pbr_maps
        if pid_decoder_loader is not UNSET:
            field_dict["pid_decoder_loader"] = pid_decoder_loader
        if pid_upscale is not UNSET:
            field_dict["pid_upscale"] = pid_upscale
        if prompt_template is not UNSET:
            field_dict["prompt_template"] = prompt_template
        if qwen_image_denoise is not UNSET:
            field_dict["qwen_image_denoise"] = qwen_image_denoise
        if qwen_image_i2l is not UNSET:
            field_dict["qwen_image_i2l"] = qwen_image_i2l
        if qwen_image_l2i is not UNSET:
            field_dict["qwen_image_l2i"] = qwen_image_l2i
        if qwen_image_lora_collection_loader is not UNSET:
            field_dict["qwen_image_lora_collection_loader"] = qwen_image_lora_collection_loader
        if qwen_image_lora_loader is not UNSET:
            field_dict["qwen_image_lora_loader"] = qwen_image_lora_loader
        if qwen_image_model_loader is not UNSET:
            field_dict["qwen_image_model_loader"] = qwen_image_model_loader
        if qwen_image_pid_decode is not UNSET:
            field_dict["qwen_image_pid_decode"] = qwen_image_pid_decode
        if qwen_image_text_encoder is not UNSET:
            field_dict["qwen_image_text_encoder"] = qwen_image_text_encoder
        if save_image_to_file is not UNSET:
            field_dict["save_image_to_file"] = save_image_to_file
        if sd3_denoise is not UNSET:
            field_dict["sd3_denoise"] = sd3_denoise
        if sd3_i2l is not UNSET:
            field_dict["sd3_i2l"] = sd3_i2l
        if sd3_l2i is not UNSET:
            field_dict["sd3_l2i"] = sd3_l2i
        if sd3_model_loader is not UNSET:
            field_dict["sd3_model_loader"] = sd3_model_loader
        if sd3_pid_decode is not UNSET:
            field_dict["sd3_pid_decode"] = sd3_pid_decode
        if sd3_text_encoder is not UNSET:
            field_dict["sd3_text_encoder"] = sd3_text_encoder
        if sdxl_pid_decode is not UNSET:
            field_dict["sdxl_pid_decode"] = sdxl_pid_decode
        if seedream_image_generation is not UNSET:
            field_dict["seedream_image_generation"] = seedream_image_generation
        if string_batch is not UNSET:
            field_dict["string_batch"] = string_batch
        if string_generator is not UNSET:
            field_dict["string_generator"] = string_generator
        if text_llm is not UNSET:
            field_dict["text_llm"] = text_llm
        if text_llm_with_preset is not UNSET:
            field_dict["text_llm_with_preset"] = text_llm_with_preset
        if unsharp_mask_oklab is not UNSET:
            field_dict["unsharp_mask_oklab"] = unsharp_mask_oklab
        if video is not UNSET:
            field_dict["video"] = video
        if video_concat is not UNSET:
            field_dict["video_concat"] = video_concat
        if video_frame_extract is not UNSET:
            field_dict["video_frame_extract"] = video_frame_extract
        if wan_denoise is not UNSET:
            field_dict["wan_denoise"] = wan_denoise
        if wan_i2l is not UNSET:
            field_dict["wan_i2l"] = wan_i2l
        if wan_i2v_ideal_dimensions is not UNSET:
            field_dict["wan_i2v_ideal_dimensions"] = wan_i2v_ideal_dimensions
        if wan_l2i is not UNSET:
            field_dict["wan_l2i"] = wan_l2i
        if wan_l2v is not UNSET:
            field_dict["wan_l2v"] = wan_l2v
        if wan_lora_collection_loader is not UNSET:
            field_dict["wan_lora_collection_loader"] = wan_lora_collection_loader
        if wan_lora_loader is not UNSET:
            field_dict["wan_lora_loader"] = wan_lora_loader
        if wan_model_loader is not UNSET:
            field_dict["wan_model_loader"] = wan_model_loader
        if wan_ref_image_encoder is not UNSET:
            field_dict["wan_ref_image_encoder"] = wan_ref_image_encoder
        if wan_text_encoder is not UNSET:
            field_dict["wan_text_encoder"] = wan_text_encoder
        if wan_ti2v_ideal_dimensions is not UNSET:
            field_dict["wan_ti2v_ideal_dimensions"] = wan_ti2v_ideal_dimensions
        if wan_video_denoise is not UNSET:
            field_dict["wan_video_denoise"] = wan_video_denoise
        if workflow_return is not UNSET:
            field_dict["workflow_return"] = workflow_return
        if workflow_return_get is not UNSET:
            field_dict["workflow_return_get"] = workflow_return_get
        if workflow_return_value is not UNSET:
            field_dict["workflow_return_value"] = workflow_return_value
        if z_image_control is not UNSET:
            field_dict["z_image_control"] = z_image_control
        if z_image_denoise is not UNSET:
            field_dict["z_image_denoise"] = z_image_denoise
        if z_image_denoise_meta is not UNSET:
            field_dict["z_image_denoise_meta"] = z_image_denoise_meta
        if z_image_i2l is not UNSET:
            field_dict["z_image_i2l"] = z_image_i2l
        if z_image_l2i is not UNSET:
            field_dict["z_image_l2i"] = z_image_l2i
        if z_image_lora_collection_loader is not UNSET:
            field_dict["z_image_lora_collection_loader"] = z_image_lora_collection_loader
        if z_image_lora_loader is not UNSET:
            field_dict["z_image_lora_loader"] = z_image_lora_loader
        if z_image_model_loader is not UNSET:
            field_dict["z_image_model_loader"] = z_image_model_loader
        if z_image_pid_decode is not UNSET:
            field_dict["z_image_pid_decode"] = z_image_pid_decode
        if z_image_seed_variance_enhancer is not UNSET:
            field_dict["z_image_seed_variance_enhancer"] = z_image_seed_variance_enhancer
        if z_image_text_encoder is not UNSET:
            field_dict["z_image_text_encoder"] = z_image_text_encoder
        if canny_image_processor is not UNSET:
            field_dict["canny_image_processor"] = canny_image_processor
        if color_map_image_processor is not UNSET:
            field_dict["color_map_image_processor"] = color_map_image_processor
        if content_shuffle_image_processor is not UNSET:
            field_dict["content_shuffle_image_processor"] = content_shuffle_image_processor
        if depth_anything_image_processor is not UNSET:
            field_dict["depth_anything_image_processor"] = depth_anything_image_processor
        if dw_openpose_image_processor is not UNSET:
            field_dict["dw_openpose_image_processor"] = dw_openpose_image_processor
        if hed_image_processor is not UNSET:
            field_dict["hed_image_processor"] = hed_image_processor
        if leres_image_processor is not UNSET:
            field_dict["leres_image_processor"] = leres_image_processor
        if lineart_anime_image_processor is not UNSET:
            field_dict["lineart_anime_image_processor"] = lineart_anime_image_processor
        if lineart_image_processor is not UNSET:
            field_dict["lineart_image_processor"] = lineart_image_processor
        if mediapipe_face_processor is not UNSET:
            field_dict["mediapipe_face_processor"] = mediapipe_face_processor
        if midas_depth_image_processor is not UNSET:
            field_dict["midas_depth_image_processor"] = midas_depth_image_processor
        if mlsd_image_processor is not UNSET:
            field_dict["mlsd_image_processor"] = mlsd_image_processor
        if normalbae_image_processor is not UNSET:
            field_dict["normalbae_image_processor"] = normalbae_image_processor
        if pidi_image_processor is not UNSET:
            field_dict["pidi_image_processor"] = pidi_image_processor
        if segment_anything_processor is not UNSET:
            field_dict["segment_anything_processor"] = segment_anything_processor
        if tile_image_processor is not UNSET:
            field_dict["tile_image_processor"] = tile_image_processor
        if zoe_depth_image_processor is not UNSET:
            field_dict["zoe_depth_image_processor"] = zoe_depth_image_processor
        if step_param_easing is not UNSET:
            field_dict["step_param_easing"] = step_param_easing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
            CLIPSkipInvocationOutput,
            CogView4ConditioningOutput,
            CogView4ModelLoaderOutput,
            CollectInvocationOutput,
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
        ) = _parse_imports()
        d = dict(src_dict)
        add = IntegerOutput.from_dict(d.pop("add"))

        alpha_mask_to_tensor = MaskOutput.from_dict(d.pop("alpha_mask_to_tensor"))

        blank_image = ImageOutput.from_dict(d.pop("blank_image"))

        boolean = BooleanOutput.from_dict(d.pop("boolean"))

        boolean_collection = BooleanCollectionOutput.from_dict(d.pop("boolean_collection"))

        bounding_box = BoundingBoxOutput.from_dict(d.pop("bounding_box"))

        calculate_image_tiles = CalculateImageTilesOutput.from_dict(d.pop("calculate_image_tiles"))

        calculate_image_tiles_even_split = CalculateImageTilesOutput.from_dict(
            d.pop("calculate_image_tiles_even_split")
        )

        calculate_image_tiles_min_overlap = CalculateImageTilesOutput.from_dict(
            d.pop("calculate_image_tiles_min_overlap")
        )

        canny_edge_detection = ImageOutput.from_dict(d.pop("canny_edge_detection"))

        canvas_paste_back = ImageOutput.from_dict(d.pop("canvas_paste_back"))

        canvas_v2_mask_and_crop = ImageOutput.from_dict(d.pop("canvas_v2_mask_and_crop"))

        clip_skip = CLIPSkipInvocationOutput.from_dict(d.pop("clip_skip"))

        collect = CollectInvocationOutput.from_dict(d.pop("collect"))

        color = ColorOutput.from_dict(d.pop("color"))

        color_correct = ImageOutput.from_dict(d.pop("color_correct"))

        color_map = ImageOutput.from_dict(d.pop("color_map"))

        compel = ConditioningOutput.from_dict(d.pop("compel"))

        conditioning = ConditioningOutput.from_dict(d.pop("conditioning"))

        conditioning_collection = ConditioningCollectionOutput.from_dict(d.pop("conditioning_collection"))

        content_shuffle = ImageOutput.from_dict(d.pop("content_shuffle"))

        controlnet = ControlOutput.from_dict(d.pop("controlnet"))

        core_metadata = MetadataOutput.from_dict(d.pop("core_metadata"))

        create_denoise_mask = DenoiseMaskOutput.from_dict(d.pop("create_denoise_mask"))

        create_gradient_mask = GradientMaskOutput.from_dict(d.pop("create_gradient_mask"))

        crop_latents = LatentsOutput.from_dict(d.pop("crop_latents"))

        cv_inpaint = ImageOutput.from_dict(d.pop("cv_inpaint"))

        denoise_latents = LatentsOutput.from_dict(d.pop("denoise_latents"))

        depth_anything_depth_estimation = ImageOutput.from_dict(d.pop("depth_anything_depth_estimation"))

        div = IntegerOutput.from_dict(d.pop("div"))

        dw_openpose_detection = ImageOutput.from_dict(d.pop("dw_openpose_detection"))

        dynamic_prompt = StringCollectionOutput.from_dict(d.pop("dynamic_prompt"))

        esrgan = ImageOutput.from_dict(d.pop("esrgan"))

        face_identifier = ImageOutput.from_dict(d.pop("face_identifier"))

        face_mask_detection = FaceMaskOutput.from_dict(d.pop("face_mask_detection"))

        face_off = FaceOffOutput.from_dict(d.pop("face_off"))

        float_ = FloatOutput.from_dict(d.pop("float"))

        float_collection = FloatCollectionOutput.from_dict(d.pop("float_collection"))

        float_math = FloatOutput.from_dict(d.pop("float_math"))

        float_range = FloatCollectionOutput.from_dict(d.pop("float_range"))

        float_to_int = IntegerOutput.from_dict(d.pop("float_to_int"))

        flux_denoise = LatentsOutput.from_dict(d.pop("flux_denoise"))

        flux_lora_collection_loader = FluxLoRALoaderOutput.from_dict(d.pop("flux_lora_collection_loader"))

        flux_lora_loader = FluxLoRALoaderOutput.from_dict(d.pop("flux_lora_loader"))

        flux_model_loader = FluxModelLoaderOutput.from_dict(d.pop("flux_model_loader"))

        flux_text_encoder = FluxConditioningOutput.from_dict(d.pop("flux_text_encoder"))

        flux_vae_decode = ImageOutput.from_dict(d.pop("flux_vae_decode"))

        flux_vae_encode = LatentsOutput.from_dict(d.pop("flux_vae_encode"))

        freeu = UNetOutput.from_dict(d.pop("freeu"))

        grounding_dino = BoundingBoxCollectionOutput.from_dict(d.pop("grounding_dino"))

        hed_edge_detection = ImageOutput.from_dict(d.pop("hed_edge_detection"))

        heuristic_resize = ImageOutput.from_dict(d.pop("heuristic_resize"))

        i2l = LatentsOutput.from_dict(d.pop("i2l"))

        ideal_size = IdealSizeOutput.from_dict(d.pop("ideal_size"))

        image = ImageOutput.from_dict(d.pop("image"))

        image_collection = ImageCollectionOutput.from_dict(d.pop("image_collection"))

        image_mask_to_tensor = MaskOutput.from_dict(d.pop("image_mask_to_tensor"))

        img_blur = ImageOutput.from_dict(d.pop("img_blur"))

        img_chan = ImageOutput.from_dict(d.pop("img_chan"))

        img_channel_multiply = ImageOutput.from_dict(d.pop("img_channel_multiply"))

        img_channel_offset = ImageOutput.from_dict(d.pop("img_channel_offset"))

        img_conv = ImageOutput.from_dict(d.pop("img_conv"))

        img_crop = ImageOutput.from_dict(d.pop("img_crop"))

        img_hue_adjust = ImageOutput.from_dict(d.pop("img_hue_adjust"))

        img_ilerp = ImageOutput.from_dict(d.pop("img_ilerp"))

        img_lerp = ImageOutput.from_dict(d.pop("img_lerp"))

        img_mul = ImageOutput.from_dict(d.pop("img_mul"))

        img_nsfw = ImageOutput.from_dict(d.pop("img_nsfw"))

        img_pad_crop = ImageOutput.from_dict(d.pop("img_pad_crop"))

        img_paste = ImageOutput.from_dict(d.pop("img_paste"))

        img_resize = ImageOutput.from_dict(d.pop("img_resize"))

        img_scale = ImageOutput.from_dict(d.pop("img_scale"))

        img_watermark = ImageOutput.from_dict(d.pop("img_watermark"))

        infill_cv2 = ImageOutput.from_dict(d.pop("infill_cv2"))

        infill_lama = ImageOutput.from_dict(d.pop("infill_lama"))

        infill_patchmatch = ImageOutput.from_dict(d.pop("infill_patchmatch"))

        infill_rgba = ImageOutput.from_dict(d.pop("infill_rgba"))

        infill_tile = ImageOutput.from_dict(d.pop("infill_tile"))

        integer = IntegerOutput.from_dict(d.pop("integer"))

        integer_collection = IntegerCollectionOutput.from_dict(d.pop("integer_collection"))

        integer_math = IntegerOutput.from_dict(d.pop("integer_math"))

        invert_tensor_mask = MaskOutput.from_dict(d.pop("invert_tensor_mask"))

        ip_adapter = IPAdapterOutput.from_dict(d.pop("ip_adapter"))

        iterate = IterateInvocationOutput.from_dict(d.pop("iterate"))

        l2i = ImageOutput.from_dict(d.pop("l2i"))

        latents = LatentsOutput.from_dict(d.pop("latents"))

        latents_collection = LatentsCollectionOutput.from_dict(d.pop("latents_collection"))

        lblend = LatentsOutput.from_dict(d.pop("lblend"))

        lineart_anime_edge_detection = ImageOutput.from_dict(d.pop("lineart_anime_edge_detection"))

        lineart_edge_detection = ImageOutput.from_dict(d.pop("lineart_edge_detection"))

        lora_collection_loader = LoRALoaderOutput.from_dict(d.pop("lora_collection_loader"))

        lora_loader = LoRALoaderOutput.from_dict(d.pop("lora_loader"))

        lora_selector = LoRASelectorOutput.from_dict(d.pop("lora_selector"))

        lresize = LatentsOutput.from_dict(d.pop("lresize"))

        lscale = LatentsOutput.from_dict(d.pop("lscale"))

        main_model_loader = ModelLoaderOutput.from_dict(d.pop("main_model_loader"))

        mask_combine = ImageOutput.from_dict(d.pop("mask_combine"))

        mask_edge = ImageOutput.from_dict(d.pop("mask_edge"))

        mask_from_id = ImageOutput.from_dict(d.pop("mask_from_id"))

        mediapipe_face_detection = ImageOutput.from_dict(d.pop("mediapipe_face_detection"))

        merge_metadata = MetadataOutput.from_dict(d.pop("merge_metadata"))

        merge_tiles_to_image = ImageOutput.from_dict(d.pop("merge_tiles_to_image"))

        metadata = MetadataOutput.from_dict(d.pop("metadata"))

        metadata_item = MetadataItemOutput.from_dict(d.pop("metadata_item"))

        mlsd_detection = ImageOutput.from_dict(d.pop("mlsd_detection"))

        model_identifier = ModelIdentifierOutput.from_dict(d.pop("model_identifier"))

        mul = IntegerOutput.from_dict(d.pop("mul"))

        noise = NoiseOutput.from_dict(d.pop("noise"))

        normal_map = ImageOutput.from_dict(d.pop("normal_map"))

        pair_tile_image = PairTileImageOutput.from_dict(d.pop("pair_tile_image"))

        pidi_edge_detection = ImageOutput.from_dict(d.pop("pidi_edge_detection"))

        prompt_from_file = StringCollectionOutput.from_dict(d.pop("prompt_from_file"))

        rand_float = FloatOutput.from_dict(d.pop("rand_float"))

        rand_int = IntegerOutput.from_dict(d.pop("rand_int"))

        random_range = IntegerCollectionOutput.from_dict(d.pop("random_range"))

        range_ = IntegerCollectionOutput.from_dict(d.pop("range"))

        range_of_size = IntegerCollectionOutput.from_dict(d.pop("range_of_size"))

        rectangle_mask = MaskOutput.from_dict(d.pop("rectangle_mask"))

        round_float = FloatOutput.from_dict(d.pop("round_float"))

        save_image = ImageOutput.from_dict(d.pop("save_image"))

        scheduler = SchedulerOutput.from_dict(d.pop("scheduler"))

        sdxl_compel_prompt = ConditioningOutput.from_dict(d.pop("sdxl_compel_prompt"))

        sdxl_lora_collection_loader = SDXLLoRALoaderOutput.from_dict(d.pop("sdxl_lora_collection_loader"))

        sdxl_lora_loader = SDXLLoRALoaderOutput.from_dict(d.pop("sdxl_lora_loader"))

        sdxl_model_loader = SDXLModelLoaderOutput.from_dict(d.pop("sdxl_model_loader"))

        sdxl_refiner_compel_prompt = ConditioningOutput.from_dict(d.pop("sdxl_refiner_compel_prompt"))

        sdxl_refiner_model_loader = SDXLRefinerModelLoaderOutput.from_dict(d.pop("sdxl_refiner_model_loader"))

        seamless = SeamlessModeOutput.from_dict(d.pop("seamless"))

        segment_anything = MaskOutput.from_dict(d.pop("segment_anything"))

        show_image = ImageOutput.from_dict(d.pop("show_image"))

        spandrel_image_to_image = ImageOutput.from_dict(d.pop("spandrel_image_to_image"))

        spandrel_image_to_image_autoscale = ImageOutput.from_dict(d.pop("spandrel_image_to_image_autoscale"))

        string = StringOutput.from_dict(d.pop("string"))

        string_collection = StringCollectionOutput.from_dict(d.pop("string_collection"))

        string_join = StringOutput.from_dict(d.pop("string_join"))

        string_join_three = StringOutput.from_dict(d.pop("string_join_three"))

        string_replace = StringOutput.from_dict(d.pop("string_replace"))

        string_split = String2Output.from_dict(d.pop("string_split"))

        string_split_neg = StringPosNegOutput.from_dict(d.pop("string_split_neg"))

        sub = IntegerOutput.from_dict(d.pop("sub"))

        t2i_adapter = T2IAdapterOutput.from_dict(d.pop("t2i_adapter"))

        tensor_mask_to_image = ImageOutput.from_dict(d.pop("tensor_mask_to_image"))

        tile_to_properties = TileToPropertiesOutput.from_dict(d.pop("tile_to_properties"))

        tiled_multi_diffusion_denoise_latents = LatentsOutput.from_dict(d.pop("tiled_multi_diffusion_denoise_latents"))

        tomask = ImageOutput.from_dict(d.pop("tomask"))

        unsharp_mask = ImageOutput.from_dict(d.pop("unsharp_mask"))

        vae_loader = VAEOutput.from_dict(d.pop("vae_loader"))

        _alibabacloud_image_generation = d.pop("alibabacloud_image_generation", UNSET)
        alibabacloud_image_generation: ImageCollectionOutput | Unset
        if isinstance(_alibabacloud_image_generation, Unset):
            alibabacloud_image_generation = UNSET
        else:
            alibabacloud_image_generation = ImageCollectionOutput.from_dict(_alibabacloud_image_generation)

        _anima_denoise = d.pop("anima_denoise", UNSET)
        anima_denoise: LatentsOutput | Unset
        if isinstance(_anima_denoise, Unset):
            anima_denoise = UNSET
        else:
            anima_denoise = LatentsOutput.from_dict(_anima_denoise)

        _anima_denoise_meta = d.pop("anima_denoise_meta", UNSET)
        anima_denoise_meta: LatentsMetaOutput | Unset
        if isinstance(_anima_denoise_meta, Unset):
            anima_denoise_meta = UNSET
        else:
            anima_denoise_meta = LatentsMetaOutput.from_dict(_anima_denoise_meta)

        _anima_i2l = d.pop("anima_i2l", UNSET)
        anima_i2l: LatentsOutput | Unset
        if isinstance(_anima_i2l, Unset):
            anima_i2l = UNSET
        else:
            anima_i2l = LatentsOutput.from_dict(_anima_i2l)

        _anima_l2i = d.pop("anima_l2i", UNSET)
        anima_l2i: ImageOutput | Unset
        if isinstance(_anima_l2i, Unset):
            anima_l2i = UNSET
        else:
            anima_l2i = ImageOutput.from_dict(_anima_l2i)

        _anima_lllite = d.pop("anima_lllite", UNSET)
        anima_lllite: AnimaLLLiteOutput | Unset
        if isinstance(_anima_lllite, Unset):
            anima_lllite = UNSET
        else:
            anima_lllite = AnimaLLLiteOutput.from_dict(_anima_lllite)

        _anima_lora_collection_loader = d.pop("anima_lora_collection_loader", UNSET)
        anima_lora_collection_loader: AnimaLoRALoaderOutput | Unset
        if isinstance(_anima_lora_collection_loader, Unset):
            anima_lora_collection_loader = UNSET
        else:
            anima_lora_collection_loader = AnimaLoRALoaderOutput.from_dict(_anima_lora_collection_loader)

        _anima_lora_loader = d.pop("anima_lora_loader", UNSET)
        anima_lora_loader: AnimaLoRALoaderOutput | Unset
        if isinstance(_anima_lora_loader, Unset):
            anima_lora_loader = UNSET
        else:
            anima_lora_loader = AnimaLoRALoaderOutput.from_dict(_anima_lora_loader)

        _anima_model_loader = d.pop("anima_model_loader", UNSET)
        anima_model_loader: AnimaModelLoaderOutput | Unset
        if isinstance(_anima_model_loader, Unset):
            anima_model_loader = UNSET
        else:
            anima_model_loader = AnimaModelLoaderOutput.from_dict(_anima_model_loader)

        _anima_text_encoder = d.pop("anima_text_encoder", UNSET)
        anima_text_encoder: AnimaConditioningOutput | Unset
        if isinstance(_anima_text_encoder, Unset):
            anima_text_encoder = UNSET
        else:
            anima_text_encoder = AnimaConditioningOutput.from_dict(_anima_text_encoder)

        _apply_mask_to_image = d.pop("apply_mask_to_image", UNSET)
        apply_mask_to_image: ImageOutput | Unset
        if isinstance(_apply_mask_to_image, Unset):
            apply_mask_to_image = UNSET
        else:
            apply_mask_to_image = ImageOutput.from_dict(_apply_mask_to_image)

        _apply_tensor_mask_to_image = d.pop("apply_tensor_mask_to_image", UNSET)
        apply_tensor_mask_to_image: ImageOutput | Unset
        if isinstance(_apply_tensor_mask_to_image, Unset):
            apply_tensor_mask_to_image = UNSET
        else:
            apply_tensor_mask_to_image = ImageOutput.from_dict(_apply_tensor_mask_to_image)

        _call_saved_workflow = d.pop("call_saved_workflow", UNSET)
        call_saved_workflow: WorkflowReturnOutput | Unset
        if isinstance(_call_saved_workflow, Unset):
            call_saved_workflow = UNSET
        else:
            call_saved_workflow = WorkflowReturnOutput.from_dict(_call_saved_workflow)

        _canvas_output = d.pop("canvas_output", UNSET)
        canvas_output: ImageOutput | Unset
        if isinstance(_canvas_output, Unset):
            canvas_output = UNSET
        else:
            canvas_output = ImageOutput.from_dict(_canvas_output)

        _cogview4_denoise = d.pop("cogview4_denoise", UNSET)
        cogview4_denoise: LatentsOutput | Unset
        if isinstance(_cogview4_denoise, Unset):
            cogview4_denoise = UNSET
        else:
            cogview4_denoise = LatentsOutput.from_dict(_cogview4_denoise)

        _cogview4_i2l = d.pop("cogview4_i2l", UNSET)
        cogview4_i2l: LatentsOutput | Unset
        if isinstance(_cogview4_i2l, Unset):
            cogview4_i2l = UNSET
        else:
            cogview4_i2l = LatentsOutput.from_dict(_cogview4_i2l)

        _cogview4_l2i = d.pop("cogview4_l2i", UNSET)
        cogview4_l2i: ImageOutput | Unset
        if isinstance(_cogview4_l2i, Unset):
            cogview4_l2i = UNSET
        else:
            cogview4_l2i = ImageOutput.from_dict(_cogview4_l2i)

        _cogview4_model_loader = d.pop("cogview4_model_loader", UNSET)
        cogview4_model_loader: CogView4ModelLoaderOutput | Unset
        if isinstance(_cogview4_model_loader, Unset):
            cogview4_model_loader = UNSET
        else:
            cogview4_model_loader = CogView4ModelLoaderOutput.from_dict(_cogview4_model_loader)

        _cogview4_text_encoder = d.pop("cogview4_text_encoder", UNSET)
        cogview4_text_encoder: CogView4ConditioningOutput | Unset
        if isinstance(_cogview4_text_encoder, Unset):
            cogview4_text_encoder = UNSET
        else:
            cogview4_text_encoder = CogView4ConditioningOutput.from_dict(_cogview4_text_encoder)

        _crop_image_to_bounding_box = d.pop("crop_image_to_bounding_box", UNSET)
        crop_image_to_bounding_box: ImageOutput | Unset
        if isinstance(_crop_image_to_bounding_box, Unset):
            crop_image_to_bounding_box = UNSET
        else:
            crop_image_to_bounding_box = ImageOutput.from_dict(_crop_image_to_bounding_box)

        _decode_watermark = d.pop("decode_watermark", UNSET)
        decode_watermark: StringOutput | Unset
        if isinstance(_decode_watermark, Unset):
            decode_watermark = UNSET
        else:
            decode_watermark = StringOutput.from_dict(_decode_watermark)

        _denoise_latents_meta = d.pop("denoise_latents_meta", UNSET)
        denoise_latents_meta: LatentsMetaOutput | Unset
        if isinstance(_denoise_latents_meta, Unset):
            denoise_latents_meta = UNSET
        else:
            denoise_latents_meta = LatentsMetaOutput.from_dict(_denoise_latents_meta)

        _ernie_image_denoise = d.pop("ernie_image_denoise", UNSET)
        ernie_image_denoise: LatentsOutput | Unset
        if isinstance(_ernie_image_denoise, Unset):
            ernie_image_denoise = UNSET
        else:
            ernie_image_denoise = LatentsOutput.from_dict(_ernie_image_denoise)

        _ernie_image_model_loader = d.pop("ernie_image_model_loader", UNSET)
        ernie_image_model_loader: ErnieImageModelLoaderOutput | Unset
        if isinstance(_ernie_image_model_loader, Unset):
            ernie_image_model_loader = UNSET
        else:
            ernie_image_model_loader = ErnieImageModelLoaderOutput.from_dict(_ernie_image_model_loader)

        _ernie_image_prompt_enhancer = d.pop("ernie_image_prompt_enhancer", UNSET)
        ernie_image_prompt_enhancer: StringOutput | Unset
        if isinstance(_ernie_image_prompt_enhancer, Unset):
            ernie_image_prompt_enhancer = UNSET
        else:
            ernie_image_prompt_enhancer = StringOutput.from_dict(_ernie_image_prompt_enhancer)

        _ernie_image_text_encoder = d.pop("ernie_image_text_encoder", UNSET)
        ernie_image_text_encoder: ErnieImageConditioningOutput | Unset
        if isinstance(_ernie_image_text_encoder, Unset):
            ernie_image_text_encoder = UNSET
        else:
            ernie_image_text_encoder = ErnieImageConditioningOutput.from_dict(_ernie_image_text_encoder)

        _ernie_image_vae_decode = d.pop("ernie_image_vae_decode", UNSET)
        ernie_image_vae_decode: ImageOutput | Unset
        if isinstance(_ernie_image_vae_decode, Unset):
            ernie_image_vae_decode = UNSET
        else:
            ernie_image_vae_decode = ImageOutput.from_dict(_ernie_image_vae_decode)

        _expand_mask_with_fade = d.pop("expand_mask_with_fade", UNSET)
        expand_mask_with_fade: ImageOutput | Unset
        if isinstance(_expand_mask_with_fade, Unset):
            expand_mask_with_fade = UNSET
        else:
            expand_mask_with_fade = ImageOutput.from_dict(_expand_mask_with_fade)

        _extract_video_range = d.pop("extract_video_range", UNSET)
        extract_video_range: ExtractVideoRangeOutput | Unset
        if isinstance(_extract_video_range, Unset):
            extract_video_range = UNSET
        else:
            extract_video_range = ExtractVideoRangeOutput.from_dict(_extract_video_range)

        _float_batch = d.pop("float_batch", UNSET)
        float_batch: FloatOutput | Unset
        if isinstance(_float_batch, Unset):
            float_batch = UNSET
        else:
            float_batch = FloatOutput.from_dict(_float_batch)

        _float_generator = d.pop("float_generator", UNSET)
        float_generator: FloatGeneratorOutput | Unset
        if isinstance(_float_generator, Unset):
            float_generator = UNSET
        else:
            float_generator = FloatGeneratorOutput.from_dict(_float_generator)

        _flux2_denoise = d.pop("flux2_denoise", UNSET)
        flux2_denoise: LatentsOutput | Unset
        if isinstance(_flux2_denoise, Unset):
            flux2_denoise = UNSET
        else:
            flux2_denoise = LatentsOutput.from_dict(_flux2_denoise)

        _flux2_dev_lora_collection_loader = d.pop("flux2_dev_lora_collection_loader", UNSET)
        flux2_dev_lora_collection_loader: Flux2DevLoRALoaderOutput | Unset
        if isinstance(_flux2_dev_lora_collection_loader, Unset):
            flux2_dev_lora_collection_loader = UNSET
        else:
            flux2_dev_lora_collection_loader = Flux2DevLoRALoaderOutput.from_dict(_flux2_dev_lora_collection_loader)

        _flux2_dev_lora_loader = d.pop("flux2_dev_lora_loader", UNSET)
        flux2_dev_lora_loader: Flux2DevLoRALoaderOutput | Unset
        if isinstance(_flux2_dev_lora_loader, Unset):
            flux2_dev_lora_loader = UNSET
        else:
            flux2_dev_lora_loader = Flux2DevLoRALoaderOutput.from_dict(_flux2_dev_lora_loader)

        _flux2_dev_model_loader = d.pop("flux2_dev_model_loader", UNSET)
        flux2_dev_model_loader: Flux2DevModelLoaderOutput | Unset
        if isinstance(_flux2_dev_model_loader, Unset):
            flux2_dev_model_loader = UNSET
        else:
            flux2_dev_model_loader = Flux2DevModelLoaderOutput.from_dict(_flux2_dev_model_loader)

        _flux2_dev_text_encoder = d.pop("flux2_dev_text_encoder", UNSET)
        flux2_dev_text_encoder: FluxConditioningOutput | Unset
        if isinstance(_flux2_dev_text_encoder, Unset):
            flux2_dev_text_encoder = UNSET
        else:
            flux2_dev_text_encoder = FluxConditioningOutput.from_dict(_flux2_dev_text_encoder)

        _flux2_klein_lora_collection_loader = d.pop("flux2_klein_lora_collection_loader", UNSET)
        flux2_klein_lora_collection_loader: Flux2KleinLoRALoaderOutput | Unset
        if isinstance(_flux2_klein_lora_collection_loader, Unset):
            flux2_klein_lora_collection_loader = UNSET
        else:
            flux2_klein_lora_collection_loader = Flux2KleinLoRALoaderOutput.from_dict(
                _flux2_klein_lora_collection_loader
            )

        _flux2_klein_lora_loader = d.pop("flux2_klein_lora_loader", UNSET)
        flux2_klein_lora_loader: Flux2KleinLoRALoaderOutput | Unset
        if isinstance(_flux2_klein_lora_loader, Unset):
            flux2_klein_lora_loader = UNSET
        else:
            flux2_klein_lora_loader = Flux2KleinLoRALoaderOutput.from_dict(_flux2_klein_lora_loader)

        _flux2_klein_model_loader = d.pop("flux2_klein_model_loader", UNSET)
        flux2_klein_model_loader: Flux2KleinModelLoaderOutput | Unset
        if isinstance(_flux2_klein_model_loader, Unset):
            flux2_klein_model_loader = UNSET
        else:
            flux2_klein_model_loader = Flux2KleinModelLoaderOutput.from_dict(_flux2_klein_model_loader)

        _flux2_klein_text_encoder = d.pop("flux2_klein_text_encoder", UNSET)
        flux2_klein_text_encoder: FluxConditioningOutput | Unset
        if isinstance(_flux2_klein_text_encoder, Unset):
            flux2_klein_text_encoder = UNSET
        else:
            flux2_klein_text_encoder = FluxConditioningOutput.from_dict(_flux2_klein_text_encoder)

        _flux2_pid_decode = d.pop("flux2_pid_decode", UNSET)
        flux2_pid_decode: ImageOutput | Unset
        if isinstance(_flux2_pid_decode, Unset):
            flux2_pid_decode = UNSET
        else:
            flux2_pid_decode = ImageOutput.from_dict(_flux2_pid_decode)

        _flux2_vae_decode = d.pop("flux2_vae_decode", UNSET)
        flux2_vae_decode: ImageOutput | Unset
        if isinstance(_flux2_vae_decode, Unset):
            flux2_vae_decode = UNSET
        else:
            flux2_vae_decode = ImageOutput.from_dict(_flux2_vae_decode)

        _flux2_vae_encode = d.pop("flux2_vae_encode", UNSET)
        flux2_vae_encode: LatentsOutput | Unset
        if isinstance(_flux2_vae_encode, Unset):
            flux2_vae_encode = UNSET
        else:
            flux2_vae_encode = LatentsOutput.from_dict(_flux2_vae_encode)

        _flux_control_lora_loader = d.pop("flux_control_lora_loader", UNSET)
        flux_control_lora_loader: FluxControlLoRALoaderOutput | Unset
        if isinstance(_flux_control_lora_loader, Unset):
            flux_control_lora_loader = UNSET
        else:
            flux_control_lora_loader = FluxControlLoRALoaderOutput.from_dict(_flux_control_lora_loader)

        _flux_controlnet = d.pop("flux_controlnet", UNSET)
        flux_controlnet: FluxControlNetOutput | Unset
        if isinstance(_flux_controlnet, Unset):
            flux_controlnet = UNSET
        else:
            flux_controlnet = FluxControlNetOutput.from_dict(_flux_controlnet)

        _flux_denoise_meta = d.pop("flux_denoise_meta", UNSET)
        flux_denoise_meta: LatentsMetaOutput | Unset
        if isinstance(_flux_denoise_meta, Unset):
            flux_denoise_meta = UNSET
        else:
            flux_denoise_meta = LatentsMetaOutput.from_dict(_flux_denoise_meta)

        _flux_fill = d.pop("flux_fill", UNSET)
        flux_fill: FluxFillOutput | Unset
        if isinstance(_flux_fill, Unset):
            flux_fill = UNSET
        else:
            flux_fill = FluxFillOutput.from_dict(_flux_fill)

        _flux_ip_adapter = d.pop("flux_ip_adapter", UNSET)
        flux_ip_adapter: IPAdapterOutput | Unset
        if isinstance(_flux_ip_adapter, Unset):
            flux_ip_adapter = UNSET
        else:
            flux_ip_adapter = IPAdapterOutput.from_dict(_flux_ip_adapter)

        _flux_kontext = d.pop("flux_kontext", UNSET)
        flux_kontext: FluxKontextOutput | Unset
        if isinstance(_flux_kontext, Unset):
            flux_kontext = UNSET
        else:
            flux_kontext = FluxKontextOutput.from_dict(_flux_kontext)

        _flux_kontext_image_prep = d.pop("flux_kontext_image_prep", UNSET)
        flux_kontext_image_prep: ImageOutput | Unset
        if isinstance(_flux_kontext_image_prep, Unset):
            flux_kontext_image_prep = UNSET
        else:
            flux_kontext_image_prep = ImageOutput.from_dict(_flux_kontext_image_prep)

        _flux_pid_decode = d.pop("flux_pid_decode", UNSET)
        flux_pid_decode: ImageOutput | Unset
        if isinstance(_flux_pid_decode, Unset):
            flux_pid_decode = UNSET
        else:
            flux_pid_decode = ImageOutput.from_dict(_flux_pid_decode)

        _flux_redux = d.pop("flux_redux", UNSET)
        flux_redux: FluxReduxOutput | Unset
        if isinstance(_flux_redux, Unset):
            flux_redux = UNSET
        else:
            flux_redux = FluxReduxOutput.from_dict(_flux_redux)

        _gemini_image_generation = d.pop("gemini_image_generation", UNSET)
        gemini_image_generation: ImageCollectionOutput | Unset
        if isinstance(_gemini_image_generation, Unset):
            gemini_image_generation = UNSET
        else:
            gemini_image_generation = ImageCollectionOutput.from_dict(_gemini_image_generation)

        _gemma2_encoder_loader = d.pop("gemma2_encoder_loader", UNSET)
        gemma2_encoder_loader: Gemma2EncoderOutput | Unset
        if isinstance(_gemma2_encoder_loader, Unset):
            gemma2_encoder_loader = UNSET
        else:
            gemma2_encoder_loader = Gemma2EncoderOutput.from_dict(_gemma2_encoder_loader)

        _get_image_mask_bounding_box = d.pop("get_image_mask_bounding_box", UNSET)
        get_image_mask_bounding_box: BoundingBoxOutput | Unset
        if isinstance(_get_image_mask_bounding_box, Unset):
            get_image_mask_bounding_box = UNSET
        else:
            get_image_mask_bounding_box = BoundingBoxOutput.from_dict(_get_image_mask_bounding_box)

        _ideogram4_caption_builder = d.pop("ideogram4_caption_builder", UNSET)
        ideogram4_caption_builder: StringOutput | Unset
        if isinstance(_ideogram4_caption_builder, Unset):
            ideogram4_caption_builder = UNSET
        else:
            ideogram4_caption_builder = StringOutput.from_dict(_ideogram4_caption_builder)

        _ideogram4_denoise = d.pop("ideogram4_denoise", UNSET)
        ideogram4_denoise: LatentsOutput | Unset
        if isinstance(_ideogram4_denoise, Unset):
            ideogram4_denoise = UNSET
        else:
            ideogram4_denoise = LatentsOutput.from_dict(_ideogram4_denoise)

        _ideogram4_l2i = d.pop("ideogram4_l2i", UNSET)
        ideogram4_l2i: ImageOutput | Unset
        if isinstance(_ideogram4_l2i, Unset):
            ideogram4_l2i = UNSET
        else:
            ideogram4_l2i = ImageOutput.from_dict(_ideogram4_l2i)

        _ideogram4_model_loader = d.pop("ideogram4_model_loader", UNSET)
        ideogram4_model_loader: Ideogram4ModelLoaderOutput | Unset
        if isinstance(_ideogram4_model_loader, Unset):
            ideogram4_model_loader = UNSET
        else:
            ideogram4_model_loader = Ideogram4ModelLoaderOutput.from_dict(_ideogram4_model_loader)

        _ideogram4_text_encoder = d.pop("ideogram4_text_encoder", UNSET)
        ideogram4_text_encoder: Ideogram4ConditioningOutput | Unset
        if isinstance(_ideogram4_text_encoder, Unset):
            ideogram4_text_encoder = UNSET
        else:
            ideogram4_text_encoder = Ideogram4ConditioningOutput.from_dict(_ideogram4_text_encoder)

        _if_ = d.pop("if", UNSET)
        if_: IfInvocationOutput | Unset
        if isinstance(_if_, Unset):
            if_ = UNSET
        else:
            if_ = IfInvocationOutput.from_dict(_if_)

        _image_batch = d.pop("image_batch", UNSET)
        image_batch: ImageOutput | Unset
        if isinstance(_image_batch, Unset):
            image_batch = UNSET
        else:
            image_batch = ImageOutput.from_dict(_image_batch)

        _image_generator = d.pop("image_generator", UNSET)
        image_generator: ImageGeneratorOutput | Unset
        if isinstance(_image_generator, Unset):
            image_generator = UNSET
        else:
            image_generator = ImageGeneratorOutput.from_dict(_image_generator)

        _image_panel_layout = d.pop("image_panel_layout", UNSET)
        image_panel_layout: ImagePanelCoordinateOutput | Unset
        if isinstance(_image_panel_layout, Unset):
            image_panel_layout = UNSET
        else:
            image_panel_layout = ImagePanelCoordinateOutput.from_dict(_image_panel_layout)

        _img_hue_adjust_oklch = d.pop("img_hue_adjust_oklch", UNSET)
        img_hue_adjust_oklch: ImageOutput | Unset
        if isinstance(_img_hue_adjust_oklch, Unset):
            img_hue_adjust_oklch = UNSET
        else:
            img_hue_adjust_oklch = ImageOutput.from_dict(_img_hue_adjust_oklch)

        _img_noise = d.pop("img_noise", UNSET)
        img_noise: ImageOutput | Unset
        if isinstance(_img_noise, Unset):
            img_noise = UNSET
        else:
            img_noise = ImageOutput.from_dict(_img_noise)

        _integer_batch = d.pop("integer_batch", UNSET)
        integer_batch: IntegerOutput | Unset
        if isinstance(_integer_batch, Unset):
            integer_batch = UNSET
        else:
            integer_batch = IntegerOutput.from_dict(_integer_batch)

        _integer_generator = d.pop("integer_generator", UNSET)
        integer_generator: IntegerGeneratorOutput | Unset
        if isinstance(_integer_generator, Unset):
            integer_generator = UNSET
        else:
            integer_generator = IntegerGeneratorOutput.from_dict(_integer_generator)

        _invokeai_ealightness = d.pop("invokeai_ealightness", UNSET)
        invokeai_ealightness: ImageOutput | Unset
        if isinstance(_invokeai_ealightness, Unset):
            invokeai_ealightness = UNSET
        else:
            invokeai_ealightness = ImageOutput.from_dict(_invokeai_ealightness)

        _invokeai_img_blend = d.pop("invokeai_img_blend", UNSET)
        invokeai_img_blend: ImageOutput | Unset
        if isinstance(_invokeai_img_blend, Unset):
            invokeai_img_blend = UNSET
        else:
            invokeai_img_blend = ImageOutput.from_dict(_invokeai_img_blend)

        _invokeai_img_composite = d.pop("invokeai_img_composite", UNSET)
        invokeai_img_composite: ImageOutput | Unset
        if isinstance(_invokeai_img_composite, Unset):
            invokeai_img_composite = UNSET
        else:
            invokeai_img_composite = ImageOutput.from_dict(_invokeai_img_composite)

        _invokeai_img_dilate_erode = d.pop("invokeai_img_dilate_erode", UNSET)
        invokeai_img_dilate_erode: ImageOutput | Unset
        if isinstance(_invokeai_img_dilate_erode, Unset):
            invokeai_img_dilate_erode = UNSET
        else:
            invokeai_img_dilate_erode = ImageOutput.from_dict(_invokeai_img_dilate_erode)

        _invokeai_img_enhance = d.pop("invokeai_img_enhance", UNSET)
        invokeai_img_enhance: ImageOutput | Unset
        if isinstance(_invokeai_img_enhance, Unset):
            invokeai_img_enhance = UNSET
        else:
            invokeai_img_enhance = ImageOutput.from_dict(_invokeai_img_enhance)

        _invokeai_img_hue_adjust_plus = d.pop("invokeai_img_hue_adjust_plus", UNSET)
        invokeai_img_hue_adjust_plus: ImageOutput | Unset
        if isinstance(_invokeai_img_hue_adjust_plus, Unset):
            invokeai_img_hue_adjust_plus = UNSET
        else:
            invokeai_img_hue_adjust_plus = ImageOutput.from_dict(_invokeai_img_hue_adjust_plus)

        _invokeai_img_val_thresholds = d.pop("invokeai_img_val_thresholds", UNSET)
        invokeai_img_val_thresholds: ImageOutput | Unset
        if isinstance(_invokeai_img_val_thresholds, Unset):
            invokeai_img_val_thresholds = UNSET
        else:
            invokeai_img_val_thresholds = ImageOutput.from_dict(_invokeai_img_val_thresholds)

        _krea2_conditioning_rebalance = d.pop("krea2_conditioning_rebalance", UNSET)
        krea2_conditioning_rebalance: Krea2ConditioningOutput | Unset
        if isinstance(_krea2_conditioning_rebalance, Unset):
            krea2_conditioning_rebalance = UNSET
        else:
            krea2_conditioning_rebalance = Krea2ConditioningOutput.from_dict(_krea2_conditioning_rebalance)

        _krea2_denoise = d.pop("krea2_denoise", UNSET)
        krea2_denoise: LatentsOutput | Unset
        if isinstance(_krea2_denoise, Unset):
            krea2_denoise = UNSET
        else:
            krea2_denoise = LatentsOutput.from_dict(_krea2_denoise)

        _krea2_lora_collection_loader = d.pop("krea2_lora_collection_loader", UNSET)
        krea2_lora_collection_loader: Krea2LoRALoaderOutput | Unset
        if isinstance(_krea2_lora_collection_loader, Unset):
            krea2_lora_collection_loader = UNSET
        else:
            krea2_lora_collection_loader = Krea2LoRALoaderOutput.from_dict(_krea2_lora_collection_loader)

        _krea2_lora_loader = d.pop("krea2_lora_loader", UNSET)
        krea2_lora_loader: Krea2LoRALoaderOutput | Unset
        if isinstance(_krea2_lora_loader, Unset):
            krea2_lora_loader = UNSET
        else:
            krea2_lora_loader = Krea2LoRALoaderOutput.from_dict(_krea2_lora_loader)

        _krea2_model_loader = d.pop("krea2_model_loader", UNSET)
        krea2_model_loader: Krea2ModelLoaderOutput | Unset
        if isinstance(_krea2_model_loader, Unset):
            krea2_model_loader = UNSET
        else:
            krea2_model_loader = Krea2ModelLoaderOutput.from_dict(_krea2_model_loader)

        _krea2_seed_variance = d.pop("krea2_seed_variance", UNSET)
        krea2_seed_variance: Krea2ConditioningOutput | Unset
        if isinstance(_krea2_seed_variance, Unset):
            krea2_seed_variance = UNSET
        else:
            krea2_seed_variance = Krea2ConditioningOutput.from_dict(_krea2_seed_variance)

        _krea2_style_reference = d.pop("krea2_style_reference", UNSET)
        krea2_style_reference: Krea2StyleReferenceOutput | Unset
        if isinstance(_krea2_style_reference, Unset):
            krea2_style_reference = UNSET
        else:
            krea2_style_reference = Krea2StyleReferenceOutput.from_dict(_krea2_style_reference)

        _krea2_text_encoder = d.pop("krea2_text_encoder", UNSET)
        krea2_text_encoder: Krea2ConditioningOutput | Unset
        if isinstance(_krea2_text_encoder, Unset):
            krea2_text_encoder = UNSET
        else:
            krea2_text_encoder = Krea2ConditioningOutput.from_dict(_krea2_text_encoder)

        _llava_onevision_vllm = d.pop("llava_onevision_vllm", UNSET)
        llava_onevision_vllm: StringOutput | Unset
        if isinstance(_llava_onevision_vllm, Unset):
            llava_onevision_vllm = UNSET
        else:
            llava_onevision_vllm = StringOutput.from_dict(_llava_onevision_vllm)

        _metadata_field_extractor = d.pop("metadata_field_extractor", UNSET)
        metadata_field_extractor: StringOutput | Unset
        if isinstance(_metadata_field_extractor, Unset):
            metadata_field_extractor = UNSET
        else:
            metadata_field_extractor = StringOutput.from_dict(_metadata_field_extractor)

        _metadata_from_image = d.pop("metadata_from_image", UNSET)
        metadata_from_image: MetadataOutput | Unset
        if isinstance(_metadata_from_image, Unset):
            metadata_from_image = UNSET
        else:
            metadata_from_image = MetadataOutput.from_dict(_metadata_from_image)

        _metadata_item_linked = d.pop("metadata_item_linked", UNSET)
        metadata_item_linked: MetadataOutput | Unset
        if isinstance(_metadata_item_linked, Unset):
            metadata_item_linked = UNSET
        else:
            metadata_item_linked = MetadataOutput.from_dict(_metadata_item_linked)

        _metadata_to_bool = d.pop("metadata_to_bool", UNSET)
        metadata_to_bool: BooleanOutput | Unset
        if isinstance(_metadata_to_bool, Unset):
            metadata_to_bool = UNSET
        else:
            metadata_to_bool = BooleanOutput.from_dict(_metadata_to_bool)

        _metadata_to_bool_collection = d.pop("metadata_to_bool_collection", UNSET)
        metadata_to_bool_collection: BooleanCollectionOutput | Unset
        if isinstance(_metadata_to_bool_collection, Unset):
            metadata_to_bool_collection = UNSET
        else:
            metadata_to_bool_collection = BooleanCollectionOutput.from_dict(_metadata_to_bool_collection)

        _metadata_to_controlnets = d.pop("metadata_to_controlnets", UNSET)
        metadata_to_controlnets: MDControlListOutput | Unset
        if isinstance(_metadata_to_controlnets, Unset):
            metadata_to_controlnets = UNSET
        else:
            metadata_to_controlnets = MDControlListOutput.from_dict(_metadata_to_controlnets)

        _metadata_to_float = d.pop("metadata_to_float", UNSET)
        metadata_to_float: FloatOutput | Unset
        if isinstance(_metadata_to_float, Unset):
            metadata_to_float = UNSET
        else:
            metadata_to_float = FloatOutput.from_dict(_metadata_to_float)

        _metadata_to_float_collection = d.pop("metadata_to_float_collection", UNSET)
        metadata_to_float_collection: FloatCollectionOutput | Unset
        if isinstance(_metadata_to_float_collection, Unset):
            metadata_to_float_collection = UNSET
        else:
            metadata_to_float_collection = FloatCollectionOutput.from_dict(_metadata_to_float_collection)

        _metadata_to_integer = d.pop("metadata_to_integer", UNSET)
        metadata_to_integer: IntegerOutput | Unset
        if isinstance(_metadata_to_integer, Unset):
            metadata_to_integer = UNSET
        else:
            metadata_to_integer = IntegerOutput.from_dict(_metadata_to_integer)

        _metadata_to_integer_collection = d.pop("metadata_to_integer_collection", UNSET)
        metadata_to_integer_collection: IntegerCollectionOutput | Unset
        if isinstance(_metadata_to_integer_collection, Unset):
            metadata_to_integer_collection = UNSET
        else:
            metadata_to_integer_collection = IntegerCollectionOutput.from_dict(_metadata_to_integer_collection)

        _metadata_to_ip_adapters = d.pop("metadata_to_ip_adapters", UNSET)
        metadata_to_ip_adapters: MDIPAdapterListOutput | Unset
        if isinstance(_metadata_to_ip_adapters, Unset):
            metadata_to_ip_adapters = UNSET
        else:
            metadata_to_ip_adapters = MDIPAdapterListOutput.from_dict(_metadata_to_ip_adapters)

        _metadata_to_lora_collection = d.pop("metadata_to_lora_collection", UNSET)
        metadata_to_lora_collection: MetadataToLorasCollectionOutput | Unset
        if isinstance(_metadata_to_lora_collection, Unset):
            metadata_to_lora_collection = UNSET
        else:
            metadata_to_lora_collection = MetadataToLorasCollectionOutput.from_dict(_metadata_to_lora_collection)

        _metadata_to_loras = d.pop("metadata_to_loras", UNSET)
        metadata_to_loras: LoRALoaderOutput | Unset
        if isinstance(_metadata_to_loras, Unset):
            metadata_to_loras = UNSET
        else:
            metadata_to_loras = LoRALoaderOutput.from_dict(_metadata_to_loras)

        _metadata_to_model = d.pop("metadata_to_model", UNSET)
        metadata_to_model: MetadataToModelOutput | Unset
        if isinstance(_metadata_to_model, Unset):
            metadata_to_model = UNSET
        else:
            metadata_to_model = MetadataToModelOutput.from_dict(_metadata_to_model)

        _metadata_to_scheduler = d.pop("metadata_to_scheduler", UNSET)
        metadata_to_scheduler: SchedulerOutput | Unset
        if isinstance(_metadata_to_scheduler, Unset):
            metadata_to_scheduler = UNSET
        else:
            metadata_to_scheduler = SchedulerOutput.from_dict(_metadata_to_scheduler)

        _metadata_to_sdlx_loras = d.pop("metadata_to_sdlx_loras", UNSET)
        metadata_to_sdlx_loras: SDXLLoRALoaderOutput | Unset
        if isinstance(_metadata_to_sdlx_loras, Unset):
            metadata_to_sdlx_loras = UNSET
        else:
            metadata_to_sdlx_loras = SDXLLoRALoaderOutput.from_dict(_metadata_to_sdlx_loras)

        _metadata_to_sdxl_model = d.pop("metadata_to_sdxl_model", UNSET)
        metadata_to_sdxl_model: MetadataToSDXLModelOutput | Unset
        if isinstance(_metadata_to_sdxl_model, Unset):
            metadata_to_sdxl_model = UNSET
        else:
            metadata_to_sdxl_model = MetadataToSDXLModelOutput.from_dict(_metadata_to_sdxl_model)

        _metadata_to_string = d.pop("metadata_to_string", UNSET)
        metadata_to_string: StringOutput | Unset
        if isinstance(_metadata_to_string, Unset):
            metadata_to_string = UNSET
        else:
            metadata_to_string = StringOutput.from_dict(_metadata_to_string)

        _metadata_to_string_collection = d.pop("metadata_to_string_collection", UNSET)
        metadata_to_string_collection: StringCollectionOutput | Unset
        if isinstance(_metadata_to_string_collection, Unset):
            metadata_to_string_collection = UNSET
        else:
            metadata_to_string_collection = StringCollectionOutput.from_dict(_metadata_to_string_collection)

        _metadata_to_t2i_adapters = d.pop("metadata_to_t2i_adapters", UNSET)
        metadata_to_t2i_adapters: MDT2IAdapterListOutput | Unset
        if isinstance(_metadata_to_t2i_adapters, Unset):
            metadata_to_t2i_adapters = UNSET
        else:
            metadata_to_t2i_adapters = MDT2IAdapterListOutput.from_dict(_metadata_to_t2i_adapters)

        _metadata_to_vae = d.pop("metadata_to_vae", UNSET)
        metadata_to_vae: VAEOutput | Unset
        if isinstance(_metadata_to_vae, Unset):
            metadata_to_vae = UNSET
        else:
            metadata_to_vae = VAEOutput.from_dict(_metadata_to_vae)

        _openai_image_generation = d.pop("openai_image_generation", UNSET)
        openai_image_generation: ImageCollectionOutput | Unset
        if isinstance(_openai_image_generation, Unset):
            openai_image_generation = UNSET
        else:
            openai_image_generation = ImageCollectionOutput.from_dict(_openai_image_generation)

        _paste_image_into_bounding_box = d.pop("paste_image_into_bounding_box", UNSET)
        paste_image_into_bounding_box: ImageOutput | Unset
        if isinstance(_paste_image_into_bounding_box, Unset):
            paste_image_into_bounding_box = UNSET
        else:
            paste_image_into_bounding_box = ImageOutput.from_dict(_paste_image_into_bounding_box)

        _pbr_maps = d.pop("pbr_maps", UNSET)
        pbr_maps: PBRMapsOutput | Unset
        if isinstance(_pbr_maps, Unset):
            pbr_maps = UNSET
        else:
            pbr_maps = PBRMapsOutput.from_dict(_pbr_maps)

        _pid_decoder_loader = d.pop("pid_decoder_loader", UNSET)
        pid_decoder_loader: PiDDecoderOutput | Unset
        if isinstance(_pid_decoder_loader, Unset):
            pid_decoder_loader = UNSET
        else:
            pid_decoder_loader = PiDDecoderOutput.from_dict(_pid_decoder_loader)

        _pid_upscale = d.pop("pid_upscale", UNSET)
        pid_upscale: ImageOutput | Unset
        if isinstance(_pid_upscale, Unset):
            pid_upscale = UNSET
        else:
            pid_upscale = ImageOutput.from_dict(_pid_upscale)

        _prompt_template = d.pop("prompt_template", UNSET)
        prompt_template: PromptTemplateOutput | Unset
        if isinstance(_prompt_template, Unset):
            prompt_template = UNSET
        else:
            prompt_template = PromptTemplateOutput.from_dict(_prompt_template)

        _qwen_image_denoise = d.pop("qwen_image_denoise", UNSET)
        qwen_image_denoise: LatentsOutput | Unset
        if isinstance(_qwen_image_denoise, Unset):
            qwen_image_denoise = UNSET
        else:
            qwen_image_denoise = LatentsOutput.from_dict(_qwen_image_denoise)

        _qwen_image_i2l = d.pop("qwen_image_i2l", UNSET)
        qwen_image_i2l: LatentsOutput | Unset
        if isinstance(_qwen_image_i2l, Unset):
            qwen_image_i2l = UNSET
        else:
            qwen_image_i2l = LatentsOutput.from_dict(_qwen_image_i2l)

        _qwen_image_l2i = d.pop("qwen_image_l2i", UNSET)
        qwen_image_l2i: ImageOutput | Unset
        if isinstance(_qwen_image_l2i, Unset):
            qwen_image_l2i = UNSET
        else:
            qwen_image_l2i = ImageOutput.from_dict(_qwen_image_l2i)

        _qwen_image_lora_collection_loader = d.pop("qwen_image_lora_collection_loader", UNSET)
        qwen_image_lora_collection_loader: QwenImageLoRALoaderOutput | Unset
        if isinstance(_qwen_image_lora_collection_loader, Unset):
            qwen_image_lora_collection_loader = UNSET
        else:
            qwen_image_lora_collection_loader = QwenImageLoRALoaderOutput.from_dict(_qwen_image_lora_collection_loader)

        _qwen_image_lora_loader = d.pop("qwen_image_lora_loader", UNSET)
        qwen_image_lora_loader: QwenImageLoRALoaderOutput | Unset
        if isinstance(_qwen_image_lora_loader, Unset):
            qwen_image_lora_loader = UNSET
        else:
            qwen_image_lora_loader = QwenImageLoRALoaderOutput.from_dict(_qwen_image_lora_loader)

        _qwen_image_model_loader = d.pop("qwen_image_model_loader", UNSET)
        qwen_image_model_loader: QwenImageModelLoaderOutput | Unset
        if isinstance(_qwen_image_model_loader, Unset):
            qwen_image_model_loader = UNSET
        else:
            qwen_image_model_loader = QwenImageModelLoaderOutput.from_dict(_qwen_image_model_loader)

        _qwen_image_pid_decode = d.pop("qwen_image_pid_decode", UNSET)
        qwen_image_pid_decode: ImageOutput | Unset
        if isinstance(_qwen_image_pid_decode, Unset):
            qwen_image_pid_decode = UNSET
        else:
            qwen_image_pid_decode = ImageOutput.from_dict(_qwen_image_pid_decode)

        _qwen_image_text_encoder = d.pop("qwen_image_text_encoder", UNSET)
        qwen_image_text_encoder: QwenImageConditioningOutput | Unset
        if isinstance(_qwen_image_text_encoder, Unset):
            qwen_image_text_encoder = UNSET
        else:
            qwen_image_text_encoder = QwenImageConditioningOutput.from_dict(_qwen_image_text_encoder)

        _save_image_to_file = d.pop("save_image_to_file", UNSET)
        save_image_to_file: ImageOutput | Unset
        if isinstance(_save_image_to_file, Unset):
            save_image_to_file = UNSET
        else:
            save_image_to_file = ImageOutput.from_dict(_save_image_to_file)

        _sd3_denoise = d.pop("sd3_denoise", UNSET)
        sd3_denoise: LatentsOutput | Unset
        if isinstance(_sd3_denoise, Unset):
            sd3_denoise = UNSET
        else:
            sd3_denoise = LatentsOutput.from_dict(_sd3_denoise)

        _sd3_i2l = d.pop("sd3_i2l", UNSET)
        sd3_i2l: LatentsOutput | Unset
        if isinstance(_sd3_i2l, Unset):
            sd3_i2l = UNSET
        else:
            sd3_i2l = LatentsOutput.from_dict(_sd3_i2l)

        _sd3_l2i = d.pop("sd3_l2i", UNSET)
        sd3_l2i: ImageOutput | Unset
        if isinstance(_sd3_l2i, Unset):
            sd3_l2i = UNSET
        else:
            sd3_l2i = ImageOutput.from_dict(_sd3_l2i)

        _sd3_model_loader = d.pop("sd3_model_loader", UNSET)
        sd3_model_loader: Sd3ModelLoaderOutput | Unset
        if isinstance(_sd3_model_loader, Unset):
            sd3_model_loader = UNSET
        else:
            sd3_model_loader = Sd3ModelLoaderOutput.from_dict(_sd3_model_loader)

        _sd3_pid_decode = d.pop("sd3_pid_decode", UNSET)
        sd3_pid_decode: ImageOutput | Unset
        if isinstance(_sd3_pid_decode, Unset):
            sd3_pid_decode = UNSET
        else:
            sd3_pid_decode = ImageOutput.from_dict(_sd3_pid_decode)

        _sd3_text_encoder = d.pop("sd3_text_encoder", UNSET)
        sd3_text_encoder: SD3ConditioningOutput | Unset
        if isinstance(_sd3_text_encoder, Unset):
            sd3_text_encoder = UNSET
        else:
            sd3_text_encoder = SD3ConditioningOutput.from_dict(_sd3_text_encoder)

        _sdxl_pid_decode = d.pop("sdxl_pid_decode", UNSET)
        sdxl_pid_decode: ImageOutput | Unset
        if isinstance(_sdxl_pid_decode, Unset):
            sdxl_pid_decode = UNSET
        else:
            sdxl_pid_decode = ImageOutput.from_dict(_sdxl_pid_decode)

        _seedream_image_generation = d.pop("seedream_image_generation", UNSET)
        seedream_image_generation: ImageCollectionOutput | Unset
        if isinstance(_seedream_image_generation, Unset):
            seedream_image_generation = UNSET
        else:
            seedream_image_generation = ImageCollectionOutput.from_dict(_seedream_image_generation)

        _string_batch = d.pop("string_batch", UNSET)
        string_batch: StringOutput | Unset
        if isinstance(_string_batch, Unset):
            string_batch = UNSET
        else:
            string_batch = StringOutput.from_dict(_string_batch)

        _string_generator = d.pop("string_generator", UNSET)
        string_generator: StringGeneratorOutput | Unset
        if isinstance(_string_generator, Unset):
            string_generator = UNSET
        else:
            string_generator = StringGeneratorOutput.from_dict(_string_generator)

        _text_llm = d.pop("text_llm", UNSET)
        text_llm: StringOutput | Unset
        if isinstance(_text_llm, Unset):
            text_llm = UNSET
        else:
            text_llm = StringOutput.from_dict(_text_llm)

        _text_llm_with_preset = d.pop("text_llm_with_preset", UNSET)
        text_llm_with_preset: StringOutput | Unset
        if isinstance(_text_llm_with_preset, Unset):
            text_llm_with_preset = UNSET
        else:
            text_llm_with_preset = StringOutput.from_dict(_text_llm_with_preset)

        _unsharp_mask_oklab = d.pop("unsharp_mask_oklab", UNSET)
        unsharp_mask_oklab: ImageOutput | Unset
        if isinstance(_unsharp_mask_oklab, Unset):
            unsharp_mask_oklab = UNSET
        else:
            unsharp_mask_oklab = ImageOutput.from_dict(_unsharp_mask_oklab)

        _video = d.pop("video", UNSET)
        video: VideoOutput | Unset
        if isinstance(_video, Unset):
            video = UNSET
        else:
            video = VideoOutput.from_dict(_video)

        _video_concat = d.pop("video_concat", UNSET)
        video_concat: VideoOutput | Unset
        if isinstance(_video_concat, Unset):
            video_concat = UNSET
        else:
            video_concat = VideoOutput.from_dict(_video_concat)

        _video_frame_extract = d.pop("video_frame_extract", UNSET)
        video_frame_extract: ImageOutput | Unset
        if isinstance(_video_frame_extract, Unset):
            video_frame_extract = UNSET
        else:
            video_frame_extract = ImageOutput.from_dict(_video_frame_extract)

        _wan_denoise = d.pop("wan_denoise", UNSET)
        wan_denoise: LatentsOutput | Unset
        if isinstance(_wan_denoise, Unset):
            wan_denoise = UNSET
        else:
            wan_denoise = LatentsOutput.from_dict(_wan_denoise)

        _wan_i2l = d.pop("wan_i2l", UNSET)
        wan_i2l: LatentsOutput | Unset
        if isinstance(_wan_i2l, Unset):
            wan_i2l = UNSET
        else:
            wan_i2l = LatentsOutput.from_dict(_wan_i2l)

        _wan_i2v_ideal_dimensions = d.pop("wan_i2v_ideal_dimensions", UNSET)
        wan_i2v_ideal_dimensions: IdealSizeOutput | Unset
        if isinstance(_wan_i2v_ideal_dimensions, Unset):
            wan_i2v_ideal_dimensions = UNSET
        else:
            wan_i2v_ideal_dimensions = IdealSizeOutput.from_dict(_wan_i2v_ideal_dimensions)

        _wan_l2i = d.pop("wan_l2i", UNSET)
        wan_l2i: ImageOutput | Unset
        if isinstance(_wan_l2i, Unset):
            wan_l2i = UNSET
        else:
            wan_l2i = ImageOutput.from_dict(_wan_l2i)

        _wan_l2v = d.pop("wan_l2v", UNSET)
        wan_l2v: VideoOutput | Unset
        if isinstance(_wan_l2v, Unset):
            wan_l2v = UNSET
        else:
            wan_l2v = VideoOutput.from_dict(_wan_l2v)

        _wan_lora_collection_loader = d.pop("wan_lora_collection_loader", UNSET)
        wan_lora_collection_loader: WanLoRALoaderOutput | Unset
        if isinstance(_wan_lora_collection_loader, Unset):
            wan_lora_collection_loader = UNSET
        else:
            wan_lora_collection_loader = WanLoRALoaderOutput.from_dict(_wan_lora_collection_loader)

        _wan_lora_loader = d.pop("wan_lora_loader", UNSET)
        wan_lora_loader: WanLoRALoaderOutput | Unset
        if isinstance(_wan_lora_loader, Unset):
            wan_lora_loader = UNSET
        else:
            wan_lora_loader = WanLoRALoaderOutput.from_dict(_wan_lora_loader)

        _wan_model_loader = d.pop("wan_model_loader", UNSET)
        wan_model_loader: WanModelLoaderOutput | Unset
        if isinstance(_wan_model_loader, Unset):
            wan_model_loader = UNSET
        else:
            wan_model_loader = WanModelLoaderOutput.from_dict(_wan_model_loader)

        _wan_ref_image_encoder = d.pop("wan_ref_image_encoder", UNSET)
        wan_ref_image_encoder: WanRefImageOutput | Unset
        if isinstance(_wan_ref_image_encoder, Unset):
            wan_ref_image_encoder = UNSET
        else:
            wan_ref_image_encoder = WanRefImageOutput.from_dict(_wan_ref_image_encoder)

        _wan_text_encoder = d.pop("wan_text_encoder", UNSET)
        wan_text_encoder: WanConditioningOutput | Unset
        if isinstance(_wan_text_encoder, Unset):
            wan_text_encoder = UNSET
        else:
            wan_text_encoder = WanConditioningOutput.from_dict(_wan_text_encoder)

        _wan_ti2v_ideal_dimensions = d.pop("wan_ti2v_ideal_dimensions", UNSET)
        wan_ti2v_ideal_dimensions: IdealSizeOutput | Unset
        if isinstance(_wan_ti2v_ideal_dimensions, Unset):
            wan_ti2v_ideal_dimensions = UNSET
        else:
            wan_ti2v_ideal_dimensions = IdealSizeOutput.from_dict(_wan_ti2v_ideal_dimensions)

        _wan_video_denoise = d.pop("wan_video_denoise", UNSET)
        wan_video_denoise: LatentsOutput | Unset
        if isinstance(_wan_video_denoise, Unset):
            wan_video_denoise = UNSET
        else:
            wan_video_denoise = LatentsOutput.from_dict(_wan_video_denoise)

        _workflow_return = d.pop("workflow_return", UNSET)
        workflow_return: WorkflowReturnOutput | Unset
        if isinstance(_workflow_return, Unset):
            workflow_return = UNSET
        else:
            workflow_return = WorkflowReturnOutput.from_dict(_workflow_return)

        _workflow_return_get = d.pop("workflow_return_get", UNSET)
        workflow_return_get: WorkflowReturnGetOutput | Unset
        if isinstance(_workflow_return_get, Unset):
            workflow_return_get = UNSET
        else:
            workflow_return_get = WorkflowReturnGetOutput.from_dict(_workflow_return_get)

        _workflow_return_value = d.pop("workflow_return_value", UNSET)
        workflow_return_value: WorkflowReturnValueOutput | Unset
        if isinstance(_workflow_return_value, Unset):
            workflow_return_value = UNSET
        else:
            workflow_return_value = WorkflowReturnValueOutput.from_dict(_workflow_return_value)

        _z_image_control = d.pop("z_image_control", UNSET)
        z_image_control: ZImageControlOutput | Unset
        if isinstance(_z_image_control, Unset):
            z_image_control = UNSET
        else:
            z_image_control = ZImageControlOutput.from_dict(_z_image_control)

        _z_image_denoise = d.pop("z_image_denoise", UNSET)
        z_image_denoise: LatentsOutput | Unset
        if isinstance(_z_image_denoise, Unset):
            z_image_denoise = UNSET
        else:
            z_image_denoise = LatentsOutput.from_dict(_z_image_denoise)

        _z_image_denoise_meta = d.pop("z_image_denoise_meta", UNSET)
        z_image_denoise_meta: LatentsMetaOutput | Unset
        if isinstance(_z_image_denoise_meta, Unset):
            z_image_denoise_meta = UNSET
        else:
            z_image_denoise_meta = LatentsMetaOutput.from_dict(_z_image_denoise_meta)

        _z_image_i2l = d.pop("z_image_i2l", UNSET)
        z_image_i2l: LatentsOutput | Unset
        if isinstance(_z_image_i2l, Unset):
            z_image_i2l = UNSET
        else:
            z_image_i2l = LatentsOutput.from_dict(_z_image_i2l)

        _z_image_l2i = d.pop("z_image_l2i", UNSET)
        z_image_l2i: ImageOutput | Unset
        if isinstance(_z_image_l2i, Unset):
            z_image_l2i = UNSET
        else:
            z_image_l2i = ImageOutput.from_dict(_z_image_l2i)

        _z_image_lora_collection_loader = d.pop("z_image_lora_collection_loader", UNSET)
        z_image_lora_collection_loader: ZImageLoRALoaderOutput | Unset
        if isinstance(_z_image_lora_collection_loader, Unset):
            z_image_lora_collection_loader = UNSET
        else:
            z_image_lora_collection_loader = ZImageLoRALoaderOutput.from_dict(_z_image_lora_collection_loader)

        _z_image_lora_loader = d.pop("z_image_lora_loader", UNSET)
        z_image_lora_loader: ZImageLoRALoaderOutput | Unset
        if isinstance(_z_image_lora_loader, Unset):
            z_image_lora_loader = UNSET
        else:
            z_image_lora_loader = ZImageLoRALoaderOutput.from_dict(_z_image_lora_loader)

        _z_image_model_loader = d.pop("z_image_model_loader", UNSET)
        z_image_model_loader: ZImageModelLoaderOutput | Unset
        if isinstance(_z_image_model_loader, Unset):
            z_image_model_loader = UNSET
        else:
            z_image_model_loader = ZImageModelLoaderOutput.from_dict(_z_image_model_loader)

        _z_image_pid_decode = d.pop("z_image_pid_decode", UNSET)
        z_image_pid_decode: ImageOutput | Unset
        if isinstance(_z_image_pid_decode, Unset):
            z_image_pid_decode = UNSET
        else:
            z_image_pid_decode = ImageOutput.from_dict(_z_image_pid_decode)

        _z_image_seed_variance_enhancer = d.pop("z_image_seed_variance_enhancer", UNSET)
        z_image_seed_variance_enhancer: ZImageConditioningOutput | Unset
        if isinstance(_z_image_seed_variance_enhancer, Unset):
            z_image_seed_variance_enhancer = UNSET
        else:
            z_image_seed_variance_enhancer = ZImageConditioningOutput.from_dict(_z_image_seed_variance_enhancer)

        _z_image_text_encoder = d.pop("z_image_text_encoder", UNSET)
        z_image_text_encoder: ZImageConditioningOutput | Unset
        if isinstance(_z_image_text_encoder, Unset):
            z_image_text_encoder = UNSET
        else:
            z_image_text_encoder = ZImageConditioningOutput.from_dict(_z_image_text_encoder)

        _canny_image_processor = d.pop("canny_image_processor", UNSET)
        canny_image_processor: ImageOutput | Unset
        if isinstance(_canny_image_processor, Unset):
            canny_image_processor = UNSET
        else:
            canny_image_processor = ImageOutput.from_dict(_canny_image_processor)

        _color_map_image_processor = d.pop("color_map_image_processor", UNSET)
        color_map_image_processor: ImageOutput | Unset
        if isinstance(_color_map_image_processor, Unset):
            color_map_image_processor = UNSET
        else:
            color_map_image_processor = ImageOutput.from_dict(_color_map_image_processor)

        _content_shuffle_image_processor = d.pop("content_shuffle_image_processor", UNSET)
        content_shuffle_image_processor: ImageOutput | Unset
        if isinstance(_content_shuffle_image_processor, Unset):
            content_shuffle_image_processor = UNSET
        else:
            content_shuffle_image_processor = ImageOutput.from_dict(_content_shuffle_image_processor)

        _depth_anything_image_processor = d.pop("depth_anything_image_processor", UNSET)
        depth_anything_image_processor: ImageOutput | Unset
        if isinstance(_depth_anything_image_processor, Unset):
            depth_anything_image_processor = UNSET
        else:
            depth_anything_image_processor = ImageOutput.from_dict(_depth_anything_image_processor)

        _dw_openpose_image_processor = d.pop("dw_openpose_image_processor", UNSET)
        dw_openpose_image_processor: ImageOutput | Unset
        if isinstance(_dw_openpose_image_processor, Unset):
            dw_openpose_image_processor = UNSET
        else:
            dw_openpose_image_processor = ImageOutput.from_dict(_dw_openpose_image_processor)

        _hed_image_processor = d.pop("hed_image_processor", UNSET)
        hed_image_processor: ImageOutput | Unset
        if isinstance(_hed_image_processor, Unset):
            hed_image_processor = UNSET
        else:
            hed_image_processor = ImageOutput.from_dict(_hed_image_processor)

        _leres_image_processor = d.pop("leres_image_processor", UNSET)
        leres_image_processor: ImageOutput | Unset
        if isinstance(_leres_image_processor, Unset):
            leres_image_processor = UNSET
        else:
            leres_image_processor = ImageOutput.from_dict(_leres_image_processor)

        _lineart_anime_image_processor = d.pop("lineart_anime_image_processor", UNSET)
        lineart_anime_image_processor: ImageOutput | Unset
        if isinstance(_lineart_anime_image_processor, Unset):
            lineart_anime_image_processor = UNSET
        else:
            lineart_anime_image_processor = ImageOutput.from_dict(_lineart_anime_image_processor)

        _lineart_image_processor = d.pop("lineart_image_processor", UNSET)
        lineart_image_processor: ImageOutput | Unset
        if isinstance(_lineart_image_processor, Unset):
            lineart_image_processor = UNSET
        else:
            lineart_image_processor = ImageOutput.from_dict(_lineart_image_processor)

        _mediapipe_face_processor = d.pop("mediapipe_face_processor", UNSET)
        mediapipe_face_processor: ImageOutput | Unset
        if isinstance(_mediapipe_face_processor, Unset):
            mediapipe_face_processor = UNSET
        else:
            mediapipe_face_processor = ImageOutput.from_dict(_mediapipe_face_processor)

        _midas_depth_image_processor = d.pop("midas_depth_image_processor", UNSET)
        midas_depth_image_processor: ImageOutput | Unset
        if isinstance(_midas_depth_image_processor, Unset):
            midas_depth_image_processor = UNSET
        else:
            midas_depth_image_processor = ImageOutput.from_dict(_midas_depth_image_processor)

        _mlsd_image_processor = d.pop("mlsd_image_processor", UNSET)
        mlsd_image_processor: ImageOutput | Unset
        if isinstance(_mlsd_image_processor, Unset):
            mlsd_image_processor = UNSET
        else:
            mlsd_image_processor = ImageOutput.from_dict(_mlsd_image_processor)

        _normalbae_image_processor = d.pop("normalbae_image_processor", UNSET)
        normalbae_image_processor: ImageOutput | Unset
        if isinstance(_normalbae_image_processor, Unset):
            normalbae_image_processor = UNSET
        else:
            normalbae_image_processor = ImageOutput.from_dict(_normalbae_image_processor)

        _pidi_image_processor = d.pop("pidi_image_processor", UNSET)
        pidi_image_processor: ImageOutput | Unset
        if isinstance(_pidi_image_processor, Unset):
            pidi_image_processor = UNSET
        else:
            pidi_image_processor = ImageOutput.from_dict(_pidi_image_processor)

        _segment_anything_processor = d.pop("segment_anything_processor", UNSET)
        segment_anything_processor: ImageOutput | Unset
        if isinstance(_segment_anything_processor, Unset):
            segment_anything_processor = UNSET
        else:
            segment_anything_processor = ImageOutput.from_dict(_segment_anything_processor)

        _tile_image_processor = d.pop("tile_image_processor", UNSET)
        tile_image_processor: ImageOutput | Unset
        if isinstance(_tile_image_processor, Unset):
            tile_image_processor = UNSET
        else:
            tile_image_processor = ImageOutput.from_dict(_tile_image_processor)

        _zoe_depth_image_processor = d.pop("zoe_depth_image_processor", UNSET)
        zoe_depth_image_processor: ImageOutput | Unset
        if isinstance(_zoe_depth_image_processor, Unset):
            zoe_depth_image_processor = UNSET
        else:
            zoe_depth_image_processor = ImageOutput.from_dict(_zoe_depth_image_processor)

        _step_param_easing = d.pop("step_param_easing", UNSET)
        step_param_easing: FloatCollectionOutput | Unset
        if isinstance(_step_param_easing, Unset):
            step_param_easing = UNSET
        else:
            step_param_easing = FloatCollectionOutput.from_dict(_step_param_easing)

        invocation_output_map = cls(
            add=add,
            alpha_mask_to_tensor=alpha_mask_to_tensor,
            blank_image=blank_image,
            boolean=boolean,
            boolean_collection=boolean_collection,
            bounding_box=bounding_box,
            calculate_image_tiles=calculate_image_tiles,
            calculate_image_tiles_even_split=calculate_image_tiles_even_split,
            calculate_image_tiles_min_overlap=calculate_image_tiles_min_overlap,
            canny_edge_detection=canny_edge_detection,
            canvas_paste_back=canvas_paste_back,
            canvas_v2_mask_and_crop=canvas_v2_mask_and_crop,
            clip_skip=clip_skip,
            collect=collect,
            color=color,
            color_correct=color_correct,
            color_map=color_map,
            compel=compel,
            conditioning=conditioning,
            conditioning_collection=conditioning_collection,
            content_shuffle=content_shuffle,
            controlnet=controlnet,
            core_metadata=core_metadata,
            create_denoise_mask=create_denoise_mask,
            create_gradient_mask=create_gradient_mask,
            crop_latents=crop_latents,
            cv_inpaint=cv_inpaint,
            denoise_latents=denoise_latents,
            depth_anything_depth_estimation=depth_anything_depth_estimation,
            div=div,
            dw_openpose_detection=dw_openpose_detection,
            dynamic_prompt=dynamic_prompt,
            esrgan=esrgan,
            face_identifier=face_identifier,
            face_mask_detection=face_mask_detection,
            face_off=face_off,
            float_=float_,
            float_collection=float_collection,
            float_math=float_math,
            float_range=float_range,
            float_to_int=float_to_int,
            flux_denoise=flux_denoise,
            flux_lora_collection_loader=flux_lora_collection_loader,
            flux_lora_loader=flux_lora_loader,
            flux_model_loader=flux_model_loader,
            flux_text_encoder=flux_text_encoder,
            flux_vae_decode=flux_vae_decode,
            flux_vae_encode=flux_vae_encode,
            freeu=freeu,
            grounding_dino=grounding_dino,
            hed_edge_detection=hed_edge_detection,
            heuristic_resize=heuristic_resize,
            i2l=i2l,
            ideal_size=ideal_size,
            image=image,
            image_collection=image_collection,
            image_mask_to_tensor=image_mask_to_tensor,
            img_blur=img_blur,
            img_chan=img_chan,
            img_channel_multiply=img_channel_multiply,
            img_channel_offset=img_channel_offset,
            img_conv=img_conv,
            img_crop=img_crop,
            img_hue_adjust=img_hue_adjust,
            img_ilerp=img_ilerp,
            img_lerp=img_lerp,
            img_mul=img_mul,
            img_nsfw=img_nsfw,
            img_pad_crop=img_pad_crop,
            img_paste=img_paste,
            img_resize=img_resize,
            img_scale=img_scale,
            img_watermark=img_watermark,
            infill_cv2=infill_cv2,
            infill_lama=infill_lama,
            infill_patchmatch=infill_patchmatch,
            infill_rgba=infill_rgba,
            infill_tile=infill_tile,
            integer=integer,
            integer_collection=integer_collection,
            integer_math=integer_math,
            invert_tensor_mask=invert_tensor_mask,
            ip_adapter=ip_adapter,
            iterate=iterate,
            l2i=l2i,
            latents=latents,
            latents_collection=latents_collection,
            lblend=lblend,
            lineart_anime_edge_detection=lineart_anime_edge_detection,
            lineart_edge_detection=lineart_edge_detection,
            lora_collection_loader=lora_collection_loader,
            lora_loader=lora_loader,
            lora_selector=lora_selector,
            lresize=lresize,
            lscale=lscale,
            main_model_loader=main_model_loader,
            mask_combine=mask_combine,
            mask_edge=mask_edge,
            mask_from_id=mask_from_id,
            mediapipe_face_detection=mediapipe_face_detection,
            merge_metadata=merge_metadata,
            merge_tiles_to_image=merge_tiles_to_image,
            metadata=metadata,
            metadata_item=metadata_item,
            mlsd_detection=mlsd_detection,
            model_identifier=model_identifier,
            mul=mul,
            noise=noise,
            normal_map=normal_map,
            pair_tile_image=pair_tile_image,
            pidi_edge_detection=pidi_edge_detection,
            prompt_from_file=prompt_from_file,
            rand_float=rand_float,
            rand_int=rand_int,
            random_range=random_range,
            range_=range_,
            range_of_size=range_of_size,
            rectangle_mask=rectangle_mask,
            round_float=round_float,
            save_image=save_image,
            scheduler=scheduler,
            sdxl_compel_prompt=sdxl_compel_prompt,
            sdxl_lora_collection_loader=sdxl_lora_collection_loader,
            sdxl_lora_loader=sdxl_lora_loader,
            sdxl_model_loader=sdxl_model_loader,
            sdxl_refiner_compel_prompt=sdxl_refiner_compel_prompt,
            sdxl_refiner_model_loader=sdxl_refiner_model_loader,
            seamless=seamless,
            segment_anything=segment_anything,
            show_image=show_image,
            spandrel_image_to_image=spandrel_image_to_image,
            spandrel_image_to_image_autoscale=spandrel_image_to_image_autoscale,
            string=string,
            string_collection=string_collection,
            string_join=string_join,
            string_join_three=string_join_three,
            string_replace=string_replace,
            string_split=string_split,
            string_split_neg=string_split_neg,
            sub=sub,
            t2i_adapter=t2i_adapter,
            tensor_mask_to_image=tensor_mask_to_image,
            tile_to_properties=tile_to_properties,
            tiled_multi_diffusion_denoise_latents=tiled_multi_diffusion_denoise_latents,
            tomask=tomask,
            unsharp_mask=unsharp_mask,
            vae_loader=vae_loader,
            alibabacloud_image_generation=alibabacloud_image_generation,
            anima_denoise=anima_denoise,
            anima_denoise_meta=anima_denoise_meta,
            anima_i2l=anima_i2l,
            anima_l2i=anima_l2i,
            anima_lllite=anima_lllite,
            anima_lora_collection_loader=anima_lora_collection_loader,
            anima_lora_loader=anima_lora_loader,
            anima_model_loader=anima_model_loader,
            anima_text_encoder=anima_text_encoder,
            apply_mask_to_image=apply_mask_to_image,
            apply_tensor_mask_to_image=apply_tensor_mask_to_image,
            call_saved_workflow=call_saved_workflow,
            canvas_output=canvas_output,
            cogview4_denoise=cogview4_denoise,
            cogview4_i2l=cogview4_i2l,
            cogview4_l2i=cogview4_l2i,
            cogview4_model_loader=cogview4_model_loader,
            cogview4_text_encoder=cogview4_text_encoder,
            crop_image_to_bounding_box=crop_image_to_bounding_box,
            decode_watermark=decode_watermark,
            denoise_latents_meta=denoise_latents_meta,
            ernie_image_denoise=ernie_image_denoise,
            ernie_image_model_loader=ernie_image_model_loader,
            ernie_image_prompt_enhancer=ernie_image_prompt_enhancer,
            ernie_image_text_encoder=ernie_image_text_encoder,
            ernie_image_vae_decode=ernie_image_vae_decode,
            expand_mask_with_fade=expand_mask_with_fade,
            extract_video_range=extract_video_range,
            float_batch=float_batch,
            float_generator=float_generator,
            flux2_denoise=flux2_denoise,
            flux2_dev_lora_collection_loader=flux2_dev_lora_collection_loader,
            flux2_dev_lora_loader=flux2_dev_lora_loader,
            flux2_dev_model_loader=flux2_dev_model_loader,
            flux2_dev_text_encoder=flux2_dev_text_encoder,
            flux2_klein_lora_collection_loader=flux2_klein_lora_collection_loader,
            flux2_klein_lora_loader=flux2_klein_lora_loader,
            flux2_klein_model_loader=flux2_klein_model_loader,
            flux2_klein_text_encoder=flux2_klein_text_encoder,
            flux2_pid_decode=flux2_pid_decode,
            flux2_vae_decode=flux2_vae_decode,
            flux2_vae_encode=flux2_vae_encode,
            flux_control_lora_loader=flux_control_lora_loader,
            flux_controlnet=flux_controlnet,
            flux_denoise_meta=flux_denoise_meta,
            flux_fill=flux_fill,
            flux_ip_adapter=flux_ip_adapter,
            flux_kontext=flux_kontext,
            flux_kontext_image_prep=flux_kontext_image_prep,
            flux_pid_decode=flux_pid_decode,
            flux_redux=flux_redux,
            gemini_image_generation=gemini_image_generation,
            gemma2_encoder_loader=gemma2_encoder_loader,
            get_image_mask_bounding_box=get_image_mask_bounding_box,
            ideogram4_caption_builder=ideogram4_caption_builder,
            ideogram4_denoise=ideogram4_denoise,
            ideogram4_l2i=ideogram4_l2i,
            ideogram4_model_loader=ideogram4_model_loader,
            ideogram4_text_encoder=ideogram4_text_encoder,
            if_=if_,
            image_batch=image_batch,
            image_generator=image_generator,
            image_panel_layout=image_panel_layout,
            img_hue_adjust_oklch=img_hue_adjust_oklch,
            img_noise=img_noise,
            integer_batch=integer_batch,
            integer_generator=integer_generator,
            invokeai_ealightness=invokeai_ealightness,
            invokeai_img_blend=invokeai_img_blend,
            invokeai_img_composite=invokeai_img_composite,
            invokeai_img_dilate_erode=invokeai_img_dilate_erode,
            invokeai_img_enhance=invokeai_img_enhance,
            invokeai_img_hue_adjust_plus=invokeai_img_hue_adjust_plus,
            invokeai_img_val_thresholds=invokeai_img_val_thresholds,
            krea2_conditioning_rebalance=krea2_conditioning_rebalance,
            krea2_denoise=krea2_denoise,
            krea2_lora_collection_loader=krea2_lora_collection_loader,
            krea2_lora_loader=krea2_lora_loader,
            krea2_model_loader=krea2_model_loader,
            krea2_seed_variance=krea2_seed_variance,
            krea2_style_reference=krea2_style_reference,
            krea2_text_encoder=krea2_text_encoder,
            llava_onevision_vllm=llava_onevision_vllm,
            metadata_field_extractor=metadata_field_extractor,
            metadata_from_image=metadata_from_image,
            metadata_item_linked=metadata_item_linked,
            metadata_to_bool=metadata_to_bool,
            metadata_to_bool_collection=metadata_to_bool_collection,
            metadata_to_controlnets=metadata_to_controlnets,
            metadata_to_float=metadata_to_float,
            metadata_to_float_collection=metadata_to_float_collection,
            metadata_to_integer=metadata_to_integer,
            metadata_to_integer_collection=metadata_to_integer_collection,
            metadata_to_ip_adapters=metadata_to_ip_adapters,
            metadata_to_lora_collection=metadata_to_lora_collection,
            metadata_to_loras=metadata_to_loras,
            metadata_to_model=metadata_to_model,
            metadata_to_scheduler=metadata_to_scheduler,
            metadata_to_sdlx_loras=metadata_to_sdlx_loras,
            metadata_to_sdxl_model=metadata_to_sdxl_model,
            metadata_to_string=metadata_to_string,
            metadata_to_string_collection=metadata_to_string_collection,
            metadata_to_t2i_adapters=metadata_to_t2i_adapters,
            metadata_to_vae=metadata_to_vae,
            openai_image_generation=openai_image_generation,
            paste_image_into_bounding_box=paste_image_into_bounding_box,
            pbr_maps=pbr_maps,
            pid_decoder_loader=pid_decoder_loader,
            pid_upscale=pid_upscale,
            prompt_template=prompt_template,
            qwen_image_denoise=qwen_image_denoise,
            qwen_image_i2l=qwen_image_i2l,
            qwen_image_l2i=qwen_image_l2i,
            qwen_image_lora_collection_loader=qwen_image_lora_collection_loader,
            qwen_image_lora_loader=qwen_image_lora_loader,
            qwen_image_model_loader=qwen_image_model_loader,
            qwen_image_pid_decode=qwen_image_pid_decode,
            qwen_image_text_encoder=qwen_image_text_encoder,
            save_image_to_file=save_image_to_file,
            sd3_denoise=sd3_denoise,
            sd3_i2l=sd3_i2l,
            sd3_l2i=sd3_l2i,
            sd3_model_loader=sd3_model_loader,
            sd3_pid_decode=sd3_pid_decode,
            sd3_text_encoder=sd3_text_encoder,
            sdxl_pid_decode=sdxl_pid_decode,
            seedream_image_generation=seedream_image_generation,
            string_batch=string_batch,
            string_generator=string_generator,
            text_llm=text_llm,
            text_llm_with_preset=text_llm_with_preset,
            unsharp_mask_oklab=unsharp_mask_oklab,
            video=video,
            video_concat=video_concat,
            video_frame_extract=video_frame_extract,
            wan_denoise=wan_denoise,
            wan_i2l=wan_i2l,
            wan_i2v_ideal_dimensions=wan_i2v_ideal_dimensions,
            wan_l2i=wan_l2i,
            wan_l2v=wan_l2v,
            wan_lora_collection_loader=wan_lora_collection_loader,
            wan_lora_loader=wan_lora_loader,
            wan_model_loader=wan_model_loader,
            wan_ref_image_encoder=wan_ref_image_encoder,
            wan_text_encoder=wan_text_encoder,
            wan_ti2v_ideal_dimensions=wan_ti2v_ideal_dimensions,
            wan_video_denoise=wan_video_denoise,
            workflow_return=workflow_return,
            workflow_return_get=workflow_return_get,
            workflow_return_value=workflow_return_value,
            z_image_control=z_image_control,
            z_image_denoise=z_image_denoise,
            z_image_denoise_meta=z_image_denoise_meta,
            z_image_i2l=z_image_i2l,
            z_image_l2i=z_image_l2i,
            z_image_lora_collection_loader=z_image_lora_collection_loader,
            z_image_lora_loader=z_image_lora_loader,
            z_image_model_loader=z_image_model_loader,
            z_image_pid_decode=z_image_pid_decode,
            z_image_seed_variance_enhancer=z_image_seed_variance_enhancer,
            z_image_text_encoder=z_image_text_encoder,
            canny_image_processor=canny_image_processor,
            color_map_image_processor=color_map_image_processor,
            content_shuffle_image_processor=content_shuffle_image_processor,
            depth_anything_image_processor=depth_anything_image_processor,
            dw_openpose_image_processor=dw_openpose_image_processor,
            hed_image_processor=hed_image_processor,
            leres_image_processor=leres_image_processor,
            lineart_anime_image_processor=lineart_anime_image_processor,
            lineart_image_processor=lineart_image_processor,
            mediapipe_face_processor=mediapipe_face_processor,
            midas_depth_image_processor=midas_depth_image_processor,
            mlsd_image_processor=mlsd_image_processor,
            normalbae_image_processor=normalbae_image_processor,
            pidi_image_processor=pidi_image_processor,
            segment_anything_processor=segment_anything_processor,
            tile_image_processor=tile_image_processor,
            zoe_depth_image_processor=zoe_depth_image_processor,
            step_param_easing=step_param_easing,
        )

        invocation_output_map.additional_properties = d
        return invocation_output_map

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
    from ..models.anima_conditioning_output import AnimaConditioningOutput  # noqa: PLC0415
    from ..models.anima_ll_lite_output import AnimaLLLiteOutput  # noqa: PLC0415
    from ..models.anima_lo_ra_loader_output import AnimaLoRALoaderOutput  # noqa: PLC0415
    from ..models.anima_model_loader_output import AnimaModelLoaderOutput  # noqa: PLC0415
    from ..models.boolean_collection_output import BooleanCollectionOutput  # noqa: PLC0415
    from ..models.boolean_output import BooleanOutput  # noqa: PLC0415
    from ..models.bounding_box_collection_output import BoundingBoxCollectionOutput  # noqa: PLC0415
    from ..models.bounding_box_output import BoundingBoxOutput  # noqa: PLC0415
    from ..models.calculate_image_tiles_output import CalculateImageTilesOutput  # noqa: PLC0415
    from ..models.clip_skip_invocation_output import CLIPSkipInvocationOutput  # noqa: PLC0415
    from ..models.cog_view_4_conditioning_output import CogView4ConditioningOutput  # noqa: PLC0415
    from ..models.cog_view_4_model_loader_output import CogView4ModelLoaderOutput  # noqa: PLC0415
    from ..models.collect_invocation_output import CollectInvocationOutput  # noqa: PLC0415
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
        CLIPSkipInvocationOutput,
        CogView4ConditioningOutput,
        CogView4ModelLoaderOutput,
        CollectInvocationOutput,
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


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.anima_conditioning_output import AnimaConditioningOutput  # noqa: PLC0415
    from ..models.anima_ll_lite_output import AnimaLLLiteOutput  # noqa: PLC0415
    from ..models.anima_lo_ra_loader_output import AnimaLoRALoaderOutput  # noqa: PLC0415
    from ..models.anima_model_loader_output import AnimaModelLoaderOutput  # noqa: PLC0415
    from ..models.boolean_collection_output import BooleanCollectionOutput  # noqa: PLC0415
    from ..models.boolean_output import BooleanOutput  # noqa: PLC0415
    from ..models.bounding_box_collection_output import BoundingBoxCollectionOutput  # noqa: PLC0415
    from ..models.bounding_box_output import BoundingBoxOutput  # noqa: PLC0415
    from ..models.calculate_image_tiles_output import CalculateImageTilesOutput  # noqa: PLC0415
    from ..models.clip_skip_invocation_output import CLIPSkipInvocationOutput  # noqa: PLC0415
    from ..models.cog_view_4_conditioning_output import CogView4ConditioningOutput  # noqa: PLC0415
    from ..models.cog_view_4_model_loader_output import CogView4ModelLoaderOutput  # noqa: PLC0415
    from ..models.collect_invocation_output import CollectInvocationOutput  # noqa: PLC0415
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
        CLIPSkipInvocationOutput,
        CogView4ConditioningOutput,
        CogView4ModelLoaderOutput,
        CollectInvocationOutput,
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
