from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_invocation import AddInvocation
    from ..models.alibaba_cloud_image_generation_invocation import AlibabaCloudImageGenerationInvocation
    from ..models.alpha_mask_to_tensor_invocation import AlphaMaskToTensorInvocation
    from ..models.anima_denoise_invocation import AnimaDenoiseInvocation
    from ..models.anima_denoise_meta_invocation import AnimaDenoiseMetaInvocation
    from ..models.anima_image_to_latents_invocation import AnimaImageToLatentsInvocation
    from ..models.anima_latents_to_image_invocation import AnimaLatentsToImageInvocation
    from ..models.anima_ll_lite_invocation import AnimaLLLiteInvocation
    from ..models.anima_lo_ra_collection_loader import AnimaLoRACollectionLoader
    from ..models.anima_lo_ra_loader_invocation import AnimaLoRALoaderInvocation
    from ..models.anima_model_loader_invocation import AnimaModelLoaderInvocation
    from ..models.anima_text_encoder_invocation import AnimaTextEncoderInvocation
    from ..models.apply_mask_tensor_to_image_invocation import ApplyMaskTensorToImageInvocation
    from ..models.apply_mask_to_image_invocation import ApplyMaskToImageInvocation
    from ..models.blank_image_invocation import BlankImageInvocation
    from ..models.blend_latents_invocation import BlendLatentsInvocation
    from ..models.boolean_collection_invocation import BooleanCollectionInvocation
    from ..models.boolean_invocation import BooleanInvocation
    from ..models.bounding_box_invocation import BoundingBoxInvocation
    from ..models.calculate_image_tiles_even_split_invocation import CalculateImageTilesEvenSplitInvocation
    from ..models.calculate_image_tiles_invocation import CalculateImageTilesInvocation
    from ..models.calculate_image_tiles_minimum_overlap_invocation import CalculateImageTilesMinimumOverlapInvocation
    from ..models.call_saved_workflow_invocation import CallSavedWorkflowInvocation
    from ..models.canny_edge_detection_invocation import CannyEdgeDetectionInvocation
    from ..models.canny_image_processor_invocation import CannyImageProcessorInvocation
    from ..models.canvas_output_invocation import CanvasOutputInvocation
    from ..models.canvas_paste_back_invocation import CanvasPasteBackInvocation
    from ..models.canvas_v2_mask_and_crop_invocation import CanvasV2MaskAndCropInvocation
    from ..models.center_pad_crop_invocation import CenterPadCropInvocation
    from ..models.clip_skip_invocation import CLIPSkipInvocation
    from ..models.cog_view_4_denoise_invocation import CogView4DenoiseInvocation
    from ..models.cog_view_4_image_to_latents_invocation import CogView4ImageToLatentsInvocation
    from ..models.cog_view_4_latents_to_image_invocation import CogView4LatentsToImageInvocation
    from ..models.cog_view_4_model_loader_invocation import CogView4ModelLoaderInvocation
    from ..models.cog_view_4_text_encoder_invocation import CogView4TextEncoderInvocation
    from ..models.collect_invocation import CollectInvocation
    from ..models.color_correct_invocation import ColorCorrectInvocation
    from ..models.color_invocation import ColorInvocation
    from ..models.color_map_image_processor_invocation import ColorMapImageProcessorInvocation
    from ..models.color_map_invocation import ColorMapInvocation
    from ..models.compel_invocation import CompelInvocation
    from ..models.conditioning_collection_invocation import ConditioningCollectionInvocation
    from ..models.conditioning_invocation import ConditioningInvocation
    from ..models.content_shuffle_image_processor_invocation import ContentShuffleImageProcessorInvocation
    from ..models.content_shuffle_invocation import ContentShuffleInvocation
    from ..models.control_net_invocation import ControlNetInvocation
    from ..models.core_metadata_invocation import CoreMetadataInvocation
    from ..models.create_denoise_mask_invocation import CreateDenoiseMaskInvocation
    from ..models.create_gradient_mask_invocation import CreateGradientMaskInvocation
    from ..models.crop_image_to_bounding_box_invocation import CropImageToBoundingBoxInvocation
    from ..models.crop_latents_core_invocation import CropLatentsCoreInvocation
    from ..models.cv2_infill_invocation import CV2InfillInvocation
    from ..models.cv_inpaint_invocation import CvInpaintInvocation
    from ..models.decode_invisible_watermark_invocation import DecodeInvisibleWatermarkInvocation
    from ..models.denoise_latents_invocation import DenoiseLatentsInvocation
    from ..models.denoise_latents_meta_invocation import DenoiseLatentsMetaInvocation
    from ..models.depth_anything_depth_estimation_invocation import DepthAnythingDepthEstimationInvocation
    from ..models.depth_anything_image_processor_invocation import DepthAnythingImageProcessorInvocation
    from ..models.divide_invocation import DivideInvocation
    from ..models.dw_openpose_detection_invocation import DWOpenposeDetectionInvocation
    from ..models.dw_openpose_image_processor_invocation import DWOpenposeImageProcessorInvocation
    from ..models.dynamic_prompt_invocation import DynamicPromptInvocation
    from ..models.ernie_image_denoise_invocation import ErnieImageDenoiseInvocation
    from ..models.ernie_image_model_loader_invocation import ErnieImageModelLoaderInvocation
    from ..models.ernie_image_prompt_enhancer_invocation import ErnieImagePromptEnhancerInvocation
    from ..models.ernie_image_text_encoder_invocation import ErnieImageTextEncoderInvocation
    from ..models.ernie_image_vae_decode_invocation import ErnieImageVaeDecodeInvocation
    from ..models.esrgan_invocation import ESRGANInvocation
    from ..models.expand_mask_with_fade_invocation import ExpandMaskWithFadeInvocation
    from ..models.extract_video_range_invocation import ExtractVideoRangeInvocation
    from ..models.face_identifier_invocation import FaceIdentifierInvocation
    from ..models.face_mask_invocation import FaceMaskInvocation
    from ..models.face_off_invocation import FaceOffInvocation
    from ..models.float_batch_invocation import FloatBatchInvocation
    from ..models.float_collection_invocation import FloatCollectionInvocation
    from ..models.float_generator import FloatGenerator
    from ..models.float_invocation import FloatInvocation
    from ..models.float_linear_range_invocation import FloatLinearRangeInvocation
    from ..models.float_math_invocation import FloatMathInvocation
    from ..models.float_to_integer_invocation import FloatToIntegerInvocation
    from ..models.flux_2_denoise_invocation import Flux2DenoiseInvocation
    from ..models.flux_2_dev_lo_ra_collection_loader import Flux2DevLoRACollectionLoader
    from ..models.flux_2_dev_lo_ra_loader_invocation import Flux2DevLoRALoaderInvocation
    from ..models.flux_2_dev_model_loader_invocation import Flux2DevModelLoaderInvocation
    from ..models.flux_2_dev_text_encoder_invocation import Flux2DevTextEncoderInvocation
    from ..models.flux_2_klein_lo_ra_collection_loader import Flux2KleinLoRACollectionLoader
    from ..models.flux_2_klein_lo_ra_loader_invocation import Flux2KleinLoRALoaderInvocation
    from ..models.flux_2_klein_model_loader_invocation import Flux2KleinModelLoaderInvocation
    from ..models.flux_2_klein_text_encoder_invocation import Flux2KleinTextEncoderInvocation
    from ..models.flux_2_pi_d_decode_invocation import Flux2PiDDecodeInvocation
    from ..models.flux_2_vae_decode_invocation import Flux2VaeDecodeInvocation
    from ..models.flux_2_vae_encode_invocation import Flux2VaeEncodeInvocation
    from ..models.flux_control_lo_ra_loader_invocation import FluxControlLoRALoaderInvocation
    from ..models.flux_control_net_invocation import FluxControlNetInvocation
    from ..models.flux_denoise_invocation import FluxDenoiseInvocation
    from ..models.flux_denoise_latents_meta_invocation import FluxDenoiseLatentsMetaInvocation
    from ..models.flux_fill_invocation import FluxFillInvocation
    from ..models.flux_ip_adapter_invocation import FluxIPAdapterInvocation
    from ..models.flux_kontext_concatenate_images_invocation import FluxKontextConcatenateImagesInvocation
    from ..models.flux_kontext_invocation import FluxKontextInvocation
    from ..models.flux_lo_ra_collection_loader import FLUXLoRACollectionLoader
    from ..models.flux_lo_ra_loader_invocation import FluxLoRALoaderInvocation
    from ..models.flux_model_loader_invocation import FluxModelLoaderInvocation
    from ..models.flux_pi_d_decode_invocation import FluxPiDDecodeInvocation
    from ..models.flux_redux_invocation import FluxReduxInvocation
    from ..models.flux_text_encoder_invocation import FluxTextEncoderInvocation
    from ..models.flux_vae_decode_invocation import FluxVaeDecodeInvocation
    from ..models.flux_vae_encode_invocation import FluxVaeEncodeInvocation
    from ..models.free_u_invocation import FreeUInvocation
    from ..models.gemini_image_generation_invocation import GeminiImageGenerationInvocation
    from ..models.gemma_2_encoder_loader_invocation import Gemma2EncoderLoaderInvocation
    from ..models.get_mask_bounding_box_invocation import GetMaskBoundingBoxInvocation
    from ..models.grounding_dino_invocation import GroundingDinoInvocation
    from ..models.hed_edge_detection_invocation import HEDEdgeDetectionInvocation
    from ..models.hed_image_processor_invocation import HedImageProcessorInvocation
    from ..models.heuristic_resize_invocation import HeuristicResizeInvocation
    from ..models.ideal_size_invocation import IdealSizeInvocation
    from ..models.ideogram_4_caption_builder_invocation import Ideogram4CaptionBuilderInvocation
    from ..models.ideogram_4_denoise_invocation import Ideogram4DenoiseInvocation
    from ..models.ideogram_4_latents_to_image_invocation import Ideogram4LatentsToImageInvocation
    from ..models.ideogram_4_model_loader_invocation import Ideogram4ModelLoaderInvocation
    from ..models.ideogram_4_text_encoder_invocation import Ideogram4TextEncoderInvocation
    from ..models.if_invocation import IfInvocation
    from ..models.image_batch_invocation import ImageBatchInvocation
    from ..models.image_blur_invocation import ImageBlurInvocation
    from ..models.image_channel_invocation import ImageChannelInvocation
    from ..models.image_channel_multiply_invocation import ImageChannelMultiplyInvocation
    from ..models.image_channel_offset_invocation import ImageChannelOffsetInvocation
    from ..models.image_collection_invocation import ImageCollectionInvocation
    from ..models.image_convert_invocation import ImageConvertInvocation
    from ..models.image_crop_invocation import ImageCropInvocation
    from ..models.image_generator import ImageGenerator
    from ..models.image_hue_adjustment_invocation import ImageHueAdjustmentInvocation
    from ..models.image_inverse_lerp_invocation import ImageInverseLerpInvocation
    from ..models.image_invocation import ImageInvocation
    from ..models.image_lerp_invocation import ImageLerpInvocation
    from ..models.image_mask_to_tensor_invocation import ImageMaskToTensorInvocation
    from ..models.image_multiply_invocation import ImageMultiplyInvocation
    from ..models.image_noise_invocation import ImageNoiseInvocation
    from ..models.image_nsfw_blur_invocation import ImageNSFWBlurInvocation
    from ..models.image_panel_layout_invocation import ImagePanelLayoutInvocation
    from ..models.image_paste_invocation import ImagePasteInvocation
    from ..models.image_resize_invocation import ImageResizeInvocation
    from ..models.image_scale_invocation import ImageScaleInvocation
    from ..models.image_to_latents_invocation import ImageToLatentsInvocation
    from ..models.image_watermark_invocation import ImageWatermarkInvocation
    from ..models.infill_color_invocation import InfillColorInvocation
    from ..models.infill_patch_match_invocation import InfillPatchMatchInvocation
    from ..models.infill_tile_invocation import InfillTileInvocation
    from ..models.integer_batch_invocation import IntegerBatchInvocation
    from ..models.integer_collection_invocation import IntegerCollectionInvocation
    from ..models.integer_generator import IntegerGenerator
    from ..models.integer_invocation import IntegerInvocation
    from ..models.integer_math_invocation import IntegerMathInvocation
    from ..models.invert_tensor_mask_invocation import InvertTensorMaskInvocation
    from ..models.invoke_adjust_image_hue_plus_invocation import InvokeAdjustImageHuePlusInvocation
    from ..models.invoke_equivalent_achromatic_lightness_invocation import InvokeEquivalentAchromaticLightnessInvocation
    from ..models.invoke_image_blend_invocation import InvokeImageBlendInvocation
    from ..models.invoke_image_compositor_invocation import InvokeImageCompositorInvocation
    from ..models.invoke_image_dilate_or_erode_invocation import InvokeImageDilateOrErodeInvocation
    from ..models.invoke_image_enhance_invocation import InvokeImageEnhanceInvocation
    from ..models.invoke_image_value_thresholds_invocation import InvokeImageValueThresholdsInvocation
    from ..models.ip_adapter_invocation import IPAdapterInvocation
    from ..models.iterate_invocation import IterateInvocation
    from ..models.krea_2_conditioning_rebalance_invocation import Krea2ConditioningRebalanceInvocation
    from ..models.krea_2_denoise_invocation import Krea2DenoiseInvocation
    from ..models.krea_2_lo_ra_collection_loader import Krea2LoRACollectionLoader
    from ..models.krea_2_lo_ra_loader_invocation import Krea2LoRALoaderInvocation
    from ..models.krea_2_model_loader_invocation import Krea2ModelLoaderInvocation
    from ..models.krea_2_seed_variance_invocation import Krea2SeedVarianceInvocation
    from ..models.krea_2_style_reference_invocation import Krea2StyleReferenceInvocation
    from ..models.krea_2_text_encoder_invocation import Krea2TextEncoderInvocation
    from ..models.la_ma_infill_invocation import LaMaInfillInvocation
    from ..models.latents_collection_invocation import LatentsCollectionInvocation
    from ..models.latents_invocation import LatentsInvocation
    from ..models.latents_to_image_invocation import LatentsToImageInvocation
    from ..models.leres_image_processor_invocation import LeresImageProcessorInvocation
    from ..models.lineart_anime_edge_detection_invocation import LineartAnimeEdgeDetectionInvocation
    from ..models.lineart_anime_image_processor_invocation import LineartAnimeImageProcessorInvocation
    from ..models.lineart_edge_detection_invocation import LineartEdgeDetectionInvocation
    from ..models.lineart_image_processor_invocation import LineartImageProcessorInvocation
    from ..models.llava_onevision_vllm_invocation import LlavaOnevisionVllmInvocation
    from ..models.lo_ra_collection_loader import LoRACollectionLoader
    from ..models.lo_ra_loader_invocation import LoRALoaderInvocation
    from ..models.lo_ra_selector_invocation import LoRASelectorInvocation
    from ..models.main_model_loader_invocation import MainModelLoaderInvocation
    from ..models.mask_combine_invocation import MaskCombineInvocation
    from ..models.mask_edge_invocation import MaskEdgeInvocation
    from ..models.mask_from_alpha_invocation import MaskFromAlphaInvocation
    from ..models.mask_from_id_invocation import MaskFromIDInvocation
    from ..models.mask_tensor_to_image_invocation import MaskTensorToImageInvocation
    from ..models.media_pipe_face_detection_invocation import MediaPipeFaceDetectionInvocation
    from ..models.mediapipe_face_processor_invocation import MediapipeFaceProcessorInvocation
    from ..models.merge_metadata_invocation import MergeMetadataInvocation
    from ..models.merge_tiles_to_image_invocation import MergeTilesToImageInvocation
    from ..models.metadata_field_extractor_invocation import MetadataFieldExtractorInvocation
    from ..models.metadata_from_image_invocation import MetadataFromImageInvocation
    from ..models.metadata_invocation import MetadataInvocation
    from ..models.metadata_item_invocation import MetadataItemInvocation
    from ..models.metadata_item_linked_invocation import MetadataItemLinkedInvocation
    from ..models.metadata_to_bool_collection_invocation import MetadataToBoolCollectionInvocation
    from ..models.metadata_to_bool_invocation import MetadataToBoolInvocation
    from ..models.metadata_to_controlnets_invocation import MetadataToControlnetsInvocation
    from ..models.metadata_to_float_collection_invocation import MetadataToFloatCollectionInvocation
    from ..models.metadata_to_float_invocation import MetadataToFloatInvocation
    from ..models.metadata_to_integer_collection_invocation import MetadataToIntegerCollectionInvocation
    from ..models.metadata_to_integer_invocation import MetadataToIntegerInvocation
    from ..models.metadata_to_ip_adapters_invocation import MetadataToIPAdaptersInvocation
    from ..models.metadata_to_loras_collection_invocation import MetadataToLorasCollectionInvocation
    from ..models.metadata_to_loras_invocation import MetadataToLorasInvocation
    from ..models.metadata_to_model_invocation import MetadataToModelInvocation
    from ..models.metadata_to_scheduler_invocation import MetadataToSchedulerInvocation
    from ..models.metadata_to_sdxl_loras_invocation import MetadataToSDXLLorasInvocation
    from ..models.metadata_to_sdxl_model_invocation import MetadataToSDXLModelInvocation
    from ..models.metadata_to_string_collection_invocation import MetadataToStringCollectionInvocation
    from ..models.metadata_to_string_invocation import MetadataToStringInvocation
    from ..models.metadata_to_t2i_adapters_invocation import MetadataToT2IAdaptersInvocation
    from ..models.metadata_to_vae_invocation import MetadataToVAEInvocation
    from ..models.midas_depth_image_processor_invocation import MidasDepthImageProcessorInvocation
    from ..models.mlsd_detection_invocation import MLSDDetectionInvocation
    from ..models.mlsd_image_processor_invocation import MlsdImageProcessorInvocation
    from ..models.model_identifier_invocation import ModelIdentifierInvocation
    from ..models.multiply_invocation import MultiplyInvocation
    from ..models.noise_invocation import NoiseInvocation
    from ..models.normal_map_invocation import NormalMapInvocation
    from ..models.normalbae_image_processor_invocation import NormalbaeImageProcessorInvocation
    from ..models.oklab_unsharp_mask_invocation import OklabUnsharpMaskInvocation
    from ..models.oklch_image_hue_adjustment_invocation import OklchImageHueAdjustmentInvocation
    from ..models.open_ai_image_generation_invocation import OpenAIImageGenerationInvocation
    from ..models.pair_tile_image_invocation import PairTileImageInvocation
    from ..models.paste_image_into_bounding_box_invocation import PasteImageIntoBoundingBoxInvocation
    from ..models.pbr_maps_invocation import PBRMapsInvocation
    from ..models.pi_d_decoder_loader_invocation import PiDDecoderLoaderInvocation
    from ..models.pi_d_upscale_invocation import PiDUpscaleInvocation
    from ..models.pi_di_net_edge_detection_invocation import PiDiNetEdgeDetectionInvocation
    from ..models.pidi_image_processor_invocation import PidiImageProcessorInvocation
    from ..models.progress_image import ProgressImage
    from ..models.prompt_template_invocation import PromptTemplateInvocation
    from ..models.prompts_from_file_invocation import PromptsFromFileInvocation
    from ..models.qwen_image_denoise_invocation import QwenImageDenoiseInvocation
    from ..models.qwen_image_image_to_latents_invocation import QwenImageImageToLatentsInvocation
    from ..models.qwen_image_latents_to_image_invocation import QwenImageLatentsToImageInvocation
    from ..models.qwen_image_lo_ra_collection_loader import QwenImageLoRACollectionLoader
    from ..models.qwen_image_lo_ra_loader_invocation import QwenImageLoRALoaderInvocation
    from ..models.qwen_image_model_loader_invocation import QwenImageModelLoaderInvocation
    from ..models.qwen_image_pi_d_decode_invocation import QwenImagePiDDecodeInvocation
    from ..models.qwen_image_text_encoder_invocation import QwenImageTextEncoderInvocation
    from ..models.random_float_invocation import RandomFloatInvocation
    from ..models.random_int_invocation import RandomIntInvocation
    from ..models.random_range_invocation import RandomRangeInvocation
    from ..models.range_invocation import RangeInvocation
    from ..models.range_of_size_invocation import RangeOfSizeInvocation
    from ..models.rectangle_mask_invocation import RectangleMaskInvocation
    from ..models.resize_latents_invocation import ResizeLatentsInvocation
    from ..models.round_invocation import RoundInvocation
    from ..models.save_image_invocation import SaveImageInvocation
    from ..models.save_image_to_file_invocation import SaveImageToFileInvocation
    from ..models.scale_latents_invocation import ScaleLatentsInvocation
    from ..models.scheduler_invocation import SchedulerInvocation
    from ..models.sd3_denoise_invocation import SD3DenoiseInvocation
    from ..models.sd3_image_to_latents_invocation import SD3ImageToLatentsInvocation
    from ..models.sd3_latents_to_image_invocation import SD3LatentsToImageInvocation
    from ..models.sd3_pi_d_decode_invocation import SD3PiDDecodeInvocation
    from ..models.sd_3_model_loader_invocation import Sd3ModelLoaderInvocation
    from ..models.sd_3_text_encoder_invocation import Sd3TextEncoderInvocation
    from ..models.sdxl_compel_prompt_invocation import SDXLCompelPromptInvocation
    from ..models.sdxl_lo_ra_collection_loader import SDXLLoRACollectionLoader
    from ..models.sdxl_lo_ra_loader_invocation import SDXLLoRALoaderInvocation
    from ..models.sdxl_model_loader_invocation import SDXLModelLoaderInvocation
    from ..models.sdxl_pi_d_decode_invocation import SDXLPiDDecodeInvocation
    from ..models.sdxl_refiner_compel_prompt_invocation import SDXLRefinerCompelPromptInvocation
    from ..models.sdxl_refiner_model_loader_invocation import SDXLRefinerModelLoaderInvocation
    from ..models.seamless_mode_invocation import SeamlessModeInvocation
    from ..models.seedream_image_generation_invocation import SeedreamImageGenerationInvocation
    from ..models.segment_anything_invocation import SegmentAnythingInvocation
    from ..models.segment_anything_processor_invocation import SegmentAnythingProcessorInvocation
    from ..models.show_image_invocation import ShowImageInvocation
    from ..models.spandrel_image_to_image_autoscale_invocation import SpandrelImageToImageAutoscaleInvocation
    from ..models.spandrel_image_to_image_invocation import SpandrelImageToImageInvocation
    from ..models.step_param_easing_invocation import StepParamEasingInvocation
    from ..models.string_batch_invocation import StringBatchInvocation
    from ..models.string_collection_invocation import StringCollectionInvocation
    from ..models.string_generator import StringGenerator
    from ..models.string_invocation import StringInvocation
    from ..models.string_join_invocation import StringJoinInvocation
    from ..models.string_join_three_invocation import StringJoinThreeInvocation
    from ..models.string_replace_invocation import StringReplaceInvocation
    from ..models.string_split_invocation import StringSplitInvocation
    from ..models.string_split_neg_invocation import StringSplitNegInvocation
    from ..models.subtract_invocation import SubtractInvocation
    from ..models.t2i_adapter_invocation import T2IAdapterInvocation
    from ..models.text_llm_invocation import TextLLMInvocation
    from ..models.text_llm_with_preset_invocation import TextLLMWithPresetInvocation
    from ..models.tile_resampler_processor_invocation import TileResamplerProcessorInvocation
    from ..models.tile_to_properties_invocation import TileToPropertiesInvocation
    from ..models.tiled_multi_diffusion_denoise_latents import TiledMultiDiffusionDenoiseLatents
    from ..models.unknown_invocation import UnknownInvocation
    from ..models.unsharp_mask_invocation import UnsharpMaskInvocation
    from ..models.vae_loader_invocation import VAELoaderInvocation
    from ..models.video_concat_invocation import VideoConcatInvocation
    from ..models.video_frame_extract_invocation import VideoFrameExtractInvocation
    from ..models.video_invocation import VideoInvocation
    from ..models.wan_denoise_invocation import WanDenoiseInvocation
    from ..models.wan_i2v_ideal_dimensions_invocation import WanI2VIdealDimensionsInvocation
    from ..models.wan_image_to_latents_invocation import WanImageToLatentsInvocation
    from ..models.wan_latents_to_image_invocation import WanLatentsToImageInvocation
    from ..models.wan_latents_to_video_invocation import WanLatentsToVideoInvocation
    from ..models.wan_lo_ra_collection_loader import WanLoRACollectionLoader
    from ..models.wan_lo_ra_loader_invocation import WanLoRALoaderInvocation
    from ..models.wan_model_loader_invocation import WanModelLoaderInvocation
    from ..models.wan_ref_image_encoder_invocation import WanRefImageEncoderInvocation
    from ..models.wan_text_encoder_invocation import WanTextEncoderInvocation
    from ..models.wan_ti2v_ideal_dimensions_invocation import WanTI2VIdealDimensionsInvocation
    from ..models.wan_video_denoise_invocation import WanVideoDenoiseInvocation
    from ..models.workflow_return_get_invocation import WorkflowReturnGetInvocation
    from ..models.workflow_return_invocation import WorkflowReturnInvocation
    from ..models.workflow_return_value_invocation import WorkflowReturnValueInvocation
    from ..models.z_image_control_invocation import ZImageControlInvocation
    from ..models.z_image_denoise_invocation import ZImageDenoiseInvocation
    from ..models.z_image_denoise_meta_invocation import ZImageDenoiseMetaInvocation
    from ..models.z_image_image_to_latents_invocation import ZImageImageToLatentsInvocation
    from ..models.z_image_latents_to_image_invocation import ZImageLatentsToImageInvocation
    from ..models.z_image_lo_ra_collection_loader import ZImageLoRACollectionLoader
    from ..models.z_image_lo_ra_loader_invocation import ZImageLoRALoaderInvocation
    from ..models.z_image_model_loader_invocation import ZImageModelLoaderInvocation
    from ..models.z_image_pi_d_decode_invocation import ZImagePiDDecodeInvocation
    from ..models.z_image_seed_variance_enhancer_invocation import ZImageSeedVarianceEnhancerInvocation
    from ..models.z_image_text_encoder_invocation import ZImageTextEncoderInvocation
    from ..models.zoe_depth_image_processor_invocation import ZoeDepthImageProcessorInvocation


T = TypeVar("T", bound="InvocationProgressEvent")


@_attrs_define
class InvocationProgressEvent:
    """Event model for invocation_progress

    Attributes:
        timestamp (int): The timestamp of the event
        queue_id (str): The ID of the queue
        item_id (int): The ID of the queue item
        batch_id (str): The ID of the queue batch
        origin (None | str): The origin of the queue item
        destination (None | str): The destination of the queue item
        session_id (str): The ID of the session (aka graph execution state)
        invocation (AddInvocation | AlibabaCloudImageGenerationInvocation | AlphaMaskToTensorInvocation |
            AnimaDenoiseInvocation | AnimaDenoiseMetaInvocation | AnimaImageToLatentsInvocation |
            AnimaLatentsToImageInvocation | AnimaLLLiteInvocation | AnimaLoRACollectionLoader | AnimaLoRALoaderInvocation |
            AnimaModelLoaderInvocation | AnimaTextEncoderInvocation | ApplyMaskTensorToImageInvocation |
            ApplyMaskToImageInvocation | BlankImageInvocation | BlendLatentsInvocation | BooleanCollectionInvocation |
            BooleanInvocation | BoundingBoxInvocation | CalculateImageTilesEvenSplitInvocation |
            CalculateImageTilesInvocation | CalculateImageTilesMinimumOverlapInvocation | CallSavedWorkflowInvocation |
            CannyEdgeDetectionInvocation | CannyImageProcessorInvocation | CanvasOutputInvocation |
            CanvasPasteBackInvocation | CanvasV2MaskAndCropInvocation | CenterPadCropInvocation | CLIPSkipInvocation |
            CogView4DenoiseInvocation | CogView4ImageToLatentsInvocation | CogView4LatentsToImageInvocation |
            CogView4ModelLoaderInvocation | CogView4TextEncoderInvocation | CollectInvocation | ColorCorrectInvocation |
            ColorInvocation | ColorMapImageProcessorInvocation | ColorMapInvocation | CompelInvocation |
            ConditioningCollectionInvocation | ConditioningInvocation | ContentShuffleImageProcessorInvocation |
            ContentShuffleInvocation | ControlNetInvocation | CoreMetadataInvocation | CreateDenoiseMaskInvocation |
            CreateGradientMaskInvocation | CropImageToBoundingBoxInvocation | CropLatentsCoreInvocation |
            CV2InfillInvocation | CvInpaintInvocation | DecodeInvisibleWatermarkInvocation | DenoiseLatentsInvocation |
            DenoiseLatentsMetaInvocation | DepthAnythingDepthEstimationInvocation | DepthAnythingImageProcessorInvocation |
            DivideInvocation | DWOpenposeDetectionInvocation | DWOpenposeImageProcessorInvocation | DynamicPromptInvocation
            | ErnieImageDenoiseInvocation | ErnieImageModelLoaderInvocation | ErnieImagePromptEnhancerInvocation |
            ErnieImageTextEncoderInvocation | ErnieImageVaeDecodeInvocation | ESRGANInvocation |
            ExpandMaskWithFadeInvocation | ExtractVideoRangeInvocation | FaceIdentifierInvocation | FaceMaskInvocation |
            FaceOffInvocation | FloatBatchInvocation | FloatCollectionInvocation | FloatGenerator | FloatInvocation |
            FloatLinearRangeInvocation | FloatMathInvocation | FloatToIntegerInvocation | Flux2DenoiseInvocation |
            Flux2DevLoRACollectionLoader | Flux2DevLoRALoaderInvocation | Flux2DevModelLoaderInvocation |
            Flux2DevTextEncoderInvocation | Flux2KleinLoRACollectionLoader | Flux2KleinLoRALoaderInvocation |
            Flux2KleinModelLoaderInvocation | Flux2KleinTextEncoderInvocation | Flux2PiDDecodeInvocation |
            Flux2VaeDecodeInvocation | Flux2VaeEncodeInvocation | FluxControlLoRALoaderInvocation | FluxControlNetInvocation
            | FluxDenoiseInvocation | FluxDenoiseLatentsMetaInvocation | FluxFillInvocation | FluxIPAdapterInvocation |
            FluxKontextConcatenateImagesInvocation | FluxKontextInvocation | FLUXLoRACollectionLoader |
            FluxLoRALoaderInvocation | FluxModelLoaderInvocation | FluxPiDDecodeInvocation | FluxReduxInvocation |
            FluxTextEncoderInvocation | FluxVaeDecodeInvocation | FluxVaeEncodeInvocation | FreeUInvocation |
            GeminiImageGenerationInvocation | Gemma2EncoderLoaderInvocation | GetMaskBoundingBoxInvocation |
            GroundingDinoInvocation | HEDEdgeDetectionInvocation | HedImageProcessorInvocation | HeuristicResizeInvocation |
            IdealSizeInvocation | Ideogram4CaptionBuilderInvocation | Ideogram4DenoiseInvocation |
            Ideogram4LatentsToImageInvocation | Ideogram4ModelLoaderInvocation | Ideogram4TextEncoderInvocation |
            IfInvocation | ImageBatchInvocation | ImageBlurInvocation | ImageChannelInvocation |
            ImageChannelMultiplyInvocation | ImageChannelOffsetInvocation | ImageCollectionInvocation |
            ImageConvertInvocation | ImageCropInvocation | ImageGenerator | ImageHueAdjustmentInvocation |
            ImageInverseLerpInvocation | ImageInvocation | ImageLerpInvocation | ImageMaskToTensorInvocation |
            ImageMultiplyInvocation | ImageNoiseInvocation | ImageNSFWBlurInvocation | ImagePanelLayoutInvocation |
            ImagePasteInvocation | ImageResizeInvocation | ImageScaleInvocation | ImageToLatentsInvocation |
            ImageWatermarkInvocation | InfillColorInvocation | InfillPatchMatchInvocation | InfillTileInvocation |
            IntegerBatchInvocation | IntegerCollectionInvocation | IntegerGenerator | IntegerInvocation |
            IntegerMathInvocation | InvertTensorMaskInvocation | InvokeAdjustImageHuePlusInvocation |
            InvokeEquivalentAchromaticLightnessInvocation | InvokeImageBlendInvocation | InvokeImageCompositorInvocation |
            InvokeImageDilateOrErodeInvocation | InvokeImageEnhanceInvocation | InvokeImageValueThresholdsInvocation |
            IPAdapterInvocation | IterateInvocation | Krea2ConditioningRebalanceInvocation | Krea2DenoiseInvocation |
            Krea2LoRACollectionLoader | Krea2LoRALoaderInvocation | Krea2ModelLoaderInvocation | Krea2SeedVarianceInvocation
            | Krea2StyleReferenceInvocation | Krea2TextEncoderInvocation | LaMaInfillInvocation |
            LatentsCollectionInvocation | LatentsInvocation | LatentsToImageInvocation | LeresImageProcessorInvocation |
            LineartAnimeEdgeDetectionInvocation | LineartAnimeImageProcessorInvocation | LineartEdgeDetectionInvocation |
            LineartImageProcessorInvocation | LlavaOnevisionVllmInvocation | LoRACollectionLoader | LoRALoaderInvocation |
            LoRASelectorInvocation | MainModelLoaderInvocation | MaskCombineInvocation | MaskEdgeInvocation |
            MaskFromAlphaInvocation | MaskFromIDInvocation | MaskTensorToImageInvocation | MediaPipeFaceDetectionInvocation
            | MediapipeFaceProcessorInvocation | MergeMetadataInvocation | MergeTilesToImageInvocation |
            MetadataFieldExtractorInvocation | MetadataFromImageInvocation | MetadataInvocation | MetadataItemInvocation |
            MetadataItemLinkedInvocation | MetadataToBoolCollectionInvocation | MetadataToBoolInvocation |
            MetadataToControlnetsInvocation | MetadataToFloatCollectionInvocation | MetadataToFloatInvocation |
            MetadataToIntegerCollectionInvocation | MetadataToIntegerInvocation | MetadataToIPAdaptersInvocation |
            MetadataToLorasCollectionInvocation | MetadataToLorasInvocation | MetadataToModelInvocation |
            MetadataToSchedulerInvocation | MetadataToSDXLLorasInvocation | MetadataToSDXLModelInvocation |
            MetadataToStringCollectionInvocation | MetadataToStringInvocation | MetadataToT2IAdaptersInvocation |
            MetadataToVAEInvocation | MidasDepthImageProcessorInvocation | MLSDDetectionInvocation |
            MlsdImageProcessorInvocation | ModelIdentifierInvocation | MultiplyInvocation | NoiseInvocation |
            NormalbaeImageProcessorInvocation | NormalMapInvocation | OklabUnsharpMaskInvocation |
            OklchImageHueAdjustmentInvocation | OpenAIImageGenerationInvocation | PairTileImageInvocation |
            PasteImageIntoBoundingBoxInvocation | PBRMapsInvocation | PiDDecoderLoaderInvocation |
            PidiImageProcessorInvocation | PiDiNetEdgeDetectionInvocation | PiDUpscaleInvocation | PromptsFromFileInvocation
            | PromptTemplateInvocation | QwenImageDenoiseInvocation | QwenImageImageToLatentsInvocation |
            QwenImageLatentsToImageInvocation | QwenImageLoRACollectionLoader | QwenImageLoRALoaderInvocation |
            QwenImageModelLoaderInvocation | QwenImagePiDDecodeInvocation | QwenImageTextEncoderInvocation |
            RandomFloatInvocation | RandomIntInvocation | RandomRangeInvocation | RangeInvocation | RangeOfSizeInvocation |
            RectangleMaskInvocation | ResizeLatentsInvocation | RoundInvocation | SaveImageInvocation |
            SaveImageToFileInvocation | ScaleLatentsInvocation | SchedulerInvocation | SD3DenoiseInvocation |
            SD3ImageToLatentsInvocation | SD3LatentsToImageInvocation | Sd3ModelLoaderInvocation | SD3PiDDecodeInvocation |
            Sd3TextEncoderInvocation | SDXLCompelPromptInvocation | SDXLLoRACollectionLoader | SDXLLoRALoaderInvocation |
            SDXLModelLoaderInvocation | SDXLPiDDecodeInvocation | SDXLRefinerCompelPromptInvocation |
            SDXLRefinerModelLoaderInvocation | SeamlessModeInvocation | SeedreamImageGenerationInvocation |
            SegmentAnythingInvocation | SegmentAnythingProcessorInvocation | ShowImageInvocation |
            SpandrelImageToImageAutoscaleInvocation | SpandrelImageToImageInvocation | StepParamEasingInvocation |
            StringBatchInvocation | StringCollectionInvocation | StringGenerator | StringInvocation | StringJoinInvocation |
            StringJoinThreeInvocation | StringReplaceInvocation | StringSplitInvocation | StringSplitNegInvocation |
            SubtractInvocation | T2IAdapterInvocation | TextLLMInvocation | TextLLMWithPresetInvocation |
            TiledMultiDiffusionDenoiseLatents | TileResamplerProcessorInvocation | TileToPropertiesInvocation |
            UnknownInvocation | UnsharpMaskInvocation | VAELoaderInvocation | VideoConcatInvocation |
            VideoFrameExtractInvocation | VideoInvocation | WanDenoiseInvocation | WanI2VIdealDimensionsInvocation |
            WanImageToLatentsInvocation | WanLatentsToImageInvocation | WanLatentsToVideoInvocation |
            WanLoRACollectionLoader | WanLoRALoaderInvocation | WanModelLoaderInvocation | WanRefImageEncoderInvocation |
            WanTextEncoderInvocation | WanTI2VIdealDimensionsInvocation | WanVideoDenoiseInvocation |
            WorkflowReturnGetInvocation | WorkflowReturnInvocation | WorkflowReturnValueInvocation | ZImageControlInvocation
            | ZImageDenoiseInvocation | ZImageDenoiseMetaInvocation | ZImageImageToLatentsInvocation |
            ZImageLatentsToImageInvocation | ZImageLoRACollectionLoader | ZImageLoRALoaderInvocation |
            ZImageModelLoaderInvocation | ZImagePiDDecodeInvocation | ZImageSeedVarianceEnhancerInvocation |
            ZImageTextEncoderInvocation | ZoeDepthImageProcessorInvocation): The ID of the invocation
        invocation_source_id (str): The ID of the prepared invocation's source node
        message (str): A message to display
        percentage (float | None): The percentage of the progress (omit to indicate indeterminate progress)
        image (None | ProgressImage): An image representing the current state of the progress
        user_id (str | Unset): The ID of the user who created the queue item Default: 'system'.
        device (None | str | Unset): The device processing this session, e.g. 'cuda:1' (set only when running on a GPU)
    """

    timestamp: int
    queue_id: str
    item_id: int
    batch_id: str
    origin: None | str
    destination: None | str
    session_id: str
    invocation: (
        AddInvocation
        | AlibabaCloudImageGenerationInvocation
        | AlphaMaskToTensorInvocation
        | AnimaDenoiseInvocation
        | AnimaDenoiseMetaInvocation
        | AnimaImageToLatentsInvocation
        | AnimaLatentsToImageInvocation
        | AnimaLLLiteInvocation
        | AnimaLoRACollectionLoader
        | AnimaLoRALoaderInvocation
        | AnimaModelLoaderInvocation
        | AnimaTextEncoderInvocation
        | ApplyMaskTensorToImageInvocation
        | ApplyMaskToImageInvocation
        | BlankImageInvocation
        | BlendLatentsInvocation
        | BooleanCollectionInvocation
        | BooleanInvocation
        | BoundingBoxInvocation
        | CalculateImageTilesEvenSplitInvocation
        | CalculateImageTilesInvocation
        | CalculateImageTilesMinimumOverlapInvocation
        | CallSavedWorkflowInvocation
        | CannyEdgeDetectionInvocation
        | CannyImageProcessorInvocation
        | CanvasOutputInvocation
        | CanvasPasteBackInvocation
        | CanvasV2MaskAndCropInvocation
        | CenterPadCropInvocation
        | CLIPSkipInvocation
        | CogView4DenoiseInvocation
        | CogView4ImageToLatentsInvocation
        | CogView4LatentsToImageInvocation
        | CogView4ModelLoaderInvocation
        | CogView4TextEncoderInvocation
        | CollectInvocation
        | ColorCorrectInvocation
        | ColorInvocation
        | ColorMapImageProcessorInvocation
        | ColorMapInvocation
        | CompelInvocation
        | ConditioningCollectionInvocation
        | ConditioningInvocation
        | ContentShuffleImageProcessorInvocation
        | ContentShuffleInvocation
        | ControlNetInvocation
        | CoreMetadataInvocation
        | CreateDenoiseMaskInvocation
        | CreateGradientMaskInvocation
        | CropImageToBoundingBoxInvocation
        | CropLatentsCoreInvocation
        | CV2InfillInvocation
        | CvInpaintInvocation
        | DecodeInvisibleWatermarkInvocation
        | DenoiseLatentsInvocation
        | DenoiseLatentsMetaInvocation
        | DepthAnythingDepthEstimationInvocation
        | DepthAnythingImageProcessorInvocation
        | DivideInvocation
        | DWOpenposeDetectionInvocation
        | DWOpenposeImageProcessorInvocation
        | DynamicPromptInvocation
        | ErnieImageDenoiseInvocation
        | ErnieImageModelLoaderInvocation
        | ErnieImagePromptEnhancerInvocation
        | ErnieImageTextEncoderInvocation
        | ErnieImageVaeDecodeInvocation
        | ESRGANInvocation
        | ExpandMaskWithFadeInvocation
        | ExtractVideoRangeInvocation
        | FaceIdentifierInvocation
        | FaceMaskInvocation
        | FaceOffInvocation
        | FloatBatchInvocation
        | FloatCollectionInvocation
        | FloatGenerator
        | FloatInvocation
        | FloatLinearRangeInvocation
        | FloatMathInvocation
        | FloatToIntegerInvocation
        | Flux2DenoiseInvocation
        | Flux2DevLoRACollectionLoader
        | Flux2DevLoRALoaderInvocation
        | Flux2DevModelLoaderInvocation
        | Flux2DevTextEncoderInvocation
        | Flux2KleinLoRACollectionLoader
        | Flux2KleinLoRALoaderInvocation
        | Flux2KleinModelLoaderInvocation
        | Flux2KleinTextEncoderInvocation
        | Flux2PiDDecodeInvocation
        | Flux2VaeDecodeInvocation
        | Flux2VaeEncodeInvocation
        | FluxControlLoRALoaderInvocation
        | FluxControlNetInvocation
        | FluxDenoiseInvocation
        | FluxDenoiseLatentsMetaInvocation
        | FluxFillInvocation
        | FluxIPAdapterInvocation
        | FluxKontextConcatenateImagesInvocation
        | FluxKontextInvocation
        | FLUXLoRACollectionLoader
        | FluxLoRALoaderInvocation
        | FluxModelLoaderInvocation
        | FluxPiDDecodeInvocation
        | FluxReduxInvocation
        | FluxTextEncoderInvocation
        | FluxVaeDecodeInvocation
        | FluxVaeEncodeInvocation
        | FreeUInvocation
        | GeminiImageGenerationInvocation
        | Gemma2EncoderLoaderInvocation
        | GetMaskBoundingBoxInvocation
        | GroundingDinoInvocation
        | HEDEdgeDetectionInvocation
        | HedImageProcessorInvocation
        | HeuristicResizeInvocation
        | IdealSizeInvocation
        | Ideogram4CaptionBuilderInvocation
        | Ideogram4DenoiseInvocation
        | Ideogram4LatentsToImageInvocation
        | Ideogram4ModelLoaderInvocation
        | Ideogram4TextEncoderInvocation
        | IfInvocation
        | ImageBatchInvocation
        | ImageBlurInvocation
        | ImageChannelInvocation
        | ImageChannelMultiplyInvocation
        | ImageChannelOffsetInvocation
        | ImageCollectionInvocation
        | ImageConvertInvocation
        | ImageCropInvocation
        | ImageGenerator
        | ImageHueAdjustmentInvocation
        | ImageInverseLerpInvocation
        | ImageInvocation
        | ImageLerpInvocation
        | ImageMaskToTensorInvocation
        | ImageMultiplyInvocation
        | ImageNoiseInvocation
        | ImageNSFWBlurInvocation
        | ImagePanelLayoutInvocation
        | ImagePasteInvocation
        | ImageResizeInvocation
        | ImageScaleInvocation
        | ImageToLatentsInvocation
        | ImageWatermarkInvocation
        | InfillColorInvocation
        | InfillPatchMatchInvocation
        | InfillTileInvocation
        | IntegerBatchInvocation
        | IntegerCollectionInvocation
        | IntegerGenerator
        | IntegerInvocation
        | IntegerMathInvocation
        | InvertTensorMaskInvocation
        | InvokeAdjustImageHuePlusInvocation
        | InvokeEquivalentAchromaticLightnessInvocation
        | InvokeImageBlendInvocation
        | InvokeImageCompositorInvocation
        | InvokeImageDilateOrErodeInvocation
        | InvokeImageEnhanceInvocation
        | InvokeImageValueThresholdsInvocation
        | IPAdapterInvocation
        | IterateInvocation
        | Krea2ConditioningRebalanceInvocation
        | Krea2DenoiseInvocation
        | Krea2LoRACollectionLoader
        | Krea2LoRALoaderInvocation
        | Krea2ModelLoaderInvocation
        | Krea2SeedVarianceInvocation
        | Krea2StyleReferenceInvocation
        | Krea2TextEncoderInvocation
        | LaMaInfillInvocation
        | LatentsCollectionInvocation
        | LatentsInvocation
        | LatentsToImageInvocation
        | LeresImageProcessorInvocation
        | LineartAnimeEdgeDetectionInvocation
        | LineartAnimeImageProcessorInvocation
        | LineartEdgeDetectionInvocation
        | LineartImageProcessorInvocation
        | LlavaOnevisionVllmInvocation
        | LoRACollectionLoader
        | LoRALoaderInvocation
        | LoRASelectorInvocation
        | MainModelLoaderInvocation
        | MaskCombineInvocation
        | MaskEdgeInvocation
        | MaskFromAlphaInvocation
        | MaskFromIDInvocation
        | MaskTensorToImageInvocation
        | MediaPipeFaceDetectionInvocation
        | MediapipeFaceProcessorInvocation
        | MergeMetadataInvocation
        | MergeTilesToImageInvocation
        | MetadataFieldExtractorInvocation
        | MetadataFromImageInvocation
        | MetadataInvocation
        | MetadataItemInvocation
        | MetadataItemLinkedInvocation
        | MetadataToBoolCollectionInvocation
        | MetadataToBoolInvocation
        | MetadataToControlnetsInvocation
        | MetadataToFloatCollectionInvocation
        | MetadataToFloatInvocation
        | MetadataToIntegerCollectionInvocation
        | MetadataToIntegerInvocation
        | MetadataToIPAdaptersInvocation
        | MetadataToLorasCollectionInvocation
        | MetadataToLorasInvocation
        | MetadataToModelInvocation
        | MetadataToSchedulerInvocation
        | MetadataToSDXLLorasInvocation
        | MetadataToSDXLModelInvocation
        | MetadataToStringCollectionInvocation
        | MetadataToStringInvocation
        | MetadataToT2IAdaptersInvocation
        | MetadataToVAEInvocation
        | MidasDepthImageProcessorInvocation
        | MLSDDetectionInvocation
        | MlsdImageProcessorInvocation
        | ModelIdentifierInvocation
        | MultiplyInvocation
        | NoiseInvocation
        | NormalbaeImageProcessorInvocation
        | NormalMapInvocation
        | OklabUnsharpMaskInvocation
        | OklchImageHueAdjustmentInvocation
        | OpenAIImageGenerationInvocation
        | PairTileImageInvocation
        | PasteImageIntoBoundingBoxInvocation
        | PBRMapsInvocation
        | PiDDecoderLoaderInvocation
        | PidiImageProcessorInvocation
        | PiDiNetEdgeDetectionInvocation
        | PiDUpscaleInvocation
        | PromptsFromFileInvocation
        | PromptTemplateInvocation
        | QwenImageDenoiseInvocation
        | QwenImageImageToLatentsInvocation
        | QwenImageLatentsToImageInvocation
        | QwenImageLoRACollectionLoader
        | QwenImageLoRALoaderInvocation
        | QwenImageModelLoaderInvocation
        | QwenImagePiDDecodeInvocation
        | QwenImageTextEncoderInvocation
        | RandomFloatInvocation
        | RandomIntInvocation
        | RandomRangeInvocation
        | RangeInvocation
        | RangeOfSizeInvocation
        | RectangleMaskInvocation
        | ResizeLatentsInvocation
        | RoundInvocation
        | SaveImageInvocation
        | SaveImageToFileInvocation
        | ScaleLatentsInvocation
        | SchedulerInvocation
        | SD3DenoiseInvocation
        | SD3ImageToLatentsInvocation
        | SD3LatentsToImageInvocation
        | Sd3ModelLoaderInvocation
        | SD3PiDDecodeInvocation
        | Sd3TextEncoderInvocation
        | SDXLCompelPromptInvocation
        | SDXLLoRACollectionLoader
        | SDXLLoRALoaderInvocation
        | SDXLModelLoaderInvocation
        | SDXLPiDDecodeInvocation
        | SDXLRefinerCompelPromptInvocation
        | SDXLRefinerModelLoaderInvocation
        | SeamlessModeInvocation
        | SeedreamImageGenerationInvocation
        | SegmentAnythingInvocation
        | SegmentAnythingProcessorInvocation
        | ShowImageInvocation
        | SpandrelImageToImageAutoscaleInvocation
        | SpandrelImageToImageInvocation
        | StepParamEasingInvocation
        | StringBatchInvocation
        | StringCollectionInvocation
        | StringGenerator
        | StringInvocation
        | StringJoinInvocation
        | StringJoinThreeInvocation
        | StringReplaceInvocation
        | StringSplitInvocation
        | StringSplitNegInvocation
        | SubtractInvocation
        | T2IAdapterInvocation
        | TextLLMInvocation
        | TextLLMWithPresetInvocation
        | TiledMultiDiffusionDenoiseLatents
        | TileResamplerProcessorInvocation
        | TileToPropertiesInvocation
        | UnknownInvocation
        | UnsharpMaskInvocation
        | VAELoaderInvocation
        | VideoConcatInvocation
        | VideoFrameExtractInvocation
        | VideoInvocation
        | WanDenoiseInvocation
        | WanI2VIdealDimensionsInvocation
        | WanImageToLatentsInvocation
        | WanLatentsToImageInvocation
        | WanLatentsToVideoInvocation
        | WanLoRACollectionLoader
        | WanLoRALoaderInvocation
        | WanModelLoaderInvocation
        | WanRefImageEncoderInvocation
        | WanTextEncoderInvocation
        | WanTI2VIdealDimensionsInvocation
        | WanVideoDenoiseInvocation
        | WorkflowReturnGetInvocation
        | WorkflowReturnInvocation
        | WorkflowReturnValueInvocation
        | ZImageControlInvocation
        | ZImageDenoiseInvocation
        | ZImageDenoiseMetaInvocation
        | ZImageImageToLatentsInvocation
        | ZImageLatentsToImageInvocation
        | ZImageLoRACollectionLoader
        | ZImageLoRALoaderInvocation
        | ZImageModelLoaderInvocation
        | ZImagePiDDecodeInvocation
        | ZImageSeedVarianceEnhancerInvocation
        | ZImageTextEncoderInvocation
        | ZoeDepthImageProcessorInvocation
    )
    invocation_source_id: str
    message: str
    percentage: float | None
    image: None | ProgressImage
    user_id: str | Unset = "system"
    device: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            AddInvocation,
            AlibabaCloudImageGenerationInvocation,
            AlphaMaskToTensorInvocation,
            AnimaDenoiseInvocation,
            AnimaDenoiseMetaInvocation,
            AnimaImageToLatentsInvocation,
            AnimaLatentsToImageInvocation,
            AnimaLLLiteInvocation,
            AnimaLoRACollectionLoader,
            AnimaLoRALoaderInvocation,
            AnimaModelLoaderInvocation,
            AnimaTextEncoderInvocation,
            ApplyMaskTensorToImageInvocation,
            ApplyMaskToImageInvocation,
            BlankImageInvocation,
            BlendLatentsInvocation,
            BooleanCollectionInvocation,
            BooleanInvocation,
            BoundingBoxInvocation,
            CalculateImageTilesEvenSplitInvocation,
            CalculateImageTilesInvocation,
            CalculateImageTilesMinimumOverlapInvocation,
            CallSavedWorkflowInvocation,
            CannyEdgeDetectionInvocation,
            CannyImageProcessorInvocation,
            CanvasOutputInvocation,
            CanvasPasteBackInvocation,
            CanvasV2MaskAndCropInvocation,
            CenterPadCropInvocation,
            CLIPSkipInvocation,
            CogView4DenoiseInvocation,
            CogView4ImageToLatentsInvocation,
            CogView4LatentsToImageInvocation,
            CogView4ModelLoaderInvocation,
            CogView4TextEncoderInvocation,
            CollectInvocation,
            ColorCorrectInvocation,
            ColorInvocation,
            ColorMapImageProcessorInvocation,
            ColorMapInvocation,
            CompelInvocation,
            ConditioningCollectionInvocation,
            ConditioningInvocation,
            ContentShuffleImageProcessorInvocation,
            ContentShuffleInvocation,
            ControlNetInvocation,
            CoreMetadataInvocation,
            CreateDenoiseMaskInvocation,
            CreateGradientMaskInvocation,
            CropImageToBoundingBoxInvocation,
            CropLatentsCoreInvocation,
            CV2InfillInvocation,
            CvInpaintInvocation,
            DecodeInvisibleWatermarkInvocation,
            DenoiseLatentsInvocation,
            DenoiseLatentsMetaInvocation,
            DepthAnythingDepthEstimationInvocation,
            DepthAnythingImageProcessorInvocation,
            DivideInvocation,
            DWOpenposeDetectionInvocation,
            DWOpenposeImageProcessorInvocation,
            DynamicPromptInvocation,
            ErnieImageDenoiseInvocation,
            ErnieImageModelLoaderInvocation,
            ErnieImagePromptEnhancerInvocation,
            ErnieImageTextEncoderInvocation,
            ErnieImageVaeDecodeInvocation,
            ESRGANInvocation,
            ExpandMaskWithFadeInvocation,
            ExtractVideoRangeInvocation,
            FaceIdentifierInvocation,
            FaceMaskInvocation,
            FaceOffInvocation,
            FloatBatchInvocation,
            FloatCollectionInvocation,
            FloatGenerator,
            FloatInvocation,
            FloatLinearRangeInvocation,
            FloatMathInvocation,
            FloatToIntegerInvocation,
            Flux2DenoiseInvocation,
            Flux2DevLoRACollectionLoader,
            Flux2DevLoRALoaderInvocation,
            Flux2DevModelLoaderInvocation,
            Flux2DevTextEncoderInvocation,
            Flux2KleinLoRACollectionLoader,
            Flux2KleinLoRALoaderInvocation,
            Flux2KleinModelLoaderInvocation,
            Flux2KleinTextEncoderInvocation,
            Flux2PiDDecodeInvocation,
            Flux2VaeDecodeInvocation,
            Flux2VaeEncodeInvocation,
            FluxControlLoRALoaderInvocation,
            FluxControlNetInvocation,
            FluxDenoiseInvocation,
            FluxDenoiseLatentsMetaInvocation,
            FluxFillInvocation,
            FluxIPAdapterInvocation,
            FluxKontextConcatenateImagesInvocation,
            FluxKontextInvocation,
            FLUXLoRACollectionLoader,
            FluxLoRALoaderInvocation,
            FluxModelLoaderInvocation,
            FluxPiDDecodeInvocation,
            FluxReduxInvocation,
            FluxTextEncoderInvocation,
            FluxVaeDecodeInvocation,
            FluxVaeEncodeInvocation,
            FreeUInvocation,
            GeminiImageGenerationInvocation,
            Gemma2EncoderLoaderInvocation,
            GetMaskBoundingBoxInvocation,
            GroundingDinoInvocation,
            HEDEdgeDetectionInvocation,
            HedImageProcessorInvocation,
            HeuristicResizeInvocation,
            IdealSizeInvocation,
            Ideogram4CaptionBuilderInvocation,
            Ideogram4DenoiseInvocation,
            Ideogram4LatentsToImageInvocation,
            Ideogram4ModelLoaderInvocation,
            Ideogram4TextEncoderInvocation,
            IfInvocation,
            ImageBatchInvocation,
            ImageBlurInvocation,
            ImageChannelInvocation,
            ImageChannelMultiplyInvocation,
            ImageChannelOffsetInvocation,
            ImageCollectionInvocation,
            ImageConvertInvocation,
            ImageCropInvocation,
            ImageGenerator,
            ImageHueAdjustmentInvocation,
            ImageInverseLerpInvocation,
            ImageInvocation,
            ImageLerpInvocation,
            ImageMaskToTensorInvocation,
            ImageMultiplyInvocation,
            ImageNoiseInvocation,
            ImageNSFWBlurInvocation,
            ImagePanelLayoutInvocation,
            ImagePasteInvocation,
            ImageResizeInvocation,
            ImageScaleInvocation,
            ImageToLatentsInvocation,
            ImageWatermarkInvocation,
            InfillColorInvocation,
            InfillPatchMatchInvocation,
            InfillTileInvocation,
            IntegerBatchInvocation,
            IntegerCollectionInvocation,
            IntegerGenerator,
            IntegerInvocation,
            IntegerMathInvocation,
            InvertTensorMaskInvocation,
            InvokeAdjustImageHuePlusInvocation,
            InvokeEquivalentAchromaticLightnessInvocation,
            InvokeImageBlendInvocation,
            InvokeImageCompositorInvocation,
            InvokeImageDilateOrErodeInvocation,
            InvokeImageEnhanceInvocation,
            InvokeImageValueThresholdsInvocation,
            IPAdapterInvocation,
            IterateInvocation,
            Krea2ConditioningRebalanceInvocation,
            Krea2DenoiseInvocation,
            Krea2LoRACollectionLoader,
            Krea2LoRALoaderInvocation,
            Krea2ModelLoaderInvocation,
            Krea2SeedVarianceInvocation,
            Krea2StyleReferenceInvocation,
            Krea2TextEncoderInvocation,
            LaMaInfillInvocation,
            LatentsCollectionInvocation,
            LatentsInvocation,
            LatentsToImageInvocation,
            LeresImageProcessorInvocation,
            LineartAnimeEdgeDetectionInvocation,
            LineartAnimeImageProcessorInvocation,
            LineartEdgeDetectionInvocation,
            LineartImageProcessorInvocation,
            LlavaOnevisionVllmInvocation,
            LoRACollectionLoader,
            LoRALoaderInvocation,
            LoRASelectorInvocation,
            MainModelLoaderInvocation,
            MaskCombineInvocation,
            MaskEdgeInvocation,
            MaskFromAlphaInvocation,
            MaskFromIDInvocation,
            MaskTensorToImageInvocation,
            MediaPipeFaceDetectionInvocation,
            MediapipeFaceProcessorInvocation,
            MergeMetadataInvocation,
            MergeTilesToImageInvocation,
            MetadataFieldExtractorInvocation,
            MetadataFromImageInvocation,
            MetadataInvocation,
            MetadataItemInvocation,
            MetadataItemLinkedInvocation,
            MetadataToBoolCollectionInvocation,
            MetadataToBoolInvocation,
            MetadataToControlnetsInvocation,
            MetadataToFloatCollectionInvocation,
            MetadataToFloatInvocation,
            MetadataToIntegerCollectionInvocation,
            MetadataToIntegerInvocation,
            MetadataToIPAdaptersInvocation,
            MetadataToLorasCollectionInvocation,
            MetadataToLorasInvocation,
            MetadataToModelInvocation,
            MetadataToSchedulerInvocation,
            MetadataToSDXLLorasInvocation,
            MetadataToSDXLModelInvocation,
            MetadataToStringCollectionInvocation,
            MetadataToStringInvocation,
            MetadataToT2IAdaptersInvocation,
            MetadataToVAEInvocation,
            MidasDepthImageProcessorInvocation,
            MLSDDetectionInvocation,
            MlsdImageProcessorInvocation,
            ModelIdentifierInvocation,
            MultiplyInvocation,
            NoiseInvocation,
            NormalbaeImageProcessorInvocation,
            NormalMapInvocation,
            OklabUnsharpMaskInvocation,
            OklchImageHueAdjustmentInvocation,
            OpenAIImageGenerationInvocation,
            PairTileImageInvocation,
            PasteImageIntoBoundingBoxInvocation,
            PBRMapsInvocation,
            PiDDecoderLoaderInvocation,
            PidiImageProcessorInvocation,
            PiDiNetEdgeDetectionInvocation,
            PiDUpscaleInvocation,
            ProgressImage,
            PromptsFromFileInvocation,
            PromptTemplateInvocation,
            QwenImageDenoiseInvocation,
            QwenImageImageToLatentsInvocation,
            QwenImageLatentsToImageInvocation,
            QwenImageLoRACollectionLoader,
            QwenImageLoRALoaderInvocation,
            QwenImageModelLoaderInvocation,
            QwenImagePiDDecodeInvocation,
            QwenImageTextEncoderInvocation,
            RandomFloatInvocation,
            RandomIntInvocation,
            RandomRangeInvocation,
            RangeInvocation,
            RangeOfSizeInvocation,
            RectangleMaskInvocation,
            ResizeLatentsInvocation,
            RoundInvocation,
            SaveImageInvocation,
            SaveImageToFileInvocation,
            ScaleLatentsInvocation,
            SchedulerInvocation,
            SD3DenoiseInvocation,
            SD3ImageToLatentsInvocation,
            SD3LatentsToImageInvocation,
            Sd3ModelLoaderInvocation,
            SD3PiDDecodeInvocation,
            Sd3TextEncoderInvocation,
            SDXLCompelPromptInvocation,
            SDXLLoRACollectionLoader,
            SDXLLoRALoaderInvocation,
            SDXLModelLoaderInvocation,
            SDXLPiDDecodeInvocation,
            SDXLRefinerCompelPromptInvocation,
            SDXLRefinerModelLoaderInvocation,
            SeamlessModeInvocation,
            SeedreamImageGenerationInvocation,
            SegmentAnythingInvocation,
            SegmentAnythingProcessorInvocation,
            ShowImageInvocation,
            SpandrelImageToImageAutoscaleInvocation,
            SpandrelImageToImageInvocation,
            StepParamEasingInvocation,
            StringBatchInvocation,
            StringCollectionInvocation,
            StringGenerator,
            StringInvocation,
            StringJoinInvocation,
            StringJoinThreeInvocation,
            StringReplaceInvocation,
            StringSplitInvocation,
            StringSplitNegInvocation,
            SubtractInvocation,
            T2IAdapterInvocation,
            TextLLMInvocation,
            TextLLMWithPresetInvocation,
            TiledMultiDiffusionDenoiseLatents,
            TileResamplerProcessorInvocation,
            TileToPropertiesInvocation,
            UnknownInvocation,
            UnsharpMaskInvocation,
            VAELoaderInvocation,
            VideoConcatInvocation,
            VideoFrameExtractInvocation,
            VideoInvocation,
            WanDenoiseInvocation,
            WanI2VIdealDimensionsInvocation,
            WanImageToLatentsInvocation,
            WanLatentsToImageInvocation,
            WanLatentsToVideoInvocation,
            WanLoRACollectionLoader,
            WanLoRALoaderInvocation,
            WanModelLoaderInvocation,
            WanRefImageEncoderInvocation,
            WanTextEncoderInvocation,
            WanTI2VIdealDimensionsInvocation,
            WanVideoDenoiseInvocation,
            WorkflowReturnGetInvocation,
            WorkflowReturnInvocation,
            WorkflowReturnValueInvocation,
            ZImageControlInvocation,
            ZImageDenoiseInvocation,
            ZImageDenoiseMetaInvocation,
            ZImageImageToLatentsInvocation,
            ZImageLatentsToImageInvocation,
            ZImageLoRACollectionLoader,
            ZImageLoRALoaderInvocation,
            ZImageModelLoaderInvocation,
            ZImagePiDDecodeInvocation,
            ZImageSeedVarianceEnhancerInvocation,
            ZImageTextEncoderInvocation,
            ZoeDepthImageProcessorInvocation,
        ) = _lazy_imports()
        timestamp = self.timestamp

        queue_id = self.queue_id

        item_id = self.item_id

        batch_id = self.batch_id

        origin: None | str
        origin = self.origin

        destination: None | str
        destination = self.destination

        session_id = self.session_id

        invocation: dict[str, Any]
        if isinstance(self.invocation, AddInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, AlibabaCloudImageGenerationInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, AlphaMaskToTensorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, AnimaDenoiseInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, AnimaDenoiseMetaInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, AnimaImageToLatentsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, AnimaLLLiteInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, AnimaLatentsToImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, AnimaLoRACollectionLoader):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, AnimaLoRALoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, AnimaModelLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, AnimaTextEncoderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ApplyMaskTensorToImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ApplyMaskToImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, BlankImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, BlendLatentsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, BooleanCollectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, BooleanInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, BoundingBoxInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CLIPSkipInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CV2InfillInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CalculateImageTilesEvenSplitInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CalculateImageTilesInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CalculateImageTilesMinimumOverlapInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CallSavedWorkflowInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CannyEdgeDetectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CanvasOutputInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CanvasPasteBackInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CanvasV2MaskAndCropInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CenterPadCropInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CogView4DenoiseInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CogView4ImageToLatentsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CogView4LatentsToImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CogView4ModelLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CogView4TextEncoderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CollectInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ColorCorrectInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ColorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ColorMapInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CompelInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ConditioningCollectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ConditioningInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ContentShuffleInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ControlNetInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CoreMetadataInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CreateDenoiseMaskInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CreateGradientMaskInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CropImageToBoundingBoxInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CropLatentsCoreInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CvInpaintInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, DWOpenposeDetectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, DecodeInvisibleWatermarkInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, DenoiseLatentsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, DenoiseLatentsMetaInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, DepthAnythingDepthEstimationInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, DivideInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, DynamicPromptInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ESRGANInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ErnieImageDenoiseInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ErnieImageModelLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ErnieImagePromptEnhancerInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ErnieImageTextEncoderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ErnieImageVaeDecodeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ExpandMaskWithFadeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ExtractVideoRangeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FLUXLoRACollectionLoader):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FaceIdentifierInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FaceMaskInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FaceOffInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FloatBatchInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FloatCollectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FloatGenerator):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FloatInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FloatLinearRangeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FloatMathInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FloatToIntegerInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Flux2DenoiseInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Flux2DevLoRACollectionLoader):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Flux2DevLoRALoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Flux2DevModelLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Flux2DevTextEncoderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Flux2KleinLoRACollectionLoader):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Flux2KleinLoRALoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Flux2KleinModelLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Flux2KleinTextEncoderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Flux2PiDDecodeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Flux2VaeDecodeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Flux2VaeEncodeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FluxControlLoRALoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FluxControlNetInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FluxDenoiseInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FluxDenoiseLatentsMetaInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FluxFillInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FluxIPAdapterInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FluxKontextConcatenateImagesInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FluxKontextInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FluxLoRALoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FluxModelLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FluxPiDDecodeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FluxReduxInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FluxTextEncoderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FluxVaeDecodeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FluxVaeEncodeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, FreeUInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, GeminiImageGenerationInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Gemma2EncoderLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, GetMaskBoundingBoxInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, GroundingDinoInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, HEDEdgeDetectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, HeuristicResizeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, IPAdapterInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, IdealSizeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Ideogram4CaptionBuilderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Ideogram4DenoiseInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Ideogram4LatentsToImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Ideogram4ModelLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Ideogram4TextEncoderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, IfInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageBatchInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageBlurInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageChannelInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageChannelMultiplyInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageChannelOffsetInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageCollectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageConvertInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageCropInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageGenerator):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageHueAdjustmentInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageInverseLerpInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageLerpInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageMaskToTensorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageMultiplyInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageNSFWBlurInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageNoiseInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImagePanelLayoutInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImagePasteInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageResizeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageScaleInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageToLatentsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ImageWatermarkInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, InfillColorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, InfillPatchMatchInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, InfillTileInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, IntegerBatchInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, IntegerCollectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, IntegerGenerator):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, IntegerInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, IntegerMathInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, InvertTensorMaskInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, InvokeAdjustImageHuePlusInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, InvokeEquivalentAchromaticLightnessInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, InvokeImageBlendInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, InvokeImageCompositorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, InvokeImageDilateOrErodeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, InvokeImageEnhanceInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, InvokeImageValueThresholdsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, IterateInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Krea2ConditioningRebalanceInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Krea2DenoiseInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Krea2LoRACollectionLoader):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Krea2LoRALoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Krea2ModelLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Krea2SeedVarianceInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Krea2StyleReferenceInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Krea2TextEncoderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, LaMaInfillInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, LatentsCollectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, LatentsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, LatentsToImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, LineartAnimeEdgeDetectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, LineartEdgeDetectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, LlavaOnevisionVllmInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, LoRACollectionLoader):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, LoRALoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, LoRASelectorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MLSDDetectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MainModelLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MaskCombineInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MaskEdgeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MaskFromAlphaInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MaskFromIDInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MaskTensorToImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MediaPipeFaceDetectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MergeMetadataInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MergeTilesToImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataFieldExtractorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataFromImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataItemInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataItemLinkedInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToBoolCollectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToBoolInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToControlnetsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToFloatCollectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToFloatInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToIPAdaptersInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToIntegerCollectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToIntegerInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToLorasCollectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToLorasInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToModelInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToSDXLLorasInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToSDXLModelInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToSchedulerInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToStringCollectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToStringInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToT2IAdaptersInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MetadataToVAEInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ModelIdentifierInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MultiplyInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, NoiseInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, NormalMapInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, OklabUnsharpMaskInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, OklchImageHueAdjustmentInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, OpenAIImageGenerationInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, PBRMapsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, PairTileImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, PasteImageIntoBoundingBoxInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, PiDDecoderLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, PiDUpscaleInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, PiDiNetEdgeDetectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, PromptTemplateInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, PromptsFromFileInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, QwenImageDenoiseInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, QwenImageImageToLatentsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, QwenImageLatentsToImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, QwenImageLoRACollectionLoader):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, QwenImageLoRALoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, QwenImageModelLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, QwenImagePiDDecodeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, QwenImageTextEncoderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, RandomFloatInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, RandomIntInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, RandomRangeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, RangeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, RangeOfSizeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, RectangleMaskInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ResizeLatentsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, RoundInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SD3DenoiseInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SD3ImageToLatentsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SD3LatentsToImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SD3PiDDecodeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SDXLCompelPromptInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SDXLLoRACollectionLoader):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SDXLLoRALoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SDXLModelLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SDXLPiDDecodeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SDXLRefinerCompelPromptInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SDXLRefinerModelLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SaveImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SaveImageToFileInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ScaleLatentsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SchedulerInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Sd3ModelLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, Sd3TextEncoderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SeamlessModeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SeedreamImageGenerationInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SegmentAnythingInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ShowImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SpandrelImageToImageAutoscaleInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SpandrelImageToImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, StringBatchInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, StringCollectionInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, StringGenerator):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, StringInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, StringJoinInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, StringJoinThreeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, StringReplaceInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, StringSplitInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, StringSplitNegInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SubtractInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, T2IAdapterInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, TextLLMInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, TextLLMWithPresetInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, TileToPropertiesInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, TiledMultiDiffusionDenoiseLatents):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, UnsharpMaskInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, VAELoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, VideoConcatInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, VideoFrameExtractInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, VideoInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, WanDenoiseInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, WanI2VIdealDimensionsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, WanImageToLatentsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, WanLatentsToImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, WanLatentsToVideoInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, WanLoRACollectionLoader):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, WanLoRALoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, WanModelLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, WanRefImageEncoderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, WanTI2VIdealDimensionsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, WanTextEncoderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, WanVideoDenoiseInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, WorkflowReturnGetInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, WorkflowReturnInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, WorkflowReturnValueInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ZImageControlInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ZImageDenoiseInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ZImageDenoiseMetaInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ZImageImageToLatentsInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ZImageLatentsToImageInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ZImageLoRACollectionLoader):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ZImageLoRALoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ZImageModelLoaderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ZImagePiDDecodeInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ZImageSeedVarianceEnhancerInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ZImageTextEncoderInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, CannyImageProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ColorMapImageProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ContentShuffleImageProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, DWOpenposeImageProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, DepthAnythingImageProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, HedImageProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, LeresImageProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, LineartAnimeImageProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, LineartImageProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MediapipeFaceProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MidasDepthImageProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, MlsdImageProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, NormalbaeImageProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, PidiImageProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, SegmentAnythingProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, TileResamplerProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, ZoeDepthImageProcessorInvocation):
            invocation = self.invocation.to_dict()
        elif isinstance(self.invocation, StepParamEasingInvocation):
            invocation = self.invocation.to_dict()
        else:
            invocation = self.invocation.to_dict()

        invocation_source_id = self.invocation_source_id

        message = self.message

        percentage: float | None
        percentage = self.percentage

        image: dict[str, Any] | None
        if isinstance(self.image, ProgressImage):
            image = self.image.to_dict()
        else:
            image = self.image

        user_id = self.user_id

        device: None | str | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        else:
            device = self.device

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "queue_id": queue_id,
                "item_id": item_id,
                "batch_id": batch_id,
                "origin": origin,
                "destination": destination,
                "session_id": session_id,
                "invocation": invocation,
                "invocation_source_id": invocation_source_id,
                "message": message,
                "percentage": percentage,
                "image": image,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        queue_id = d.pop("queue_id")

        item_id = d.pop("item_id")

        batch_id = d.pop("batch_id")

        def _parse_origin(data: object) -> None | str:
            if data is None:
                return data

            return cast(None | str, data)

        origin = _parse_origin(d.pop("origin"))

        def _parse_destination(data: object) -> None | str:
            if data is None:
                return data

            return cast(None | str, data)

        destination = _parse_destination(d.pop("destination"))

        session_id = d.pop("session_id")

        def _parse_invocation(
            data: object,
        ) -> (
            AddInvocation
            | AlibabaCloudImageGenerationInvocation
            | AlphaMaskToTensorInvocation
            | AnimaDenoiseInvocation
            | AnimaDenoiseMetaInvocation
            | AnimaImageToLatentsInvocation
            | AnimaLatentsToImageInvocation
            | AnimaLLLiteInvocation
            | AnimaLoRACollectionLoader
            | AnimaLoRALoaderInvocation
            | AnimaModelLoaderInvocation
            | AnimaTextEncoderInvocation
            | ApplyMaskTensorToImageInvocation
            | ApplyMaskToImageInvocation
            | BlankImageInvocation
            | BlendLatentsInvocation
            | BooleanCollectionInvocation
            | BooleanInvocation
            | BoundingBoxInvocation
            | CalculateImageTilesEvenSplitInvocation
            | CalculateImageTilesInvocation
            | CalculateImageTilesMinimumOverlapInvocation
            | CallSavedWorkflowInvocation
            | CannyEdgeDetectionInvocation
            | CannyImageProcessorInvocation
            | CanvasOutputInvocation
            | CanvasPasteBackInvocation
            | CanvasV2MaskAndCropInvocation
            | CenterPadCropInvocation
            | CLIPSkipInvocation
            | CogView4DenoiseInvocation
            | CogView4ImageToLatentsInvocation
            | CogView4LatentsToImageInvocation
            | CogView4ModelLoaderInvocation
            | CogView4TextEncoderInvocation
            | CollectInvocation
            | ColorCorrectInvocation
            | ColorInvocation
            | ColorMapImageProcessorInvocation
            | ColorMapInvocation
            | CompelInvocation
            | ConditioningCollectionInvocation
            | ConditioningInvocation
            | ContentShuffleImageProcessorInvocation
            | ContentShuffleInvocation
            | ControlNetInvocation
            | CoreMetadataInvocation
            | CreateDenoiseMaskInvocation
            | CreateGradientMaskInvocation
            | CropImageToBoundingBoxInvocation
            | CropLatentsCoreInvocation
            | CV2InfillInvocation
            | CvInpaintInvocation
            | DecodeInvisibleWatermarkInvocation
            | DenoiseLatentsInvocation
            | DenoiseLatentsMetaInvocation
            | DepthAnythingDepthEstimationInvocation
            | DepthAnythingImageProcessorInvocation
            | DivideInvocation
            | DWOpenposeDetectionInvocation
            | DWOpenposeImageProcessorInvocation
            | DynamicPromptInvocation
            | ErnieImageDenoiseInvocation
            | ErnieImageModelLoaderInvocation
            | ErnieImagePromptEnhancerInvocation
            | ErnieImageTextEncoderInvocation
            | ErnieImageVaeDecodeInvocation
            | ESRGANInvocation
            | ExpandMaskWithFadeInvocation
            | ExtractVideoRangeInvocation
            | FaceIdentifierInvocation
            | FaceMaskInvocation
            | FaceOffInvocation
            | FloatBatchInvocation
            | FloatCollectionInvocation
            | FloatGenerator
            | FloatInvocation
            | FloatLinearRangeInvocation
            | FloatMathInvocation
            | FloatToIntegerInvocation
            | Flux2DenoiseInvocation
            | Flux2DevLoRACollectionLoader
            | Flux2DevLoRALoaderInvocation
            | Flux2DevModelLoaderInvocation
            | Flux2DevTextEncoderInvocation
            | Flux2KleinLoRACollectionLoader
            | Flux2KleinLoRALoaderInvocation
            | Flux2KleinModelLoaderInvocation
            | Flux2KleinTextEncoderInvocation
            | Flux2PiDDecodeInvocation
            | Flux2VaeDecodeInvocation
            | Flux2VaeEncodeInvocation
            | FluxControlLoRALoaderInvocation
            | FluxControlNetInvocation
            | FluxDenoiseInvocation
            | FluxDenoiseLatentsMetaInvocation
            | FluxFillInvocation
            | FluxIPAdapterInvocation
            | FluxKontextConcatenateImagesInvocation
            | FluxKontextInvocation
            | FLUXLoRACollectionLoader
            | FluxLoRALoaderInvocation
            | FluxModelLoaderInvocation
            | FluxPiDDecodeInvocation
            | FluxReduxInvocation
            | FluxTextEncoderInvocation
            | FluxVaeDecodeInvocation
            | FluxVaeEncodeInvocation
            | FreeUInvocation
            | GeminiImageGenerationInvocation
            | Gemma2EncoderLoaderInvocation
            | GetMaskBoundingBoxInvocation
            | GroundingDinoInvocation
            | HEDEdgeDetectionInvocation
            | HedImageProcessorInvocation
            | HeuristicResizeInvocation
            | IdealSizeInvocation
            | Ideogram4CaptionBuilderInvocation
            | Ideogram4DenoiseInvocation
            | Ideogram4LatentsToImageInvocation
            | Ideogram4ModelLoaderInvocation
            | Ideogram4TextEncoderInvocation
            | IfInvocation
            | ImageBatchInvocation
            | ImageBlurInvocation
            | ImageChannelInvocation
            | ImageChannelMultiplyInvocation
            | ImageChannelOffsetInvocation
            | ImageCollectionInvocation
            | ImageConvertInvocation
            | ImageCropInvocation
            | ImageGenerator
            | ImageHueAdjustmentInvocation
            | ImageInverseLerpInvocation
            | ImageInvocation
            | ImageLerpInvocation
            | ImageMaskToTensorInvocation
            | ImageMultiplyInvocation
            | ImageNoiseInvocation
            | ImageNSFWBlurInvocation
            | ImagePanelLayoutInvocation
            | ImagePasteInvocation
            | ImageResizeInvocation
            | ImageScaleInvocation
            | ImageToLatentsInvocation
            | ImageWatermarkInvocation
            | InfillColorInvocation
            | InfillPatchMatchInvocation
            | InfillTileInvocation
            | IntegerBatchInvocation
            | IntegerCollectionInvocation
            | IntegerGenerator
            | IntegerInvocation
            | IntegerMathInvocation
            | InvertTensorMaskInvocation
            | InvokeAdjustImageHuePlusInvocation
            | InvokeEquivalentAchromaticLightnessInvocation
            | InvokeImageBlendInvocation
            | InvokeImageCompositorInvocation
            | InvokeImageDilateOrErodeInvocation
            | InvokeImageEnhanceInvocation
            | InvokeImageValueThresholdsInvocation
            | IPAdapterInvocation
            | IterateInvocation
            | Krea2ConditioningRebalanceInvocation
            | Krea2DenoiseInvocation
            | Krea2LoRACollectionLoader
            | Krea2LoRALoaderInvocation
            | Krea2ModelLoaderInvocation
            | Krea2SeedVarianceInvocation
            | Krea2StyleReferenceInvocation
            | Krea2TextEncoderInvocation
            | LaMaInfillInvocation
            | LatentsCollectionInvocation
            | LatentsInvocation
            | LatentsToImageInvocation
            | LeresImageProcessorInvocation
            | LineartAnimeEdgeDetectionInvocation
            | LineartAnimeImageProcessorInvocation
            | LineartEdgeDetectionInvocation
            | LineartImageProcessorInvocation
            | LlavaOnevisionVllmInvocation
            | LoRACollectionLoader
            | LoRALoaderInvocation
            | LoRASelectorInvocation
            | MainModelLoaderInvocation
            | MaskCombineInvocation
            | MaskEdgeInvocation
            | MaskFromAlphaInvocation
            | MaskFromIDInvocation
            | MaskTensorToImageInvocation
            | MediaPipeFaceDetectionInvocation
            | MediapipeFaceProcessorInvocation
            | MergeMetadataInvocation
            | MergeTilesToImageInvocation
            | MetadataFieldExtractorInvocation
            | MetadataFromImageInvocation
            | MetadataInvocation
            | MetadataItemInvocation
            | MetadataItemLinkedInvocation
            | MetadataToBoolCollectionInvocation
            | MetadataToBoolInvocation
            | MetadataToControlnetsInvocation
            | MetadataToFloatCollectionInvocation
            | MetadataToFloatInvocation
            | MetadataToIntegerCollectionInvocation
            | MetadataToIntegerInvocation
            | MetadataToIPAdaptersInvocation
            | MetadataToLorasCollectionInvocation
            | MetadataToLorasInvocation
            | MetadataToModelInvocation
            | MetadataToSchedulerInvocation
            | MetadataToSDXLLorasInvocation
            | MetadataToSDXLModelInvocation
            | MetadataToStringCollectionInvocation
            | MetadataToStringInvocation
            | MetadataToT2IAdaptersInvocation
            | MetadataToVAEInvocation
            | MidasDepthImageProcessorInvocation
            | MLSDDetectionInvocation
            | MlsdImageProcessorInvocation
            | ModelIdentifierInvocation
            | MultiplyInvocation
            | NoiseInvocation
            | NormalbaeImageProcessorInvocation
            | NormalMapInvocation
            | OklabUnsharpMaskInvocation
            | OklchImageHueAdjustmentInvocation
            | OpenAIImageGenerationInvocation
            | PairTileImageInvocation
            | PasteImageIntoBoundingBoxInvocation
            | PBRMapsInvocation
            | PiDDecoderLoaderInvocation
            | PidiImageProcessorInvocation
            | PiDiNetEdgeDetectionInvocation
            | PiDUpscaleInvocation
            | PromptsFromFileInvocation
            | PromptTemplateInvocation
            | QwenImageDenoiseInvocation
            | QwenImageImageToLatentsInvocation
            | QwenImageLatentsToImageInvocation
            | QwenImageLoRACollectionLoader
            | QwenImageLoRALoaderInvocation
            | QwenImageModelLoaderInvocation
            | QwenImagePiDDecodeInvocation
            | QwenImageTextEncoderInvocation
            | RandomFloatInvocation
            | RandomIntInvocation
            | RandomRangeInvocation
            | RangeInvocation
            | RangeOfSizeInvocation
            | RectangleMaskInvocation
            | ResizeLatentsInvocation
            | RoundInvocation
            | SaveImageInvocation
            | SaveImageToFileInvocation
            | ScaleLatentsInvocation
            | SchedulerInvocation
            | SD3DenoiseInvocation
            | SD3ImageToLatentsInvocation
            | SD3LatentsToImageInvocation
            | Sd3ModelLoaderInvocation
            | SD3PiDDecodeInvocation
            | Sd3TextEncoderInvocation
            | SDXLCompelPromptInvocation
            | SDXLLoRACollectionLoader
            | SDXLLoRALoaderInvocation
            | SDXLModelLoaderInvocation
            | SDXLPiDDecodeInvocation
            | SDXLRefinerCompelPromptInvocation
            | SDXLRefinerModelLoaderInvocation
            | SeamlessModeInvocation
            | SeedreamImageGenerationInvocation
            | SegmentAnythingInvocation
            | SegmentAnythingProcessorInvocation
            | ShowImageInvocation
            | SpandrelImageToImageAutoscaleInvocation
            | SpandrelImageToImageInvocation
            | StepParamEasingInvocation
            | StringBatchInvocation
            | StringCollectionInvocation
            | StringGenerator
            | StringInvocation
            | StringJoinInvocation
            | StringJoinThreeInvocation
            | StringReplaceInvocation
            | StringSplitInvocation
            | StringSplitNegInvocation
            | SubtractInvocation
            | T2IAdapterInvocation
            | TextLLMInvocation
            | TextLLMWithPresetInvocation
            | TiledMultiDiffusionDenoiseLatents
            | TileResamplerProcessorInvocation
            | TileToPropertiesInvocation
            | UnknownInvocation
            | UnsharpMaskInvocation
            | VAELoaderInvocation
            | VideoConcatInvocation
            | VideoFrameExtractInvocation
            | VideoInvocation
            | WanDenoiseInvocation
            | WanI2VIdealDimensionsInvocation
            | WanImageToLatentsInvocation
            | WanLatentsToImageInvocation
            | WanLatentsToVideoInvocation
            | WanLoRACollectionLoader
            | WanLoRALoaderInvocation
            | WanModelLoaderInvocation
            | WanRefImageEncoderInvocation
            | WanTextEncoderInvocation
            | WanTI2VIdealDimensionsInvocation
            | WanVideoDenoiseInvocation
            | WorkflowReturnGetInvocation
            | WorkflowReturnInvocation
            | WorkflowReturnValueInvocation
            | ZImageControlInvocation
            | ZImageDenoiseInvocation
            | ZImageDenoiseMetaInvocation
            | ZImageImageToLatentsInvocation
            | ZImageLatentsToImageInvocation
            | ZImageLoRACollectionLoader
            | ZImageLoRALoaderInvocation
            | ZImageModelLoaderInvocation
            | ZImagePiDDecodeInvocation
            | ZImageSeedVarianceEnhancerInvocation
            | ZImageTextEncoderInvocation
            | ZoeDepthImageProcessorInvocation
        ):
            if isinstance(data, dict):
                match data.get("type"):
                    case "add":
                        from invokeai_api.models.add_invocation import AddInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "alibabacloud_image_generation":
                        from invokeai_api.models.alibaba_cloud_image_generation_invocation import (
                            AlibabaCloudImageGenerationInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "alpha_mask_to_tensor":
                        from invokeai_api.models.alpha_mask_to_tensor_invocation import (
                            AlphaMaskToTensorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "anima_denoise":
                        from invokeai_api.models.anima_denoise_invocation import AnimaDenoiseInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "anima_denoise_meta":
                        from invokeai_api.models.anima_denoise_meta_invocation import (
                            AnimaDenoiseMetaInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "anima_i2l":
                        from invokeai_api.models.anima_image_to_latents_invocation import (
                            AnimaImageToLatentsInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "anima_l2i":
                        from invokeai_api.models.anima_latents_to_image_invocation import (
                            AnimaLatentsToImageInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "anima_lllite":
                        from invokeai_api.models.anima_ll_lite_invocation import AnimaLLLiteInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "anima_lora_collection_loader":
                        from invokeai_api.models.anima_lo_ra_collection_loader import (
                            AnimaLoRACollectionLoader as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "anima_lora_loader":
                        from invokeai_api.models.anima_lo_ra_loader_invocation import (
                            AnimaLoRALoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "anima_model_loader":
                        from invokeai_api.models.anima_model_loader_invocation import (
                            AnimaModelLoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "anima_text_encoder":
                        from invokeai_api.models.anima_text_encoder_invocation import (
                            AnimaTextEncoderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "apply_mask_to_image":
                        from invokeai_api.models.apply_mask_to_image_invocation import (
                            ApplyMaskToImageInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "apply_tensor_mask_to_image":
                        from invokeai_api.models.apply_mask_tensor_to_image_invocation import (
                            ApplyMaskTensorToImageInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "blank_image":
                        from invokeai_api.models.blank_image_invocation import BlankImageInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "boolean":
                        from invokeai_api.models.boolean_invocation import BooleanInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "boolean_collection":
                        from invokeai_api.models.boolean_collection_invocation import (
                            BooleanCollectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "bounding_box":
                        from invokeai_api.models.bounding_box_invocation import BoundingBoxInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "calculate_image_tiles":
                        from invokeai_api.models.calculate_image_tiles_invocation import (
                            CalculateImageTilesInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "calculate_image_tiles_even_split":
                        from invokeai_api.models.calculate_image_tiles_even_split_invocation import (
                            CalculateImageTilesEvenSplitInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "calculate_image_tiles_min_overlap":
                        from invokeai_api.models.calculate_image_tiles_minimum_overlap_invocation import (
                            CalculateImageTilesMinimumOverlapInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "call_saved_workflow":
                        from invokeai_api.models.call_saved_workflow_invocation import (
                            CallSavedWorkflowInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "canny_edge_detection":
                        from invokeai_api.models.canny_edge_detection_invocation import (
                            CannyEdgeDetectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "canny_image_processor":
                        from invokeai_api.models.canny_image_processor_invocation import (
                            CannyImageProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "canvas_output":
                        from invokeai_api.models.canvas_output_invocation import CanvasOutputInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "canvas_paste_back":
                        from invokeai_api.models.canvas_paste_back_invocation import (
                            CanvasPasteBackInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "canvas_v2_mask_and_crop":
                        from invokeai_api.models.canvas_v2_mask_and_crop_invocation import (
                            CanvasV2MaskAndCropInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "clip_skip":
                        from invokeai_api.models.clip_skip_invocation import CLIPSkipInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "cogview4_denoise":
                        from invokeai_api.models.cog_view_4_denoise_invocation import (
                            CogView4DenoiseInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "cogview4_i2l":
                        from invokeai_api.models.cog_view_4_image_to_latents_invocation import (
                            CogView4ImageToLatentsInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "cogview4_l2i":
                        from invokeai_api.models.cog_view_4_latents_to_image_invocation import (
                            CogView4LatentsToImageInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "cogview4_model_loader":
                        from invokeai_api.models.cog_view_4_model_loader_invocation import (
                            CogView4ModelLoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "cogview4_text_encoder":
                        from invokeai_api.models.cog_view_4_text_encoder_invocation import (
                            CogView4TextEncoderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "collect":
                        from invokeai_api.models.collect_invocation import CollectInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "color":
                        from invokeai_api.models.color_invocation import ColorInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "color_correct":
                        from invokeai_api.models.color_correct_invocation import ColorCorrectInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "color_map":
                        from invokeai_api.models.color_map_invocation import ColorMapInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "color_map_image_processor":
                        from invokeai_api.models.color_map_image_processor_invocation import (
                            ColorMapImageProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "compel":
                        from invokeai_api.models.compel_invocation import CompelInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "conditioning":
                        from invokeai_api.models.conditioning_invocation import ConditioningInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "conditioning_collection":
                        from invokeai_api.models.conditioning_collection_invocation import (
                            ConditioningCollectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "content_shuffle":
                        from invokeai_api.models.content_shuffle_invocation import ContentShuffleInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "content_shuffle_image_processor":
                        from invokeai_api.models.content_shuffle_image_processor_invocation import (
                            ContentShuffleImageProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "controlnet":
                        from invokeai_api.models.control_net_invocation import ControlNetInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "core_metadata":
                        from invokeai_api.models.core_metadata_invocation import CoreMetadataInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "create_denoise_mask":
                        from invokeai_api.models.create_denoise_mask_invocation import (
                            CreateDenoiseMaskInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "create_gradient_mask":
                        from invokeai_api.models.create_gradient_mask_invocation import (
                            CreateGradientMaskInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "crop_image_to_bounding_box":
                        from invokeai_api.models.crop_image_to_bounding_box_invocation import (
                            CropImageToBoundingBoxInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "crop_latents":
                        from invokeai_api.models.crop_latents_core_invocation import (
                            CropLatentsCoreInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "cv_inpaint":
                        from invokeai_api.models.cv_inpaint_invocation import CvInpaintInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "decode_watermark":
                        from invokeai_api.models.decode_invisible_watermark_invocation import (
                            DecodeInvisibleWatermarkInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "denoise_latents":
                        from invokeai_api.models.denoise_latents_invocation import DenoiseLatentsInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "denoise_latents_meta":
                        from invokeai_api.models.denoise_latents_meta_invocation import (
                            DenoiseLatentsMetaInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "depth_anything_depth_estimation":
                        from invokeai_api.models.depth_anything_depth_estimation_invocation import (
                            DepthAnythingDepthEstimationInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "depth_anything_image_processor":
                        from invokeai_api.models.depth_anything_image_processor_invocation import (
                            DepthAnythingImageProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "div":
                        from invokeai_api.models.divide_invocation import DivideInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "dw_openpose_detection":
                        from invokeai_api.models.dw_openpose_detection_invocation import (
                            DWOpenposeDetectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "dw_openpose_image_processor":
                        from invokeai_api.models.dw_openpose_image_processor_invocation import (
                            DWOpenposeImageProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "dynamic_prompt":
                        from invokeai_api.models.dynamic_prompt_invocation import DynamicPromptInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "ernie_image_denoise":
                        from invokeai_api.models.ernie_image_denoise_invocation import (
                            ErnieImageDenoiseInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "ernie_image_model_loader":
                        from invokeai_api.models.ernie_image_model_loader_invocation import (
                            ErnieImageModelLoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "ernie_image_prompt_enhancer":
                        from invokeai_api.models.ernie_image_prompt_enhancer_invocation import (
                            ErnieImagePromptEnhancerInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "ernie_image_text_encoder":
                        from invokeai_api.models.ernie_image_text_encoder_invocation import (
                            ErnieImageTextEncoderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "ernie_image_vae_decode":
                        from invokeai_api.models.ernie_image_vae_decode_invocation import (
                            ErnieImageVaeDecodeInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "esrgan":
                        from invokeai_api.models.esrgan_invocation import ESRGANInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "expand_mask_with_fade":
                        from invokeai_api.models.expand_mask_with_fade_invocation import (
                            ExpandMaskWithFadeInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "extract_video_range":
                        from invokeai_api.models.extract_video_range_invocation import (
                            ExtractVideoRangeInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "face_identifier":
                        from invokeai_api.models.face_identifier_invocation import FaceIdentifierInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "face_mask_detection":
                        from invokeai_api.models.face_mask_invocation import FaceMaskInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "face_off":
                        from invokeai_api.models.face_off_invocation import FaceOffInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "float":
                        from invokeai_api.models.float_invocation import FloatInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "float_batch":
                        from invokeai_api.models.float_batch_invocation import FloatBatchInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "float_collection":
                        from invokeai_api.models.float_collection_invocation import FloatCollectionInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "float_generator":
                        from invokeai_api.models.float_generator import FloatGenerator as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "float_math":
                        from invokeai_api.models.float_math_invocation import FloatMathInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "float_range":
                        from invokeai_api.models.float_linear_range_invocation import (
                            FloatLinearRangeInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "float_to_int":
                        from invokeai_api.models.float_to_integer_invocation import FloatToIntegerInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "flux2_denoise":
                        from invokeai_api.models.flux_2_denoise_invocation import Flux2DenoiseInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "flux2_dev_lora_collection_loader":
                        from invokeai_api.models.flux_2_dev_lo_ra_collection_loader import (
                            Flux2DevLoRACollectionLoader as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "flux2_dev_lora_loader":
                        from invokeai_api.models.flux_2_dev_lo_ra_loader_invocation import (
                            Flux2DevLoRALoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "flux2_dev_model_loader":
                        from invokeai_api.models.flux_2_dev_model_loader_invocation import (
                            Flux2DevModelLoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "flux2_dev_text_encoder":
                        from invokeai_api.models.flux_2_dev_text_encoder_invocation import (
                            Flux2DevTextEncoderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "flux2_klein_lora_collection_loader":
                        from invokeai_api.models.flux_2_klein_lo_ra_collection_loader import (
                            Flux2KleinLoRACollectionLoader as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "flux2_klein_lora_loader":
                        from invokeai_api.models.flux_2_klein_lo_ra_loader_invocation import (
                            Flux2KleinLoRALoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "flux2_klein_model_loader":
                        from invokeai_api.models.flux_2_klein_model_loader_invocation import (
                            Flux2KleinModelLoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "flux2_klein_text_encoder":
                        from invokeai_api.models.flux_2_klein_text_encoder_invocation import (
                            Flux2KleinTextEncoderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "flux2_pid_decode":
                        from invokeai_api.models.flux_2_pi_d_decode_invocation import (
                            Flux2PiDDecodeInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "flux2_vae_decode":
                        from invokeai_api.models.flux_2_vae_decode_invocation import Flux2VaeDecodeInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "flux2_vae_encode":
                        from invokeai_api.models.flux_2_vae_encode_invocation import Flux2VaeEncodeInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "flux_control_lora_loader":
                        from invokeai_api.models.flux_control_lo_ra_loader_invocation import (
                            FluxControlLoRALoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "flux_controlnet":
                        from invokeai_api.models.flux_control_net_invocation import FluxControlNetInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "flux_denoise":
                        from invokeai_api.models.flux_denoise_invocation import FluxDenoiseInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "flux_denoise_meta":
                        from invokeai_api.models.flux_denoise_latents_meta_invocation import (
                            FluxDenoiseLatentsMetaInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "flux_fill":
                        from invokeai_api.models.flux_fill_invocation import FluxFillInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "flux_ip_adapter":
                        if data.get("clip_vision_model") == "ViT-L":
                            from invokeai_api.models.flux_ip_adapter_invocation import (
                                FluxIPAdapterInvocation as _member,  # noqa: PLC0415
                            )

                            return _member.from_dict(data)
                    case "flux_kontext":
                        from invokeai_api.models.flux_kontext_invocation import FluxKontextInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "flux_kontext_image_prep":
                        from invokeai_api.models.flux_kontext_concatenate_images_invocation import (
                            FluxKontextConcatenateImagesInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "flux_lora_collection_loader":
                        from invokeai_api.models.flux_lo_ra_collection_loader import FLUXLoRACollectionLoader as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "flux_lora_loader":
                        from invokeai_api.models.flux_lo_ra_loader_invocation import FluxLoRALoaderInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "flux_model_loader":
                        from invokeai_api.models.flux_model_loader_invocation import (
                            FluxModelLoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "flux_pid_decode":
                        from invokeai_api.models.flux_pi_d_decode_invocation import FluxPiDDecodeInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "flux_redux":
                        from invokeai_api.models.flux_redux_invocation import FluxReduxInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "flux_text_encoder":
                        from invokeai_api.models.flux_text_encoder_invocation import (
                            FluxTextEncoderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "flux_vae_decode":
                        from invokeai_api.models.flux_vae_decode_invocation import FluxVaeDecodeInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "flux_vae_encode":
                        from invokeai_api.models.flux_vae_encode_invocation import FluxVaeEncodeInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "freeu":
                        from invokeai_api.models.free_u_invocation import FreeUInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "gemini_image_generation":
                        from invokeai_api.models.gemini_image_generation_invocation import (
                            GeminiImageGenerationInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "gemma2_encoder_loader":
                        from invokeai_api.models.gemma_2_encoder_loader_invocation import (
                            Gemma2EncoderLoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "get_image_mask_bounding_box":
                        from invokeai_api.models.get_mask_bounding_box_invocation import (
                            GetMaskBoundingBoxInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "grounding_dino":
                        from invokeai_api.models.grounding_dino_invocation import GroundingDinoInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "hed_edge_detection":
                        from invokeai_api.models.hed_edge_detection_invocation import (
                            HEDEdgeDetectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "hed_image_processor":
                        from invokeai_api.models.hed_image_processor_invocation import (
                            HedImageProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "heuristic_resize":
                        from invokeai_api.models.heuristic_resize_invocation import HeuristicResizeInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "i2l":
                        from invokeai_api.models.image_to_latents_invocation import ImageToLatentsInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "ideal_size":
                        from invokeai_api.models.ideal_size_invocation import IdealSizeInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "ideogram4_caption_builder":
                        from invokeai_api.models.ideogram_4_caption_builder_invocation import (
                            Ideogram4CaptionBuilderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "ideogram4_denoise":
                        from invokeai_api.models.ideogram_4_denoise_invocation import (
                            Ideogram4DenoiseInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "ideogram4_l2i":
                        from invokeai_api.models.ideogram_4_latents_to_image_invocation import (
                            Ideogram4LatentsToImageInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "ideogram4_model_loader":
                        from invokeai_api.models.ideogram_4_model_loader_invocation import (
                            Ideogram4ModelLoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "ideogram4_text_encoder":
                        from invokeai_api.models.ideogram_4_text_encoder_invocation import (
                            Ideogram4TextEncoderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "if":
                        from invokeai_api.models.if_invocation import IfInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "image":
                        from invokeai_api.models.image_invocation import ImageInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "image_batch":
                        from invokeai_api.models.image_batch_invocation import ImageBatchInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "image_collection":
                        from invokeai_api.models.image_collection_invocation import ImageCollectionInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "image_generator":
                        from invokeai_api.models.image_generator import ImageGenerator as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "image_mask_to_tensor":
                        from invokeai_api.models.image_mask_to_tensor_invocation import (
                            ImageMaskToTensorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "image_panel_layout":
                        from invokeai_api.models.image_panel_layout_invocation import (
                            ImagePanelLayoutInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "img_blur":
                        from invokeai_api.models.image_blur_invocation import ImageBlurInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "img_chan":
                        from invokeai_api.models.image_channel_invocation import ImageChannelInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "img_channel_multiply":
                        from invokeai_api.models.image_channel_multiply_invocation import (
                            ImageChannelMultiplyInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "img_channel_offset":
                        from invokeai_api.models.image_channel_offset_invocation import (
                            ImageChannelOffsetInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "img_conv":
                        from invokeai_api.models.image_convert_invocation import ImageConvertInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "img_crop":
                        from invokeai_api.models.image_crop_invocation import ImageCropInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "img_hue_adjust":
                        from invokeai_api.models.image_hue_adjustment_invocation import (
                            ImageHueAdjustmentInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "img_hue_adjust_oklch":
                        from invokeai_api.models.oklch_image_hue_adjustment_invocation import (
                            OklchImageHueAdjustmentInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "img_ilerp":
                        from invokeai_api.models.image_inverse_lerp_invocation import (
                            ImageInverseLerpInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "img_lerp":
                        from invokeai_api.models.image_lerp_invocation import ImageLerpInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "img_mul":
                        from invokeai_api.models.image_multiply_invocation import ImageMultiplyInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "img_noise":
                        from invokeai_api.models.image_noise_invocation import ImageNoiseInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "img_nsfw":
                        from invokeai_api.models.image_nsfw_blur_invocation import ImageNSFWBlurInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "img_pad_crop":
                        from invokeai_api.models.center_pad_crop_invocation import CenterPadCropInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "img_paste":
                        from invokeai_api.models.image_paste_invocation import ImagePasteInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "img_resize":
                        from invokeai_api.models.image_resize_invocation import ImageResizeInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "img_scale":
                        from invokeai_api.models.image_scale_invocation import ImageScaleInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "img_watermark":
                        from invokeai_api.models.image_watermark_invocation import ImageWatermarkInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "infill_cv2":
                        from invokeai_api.models.cv2_infill_invocation import CV2InfillInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "infill_lama":
                        from invokeai_api.models.la_ma_infill_invocation import LaMaInfillInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "infill_patchmatch":
                        from invokeai_api.models.infill_patch_match_invocation import (
                            InfillPatchMatchInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "infill_rgba":
                        from invokeai_api.models.infill_color_invocation import InfillColorInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "infill_tile":
                        from invokeai_api.models.infill_tile_invocation import InfillTileInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "integer":
                        from invokeai_api.models.integer_invocation import IntegerInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "integer_batch":
                        from invokeai_api.models.integer_batch_invocation import IntegerBatchInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "integer_collection":
                        from invokeai_api.models.integer_collection_invocation import (
                            IntegerCollectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "integer_generator":
                        from invokeai_api.models.integer_generator import IntegerGenerator as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "integer_math":
                        from invokeai_api.models.integer_math_invocation import IntegerMathInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "invert_tensor_mask":
                        from invokeai_api.models.invert_tensor_mask_invocation import (
                            InvertTensorMaskInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "invokeai_ealightness":
                        from invokeai_api.models.invoke_equivalent_achromatic_lightness_invocation import (
                            InvokeEquivalentAchromaticLightnessInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "invokeai_img_blend":
                        from invokeai_api.models.invoke_image_blend_invocation import (
                            InvokeImageBlendInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "invokeai_img_composite":
                        from invokeai_api.models.invoke_image_compositor_invocation import (
                            InvokeImageCompositorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "invokeai_img_dilate_erode":
                        from invokeai_api.models.invoke_image_dilate_or_erode_invocation import (
                            InvokeImageDilateOrErodeInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "invokeai_img_enhance":
                        from invokeai_api.models.invoke_image_enhance_invocation import (
                            InvokeImageEnhanceInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "invokeai_img_hue_adjust_plus":
                        from invokeai_api.models.invoke_adjust_image_hue_plus_invocation import (
                            InvokeAdjustImageHuePlusInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "invokeai_img_val_thresholds":
                        from invokeai_api.models.invoke_image_value_thresholds_invocation import (
                            InvokeImageValueThresholdsInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "ip_adapter":
                        from invokeai_api.models.ip_adapter_invocation import IPAdapterInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "iterate":
                        from invokeai_api.models.iterate_invocation import IterateInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "krea2_conditioning_rebalance":
                        from invokeai_api.models.krea_2_conditioning_rebalance_invocation import (
                            Krea2ConditioningRebalanceInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "krea2_denoise":
                        from invokeai_api.models.krea_2_denoise_invocation import Krea2DenoiseInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "krea2_lora_collection_loader":
                        from invokeai_api.models.krea_2_lo_ra_collection_loader import (
                            Krea2LoRACollectionLoader as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "krea2_lora_loader":
                        from invokeai_api.models.krea_2_lo_ra_loader_invocation import (
                            Krea2LoRALoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "krea2_model_loader":
                        from invokeai_api.models.krea_2_model_loader_invocation import (
                            Krea2ModelLoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "krea2_seed_variance":
                        from invokeai_api.models.krea_2_seed_variance_invocation import (
                            Krea2SeedVarianceInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "krea2_style_reference":
                        from invokeai_api.models.krea_2_style_reference_invocation import (
                            Krea2StyleReferenceInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "krea2_text_encoder":
                        from invokeai_api.models.krea_2_text_encoder_invocation import (
                            Krea2TextEncoderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "l2i":
                        from invokeai_api.models.latents_to_image_invocation import LatentsToImageInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "latents":
                        from invokeai_api.models.latents_invocation import LatentsInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "latents_collection":
                        from invokeai_api.models.latents_collection_invocation import (
                            LatentsCollectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "lblend":
                        from invokeai_api.models.blend_latents_invocation import BlendLatentsInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "leres_image_processor":
                        from invokeai_api.models.leres_image_processor_invocation import (
                            LeresImageProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "lineart_anime_edge_detection":
                        from invokeai_api.models.lineart_anime_edge_detection_invocation import (
                            LineartAnimeEdgeDetectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "lineart_anime_image_processor":
                        from invokeai_api.models.lineart_anime_image_processor_invocation import (
                            LineartAnimeImageProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "lineart_edge_detection":
                        from invokeai_api.models.lineart_edge_detection_invocation import (
                            LineartEdgeDetectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "lineart_image_processor":
                        from invokeai_api.models.lineart_image_processor_invocation import (
                            LineartImageProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "llava_onevision_vllm":
                        from invokeai_api.models.llava_onevision_vllm_invocation import (
                            LlavaOnevisionVllmInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "lora_collection_loader":
                        from invokeai_api.models.lo_ra_collection_loader import LoRACollectionLoader as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "lora_loader":
                        from invokeai_api.models.lo_ra_loader_invocation import LoRALoaderInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "lora_selector":
                        from invokeai_api.models.lo_ra_selector_invocation import LoRASelectorInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "lresize":
                        from invokeai_api.models.resize_latents_invocation import ResizeLatentsInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "lscale":
                        from invokeai_api.models.scale_latents_invocation import ScaleLatentsInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "main_model_loader":
                        from invokeai_api.models.main_model_loader_invocation import (
                            MainModelLoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "mask_combine":
                        from invokeai_api.models.mask_combine_invocation import MaskCombineInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "mask_edge":
                        from invokeai_api.models.mask_edge_invocation import MaskEdgeInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "mask_from_id":
                        from invokeai_api.models.mask_from_id_invocation import MaskFromIDInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "mediapipe_face_detection":
                        from invokeai_api.models.media_pipe_face_detection_invocation import (
                            MediaPipeFaceDetectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "mediapipe_face_processor":
                        from invokeai_api.models.mediapipe_face_processor_invocation import (
                            MediapipeFaceProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "merge_metadata":
                        from invokeai_api.models.merge_metadata_invocation import MergeMetadataInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "merge_tiles_to_image":
                        from invokeai_api.models.merge_tiles_to_image_invocation import (
                            MergeTilesToImageInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata":
                        from invokeai_api.models.metadata_invocation import MetadataInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "metadata_field_extractor":
                        from invokeai_api.models.metadata_field_extractor_invocation import (
                            MetadataFieldExtractorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_from_image":
                        from invokeai_api.models.metadata_from_image_invocation import (
                            MetadataFromImageInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_item":
                        from invokeai_api.models.metadata_item_invocation import MetadataItemInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "metadata_item_linked":
                        from invokeai_api.models.metadata_item_linked_invocation import (
                            MetadataItemLinkedInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_bool":
                        from invokeai_api.models.metadata_to_bool_invocation import MetadataToBoolInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "metadata_to_bool_collection":
                        from invokeai_api.models.metadata_to_bool_collection_invocation import (
                            MetadataToBoolCollectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_controlnets":
                        from invokeai_api.models.metadata_to_controlnets_invocation import (
                            MetadataToControlnetsInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_float":
                        from invokeai_api.models.metadata_to_float_invocation import (
                            MetadataToFloatInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_float_collection":
                        from invokeai_api.models.metadata_to_float_collection_invocation import (
                            MetadataToFloatCollectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_integer":
                        from invokeai_api.models.metadata_to_integer_invocation import (
                            MetadataToIntegerInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_integer_collection":
                        from invokeai_api.models.metadata_to_integer_collection_invocation import (
                            MetadataToIntegerCollectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_ip_adapters":
                        from invokeai_api.models.metadata_to_ip_adapters_invocation import (
                            MetadataToIPAdaptersInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_lora_collection":
                        from invokeai_api.models.metadata_to_loras_collection_invocation import (
                            MetadataToLorasCollectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_loras":
                        from invokeai_api.models.metadata_to_loras_invocation import (
                            MetadataToLorasInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_model":
                        from invokeai_api.models.metadata_to_model_invocation import (
                            MetadataToModelInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_scheduler":
                        from invokeai_api.models.metadata_to_scheduler_invocation import (
                            MetadataToSchedulerInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_sdlx_loras":
                        from invokeai_api.models.metadata_to_sdxl_loras_invocation import (
                            MetadataToSDXLLorasInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_sdxl_model":
                        from invokeai_api.models.metadata_to_sdxl_model_invocation import (
                            MetadataToSDXLModelInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_string":
                        from invokeai_api.models.metadata_to_string_invocation import (
                            MetadataToStringInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_string_collection":
                        from invokeai_api.models.metadata_to_string_collection_invocation import (
                            MetadataToStringCollectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_t2i_adapters":
                        from invokeai_api.models.metadata_to_t2i_adapters_invocation import (
                            MetadataToT2IAdaptersInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "metadata_to_vae":
                        from invokeai_api.models.metadata_to_vae_invocation import MetadataToVAEInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "midas_depth_image_processor":
                        from invokeai_api.models.midas_depth_image_processor_invocation import (
                            MidasDepthImageProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "mlsd_detection":
                        from invokeai_api.models.mlsd_detection_invocation import MLSDDetectionInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "mlsd_image_processor":
                        from invokeai_api.models.mlsd_image_processor_invocation import (
                            MlsdImageProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "model_identifier":
                        from invokeai_api.models.model_identifier_invocation import ModelIdentifierInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "mul":
                        from invokeai_api.models.multiply_invocation import MultiplyInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "noise":
                        from invokeai_api.models.noise_invocation import NoiseInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "normal_map":
                        from invokeai_api.models.normal_map_invocation import NormalMapInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "normalbae_image_processor":
                        from invokeai_api.models.normalbae_image_processor_invocation import (
                            NormalbaeImageProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "openai_image_generation":
                        from invokeai_api.models.open_ai_image_generation_invocation import (
                            OpenAIImageGenerationInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "pair_tile_image":
                        from invokeai_api.models.pair_tile_image_invocation import PairTileImageInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "paste_image_into_bounding_box":
                        from invokeai_api.models.paste_image_into_bounding_box_invocation import (
                            PasteImageIntoBoundingBoxInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "pbr_maps":
                        from invokeai_api.models.pbr_maps_invocation import PBRMapsInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "pid_decoder_loader":
                        from invokeai_api.models.pi_d_decoder_loader_invocation import (
                            PiDDecoderLoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "pid_upscale":
                        from invokeai_api.models.pi_d_upscale_invocation import PiDUpscaleInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "pidi_edge_detection":
                        from invokeai_api.models.pi_di_net_edge_detection_invocation import (
                            PiDiNetEdgeDetectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "pidi_image_processor":
                        from invokeai_api.models.pidi_image_processor_invocation import (
                            PidiImageProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "prompt_from_file":
                        from invokeai_api.models.prompts_from_file_invocation import (
                            PromptsFromFileInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "prompt_template":
                        from invokeai_api.models.prompt_template_invocation import PromptTemplateInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "qwen_image_denoise":
                        from invokeai_api.models.qwen_image_denoise_invocation import (
                            QwenImageDenoiseInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "qwen_image_i2l":
                        from invokeai_api.models.qwen_image_image_to_latents_invocation import (
                            QwenImageImageToLatentsInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "qwen_image_l2i":
                        from invokeai_api.models.qwen_image_latents_to_image_invocation import (
                            QwenImageLatentsToImageInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "qwen_image_lora_collection_loader":
                        from invokeai_api.models.qwen_image_lo_ra_collection_loader import (
                            QwenImageLoRACollectionLoader as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "qwen_image_lora_loader":
                        from invokeai_api.models.qwen_image_lo_ra_loader_invocation import (
                            QwenImageLoRALoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "qwen_image_model_loader":
                        from invokeai_api.models.qwen_image_model_loader_invocation import (
                            QwenImageModelLoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "qwen_image_pid_decode":
                        from invokeai_api.models.qwen_image_pi_d_decode_invocation import (
                            QwenImagePiDDecodeInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "qwen_image_text_encoder":
                        from invokeai_api.models.qwen_image_text_encoder_invocation import (
                            QwenImageTextEncoderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "rand_float":
                        from invokeai_api.models.random_float_invocation import RandomFloatInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "rand_int":
                        from invokeai_api.models.random_int_invocation import RandomIntInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "random_range":
                        from invokeai_api.models.random_range_invocation import RandomRangeInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "range":
                        from invokeai_api.models.range_invocation import RangeInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "range_of_size":
                        from invokeai_api.models.range_of_size_invocation import RangeOfSizeInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "rectangle_mask":
                        from invokeai_api.models.rectangle_mask_invocation import RectangleMaskInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "round_float":
                        from invokeai_api.models.round_invocation import RoundInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "save_image":
                        from invokeai_api.models.save_image_invocation import SaveImageInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "save_image_to_file":
                        from invokeai_api.models.save_image_to_file_invocation import (
                            SaveImageToFileInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "scheduler":
                        from invokeai_api.models.scheduler_invocation import SchedulerInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "sd3_denoise":
                        from invokeai_api.models.sd3_denoise_invocation import SD3DenoiseInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "sd3_i2l":
                        from invokeai_api.models.sd3_image_to_latents_invocation import (
                            SD3ImageToLatentsInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "sd3_l2i":
                        from invokeai_api.models.sd3_latents_to_image_invocation import (
                            SD3LatentsToImageInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "sd3_model_loader":
                        from invokeai_api.models.sd_3_model_loader_invocation import Sd3ModelLoaderInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "sd3_pid_decode":
                        from invokeai_api.models.sd3_pi_d_decode_invocation import SD3PiDDecodeInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "sd3_text_encoder":
                        from invokeai_api.models.sd_3_text_encoder_invocation import Sd3TextEncoderInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "sdxl_compel_prompt":
                        from invokeai_api.models.sdxl_compel_prompt_invocation import (
                            SDXLCompelPromptInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "sdxl_lora_collection_loader":
                        from invokeai_api.models.sdxl_lo_ra_collection_loader import SDXLLoRACollectionLoader as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "sdxl_lora_loader":
                        from invokeai_api.models.sdxl_lo_ra_loader_invocation import SDXLLoRALoaderInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "sdxl_model_loader":
                        from invokeai_api.models.sdxl_model_loader_invocation import (
                            SDXLModelLoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "sdxl_pid_decode":
                        from invokeai_api.models.sdxl_pi_d_decode_invocation import SDXLPiDDecodeInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "sdxl_refiner_compel_prompt":
                        from invokeai_api.models.sdxl_refiner_compel_prompt_invocation import (
                            SDXLRefinerCompelPromptInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "sdxl_refiner_model_loader":
                        from invokeai_api.models.sdxl_refiner_model_loader_invocation import (
                            SDXLRefinerModelLoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "seamless":
                        from invokeai_api.models.seamless_mode_invocation import SeamlessModeInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "seedream_image_generation":
                        from invokeai_api.models.seedream_image_generation_invocation import (
                            SeedreamImageGenerationInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "segment_anything":
                        from invokeai_api.models.segment_anything_invocation import SegmentAnythingInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "segment_anything_processor":
                        from invokeai_api.models.segment_anything_processor_invocation import (
                            SegmentAnythingProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "show_image":
                        from invokeai_api.models.show_image_invocation import ShowImageInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "spandrel_image_to_image":
                        from invokeai_api.models.spandrel_image_to_image_invocation import (
                            SpandrelImageToImageInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "spandrel_image_to_image_autoscale":
                        from invokeai_api.models.spandrel_image_to_image_autoscale_invocation import (
                            SpandrelImageToImageAutoscaleInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "step_param_easing":
                        from invokeai_api.models.step_param_easing_invocation import (
                            StepParamEasingInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "string":
                        from invokeai_api.models.string_invocation import StringInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "string_batch":
                        from invokeai_api.models.string_batch_invocation import StringBatchInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "string_collection":
                        from invokeai_api.models.string_collection_invocation import (
                            StringCollectionInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "string_generator":
                        from invokeai_api.models.string_generator import StringGenerator as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "string_join":
                        from invokeai_api.models.string_join_invocation import StringJoinInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "string_join_three":
                        from invokeai_api.models.string_join_three_invocation import (
                            StringJoinThreeInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "string_replace":
                        from invokeai_api.models.string_replace_invocation import StringReplaceInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "string_split":
                        from invokeai_api.models.string_split_invocation import StringSplitInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "string_split_neg":
                        from invokeai_api.models.string_split_neg_invocation import StringSplitNegInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "sub":
                        from invokeai_api.models.subtract_invocation import SubtractInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "t2i_adapter":
                        from invokeai_api.models.t2i_adapter_invocation import T2IAdapterInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "tensor_mask_to_image":
                        from invokeai_api.models.mask_tensor_to_image_invocation import (
                            MaskTensorToImageInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "text_llm":
                        from invokeai_api.models.text_llm_invocation import TextLLMInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "text_llm_with_preset":
                        from invokeai_api.models.text_llm_with_preset_invocation import (
                            TextLLMWithPresetInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "tile_image_processor":
                        from invokeai_api.models.tile_resampler_processor_invocation import (
                            TileResamplerProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "tile_to_properties":
                        from invokeai_api.models.tile_to_properties_invocation import (
                            TileToPropertiesInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "tiled_multi_diffusion_denoise_latents":
                        from invokeai_api.models.tiled_multi_diffusion_denoise_latents import (
                            TiledMultiDiffusionDenoiseLatents as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "tomask":
                        from invokeai_api.models.mask_from_alpha_invocation import MaskFromAlphaInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "unsharp_mask":
                        from invokeai_api.models.unsharp_mask_invocation import UnsharpMaskInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "unsharp_mask_oklab":
                        from invokeai_api.models.oklab_unsharp_mask_invocation import (
                            OklabUnsharpMaskInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "vae_loader":
                        from invokeai_api.models.vae_loader_invocation import VAELoaderInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "video":
                        from invokeai_api.models.video_invocation import VideoInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "video_concat":
                        from invokeai_api.models.video_concat_invocation import VideoConcatInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "video_frame_extract":
                        from invokeai_api.models.video_frame_extract_invocation import (
                            VideoFrameExtractInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "wan_denoise":
                        from invokeai_api.models.wan_denoise_invocation import WanDenoiseInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "wan_i2l":
                        from invokeai_api.models.wan_image_to_latents_invocation import (
                            WanImageToLatentsInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "wan_i2v_ideal_dimensions":
                        from invokeai_api.models.wan_i2v_ideal_dimensions_invocation import (
                            WanI2VIdealDimensionsInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "wan_l2i":
                        from invokeai_api.models.wan_latents_to_image_invocation import (
                            WanLatentsToImageInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "wan_l2v":
                        from invokeai_api.models.wan_latents_to_video_invocation import (
                            WanLatentsToVideoInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "wan_lora_collection_loader":
                        from invokeai_api.models.wan_lo_ra_collection_loader import WanLoRACollectionLoader as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "wan_lora_loader":
                        from invokeai_api.models.wan_lo_ra_loader_invocation import WanLoRALoaderInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "wan_model_loader":
                        from invokeai_api.models.wan_model_loader_invocation import WanModelLoaderInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "wan_ref_image_encoder":
                        from invokeai_api.models.wan_ref_image_encoder_invocation import (
                            WanRefImageEncoderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "wan_text_encoder":
                        from invokeai_api.models.wan_text_encoder_invocation import WanTextEncoderInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "wan_ti2v_ideal_dimensions":
                        from invokeai_api.models.wan_ti2v_ideal_dimensions_invocation import (
                            WanTI2VIdealDimensionsInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "wan_video_denoise":
                        from invokeai_api.models.wan_video_denoise_invocation import (
                            WanVideoDenoiseInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "workflow_return":
                        from invokeai_api.models.workflow_return_invocation import WorkflowReturnInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "workflow_return_get":
                        from invokeai_api.models.workflow_return_get_invocation import (
                            WorkflowReturnGetInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "workflow_return_value":
                        from invokeai_api.models.workflow_return_value_invocation import (
                            WorkflowReturnValueInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "z_image_control":
                        from invokeai_api.models.z_image_control_invocation import ZImageControlInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "z_image_denoise":
                        from invokeai_api.models.z_image_denoise_invocation import ZImageDenoiseInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "z_image_denoise_meta":
                        from invokeai_api.models.z_image_denoise_meta_invocation import (
                            ZImageDenoiseMetaInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "z_image_i2l":
                        from invokeai_api.models.z_image_image_to_latents_invocation import (
                            ZImageImageToLatentsInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "z_image_l2i":
                        from invokeai_api.models.z_image_latents_to_image_invocation import (
                            ZImageLatentsToImageInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "z_image_lora_collection_loader":
                        from invokeai_api.models.z_image_lo_ra_collection_loader import (
                            ZImageLoRACollectionLoader as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "z_image_lora_loader":
                        from invokeai_api.models.z_image_lo_ra_loader_invocation import (
                            ZImageLoRALoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "z_image_model_loader":
                        from invokeai_api.models.z_image_model_loader_invocation import (
                            ZImageModelLoaderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "z_image_pid_decode":
                        from invokeai_api.models.z_image_pi_d_decode_invocation import (
                            ZImagePiDDecodeInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "z_image_seed_variance_enhancer":
                        from invokeai_api.models.z_image_seed_variance_enhancer_invocation import (
                            ZImageSeedVarianceEnhancerInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "z_image_text_encoder":
                        from invokeai_api.models.z_image_text_encoder_invocation import (
                            ZImageTextEncoderInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case "zoe_depth_image_processor":
                        from invokeai_api.models.zoe_depth_image_processor_invocation import (
                            ZoeDepthImageProcessorInvocation as _member,  # noqa: PLC0415
                        )

                        return _member.from_dict(data)
                    case _:
                        from invokeai_api.models.unknown_invocation import UnknownInvocation as _member  # noqa: PLC0415

                        return _member.from_dict(data)

            from invokeai_api.models.add_invocation import AddInvocation  # noqa: PLC0415
            from invokeai_api.models.alibaba_cloud_image_generation_invocation import (
                AlibabaCloudImageGenerationInvocation,  # noqa: PLC0415
            )
            from invokeai_api.models.alpha_mask_to_tensor_invocation import AlphaMaskToTensorInvocation  # noqa: PLC0415
            from invokeai_api.models.anima_denoise_invocation import AnimaDenoiseInvocation  # noqa: PLC0415
            from invokeai_api.models.anima_denoise_meta_invocation import AnimaDenoiseMetaInvocation  # noqa: PLC0415
            from invokeai_api.models.anima_image_to_latents_invocation import AnimaImageToLatentsInvocation  # noqa: PLC0415
            from invokeai_api.models.anima_latents_to_image_invocation import AnimaLatentsToImageInvocation  # noqa: PLC0415
            from invokeai_api.models.anima_ll_lite_invocation import AnimaLLLiteInvocation  # noqa: PLC0415
            from invokeai_api.models.anima_lo_ra_collection_loader import AnimaLoRACollectionLoader  # noqa: PLC0415
            from invokeai_api.models.anima_lo_ra_loader_invocation import AnimaLoRALoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.anima_model_loader_invocation import AnimaModelLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.anima_text_encoder_invocation import AnimaTextEncoderInvocation  # noqa: PLC0415
            from invokeai_api.models.apply_mask_tensor_to_image_invocation import ApplyMaskTensorToImageInvocation  # noqa: PLC0415
            from invokeai_api.models.apply_mask_to_image_invocation import ApplyMaskToImageInvocation  # noqa: PLC0415
            from invokeai_api.models.blank_image_invocation import BlankImageInvocation  # noqa: PLC0415
            from invokeai_api.models.blend_latents_invocation import BlendLatentsInvocation  # noqa: PLC0415
            from invokeai_api.models.boolean_collection_invocation import BooleanCollectionInvocation  # noqa: PLC0415
            from invokeai_api.models.boolean_invocation import BooleanInvocation  # noqa: PLC0415
            from invokeai_api.models.bounding_box_invocation import BoundingBoxInvocation  # noqa: PLC0415
            from invokeai_api.models.calculate_image_tiles_even_split_invocation import (
                CalculateImageTilesEvenSplitInvocation,  # noqa: PLC0415
            )
            from invokeai_api.models.calculate_image_tiles_invocation import CalculateImageTilesInvocation  # noqa: PLC0415
            from invokeai_api.models.calculate_image_tiles_minimum_overlap_invocation import (
                CalculateImageTilesMinimumOverlapInvocation,  # noqa: PLC0415
            )
            from invokeai_api.models.call_saved_workflow_invocation import CallSavedWorkflowInvocation  # noqa: PLC0415
            from invokeai_api.models.canny_edge_detection_invocation import CannyEdgeDetectionInvocation  # noqa: PLC0415
            from invokeai_api.models.canny_image_processor_invocation import CannyImageProcessorInvocation  # noqa: PLC0415
            from invokeai_api.models.canvas_output_invocation import CanvasOutputInvocation  # noqa: PLC0415
            from invokeai_api.models.canvas_paste_back_invocation import CanvasPasteBackInvocation  # noqa: PLC0415
            from invokeai_api.models.canvas_v2_mask_and_crop_invocation import CanvasV2MaskAndCropInvocation  # noqa: PLC0415
            from invokeai_api.models.center_pad_crop_invocation import CenterPadCropInvocation  # noqa: PLC0415
            from invokeai_api.models.clip_skip_invocation import CLIPSkipInvocation  # noqa: PLC0415
            from invokeai_api.models.cog_view_4_denoise_invocation import CogView4DenoiseInvocation  # noqa: PLC0415
            from invokeai_api.models.cog_view_4_image_to_latents_invocation import CogView4ImageToLatentsInvocation  # noqa: PLC0415
            from invokeai_api.models.cog_view_4_latents_to_image_invocation import CogView4LatentsToImageInvocation  # noqa: PLC0415
            from invokeai_api.models.cog_view_4_model_loader_invocation import CogView4ModelLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.cog_view_4_text_encoder_invocation import CogView4TextEncoderInvocation  # noqa: PLC0415
            from invokeai_api.models.collect_invocation import CollectInvocation  # noqa: PLC0415
            from invokeai_api.models.color_correct_invocation import ColorCorrectInvocation  # noqa: PLC0415
            from invokeai_api.models.color_invocation import ColorInvocation  # noqa: PLC0415
            from invokeai_api.models.color_map_image_processor_invocation import ColorMapImageProcessorInvocation  # noqa: PLC0415
            from invokeai_api.models.color_map_invocation import ColorMapInvocation  # noqa: PLC0415
            from invokeai_api.models.compel_invocation import CompelInvocation  # noqa: PLC0415
            from invokeai_api.models.conditioning_collection_invocation import ConditioningCollectionInvocation  # noqa: PLC0415
            from invokeai_api.models.conditioning_invocation import ConditioningInvocation  # noqa: PLC0415
            from invokeai_api.models.content_shuffle_image_processor_invocation import (
                ContentShuffleImageProcessorInvocation,  # noqa: PLC0415
            )
            from invokeai_api.models.content_shuffle_invocation import ContentShuffleInvocation  # noqa: PLC0415
            from invokeai_api.models.control_net_invocation import ControlNetInvocation  # noqa: PLC0415
            from invokeai_api.models.core_metadata_invocation import CoreMetadataInvocation  # noqa: PLC0415
            from invokeai_api.models.create_denoise_mask_invocation import CreateDenoiseMaskInvocation  # noqa: PLC0415
            from invokeai_api.models.create_gradient_mask_invocation import CreateGradientMaskInvocation  # noqa: PLC0415
            from invokeai_api.models.crop_image_to_bounding_box_invocation import CropImageToBoundingBoxInvocation  # noqa: PLC0415
            from invokeai_api.models.crop_latents_core_invocation import CropLatentsCoreInvocation  # noqa: PLC0415
            from invokeai_api.models.cv2_infill_invocation import CV2InfillInvocation  # noqa: PLC0415
            from invokeai_api.models.cv_inpaint_invocation import CvInpaintInvocation  # noqa: PLC0415
            from invokeai_api.models.decode_invisible_watermark_invocation import DecodeInvisibleWatermarkInvocation  # noqa: PLC0415
            from invokeai_api.models.denoise_latents_invocation import DenoiseLatentsInvocation  # noqa: PLC0415
            from invokeai_api.models.denoise_latents_meta_invocation import DenoiseLatentsMetaInvocation  # noqa: PLC0415
            from invokeai_api.models.depth_anything_depth_estimation_invocation import (
                DepthAnythingDepthEstimationInvocation,  # noqa: PLC0415
            )
            from invokeai_api.models.depth_anything_image_processor_invocation import (
                DepthAnythingImageProcessorInvocation,  # noqa: PLC0415
            )
            from invokeai_api.models.divide_invocation import DivideInvocation  # noqa: PLC0415
            from invokeai_api.models.dw_openpose_detection_invocation import DWOpenposeDetectionInvocation  # noqa: PLC0415
            from invokeai_api.models.dw_openpose_image_processor_invocation import DWOpenposeImageProcessorInvocation  # noqa: PLC0415
            from invokeai_api.models.dynamic_prompt_invocation import DynamicPromptInvocation  # noqa: PLC0415
            from invokeai_api.models.ernie_image_denoise_invocation import ErnieImageDenoiseInvocation  # noqa: PLC0415
            from invokeai_api.models.ernie_image_model_loader_invocation import ErnieImageModelLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.ernie_image_prompt_enhancer_invocation import ErnieImagePromptEnhancerInvocation  # noqa: PLC0415
            from invokeai_api.models.ernie_image_text_encoder_invocation import ErnieImageTextEncoderInvocation  # noqa: PLC0415
            from invokeai_api.models.ernie_image_vae_decode_invocation import ErnieImageVaeDecodeInvocation  # noqa: PLC0415
            from invokeai_api.models.esrgan_invocation import ESRGANInvocation  # noqa: PLC0415
            from invokeai_api.models.expand_mask_with_fade_invocation import ExpandMaskWithFadeInvocation  # noqa: PLC0415
            from invokeai_api.models.extract_video_range_invocation import ExtractVideoRangeInvocation  # noqa: PLC0415
            from invokeai_api.models.face_identifier_invocation import FaceIdentifierInvocation  # noqa: PLC0415
            from invokeai_api.models.face_mask_invocation import FaceMaskInvocation  # noqa: PLC0415
            from invokeai_api.models.face_off_invocation import FaceOffInvocation  # noqa: PLC0415
            from invokeai_api.models.float_batch_invocation import FloatBatchInvocation  # noqa: PLC0415
            from invokeai_api.models.float_collection_invocation import FloatCollectionInvocation  # noqa: PLC0415
            from invokeai_api.models.float_generator import FloatGenerator  # noqa: PLC0415
            from invokeai_api.models.float_invocation import FloatInvocation  # noqa: PLC0415
            from invokeai_api.models.float_linear_range_invocation import FloatLinearRangeInvocation  # noqa: PLC0415
            from invokeai_api.models.float_math_invocation import FloatMathInvocation  # noqa: PLC0415
            from invokeai_api.models.float_to_integer_invocation import FloatToIntegerInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_2_denoise_invocation import Flux2DenoiseInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_2_dev_lo_ra_collection_loader import Flux2DevLoRACollectionLoader  # noqa: PLC0415
            from invokeai_api.models.flux_2_dev_lo_ra_loader_invocation import Flux2DevLoRALoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_2_dev_model_loader_invocation import Flux2DevModelLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_2_dev_text_encoder_invocation import Flux2DevTextEncoderInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_2_klein_lo_ra_collection_loader import Flux2KleinLoRACollectionLoader  # noqa: PLC0415
            from invokeai_api.models.flux_2_klein_lo_ra_loader_invocation import Flux2KleinLoRALoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_2_klein_model_loader_invocation import Flux2KleinModelLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_2_klein_text_encoder_invocation import Flux2KleinTextEncoderInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_2_pi_d_decode_invocation import Flux2PiDDecodeInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_2_vae_decode_invocation import Flux2VaeDecodeInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_2_vae_encode_invocation import Flux2VaeEncodeInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_control_lo_ra_loader_invocation import FluxControlLoRALoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_control_net_invocation import FluxControlNetInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_denoise_invocation import FluxDenoiseInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_denoise_latents_meta_invocation import FluxDenoiseLatentsMetaInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_fill_invocation import FluxFillInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_ip_adapter_invocation import FluxIPAdapterInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_kontext_concatenate_images_invocation import (
                FluxKontextConcatenateImagesInvocation,  # noqa: PLC0415
            )
            from invokeai_api.models.flux_kontext_invocation import FluxKontextInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_lo_ra_collection_loader import FLUXLoRACollectionLoader  # noqa: PLC0415
            from invokeai_api.models.flux_lo_ra_loader_invocation import FluxLoRALoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_model_loader_invocation import FluxModelLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_pi_d_decode_invocation import FluxPiDDecodeInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_redux_invocation import FluxReduxInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_text_encoder_invocation import FluxTextEncoderInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_vae_decode_invocation import FluxVaeDecodeInvocation  # noqa: PLC0415
            from invokeai_api.models.flux_vae_encode_invocation import FluxVaeEncodeInvocation  # noqa: PLC0415
            from invokeai_api.models.free_u_invocation import FreeUInvocation  # noqa: PLC0415
            from invokeai_api.models.gemini_image_generation_invocation import GeminiImageGenerationInvocation  # noqa: PLC0415
            from invokeai_api.models.gemma_2_encoder_loader_invocation import Gemma2EncoderLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.get_mask_bounding_box_invocation import GetMaskBoundingBoxInvocation  # noqa: PLC0415
            from invokeai_api.models.grounding_dino_invocation import GroundingDinoInvocation  # noqa: PLC0415
            from invokeai_api.models.hed_edge_detection_invocation import HEDEdgeDetectionInvocation  # noqa: PLC0415
            from invokeai_api.models.hed_image_processor_invocation import HedImageProcessorInvocation  # noqa: PLC0415
            from invokeai_api.models.heuristic_resize_invocation import HeuristicResizeInvocation  # noqa: PLC0415
            from invokeai_api.models.ideal_size_invocation import IdealSizeInvocation  # noqa: PLC0415
            from invokeai_api.models.ideogram_4_caption_builder_invocation import Ideogram4CaptionBuilderInvocation  # noqa: PLC0415
            from invokeai_api.models.ideogram_4_denoise_invocation import Ideogram4DenoiseInvocation  # noqa: PLC0415
            from invokeai_api.models.ideogram_4_latents_to_image_invocation import Ideogram4LatentsToImageInvocation  # noqa: PLC0415
            from invokeai_api.models.ideogram_4_model_loader_invocation import Ideogram4ModelLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.ideogram_4_text_encoder_invocation import Ideogram4TextEncoderInvocation  # noqa: PLC0415
            from invokeai_api.models.if_invocation import IfInvocation  # noqa: PLC0415
            from invokeai_api.models.image_batch_invocation import ImageBatchInvocation  # noqa: PLC0415
            from invokeai_api.models.image_blur_invocation import ImageBlurInvocation  # noqa: PLC0415
            from invokeai_api.models.image_channel_invocation import ImageChannelInvocation  # noqa: PLC0415
            from invokeai_api.models.image_channel_multiply_invocation import ImageChannelMultiplyInvocation  # noqa: PLC0415
            from invokeai_api.models.image_channel_offset_invocation import ImageChannelOffsetInvocation  # noqa: PLC0415
            from invokeai_api.models.image_collection_invocation import ImageCollectionInvocation  # noqa: PLC0415
            from invokeai_api.models.image_convert_invocation import ImageConvertInvocation  # noqa: PLC0415
            from invokeai_api.models.image_crop_invocation import ImageCropInvocation  # noqa: PLC0415
            from invokeai_api.models.image_generator import ImageGenerator  # noqa: PLC0415
            from invokeai_api.models.image_hue_adjustment_invocation import ImageHueAdjustmentInvocation  # noqa: PLC0415
            from invokeai_api.models.image_inverse_lerp_invocation import ImageInverseLerpInvocation  # noqa: PLC0415
            from invokeai_api.models.image_invocation import ImageInvocation  # noqa: PLC0415
            from invokeai_api.models.image_lerp_invocation import ImageLerpInvocation  # noqa: PLC0415
            from invokeai_api.models.image_mask_to_tensor_invocation import ImageMaskToTensorInvocation  # noqa: PLC0415
            from invokeai_api.models.image_multiply_invocation import ImageMultiplyInvocation  # noqa: PLC0415
            from invokeai_api.models.image_noise_invocation import ImageNoiseInvocation  # noqa: PLC0415
            from invokeai_api.models.image_nsfw_blur_invocation import ImageNSFWBlurInvocation  # noqa: PLC0415
            from invokeai_api.models.image_panel_layout_invocation import ImagePanelLayoutInvocation  # noqa: PLC0415
            from invokeai_api.models.image_paste_invocation import ImagePasteInvocation  # noqa: PLC0415
            from invokeai_api.models.image_resize_invocation import ImageResizeInvocation  # noqa: PLC0415
            from invokeai_api.models.image_scale_invocation import ImageScaleInvocation  # noqa: PLC0415
            from invokeai_api.models.image_to_latents_invocation import ImageToLatentsInvocation  # noqa: PLC0415
            from invokeai_api.models.image_watermark_invocation import ImageWatermarkInvocation  # noqa: PLC0415
            from invokeai_api.models.infill_color_invocation import InfillColorInvocation  # noqa: PLC0415
            from invokeai_api.models.infill_patch_match_invocation import InfillPatchMatchInvocation  # noqa: PLC0415
            from invokeai_api.models.infill_tile_invocation import InfillTileInvocation  # noqa: PLC0415
            from invokeai_api.models.integer_batch_invocation import IntegerBatchInvocation  # noqa: PLC0415
            from invokeai_api.models.integer_collection_invocation import IntegerCollectionInvocation  # noqa: PLC0415
            from invokeai_api.models.integer_generator import IntegerGenerator  # noqa: PLC0415
            from invokeai_api.models.integer_invocation import IntegerInvocation  # noqa: PLC0415
            from invokeai_api.models.integer_math_invocation import IntegerMathInvocation  # noqa: PLC0415
            from invokeai_api.models.invert_tensor_mask_invocation import InvertTensorMaskInvocation  # noqa: PLC0415
            from invokeai_api.models.invoke_adjust_image_hue_plus_invocation import InvokeAdjustImageHuePlusInvocation  # noqa: PLC0415
            from invokeai_api.models.invoke_equivalent_achromatic_lightness_invocation import (
                InvokeEquivalentAchromaticLightnessInvocation,  # noqa: PLC0415
            )
            from invokeai_api.models.invoke_image_blend_invocation import InvokeImageBlendInvocation  # noqa: PLC0415
            from invokeai_api.models.invoke_image_compositor_invocation import InvokeImageCompositorInvocation  # noqa: PLC0415
            from invokeai_api.models.invoke_image_dilate_or_erode_invocation import InvokeImageDilateOrErodeInvocation  # noqa: PLC0415
            from invokeai_api.models.invoke_image_enhance_invocation import InvokeImageEnhanceInvocation  # noqa: PLC0415
            from invokeai_api.models.invoke_image_value_thresholds_invocation import (
                InvokeImageValueThresholdsInvocation,  # noqa: PLC0415
            )
            from invokeai_api.models.ip_adapter_invocation import IPAdapterInvocation  # noqa: PLC0415
            from invokeai_api.models.iterate_invocation import IterateInvocation  # noqa: PLC0415
            from invokeai_api.models.krea_2_conditioning_rebalance_invocation import (
                Krea2ConditioningRebalanceInvocation,  # noqa: PLC0415
            )
            from invokeai_api.models.krea_2_denoise_invocation import Krea2DenoiseInvocation  # noqa: PLC0415
            from invokeai_api.models.krea_2_lo_ra_collection_loader import Krea2LoRACollectionLoader  # noqa: PLC0415
            from invokeai_api.models.krea_2_lo_ra_loader_invocation import Krea2LoRALoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.krea_2_model_loader_invocation import Krea2ModelLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.krea_2_seed_variance_invocation import Krea2SeedVarianceInvocation  # noqa: PLC0415
            from invokeai_api.models.krea_2_style_reference_invocation import Krea2StyleReferenceInvocation  # noqa: PLC0415
            from invokeai_api.models.krea_2_text_encoder_invocation import Krea2TextEncoderInvocation  # noqa: PLC0415
            from invokeai_api.models.la_ma_infill_invocation import LaMaInfillInvocation  # noqa: PLC0415
            from invokeai_api.models.latents_collection_invocation import LatentsCollectionInvocation  # noqa: PLC0415
            from invokeai_api.models.latents_invocation import LatentsInvocation  # noqa: PLC0415
            from invokeai_api.models.latents_to_image_invocation import LatentsToImageInvocation  # noqa: PLC0415
            from invokeai_api.models.leres_image_processor_invocation import LeresImageProcessorInvocation  # noqa: PLC0415
            from invokeai_api.models.lineart_anime_edge_detection_invocation import LineartAnimeEdgeDetectionInvocation  # noqa: PLC0415
            from invokeai_api.models.lineart_anime_image_processor_invocation import (
                LineartAnimeImageProcessorInvocation,  # noqa: PLC0415
            )
            from invokeai_api.models.lineart_edge_detection_invocation import LineartEdgeDetectionInvocation  # noqa: PLC0415
            from invokeai_api.models.lineart_image_processor_invocation import LineartImageProcessorInvocation  # noqa: PLC0415
            from invokeai_api.models.llava_onevision_vllm_invocation import LlavaOnevisionVllmInvocation  # noqa: PLC0415
            from invokeai_api.models.lo_ra_collection_loader import LoRACollectionLoader  # noqa: PLC0415
            from invokeai_api.models.lo_ra_loader_invocation import LoRALoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.lo_ra_selector_invocation import LoRASelectorInvocation  # noqa: PLC0415
            from invokeai_api.models.main_model_loader_invocation import MainModelLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.mask_combine_invocation import MaskCombineInvocation  # noqa: PLC0415
            from invokeai_api.models.mask_edge_invocation import MaskEdgeInvocation  # noqa: PLC0415
            from invokeai_api.models.mask_from_alpha_invocation import MaskFromAlphaInvocation  # noqa: PLC0415
            from invokeai_api.models.mask_from_id_invocation import MaskFromIDInvocation  # noqa: PLC0415
            from invokeai_api.models.mask_tensor_to_image_invocation import MaskTensorToImageInvocation  # noqa: PLC0415
            from invokeai_api.models.media_pipe_face_detection_invocation import MediaPipeFaceDetectionInvocation  # noqa: PLC0415
            from invokeai_api.models.mediapipe_face_processor_invocation import MediapipeFaceProcessorInvocation  # noqa: PLC0415
            from invokeai_api.models.merge_metadata_invocation import MergeMetadataInvocation  # noqa: PLC0415
            from invokeai_api.models.merge_tiles_to_image_invocation import MergeTilesToImageInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_field_extractor_invocation import MetadataFieldExtractorInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_from_image_invocation import MetadataFromImageInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_invocation import MetadataInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_item_invocation import MetadataItemInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_item_linked_invocation import MetadataItemLinkedInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_to_bool_collection_invocation import MetadataToBoolCollectionInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_to_bool_invocation import MetadataToBoolInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_to_controlnets_invocation import MetadataToControlnetsInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_to_float_collection_invocation import MetadataToFloatCollectionInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_to_float_invocation import MetadataToFloatInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_to_integer_collection_invocation import (
                MetadataToIntegerCollectionInvocation,  # noqa: PLC0415
            )
            from invokeai_api.models.metadata_to_integer_invocation import MetadataToIntegerInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_to_ip_adapters_invocation import MetadataToIPAdaptersInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_to_loras_collection_invocation import MetadataToLorasCollectionInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_to_loras_invocation import MetadataToLorasInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_to_model_invocation import MetadataToModelInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_to_scheduler_invocation import MetadataToSchedulerInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_to_sdxl_loras_invocation import MetadataToSDXLLorasInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_to_sdxl_model_invocation import MetadataToSDXLModelInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_to_string_collection_invocation import (
                MetadataToStringCollectionInvocation,  # noqa: PLC0415
            )
            from invokeai_api.models.metadata_to_string_invocation import MetadataToStringInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_to_t2i_adapters_invocation import MetadataToT2IAdaptersInvocation  # noqa: PLC0415
            from invokeai_api.models.metadata_to_vae_invocation import MetadataToVAEInvocation  # noqa: PLC0415
            from invokeai_api.models.midas_depth_image_processor_invocation import MidasDepthImageProcessorInvocation  # noqa: PLC0415
            from invokeai_api.models.mlsd_detection_invocation import MLSDDetectionInvocation  # noqa: PLC0415
            from invokeai_api.models.mlsd_image_processor_invocation import MlsdImageProcessorInvocation  # noqa: PLC0415
            from invokeai_api.models.model_identifier_invocation import ModelIdentifierInvocation  # noqa: PLC0415
            from invokeai_api.models.multiply_invocation import MultiplyInvocation  # noqa: PLC0415
            from invokeai_api.models.noise_invocation import NoiseInvocation  # noqa: PLC0415
            from invokeai_api.models.normal_map_invocation import NormalMapInvocation  # noqa: PLC0415
            from invokeai_api.models.normalbae_image_processor_invocation import NormalbaeImageProcessorInvocation  # noqa: PLC0415
            from invokeai_api.models.oklab_unsharp_mask_invocation import OklabUnsharpMaskInvocation  # noqa: PLC0415
            from invokeai_api.models.oklch_image_hue_adjustment_invocation import OklchImageHueAdjustmentInvocation  # noqa: PLC0415
            from invokeai_api.models.open_ai_image_generation_invocation import OpenAIImageGenerationInvocation  # noqa: PLC0415
            from invokeai_api.models.pair_tile_image_invocation import PairTileImageInvocation  # noqa: PLC0415
            from invokeai_api.models.paste_image_into_bounding_box_invocation import PasteImageIntoBoundingBoxInvocation  # noqa: PLC0415
            from invokeai_api.models.pbr_maps_invocation import PBRMapsInvocation  # noqa: PLC0415
            from invokeai_api.models.pi_d_decoder_loader_invocation import PiDDecoderLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.pi_d_upscale_invocation import PiDUpscaleInvocation  # noqa: PLC0415
            from invokeai_api.models.pi_di_net_edge_detection_invocation import PiDiNetEdgeDetectionInvocation  # noqa: PLC0415
            from invokeai_api.models.pidi_image_processor_invocation import PidiImageProcessorInvocation  # noqa: PLC0415
            from invokeai_api.models.prompt_template_invocation import PromptTemplateInvocation  # noqa: PLC0415
            from invokeai_api.models.prompts_from_file_invocation import PromptsFromFileInvocation  # noqa: PLC0415
            from invokeai_api.models.qwen_image_denoise_invocation import QwenImageDenoiseInvocation  # noqa: PLC0415
            from invokeai_api.models.qwen_image_image_to_latents_invocation import QwenImageImageToLatentsInvocation  # noqa: PLC0415
            from invokeai_api.models.qwen_image_latents_to_image_invocation import QwenImageLatentsToImageInvocation  # noqa: PLC0415
            from invokeai_api.models.qwen_image_lo_ra_collection_loader import QwenImageLoRACollectionLoader  # noqa: PLC0415
            from invokeai_api.models.qwen_image_lo_ra_loader_invocation import QwenImageLoRALoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.qwen_image_model_loader_invocation import QwenImageModelLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.qwen_image_pi_d_decode_invocation import QwenImagePiDDecodeInvocation  # noqa: PLC0415
            from invokeai_api.models.qwen_image_text_encoder_invocation import QwenImageTextEncoderInvocation  # noqa: PLC0415
            from invokeai_api.models.random_float_invocation import RandomFloatInvocation  # noqa: PLC0415
            from invokeai_api.models.random_int_invocation import RandomIntInvocation  # noqa: PLC0415
            from invokeai_api.models.random_range_invocation import RandomRangeInvocation  # noqa: PLC0415
            from invokeai_api.models.range_invocation import RangeInvocation  # noqa: PLC0415
            from invokeai_api.models.range_of_size_invocation import RangeOfSizeInvocation  # noqa: PLC0415
            from invokeai_api.models.rectangle_mask_invocation import RectangleMaskInvocation  # noqa: PLC0415
            from invokeai_api.models.resize_latents_invocation import ResizeLatentsInvocation  # noqa: PLC0415
            from invokeai_api.models.round_invocation import RoundInvocation  # noqa: PLC0415
            from invokeai_api.models.save_image_invocation import SaveImageInvocation  # noqa: PLC0415
            from invokeai_api.models.save_image_to_file_invocation import SaveImageToFileInvocation  # noqa: PLC0415
            from invokeai_api.models.scale_latents_invocation import ScaleLatentsInvocation  # noqa: PLC0415
            from invokeai_api.models.scheduler_invocation import SchedulerInvocation  # noqa: PLC0415
            from invokeai_api.models.sd3_denoise_invocation import SD3DenoiseInvocation  # noqa: PLC0415
            from invokeai_api.models.sd3_image_to_latents_invocation import SD3ImageToLatentsInvocation  # noqa: PLC0415
            from invokeai_api.models.sd3_latents_to_image_invocation import SD3LatentsToImageInvocation  # noqa: PLC0415
            from invokeai_api.models.sd3_pi_d_decode_invocation import SD3PiDDecodeInvocation  # noqa: PLC0415
            from invokeai_api.models.sd_3_model_loader_invocation import Sd3ModelLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.sd_3_text_encoder_invocation import Sd3TextEncoderInvocation  # noqa: PLC0415
            from invokeai_api.models.sdxl_compel_prompt_invocation import SDXLCompelPromptInvocation  # noqa: PLC0415
            from invokeai_api.models.sdxl_lo_ra_collection_loader import SDXLLoRACollectionLoader  # noqa: PLC0415
            from invokeai_api.models.sdxl_lo_ra_loader_invocation import SDXLLoRALoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.sdxl_model_loader_invocation import SDXLModelLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.sdxl_pi_d_decode_invocation import SDXLPiDDecodeInvocation  # noqa: PLC0415
            from invokeai_api.models.sdxl_refiner_compel_prompt_invocation import SDXLRefinerCompelPromptInvocation  # noqa: PLC0415
            from invokeai_api.models.sdxl_refiner_model_loader_invocation import SDXLRefinerModelLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.seamless_mode_invocation import SeamlessModeInvocation  # noqa: PLC0415
            from invokeai_api.models.seedream_image_generation_invocation import SeedreamImageGenerationInvocation  # noqa: PLC0415
            from invokeai_api.models.segment_anything_invocation import SegmentAnythingInvocation  # noqa: PLC0415
            from invokeai_api.models.segment_anything_processor_invocation import SegmentAnythingProcessorInvocation  # noqa: PLC0415
            from invokeai_api.models.show_image_invocation import ShowImageInvocation  # noqa: PLC0415
            from invokeai_api.models.spandrel_image_to_image_autoscale_invocation import (
                SpandrelImageToImageAutoscaleInvocation,  # noqa: PLC0415
            )
            from invokeai_api.models.spandrel_image_to_image_invocation import SpandrelImageToImageInvocation  # noqa: PLC0415
            from invokeai_api.models.step_param_easing_invocation import StepParamEasingInvocation  # noqa: PLC0415
            from invokeai_api.models.string_batch_invocation import StringBatchInvocation  # noqa: PLC0415
            from invokeai_api.models.string_collection_invocation import StringCollectionInvocation  # noqa: PLC0415
            from invokeai_api.models.string_generator import StringGenerator  # noqa: PLC0415
            from invokeai_api.models.string_invocation import StringInvocation  # noqa: PLC0415
            from invokeai_api.models.string_join_invocation import StringJoinInvocation  # noqa: PLC0415
            from invokeai_api.models.string_join_three_invocation import StringJoinThreeInvocation  # noqa: PLC0415
            from invokeai_api.models.string_replace_invocation import StringReplaceInvocation  # noqa: PLC0415
            from invokeai_api.models.string_split_invocation import StringSplitInvocation  # noqa: PLC0415
            from invokeai_api.models.string_split_neg_invocation import StringSplitNegInvocation  # noqa: PLC0415
            from invokeai_api.models.subtract_invocation import SubtractInvocation  # noqa: PLC0415
            from invokeai_api.models.t2i_adapter_invocation import T2IAdapterInvocation  # noqa: PLC0415
            from invokeai_api.models.text_llm_invocation import TextLLMInvocation  # noqa: PLC0415
            from invokeai_api.models.text_llm_with_preset_invocation import TextLLMWithPresetInvocation  # noqa: PLC0415
            from invokeai_api.models.tile_resampler_processor_invocation import TileResamplerProcessorInvocation  # noqa: PLC0415
            from invokeai_api.models.tile_to_properties_invocation import TileToPropertiesInvocation  # noqa: PLC0415
            from invokeai_api.models.tiled_multi_diffusion_denoise_latents import TiledMultiDiffusionDenoiseLatents  # noqa: PLC0415
            from invokeai_api.models.unknown_invocation import UnknownInvocation  # noqa: PLC0415
            from invokeai_api.models.unsharp_mask_invocation import UnsharpMaskInvocation  # noqa: PLC0415
            from invokeai_api.models.vae_loader_invocation import VAELoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.video_concat_invocation import VideoConcatInvocation  # noqa: PLC0415
            from invokeai_api.models.video_frame_extract_invocation import VideoFrameExtractInvocation  # noqa: PLC0415
            from invokeai_api.models.video_invocation import VideoInvocation  # noqa: PLC0415
            from invokeai_api.models.wan_denoise_invocation import WanDenoiseInvocation  # noqa: PLC0415
            from invokeai_api.models.wan_i2v_ideal_dimensions_invocation import WanI2VIdealDimensionsInvocation  # noqa: PLC0415
            from invokeai_api.models.wan_image_to_latents_invocation import WanImageToLatentsInvocation  # noqa: PLC0415
            from invokeai_api.models.wan_latents_to_image_invocation import WanLatentsToImageInvocation  # noqa: PLC0415
            from invokeai_api.models.wan_latents_to_video_invocation import WanLatentsToVideoInvocation  # noqa: PLC0415
            from invokeai_api.models.wan_lo_ra_collection_loader import WanLoRACollectionLoader  # noqa: PLC0415
            from invokeai_api.models.wan_lo_ra_loader_invocation import WanLoRALoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.wan_model_loader_invocation import WanModelLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.wan_ref_image_encoder_invocation import WanRefImageEncoderInvocation  # noqa: PLC0415
            from invokeai_api.models.wan_text_encoder_invocation import WanTextEncoderInvocation  # noqa: PLC0415
            from invokeai_api.models.wan_ti2v_ideal_dimensions_invocation import WanTI2VIdealDimensionsInvocation  # noqa: PLC0415
            from invokeai_api.models.wan_video_denoise_invocation import WanVideoDenoiseInvocation  # noqa: PLC0415
            from invokeai_api.models.workflow_return_get_invocation import WorkflowReturnGetInvocation  # noqa: PLC0415
            from invokeai_api.models.workflow_return_invocation import WorkflowReturnInvocation  # noqa: PLC0415
            from invokeai_api.models.workflow_return_value_invocation import WorkflowReturnValueInvocation  # noqa: PLC0415
            from invokeai_api.models.z_image_control_invocation import ZImageControlInvocation  # noqa: PLC0415
            from invokeai_api.models.z_image_denoise_invocation import ZImageDenoiseInvocation  # noqa: PLC0415
            from invokeai_api.models.z_image_denoise_meta_invocation import ZImageDenoiseMetaInvocation  # noqa: PLC0415
            from invokeai_api.models.z_image_image_to_latents_invocation import ZImageImageToLatentsInvocation  # noqa: PLC0415
            from invokeai_api.models.z_image_latents_to_image_invocation import ZImageLatentsToImageInvocation  # noqa: PLC0415
            from invokeai_api.models.z_image_lo_ra_collection_loader import ZImageLoRACollectionLoader  # noqa: PLC0415
            from invokeai_api.models.z_image_lo_ra_loader_invocation import ZImageLoRALoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.z_image_model_loader_invocation import ZImageModelLoaderInvocation  # noqa: PLC0415
            from invokeai_api.models.z_image_pi_d_decode_invocation import ZImagePiDDecodeInvocation  # noqa: PLC0415
            from invokeai_api.models.z_image_seed_variance_enhancer_invocation import (
                ZImageSeedVarianceEnhancerInvocation,  # noqa: PLC0415
            )
            from invokeai_api.models.z_image_text_encoder_invocation import ZImageTextEncoderInvocation  # noqa: PLC0415
            from invokeai_api.models.zoe_depth_image_processor_invocation import ZoeDepthImageProcessorInvocation  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_0 = AddInvocation.from_dict(data)

                return invocation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_1 = AlibabaCloudImageGenerationInvocation.from_dict(data)

                return invocation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_2 = AlphaMaskToTensorInvocation.from_dict(data)

                return invocation_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_3 = AnimaDenoiseInvocation.from_dict(data)

                return invocation_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_4 = AnimaDenoiseMetaInvocation.from_dict(data)

                return invocation_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_5 = AnimaImageToLatentsInvocation.from_dict(data)

                return invocation_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_6 = AnimaLLLiteInvocation.from_dict(data)

                return invocation_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_7 = AnimaLatentsToImageInvocation.from_dict(data)

                return invocation_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_8 = AnimaLoRACollectionLoader.from_dict(data)

                return invocation_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_9 = AnimaLoRALoaderInvocation.from_dict(data)

                return invocation_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_10 = AnimaModelLoaderInvocation.from_dict(data)

                return invocation_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_11 = AnimaTextEncoderInvocation.from_dict(data)

                return invocation_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_12 = ApplyMaskTensorToImageInvocation.from_dict(data)

                return invocation_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_13 = ApplyMaskToImageInvocation.from_dict(data)

                return invocation_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_14 = BlankImageInvocation.from_dict(data)

                return invocation_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_15 = BlendLatentsInvocation.from_dict(data)

                return invocation_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_16 = BooleanCollectionInvocation.from_dict(data)

                return invocation_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_17 = BooleanInvocation.from_dict(data)

                return invocation_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_18 = BoundingBoxInvocation.from_dict(data)

                return invocation_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_19 = CLIPSkipInvocation.from_dict(data)

                return invocation_type_19
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_20 = CV2InfillInvocation.from_dict(data)

                return invocation_type_20
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_21 = CalculateImageTilesEvenSplitInvocation.from_dict(data)

                return invocation_type_21
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_22 = CalculateImageTilesInvocation.from_dict(data)

                return invocation_type_22
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_23 = CalculateImageTilesMinimumOverlapInvocation.from_dict(data)

                return invocation_type_23
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_24 = CallSavedWorkflowInvocation.from_dict(data)

                return invocation_type_24
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_25 = CannyEdgeDetectionInvocation.from_dict(data)

                return invocation_type_25
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_26 = CanvasOutputInvocation.from_dict(data)

                return invocation_type_26
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_27 = CanvasPasteBackInvocation.from_dict(data)

                return invocation_type_27
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_28 = CanvasV2MaskAndCropInvocation.from_dict(data)

                return invocation_type_28
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_29 = CenterPadCropInvocation.from_dict(data)

                return invocation_type_29
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_30 = CogView4DenoiseInvocation.from_dict(data)

                return invocation_type_30
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_31 = CogView4ImageToLatentsInvocation.from_dict(data)

                return invocation_type_31
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_32 = CogView4LatentsToImageInvocation.from_dict(data)

                return invocation_type_32
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_33 = CogView4ModelLoaderInvocation.from_dict(data)

                return invocation_type_33
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_34 = CogView4TextEncoderInvocation.from_dict(data)

                return invocation_type_34
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_35 = CollectInvocation.from_dict(data)

                return invocation_type_35
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_36 = ColorCorrectInvocation.from_dict(data)

                return invocation_type_36
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_37 = ColorInvocation.from_dict(data)

                return invocation_type_37
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_38 = ColorMapInvocation.from_dict(data)

                return invocation_type_38
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_39 = CompelInvocation.from_dict(data)

                return invocation_type_39
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_40 = ConditioningCollectionInvocation.from_dict(data)

                return invocation_type_40
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_41 = ConditioningInvocation.from_dict(data)

                return invocation_type_41
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_42 = ContentShuffleInvocation.from_dict(data)

                return invocation_type_42
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_43 = ControlNetInvocation.from_dict(data)

                return invocation_type_43
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_44 = CoreMetadataInvocation.from_dict(data)

                return invocation_type_44
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_45 = CreateDenoiseMaskInvocation.from_dict(data)

                return invocation_type_45
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_46 = CreateGradientMaskInvocation.from_dict(data)

                return invocation_type_46
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_47 = CropImageToBoundingBoxInvocation.from_dict(data)

                return invocation_type_47
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_48 = CropLatentsCoreInvocation.from_dict(data)

                return invocation_type_48
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_49 = CvInpaintInvocation.from_dict(data)

                return invocation_type_49
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_50 = DWOpenposeDetectionInvocation.from_dict(data)

                return invocation_type_50
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_51 = DecodeInvisibleWatermarkInvocation.from_dict(data)

                return invocation_type_51
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_52 = DenoiseLatentsInvocation.from_dict(data)

                return invocation_type_52
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_53 = DenoiseLatentsMetaInvocation.from_dict(data)

                return invocation_type_53
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_54 = DepthAnythingDepthEstimationInvocation.from_dict(data)

                return invocation_type_54
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_55 = DivideInvocation.from_dict(data)

                return invocation_type_55
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_56 = DynamicPromptInvocation.from_dict(data)

                return invocation_type_56
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_57 = ESRGANInvocation.from_dict(data)

                return invocation_type_57
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_58 = ErnieImageDenoiseInvocation.from_dict(data)

                return invocation_type_58
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_59 = ErnieImageModelLoaderInvocation.from_dict(data)

                return invocation_type_59
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_60 = ErnieImagePromptEnhancerInvocation.from_dict(data)

                return invocation_type_60
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_61 = ErnieImageTextEncoderInvocation.from_dict(data)

                return invocation_type_61
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_62 = ErnieImageVaeDecodeInvocation.from_dict(data)

                return invocation_type_62
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_63 = ExpandMaskWithFadeInvocation.from_dict(data)

                return invocation_type_63
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_64 = ExtractVideoRangeInvocation.from_dict(data)

                return invocation_type_64
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_65 = FLUXLoRACollectionLoader.from_dict(data)

                return invocation_type_65
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_66 = FaceIdentifierInvocation.from_dict(data)

                return invocation_type_66
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_67 = FaceMaskInvocation.from_dict(data)

                return invocation_type_67
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_68 = FaceOffInvocation.from_dict(data)

                return invocation_type_68
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_69 = FloatBatchInvocation.from_dict(data)

                return invocation_type_69
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_70 = FloatCollectionInvocation.from_dict(data)

                return invocation_type_70
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_71 = FloatGenerator.from_dict(data)

                return invocation_type_71
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_72 = FloatInvocation.from_dict(data)

                return invocation_type_72
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_73 = FloatLinearRangeInvocation.from_dict(data)

                return invocation_type_73
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_74 = FloatMathInvocation.from_dict(data)

                return invocation_type_74
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_75 = FloatToIntegerInvocation.from_dict(data)

                return invocation_type_75
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_76 = Flux2DenoiseInvocation.from_dict(data)

                return invocation_type_76
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_77 = Flux2DevLoRACollectionLoader.from_dict(data)

                return invocation_type_77
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_78 = Flux2DevLoRALoaderInvocation.from_dict(data)

                return invocation_type_78
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_79 = Flux2DevModelLoaderInvocation.from_dict(data)

                return invocation_type_79
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_80 = Flux2DevTextEncoderInvocation.from_dict(data)

                return invocation_type_80
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_81 = Flux2KleinLoRACollectionLoader.from_dict(data)

                return invocation_type_81
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_82 = Flux2KleinLoRALoaderInvocation.from_dict(data)

                return invocation_type_82
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_83 = Flux2KleinModelLoaderInvocation.from_dict(data)

                return invocation_type_83
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_84 = Flux2KleinTextEncoderInvocation.from_dict(data)

                return invocation_type_84
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_85 = Flux2PiDDecodeInvocation.from_dict(data)

                return invocation_type_85
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_86 = Flux2VaeDecodeInvocation.from_dict(data)

                return invocation_type_86
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_87 = Flux2VaeEncodeInvocation.from_dict(data)

                return invocation_type_87
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_88 = FluxControlLoRALoaderInvocation.from_dict(data)

                return invocation_type_88
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_89 = FluxControlNetInvocation.from_dict(data)

                return invocation_type_89
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_90 = FluxDenoiseInvocation.from_dict(data)

                return invocation_type_90
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_91 = FluxDenoiseLatentsMetaInvocation.from_dict(data)

                return invocation_type_91
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_92 = FluxFillInvocation.from_dict(data)

                return invocation_type_92
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_93 = FluxIPAdapterInvocation.from_dict(data)

                return invocation_type_93
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_94 = FluxKontextConcatenateImagesInvocation.from_dict(data)

                return invocation_type_94
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_95 = FluxKontextInvocation.from_dict(data)

                return invocation_type_95
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_96 = FluxLoRALoaderInvocation.from_dict(data)

                return invocation_type_96
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_97 = FluxModelLoaderInvocation.from_dict(data)

                return invocation_type_97
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_98 = FluxPiDDecodeInvocation.from_dict(data)

                return invocation_type_98
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_99 = FluxReduxInvocation.from_dict(data)

                return invocation_type_99
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_100 = FluxTextEncoderInvocation.from_dict(data)

                return invocation_type_100
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_101 = FluxVaeDecodeInvocation.from_dict(data)

                return invocation_type_101
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_102 = FluxVaeEncodeInvocation.from_dict(data)

                return invocation_type_102
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_103 = FreeUInvocation.from_dict(data)

                return invocation_type_103
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_104 = GeminiImageGenerationInvocation.from_dict(data)

                return invocation_type_104
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_105 = Gemma2EncoderLoaderInvocation.from_dict(data)

                return invocation_type_105
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_106 = GetMaskBoundingBoxInvocation.from_dict(data)

                return invocation_type_106
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_107 = GroundingDinoInvocation.from_dict(data)

                return invocation_type_107
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_108 = HEDEdgeDetectionInvocation.from_dict(data)

                return invocation_type_108
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_109 = HeuristicResizeInvocation.from_dict(data)

                return invocation_type_109
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_110 = IPAdapterInvocation.from_dict(data)

                return invocation_type_110
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_111 = IdealSizeInvocation.from_dict(data)

                return invocation_type_111
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_112 = Ideogram4CaptionBuilderInvocation.from_dict(data)

                return invocation_type_112
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_113 = Ideogram4DenoiseInvocation.from_dict(data)

                return invocation_type_113
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_114 = Ideogram4LatentsToImageInvocation.from_dict(data)

                return invocation_type_114
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_115 = Ideogram4ModelLoaderInvocation.from_dict(data)

                return invocation_type_115
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_116 = Ideogram4TextEncoderInvocation.from_dict(data)

                return invocation_type_116
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_117 = IfInvocation.from_dict(data)

                return invocation_type_117
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_118 = ImageBatchInvocation.from_dict(data)

                return invocation_type_118
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_119 = ImageBlurInvocation.from_dict(data)

                return invocation_type_119
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_120 = ImageChannelInvocation.from_dict(data)

                return invocation_type_120
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_121 = ImageChannelMultiplyInvocation.from_dict(data)

                return invocation_type_121
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_122 = ImageChannelOffsetInvocation.from_dict(data)

                return invocation_type_122
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_123 = ImageCollectionInvocation.from_dict(data)

                return invocation_type_123
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_124 = ImageConvertInvocation.from_dict(data)

                return invocation_type_124
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_125 = ImageCropInvocation.from_dict(data)

                return invocation_type_125
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_126 = ImageGenerator.from_dict(data)

                return invocation_type_126
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_127 = ImageHueAdjustmentInvocation.from_dict(data)

                return invocation_type_127
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_128 = ImageInverseLerpInvocation.from_dict(data)

                return invocation_type_128
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_129 = ImageInvocation.from_dict(data)

                return invocation_type_129
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_130 = ImageLerpInvocation.from_dict(data)

                return invocation_type_130
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_131 = ImageMaskToTensorInvocation.from_dict(data)

                return invocation_type_131
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_132 = ImageMultiplyInvocation.from_dict(data)

                return invocation_type_132
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_133 = ImageNSFWBlurInvocation.from_dict(data)

                return invocation_type_133
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_134 = ImageNoiseInvocation.from_dict(data)

                return invocation_type_134
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_135 = ImagePanelLayoutInvocation.from_dict(data)

                return invocation_type_135
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_136 = ImagePasteInvocation.from_dict(data)

                return invocation_type_136
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_137 = ImageResizeInvocation.from_dict(data)

                return invocation_type_137
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_138 = ImageScaleInvocation.from_dict(data)

                return invocation_type_138
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_139 = ImageToLatentsInvocation.from_dict(data)

                return invocation_type_139
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_140 = ImageWatermarkInvocation.from_dict(data)

                return invocation_type_140
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_141 = InfillColorInvocation.from_dict(data)

                return invocation_type_141
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_142 = InfillPatchMatchInvocation.from_dict(data)

                return invocation_type_142
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_143 = InfillTileInvocation.from_dict(data)

                return invocation_type_143
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_144 = IntegerBatchInvocation.from_dict(data)

                return invocation_type_144
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_145 = IntegerCollectionInvocation.from_dict(data)

                return invocation_type_145
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_146 = IntegerGenerator.from_dict(data)

                return invocation_type_146
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_147 = IntegerInvocation.from_dict(data)

                return invocation_type_147
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_148 = IntegerMathInvocation.from_dict(data)

                return invocation_type_148
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_149 = InvertTensorMaskInvocation.from_dict(data)

                return invocation_type_149
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_150 = InvokeAdjustImageHuePlusInvocation.from_dict(data)

                return invocation_type_150
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_151 = InvokeEquivalentAchromaticLightnessInvocation.from_dict(data)

                return invocation_type_151
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_152 = InvokeImageBlendInvocation.from_dict(data)

                return invocation_type_152
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_153 = InvokeImageCompositorInvocation.from_dict(data)

                return invocation_type_153
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_154 = InvokeImageDilateOrErodeInvocation.from_dict(data)

                return invocation_type_154
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_155 = InvokeImageEnhanceInvocation.from_dict(data)

                return invocation_type_155
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_156 = InvokeImageValueThresholdsInvocation.from_dict(data)

                return invocation_type_156
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_157 = IterateInvocation.from_dict(data)

                return invocation_type_157
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_158 = Krea2ConditioningRebalanceInvocation.from_dict(data)

                return invocation_type_158
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_159 = Krea2DenoiseInvocation.from_dict(data)

                return invocation_type_159
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_160 = Krea2LoRACollectionLoader.from_dict(data)

                return invocation_type_160
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_161 = Krea2LoRALoaderInvocation.from_dict(data)

                return invocation_type_161
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_162 = Krea2ModelLoaderInvocation.from_dict(data)

                return invocation_type_162
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_163 = Krea2SeedVarianceInvocation.from_dict(data)

                return invocation_type_163
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_164 = Krea2StyleReferenceInvocation.from_dict(data)

                return invocation_type_164
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_165 = Krea2TextEncoderInvocation.from_dict(data)

                return invocation_type_165
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_166 = LaMaInfillInvocation.from_dict(data)

                return invocation_type_166
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_167 = LatentsCollectionInvocation.from_dict(data)

                return invocation_type_167
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_168 = LatentsInvocation.from_dict(data)

                return invocation_type_168
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_169 = LatentsToImageInvocation.from_dict(data)

                return invocation_type_169
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_170 = LineartAnimeEdgeDetectionInvocation.from_dict(data)

                return invocation_type_170
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_171 = LineartEdgeDetectionInvocation.from_dict(data)

                return invocation_type_171
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_172 = LlavaOnevisionVllmInvocation.from_dict(data)

                return invocation_type_172
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_173 = LoRACollectionLoader.from_dict(data)

                return invocation_type_173
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_174 = LoRALoaderInvocation.from_dict(data)

                return invocation_type_174
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_175 = LoRASelectorInvocation.from_dict(data)

                return invocation_type_175
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_176 = MLSDDetectionInvocation.from_dict(data)

                return invocation_type_176
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_177 = MainModelLoaderInvocation.from_dict(data)

                return invocation_type_177
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_178 = MaskCombineInvocation.from_dict(data)

                return invocation_type_178
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_179 = MaskEdgeInvocation.from_dict(data)

                return invocation_type_179
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_180 = MaskFromAlphaInvocation.from_dict(data)

                return invocation_type_180
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_181 = MaskFromIDInvocation.from_dict(data)

                return invocation_type_181
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_182 = MaskTensorToImageInvocation.from_dict(data)

                return invocation_type_182
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_183 = MediaPipeFaceDetectionInvocation.from_dict(data)

                return invocation_type_183
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_184 = MergeMetadataInvocation.from_dict(data)

                return invocation_type_184
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_185 = MergeTilesToImageInvocation.from_dict(data)

                return invocation_type_185
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_186 = MetadataFieldExtractorInvocation.from_dict(data)

                return invocation_type_186
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_187 = MetadataFromImageInvocation.from_dict(data)

                return invocation_type_187
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_188 = MetadataInvocation.from_dict(data)

                return invocation_type_188
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_189 = MetadataItemInvocation.from_dict(data)

                return invocation_type_189
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_190 = MetadataItemLinkedInvocation.from_dict(data)

                return invocation_type_190
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_191 = MetadataToBoolCollectionInvocation.from_dict(data)

                return invocation_type_191
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_192 = MetadataToBoolInvocation.from_dict(data)

                return invocation_type_192
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_193 = MetadataToControlnetsInvocation.from_dict(data)

                return invocation_type_193
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_194 = MetadataToFloatCollectionInvocation.from_dict(data)

                return invocation_type_194
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_195 = MetadataToFloatInvocation.from_dict(data)

                return invocation_type_195
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_196 = MetadataToIPAdaptersInvocation.from_dict(data)

                return invocation_type_196
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_197 = MetadataToIntegerCollectionInvocation.from_dict(data)

                return invocation_type_197
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_198 = MetadataToIntegerInvocation.from_dict(data)

                return invocation_type_198
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_199 = MetadataToLorasCollectionInvocation.from_dict(data)

                return invocation_type_199
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_200 = MetadataToLorasInvocation.from_dict(data)

                return invocation_type_200
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_201 = MetadataToModelInvocation.from_dict(data)

                return invocation_type_201
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_202 = MetadataToSDXLLorasInvocation.from_dict(data)

                return invocation_type_202
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_203 = MetadataToSDXLModelInvocation.from_dict(data)

                return invocation_type_203
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_204 = MetadataToSchedulerInvocation.from_dict(data)

                return invocation_type_204
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_205 = MetadataToStringCollectionInvocation.from_dict(data)

                return invocation_type_205
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_206 = MetadataToStringInvocation.from_dict(data)

                return invocation_type_206
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_207 = MetadataToT2IAdaptersInvocation.from_dict(data)

                return invocation_type_207
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_208 = MetadataToVAEInvocation.from_dict(data)

                return invocation_type_208
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_209 = ModelIdentifierInvocation.from_dict(data)

                return invocation_type_209
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_210 = MultiplyInvocation.from_dict(data)

                return invocation_type_210
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_211 = NoiseInvocation.from_dict(data)

                return invocation_type_211
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_212 = NormalMapInvocation.from_dict(data)

                return invocation_type_212
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_213 = OklabUnsharpMaskInvocation.from_dict(data)

                return invocation_type_213
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_214 = OklchImageHueAdjustmentInvocation.from_dict(data)

                return invocation_type_214
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_215 = OpenAIImageGenerationInvocation.from_dict(data)

                return invocation_type_215
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_216 = PBRMapsInvocation.from_dict(data)

                return invocation_type_216
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_217 = PairTileImageInvocation.from_dict(data)

                return invocation_type_217
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_218 = PasteImageIntoBoundingBoxInvocation.from_dict(data)

                return invocation_type_218
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_219 = PiDDecoderLoaderInvocation.from_dict(data)

                return invocation_type_219
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_220 = PiDUpscaleInvocation.from_dict(data)

                return invocation_type_220
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_221 = PiDiNetEdgeDetectionInvocation.from_dict(data)

                return invocation_type_221
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_222 = PromptTemplateInvocation.from_dict(data)

                return invocation_type_222
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_223 = PromptsFromFileInvocation.from_dict(data)

                return invocation_type_223
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_224 = QwenImageDenoiseInvocation.from_dict(data)

                return invocation_type_224
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_225 = QwenImageImageToLatentsInvocation.from_dict(data)

                return invocation_type_225
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_226 = QwenImageLatentsToImageInvocation.from_dict(data)

                return invocation_type_226
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_227 = QwenImageLoRACollectionLoader.from_dict(data)

                return invocation_type_227
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_228 = QwenImageLoRALoaderInvocation.from_dict(data)

                return invocation_type_228
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_229 = QwenImageModelLoaderInvocation.from_dict(data)

                return invocation_type_229
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_230 = QwenImagePiDDecodeInvocation.from_dict(data)

                return invocation_type_230
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_231 = QwenImageTextEncoderInvocation.from_dict(data)

                return invocation_type_231
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_232 = RandomFloatInvocation.from_dict(data)

                return invocation_type_232
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_233 = RandomIntInvocation.from_dict(data)

                return invocation_type_233
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_234 = RandomRangeInvocation.from_dict(data)

                return invocation_type_234
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_235 = RangeInvocation.from_dict(data)

                return invocation_type_235
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_236 = RangeOfSizeInvocation.from_dict(data)

                return invocation_type_236
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_237 = RectangleMaskInvocation.from_dict(data)

                return invocation_type_237
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_238 = ResizeLatentsInvocation.from_dict(data)

                return invocation_type_238
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_239 = RoundInvocation.from_dict(data)

                return invocation_type_239
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_240 = SD3DenoiseInvocation.from_dict(data)

                return invocation_type_240
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_241 = SD3ImageToLatentsInvocation.from_dict(data)

                return invocation_type_241
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_242 = SD3LatentsToImageInvocation.from_dict(data)

                return invocation_type_242
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_243 = SD3PiDDecodeInvocation.from_dict(data)

                return invocation_type_243
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_244 = SDXLCompelPromptInvocation.from_dict(data)

                return invocation_type_244
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_245 = SDXLLoRACollectionLoader.from_dict(data)

                return invocation_type_245
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_246 = SDXLLoRALoaderInvocation.from_dict(data)

                return invocation_type_246
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_247 = SDXLModelLoaderInvocation.from_dict(data)

                return invocation_type_247
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_248 = SDXLPiDDecodeInvocation.from_dict(data)

                return invocation_type_248
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_249 = SDXLRefinerCompelPromptInvocation.from_dict(data)

                return invocation_type_249
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_250 = SDXLRefinerModelLoaderInvocation.from_dict(data)

                return invocation_type_250
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_251 = SaveImageInvocation.from_dict(data)

                return invocation_type_251
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_252 = SaveImageToFileInvocation.from_dict(data)

                return invocation_type_252
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_253 = ScaleLatentsInvocation.from_dict(data)

                return invocation_type_253
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_254 = SchedulerInvocation.from_dict(data)

                return invocation_type_254
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_255 = Sd3ModelLoaderInvocation.from_dict(data)

                return invocation_type_255
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_256 = Sd3TextEncoderInvocation.from_dict(data)

                return invocation_type_256
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_257 = SeamlessModeInvocation.from_dict(data)

                return invocation_type_257
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_258 = SeedreamImageGenerationInvocation.from_dict(data)

                return invocation_type_258
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_259 = SegmentAnythingInvocation.from_dict(data)

                return invocation_type_259
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_260 = ShowImageInvocation.from_dict(data)

                return invocation_type_260
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_261 = SpandrelImageToImageAutoscaleInvocation.from_dict(data)

                return invocation_type_261
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_262 = SpandrelImageToImageInvocation.from_dict(data)

                return invocation_type_262
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_263 = StringBatchInvocation.from_dict(data)

                return invocation_type_263
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_264 = StringCollectionInvocation.from_dict(data)

                return invocation_type_264
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_265 = StringGenerator.from_dict(data)

                return invocation_type_265
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_266 = StringInvocation.from_dict(data)

                return invocation_type_266
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_267 = StringJoinInvocation.from_dict(data)

                return invocation_type_267
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_268 = StringJoinThreeInvocation.from_dict(data)

                return invocation_type_268
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_269 = StringReplaceInvocation.from_dict(data)

                return invocation_type_269
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_270 = StringSplitInvocation.from_dict(data)

                return invocation_type_270
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_271 = StringSplitNegInvocation.from_dict(data)

                return invocation_type_271
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_272 = SubtractInvocation.from_dict(data)

                return invocation_type_272
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_273 = T2IAdapterInvocation.from_dict(data)

                return invocation_type_273
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_274 = TextLLMInvocation.from_dict(data)

                return invocation_type_274
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_275 = TextLLMWithPresetInvocation.from_dict(data)

                return invocation_type_275
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_276 = TileToPropertiesInvocation.from_dict(data)

                return invocation_type_276
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_277 = TiledMultiDiffusionDenoiseLatents.from_dict(data)

                return invocation_type_277
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_278 = UnsharpMaskInvocation.from_dict(data)

                return invocation_type_278
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_279 = VAELoaderInvocation.from_dict(data)

                return invocation_type_279
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_280 = VideoConcatInvocation.from_dict(data)

                return invocation_type_280
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_281 = VideoFrameExtractInvocation.from_dict(data)

                return invocation_type_281
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_282 = VideoInvocation.from_dict(data)

                return invocation_type_282
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_283 = WanDenoiseInvocation.from_dict(data)

                return invocation_type_283
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_284 = WanI2VIdealDimensionsInvocation.from_dict(data)

                return invocation_type_284
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_285 = WanImageToLatentsInvocation.from_dict(data)

                return invocation_type_285
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_286 = WanLatentsToImageInvocation.from_dict(data)

                return invocation_type_286
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_287 = WanLatentsToVideoInvocation.from_dict(data)

                return invocation_type_287
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_288 = WanLoRACollectionLoader.from_dict(data)

                return invocation_type_288
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_289 = WanLoRALoaderInvocation.from_dict(data)

                return invocation_type_289
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_290 = WanModelLoaderInvocation.from_dict(data)

                return invocation_type_290
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_291 = WanRefImageEncoderInvocation.from_dict(data)

                return invocation_type_291
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_292 = WanTI2VIdealDimensionsInvocation.from_dict(data)

                return invocation_type_292
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_293 = WanTextEncoderInvocation.from_dict(data)

                return invocation_type_293
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_294 = WanVideoDenoiseInvocation.from_dict(data)

                return invocation_type_294
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_295 = WorkflowReturnGetInvocation.from_dict(data)

                return invocation_type_295
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_296 = WorkflowReturnInvocation.from_dict(data)

                return invocation_type_296
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_297 = WorkflowReturnValueInvocation.from_dict(data)

                return invocation_type_297
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_298 = ZImageControlInvocation.from_dict(data)

                return invocation_type_298
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_299 = ZImageDenoiseInvocation.from_dict(data)

                return invocation_type_299
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_300 = ZImageDenoiseMetaInvocation.from_dict(data)

                return invocation_type_300
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_301 = ZImageImageToLatentsInvocation.from_dict(data)

                return invocation_type_301
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_302 = ZImageLatentsToImageInvocation.from_dict(data)

                return invocation_type_302
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_303 = ZImageLoRACollectionLoader.from_dict(data)

                return invocation_type_303
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_304 = ZImageLoRALoaderInvocation.from_dict(data)

                return invocation_type_304
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_305 = ZImageModelLoaderInvocation.from_dict(data)

                return invocation_type_305
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_306 = ZImagePiDDecodeInvocation.from_dict(data)

                return invocation_type_306
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_307 = ZImageSeedVarianceEnhancerInvocation.from_dict(data)

                return invocation_type_307
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_308 = ZImageTextEncoderInvocation.from_dict(data)

                return invocation_type_308
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_309 = CannyImageProcessorInvocation.from_dict(data)

                return invocation_type_309
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_310 = ColorMapImageProcessorInvocation.from_dict(data)

                return invocation_type_310
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_311 = ContentShuffleImageProcessorInvocation.from_dict(data)

                return invocation_type_311
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_312 = DWOpenposeImageProcessorInvocation.from_dict(data)

                return invocation_type_312
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_313 = DepthAnythingImageProcessorInvocation.from_dict(data)

                return invocation_type_313
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_314 = HedImageProcessorInvocation.from_dict(data)

                return invocation_type_314
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_315 = LeresImageProcessorInvocation.from_dict(data)

                return invocation_type_315
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_316 = LineartAnimeImageProcessorInvocation.from_dict(data)

                return invocation_type_316
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_317 = LineartImageProcessorInvocation.from_dict(data)

                return invocation_type_317
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_318 = MediapipeFaceProcessorInvocation.from_dict(data)

                return invocation_type_318
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_319 = MidasDepthImageProcessorInvocation.from_dict(data)

                return invocation_type_319
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_320 = MlsdImageProcessorInvocation.from_dict(data)

                return invocation_type_320
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_321 = NormalbaeImageProcessorInvocation.from_dict(data)

                return invocation_type_321
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_322 = PidiImageProcessorInvocation.from_dict(data)

                return invocation_type_322
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_323 = SegmentAnythingProcessorInvocation.from_dict(data)

                return invocation_type_323
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_324 = TileResamplerProcessorInvocation.from_dict(data)

                return invocation_type_324
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_325 = ZoeDepthImageProcessorInvocation.from_dict(data)

                return invocation_type_325
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invocation_type_326 = StepParamEasingInvocation.from_dict(data)

                return invocation_type_326
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            invocation_type_327 = UnknownInvocation.from_dict(data)

            return invocation_type_327

        invocation = _parse_invocation(d.pop("invocation"))

        invocation_source_id = d.pop("invocation_source_id")

        message = d.pop("message")

        def _parse_percentage(data: object) -> float | None:
            if data is None:
                return data

            return cast(float | None, data)

        percentage = _parse_percentage(d.pop("percentage"))

        def _parse_image(data: object) -> None | ProgressImage:
            if data is None:
                return data

            from invokeai_api.models.progress_image import ProgressImage  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_type_0 = ProgressImage.from_dict(data)

                return image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProgressImage, data)

        image = _parse_image(d.pop("image"))

        user_id = d.pop("user_id", UNSET)

        def _parse_device(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        device = _parse_device(d.pop("device", UNSET))

        invocation_progress_event = cls(
            timestamp=timestamp,
            queue_id=queue_id,
            item_id=item_id,
            batch_id=batch_id,
            origin=origin,
            destination=destination,
            session_id=session_id,
            invocation=invocation,
            invocation_source_id=invocation_source_id,
            message=message,
            percentage=percentage,
            image=image,
            user_id=user_id,
            device=device,
        )

        invocation_progress_event.additional_properties = d
        return invocation_progress_event

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
    from ..models.add_invocation import AddInvocation  # noqa: PLC0415
    from ..models.alibaba_cloud_image_generation_invocation import AlibabaCloudImageGenerationInvocation  # noqa: PLC0415
    from ..models.alpha_mask_to_tensor_invocation import AlphaMaskToTensorInvocation  # noqa: PLC0415
    from ..models.anima_denoise_invocation import AnimaDenoiseInvocation  # noqa: PLC0415
    from ..models.anima_denoise_meta_invocation import AnimaDenoiseMetaInvocation  # noqa: PLC0415
    from ..models.anima_image_to_latents_invocation import AnimaImageToLatentsInvocation  # noqa: PLC0415
    from ..models.anima_latents_to_image_invocation import AnimaLatentsToImageInvocation  # noqa: PLC0415
    from ..models.anima_ll_lite_invocation import AnimaLLLiteInvocation  # noqa: PLC0415
    from ..models.anima_lo_ra_collection_loader import AnimaLoRACollectionLoader  # noqa: PLC0415
    from ..models.anima_lo_ra_loader_invocation import AnimaLoRALoaderInvocation  # noqa: PLC0415
    from ..models.anima_model_loader_invocation import AnimaModelLoaderInvocation  # noqa: PLC0415
    from ..models.anima_text_encoder_invocation import AnimaTextEncoderInvocation  # noqa: PLC0415
    from ..models.apply_mask_tensor_to_image_invocation import ApplyMaskTensorToImageInvocation  # noqa: PLC0415
    from ..models.apply_mask_to_image_invocation import ApplyMaskToImageInvocation  # noqa: PLC0415
    from ..models.blank_image_invocation import BlankImageInvocation  # noqa: PLC0415
    from ..models.blend_latents_invocation import BlendLatentsInvocation  # noqa: PLC0415
    from ..models.boolean_collection_invocation import BooleanCollectionInvocation  # noqa: PLC0415
    from ..models.boolean_invocation import BooleanInvocation  # noqa: PLC0415
    from ..models.bounding_box_invocation import BoundingBoxInvocation  # noqa: PLC0415
    from ..models.calculate_image_tiles_even_split_invocation import CalculateImageTilesEvenSplitInvocation  # noqa: PLC0415
    from ..models.calculate_image_tiles_invocation import CalculateImageTilesInvocation  # noqa: PLC0415
    from ..models.calculate_image_tiles_minimum_overlap_invocation import CalculateImageTilesMinimumOverlapInvocation  # noqa: PLC0415
    from ..models.call_saved_workflow_invocation import CallSavedWorkflowInvocation  # noqa: PLC0415
    from ..models.canny_edge_detection_invocation import CannyEdgeDetectionInvocation  # noqa: PLC0415
    from ..models.canny_image_processor_invocation import CannyImageProcessorInvocation  # noqa: PLC0415
    from ..models.canvas_output_invocation import CanvasOutputInvocation  # noqa: PLC0415
    from ..models.canvas_paste_back_invocation import CanvasPasteBackInvocation  # noqa: PLC0415
    from ..models.canvas_v2_mask_and_crop_invocation import CanvasV2MaskAndCropInvocation  # noqa: PLC0415
    from ..models.center_pad_crop_invocation import CenterPadCropInvocation  # noqa: PLC0415
    from ..models.clip_skip_invocation import CLIPSkipInvocation  # noqa: PLC0415
    from ..models.cog_view_4_denoise_invocation import CogView4DenoiseInvocation  # noqa: PLC0415
    from ..models.cog_view_4_image_to_latents_invocation import CogView4ImageToLatentsInvocation  # noqa: PLC0415
    from ..models.cog_view_4_latents_to_image_invocation import CogView4LatentsToImageInvocation  # noqa: PLC0415
    from ..models.cog_view_4_model_loader_invocation import CogView4ModelLoaderInvocation  # noqa: PLC0415
    from ..models.cog_view_4_text_encoder_invocation import CogView4TextEncoderInvocation  # noqa: PLC0415
    from ..models.collect_invocation import CollectInvocation  # noqa: PLC0415
    from ..models.color_correct_invocation import ColorCorrectInvocation  # noqa: PLC0415
    from ..models.color_invocation import ColorInvocation  # noqa: PLC0415
    from ..models.color_map_image_processor_invocation import ColorMapImageProcessorInvocation  # noqa: PLC0415
    from ..models.color_map_invocation import ColorMapInvocation  # noqa: PLC0415
    from ..models.compel_invocation import CompelInvocation  # noqa: PLC0415
    from ..models.conditioning_collection_invocation import ConditioningCollectionInvocation  # noqa: PLC0415
    from ..models.conditioning_invocation import ConditioningInvocation  # noqa: PLC0415
    from ..models.content_shuffle_image_processor_invocation import ContentShuffleImageProcessorInvocation  # noqa: PLC0415
    from ..models.content_shuffle_invocation import ContentShuffleInvocation  # noqa: PLC0415
    from ..models.control_net_invocation import ControlNetInvocation  # noqa: PLC0415
    from ..models.core_metadata_invocation import CoreMetadataInvocation  # noqa: PLC0415
    from ..models.create_denoise_mask_invocation import CreateDenoiseMaskInvocation  # noqa: PLC0415
    from ..models.create_gradient_mask_invocation import CreateGradientMaskInvocation  # noqa: PLC0415
    from ..models.crop_image_to_bounding_box_invocation import CropImageToBoundingBoxInvocation  # noqa: PLC0415
    from ..models.crop_latents_core_invocation import CropLatentsCoreInvocation  # noqa: PLC0415
    from ..models.cv2_infill_invocation import CV2InfillInvocation  # noqa: PLC0415
    from ..models.cv_inpaint_invocation import CvInpaintInvocation  # noqa: PLC0415
    from ..models.decode_invisible_watermark_invocation import DecodeInvisibleWatermarkInvocation  # noqa: PLC0415
    from ..models.denoise_latents_invocation import DenoiseLatentsInvocation  # noqa: PLC0415
    from ..models.denoise_latents_meta_invocation import DenoiseLatentsMetaInvocation  # noqa: PLC0415
    from ..models.depth_anything_depth_estimation_invocation import DepthAnythingDepthEstimationInvocation  # noqa: PLC0415
    from ..models.depth_anything_image_processor_invocation import DepthAnythingImageProcessorInvocation  # noqa: PLC0415
    from ..models.divide_invocation import DivideInvocation  # noqa: PLC0415
    from ..models.dw_openpose_detection_invocation import DWOpenposeDetectionInvocation  # noqa: PLC0415
    from ..models.dw_openpose_image_processor_invocation import DWOpenposeImageProcessorInvocation  # noqa: PLC0415
    from ..models.dynamic_prompt_invocation import DynamicPromptInvocation  # noqa: PLC0415
    from ..models.ernie_image_denoise_invocation import ErnieImageDenoiseInvocation  # noqa: PLC0415
    from ..models.ernie_image_model_loader_invocation import ErnieImageModelLoaderInvocation  # noqa: PLC0415
    from ..models.ernie_image_prompt_enhancer_invocation import ErnieImagePromptEnhancerInvocation  # noqa: PLC0415
    from ..models.ernie_image_text_encoder_invocation import ErnieImageTextEncoderInvocation  # noqa: PLC0415
    from ..models.ernie_image_vae_decode_invocation import ErnieImageVaeDecodeInvocation  # noqa: PLC0415
    from ..models.esrgan_invocation import ESRGANInvocation  # noqa: PLC0415
    from ..models.expand_mask_with_fade_invocation import ExpandMaskWithFadeInvocation  # noqa: PLC0415
    from ..models.extract_video_range_invocation import ExtractVideoRangeInvocation  # noqa: PLC0415
    from ..models.face_identifier_invocation import FaceIdentifierInvocation  # noqa: PLC0415
    from ..models.face_mask_invocation import FaceMaskInvocation  # noqa: PLC0415
    from ..models.face_off_invocation import FaceOffInvocation  # noqa: PLC0415
    from ..models.float_batch_invocation import FloatBatchInvocation  # noqa: PLC0415
    from ..models.float_collection_invocation import FloatCollectionInvocation  # noqa: PLC0415
    from ..models.float_generator import FloatGenerator  # noqa: PLC0415
    from ..models.float_invocation import FloatInvocation  # noqa: PLC0415
    from ..models.float_linear_range_invocation import FloatLinearRangeInvocation  # noqa: PLC0415
    from ..models.float_math_invocation import FloatMathInvocation  # noqa: PLC0415
    from ..models.float_to_integer_invocation import FloatToIntegerInvocation  # noqa: PLC0415
    from ..models.flux_2_denoise_invocation import Flux2DenoiseInvocation  # noqa: PLC0415
    from ..models.flux_2_dev_lo_ra_collection_loader import Flux2DevLoRACollectionLoader  # noqa: PLC0415
    from ..models.flux_2_dev_lo_ra_loader_invocation import Flux2DevLoRALoaderInvocation  # noqa: PLC0415
    from ..models.flux_2_dev_model_loader_invocation import Flux2DevModelLoaderInvocation  # noqa: PLC0415
    from ..models.flux_2_dev_text_encoder_invocation import Flux2DevTextEncoderInvocation  # noqa: PLC0415
    from ..models.flux_2_klein_lo_ra_collection_loader import Flux2KleinLoRACollectionLoader  # noqa: PLC0415
    from ..models.flux_2_klein_lo_ra_loader_invocation import Flux2KleinLoRALoaderInvocation  # noqa: PLC0415
    from ..models.flux_2_klein_model_loader_invocation import Flux2KleinModelLoaderInvocation  # noqa: PLC0415
    from ..models.flux_2_klein_text_encoder_invocation import Flux2KleinTextEncoderInvocation  # noqa: PLC0415
    from ..models.flux_2_pi_d_decode_invocation import Flux2PiDDecodeInvocation  # noqa: PLC0415
    from ..models.flux_2_vae_decode_invocation import Flux2VaeDecodeInvocation  # noqa: PLC0415
    from ..models.flux_2_vae_encode_invocation import Flux2VaeEncodeInvocation  # noqa: PLC0415
    from ..models.flux_control_lo_ra_loader_invocation import FluxControlLoRALoaderInvocation  # noqa: PLC0415
    from ..models.flux_control_net_invocation import FluxControlNetInvocation  # noqa: PLC0415
    from ..models.flux_denoise_invocation import FluxDenoiseInvocation  # noqa: PLC0415
    from ..models.flux_denoise_latents_meta_invocation import FluxDenoiseLatentsMetaInvocation  # noqa: PLC0415
    from ..models.flux_fill_invocation import FluxFillInvocation  # noqa: PLC0415
    from ..models.flux_ip_adapter_invocation import FluxIPAdapterInvocation  # noqa: PLC0415
    from ..models.flux_kontext_concatenate_images_invocation import FluxKontextConcatenateImagesInvocation  # noqa: PLC0415
    from ..models.flux_kontext_invocation import FluxKontextInvocation  # noqa: PLC0415
    from ..models.flux_lo_ra_collection_loader import FLUXLoRACollectionLoader  # noqa: PLC0415
    from ..models.flux_lo_ra_loader_invocation import FluxLoRALoaderInvocation  # noqa: PLC0415
    from ..models.flux_model_loader_invocation import FluxModelLoaderInvocation  # noqa: PLC0415
    from ..models.flux_pi_d_decode_invocation import FluxPiDDecodeInvocation  # noqa: PLC0415
    from ..models.flux_redux_invocation import FluxReduxInvocation  # noqa: PLC0415
    from ..models.flux_text_encoder_invocation import FluxTextEncoderInvocation  # noqa: PLC0415
    from ..models.flux_vae_decode_invocation import FluxVaeDecodeInvocation  # noqa: PLC0415
    from ..models.flux_vae_encode_invocation import FluxVaeEncodeInvocation  # noqa: PLC0415
    from ..models.free_u_invocation import FreeUInvocation  # noqa: PLC0415
    from ..models.gemini_image_generation_invocation import GeminiImageGenerationInvocation  # noqa: PLC0415
    from ..models.gemma_2_encoder_loader_invocation import Gemma2EncoderLoaderInvocation  # noqa: PLC0415
    from ..models.get_mask_bounding_box_invocation import GetMaskBoundingBoxInvocation  # noqa: PLC0415
    from ..models.grounding_dino_invocation import GroundingDinoInvocation  # noqa: PLC0415
    from ..models.hed_edge_detection_invocation import HEDEdgeDetectionInvocation  # noqa: PLC0415
    from ..models.hed_image_processor_invocation import HedImageProcessorInvocation  # noqa: PLC0415
    from ..models.heuristic_resize_invocation import HeuristicResizeInvocation  # noqa: PLC0415
    from ..models.ideal_size_invocation import IdealSizeInvocation  # noqa: PLC0415
    from ..models.ideogram_4_caption_builder_invocation import Ideogram4CaptionBuilderInvocation  # noqa: PLC0415
    from ..models.ideogram_4_denoise_invocation import Ideogram4DenoiseInvocation  # noqa: PLC0415
    from ..models.ideogram_4_latents_to_image_invocation import Ideogram4LatentsToImageInvocation  # noqa: PLC0415
    from ..models.ideogram_4_model_loader_invocation import Ideogram4ModelLoaderInvocation  # noqa: PLC0415
    from ..models.ideogram_4_text_encoder_invocation import Ideogram4TextEncoderInvocation  # noqa: PLC0415
    from ..models.if_invocation import IfInvocation  # noqa: PLC0415
    from ..models.image_batch_invocation import ImageBatchInvocation  # noqa: PLC0415
    from ..models.image_blur_invocation import ImageBlurInvocation  # noqa: PLC0415
    from ..models.image_channel_invocation import ImageChannelInvocation  # noqa: PLC0415
    from ..models.image_channel_multiply_invocation import ImageChannelMultiplyInvocation  # noqa: PLC0415
    from ..models.image_channel_offset_invocation import ImageChannelOffsetInvocation  # noqa: PLC0415
    from ..models.image_collection_invocation import ImageCollectionInvocation  # noqa: PLC0415
    from ..models.image_convert_invocation import ImageConvertInvocation  # noqa: PLC0415
    from ..models.image_crop_invocation import ImageCropInvocation  # noqa: PLC0415
    from ..models.image_generator import ImageGenerator  # noqa: PLC0415
    from ..models.image_hue_adjustment_invocation import ImageHueAdjustmentInvocation  # noqa: PLC0415
    from ..models.image_inverse_lerp_invocation import ImageInverseLerpInvocation  # noqa: PLC0415
    from ..models.image_invocation import ImageInvocation  # noqa: PLC0415
    from ..models.image_lerp_invocation import ImageLerpInvocation  # noqa: PLC0415
    from ..models.image_mask_to_tensor_invocation import ImageMaskToTensorInvocation  # noqa: PLC0415
    from ..models.image_multiply_invocation import ImageMultiplyInvocation  # noqa: PLC0415
    from ..models.image_noise_invocation import ImageNoiseInvocation  # noqa: PLC0415
    from ..models.image_nsfw_blur_invocation import ImageNSFWBlurInvocation  # noqa: PLC0415
    from ..models.image_panel_layout_invocation import ImagePanelLayoutInvocation  # noqa: PLC0415
    from ..models.image_paste_invocation import ImagePasteInvocation  # noqa: PLC0415
    from ..models.image_resize_invocation import ImageResizeInvocation  # noqa: PLC0415
    from ..models.image_scale_invocation import ImageScaleInvocation  # noqa: PLC0415
    from ..models.image_to_latents_invocation import ImageToLatentsInvocation  # noqa: PLC0415
    from ..models.image_watermark_invocation import ImageWatermarkInvocation  # noqa: PLC0415
    from ..models.infill_color_invocation import InfillColorInvocation  # noqa: PLC0415
    from ..models.infill_patch_match_invocation import InfillPatchMatchInvocation  # noqa: PLC0415
    from ..models.infill_tile_invocation import InfillTileInvocation  # noqa: PLC0415
    from ..models.integer_batch_invocation import IntegerBatchInvocation  # noqa: PLC0415
    from ..models.integer_collection_invocation import IntegerCollectionInvocation  # noqa: PLC0415
    from ..models.integer_generator import IntegerGenerator  # noqa: PLC0415
    from ..models.integer_invocation import IntegerInvocation  # noqa: PLC0415
    from ..models.integer_math_invocation import IntegerMathInvocation  # noqa: PLC0415
    from ..models.invert_tensor_mask_invocation import InvertTensorMaskInvocation  # noqa: PLC0415
    from ..models.invoke_adjust_image_hue_plus_invocation import InvokeAdjustImageHuePlusInvocation  # noqa: PLC0415
    from ..models.invoke_equivalent_achromatic_lightness_invocation import InvokeEquivalentAchromaticLightnessInvocation  # noqa: PLC0415
    from ..models.invoke_image_blend_invocation import InvokeImageBlendInvocation  # noqa: PLC0415
    from ..models.invoke_image_compositor_invocation import InvokeImageCompositorInvocation  # noqa: PLC0415
    from ..models.invoke_image_dilate_or_erode_invocation import InvokeImageDilateOrErodeInvocation  # noqa: PLC0415
    from ..models.invoke_image_enhance_invocation import InvokeImageEnhanceInvocation  # noqa: PLC0415
    from ..models.invoke_image_value_thresholds_invocation import InvokeImageValueThresholdsInvocation  # noqa: PLC0415
    from ..models.ip_adapter_invocation import IPAdapterInvocation  # noqa: PLC0415
    from ..models.iterate_invocation import IterateInvocation  # noqa: PLC0415
    from ..models.krea_2_conditioning_rebalance_invocation import Krea2ConditioningRebalanceInvocation  # noqa: PLC0415
    from ..models.krea_2_denoise_invocation import Krea2DenoiseInvocation  # noqa: PLC0415
    from ..models.krea_2_lo_ra_collection_loader import Krea2LoRACollectionLoader  # noqa: PLC0415
    from ..models.krea_2_lo_ra_loader_invocation import Krea2LoRALoaderInvocation  # noqa: PLC0415
    from ..models.krea_2_model_loader_invocation import Krea2ModelLoaderInvocation  # noqa: PLC0415
    from ..models.krea_2_seed_variance_invocation import Krea2SeedVarianceInvocation  # noqa: PLC0415
    from ..models.krea_2_style_reference_invocation import Krea2StyleReferenceInvocation  # noqa: PLC0415
    from ..models.krea_2_text_encoder_invocation import Krea2TextEncoderInvocation  # noqa: PLC0415
    from ..models.la_ma_infill_invocation import LaMaInfillInvocation  # noqa: PLC0415
    from ..models.latents_collection_invocation import LatentsCollectionInvocation  # noqa: PLC0415
    from ..models.latents_invocation import LatentsInvocation  # noqa: PLC0415
    from ..models.latents_to_image_invocation import LatentsToImageInvocation  # noqa: PLC0415
    from ..models.leres_image_processor_invocation import LeresImageProcessorInvocation  # noqa: PLC0415
    from ..models.lineart_anime_edge_detection_invocation import LineartAnimeEdgeDetectionInvocation  # noqa: PLC0415
    from ..models.lineart_anime_image_processor_invocation import LineartAnimeImageProcessorInvocation  # noqa: PLC0415
    from ..models.lineart_edge_detection_invocation import LineartEdgeDetectionInvocation  # noqa: PLC0415
    from ..models.lineart_image_processor_invocation import LineartImageProcessorInvocation  # noqa: PLC0415
    from ..models.llava_onevision_vllm_invocation import LlavaOnevisionVllmInvocation  # noqa: PLC0415
    from ..models.lo_ra_collection_loader import LoRACollectionLoader  # noqa: PLC0415
    from ..models.lo_ra_loader_invocation import LoRALoaderInvocation  # noqa: PLC0415
    from ..models.lo_ra_selector_invocation import LoRASelectorInvocation  # noqa: PLC0415
    from ..models.main_model_loader_invocation import MainModelLoaderInvocation  # noqa: PLC0415
    from ..models.mask_combine_invocation import MaskCombineInvocation  # noqa: PLC0415
    from ..models.mask_edge_invocation import MaskEdgeInvocation  # noqa: PLC0415
    from ..models.mask_from_alpha_invocation import MaskFromAlphaInvocation  # noqa: PLC0415
    from ..models.mask_from_id_invocation import MaskFromIDInvocation  # noqa: PLC0415
    from ..models.mask_tensor_to_image_invocation import MaskTensorToImageInvocation  # noqa: PLC0415
    from ..models.media_pipe_face_detection_invocation import MediaPipeFaceDetectionInvocation  # noqa: PLC0415
    from ..models.mediapipe_face_processor_invocation import MediapipeFaceProcessorInvocation  # noqa: PLC0415
    from ..models.merge_metadata_invocation import MergeMetadataInvocation  # noqa: PLC0415
    from ..models.merge_tiles_to_image_invocation import MergeTilesToImageInvocation  # noqa: PLC0415
    from ..models.metadata_field_extractor_invocation import MetadataFieldExtractorInvocation  # noqa: PLC0415
    from ..models.metadata_from_image_invocation import MetadataFromImageInvocation  # noqa: PLC0415
    from ..models.metadata_invocation import MetadataInvocation  # noqa: PLC0415
    from ..models.metadata_item_invocation import MetadataItemInvocation  # noqa: PLC0415
    from ..models.metadata_item_linked_invocation import MetadataItemLinkedInvocation  # noqa: PLC0415
    from ..models.metadata_to_bool_collection_invocation import MetadataToBoolCollectionInvocation  # noqa: PLC0415
    from ..models.metadata_to_bool_invocation import MetadataToBoolInvocation  # noqa: PLC0415
    from ..models.metadata_to_controlnets_invocation import MetadataToControlnetsInvocation  # noqa: PLC0415
    from ..models.metadata_to_float_collection_invocation import MetadataToFloatCollectionInvocation  # noqa: PLC0415
    from ..models.metadata_to_float_invocation import MetadataToFloatInvocation  # noqa: PLC0415
    from ..models.metadata_to_integer_collection_invocation import MetadataToIntegerCollectionInvocation  # noqa: PLC0415
    from ..models.metadata_to_integer_invocation import MetadataToIntegerInvocation  # noqa: PLC0415
    from ..models.metadata_to_ip_adapters_invocation import MetadataToIPAdaptersInvocation  # noqa: PLC0415
    from ..models.metadata_to_loras_collection_invocation import MetadataToLorasCollectionInvocation  # noqa: PLC0415
    from ..models.metadata_to_loras_invocation import MetadataToLorasInvocation  # noqa: PLC0415
    from ..models.metadata_to_model_invocation import MetadataToModelInvocation  # noqa: PLC0415
    from ..models.metadata_to_scheduler_invocation import MetadataToSchedulerInvocation  # noqa: PLC0415
    from ..models.metadata_to_sdxl_loras_invocation import MetadataToSDXLLorasInvocation  # noqa: PLC0415
    from ..models.metadata_to_sdxl_model_invocation import MetadataToSDXLModelInvocation  # noqa: PLC0415
    from ..models.metadata_to_string_collection_invocation import MetadataToStringCollectionInvocation  # noqa: PLC0415
    from ..models.metadata_to_string_invocation import MetadataToStringInvocation  # noqa: PLC0415
    from ..models.metadata_to_t2i_adapters_invocation import MetadataToT2IAdaptersInvocation  # noqa: PLC0415
    from ..models.metadata_to_vae_invocation import MetadataToVAEInvocation  # noqa: PLC0415
    from ..models.midas_depth_image_processor_invocation import MidasDepthImageProcessorInvocation  # noqa: PLC0415
    from ..models.mlsd_detection_invocation import MLSDDetectionInvocation  # noqa: PLC0415
    from ..models.mlsd_image_processor_invocation import MlsdImageProcessorInvocation  # noqa: PLC0415
    from ..models.model_identifier_invocation import ModelIdentifierInvocation  # noqa: PLC0415
    from ..models.multiply_invocation import MultiplyInvocation  # noqa: PLC0415
    from ..models.noise_invocation import NoiseInvocation  # noqa: PLC0415
    from ..models.normal_map_invocation import NormalMapInvocation  # noqa: PLC0415
    from ..models.normalbae_image_processor_invocation import NormalbaeImageProcessorInvocation  # noqa: PLC0415
    from ..models.oklab_unsharp_mask_invocation import OklabUnsharpMaskInvocation  # noqa: PLC0415
    from ..models.oklch_image_hue_adjustment_invocation import OklchImageHueAdjustmentInvocation  # noqa: PLC0415
    from ..models.open_ai_image_generation_invocation import OpenAIImageGenerationInvocation  # noqa: PLC0415
    from ..models.pair_tile_image_invocation import PairTileImageInvocation  # noqa: PLC0415
    from ..models.paste_image_into_bounding_box_invocation import PasteImageIntoBoundingBoxInvocation  # noqa: PLC0415
    from ..models.pbr_maps_invocation import PBRMapsInvocation  # noqa: PLC0415
    from ..models.pi_d_decoder_loader_invocation import PiDDecoderLoaderInvocation  # noqa: PLC0415
    from ..models.pi_d_upscale_invocation import PiDUpscaleInvocation  # noqa: PLC0415
    from ..models.pi_di_net_edge_detection_invocation import PiDiNetEdgeDetectionInvocation  # noqa: PLC0415
    from ..models.pidi_image_processor_invocation import PidiImageProcessorInvocation  # noqa: PLC0415
    from ..models.progress_image import ProgressImage  # noqa: PLC0415
    from ..models.prompt_template_invocation import PromptTemplateInvocation  # noqa: PLC0415
    from ..models.prompts_from_file_invocation import PromptsFromFileInvocation  # noqa: PLC0415
    from ..models.qwen_image_denoise_invocation import QwenImageDenoiseInvocation  # noqa: PLC0415
    from ..models.qwen_image_image_to_latents_invocation import QwenImageImageToLatentsInvocation  # noqa: PLC0415
    from ..models.qwen_image_latents_to_image_invocation import QwenImageLatentsToImageInvocation  # noqa: PLC0415
    from ..models.qwen_image_lo_ra_collection_loader import QwenImageLoRACollectionLoader  # noqa: PLC0415
    from ..models.qwen_image_lo_ra_loader_invocation import QwenImageLoRALoaderInvocation  # noqa: PLC0415
    from ..models.qwen_image_model_loader_invocation import QwenImageModelLoaderInvocation  # noqa: PLC0415
    from ..models.qwen_image_pi_d_decode_invocation import QwenImagePiDDecodeInvocation  # noqa: PLC0415
    from ..models.qwen_image_text_encoder_invocation import QwenImageTextEncoderInvocation  # noqa: PLC0415
    from ..models.random_float_invocation import RandomFloatInvocation  # noqa: PLC0415
    from ..models.random_int_invocation import RandomIntInvocation  # noqa: PLC0415
    from ..models.random_range_invocation import RandomRangeInvocation  # noqa: PLC0415
    from ..models.range_invocation import RangeInvocation  # noqa: PLC0415
    from ..models.range_of_size_invocation import RangeOfSizeInvocation  # noqa: PLC0415
    from ..models.rectangle_mask_invocation import RectangleMaskInvocation  # noqa: PLC0415
    from ..models.resize_latents_invocation import ResizeLatentsInvocation  # noqa: PLC0415
    from ..models.round_invocation import RoundInvocation  # noqa: PLC0415
    from ..models.save_image_invocation import SaveImageInvocation  # noqa: PLC0415
    from ..models.save_image_to_file_invocation import SaveImageToFileInvocation  # noqa: PLC0415
    from ..models.scale_latents_invocation import ScaleLatentsInvocation  # noqa: PLC0415
    from ..models.scheduler_invocation import SchedulerInvocation  # noqa: PLC0415
    from ..models.sd3_denoise_invocation import SD3DenoiseInvocation  # noqa: PLC0415
    from ..models.sd3_image_to_latents_invocation import SD3ImageToLatentsInvocation  # noqa: PLC0415
    from ..models.sd3_latents_to_image_invocation import SD3LatentsToImageInvocation  # noqa: PLC0415
    from ..models.sd3_pi_d_decode_invocation import SD3PiDDecodeInvocation  # noqa: PLC0415
    from ..models.sd_3_model_loader_invocation import Sd3ModelLoaderInvocation  # noqa: PLC0415
    from ..models.sd_3_text_encoder_invocation import Sd3TextEncoderInvocation  # noqa: PLC0415
    from ..models.sdxl_compel_prompt_invocation import SDXLCompelPromptInvocation  # noqa: PLC0415
    from ..models.sdxl_lo_ra_collection_loader import SDXLLoRACollectionLoader  # noqa: PLC0415
    from ..models.sdxl_lo_ra_loader_invocation import SDXLLoRALoaderInvocation  # noqa: PLC0415
    from ..models.sdxl_model_loader_invocation import SDXLModelLoaderInvocation  # noqa: PLC0415
    from ..models.sdxl_pi_d_decode_invocation import SDXLPiDDecodeInvocation  # noqa: PLC0415
    from ..models.sdxl_refiner_compel_prompt_invocation import SDXLRefinerCompelPromptInvocation  # noqa: PLC0415
    from ..models.sdxl_refiner_model_loader_invocation import SDXLRefinerModelLoaderInvocation  # noqa: PLC0415
    from ..models.seamless_mode_invocation import SeamlessModeInvocation  # noqa: PLC0415
    from ..models.seedream_image_generation_invocation import SeedreamImageGenerationInvocation  # noqa: PLC0415
    from ..models.segment_anything_invocation import SegmentAnythingInvocation  # noqa: PLC0415
    from ..models.segment_anything_processor_invocation import SegmentAnythingProcessorInvocation  # noqa: PLC0415
    from ..models.show_image_invocation import ShowImageInvocation  # noqa: PLC0415
    from ..models.spandrel_image_to_image_autoscale_invocation import SpandrelImageToImageAutoscaleInvocation  # noqa: PLC0415
    from ..models.spandrel_image_to_image_invocation import SpandrelImageToImageInvocation  # noqa: PLC0415
    from ..models.step_param_easing_invocation import StepParamEasingInvocation  # noqa: PLC0415
    from ..models.string_batch_invocation import StringBatchInvocation  # noqa: PLC0415
    from ..models.string_collection_invocation import StringCollectionInvocation  # noqa: PLC0415
    from ..models.string_generator import StringGenerator  # noqa: PLC0415
    from ..models.string_invocation import StringInvocation  # noqa: PLC0415
    from ..models.string_join_invocation import StringJoinInvocation  # noqa: PLC0415
    from ..models.string_join_three_invocation import StringJoinThreeInvocation  # noqa: PLC0415
    from ..models.string_replace_invocation import StringReplaceInvocation  # noqa: PLC0415
    from ..models.string_split_invocation import StringSplitInvocation  # noqa: PLC0415
    from ..models.string_split_neg_invocation import StringSplitNegInvocation  # noqa: PLC0415
    from ..models.subtract_invocation import SubtractInvocation  # noqa: PLC0415
    from ..models.t2i_adapter_invocation import T2IAdapterInvocation  # noqa: PLC0415
    from ..models.text_llm_invocation import TextLLMInvocation  # noqa: PLC0415
    from ..models.text_llm_with_preset_invocation import TextLLMWithPresetInvocation  # noqa: PLC0415
    from ..models.tile_resampler_processor_invocation import TileResamplerProcessorInvocation  # noqa: PLC0415
    from ..models.tile_to_properties_invocation import TileToPropertiesInvocation  # noqa: PLC0415
    from ..models.tiled_multi_diffusion_denoise_latents import TiledMultiDiffusionDenoiseLatents  # noqa: PLC0415
    from ..models.unknown_invocation import UnknownInvocation  # noqa: PLC0415
    from ..models.unsharp_mask_invocation import UnsharpMaskInvocation  # noqa: PLC0415
    from ..models.vae_loader_invocation import VAELoaderInvocation  # noqa: PLC0415
    from ..models.video_concat_invocation import VideoConcatInvocation  # noqa: PLC0415
    from ..models.video_frame_extract_invocation import VideoFrameExtractInvocation  # noqa: PLC0415
    from ..models.video_invocation import VideoInvocation  # noqa: PLC0415
    from ..models.wan_denoise_invocation import WanDenoiseInvocation  # noqa: PLC0415
    from ..models.wan_i2v_ideal_dimensions_invocation import WanI2VIdealDimensionsInvocation  # noqa: PLC0415
    from ..models.wan_image_to_latents_invocation import WanImageToLatentsInvocation  # noqa: PLC0415
    from ..models.wan_latents_to_image_invocation import WanLatentsToImageInvocation  # noqa: PLC0415
    from ..models.wan_latents_to_video_invocation import WanLatentsToVideoInvocation  # noqa: PLC0415
    from ..models.wan_lo_ra_collection_loader import WanLoRACollectionLoader  # noqa: PLC0415
    from ..models.wan_lo_ra_loader_invocation import WanLoRALoaderInvocation  # noqa: PLC0415
    from ..models.wan_model_loader_invocation import WanModelLoaderInvocation  # noqa: PLC0415
    from ..models.wan_ref_image_encoder_invocation import WanRefImageEncoderInvocation  # noqa: PLC0415
    from ..models.wan_text_encoder_invocation import WanTextEncoderInvocation  # noqa: PLC0415
    from ..models.wan_ti2v_ideal_dimensions_invocation import WanTI2VIdealDimensionsInvocation  # noqa: PLC0415
    from ..models.wan_video_denoise_invocation import WanVideoDenoiseInvocation  # noqa: PLC0415
    from ..models.workflow_return_get_invocation import WorkflowReturnGetInvocation  # noqa: PLC0415
    from ..models.workflow_return_invocation import WorkflowReturnInvocation  # noqa: PLC0415
    from ..models.workflow_return_value_invocation import WorkflowReturnValueInvocation  # noqa: PLC0415
    from ..models.z_image_control_invocation import ZImageControlInvocation  # noqa: PLC0415
    from ..models.z_image_denoise_invocation import ZImageDenoiseInvocation  # noqa: PLC0415
    from ..models.z_image_denoise_meta_invocation import ZImageDenoiseMetaInvocation  # noqa: PLC0415
    from ..models.z_image_image_to_latents_invocation import ZImageImageToLatentsInvocation  # noqa: PLC0415
    from ..models.z_image_latents_to_image_invocation import ZImageLatentsToImageInvocation  # noqa: PLC0415
    from ..models.z_image_lo_ra_collection_loader import ZImageLoRACollectionLoader  # noqa: PLC0415
    from ..models.z_image_lo_ra_loader_invocation import ZImageLoRALoaderInvocation  # noqa: PLC0415
    from ..models.z_image_model_loader_invocation import ZImageModelLoaderInvocation  # noqa: PLC0415
    from ..models.z_image_pi_d_decode_invocation import ZImagePiDDecodeInvocation  # noqa: PLC0415
    from ..models.z_image_seed_variance_enhancer_invocation import ZImageSeedVarianceEnhancerInvocation  # noqa: PLC0415
    from ..models.z_image_text_encoder_invocation import ZImageTextEncoderInvocation  # noqa: PLC0415
    from ..models.zoe_depth_image_processor_invocation import ZoeDepthImageProcessorInvocation  # noqa: PLC0415

    return (
        AddInvocation,
        AlibabaCloudImageGenerationInvocation,
        AlphaMaskToTensorInvocation,
        AnimaDenoiseInvocation,
        AnimaDenoiseMetaInvocation,
        AnimaImageToLatentsInvocation,
        AnimaLatentsToImageInvocation,
        AnimaLLLiteInvocation,
        AnimaLoRACollectionLoader,
        AnimaLoRALoaderInvocation,
        AnimaModelLoaderInvocation,
        AnimaTextEncoderInvocation,
        ApplyMaskTensorToImageInvocation,
        ApplyMaskToImageInvocation,
        BlankImageInvocation,
        BlendLatentsInvocation,
        BooleanCollectionInvocation,
        BooleanInvocation,
        BoundingBoxInvocation,
        CalculateImageTilesEvenSplitInvocation,
        CalculateImageTilesInvocation,
        CalculateImageTilesMinimumOverlapInvocation,
        CallSavedWorkflowInvocation,
        CannyEdgeDetectionInvocation,
        CannyImageProcessorInvocation,
        CanvasOutputInvocation,
        CanvasPasteBackInvocation,
        CanvasV2MaskAndCropInvocation,
        CenterPadCropInvocation,
        CLIPSkipInvocation,
        CogView4DenoiseInvocation,
        CogView4ImageToLatentsInvocation,
        CogView4LatentsToImageInvocation,
        CogView4ModelLoaderInvocation,
        CogView4TextEncoderInvocation,
        CollectInvocation,
        ColorCorrectInvocation,
        ColorInvocation,
        ColorMapImageProcessorInvocation,
        ColorMapInvocation,
        CompelInvocation,
        ConditioningCollectionInvocation,
        ConditioningInvocation,
        ContentShuffleImageProcessorInvocation,
        ContentShuffleInvocation,
        ControlNetInvocation,
        CoreMetadataInvocation,
        CreateDenoiseMaskInvocation,
        CreateGradientMaskInvocation,
        CropImageToBoundingBoxInvocation,
        CropLatentsCoreInvocation,
        CV2InfillInvocation,
        CvInpaintInvocation,
        DecodeInvisibleWatermarkInvocation,
        DenoiseLatentsInvocation,
        DenoiseLatentsMetaInvocation,
        DepthAnythingDepthEstimationInvocation,
        DepthAnythingImageProcessorInvocation,
        DivideInvocation,
        DWOpenposeDetectionInvocation,
        DWOpenposeImageProcessorInvocation,
        DynamicPromptInvocation,
        ErnieImageDenoiseInvocation,
        ErnieImageModelLoaderInvocation,
        ErnieImagePromptEnhancerInvocation,
        ErnieImageTextEncoderInvocation,
        ErnieImageVaeDecodeInvocation,
        ESRGANInvocation,
        ExpandMaskWithFadeInvocation,
        ExtractVideoRangeInvocation,
        FaceIdentifierInvocation,
        FaceMaskInvocation,
        FaceOffInvocation,
        FloatBatchInvocation,
        FloatCollectionInvocation,
        FloatGenerator,
        FloatInvocation,
        FloatLinearRangeInvocation,
        FloatMathInvocation,
        FloatToIntegerInvocation,
        Flux2DenoiseInvocation,
        Flux2DevLoRACollectionLoader,
        Flux2DevLoRALoaderInvocation,
        Flux2DevModelLoaderInvocation,
        Flux2DevTextEncoderInvocation,
        Flux2KleinLoRACollectionLoader,
        Flux2KleinLoRALoaderInvocation,
        Flux2KleinModelLoaderInvocation,
        Flux2KleinTextEncoderInvocation,
        Flux2PiDDecodeInvocation,
        Flux2VaeDecodeInvocation,
        Flux2VaeEncodeInvocation,
        FluxControlLoRALoaderInvocation,
        FluxControlNetInvocation,
        FluxDenoiseInvocation,
        FluxDenoiseLatentsMetaInvocation,
        FluxFillInvocation,
        FluxIPAdapterInvocation,
        FluxKontextConcatenateImagesInvocation,
        FluxKontextInvocation,
        FLUXLoRACollectionLoader,
        FluxLoRALoaderInvocation,
        FluxModelLoaderInvocation,
        FluxPiDDecodeInvocation,
        FluxReduxInvocation,
        FluxTextEncoderInvocation,
        FluxVaeDecodeInvocation,
        FluxVaeEncodeInvocation,
        FreeUInvocation,
        GeminiImageGenerationInvocation,
        Gemma2EncoderLoaderInvocation,
        GetMaskBoundingBoxInvocation,
        GroundingDinoInvocation,
        HEDEdgeDetectionInvocation,
        HedImageProcessorInvocation,
        HeuristicResizeInvocation,
        IdealSizeInvocation,
        Ideogram4CaptionBuilderInvocation,
        Ideogram4DenoiseInvocation,
        Ideogram4LatentsToImageInvocation,
        Ideogram4ModelLoaderInvocation,
        Ideogram4TextEncoderInvocation,
        IfInvocation,
        ImageBatchInvocation,
        ImageBlurInvocation,
        ImageChannelInvocation,
        ImageChannelMultiplyInvocation,
        ImageChannelOffsetInvocation,
        ImageCollectionInvocation,
        ImageConvertInvocation,
        ImageCropInvocation,
        ImageGenerator,
        ImageHueAdjustmentInvocation,
        ImageInverseLerpInvocation,
        ImageInvocation,
        ImageLerpInvocation,
        ImageMaskToTensorInvocation,
        ImageMultiplyInvocation,
        ImageNoiseInvocation,
        ImageNSFWBlurInvocation,
        ImagePanelLayoutInvocation,
        ImagePasteInvocation,
        ImageResizeInvocation,
        ImageScaleInvocation,
        ImageToLatentsInvocation,
        ImageWatermarkInvocation,
        InfillColorInvocation,
        InfillPatchMatchInvocation,
        InfillTileInvocation,
        IntegerBatchInvocation,
        IntegerCollectionInvocation,
        IntegerGenerator,
        IntegerInvocation,
        IntegerMathInvocation,
        InvertTensorMaskInvocation,
        InvokeAdjustImageHuePlusInvocation,
        InvokeEquivalentAchromaticLightnessInvocation,
        InvokeImageBlendInvocation,
        InvokeImageCompositorInvocation,
        InvokeImageDilateOrErodeInvocation,
        InvokeImageEnhanceInvocation,
        InvokeImageValueThresholdsInvocation,
        IPAdapterInvocation,
        IterateInvocation,
        Krea2ConditioningRebalanceInvocation,
        Krea2DenoiseInvocation,
        Krea2LoRACollectionLoader,
        Krea2LoRALoaderInvocation,
        Krea2ModelLoaderInvocation,
        Krea2SeedVarianceInvocation,
        Krea2StyleReferenceInvocation,
        Krea2TextEncoderInvocation,
        LaMaInfillInvocation,
        LatentsCollectionInvocation,
        LatentsInvocation,
        LatentsToImageInvocation,
        LeresImageProcessorInvocation,
        LineartAnimeEdgeDetectionInvocation,
        LineartAnimeImageProcessorInvocation,
        LineartEdgeDetectionInvocation,
        LineartImageProcessorInvocation,
        LlavaOnevisionVllmInvocation,
        LoRACollectionLoader,
        LoRALoaderInvocation,
        LoRASelectorInvocation,
        MainModelLoaderInvocation,
        MaskCombineInvocation,
        MaskEdgeInvocation,
        MaskFromAlphaInvocation,
        MaskFromIDInvocation,
        MaskTensorToImageInvocation,
        MediaPipeFaceDetectionInvocation,
        MediapipeFaceProcessorInvocation,
        MergeMetadataInvocation,
        MergeTilesToImageInvocation,
        MetadataFieldExtractorInvocation,
        MetadataFromImageInvocation,
        MetadataInvocation,
        MetadataItemInvocation,
        MetadataItemLinkedInvocation,
        MetadataToBoolCollectionInvocation,
        MetadataToBoolInvocation,
        MetadataToControlnetsInvocation,
        MetadataToFloatCollectionInvocation,
        MetadataToFloatInvocation,
        MetadataToIntegerCollectionInvocation,
        MetadataToIntegerInvocation,
        MetadataToIPAdaptersInvocation,
        MetadataToLorasCollectionInvocation,
        MetadataToLorasInvocation,
        MetadataToModelInvocation,
        MetadataToSchedulerInvocation,
        MetadataToSDXLLorasInvocation,
        MetadataToSDXLModelInvocation,
        MetadataToStringCollectionInvocation,
        MetadataToStringInvocation,
        MetadataToT2IAdaptersInvocation,
        MetadataToVAEInvocation,
        MidasDepthImageProcessorInvocation,
        MLSDDetectionInvocation,
        MlsdImageProcessorInvocation,
        ModelIdentifierInvocation,
        MultiplyInvocation,
        NoiseInvocation,
        NormalbaeImageProcessorInvocation,
        NormalMapInvocation,
        OklabUnsharpMaskInvocation,
        OklchImageHueAdjustmentInvocation,
        OpenAIImageGenerationInvocation,
        PairTileImageInvocation,
        PasteImageIntoBoundingBoxInvocation,
        PBRMapsInvocation,
        PiDDecoderLoaderInvocation,
        PidiImageProcessorInvocation,
        PiDiNetEdgeDetectionInvocation,
        PiDUpscaleInvocation,
        ProgressImage,
        PromptsFromFileInvocation,
        PromptTemplateInvocation,
        QwenImageDenoiseInvocation,
        QwenImageImageToLatentsInvocation,
        QwenImageLatentsToImageInvocation,
        QwenImageLoRACollectionLoader,
        QwenImageLoRALoaderInvocation,
        QwenImageModelLoaderInvocation,
        QwenImagePiDDecodeInvocation,
        QwenImageTextEncoderInvocation,
        RandomFloatInvocation,
        RandomIntInvocation,
        RandomRangeInvocation,
        RangeInvocation,
        RangeOfSizeInvocation,
        RectangleMaskInvocation,
        ResizeLatentsInvocation,
        RoundInvocation,
        SaveImageInvocation,
        SaveImageToFileInvocation,
        ScaleLatentsInvocation,
        SchedulerInvocation,
        SD3DenoiseInvocation,
        SD3ImageToLatentsInvocation,
        SD3LatentsToImageInvocation,
        Sd3ModelLoaderInvocation,
        SD3PiDDecodeInvocation,
        Sd3TextEncoderInvocation,
        SDXLCompelPromptInvocation,
        SDXLLoRACollectionLoader,
        SDXLLoRALoaderInvocation,
        SDXLModelLoaderInvocation,
        SDXLPiDDecodeInvocation,
        SDXLRefinerCompelPromptInvocation,
        SDXLRefinerModelLoaderInvocation,
        SeamlessModeInvocation,
        SeedreamImageGenerationInvocation,
        SegmentAnythingInvocation,
        SegmentAnythingProcessorInvocation,
        ShowImageInvocation,
        SpandrelImageToImageAutoscaleInvocation,
        SpandrelImageToImageInvocation,
        StepParamEasingInvocation,
        StringBatchInvocation,
        StringCollectionInvocation,
        StringGenerator,
        StringInvocation,
        StringJoinInvocation,
        StringJoinThreeInvocation,
        StringReplaceInvocation,
        StringSplitInvocation,
        StringSplitNegInvocation,
        SubtractInvocation,
        T2IAdapterInvocation,
        TextLLMInvocation,
        TextLLMWithPresetInvocation,
        TiledMultiDiffusionDenoiseLatents,
        TileResamplerProcessorInvocation,
        TileToPropertiesInvocation,
        UnknownInvocation,
        UnsharpMaskInvocation,
        VAELoaderInvocation,
        VideoConcatInvocation,
        VideoFrameExtractInvocation,
        VideoInvocation,
        WanDenoiseInvocation,
        WanI2VIdealDimensionsInvocation,
        WanImageToLatentsInvocation,
        WanLatentsToImageInvocation,
        WanLatentsToVideoInvocation,
        WanLoRACollectionLoader,
        WanLoRALoaderInvocation,
        WanModelLoaderInvocation,
        WanRefImageEncoderInvocation,
        WanTextEncoderInvocation,
        WanTI2VIdealDimensionsInvocation,
        WanVideoDenoiseInvocation,
        WorkflowReturnGetInvocation,
        WorkflowReturnInvocation,
        WorkflowReturnValueInvocation,
        ZImageControlInvocation,
        ZImageDenoiseInvocation,
        ZImageDenoiseMetaInvocation,
        ZImageImageToLatentsInvocation,
        ZImageLatentsToImageInvocation,
        ZImageLoRACollectionLoader,
        ZImageLoRALoaderInvocation,
        ZImageModelLoaderInvocation,
        ZImagePiDDecodeInvocation,
        ZImageSeedVarianceEnhancerInvocation,
        ZImageTextEncoderInvocation,
        ZoeDepthImageProcessorInvocation,
    )
