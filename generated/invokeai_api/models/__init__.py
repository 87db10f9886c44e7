"""Contains all the data models used in inputs/outputs.

There are about a thousand of them, so nothing is imported up front: `models.AddInvocation` (or
`from invokeai_api.models import AddInvocation`) loads that one module on first use. Names may also be
spelled as in the schema's components (`Main_Diffusers_SD1_Config` for `MainDiffusersSD1Config`).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_images_to_board_result import AddImagesToBoardResult
    from .add_invocation import AddInvocation
    from .add_videos_to_board_result import AddVideosToBoardResult
    from .admin_user_create_request import AdminUserCreateRequest
    from .admin_user_update_request import AdminUserUpdateRequest
    from .alibaba_cloud_image_generation_invocation import AlibabaCloudImageGenerationInvocation
    from .alibaba_cloud_image_generation_invocation_mode import AlibabaCloudImageGenerationInvocationMode
    from .alpha_mask_to_tensor_invocation import AlphaMaskToTensorInvocation
    from .anima_conditioning_field import AnimaConditioningField
    from .anima_conditioning_output import AnimaConditioningOutput
    from .anima_denoise_invocation import AnimaDenoiseInvocation
    from .anima_denoise_invocation_scheduler import AnimaDenoiseInvocationScheduler
    from .anima_denoise_meta_invocation import AnimaDenoiseMetaInvocation
    from .anima_denoise_meta_invocation_scheduler import AnimaDenoiseMetaInvocationScheduler
    from .anima_image_to_latents_invocation import AnimaImageToLatentsInvocation
    from .anima_latents_to_image_invocation import AnimaLatentsToImageInvocation
    from .anima_ll_lite_field import AnimaLLLiteField
    from .anima_ll_lite_invocation import AnimaLLLiteInvocation
    from .anima_ll_lite_output import AnimaLLLiteOutput
    from .anima_lo_ra_collection_loader import AnimaLoRACollectionLoader
    from .anima_lo_ra_loader_invocation import AnimaLoRALoaderInvocation
    from .anima_lo_ra_loader_output import AnimaLoRALoaderOutput
    from .anima_model_loader_invocation import AnimaModelLoaderInvocation
    from .anima_model_loader_output import AnimaModelLoaderOutput
    from .anima_text_encoder_invocation import AnimaTextEncoderInvocation
    from .api_model_config import ApiModelConfig
    from .api_model_config_submodels_type_0 import ApiModelConfigSubmodelsType0
    from .app_config import AppConfig
    from .app_dependency_versions import AppDependencyVersions
    from .app_version import AppVersion
    from .apply_mask_tensor_to_image_invocation import ApplyMaskTensorToImageInvocation
    from .apply_mask_to_image_invocation import ApplyMaskToImageInvocation
    from .base_metadata import BaseMetadata
    from .base_model_type import BaseModelType
    from .batch import Batch
    from .batch_datum import BatchDatum
    from .batch_enqueued_event import BatchEnqueuedEvent
    from .batch_status import BatchStatus
    from .blank_image_invocation import BlankImageInvocation
    from .blank_image_invocation_mode import BlankImageInvocationMode
    from .blend_latents_invocation import BlendLatentsInvocation
    from .board_changes import BoardChanges
    from .board_dto import BoardDTO
    from .board_field import BoardField
    from .board_record_order_by import BoardRecordOrderBy
    from .board_visibility import BoardVisibility
    from .body_add_image_to_board import BodyAddImageToBoard
    from .body_add_images_to_board import BodyAddImagesToBoard
    from .body_add_videos_to_board import BodyAddVideosToBoard
    from .body_cancel_by_batch_ids import BodyCancelByBatchIds
    from .body_create_image_upload_entry import BodyCreateImageUploadEntry
    from .body_create_style_preset import BodyCreateStylePreset
    from .body_create_workflow import BodyCreateWorkflow
    from .body_delete_images_from_list import BodyDeleteImagesFromList
    from .body_delete_videos_from_list import BodyDeleteVideosFromList
    from .body_do_hf_login import BodyDoHfLogin
    from .body_download import BodyDownload
    from .body_download_images_from_list import BodyDownloadImagesFromList
    from .body_enqueue_batch import BodyEnqueueBatch
    from .body_get_images_by_names import BodyGetImagesByNames
    from .body_get_queue_item_summaries_by_ids import BodyGetQueueItemSummariesByIds
    from .body_get_queue_items_by_item_ids import BodyGetQueueItemsByItemIds
    from .body_get_videos_by_ids import BodyGetVideosByIds
    from .body_import_style_presets import BodyImportStylePresets
    from .body_parse_dynamicprompts import BodyParseDynamicprompts
    from .body_remove_image_from_board import BodyRemoveImageFromBoard
    from .body_remove_images_from_board import BodyRemoveImagesFromBoard
    from .body_remove_video_from_board import BodyRemoveVideoFromBoard
    from .body_remove_videos_from_board import BodyRemoveVideosFromBoard
    from .body_set_workflow_thumbnail import BodySetWorkflowThumbnail
    from .body_star_images_in_list import BodyStarImagesInList
    from .body_star_videos_in_list import BodyStarVideosInList
    from .body_unstar_images_in_list import BodyUnstarImagesInList
    from .body_unstar_videos_in_list import BodyUnstarVideosInList
    from .body_update_model_image import BodyUpdateModelImage
    from .body_update_style_preset import BodyUpdateStylePreset
    from .body_update_workflow import BodyUpdateWorkflow
    from .body_update_workflow_is_public import BodyUpdateWorkflowIsPublic
    from .body_upload_image import BodyUploadImage
    from .boolean_collection_invocation import BooleanCollectionInvocation
    from .boolean_collection_output import BooleanCollectionOutput
    from .boolean_invocation import BooleanInvocation
    from .boolean_output import BooleanOutput
    from .bounding_box_collection_output import BoundingBoxCollectionOutput
    from .bounding_box_field import BoundingBoxField
    from .bounding_box_invocation import BoundingBoxInvocation
    from .bounding_box_output import BoundingBoxOutput
    from .bulk_delete_models_request import BulkDeleteModelsRequest
    from .bulk_delete_models_response import BulkDeleteModelsResponse
    from .bulk_delete_models_response_failed_item import BulkDeleteModelsResponseFailedItem
    from .bulk_download_complete_event import BulkDownloadCompleteEvent
    from .bulk_download_error_event import BulkDownloadErrorEvent
    from .bulk_download_started_event import BulkDownloadStartedEvent
    from .bulk_reidentify_models_request import BulkReidentifyModelsRequest
    from .bulk_reidentify_models_response import BulkReidentifyModelsResponse
    from .bulk_reidentify_models_response_failed_item import BulkReidentifyModelsResponseFailedItem
    from .cache_stats import CacheStats
    from .cache_stats_loaded_model_sizes import CacheStatsLoadedModelSizes
    from .cache_type import CacheType
    from .calculate_image_tiles_even_split_invocation import CalculateImageTilesEvenSplitInvocation
    from .calculate_image_tiles_invocation import CalculateImageTilesInvocation
    from .calculate_image_tiles_minimum_overlap_invocation import CalculateImageTilesMinimumOverlapInvocation
    from .calculate_image_tiles_output import CalculateImageTilesOutput
    from .call_saved_workflow_invocation import CallSavedWorkflowInvocation
    from .call_saved_workflow_invocation_workflow_inputs import CallSavedWorkflowInvocationWorkflowInputs
    from .cancel_all_except_current_result import CancelAllExceptCurrentResult
    from .cancel_by_batch_i_ds_result import CancelByBatchIDsResult
    from .cancel_by_destination_result import CancelByDestinationResult
    from .canny_edge_detection_invocation import CannyEdgeDetectionInvocation
    from .canny_image_processor_invocation import CannyImageProcessorInvocation
    from .canny_image_processor_invocation_type import CannyImageProcessorInvocationType
    from .canvas_output_invocation import CanvasOutputInvocation
    from .canvas_paste_back_invocation import CanvasPasteBackInvocation
    from .canvas_v2_mask_and_crop_invocation import CanvasV2MaskAndCropInvocation
    from .center_pad_crop_invocation import CenterPadCropInvocation
    from .classification import Classification
    from .clear_result import ClearResult
    from .clip_embed_diffusers_config import CLIPEmbedDiffusersConfig
    from .clip_embed_diffusers_config_format import CLIPEmbedDiffusersConfigFormat
    from .clip_embed_diffusers_config_submodels_type_0 import CLIPEmbedDiffusersConfigSubmodelsType0
    from .clip_embed_diffusers_config_type import CLIPEmbedDiffusersConfigType
    from .clip_embed_diffusers_g_config import CLIPEmbedDiffusersGConfig
    from .clip_embed_diffusers_l_config import CLIPEmbedDiffusersLConfig
    from .clip_field import CLIPField
    from .clip_output import CLIPOutput
    from .clip_skip_invocation import CLIPSkipInvocation
    from .clip_skip_invocation_output import CLIPSkipInvocationOutput
    from .clip_variant_type import ClipVariantType
    from .clip_vision_diffusers_config import CLIPVisionDiffusersConfig
    from .clip_vision_diffusers_config_until_670 import CLIPVisionDiffusersConfigUntil670
    from .clip_vision_diffusers_config_until_670_submodels_type_0 import CLIPVisionDiffusersConfigUntil670SubmodelsType0
    from .clipg_embed_diffusers_config import CLIPGEmbedDiffusersConfig
    from .clipg_embed_diffusers_config_submodels_type_0 import CLIPGEmbedDiffusersConfigSubmodelsType0
    from .clipl_embed_diffusers_config import CLIPLEmbedDiffusersConfig
    from .clipl_embed_diffusers_config_submodels_type_0 import CLIPLEmbedDiffusersConfigSubmodelsType0
    from .cog_view_4_conditioning_field import CogView4ConditioningField
    from .cog_view_4_conditioning_output import CogView4ConditioningOutput
    from .cog_view_4_denoise_invocation import CogView4DenoiseInvocation
    from .cog_view_4_image_to_latents_invocation import CogView4ImageToLatentsInvocation
    from .cog_view_4_latents_to_image_invocation import CogView4LatentsToImageInvocation
    from .cog_view_4_model_loader_invocation import CogView4ModelLoaderInvocation
    from .cog_view_4_model_loader_output import CogView4ModelLoaderOutput
    from .cog_view_4_text_encoder_invocation import CogView4TextEncoderInvocation
    from .collect_invocation import CollectInvocation
    from .collect_invocation_output import CollectInvocationOutput
    from .color_collection_output import ColorCollectionOutput
    from .color_correct_invocation import ColorCorrectInvocation
    from .color_correct_invocation_color_space import ColorCorrectInvocationColorSpace
    from .color_field import ColorField
    from .color_invocation import ColorInvocation
    from .color_map_image_processor_invocation import ColorMapImageProcessorInvocation
    from .color_map_image_processor_invocation_type import ColorMapImageProcessorInvocationType
    from .color_map_invocation import ColorMapInvocation
    from .color_output import ColorOutput
    from .compel_invocation import CompelInvocation
    from .conditioning_collection_invocation import ConditioningCollectionInvocation
    from .conditioning_collection_output import ConditioningCollectionOutput
    from .conditioning_field import ConditioningField
    from .conditioning_invocation import ConditioningInvocation
    from .conditioning_output import ConditioningOutput
    from .content_shuffle_image_processor_invocation import ContentShuffleImageProcessorInvocation
    from .content_shuffle_image_processor_invocation_type import ContentShuffleImageProcessorInvocationType
    from .content_shuffle_invocation import ContentShuffleInvocation
    from .control_adapter_default_settings import ControlAdapterDefaultSettings
    from .control_field import ControlField
    from .control_field_control_mode import ControlFieldControlMode
    from .control_field_resize_mode import ControlFieldResizeMode
    from .control_lo_ra_diffusers_config import ControlLoRADiffusersConfig
    from .control_lo_ra_diffusers_config_submodels_type_0 import ControlLoRADiffusersConfigSubmodelsType0
    from .control_lo_ra_field import ControlLoRAField
    from .control_lo_ra_ly_coris_config import ControlLoRALyCORISConfig
    from .control_lo_ra_ly_coris_config_submodels_type_0 import ControlLoRALyCORISConfigSubmodelsType0
    from .control_lo_ra_ly_corisflux_config import ControlLoRALyCORISFLUXConfig
    from .control_net_checkpoint_anima_config import ControlNetCheckpointAnimaConfig
    from .control_net_checkpoint_config import ControlNetCheckpointConfig
    from .control_net_checkpoint_config_format import ControlNetCheckpointConfigFormat
    from .control_net_checkpoint_config_submodels_type_0 import ControlNetCheckpointConfigSubmodelsType0
    from .control_net_checkpoint_flux_config import ControlNetCheckpointFLUXConfig
    from .control_net_checkpoint_sd1_config import ControlNetCheckpointSD1Config
    from .control_net_checkpoint_sd2_config import ControlNetCheckpointSD2Config
    from .control_net_checkpoint_sdxl_config import ControlNetCheckpointSDXLConfig
    from .control_net_checkpoint_z_image_config import ControlNetCheckpointZImageConfig
    from .control_net_diffusers_config import ControlNetDiffusersConfig
    from .control_net_diffusers_config_submodels_type_0 import ControlNetDiffusersConfigSubmodelsType0
    from .control_net_diffusers_flux_config import ControlNetDiffusersFLUXConfig
    from .control_net_diffusers_sd1_config import ControlNetDiffusersSD1Config
    from .control_net_diffusers_sd2_config import ControlNetDiffusersSD2Config
    from .control_net_diffusers_sdxl_config import ControlNetDiffusersSDXLConfig
    from .control_net_invocation import ControlNetInvocation
    from .control_net_invocation_control_mode import ControlNetInvocationControlMode
    from .control_net_invocation_resize_mode import ControlNetInvocationResizeMode
    from .control_net_metadata_field import ControlNetMetadataField
    from .control_net_metadata_field_control_mode import ControlNetMetadataFieldControlMode
    from .control_net_metadata_field_resize_mode import ControlNetMetadataFieldResizeMode
    from .control_net_recall_parameter import ControlNetRecallParameter
    from .control_net_recall_parameter_control_mode_type_0 import ControlNetRecallParameterControlModeType0
    from .control_output import ControlOutput
    from .core_metadata_invocation import CoreMetadataInvocation
    from .core_metadata_invocation_generation_mode_type_0 import CoreMetadataInvocationGenerationModeType0
    from .counts_by_category_response_counts_by_category import CountsByCategoryResponseCountsByCategory
    from .create_denoise_mask_invocation import CreateDenoiseMaskInvocation
    from .create_gradient_mask_invocation import CreateGradientMaskInvocation
    from .create_gradient_mask_invocation_coherence_mode import CreateGradientMaskInvocationCoherenceMode
    from .crop_image_to_bounding_box_invocation import CropImageToBoundingBoxInvocation
    from .crop_latents_core_invocation import CropLatentsCoreInvocation
    from .cursor_paginated_results_session_queue_item import CursorPaginatedResultsSessionQueueItem
    from .cursor_paginated_results_session_queue_item_dto import CursorPaginatedResultsSessionQueueItemDTO
    from .cv2_infill_invocation import CV2InfillInvocation
    from .cv_inpaint_invocation import CvInpaintInvocation
    from .decode_invisible_watermark_invocation import DecodeInvisibleWatermarkInvocation
    from .delete_all_except_current_result import DeleteAllExceptCurrentResult
    from .delete_board_result import DeleteBoardResult
    from .delete_by_destination_result import DeleteByDestinationResult
    from .delete_images_from_list_result import DeleteImagesFromListResult
    from .delete_images_result import DeleteImagesResult
    from .delete_orphaned_models_request import DeleteOrphanedModelsRequest
    from .delete_orphaned_models_response import DeleteOrphanedModelsResponse
    from .delete_orphaned_models_response_errors import DeleteOrphanedModelsResponseErrors
    from .delete_videos_result import DeleteVideosResult
    from .denoise_latents_invocation import DenoiseLatentsInvocation
    from .denoise_latents_invocation_scheduler import DenoiseLatentsInvocationScheduler
    from .denoise_latents_meta_invocation import DenoiseLatentsMetaInvocation
    from .denoise_latents_meta_invocation_scheduler import DenoiseLatentsMetaInvocationScheduler
    from .denoise_mask_field import DenoiseMaskField
    from .denoise_mask_output import DenoiseMaskOutput
    from .depth_anything_depth_estimation_invocation import DepthAnythingDepthEstimationInvocation
    from .depth_anything_depth_estimation_invocation_model_size import DepthAnythingDepthEstimationInvocationModelSize
    from .depth_anything_image_processor_invocation import DepthAnythingImageProcessorInvocation
    from .depth_anything_image_processor_invocation_model_size import DepthAnythingImageProcessorInvocationModelSize
    from .depth_anything_image_processor_invocation_type import DepthAnythingImageProcessorInvocationType
    from .divide_invocation import DivideInvocation
    from .download_cancelled_event import DownloadCancelledEvent
    from .download_complete_event import DownloadCompleteEvent
    from .download_error_event import DownloadErrorEvent
    from .download_job import DownloadJob
    from .download_job_status import DownloadJobStatus
    from .download_paused_event import DownloadPausedEvent
    from .download_progress_event import DownloadProgressEvent
    from .download_started_event import DownloadStartedEvent
    from .dw_openpose_detection_invocation import DWOpenposeDetectionInvocation
    from .dw_openpose_image_processor_invocation import DWOpenposeImageProcessorInvocation
    from .dw_openpose_image_processor_invocation_type import DWOpenposeImageProcessorInvocationType
    from .dynamic_prompt_invocation import DynamicPromptInvocation
    from .dynamic_prompts_response import DynamicPromptsResponse
    from .edge import Edge
    from .edge_connection import EdgeConnection
    from .enqueue_batch_result import EnqueueBatchResult
    from .ernie_image_conditioning_field import ErnieImageConditioningField
    from .ernie_image_conditioning_output import ErnieImageConditioningOutput
    from .ernie_image_denoise_invocation import ErnieImageDenoiseInvocation
    from .ernie_image_denoise_invocation_scheduler import ErnieImageDenoiseInvocationScheduler
    from .ernie_image_model_loader_invocation import ErnieImageModelLoaderInvocation
    from .ernie_image_model_loader_output import ErnieImageModelLoaderOutput
    from .ernie_image_prompt_enhancer_invocation import ErnieImagePromptEnhancerInvocation
    from .ernie_image_text_encoder_invocation import ErnieImageTextEncoderInvocation
    from .ernie_image_vae_decode_invocation import ErnieImageVaeDecodeInvocation
    from .esrgan_invocation import ESRGANInvocation
    from .esrgan_invocation_model_name import ESRGANInvocationModelName
    from .expand_mask_with_fade_invocation import ExpandMaskWithFadeInvocation
    from .expand_prompt_request import ExpandPromptRequest
    from .expand_prompt_response import ExpandPromptResponse
    from .exposed_field import ExposedField
    from .external_api_model_config import ExternalApiModelConfig
    from .external_api_model_default_settings import ExternalApiModelDefaultSettings
    from .external_image_size import ExternalImageSize
    from .external_model_capabilities import ExternalModelCapabilities
    from .external_model_capabilities_aspect_ratio_sizes_type_0 import ExternalModelCapabilitiesAspectRatioSizesType0
    from .external_model_capabilities_input_image_required_for_type_0_item import (
        ExternalModelCapabilitiesInputImageRequiredForType0Item,
    )
    from .external_model_capabilities_mask_format import ExternalModelCapabilitiesMaskFormat
    from .external_model_capabilities_modes_item import ExternalModelCapabilitiesModesItem
    from .external_model_panel_control import ExternalModelPanelControl
    from .external_model_panel_control_name import ExternalModelPanelControlName
    from .external_model_panel_schema import ExternalModelPanelSchema
    from .external_model_source import ExternalModelSource
    from .external_provider_config_model import ExternalProviderConfigModel
    from .external_provider_config_update import ExternalProviderConfigUpdate
    from .external_provider_status_model import ExternalProviderStatusModel
    from .external_resolution_preset import ExternalResolutionPreset
    from .extract_video_range_invocation import ExtractVideoRangeInvocation
    from .extract_video_range_output import ExtractVideoRangeOutput
    from .face_identifier_invocation import FaceIdentifierInvocation
    from .face_mask_invocation import FaceMaskInvocation
    from .face_mask_output import FaceMaskOutput
    from .face_off_invocation import FaceOffInvocation
    from .face_off_output import FaceOffOutput
    from .field_identifier import FieldIdentifier
    from .field_identifier_kind import FieldIdentifierKind
    from .field_kind import FieldKind
    from .float_batch_invocation import FloatBatchInvocation
    from .float_batch_invocation_batch_group import FloatBatchInvocationBatchGroup
    from .float_collection_invocation import FloatCollectionInvocation
    from .float_collection_output import FloatCollectionOutput
    from .float_generator import FloatGenerator
    from .float_generator_field import FloatGeneratorField
    from .float_generator_output import FloatGeneratorOutput
    from .float_invocation import FloatInvocation
    from .float_linear_range_invocation import FloatLinearRangeInvocation
    from .float_math_invocation import FloatMathInvocation
    from .float_math_invocation_operation import FloatMathInvocationOperation
    from .float_output import FloatOutput
    from .float_to_integer_invocation import FloatToIntegerInvocation
    from .float_to_integer_invocation_method import FloatToIntegerInvocationMethod
    from .flux_2_denoise_invocation import Flux2DenoiseInvocation
    from .flux_2_denoise_invocation_scheduler import Flux2DenoiseInvocationScheduler
    from .flux_2_dev_lo_ra_collection_loader import Flux2DevLoRACollectionLoader
    from .flux_2_dev_lo_ra_loader_invocation import Flux2DevLoRALoaderInvocation
    from .flux_2_dev_lo_ra_loader_output import Flux2DevLoRALoaderOutput
    from .flux_2_dev_model_loader_invocation import Flux2DevModelLoaderInvocation
    from .flux_2_dev_model_loader_invocation_max_seq_length import Flux2DevModelLoaderInvocationMaxSeqLength
    from .flux_2_dev_model_loader_output import Flux2DevModelLoaderOutput
    from .flux_2_dev_model_loader_output_max_seq_length import Flux2DevModelLoaderOutputMaxSeqLength
    from .flux_2_dev_text_encoder_invocation import Flux2DevTextEncoderInvocation
    from .flux_2_dev_text_encoder_invocation_max_seq_len import Flux2DevTextEncoderInvocationMaxSeqLen
    from .flux_2_klein_lo_ra_collection_loader import Flux2KleinLoRACollectionLoader
    from .flux_2_klein_lo_ra_loader_invocation import Flux2KleinLoRALoaderInvocation
    from .flux_2_klein_lo_ra_loader_output import Flux2KleinLoRALoaderOutput
    from .flux_2_klein_model_loader_invocation import Flux2KleinModelLoaderInvocation
    from .flux_2_klein_model_loader_invocation_max_seq_length import Flux2KleinModelLoaderInvocationMaxSeqLength
    from .flux_2_klein_model_loader_output import Flux2KleinModelLoaderOutput
    from .flux_2_klein_model_loader_output_max_seq_length import Flux2KleinModelLoaderOutputMaxSeqLength
    from .flux_2_klein_text_encoder_invocation import Flux2KleinTextEncoderInvocation
    from .flux_2_klein_text_encoder_invocation_max_seq_len import Flux2KleinTextEncoderInvocationMaxSeqLen
    from .flux_2_pi_d_decode_invocation import Flux2PiDDecodeInvocation
    from .flux_2_vae_decode_invocation import Flux2VaeDecodeInvocation
    from .flux_2_vae_encode_invocation import Flux2VaeEncodeInvocation
    from .flux_2_variant_type import Flux2VariantType
    from .flux_conditioning_collection_output import FluxConditioningCollectionOutput
    from .flux_conditioning_field import FluxConditioningField
    from .flux_conditioning_output import FluxConditioningOutput
    from .flux_control_lo_ra_loader_invocation import FluxControlLoRALoaderInvocation
    from .flux_control_lo_ra_loader_output import FluxControlLoRALoaderOutput
    from .flux_control_net_field import FluxControlNetField
    from .flux_control_net_field_resize_mode import FluxControlNetFieldResizeMode
    from .flux_control_net_invocation import FluxControlNetInvocation
    from .flux_control_net_invocation_resize_mode import FluxControlNetInvocationResizeMode
    from .flux_control_net_output import FluxControlNetOutput
    from .flux_denoise_invocation import FluxDenoiseInvocation
    from .flux_denoise_invocation_dype_preset import FluxDenoiseInvocationDypePreset
    from .flux_denoise_invocation_scheduler import FluxDenoiseInvocationScheduler
    from .flux_denoise_latents_meta_invocation import FluxDenoiseLatentsMetaInvocation
    from .flux_denoise_latents_meta_invocation_dype_preset import FluxDenoiseLatentsMetaInvocationDypePreset
    from .flux_denoise_latents_meta_invocation_scheduler import FluxDenoiseLatentsMetaInvocationScheduler
    from .flux_fill_conditioning_field import FluxFillConditioningField
    from .flux_fill_invocation import FluxFillInvocation
    from .flux_fill_output import FluxFillOutput
    from .flux_ip_adapter_invocation import FluxIPAdapterInvocation
    from .flux_kontext_concatenate_images_invocation import FluxKontextConcatenateImagesInvocation
    from .flux_kontext_conditioning_field import FluxKontextConditioningField
    from .flux_kontext_invocation import FluxKontextInvocation
    from .flux_kontext_output import FluxKontextOutput
    from .flux_lo_ra_collection_loader import FLUXLoRACollectionLoader
    from .flux_lo_ra_loader_invocation import FluxLoRALoaderInvocation
    from .flux_lo_ra_loader_output import FluxLoRALoaderOutput
    from .flux_model_loader_invocation import FluxModelLoaderInvocation
    from .flux_model_loader_output import FluxModelLoaderOutput
    from .flux_model_loader_output_max_seq_length import FluxModelLoaderOutputMaxSeqLength
    from .flux_pi_d_decode_invocation import FluxPiDDecodeInvocation
    from .flux_redux_checkpoint_config import FLUXReduxCheckpointConfig
    from .flux_redux_conditioning_field import FluxReduxConditioningField
    from .flux_redux_config import FluxReduxConfig
    from .flux_redux_config_submodels_type_0 import FluxReduxConfigSubmodelsType0
    from .flux_redux_invocation import FluxReduxInvocation
    from .flux_redux_invocation_downsampling_function import FluxReduxInvocationDownsamplingFunction
    from .flux_redux_output import FluxReduxOutput
    from .flux_text_encoder_invocation import FluxTextEncoderInvocation
    from .flux_text_encoder_invocation_t5_max_seq_len_type_0 import FluxTextEncoderInvocationT5MaxSeqLenType0
    from .flux_vae_decode_invocation import FluxVaeDecodeInvocation
    from .flux_vae_encode_invocation import FluxVaeEncodeInvocation
    from .flux_variant_type import FluxVariantType
    from .found_model import FoundModel
    from .free_u_config import FreeUConfig
    from .free_u_invocation import FreeUInvocation
    from .gallery_item import GalleryItem
    from .gallery_item_kind import GalleryItemKind
    from .gallery_item_names import GalleryItemNames
    from .gallery_item_names_result import GalleryItemNamesResult
    from .gallery_item_ref import GalleryItemRef
    from .gemini_image_generation_invocation import GeminiImageGenerationInvocation
    from .gemini_image_generation_invocation_mode import GeminiImageGenerationInvocationMode
    from .gemini_image_generation_invocation_thinking_level_type_0 import (
        GeminiImageGenerationInvocationThinkingLevelType0,
    )
    from .gemma_2_encoder_field import Gemma2EncoderField
    from .gemma_2_encoder_gemma_2_encoder_config import Gemma2EncoderGemma2EncoderConfig
    from .gemma_2_encoder_gguf_config import Gemma2EncoderGGUFConfig
    from .gemma_2_encoder_loader_invocation import Gemma2EncoderLoaderInvocation
    from .gemma_2_encoder_output import Gemma2EncoderOutput
    from .generate_password_response import GeneratePasswordResponse
    from .generation_device_option import GenerationDeviceOption
    from .get_app_deps_response_get_app_deps import GetAppDepsResponseGetAppDeps
    from .get_counts_by_tag_response_get_counts_by_tag import GetCountsByTagResponseGetCountsByTag
    from .get_mask_bounding_box_invocation import GetMaskBoundingBoxInvocation
    from .get_recall_parameters_response_get_recall_parameters import GetRecallParametersResponseGetRecallParameters
    from .glm_encoder_field import GlmEncoderField
    from .gradient_mask_output import GradientMaskOutput
    from .graph import Graph
    from .graph_execution_state import GraphExecutionState
    from .graph_execution_state_errors import GraphExecutionStateErrors
    from .graph_execution_state_indegree import GraphExecutionStateIndegree
    from .graph_execution_state_prepared_iteration_paths import GraphExecutionStatePreparedIterationPaths
    from .graph_execution_state_prepared_source_mapping import GraphExecutionStatePreparedSourceMapping
    from .graph_execution_state_results import GraphExecutionStateResults
    from .graph_execution_state_source_prepared_mapping import GraphExecutionStateSourcePreparedMapping
    from .graph_nodes import GraphNodes
    from .grounding_dino_invocation import GroundingDinoInvocation
    from .grounding_dino_invocation_model_type_0 import GroundingDinoInvocationModelType0
    from .hed_edge_detection_invocation import HEDEdgeDetectionInvocation
    from .hed_image_processor_invocation import HedImageProcessorInvocation
    from .hed_image_processor_invocation_type import HedImageProcessorInvocationType
    from .heuristic_resize_invocation import HeuristicResizeInvocation
    from .hf_model_source import HFModelSource
    from .hf_token_status import HFTokenStatus
    from .http_validation_error import HTTPValidationError
    from .hugging_face_metadata import HuggingFaceMetadata
    from .hugging_face_models import HuggingFaceModels
    from .ideal_size_invocation import IdealSizeInvocation
    from .ideal_size_output import IdealSizeOutput
    from .ideogram_4_caption_builder_invocation import Ideogram4CaptionBuilderInvocation
    from .ideogram_4_conditioning_field import Ideogram4ConditioningField
    from .ideogram_4_conditioning_output import Ideogram4ConditioningOutput
    from .ideogram_4_denoise_invocation import Ideogram4DenoiseInvocation
    from .ideogram_4_denoise_invocation_sampler_preset import Ideogram4DenoiseInvocationSamplerPreset
    from .ideogram_4_latents_to_image_invocation import Ideogram4LatentsToImageInvocation
    from .ideogram_4_model_loader_invocation import Ideogram4ModelLoaderInvocation
    from .ideogram_4_model_loader_output import Ideogram4ModelLoaderOutput
    from .ideogram_4_region import Ideogram4Region
    from .ideogram_4_text_encoder_invocation import Ideogram4TextEncoderInvocation
    from .if_invocation import IfInvocation
    from .if_invocation_output import IfInvocationOutput
    from .image_batch_invocation import ImageBatchInvocation
    from .image_batch_invocation_batch_group import ImageBatchInvocationBatchGroup
    from .image_blur_invocation import ImageBlurInvocation
    from .image_blur_invocation_blur_type import ImageBlurInvocationBlurType
    from .image_category import ImageCategory
    from .image_channel_invocation import ImageChannelInvocation
    from .image_channel_invocation_channel import ImageChannelInvocationChannel
    from .image_channel_multiply_invocation import ImageChannelMultiplyInvocation
    from .image_channel_multiply_invocation_channel_type_0 import ImageChannelMultiplyInvocationChannelType0
    from .image_channel_offset_invocation import ImageChannelOffsetInvocation
    from .image_channel_offset_invocation_channel_type_0 import ImageChannelOffsetInvocationChannelType0
    from .image_collection_invocation import ImageCollectionInvocation
    from .image_collection_output import ImageCollectionOutput
    from .image_convert_invocation import ImageConvertInvocation
    from .image_convert_invocation_mode import ImageConvertInvocationMode
    from .image_crop_invocation import ImageCropInvocation
    from .image_dto import ImageDTO
    from .image_field import ImageField
    from .image_generator import ImageGenerator
    from .image_generator_field import ImageGeneratorField
    from .image_generator_output import ImageGeneratorOutput
    from .image_hue_adjustment_invocation import ImageHueAdjustmentInvocation
    from .image_inverse_lerp_invocation import ImageInverseLerpInvocation
    from .image_invocation import ImageInvocation
    from .image_lerp_invocation import ImageLerpInvocation
    from .image_mask_to_tensor_invocation import ImageMaskToTensorInvocation
    from .image_move_job_response import ImageMoveJobResponse
    from .image_move_job_response_state import ImageMoveJobResponseState
    from .image_move_status_response import ImageMoveStatusResponse
    from .image_move_status_response_operation_type_0 import ImageMoveStatusResponseOperationType0
    from .image_multiply_invocation import ImageMultiplyInvocation
    from .image_names_result import ImageNamesResult
    from .image_noise_invocation import ImageNoiseInvocation
    from .image_noise_invocation_noise_type import ImageNoiseInvocationNoiseType
    from .image_nsfw_blur_invocation import ImageNSFWBlurInvocation
    from .image_output import ImageOutput
    from .image_panel_coordinate_output import ImagePanelCoordinateOutput
    from .image_panel_layout_invocation import ImagePanelLayoutInvocation
    from .image_paste_invocation import ImagePasteInvocation
    from .image_record_changes import ImageRecordChanges
    from .image_resize_invocation import ImageResizeInvocation
    from .image_resize_invocation_resample_mode import ImageResizeInvocationResampleMode
    from .image_scale_invocation import ImageScaleInvocation
    from .image_scale_invocation_resample_mode import ImageScaleInvocationResampleMode
    from .image_to_latents_invocation import ImageToLatentsInvocation
    from .image_to_latents_invocation_color_compensation import ImageToLatentsInvocationColorCompensation
    from .image_to_prompt_request import ImageToPromptRequest
    from .image_to_prompt_response import ImageToPromptResponse
    from .image_upload_entry import ImageUploadEntry
    from .image_urls_dto import ImageUrlsDTO
    from .image_watermark_invocation import ImageWatermarkInvocation
    from .images_downloaded import ImagesDownloaded
    from .images_updated_from_list_result import ImagesUpdatedFromListResult
    from .infill_color_invocation import InfillColorInvocation
    from .infill_patch_match_invocation import InfillPatchMatchInvocation
    from .infill_patch_match_invocation_resample_mode import InfillPatchMatchInvocationResampleMode
    from .infill_tile_invocation import InfillTileInvocation
    from .input_ import Input
    from .input_field_json_schema_extra import InputFieldJSONSchemaExtra
    from .input_field_json_schema_extra_ui_choice_labels_type_0 import InputFieldJSONSchemaExtraUiChoiceLabelsType0
    from .install_node_pack_request import InstallNodePackRequest
    from .install_node_pack_response import InstallNodePackResponse
    from .install_status import InstallStatus
    from .integer_batch_invocation import IntegerBatchInvocation
    from .integer_batch_invocation_batch_group import IntegerBatchInvocationBatchGroup
    from .integer_collection_invocation import IntegerCollectionInvocation
    from .integer_collection_output import IntegerCollectionOutput
    from .integer_generator import IntegerGenerator
    from .integer_generator_field import IntegerGeneratorField
    from .integer_generator_output import IntegerGeneratorOutput
    from .integer_invocation import IntegerInvocation
    from .integer_math_invocation import IntegerMathInvocation
    from .integer_math_invocation_operation import IntegerMathInvocationOperation
    from .integer_output import IntegerOutput
    from .invert_tensor_mask_invocation import InvertTensorMaskInvocation
    from .invocation_cache_status import InvocationCacheStatus
    from .invocation_complete_event import InvocationCompleteEvent
    from .invocation_error_event import InvocationErrorEvent
    from .invocation_output_map import InvocationOutputMap
    from .invocation_progress_event import InvocationProgressEvent
    from .invocation_started_event import InvocationStartedEvent
    from .invoke_adjust_image_hue_plus_invocation import InvokeAdjustImageHuePlusInvocation
    from .invoke_adjust_image_hue_plus_invocation_space import InvokeAdjustImageHuePlusInvocationSpace
    from .invoke_ai_app_config import InvokeAIAppConfig
    from .invoke_ai_app_config_attention_slice_size_type_0 import InvokeAIAppConfigAttentionSliceSizeType0
    from .invoke_ai_app_config_attention_slice_size_type_1 import InvokeAIAppConfigAttentionSliceSizeType1
    from .invoke_ai_app_config_attention_type import InvokeAIAppConfigAttentionType
    from .invoke_ai_app_config_hashing_algorithm import InvokeAIAppConfigHashingAlgorithm
    from .invoke_ai_app_config_image_subfolder_strategy import InvokeAIAppConfigImageSubfolderStrategy
    from .invoke_ai_app_config_log_format import InvokeAIAppConfigLogFormat
    from .invoke_ai_app_config_log_level import InvokeAIAppConfigLogLevel
    from .invoke_ai_app_config_log_level_network import InvokeAIAppConfigLogLevelNetwork
    from .invoke_ai_app_config_precision import InvokeAIAppConfigPrecision
    from .invoke_ai_app_config_session_queue_mode import InvokeAIAppConfigSessionQueueMode
    from .invoke_ai_app_config_with_set_fields import InvokeAIAppConfigWithSetFields
    from .invoke_equivalent_achromatic_lightness_invocation import InvokeEquivalentAchromaticLightnessInvocation
    from .invoke_image_blend_invocation import InvokeImageBlendInvocation
    from .invoke_image_blend_invocation_blend_mode import InvokeImageBlendInvocationBlendMode
    from .invoke_image_blend_invocation_color_space import InvokeImageBlendInvocationColorSpace
    from .invoke_image_compositor_invocation import InvokeImageCompositorInvocation
    from .invoke_image_dilate_or_erode_invocation import InvokeImageDilateOrErodeInvocation
    from .invoke_image_dilate_or_erode_invocation_mode import InvokeImageDilateOrErodeInvocationMode
    from .invoke_image_enhance_invocation import InvokeImageEnhanceInvocation
    from .invoke_image_value_thresholds_invocation import InvokeImageValueThresholdsInvocation
    from .ip_adapter_checkpoint_config import IPAdapterCheckpointConfig
    from .ip_adapter_checkpoint_config_submodels_type_0 import IPAdapterCheckpointConfigSubmodelsType0
    from .ip_adapter_checkpoint_flux_config import IPAdapterCheckpointFLUXConfig
    from .ip_adapter_checkpoint_sd1_config import IPAdapterCheckpointSD1Config
    from .ip_adapter_checkpoint_sd2_config import IPAdapterCheckpointSD2Config
    from .ip_adapter_checkpoint_sdxl_config import IPAdapterCheckpointSDXLConfig
    from .ip_adapter_field import IPAdapterField
    from .ip_adapter_invocation import IPAdapterInvocation
    from .ip_adapter_invocation_clip_vision_model import IPAdapterInvocationClipVisionModel
    from .ip_adapter_invocation_method import IPAdapterInvocationMethod
    from .ip_adapter_invoke_ai_config import IPAdapterInvokeAIConfig
    from .ip_adapter_invoke_ai_config_submodels_type_0 import IPAdapterInvokeAIConfigSubmodelsType0
    from .ip_adapter_invoke_aisd1_config import IPAdapterInvokeAISD1Config
    from .ip_adapter_invoke_aisd2_config import IPAdapterInvokeAISD2Config
    from .ip_adapter_invoke_aisdxl_config import IPAdapterInvokeAISDXLConfig
    from .ip_adapter_metadata_field import IPAdapterMetadataField
    from .ip_adapter_metadata_field_clip_vision_model import IPAdapterMetadataFieldClipVisionModel
    from .ip_adapter_metadata_field_method import IPAdapterMetadataFieldMethod
    from .ip_adapter_output import IPAdapterOutput
    from .ip_adapter_recall_parameter import IPAdapterRecallParameter
    from .ip_adapter_recall_parameter_image_influence_type_0 import IPAdapterRecallParameterImageInfluenceType0
    from .ip_adapter_recall_parameter_method_type_0 import IPAdapterRecallParameterMethodType0
    from .item_ids_result import ItemIdsResult
    from .iterate_invocation import IterateInvocation
    from .iterate_invocation_output import IterateInvocationOutput
    from .krea_2_conditioning_field import Krea2ConditioningField
    from .krea_2_conditioning_output import Krea2ConditioningOutput
    from .krea_2_conditioning_rebalance_invocation import Krea2ConditioningRebalanceInvocation
    from .krea_2_denoise_invocation import Krea2DenoiseInvocation
    from .krea_2_lo_ra_collection_loader import Krea2LoRACollectionLoader
    from .krea_2_lo_ra_loader_invocation import Krea2LoRALoaderInvocation
    from .krea_2_lo_ra_loader_output import Krea2LoRALoaderOutput
    from .krea_2_model_loader_invocation import Krea2ModelLoaderInvocation
    from .krea_2_model_loader_output import Krea2ModelLoaderOutput
    from .krea_2_seed_variance_invocation import Krea2SeedVarianceInvocation
    from .krea_2_style_reference_field import Krea2StyleReferenceField
    from .krea_2_style_reference_field_value_mode import Krea2StyleReferenceFieldValueMode
    from .krea_2_style_reference_invocation import Krea2StyleReferenceInvocation
    from .krea_2_style_reference_invocation_fit import Krea2StyleReferenceInvocationFit
    from .krea_2_style_reference_invocation_value_mode import Krea2StyleReferenceInvocationValueMode
    from .krea_2_style_reference_output import Krea2StyleReferenceOutput
    from .krea_2_text_encoder_invocation import Krea2TextEncoderInvocation
    from .krea_2_variant_type import Krea2VariantType
    from .la_ma_infill_invocation import LaMaInfillInvocation
    from .latents_collection_invocation import LatentsCollectionInvocation
    from .latents_collection_output import LatentsCollectionOutput
    from .latents_field import LatentsField
    from .latents_invocation import LatentsInvocation
    from .latents_meta_output import LatentsMetaOutput
    from .latents_output import LatentsOutput
    from .latents_to_image_invocation import LatentsToImageInvocation
    from .leres_image_processor_invocation import LeresImageProcessorInvocation
    from .leres_image_processor_invocation_type import LeresImageProcessorInvocationType
    from .lineart_anime_edge_detection_invocation import LineartAnimeEdgeDetectionInvocation
    from .lineart_anime_image_processor_invocation import LineartAnimeImageProcessorInvocation
    from .lineart_anime_image_processor_invocation_type import LineartAnimeImageProcessorInvocationType
    from .lineart_edge_detection_invocation import LineartEdgeDetectionInvocation
    from .lineart_image_processor_invocation import LineartImageProcessorInvocation
    from .lineart_image_processor_invocation_type import LineartImageProcessorInvocationType
    from .list_queue_items_status_type_0 import ListQueueItemsStatusType0
    from .llava_onevision_config import LlavaOnevisionConfig
    from .llava_onevision_config_submodels_type_0 import LlavaOnevisionConfigSubmodelsType0
    from .llava_onevision_diffusers_config import LlavaOnevisionDiffusersConfig
    from .llava_onevision_vllm_invocation import LlavaOnevisionVllmInvocation
    from .llm_task_complete_event import LLMTaskCompleteEvent
    from .llm_task_error_event import LLMTaskErrorEvent
    from .llm_task_progress_event import LLMTaskProgressEvent
    from .llm_task_progress_event_phase import LLMTaskProgressEventPhase
    from .lo_ra_collection_loader import LoRACollectionLoader
    from .lo_ra_diffusers_config import LoRADiffusersConfig
    from .lo_ra_diffusers_config_submodels_type_0 import LoRADiffusersConfigSubmodelsType0
    from .lo_ra_diffusers_flux_2_config import LoRADiffusersFlux2Config
    from .lo_ra_diffusers_flux_config import LoRADiffusersFLUXConfig
    from .lo_ra_diffusers_sd1_config import LoRADiffusersSD1Config
    from .lo_ra_diffusers_sd2_config import LoRADiffusersSD2Config
    from .lo_ra_diffusers_sdxl_config import LoRADiffusersSDXLConfig
    from .lo_ra_diffusers_z_image_config import LoRADiffusersZImageConfig
    from .lo_ra_field import LoRAField
    from .lo_ra_loader_invocation import LoRALoaderInvocation
    from .lo_ra_loader_output import LoRALoaderOutput
    from .lo_ra_ly_coris_anima_config import LoRALyCORISAnimaConfig
    from .lo_ra_ly_coris_config import LoRALyCORISConfig
    from .lo_ra_ly_coris_config_submodels_type_0 import LoRALyCORISConfigSubmodelsType0
    from .lo_ra_ly_coris_flux_2_config import LoRALyCORISFlux2Config
    from .lo_ra_ly_coris_krea_2_config import LoRALyCORISKrea2Config
    from .lo_ra_ly_coris_qwen_image_config import LoRALyCORISQwenImageConfig
    from .lo_ra_ly_coris_wan_config import LoRALyCORISWanConfig
    from .lo_ra_ly_coris_wan_config_expert_type_0 import LoRALyCORISWanConfigExpertType0
    from .lo_ra_ly_corisflux_config import LoRALyCORISFLUXConfig
    from .lo_ra_ly_corissd1_config import LoRALyCORISSD1Config
    from .lo_ra_ly_corissd2_config import LoRALyCORISSD2Config
    from .lo_ra_ly_corissdxl_config import LoRALyCORISSDXLConfig
    from .lo_ra_ly_corisz_image_config import LoRALyCORISZImageConfig
    from .lo_ra_metadata_field import LoRAMetadataField
    from .lo_ra_omi_config import LoRAOmiConfig
    from .lo_ra_omi_config_submodels_type_0 import LoRAOmiConfigSubmodelsType0
    from .lo_ra_recall_parameter import LoRARecallParameter
    from .lo_ra_selector_invocation import LoRASelectorInvocation
    from .lo_ra_selector_output import LoRASelectorOutput
    from .lo_raomiflux_config import LoRAOMIFLUXConfig
    from .lo_raomisdxl_config import LoRAOMISDXLConfig
    from .local_model_source import LocalModelSource
    from .log_level import LogLevel
    from .login_request import LoginRequest
    from .login_response import LoginResponse
    from .logout_response import LogoutResponse
    from .lora_model_default_settings import LoraModelDefaultSettings
    from .main_bn_bnf4flux_config import MainBnBNF4FLUXConfig
    from .main_bnb_quantized_4b_checkpoint_config import MainBnbQuantized4BCheckpointConfig
    from .main_bnb_quantized_4b_checkpoint_config_submodels_type_0 import (
        MainBnbQuantized4BCheckpointConfigSubmodelsType0,
    )
    from .main_checkpoint_anima_config import MainCheckpointAnimaConfig
    from .main_checkpoint_config import MainCheckpointConfig
    from .main_checkpoint_config_format import MainCheckpointConfigFormat
    from .main_checkpoint_config_submodels_type_0 import MainCheckpointConfigSubmodelsType0
    from .main_checkpoint_flux_2_config import MainCheckpointFlux2Config
    from .main_checkpoint_flux_config import MainCheckpointFLUXConfig
    from .main_checkpoint_krea_2_config import MainCheckpointKrea2Config
    from .main_checkpoint_qwen_image_config import MainCheckpointQwenImageConfig
    from .main_checkpoint_sd1_config import MainCheckpointSD1Config
    from .main_checkpoint_sd2_config import MainCheckpointSD2Config
    from .main_checkpoint_sdxl_config import MainCheckpointSDXLConfig
    from .main_checkpoint_sdxl_refiner_config import MainCheckpointSDXLRefinerConfig
    from .main_checkpoint_wan_config import MainCheckpointWanConfig
    from .main_checkpoint_wan_config_expert import MainCheckpointWanConfigExpert
    from .main_checkpoint_z_image_config import MainCheckpointZImageConfig
    from .main_diffusers_cog_view_4_config import MainDiffusersCogView4Config
    from .main_diffusers_config import MainDiffusersConfig
    from .main_diffusers_config_submodels_type_0 import MainDiffusersConfigSubmodelsType0
    from .main_diffusers_ernie_image_config import MainDiffusersErnieImageConfig
    from .main_diffusers_flux_2_config import MainDiffusersFlux2Config
    from .main_diffusers_flux_config import MainDiffusersFLUXConfig
    from .main_diffusers_ideogram_4_config import MainDiffusersIdeogram4Config
    from .main_diffusers_krea_2_config import MainDiffusersKrea2Config
    from .main_diffusers_qwen_image_config import MainDiffusersQwenImageConfig
    from .main_diffusers_sd1_config import MainDiffusersSD1Config
    from .main_diffusers_sd2_config import MainDiffusersSD2Config
    from .main_diffusers_sd3_config import MainDiffusersSD3Config
    from .main_diffusers_sd3_config_submodels_type_0 import MainDiffusersSD3ConfigSubmodelsType0
    from .main_diffusers_sdxl_config import MainDiffusersSDXLConfig
    from .main_diffusers_sdxl_refiner_config import MainDiffusersSDXLRefinerConfig
    from .main_diffusers_wan_config import MainDiffusersWanConfig
    from .main_diffusers_z_image_config import MainDiffusersZImageConfig
    from .main_gguf_checkpoint_config import MainGGUFCheckpointConfig
    from .main_gguf_checkpoint_config_submodels_type_0 import MainGGUFCheckpointConfigSubmodelsType0
    from .main_gguf_flux_2_config import MainGGUFFlux2Config
    from .main_gguf_krea_2_config import MainGGUFKrea2Config
    from .main_gguf_qwen_image_config import MainGGUFQwenImageConfig
    from .main_gguf_wan_config import MainGGUFWanConfig
    from .main_gguf_wan_config_expert import MainGGUFWanConfigExpert
    from .main_ggufflux_config import MainGGUFFLUXConfig
    from .main_ggufz_image_config import MainGGUFZImageConfig
    from .main_model_default_settings import MainModelDefaultSettings
    from .main_model_default_settings_scheduler_type_0 import MainModelDefaultSettingsSchedulerType0
    from .main_model_default_settings_vae_precision_type_0 import MainModelDefaultSettingsVaePrecisionType0
    from .main_model_loader_invocation import MainModelLoaderInvocation
    from .main_sdnq_diffusers_flux_2_config import MainSDNQDiffusersFlux2Config
    from .main_sdnq_diffusers_flux_2_config_submodels_type_0 import MainSDNQDiffusersFlux2ConfigSubmodelsType0
    from .main_sdnq_diffusers_flux_config import MainSDNQDiffusersFLUXConfig
    from .main_sdnq_diffusers_flux_config_submodels_type_0 import MainSDNQDiffusersFLUXConfigSubmodelsType0
    from .main_sdnq_diffusers_z_image_config import MainSDNQDiffusersZImageConfig
    from .main_sdnq_diffusers_z_image_config_submodels_type_0 import MainSDNQDiffusersZImageConfigSubmodelsType0
    from .main_sdnq_flux_2_config import MainSDNQFlux2Config
    from .main_sdnqflux_config import MainSDNQFLUXConfig
    from .main_sdnqz_image_config import MainSDNQZImageConfig
    from .mask_combine_invocation import MaskCombineInvocation
    from .mask_edge_invocation import MaskEdgeInvocation
    from .mask_from_alpha_invocation import MaskFromAlphaInvocation
    from .mask_from_id_invocation import MaskFromIDInvocation
    from .mask_output import MaskOutput
    from .mask_tensor_to_image_invocation import MaskTensorToImageInvocation
    from .md_control_list_output import MDControlListOutput
    from .mdip_adapter_list_output import MDIPAdapterListOutput
    from .mdt2i_adapter_list_output import MDT2IAdapterListOutput
    from .media_cookie_response import MediaCookieResponse
    from .media_pipe_face_detection_invocation import MediaPipeFaceDetectionInvocation
    from .mediapipe_face_processor_invocation import MediapipeFaceProcessorInvocation
    from .mediapipe_face_processor_invocation_type import MediapipeFaceProcessorInvocationType
    from .merge_metadata_invocation import MergeMetadataInvocation
    from .merge_tiles_to_image_invocation import MergeTilesToImageInvocation
    from .merge_tiles_to_image_invocation_blend_mode import MergeTilesToImageInvocationBlendMode
    from .metadata_field import MetadataField
    from .metadata_field_extractor_invocation import MetadataFieldExtractorInvocation
    from .metadata_from_image_invocation import MetadataFromImageInvocation
    from .metadata_invocation import MetadataInvocation
    from .metadata_item_field import MetadataItemField
    from .metadata_item_invocation import MetadataItemInvocation
    from .metadata_item_linked_invocation import MetadataItemLinkedInvocation
    from .metadata_item_linked_invocation_label import MetadataItemLinkedInvocationLabel
    from .metadata_item_output import MetadataItemOutput
    from .metadata_output import MetadataOutput
    from .metadata_to_bool_collection_invocation import MetadataToBoolCollectionInvocation
    from .metadata_to_bool_collection_invocation_label import MetadataToBoolCollectionInvocationLabel
    from .metadata_to_bool_invocation import MetadataToBoolInvocation
    from .metadata_to_bool_invocation_label import MetadataToBoolInvocationLabel
    from .metadata_to_controlnets_invocation import MetadataToControlnetsInvocation
    from .metadata_to_float_collection_invocation import MetadataToFloatCollectionInvocation
    from .metadata_to_float_collection_invocation_label import MetadataToFloatCollectionInvocationLabel
    from .metadata_to_float_invocation import MetadataToFloatInvocation
    from .metadata_to_float_invocation_label import MetadataToFloatInvocationLabel
    from .metadata_to_integer_collection_invocation import MetadataToIntegerCollectionInvocation
    from .metadata_to_integer_collection_invocation_label import MetadataToIntegerCollectionInvocationLabel
    from .metadata_to_integer_invocation import MetadataToIntegerInvocation
    from .metadata_to_integer_invocation_label import MetadataToIntegerInvocationLabel
    from .metadata_to_ip_adapters_invocation import MetadataToIPAdaptersInvocation
    from .metadata_to_loras_collection_invocation import MetadataToLorasCollectionInvocation
    from .metadata_to_loras_collection_output import MetadataToLorasCollectionOutput
    from .metadata_to_loras_invocation import MetadataToLorasInvocation
    from .metadata_to_model_invocation import MetadataToModelInvocation
    from .metadata_to_model_invocation_label import MetadataToModelInvocationLabel
    from .metadata_to_model_output import MetadataToModelOutput
    from .metadata_to_scheduler_invocation import MetadataToSchedulerInvocation
    from .metadata_to_scheduler_invocation_default_value import MetadataToSchedulerInvocationDefaultValue
    from .metadata_to_scheduler_invocation_label import MetadataToSchedulerInvocationLabel
    from .metadata_to_sdxl_loras_invocation import MetadataToSDXLLorasInvocation
    from .metadata_to_sdxl_model_invocation import MetadataToSDXLModelInvocation
    from .metadata_to_sdxl_model_invocation_label import MetadataToSDXLModelInvocationLabel
    from .metadata_to_sdxl_model_output import MetadataToSDXLModelOutput
    from .metadata_to_string_collection_invocation import MetadataToStringCollectionInvocation
    from .metadata_to_string_collection_invocation_label import MetadataToStringCollectionInvocationLabel
    from .metadata_to_string_invocation import MetadataToStringInvocation
    from .metadata_to_string_invocation_label import MetadataToStringInvocationLabel
    from .metadata_to_t2i_adapters_invocation import MetadataToT2IAdaptersInvocation
    from .metadata_to_vae_invocation import MetadataToVAEInvocation
    from .metadata_to_vae_invocation_label import MetadataToVAEInvocationLabel
    from .midas_depth_image_processor_invocation import MidasDepthImageProcessorInvocation
    from .midas_depth_image_processor_invocation_type import MidasDepthImageProcessorInvocationType
    from .mistral_3_encoder_field import Mistral3EncoderField
    from .mistral_encoder_checkpoint_config import MistralEncoderCheckpointConfig
    from .mistral_encoder_diffusers_config import MistralEncoderDiffusersConfig
    from .mistral_encoder_field import MistralEncoderField
    from .mistral_encoder_gguf_config import MistralEncoderGGUFConfig
    from .mistral_variant_type import MistralVariantType
    from .mlsd_detection_invocation import MLSDDetectionInvocation
    from .mlsd_image_processor_invocation import MlsdImageProcessorInvocation
    from .mlsd_image_processor_invocation_type import MlsdImageProcessorInvocationType
    from .model_format import ModelFormat
    from .model_identifier_field import ModelIdentifierField
    from .model_identifier_invocation import ModelIdentifierInvocation
    from .model_identifier_output import ModelIdentifierOutput
    from .model_install_cancelled_event import ModelInstallCancelledEvent
    from .model_install_complete_event import ModelInstallCompleteEvent
    from .model_install_download_progress_event import ModelInstallDownloadProgressEvent
    from .model_install_download_progress_event_parts_item import ModelInstallDownloadProgressEventPartsItem
    from .model_install_download_started_event import ModelInstallDownloadStartedEvent
    from .model_install_download_started_event_parts_item import ModelInstallDownloadStartedEventPartsItem
    from .model_install_downloads_complete_event import ModelInstallDownloadsCompleteEvent
    from .model_install_error_event import ModelInstallErrorEvent
    from .model_install_job import ModelInstallJob
    from .model_install_started_event import ModelInstallStartedEvent
    from .model_load_complete_event import ModelLoadCompleteEvent
    from .model_load_started_event import ModelLoadStartedEvent
    from .model_loader_output import ModelLoaderOutput
    from .model_record_changes import ModelRecordChanges
    from .model_record_order_by import ModelRecordOrderBy
    from .model_relationship_batch_request import ModelRelationshipBatchRequest
    from .model_relationship_create_request import ModelRelationshipCreateRequest
    from .model_repo_variant import ModelRepoVariant
    from .model_source_type import ModelSourceType
    from .model_type import ModelType
    from .model_variant_type import ModelVariantType
    from .models_list import ModelsList
    from .multiply_invocation import MultiplyInvocation
    from .node_field_value import NodeFieldValue
    from .node_pack_info import NodePackInfo
    from .node_pack_list_response import NodePackListResponse
    from .noise_invocation import NoiseInvocation
    from .noise_invocation_noise_type import NoiseInvocationNoiseType
    from .noise_output import NoiseOutput
    from .normal_map_invocation import NormalMapInvocation
    from .normalbae_image_processor_invocation import NormalbaeImageProcessorInvocation
    from .normalbae_image_processor_invocation_type import NormalbaeImageProcessorInvocationType
    from .offset_paginated_results_board_dto import OffsetPaginatedResultsBoardDTO
    from .offset_paginated_results_gallery_item import OffsetPaginatedResultsGalleryItem
    from .offset_paginated_results_image_dto import OffsetPaginatedResultsImageDTO
    from .offset_paginated_results_video_dto import OffsetPaginatedResultsVideoDTO
    from .oklab_unsharp_mask_invocation import OklabUnsharpMaskInvocation
    from .oklch_image_hue_adjustment_invocation import OklchImageHueAdjustmentInvocation
    from .open_ai_image_generation_invocation import OpenAIImageGenerationInvocation
    from .open_ai_image_generation_invocation_background import OpenAIImageGenerationInvocationBackground
    from .open_ai_image_generation_invocation_input_fidelity_type_0 import (
        OpenAIImageGenerationInvocationInputFidelityType0,
    )
    from .open_ai_image_generation_invocation_mode import OpenAIImageGenerationInvocationMode
    from .open_ai_image_generation_invocation_quality import OpenAIImageGenerationInvocationQuality
    from .orphaned_model_info import OrphanedModelInfo
    from .output_field_json_schema_extra import OutputFieldJSONSchemaExtra
    from .paginated_results_workflow_record_list_item_dto import PaginatedResultsWorkflowRecordListItemDTO
    from .paginated_results_workflow_record_list_item_with_thumbnail_dto import (
        PaginatedResultsWorkflowRecordListItemWithThumbnailDTO,
    )
    from .pair_tile_image_invocation import PairTileImageInvocation
    from .pair_tile_image_output import PairTileImageOutput
    from .paste_image_into_bounding_box_invocation import PasteImageIntoBoundingBoxInvocation
    from .pbr_maps_invocation import PBRMapsInvocation
    from .pbr_maps_invocation_border_mode import PBRMapsInvocationBorderMode
    from .pbr_maps_output import PBRMapsOutput
    from .pi_d_decoder_checkpoint_flux_2_config import PiDDecoderCheckpointFlux2Config
    from .pi_d_decoder_checkpoint_flux_config import PiDDecoderCheckpointFLUXConfig
    from .pi_d_decoder_checkpoint_qwen_image_config import PiDDecoderCheckpointQwenImageConfig
    from .pi_d_decoder_checkpoint_sd3_config import PiDDecoderCheckpointSD3Config
    from .pi_d_decoder_checkpoint_sdxl_config import PiDDecoderCheckpointSDXLConfig
    from .pi_d_decoder_field import PiDDecoderField
    from .pi_d_decoder_loader_invocation import PiDDecoderLoaderInvocation
    from .pi_d_decoder_output import PiDDecoderOutput
    from .pi_d_decoder_variant_type import PiDDecoderVariantType
    from .pi_d_upscale_invocation import PiDUpscaleInvocation
    from .pi_di_net_edge_detection_invocation import PiDiNetEdgeDetectionInvocation
    from .pidi_image_processor_invocation import PidiImageProcessorInvocation
    from .pidi_image_processor_invocation_type import PidiImageProcessorInvocationType
    from .preset_data import PresetData
    from .preset_type import PresetType
    from .progress_image import ProgressImage
    from .prompt_enhancer_field import PromptEnhancerField
    from .prompt_template_invocation import PromptTemplateInvocation
    from .prompt_template_output import PromptTemplateOutput
    from .prompts_from_file_invocation import PromptsFromFileInvocation
    from .prune_result import PruneResult
    from .queue_cleared_event import QueueClearedEvent
    from .queue_item_status_changed_event import QueueItemStatusChangedEvent
    from .queue_item_status_changed_event_status import QueueItemStatusChangedEventStatus
    from .queue_items_canceled_event import QueueItemsCanceledEvent
    from .queue_items_canceled_event_canceled_item_ids_by_user import QueueItemsCanceledEventCanceledItemIdsByUser
    from .queue_items_retried_event import QueueItemsRetriedEvent
    from .queue_items_retried_event_retried_item_ids_by_user import QueueItemsRetriedEventRetriedItemIdsByUser
    from .qwen_3_encoder_checkpoint_config import Qwen3EncoderCheckpointConfig
    from .qwen_3_encoder_field import Qwen3EncoderField
    from .qwen_3_encoder_gguf_config import Qwen3EncoderGGUFConfig
    from .qwen_3_encoder_qwen_3_encoder_config import Qwen3EncoderQwen3EncoderConfig
    from .qwen_3_encoder_sdnq_config import Qwen3EncoderSDNQConfig
    from .qwen_3_encoder_sdnq_folder_config import Qwen3EncoderSDNQFolderConfig
    from .qwen_3_variant_type import Qwen3VariantType
    from .qwen_3vl_encoder_checkpoint_config import Qwen3VLEncoderCheckpointConfig
    from .qwen_3vl_encoder_field import Qwen3VLEncoderField
    from .qwen_3vl_encoder_qwen_3vl_encoder_config import Qwen3VLEncoderQwen3VLEncoderConfig
    from .qwen_image_conditioning_field import QwenImageConditioningField
    from .qwen_image_conditioning_output import QwenImageConditioningOutput
    from .qwen_image_denoise_invocation import QwenImageDenoiseInvocation
    from .qwen_image_image_to_latents_invocation import QwenImageImageToLatentsInvocation
    from .qwen_image_latents_to_image_invocation import QwenImageLatentsToImageInvocation
    from .qwen_image_lo_ra_collection_loader import QwenImageLoRACollectionLoader
    from .qwen_image_lo_ra_loader_invocation import QwenImageLoRALoaderInvocation
    from .qwen_image_lo_ra_loader_output import QwenImageLoRALoaderOutput
    from .qwen_image_model_loader_invocation import QwenImageModelLoaderInvocation
    from .qwen_image_model_loader_output import QwenImageModelLoaderOutput
    from .qwen_image_pi_d_decode_invocation import QwenImagePiDDecodeInvocation
    from .qwen_image_text_encoder_invocation import QwenImageTextEncoderInvocation
    from .qwen_image_text_encoder_invocation_quantization import QwenImageTextEncoderInvocationQuantization
    from .qwen_image_variant_type import QwenImageVariantType
    from .qwen_vl_encoder_checkpoint_config import QwenVLEncoderCheckpointConfig
    from .qwen_vl_encoder_diffusers_config import QwenVLEncoderDiffusersConfig
    from .qwen_vl_encoder_field import QwenVLEncoderField
    from .random_float_invocation import RandomFloatInvocation
    from .random_int_invocation import RandomIntInvocation
    from .random_range_invocation import RandomRangeInvocation
    from .range_invocation import RangeInvocation
    from .range_of_size_invocation import RangeOfSizeInvocation
    from .recall_parameter import RecallParameter
    from .recall_parameters_updated_event import RecallParametersUpdatedEvent
    from .recall_parameters_updated_event_parameters import RecallParametersUpdatedEventParameters
    from .rectangle_mask_invocation import RectangleMaskInvocation
    from .reference_image_recall_parameter import ReferenceImageRecallParameter
    from .reload_custom_nodes_response_reload_custom_nodes import ReloadCustomNodesResponseReloadCustomNodes
    from .remote_model_file import RemoteModelFile
    from .remove_images_from_board_result import RemoveImagesFromBoardResult
    from .remove_videos_from_board_result import RemoveVideosFromBoardResult
    from .resize_latents_invocation import ResizeLatentsInvocation
    from .resize_latents_invocation_mode import ResizeLatentsInvocationMode
    from .resource_origin import ResourceOrigin
    from .retry_items_result import RetryItemsResult
    from .round_invocation import RoundInvocation
    from .sam_point import SAMPoint
    from .sam_point_label import SAMPointLabel
    from .sam_points_field import SAMPointsField
    from .save_image_invocation import SaveImageInvocation
    from .save_image_to_file_invocation import SaveImageToFileInvocation
    from .save_image_to_file_invocation_file_format import SaveImageToFileInvocationFileFormat
    from .scale_latents_invocation import ScaleLatentsInvocation
    from .scale_latents_invocation_mode import ScaleLatentsInvocationMode
    from .scheduler_invocation import SchedulerInvocation
    from .scheduler_invocation_scheduler import SchedulerInvocationScheduler
    from .scheduler_output import SchedulerOutput
    from .scheduler_output_scheduler import SchedulerOutputScheduler
    from .scheduler_prediction_type import SchedulerPredictionType
    from .sd3_conditioning_field import SD3ConditioningField
    from .sd3_conditioning_output import SD3ConditioningOutput
    from .sd3_denoise_invocation import SD3DenoiseInvocation
    from .sd3_image_to_latents_invocation import SD3ImageToLatentsInvocation
    from .sd3_latents_to_image_invocation import SD3LatentsToImageInvocation
    from .sd3_pi_d_decode_invocation import SD3PiDDecodeInvocation
    from .sd_3_model_loader_invocation import Sd3ModelLoaderInvocation
    from .sd_3_model_loader_output import Sd3ModelLoaderOutput
    from .sd_3_text_encoder_invocation import Sd3TextEncoderInvocation
    from .sdxl_compel_prompt_invocation import SDXLCompelPromptInvocation
    from .sdxl_lo_ra_collection_loader import SDXLLoRACollectionLoader
    from .sdxl_lo_ra_loader_invocation import SDXLLoRALoaderInvocation
    from .sdxl_lo_ra_loader_output import SDXLLoRALoaderOutput
    from .sdxl_model_loader_invocation import SDXLModelLoaderInvocation
    from .sdxl_model_loader_output import SDXLModelLoaderOutput
    from .sdxl_pi_d_decode_invocation import SDXLPiDDecodeInvocation
    from .sdxl_refiner_compel_prompt_invocation import SDXLRefinerCompelPromptInvocation
    from .sdxl_refiner_model_loader_invocation import SDXLRefinerModelLoaderInvocation
    from .sdxl_refiner_model_loader_output import SDXLRefinerModelLoaderOutput
    from .seamless_mode_invocation import SeamlessModeInvocation
    from .seamless_mode_output import SeamlessModeOutput
    from .seedream_image_generation_invocation import SeedreamImageGenerationInvocation
    from .seedream_image_generation_invocation_mode import SeedreamImageGenerationInvocationMode
    from .segment_anything_invocation import SegmentAnythingInvocation
    from .segment_anything_invocation_mask_filter import SegmentAnythingInvocationMaskFilter
    from .segment_anything_invocation_model_type_0 import SegmentAnythingInvocationModelType0
    from .segment_anything_processor_invocation import SegmentAnythingProcessorInvocation
    from .segment_anything_processor_invocation_type import SegmentAnythingProcessorInvocationType
    from .session_processor_status import SessionProcessorStatus
    from .session_queue_and_processor_status import SessionQueueAndProcessorStatus
    from .session_queue_counts_by_destination import SessionQueueCountsByDestination
    from .session_queue_item import SessionQueueItem
    from .session_queue_item_dto import SessionQueueItemDTO
    from .session_queue_item_dto_status import SessionQueueItemDTOStatus
    from .session_queue_item_status import SessionQueueItemStatus
    from .session_queue_item_summary import SessionQueueItemSummary
    from .session_queue_item_summary_status import SessionQueueItemSummaryStatus
    from .session_queue_status import SessionQueueStatus
    from .setup_request import SetupRequest
    from .setup_response import SetupResponse
    from .setup_status_response import SetupStatusResponse
    from .show_image_invocation import ShowImageInvocation
    from .sig_lip_config import SigLIPConfig
    from .sig_lip_config_submodels_type_0 import SigLIPConfigSubmodelsType0
    from .sig_lip_diffusers_config import SigLIPDiffusersConfig
    from .spandrel_checkpoint_config import SpandrelCheckpointConfig
    from .spandrel_image_to_image_autoscale_invocation import SpandrelImageToImageAutoscaleInvocation
    from .spandrel_image_to_image_config import SpandrelImageToImageConfig
    from .spandrel_image_to_image_config_submodels_type_0 import SpandrelImageToImageConfigSubmodelsType0
    from .spandrel_image_to_image_invocation import SpandrelImageToImageInvocation
    from .sq_lite_direction import SQLiteDirection
    from .starred_images_result import StarredImagesResult
    from .starred_videos_result import StarredVideosResult
    from .starter_model import StarterModel
    from .starter_model_bundle import StarterModelBundle
    from .starter_model_response import StarterModelResponse
    from .starter_model_response_starter_bundles import StarterModelResponseStarterBundles
    from .starter_model_without_dependencies import StarterModelWithoutDependencies
    from .step_param_easing_invocation import StepParamEasingInvocation
    from .step_param_easing_invocation_easing import StepParamEasingInvocationEasing
    from .step_param_easing_invocation_type import StepParamEasingInvocationType
    from .string_2_output import String2Output
    from .string_batch_invocation import StringBatchInvocation
    from .string_batch_invocation_batch_group import StringBatchInvocationBatchGroup
    from .string_collection_invocation import StringCollectionInvocation
    from .string_collection_output import StringCollectionOutput
    from .string_generator import StringGenerator
    from .string_generator_field import StringGeneratorField
    from .string_generator_output import StringGeneratorOutput
    from .string_invocation import StringInvocation
    from .string_join_invocation import StringJoinInvocation
    from .string_join_three_invocation import StringJoinThreeInvocation
    from .string_output import StringOutput
    from .string_pos_neg_output import StringPosNegOutput
    from .string_replace_invocation import StringReplaceInvocation
    from .string_split_invocation import StringSplitInvocation
    from .string_split_neg_invocation import StringSplitNegInvocation
    from .style_preset_field import StylePresetField
    from .style_preset_record_with_image import StylePresetRecordWithImage
    from .sub_model_type import SubModelType
    from .submodel_definition import SubmodelDefinition
    from .subtract_invocation import SubtractInvocation
    from .system_prompt_changes import SystemPromptChanges
    from .system_prompt_field import SystemPromptField
    from .system_prompt_record_dto import SystemPromptRecordDTO
    from .system_prompt_without_id import SystemPromptWithoutId
    from .t2i_adapter_config import T2IAdapterConfig
    from .t2i_adapter_config_submodels_type_0 import T2IAdapterConfigSubmodelsType0
    from .t2i_adapter_diffusers_sd1_config import T2IAdapterDiffusersSD1Config
    from .t2i_adapter_diffusers_sdxl_config import T2IAdapterDiffusersSDXLConfig
    from .t2i_adapter_field import T2IAdapterField
    from .t2i_adapter_field_resize_mode import T2IAdapterFieldResizeMode
    from .t2i_adapter_invocation import T2IAdapterInvocation
    from .t2i_adapter_invocation_resize_mode import T2IAdapterInvocationResizeMode
    from .t2i_adapter_metadata_field import T2IAdapterMetadataField
    from .t2i_adapter_metadata_field_resize_mode import T2IAdapterMetadataFieldResizeMode
    from .t2i_adapter_output import T2IAdapterOutput
    from .t5_encoder_bn_bll_mint_8_config import T5EncoderBnBLLMint8Config
    from .t5_encoder_bnb_quantized_llm_int_8b_config import T5EncoderBnbQuantizedLlmInt8BConfig
    from .t5_encoder_bnb_quantized_llm_int_8b_config_submodels_type_0 import (
        T5EncoderBnbQuantizedLlmInt8BConfigSubmodelsType0,
    )
    from .t5_encoder_config import T5EncoderConfig
    from .t5_encoder_config_submodels_type_0 import T5EncoderConfigSubmodelsType0
    from .t5_encoder_field import T5EncoderField
    from .t5_encoder_gguf_config import T5EncoderGGUFConfig
    from .t5_encoder_sdnq_config import T5EncoderSDNQConfig
    from .t5_encoder_t5_encoder_config import T5EncoderT5EncoderConfig
    from .tblr import TBLR
    from .tensor_field import TensorField
    from .text_llm_diffusers_config import TextLLMDiffusersConfig
    from .text_llm_invocation import TextLLMInvocation
    from .text_llm_with_preset_invocation import TextLLMWithPresetInvocation
    from .textual_inversion_file_config import TextualInversionFileConfig
    from .textual_inversion_file_config_submodels_type_0 import TextualInversionFileConfigSubmodelsType0
    from .textual_inversion_folder_config import TextualInversionFolderConfig
    from .textual_inversion_folder_config_submodels_type_0 import TextualInversionFolderConfigSubmodelsType0
    from .ti_file_sd1_config import TIFileSD1Config
    from .ti_file_sd2_config import TIFileSD2Config
    from .ti_file_sdxl_config import TIFileSDXLConfig
    from .ti_folder_sd1_config import TIFolderSD1Config
    from .ti_folder_sd2_config import TIFolderSD2Config
    from .ti_folder_sdxl_config import TIFolderSDXLConfig
    from .tile import Tile
    from .tile_resampler_processor_invocation import TileResamplerProcessorInvocation
    from .tile_resampler_processor_invocation_type import TileResamplerProcessorInvocationType
    from .tile_to_properties_invocation import TileToPropertiesInvocation
    from .tile_to_properties_output import TileToPropertiesOutput
    from .tile_with_image import TileWithImage
    from .tiled_multi_diffusion_denoise_latents import TiledMultiDiffusionDenoiseLatents
    from .tiled_multi_diffusion_denoise_latents_scheduler import TiledMultiDiffusionDenoiseLatentsScheduler
    from .transformer_field import TransformerField
    from .u_net_field import UNetField
    from .u_net_output import UNetOutput
    from .ui_component import UIComponent
    from .ui_config_base import UIConfigBase
    from .ui_type import UIType
    from .uninstall_node_pack_response import UninstallNodePackResponse
    from .unknown_config import UnknownConfig
    from .unknown_invocation import UnknownInvocation
    from .unknown_invocation_output import UnknownInvocationOutput
    from .unsharp_mask_invocation import UnsharpMaskInvocation
    from .unstarred_images_result import UnstarredImagesResult
    from .unstarred_videos_result import UnstarredVideosResult
    from .update_app_generation_settings_request import UpdateAppGenerationSettingsRequest
    from .update_app_generation_settings_request_image_subfolder_strategy import (
        UpdateAppGenerationSettingsRequestImageSubfolderStrategy,
    )
    from .update_recall_parameters_response_update_recall_parameters import (
        UpdateRecallParametersResponseUpdateRecallParameters,
    )
    from .upload_video_body_upload_video import UploadVideoBodyUploadVideo
    from .upscaler import Upscaler
    from .url_model_source import URLModelSource
    from .url_regex_token_pair import URLRegexTokenPair
    from .user_dto import UserDTO
    from .user_font import UserFont
    from .user_font_face import UserFontFace
    from .user_fonts_response import UserFontsResponse
    from .user_profile_update_request import UserProfileUpdateRequest
    from .vae_checkpoint_anima_config import VAECheckpointAnimaConfig
    from .vae_checkpoint_config import VAECheckpointConfig
    from .vae_checkpoint_config_format import VAECheckpointConfigFormat
    from .vae_checkpoint_config_submodels_type_0 import VAECheckpointConfigSubmodelsType0
    from .vae_checkpoint_flux_2_config import VAECheckpointFlux2Config
    from .vae_checkpoint_flux_config import VAECheckpointFLUXConfig
    from .vae_checkpoint_qwen_image_config import VAECheckpointQwenImageConfig
    from .vae_checkpoint_sd1_config import VAECheckpointSD1Config
    from .vae_checkpoint_sd2_config import VAECheckpointSD2Config
    from .vae_checkpoint_sdxl_config import VAECheckpointSDXLConfig
    from .vae_checkpoint_wan_config import VAECheckpointWanConfig
    from .vae_checkpoint_wan_config_latent_channels import VAECheckpointWanConfigLatentChannels
    from .vae_diffusers_config import VAEDiffusersConfig
    from .vae_diffusers_config_submodels_type_0 import VAEDiffusersConfigSubmodelsType0
    from .vae_diffusers_flux_2_config import VAEDiffusersFlux2Config
    from .vae_diffusers_sd1_config import VAEDiffusersSD1Config
    from .vae_diffusers_sdxl_config import VAEDiffusersSDXLConfig
    from .vae_diffusers_wan_config import VAEDiffusersWanConfig
    from .vae_diffusers_wan_config_latent_channels import VAEDiffusersWanConfigLatentChannels
    from .vae_field import VAEField
    from .vae_loader_invocation import VAELoaderInvocation
    from .vae_output import VAEOutput
    from .validation_error import ValidationError
    from .validation_error_context import ValidationErrorContext
    from .validation_run_data import ValidationRunData
    from .video_api_model_config import VideoApiModelConfig
    from .video_api_model_config_submodels_type_0 import VideoApiModelConfigSubmodelsType0
    from .video_board_arg import VideoBoardArg
    from .video_concat_invocation import VideoConcatInvocation
    from .video_concat_invocation_transition import VideoConcatInvocationTransition
    from .video_dto import VideoDTO
    from .video_field import VideoField
    from .video_frame_extract_invocation import VideoFrameExtractInvocation
    from .video_ids_result import VideoIdsResult
    from .video_invocation import VideoInvocation
    from .video_names_batch import VideoNamesBatch
    from .video_names_result import VideoNamesResult
    from .video_output import VideoOutput
    from .video_record_changes import VideoRecordChanges
    from .video_urls_dto import VideoUrlsDTO
    from .virtual_sub_board_dto import VirtualSubBoardDTO
    from .wan_conditioning_field import WanConditioningField
    from .wan_conditioning_output import WanConditioningOutput
    from .wan_denoise_invocation import WanDenoiseInvocation
    from .wan_i2v_ideal_dimensions_invocation import WanI2VIdealDimensionsInvocation
    from .wan_i2v_ideal_dimensions_invocation_rounding import WanI2VIdealDimensionsInvocationRounding
    from .wan_i2v_ideal_dimensions_invocation_target_resolution import WanI2VIdealDimensionsInvocationTargetResolution
    from .wan_image_to_latents_invocation import WanImageToLatentsInvocation
    from .wan_latents_to_image_invocation import WanLatentsToImageInvocation
    from .wan_latents_to_video_invocation import WanLatentsToVideoInvocation
    from .wan_lo_ra_collection_loader import WanLoRACollectionLoader
    from .wan_lo_ra_loader_invocation import WanLoRALoaderInvocation
    from .wan_lo_ra_loader_invocation_target import WanLoRALoaderInvocationTarget
    from .wan_lo_ra_loader_output import WanLoRALoaderOutput
    from .wan_lo_ra_variant_type import WanLoRAVariantType
    from .wan_model_loader_invocation import WanModelLoaderInvocation
    from .wan_model_loader_output import WanModelLoaderOutput
    from .wan_ref_image_conditioning_field import WanRefImageConditioningField
    from .wan_ref_image_encoder_invocation import WanRefImageEncoderInvocation
    from .wan_ref_image_output import WanRefImageOutput
    from .wan_t5_encoder_field import WanT5EncoderField
    from .wan_t5_encoder_wan_t5_encoder_config import WanT5EncoderWanT5EncoderConfig
    from .wan_text_encoder_invocation import WanTextEncoderInvocation
    from .wan_ti2v_ideal_dimensions_invocation import WanTI2VIdealDimensionsInvocation
    from .wan_ti2v_ideal_dimensions_invocation_rounding import WanTI2VIdealDimensionsInvocationRounding
    from .wan_ti2v_ideal_dimensions_invocation_target_resolution import WanTI2VIdealDimensionsInvocationTargetResolution
    from .wan_transformer_field import WanTransformerField
    from .wan_variant_type import WanVariantType
    from .wan_video_denoise_invocation import WanVideoDenoiseInvocation
    from .workflow import Workflow
    from .workflow_access_revoked_event import WorkflowAccessRevokedEvent
    from .workflow_and_graph_response import WorkflowAndGraphResponse
    from .workflow_call_compatibility import WorkflowCallCompatibility
    from .workflow_call_compatibility_reason import WorkflowCallCompatibilityReason
    from .workflow_call_execution import WorkflowCallExecution
    from .workflow_call_execution_aggregated_values import WorkflowCallExecutionAggregatedValues
    from .workflow_call_execution_child_outputs import WorkflowCallExecutionChildOutputs
    from .workflow_call_execution_child_outputs_additional_property import (
        WorkflowCallExecutionChildOutputsAdditionalProperty,
    )
    from .workflow_call_execution_status import WorkflowCallExecutionStatus
    from .workflow_call_frame import WorkflowCallFrame
    from .workflow_call_parent_ref import WorkflowCallParentRef
    from .workflow_category import WorkflowCategory
    from .workflow_created_event import WorkflowCreatedEvent
    from .workflow_deleted_event import WorkflowDeletedEvent
    from .workflow_edges_item import WorkflowEdgesItem
    from .workflow_form_type_0 import WorkflowFormType0
    from .workflow_meta import WorkflowMeta
    from .workflow_nodes_item import WorkflowNodesItem
    from .workflow_record_dto import WorkflowRecordDTO
    from .workflow_record_list_item_dto import WorkflowRecordListItemDTO
    from .workflow_record_list_item_with_thumbnail_dto import WorkflowRecordListItemWithThumbnailDTO
    from .workflow_record_order_by import WorkflowRecordOrderBy
    from .workflow_record_with_thumbnail_dto import WorkflowRecordWithThumbnailDTO
    from .workflow_return_get_invocation import WorkflowReturnGetInvocation
    from .workflow_return_get_invocation_values import WorkflowReturnGetInvocationValues
    from .workflow_return_get_output import WorkflowReturnGetOutput
    from .workflow_return_invocation import WorkflowReturnInvocation
    from .workflow_return_output import WorkflowReturnOutput
    from .workflow_return_output_values import WorkflowReturnOutputValues
    from .workflow_return_value_field import WorkflowReturnValueField
    from .workflow_return_value_invocation import WorkflowReturnValueInvocation
    from .workflow_return_value_output import WorkflowReturnValueOutput
    from .workflow_updated_event import WorkflowUpdatedEvent
    from .workflow_without_id import WorkflowWithoutID
    from .workflow_without_id_edges_item import WorkflowWithoutIDEdgesItem
    from .workflow_without_id_form_type_0 import WorkflowWithoutIDFormType0
    from .workflow_without_id_nodes_item import WorkflowWithoutIDNodesItem
    from .z_image_conditioning_field import ZImageConditioningField
    from .z_image_conditioning_output import ZImageConditioningOutput
    from .z_image_control_field import ZImageControlField
    from .z_image_control_invocation import ZImageControlInvocation
    from .z_image_control_output import ZImageControlOutput
    from .z_image_denoise_invocation import ZImageDenoiseInvocation
    from .z_image_denoise_invocation_scheduler import ZImageDenoiseInvocationScheduler
    from .z_image_denoise_meta_invocation import ZImageDenoiseMetaInvocation
    from .z_image_denoise_meta_invocation_scheduler import ZImageDenoiseMetaInvocationScheduler
    from .z_image_image_to_latents_invocation import ZImageImageToLatentsInvocation
    from .z_image_latents_to_image_invocation import ZImageLatentsToImageInvocation
    from .z_image_lo_ra_collection_loader import ZImageLoRACollectionLoader
    from .z_image_lo_ra_loader_invocation import ZImageLoRALoaderInvocation
    from .z_image_lo_ra_loader_output import ZImageLoRALoaderOutput
    from .z_image_model_loader_invocation import ZImageModelLoaderInvocation
    from .z_image_model_loader_output import ZImageModelLoaderOutput
    from .z_image_pi_d_decode_invocation import ZImagePiDDecodeInvocation
    from .z_image_seed_variance_enhancer_invocation import ZImageSeedVarianceEnhancerInvocation
    from .z_image_text_encoder_invocation import ZImageTextEncoderInvocation
    from .z_image_variant_type import ZImageVariantType
    from .zoe_depth_image_processor_invocation import ZoeDepthImageProcessorInvocation
    from .zoe_depth_image_processor_invocation_type import ZoeDepthImageProcessorInvocationType

_MODULE_OF: dict[str, str] = {
    "AddImagesToBoardResult": ".add_images_to_board_result",
    "AddInvocation": ".add_invocation",
    "AddVideosToBoardResult": ".add_videos_to_board_result",
    "AdminUserCreateRequest": ".admin_user_create_request",
    "AdminUserUpdateRequest": ".admin_user_update_request",
    "AlibabaCloudImageGenerationInvocation": ".alibaba_cloud_image_generation_invocation",
    "AlibabaCloudImageGenerationInvocationMode": ".alibaba_cloud_image_generation_invocation_mode",
    "AlphaMaskToTensorInvocation": ".alpha_mask_to_tensor_invocation",
    "AnimaConditioningField": ".anima_conditioning_field",
    "AnimaConditioningOutput": ".anima_conditioning_output",
    "AnimaDenoiseInvocation": ".anima_denoise_invocation",
    "AnimaDenoiseInvocationScheduler": ".anima_denoise_invocation_scheduler",
    "AnimaDenoiseMetaInvocation": ".anima_denoise_meta_invocation",
    "AnimaDenoiseMetaInvocationScheduler": ".anima_denoise_meta_invocation_scheduler",
    "AnimaImageToLatentsInvocation": ".anima_image_to_latents_invocation",
    "AnimaLatentsToImageInvocation": ".anima_latents_to_image_invocation",
    "AnimaLLLiteField": ".anima_ll_lite_field",
    "AnimaLLLiteInvocation": ".anima_ll_lite_invocation",
    "AnimaLLLiteOutput": ".anima_ll_lite_output",
    "AnimaLoRACollectionLoader": ".anima_lo_ra_collection_loader",
    "AnimaLoRALoaderInvocation": ".anima_lo_ra_loader_invocation",
    "AnimaLoRALoaderOutput": ".anima_lo_ra_loader_output",
    "AnimaModelLoaderInvocation": ".anima_model_loader_invocation",
    "AnimaModelLoaderOutput": ".anima_model_loader_output",
    "AnimaTextEncoderInvocation": ".anima_text_encoder_invocation",
    "ApiModelConfig": ".api_model_config",
    "ApiModelConfigSubmodelsType0": ".api_model_config_submodels_type_0",
    "AppConfig": ".app_config",
    "AppDependencyVersions": ".app_dependency_versions",
    "AppVersion": ".app_version",
    "ApplyMaskTensorToImageInvocation": ".apply_mask_tensor_to_image_invocation",
    "ApplyMaskToImageInvocation": ".apply_mask_to_image_invocation",
    "BaseMetadata": ".base_metadata",
    "BaseModelType": ".base_model_type",
    "Batch": ".batch",
    "BatchDatum": ".batch_datum",
    "BatchEnqueuedEvent": ".batch_enqueued_event",
    "BatchStatus": ".batch_status",
    "BlankImageInvocation": ".blank_image_invocation",
    "BlankImageInvocationMode": ".blank_image_invocation_mode",
    "BlendLatentsInvocation": ".blend_latents_invocation",
    "BoardChanges": ".board_changes",
    "BoardDTO": ".board_dto",
    "BoardField": ".board_field",
    "BoardRecordOrderBy": ".board_record_order_by",
    "BoardVisibility": ".board_visibility",
    "BodyAddImageToBoard": ".body_add_image_to_board",
    "BodyAddImagesToBoard": ".body_add_images_to_board",
    "BodyAddVideosToBoard": ".body_add_videos_to_board",
    "BodyCancelByBatchIds": ".body_cancel_by_batch_ids",
    "BodyCreateImageUploadEntry": ".body_create_image_upload_entry",
    "BodyCreateStylePreset": ".body_create_style_preset",
    "BodyCreateWorkflow": ".body_create_workflow",
    "BodyDeleteImagesFromList": ".body_delete_images_from_list",
    "BodyDeleteVideosFromList": ".body_delete_videos_from_list",
    "BodyDoHfLogin": ".body_do_hf_login",
    "BodyDownload": ".body_download",
    "BodyDownloadImagesFromList": ".body_download_images_from_list",
    "BodyEnqueueBatch": ".body_enqueue_batch",
    "BodyGetImagesByNames": ".body_get_images_by_names",
    "BodyGetQueueItemSummariesByIds": ".body_get_queue_item_summaries_by_ids",
    "BodyGetQueueItemsByItemIds": ".body_get_queue_items_by_item_ids",
    "BodyGetVideosByIds": ".body_get_videos_by_ids",
    "BodyImportStylePresets": ".body_import_style_presets",
    "BodyParseDynamicprompts": ".body_parse_dynamicprompts",
    "BodyRemoveImageFromBoard": ".body_remove_image_from_board",
    "BodyRemoveImagesFromBoard": ".body_remove_images_from_board",
    "BodyRemoveVideoFromBoard": ".body_remove_video_from_board",
    "BodyRemoveVideosFromBoard": ".body_remove_videos_from_board",
    "BodySetWorkflowThumbnail": ".body_set_workflow_thumbnail",
    "BodyStarImagesInList": ".body_star_images_in_list",
    "BodyStarVideosInList": ".body_star_videos_in_list",
    "BodyUnstarImagesInList": ".body_unstar_images_in_list",
    "BodyUnstarVideosInList": ".body_unstar_videos_in_list",
    "BodyUpdateModelImage": ".body_update_model_image",
    "BodyUpdateStylePreset": ".body_update_style_preset",
    "BodyUpdateWorkflow": ".body_update_workflow",
    "BodyUpdateWorkflowIsPublic": ".body_update_workflow_is_public",
    "BodyUploadImage": ".body_upload_image",
    "BooleanCollectionInvocation": ".boolean_collection_invocation",
    "BooleanCollectionOutput": ".boolean_collection_output",
    "BooleanInvocation": ".boolean_invocation",
    "BooleanOutput": ".boolean_output",
    "BoundingBoxCollectionOutput": ".bounding_box_collection_output",
    "BoundingBoxField": ".bounding_box_field",
    "BoundingBoxInvocation": ".bounding_box_invocation",
    "BoundingBoxOutput": ".bounding_box_output",
    "BulkDeleteModelsRequest": ".bulk_delete_models_request",
    "BulkDeleteModelsResponse": ".bulk_delete_models_response",
    "BulkDeleteModelsResponseFailedItem": ".bulk_delete_models_response_failed_item",
    "BulkDownloadCompleteEvent": ".bulk_download_complete_event",
    "BulkDownloadErrorEvent": ".bulk_download_error_event",
    "BulkDownloadStartedEvent": ".bulk_download_started_event",
    "BulkReidentifyModelsRequest": ".bulk_reidentify_models_request",
    "BulkReidentifyModelsResponse": ".bulk_reidentify_models_response",
    "BulkReidentifyModelsResponseFailedItem": ".bulk_reidentify_models_response_failed_item",
    "CacheStats": ".cache_stats",
    "CacheStatsLoadedModelSizes": ".cache_stats_loaded_model_sizes",
    "CacheType": ".cache_type",
    "CalculateImageTilesEvenSplitInvocation": ".calculate_image_tiles_even_split_invocation",
    "CalculateImageTilesInvocation": ".calculate_image_tiles_invocation",
    "CalculateImageTilesMinimumOverlapInvocation": ".calculate_image_tiles_minimum_overlap_invocation",
    "CalculateImageTilesOutput": ".calculate_image_tiles_output",
    "CallSavedWorkflowInvocation": ".call_saved_workflow_invocation",
    "CallSavedWorkflowInvocationWorkflowInputs": ".call_saved_workflow_invocation_workflow_inputs",
    "CancelAllExceptCurrentResult": ".cancel_all_except_current_result",
    "CancelByBatchIDsResult": ".cancel_by_batch_i_ds_result",
    "CancelByDestinationResult": ".cancel_by_destination_result",
    "CannyEdgeDetectionInvocation": ".canny_edge_detection_invocation",
    "CannyImageProcessorInvocation": ".canny_image_processor_invocation",
    "CannyImageProcessorInvocationType": ".canny_image_processor_invocation_type",
    "CanvasOutputInvocation": ".canvas_output_invocation",
    "CanvasPasteBackInvocation": ".canvas_paste_back_invocation",
    "CanvasV2MaskAndCropInvocation": ".canvas_v2_mask_and_crop_invocation",
    "CenterPadCropInvocation": ".center_pad_crop_invocation",
    "Classification": ".classification",
    "ClearResult": ".clear_result",
    "CLIPEmbedDiffusersConfig": ".clip_embed_diffusers_config",
    "CLIPEmbedDiffusersConfigFormat": ".clip_embed_diffusers_config_format",
    "CLIPEmbedDiffusersConfigSubmodelsType0": ".clip_embed_diffusers_config_submodels_type_0",
    "CLIPEmbedDiffusersConfigType": ".clip_embed_diffusers_config_type",
    "CLIPEmbedDiffusersGConfig": ".clip_embed_diffusers_g_config",
    "CLIPEmbedDiffusersLConfig": ".clip_embed_diffusers_l_config",
    "CLIPField": ".clip_field",
    "CLIPOutput": ".clip_output",
    "CLIPSkipInvocation": ".clip_skip_invocation",
    "CLIPSkipInvocationOutput": ".clip_skip_invocation_output",
    "ClipVariantType": ".clip_variant_type",
    "CLIPVisionDiffusersConfig": ".clip_vision_diffusers_config",
    "CLIPVisionDiffusersConfigUntil670": ".clip_vision_diffusers_config_until_670",
    "CLIPVisionDiffusersConfigUntil670SubmodelsType0": ".clip_vision_diffusers_config_until_670_submodels_type_0",
    "CLIPGEmbedDiffusersConfig": ".clipg_embed_diffusers_config",
    "CLIPGEmbedDiffusersConfigSubmodelsType0": ".clipg_embed_diffusers_config_submodels_type_0",
    "CLIPLEmbedDiffusersConfig": ".clipl_embed_diffusers_config",
    "CLIPLEmbedDiffusersConfigSubmodelsType0": ".clipl_embed_diffusers_config_submodels_type_0",
    "CogView4ConditioningField": ".cog_view_4_conditioning_field",
    "CogView4ConditioningOutput": ".cog_view_4_conditioning_output",
    "CogView4DenoiseInvocation": ".cog_view_4_denoise_invocation",
    "CogView4ImageToLatentsInvocation": ".cog_view_4_image_to_latents_invocation",
    "CogView4LatentsToImageInvocation": ".cog_view_4_latents_to_image_invocation",
    "CogView4ModelLoaderInvocation": ".cog_view_4_model_loader_invocation",
    "CogView4ModelLoaderOutput": ".cog_view_4_model_loader_output",
    "CogView4TextEncoderInvocation": ".cog_view_4_text_encoder_invocation",
    "CollectInvocation": ".collect_invocation",
    "CollectInvocationOutput": ".collect_invocation_output",
    "ColorCollectionOutput": ".color_collection_output",
    "ColorCorrectInvocation": ".color_correct_invocation",
    "ColorCorrectInvocationColorSpace": ".color_correct_invocation_color_space",
    "ColorField": ".color_field",
    "ColorInvocation": ".color_invocation",
    "ColorMapImageProcessorInvocation": ".color_map_image_processor_invocation",
    "ColorMapImageProcessorInvocationType": ".color_map_image_processor_invocation_type",
    "ColorMapInvocation": ".color_map_invocation",
    "ColorOutput": ".color_output",
    "CompelInvocation": ".compel_invocation",
    "ConditioningCollectionInvocation": ".conditioning_collection_invocation",
    "ConditioningCollectionOutput": ".conditioning_collection_output",
    "ConditioningField": ".conditioning_field",
    "ConditioningInvocation": ".conditioning_invocation",
    "ConditioningOutput": ".conditioning_output",
    "ContentShuffleImageProcessorInvocation": ".content_shuffle_image_processor_invocation",
    "ContentShuffleImageProcessorInvocationType": ".content_shuffle_image_processor_invocation_type",
    "ContentShuffleInvocation": ".content_shuffle_invocation",
    "ControlAdapterDefaultSettings": ".control_adapter_default_settings",
    "ControlField": ".control_field",
    "ControlFieldControlMode": ".control_field_control_mode",
    "ControlFieldResizeMode": ".control_field_resize_mode",
    "ControlLoRADiffusersConfig": ".control_lo_ra_diffusers_config",
    "ControlLoRADiffusersConfigSubmodelsType0": ".control_lo_ra_diffusers_config_submodels_type_0",
    "ControlLoRAField": ".control_lo_ra_field",
    "ControlLoRALyCORISConfig": ".control_lo_ra_ly_coris_config",
    "ControlLoRALyCORISConfigSubmodelsType0": ".control_lo_ra_ly_coris_config_submodels_type_0",
    "ControlLoRALyCORISFLUXConfig": ".control_lo_ra_ly_corisflux_config",
    "ControlNetCheckpointAnimaConfig": ".control_net_checkpoint_anima_config",
    "ControlNetCheckpointConfig": ".control_net_checkpoint_config",
    "ControlNetCheckpointConfigFormat": ".control_net_checkpoint_config_format",
    "ControlNetCheckpointConfigSubmodelsType0": ".control_net_checkpoint_config_submodels_type_0",
    "ControlNetCheckpointFLUXConfig": ".control_net_checkpoint_flux_config",
    "ControlNetCheckpointSD1Config": ".control_net_checkpoint_sd1_config",
    "ControlNetCheckpointSD2Config": ".control_net_checkpoint_sd2_config",
    "ControlNetCheckpointSDXLConfig": ".control_net_checkpoint_sdxl_config",
    "ControlNetCheckpointZImageConfig": ".control_net_checkpoint_z_image_config",
    "ControlNetDiffusersConfig": ".control_net_diffusers_config",
    "ControlNetDiffusersConfigSubmodelsType0": ".control_net_diffusers_config_submodels_type_0",
    "ControlNetDiffusersFLUXConfig": ".control_net_diffusers_flux_config",
    "ControlNetDiffusersSD1Config": ".control_net_diffusers_sd1_config",
    "ControlNetDiffusersSD2Config": ".control_net_diffusers_sd2_config",
    "ControlNetDiffusersSDXLConfig": ".control_net_diffusers_sdxl_config",
    "ControlNetInvocation": ".control_net_invocation",
    "ControlNetInvocationControlMode": ".control_net_invocation_control_mode",
    "ControlNetInvocationResizeMode": ".control_net_invocation_resize_mode",
    "ControlNetMetadataField": ".control_net_metadata_field",
    "ControlNetMetadataFieldControlMode": ".control_net_metadata_field_control_mode",
    "ControlNetMetadataFieldResizeMode": ".control_net_metadata_field_resize_mode",
    "ControlNetRecallParameter": ".control_net_recall_parameter",
    "ControlNetRecallParameterControlModeType0": ".control_net_recall_parameter_control_mode_type_0",
    "ControlOutput": ".control_output",
    "CoreMetadataInvocation": ".core_metadata_invocation",
    "CoreMetadataInvocationGenerationModeType0": ".core_metadata_invocation_generation_mode_type_0",
    "CountsByCategoryResponseCountsByCategory": ".counts_by_category_response_counts_by_category",
    "CreateDenoiseMaskInvocation": ".create_denoise_mask_invocation",
    "CreateGradientMaskInvocation": ".create_gradient_mask_invocation",
    "CreateGradientMaskInvocationCoherenceMode": ".create_gradient_mask_invocation_coherence_mode",
    "CropImageToBoundingBoxInvocation": ".crop_image_to_bounding_box_invocation",
    "CropLatentsCoreInvocation": ".crop_latents_core_invocation",
    "CursorPaginatedResultsSessionQueueItem": ".cursor_paginated_results_session_queue_item",
    "CursorPaginatedResultsSessionQueueItemDTO": ".cursor_paginated_results_session_queue_item_dto",
    "CV2InfillInvocation": ".cv2_infill_invocation",
    "CvInpaintInvocation": ".cv_inpaint_invocation",
    "DecodeInvisibleWatermarkInvocation": ".decode_invisible_watermark_invocation",
    "DeleteAllExceptCurrentResult": ".delete_all_except_current_result",
    "DeleteBoardResult": ".delete_board_result",
    "DeleteByDestinationResult": ".delete_by_destination_result",
    "DeleteImagesFromListResult": ".delete_images_from_list_result",
    "DeleteImagesResult": ".delete_images_result",
    "DeleteOrphanedModelsRequest": ".delete_orphaned_models_request",
    "DeleteOrphanedModelsResponse": ".delete_orphaned_models_response",
    "DeleteOrphanedModelsResponseErrors": ".delete_orphaned_models_response_errors",
    "DeleteVideosResult": ".delete_videos_result",
    "DenoiseLatentsInvocation": ".denoise_latents_invocation",
    "DenoiseLatentsInvocationScheduler": ".denoise_latents_invocation_scheduler",
    "DenoiseLatentsMetaInvocation": ".denoise_latents_meta_invocation",
    "DenoiseLatentsMetaInvocationScheduler": ".denoise_latents_meta_invocation_scheduler",
    "DenoiseMaskField": ".denoise_mask_field",
    "DenoiseMaskOutput": ".denoise_mask_output",
    "DepthAnythingDepthEstimationInvocation": ".depth_anything_depth_estimation_invocation",
    "DepthAnythingDepthEstimationInvocationModelSize": ".depth_anything_depth_estimation_invocation_model_size",
    "DepthAnythingImageProcessorInvocation": ".depth_anything_image_processor_invocation",
    "DepthAnythingImageProcessorInvocationModelSize": ".depth_anything_image_processor_invocation_model_size",
    "DepthAnythingImageProcessorInvocationType": ".depth_anything_image_processor_invocation_type",
    "DivideInvocation": ".divide_invocation",
    "DownloadCancelledEvent": ".download_cancelled_event",
    "DownloadCompleteEvent": ".download_complete_event",
    "DownloadErrorEvent": ".download_error_event",
    "DownloadJob": ".download_job",
    "DownloadJobStatus": ".download_job_status",
    "DownloadPausedEvent": ".download_paused_event",
    "DownloadProgressEvent": ".download_progress_event",
    "DownloadStartedEvent": ".download_started_event",
    "DWOpenposeDetectionInvocation": ".dw_openpose_detection_invocation",
    "DWOpenposeImageProcessorInvocation": ".dw_openpose_image_processor_invocation",
    "DWOpenposeImageProcessorInvocationType": ".dw_openpose_image_processor_invocation_type",
    "DynamicPromptInvocation": ".dynamic_prompt_invocation",
    "DynamicPromptsResponse": ".dynamic_prompts_response",
    "Edge": ".edge",
    "EdgeConnection": ".edge_connection",
    "EnqueueBatchResult": ".enqueue_batch_result",
    "ErnieImageConditioningField": ".ernie_image_conditioning_field",
    "ErnieImageConditioningOutput": ".ernie_image_conditioning_output",
    "ErnieImageDenoiseInvocation": ".ernie_image_denoise_invocation",
    "ErnieImageDenoiseInvocationScheduler": ".ernie_image_denoise_invocation_scheduler",
    "ErnieImageModelLoaderInvocation": ".ernie_image_model_loader_invocation",
    "ErnieImageModelLoaderOutput": ".ernie_image_model_loader_output",
    "ErnieImagePromptEnhancerInvocation": ".ernie_image_prompt_enhancer_invocation",
    "ErnieImageTextEncoderInvocation": ".ernie_image_text_encoder_invocation",
    "ErnieImageVaeDecodeInvocation": ".ernie_image_vae_decode_invocation",
    "ESRGANInvocation": ".esrgan_invocation",
    "ESRGANInvocationModelName": ".esrgan_invocation_model_name",
    "ExpandMaskWithFadeInvocation": ".expand_mask_with_fade_invocation",
    "ExpandPromptRequest": ".expand_prompt_request",
    "ExpandPromptResponse": ".expand_prompt_response",
    "ExposedField": ".exposed_field",
    "ExternalApiModelConfig": ".external_api_model_config",
    "ExternalApiModelDefaultSettings": ".external_api_model_default_settings",
    "ExternalImageSize": ".external_image_size",
    "ExternalModelCapabilities": ".external_model_capabilities",
    "ExternalModelCapabilitiesAspectRatioSizesType0": ".external_model_capabilities_aspect_ratio_sizes_type_0",
    "ExternalModelCapabilitiesInputImageRequiredForType0Item": ".external_model_capabilities_input_image_required_for_type_0_item",
    "ExternalModelCapabilitiesMaskFormat": ".external_model_capabilities_mask_format",
    "ExternalModelCapabilitiesModesItem": ".external_model_capabilities_modes_item",
    "ExternalModelPanelControl": ".external_model_panel_control",
    "ExternalModelPanelControlName": ".external_model_panel_control_name",
    "ExternalModelPanelSchema": ".external_model_panel_schema",
    "ExternalModelSource": ".external_model_source",
    "ExternalProviderConfigModel": ".external_provider_config_model",
    "ExternalProviderConfigUpdate": ".external_provider_config_update",
    "ExternalProviderStatusModel": ".external_provider_status_model",
    "ExternalResolutionPreset": ".external_resolution_preset",
    "ExtractVideoRangeInvocation": ".extract_video_range_invocation",
    "ExtractVideoRangeOutput": ".extract_video_range_output",
    "FaceIdentifierInvocation": ".face_identifier_invocation",
    "FaceMaskInvocation": ".face_mask_invocation",
    "FaceMaskOutput": ".face_mask_output",
    "FaceOffInvocation": ".face_off_invocation",
    "FaceOffOutput": ".face_off_output",
    "FieldIdentifier": ".field_identifier",
    "FieldIdentifierKind": ".field_identifier_kind",
    "FieldKind": ".field_kind",
    "FloatBatchInvocation": ".float_batch_invocation",
    "FloatBatchInvocationBatchGroup": ".float_batch_invocation_batch_group",
    "FloatCollectionInvocation": ".float_collection_invocation",
    "FloatCollectionOutput": ".float_collection_output",
    "FloatGenerator": ".float_generator",
    "FloatGeneratorField": ".float_generator_field",
    "FloatGeneratorOutput": ".float_generator_output",
    "FloatInvocation": ".float_invocation",
    "FloatLinearRangeInvocation": ".float_linear_range_invocation",
    "FloatMathInvocation": ".float_math_invocation",
    "FloatMathInvocationOperation": ".float_math_invocation_operation",
    "FloatOutput": ".float_output",
    "FloatToIntegerInvocation": ".float_to_integer_invocation",
    "FloatToIntegerInvocationMethod": ".float_to_integer_invocation_method",
    "Flux2DenoiseInvocation": ".flux_2_denoise_invocation",
    "Flux2DenoiseInvocationScheduler": ".flux_2_denoise_invocation_scheduler",
    "Flux2DevLoRACollectionLoader": ".flux_2_dev_lo_ra_collection_loader",
    "Flux2DevLoRALoaderInvocation": ".flux_2_dev_lo_ra_loader_invocation",
    "Flux2DevLoRALoaderOutput": ".flux_2_dev_lo_ra_loader_output",
    "Flux2DevModelLoaderInvocation": ".flux_2_dev_model_loader_invocation",
    "Flux2DevModelLoaderInvocationMaxSeqLength": ".flux_2_dev_model_loader_invocation_max_seq_length",
    "Flux2DevModelLoaderOutput": ".flux_2_dev_model_loader_output",
    "Flux2DevModelLoaderOutputMaxSeqLength": ".flux_2_dev_model_loader_output_max_seq_length",
    "Flux2DevTextEncoderInvocation": ".flux_2_dev_text_encoder_invocation",
    "Flux2DevTextEncoderInvocationMaxSeqLen": ".flux_2_dev_text_encoder_invocation_max_seq_len",
    "Flux2KleinLoRACollectionLoader": ".flux_2_klein_lo_ra_collection_loader",
    "Flux2KleinLoRALoaderInvocation": ".flux_2_klein_lo_ra_loader_invocation",
    "Flux2KleinLoRALoaderOutput": ".flux_2_klein_lo_ra_loader_output",
    "Flux2KleinModelLoaderInvocation": ".flux_2_klein_model_loader_invocation",
    "Flux2KleinModelLoaderInvocationMaxSeqLength": ".flux_2_klein_model_loader_invocation_max_seq_length",
    "Flux2KleinModelLoaderOutput": ".flux_2_klein_model_loader_output",
    "Flux2KleinModelLoaderOutputMaxSeqLength": ".flux_2_klein_model_loader_output_max_seq_length",
    "Flux2KleinTextEncoderInvocation": ".flux_2_klein_text_encoder_invocation",
    "Flux2KleinTextEncoderInvocationMaxSeqLen": ".flux_2_klein_text_encoder_invocation_max_seq_len",
    "Flux2PiDDecodeInvocation": ".flux_2_pi_d_decode_invocation",
    "Flux2VaeDecodeInvocation": ".flux_2_vae_decode_invocation",
    "Flux2VaeEncodeInvocation": ".flux_2_vae_encode_invocation",
    "Flux2VariantType": ".flux_2_variant_type",
    "FluxConditioningCollectionOutput": ".flux_conditioning_collection_output",
    "FluxConditioningField": ".flux_conditioning_field",
    "FluxConditioningOutput": ".flux_conditioning_output",
    "FluxControlLoRALoaderInvocation": ".flux_control_lo_ra_loader_invocation",
    "FluxControlLoRALoaderOutput": ".flux_control_lo_ra_loader_output",
    "FluxControlNetField": ".flux_control_net_field",
    "FluxControlNetFieldResizeMode": ".flux_control_net_field_resize_mode",
    "FluxControlNetInvocation": ".flux_control_net_invocation",
    "FluxControlNetInvocationResizeMode": ".flux_control_net_invocation_resize_mode",
    "FluxControlNetOutput": ".flux_control_net_output",
    "FluxDenoiseInvocation": ".flux_denoise_invocation",
    "FluxDenoiseInvocationDypePreset": ".flux_denoise_invocation_dype_preset",
    "FluxDenoiseInvocationScheduler": ".flux_denoise_invocation_scheduler",
    "FluxDenoiseLatentsMetaInvocation": ".flux_denoise_latents_meta_invocation",
    "FluxDenoiseLatentsMetaInvocationDypePreset": ".flux_denoise_latents_meta_invocation_dype_preset",
    "FluxDenoiseLatentsMetaInvocationScheduler": ".flux_denoise_latents_meta_invocation_scheduler",
    "FluxFillConditioningField": ".flux_fill_conditioning_field",
    "FluxFillInvocation": ".flux_fill_invocation",
    "FluxFillOutput": ".flux_fill_output",
    "FluxIPAdapterInvocation": ".flux_ip_adapter_invocation",
    "FluxKontextConcatenateImagesInvocation": ".flux_kontext_concatenate_images_invocation",
    "FluxKontextConditioningField": ".flux_kontext_conditioning_field",
    "FluxKontextInvocation": ".flux_kontext_invocation",
    "FluxKontextOutput": ".flux_kontext_output",
    "FLUXLoRACollectionLoader": ".flux_lo_ra_collection_loader",
    "FluxLoRALoaderInvocation": ".flux_lo_ra_loader_invocation",
    "FluxLoRALoaderOutput": ".flux_lo_ra_loader_output",
    "FluxModelLoaderInvocation": ".flux_model_loader_invocation",
    "FluxModelLoaderOutput": ".flux_model_loader_output",
    "FluxModelLoaderOutputMaxSeqLength": ".flux_model_loader_output_max_seq_length",
    "FluxPiDDecodeInvocation": ".flux_pi_d_decode_invocation",
    "FLUXReduxCheckpointConfig": ".flux_redux_checkpoint_config",
    "FluxReduxConditioningField": ".flux_redux_conditioning_field",
    "FluxReduxConfig": ".flux_redux_config",
    "FluxReduxConfigSubmodelsType0": ".flux_redux_config_submodels_type_0",
    "FluxReduxInvocation": ".flux_redux_invocation",
    "FluxReduxInvocationDownsamplingFunction": ".flux_redux_invocation_downsampling_function",
    "FluxReduxOutput": ".flux_redux_output",
    "FluxTextEncoderInvocation": ".flux_text_encoder_invocation",
    "FluxTextEncoderInvocationT5MaxSeqLenType0": ".flux_text_encoder_invocation_t5_max_seq_len_type_0",
    "FluxVaeDecodeInvocation": ".flux_vae_decode_invocation",
    "FluxVaeEncodeInvocation": ".flux_vae_encode_invocation",
    "FluxVariantType": ".flux_variant_type",
    "FoundModel": ".found_model",
    "FreeUConfig": ".free_u_config",
    "FreeUInvocation": ".free_u_invocation",
    "GalleryItem": ".gallery_item",
    "GalleryItemKind": ".gallery_item_kind",
    "GalleryItemNames": ".gallery_item_names",
    "GalleryItemNamesResult": ".gallery_item_names_result",
    "GalleryItemRef": ".gallery_item_ref",
    "GeminiImageGenerationInvocation": ".gemini_image_generation_invocation",
    "GeminiImageGenerationInvocationMode": ".gemini_image_generation_invocation_mode",
    "GeminiImageGenerationInvocationThinkingLevelType0": ".gemini_image_generation_invocation_thinking_level_type_0",
    "Gemma2EncoderField": ".gemma_2_encoder_field",
    "Gemma2EncoderGemma2EncoderConfig": ".gemma_2_encoder_gemma_2_encoder_config",
    "Gemma2EncoderGGUFConfig": ".gemma_2_encoder_gguf_config",
    "Gemma2EncoderLoaderInvocation": ".gemma_2_encoder_loader_invocation",
    "Gemma2EncoderOutput": ".gemma_2_encoder_output",
    "GeneratePasswordResponse": ".generate_password_response",
    "GenerationDeviceOption": ".generation_device_option",
    "GetAppDepsResponseGetAppDeps": ".get_app_deps_response_get_app_deps",
    "GetCountsByTagResponseGetCountsByTag": ".get_counts_by_tag_response_get_counts_by_tag",
    "GetMaskBoundingBoxInvocation": ".get_mask_bounding_box_invocation",
    "GetRecallParametersResponseGetRecallParameters": ".get_recall_parameters_response_get_recall_parameters",
    "GlmEncoderField": ".glm_encoder_field",
    "GradientMaskOutput": ".gradient_mask_output",
    "Graph": ".graph",
    "GraphExecutionState": ".graph_execution_state",
    "GraphExecutionStateErrors": ".graph_execution_state_errors",
    "GraphExecutionStateIndegree": ".graph_execution_state_indegree",
    "GraphExecutionStatePreparedIterationPaths": ".graph_execution_state_prepared_iteration_paths",
    "GraphExecutionStatePreparedSourceMapping": ".graph_execution_state_prepared_source_mapping",
    "GraphExecutionStateResults": ".graph_execution_state_results",
    "GraphExecutionStateSourcePreparedMapping": ".graph_execution_state_source_prepared_mapping",
    "GraphNodes": ".graph_nodes",
    "GroundingDinoInvocation": ".grounding_dino_invocation",
    "GroundingDinoInvocationModelType0": ".grounding_dino_invocation_model_type_0",
    "HEDEdgeDetectionInvocation": ".hed_edge_detection_invocation",
    "HedImageProcessorInvocation": ".hed_image_processor_invocation",
    "HedImageProcessorInvocationType": ".hed_image_processor_invocation_type",
    "HeuristicResizeInvocation": ".heuristic_resize_invocation",
    "HFModelSource": ".hf_model_source",
    "HFTokenStatus": ".hf_token_status",
    "HTTPValidationError": ".http_validation_error",
    "HuggingFaceMetadata": ".hugging_face_metadata",
    "HuggingFaceModels": ".hugging_face_models",
    "IdealSizeInvocation": ".ideal_size_invocation",
    "IdealSizeOutput": ".ideal_size_output",
    "Ideogram4CaptionBuilderInvocation": ".ideogram_4_caption_builder_invocation",
    "Ideogram4ConditioningField": ".ideogram_4_conditioning_field",
    "Ideogram4ConditioningOutput": ".ideogram_4_conditioning_output",
    "Ideogram4DenoiseInvocation": ".ideogram_4_denoise_invocation",
    "Ideogram4DenoiseInvocationSamplerPreset": ".ideogram_4_denoise_invocation_sampler_preset",
    "Ideogram4LatentsToImageInvocation": ".ideogram_4_latents_to_image_invocation",
    "Ideogram4ModelLoaderInvocation": ".ideogram_4_model_loader_invocation",
    "Ideogram4ModelLoaderOutput": ".ideogram_4_model_loader_output",
    "Ideogram4Region": ".ideogram_4_region",
    "Ideogram4TextEncoderInvocation": ".ideogram_4_text_encoder_invocation",
    "IfInvocation": ".if_invocation",
    "IfInvocationOutput": ".if_invocation_output",
    "ImageBatchInvocation": ".image_batch_invocation",
    "ImageBatchInvocationBatchGroup": ".image_batch_invocation_batch_group",
    "ImageBlurInvocation": ".image_blur_invocation",
    "ImageBlurInvocationBlurType": ".image_blur_invocation_blur_type",
    "ImageCategory": ".image_category",
    "ImageChannelInvocation": ".image_channel_invocation",
    "ImageChannelInvocationChannel": ".image_channel_invocation_channel",
    "ImageChannelMultiplyInvocation": ".image_channel_multiply_invocation",
    "ImageChannelMultiplyInvocationChannelType0": ".image_channel_multiply_invocation_channel_type_0",
    "ImageChannelOffsetInvocation": ".image_channel_offset_invocation",
    "ImageChannelOffsetInvocationChannelType0": ".image_channel_offset_invocation_channel_type_0",
    "ImageCollectionInvocation": ".image_collection_invocation",
    "ImageCollectionOutput": ".image_collection_output",
    "ImageConvertInvocation": ".image_convert_invocation",
    "ImageConvertInvocationMode": ".image_convert_invocation_mode",
    "ImageCropInvocation": ".image_crop_invocation",
    "ImageDTO": ".image_dto",
    "ImageField": ".image_field",
    "ImageGenerator": ".image_generator",
    "ImageGeneratorField": ".image_generator_field",
    "ImageGeneratorOutput": ".image_generator_output",
    "ImageHueAdjustmentInvocation": ".image_hue_adjustment_invocation",
    "ImageInverseLerpInvocation": ".image_inverse_lerp_invocation",
    "ImageInvocation": ".image_invocation",
    "ImageLerpInvocation": ".image_lerp_invocation",
    "ImageMaskToTensorInvocation": ".image_mask_to_tensor_invocation",
    "ImageMoveJobResponse": ".image_move_job_response",
    "ImageMoveJobResponseState": ".image_move_job_response_state",
    "ImageMoveStatusResponse": ".image_move_status_response",
    "ImageMoveStatusResponseOperationType0": ".image_move_status_response_operation_type_0",
    "ImageMultiplyInvocation": ".image_multiply_invocation",
    "ImageNamesResult": ".image_names_result",
    "ImageNoiseInvocation": ".image_noise_invocation",
    "ImageNoiseInvocationNoiseType": ".image_noise_invocation_noise_type",
    "ImageNSFWBlurInvocation": ".image_nsfw_blur_invocation",
    "ImageOutput": ".image_output",
    "ImagePanelCoordinateOutput": ".image_panel_coordinate_output",
    "ImagePanelLayoutInvocation": ".image_panel_layout_invocation",
    "ImagePasteInvocation": ".image_paste_invocation",
    "ImageRecordChanges": ".image_record_changes",
    "ImageResizeInvocation": ".image_resize_invocation",
    "ImageResizeInvocationResampleMode": ".image_resize_invocation_resample_mode",
    "ImageScaleInvocation": ".image_scale_invocation",
    "ImageScaleInvocationResampleMode": ".image_scale_invocation_resample_mode",
    "ImageToLatentsInvocation": ".image_to_latents_invocation",
    "ImageToLatentsInvocationColorCompensation": ".image_to_latents_invocation_color_compensation",
    "ImageToPromptRequest": ".image_to_prompt_request",
    "ImageToPromptResponse": ".image_to_prompt_response",
    "ImageUploadEntry": ".image_upload_entry",
    "ImageUrlsDTO": ".image_urls_dto",
    "ImageWatermarkInvocation": ".image_watermark_invocation",
    "ImagesDownloaded": ".images_downloaded",
    "ImagesUpdatedFromListResult": ".images_updated_from_list_result",
    "InfillColorInvocation": ".infill_color_invocation",
    "InfillPatchMatchInvocation": ".infill_patch_match_invocation",
    "InfillPatchMatchInvocationResampleMode": ".infill_patch_match_invocation_resample_mode",
    "InfillTileInvocation": ".infill_tile_invocation",
    "Input": ".input_",
    "InputFieldJSONSchemaExtra": ".input_field_json_schema_extra",
    "InputFieldJSONSchemaExtraUiChoiceLabelsType0": ".input_field_json_schema_extra_ui_choice_labels_type_0",
    "InstallNodePackRequest": ".install_node_pack_request",
    "InstallNodePackResponse": ".install_node_pack_response",
    "InstallStatus": ".install_status",
    "IntegerBatchInvocation": ".integer_batch_invocation",
    "IntegerBatchInvocationBatchGroup": ".integer_batch_invocation_batch_group",
    "IntegerCollectionInvocation": ".integer_collection_invocation",
    "IntegerCollectionOutput": ".integer_collection_output",
    "IntegerGenerator": ".integer_generator",
    "IntegerGeneratorField": ".integer_generator_field",
    "IntegerGeneratorOutput": ".integer_generator_output",
    "IntegerInvocation": ".integer_invocation",
    "IntegerMathInvocation": ".integer_math_invocation",
    "IntegerMathInvocationOperation": ".integer_math_invocation_operation",
    "IntegerOutput": ".integer_output",
    "InvertTensorMaskInvocation": ".invert_tensor_mask_invocation",
    "InvocationCacheStatus": ".invocation_cache_status",
    "InvocationCompleteEvent": ".invocation_complete_event",
    "InvocationErrorEvent": ".invocation_error_event",
    "InvocationOutputMap": ".invocation_output_map",
    "InvocationProgressEvent": ".invocation_progress_event",
    "InvocationStartedEvent": ".invocation_started_event",
    "InvokeAdjustImageHuePlusInvocation": ".invoke_adjust_image_hue_plus_invocation",
    "InvokeAdjustImageHuePlusInvocationSpace": ".invoke_adjust_image_hue_plus_invocation_space",
    "InvokeAIAppConfig": ".invoke_ai_app_config",
    "InvokeAIAppConfigAttentionSliceSizeType0": ".invoke_ai_app_config_attention_slice_size_type_0",
    "InvokeAIAppConfigAttentionSliceSizeType1": ".invoke_ai_app_config_attention_slice_size_type_1",
    "InvokeAIAppConfigAttentionType": ".invoke_ai_app_config_attention_type",
    "InvokeAIAppConfigHashingAlgorithm": ".invoke_ai_app_config_hashing_algorithm",
    "InvokeAIAppConfigImageSubfolderStrategy": ".invoke_ai_app_config_image_subfolder_strategy",
    "InvokeAIAppConfigLogFormat": ".invoke_ai_app_config_log_format",
    "InvokeAIAppConfigLogLevel": ".invoke_ai_app_config_log_level",
    "InvokeAIAppConfigLogLevelNetwork": ".invoke_ai_app_config_log_level_network",
    "InvokeAIAppConfigPrecision": ".invoke_ai_app_config_precision",
    "InvokeAIAppConfigSessionQueueMode": ".invoke_ai_app_config_session_queue_mode",
    "InvokeAIAppConfigWithSetFields": ".invoke_ai_app_config_with_set_fields",
    "InvokeEquivalentAchromaticLightnessInvocation": ".invoke_equivalent_achromatic_lightness_invocation",
    "InvokeImageBlendInvocation": ".invoke_image_blend_invocation",
    "InvokeImageBlendInvocationBlendMode": ".invoke_image_blend_invocation_blend_mode",
    "InvokeImageBlendInvocationColorSpace": ".invoke_image_blend_invocation_color_space",
    "InvokeImageCompositorInvocation": ".invoke_image_compositor_invocation",
    "InvokeImageDilateOrErodeInvocation": ".invoke_image_dilate_or_erode_invocation",
    "InvokeImageDilateOrErodeInvocationMode": ".invoke_image_dilate_or_erode_invocation_mode",
    "InvokeImageEnhanceInvocation": ".invoke_image_enhance_invocation",
    "InvokeImageValueThresholdsInvocation": ".invoke_image_value_thresholds_invocation",
    "IPAdapterCheckpointConfig": ".ip_adapter_checkpoint_config",
    "IPAdapterCheckpointConfigSubmodelsType0": ".ip_adapter_checkpoint_config_submodels_type_0",
    "IPAdapterCheckpointFLUXConfig": ".ip_adapter_checkpoint_flux_config",
    "IPAdapterCheckpointSD1Config": ".ip_adapter_checkpoint_sd1_config",
    "IPAdapterCheckpointSD2Config": ".ip_adapter_checkpoint_sd2_config",
    "IPAdapterCheckpointSDXLConfig": ".ip_adapter_checkpoint_sdxl_config",
    "IPAdapterField": ".ip_adapter_field",
    "IPAdapterInvocation": ".ip_adapter_invocation",
    "IPAdapterInvocationClipVisionModel": ".ip_adapter_invocation_clip_vision_model",
    "IPAdapterInvocationMethod": ".ip_adapter_invocation_method",
    "IPAdapterInvokeAIConfig": ".ip_adapter_invoke_ai_config",
    "IPAdapterInvokeAIConfigSubmodelsType0": ".ip_adapter_invoke_ai_config_submodels_type_0",
    "IPAdapterInvokeAISD1Config": ".ip_adapter_invoke_aisd1_config",
    "IPAdapterInvokeAISD2Config": ".ip_adapter_invoke_aisd2_config",
    "IPAdapterInvokeAISDXLConfig": ".ip_adapter_invoke_aisdxl_config",
    "IPAdapterMetadataField": ".ip_adapter_metadata_field",
    "IPAdapterMetadataFieldClipVisionModel": ".ip_adapter_metadata_field_clip_vision_model",
    "IPAdapterMetadataFieldMethod": ".ip_adapter_metadata_field_method",
    "IPAdapterOutput": ".ip_adapter_output",
    "IPAdapterRecallParameter": ".ip_adapter_recall_parameter",
    "IPAdapterRecallParameterImageInfluenceType0": ".ip_adapter_recall_parameter_image_influence_type_0",
    "IPAdapterRecallParameterMethodType0": ".ip_adapter_recall_parameter_method_type_0",
    "ItemIdsResult": ".item_ids_result",
    "IterateInvocation": ".iterate_invocation",
    "IterateInvocationOutput": ".iterate_invocation_output",
    "Krea2ConditioningField": ".krea_2_conditioning_field",
    "Krea2ConditioningOutput": ".krea_2_conditioning_output",
    "Krea2ConditioningRebalanceInvocation": ".krea_2_conditioning_rebalance_invocation",
    "Krea2DenoiseInvocation": ".krea_2_denoise_invocation",
    "Krea2LoRACollectionLoader": ".krea_2_lo_ra_collection_loader",
    "Krea2LoRALoaderInvocation": ".krea_2_lo_ra_loader_invocation",
    "Krea2LoRALoaderOutput": ".krea_2_lo_ra_loader_output",
    "Krea2ModelLoaderInvocation": ".krea_2_model_loader_invocation",
    "Krea2ModelLoaderOutput": ".krea_2_model_loader_output",
    "Krea2SeedVarianceInvocation": ".krea_2_seed_variance_invocation",
    "Krea2StyleReferenceField": ".krea_2_style_reference_field",
    "Krea2StyleReferenceFieldValueMode": ".krea_2_style_reference_field_value_mode",
    "Krea2StyleReferenceInvocation": ".krea_2_style_reference_invocation",
    "Krea2StyleReferenceInvocationFit": ".krea_2_style_reference_invocation_fit",
    "Krea2StyleReferenceInvocationValueMode": ".krea_2_style_reference_invocation_value_mode",
    "Krea2StyleReferenceOutput": ".krea_2_style_reference_output",
    "Krea2TextEncoderInvocation": ".krea_2_text_encoder_invocation",
    "Krea2VariantType": ".krea_2_variant_type",
    "LaMaInfillInvocation": ".la_ma_infill_invocation",
    "LatentsCollectionInvocation": ".latents_collection_invocation",
    "LatentsCollectionOutput": ".latents_collection_output",
    "LatentsField": ".latents_field",
    "LatentsInvocation": ".latents_invocation",
    "LatentsMetaOutput": ".latents_meta_output",
    "LatentsOutput": ".latents_output",
    "LatentsToImageInvocation": ".latents_to_image_invocation",
    "LeresImageProcessorInvocation": ".leres_image_processor_invocation",
    "LeresImageProcessorInvocationType": ".leres_image_processor_invocation_type",
    "LineartAnimeEdgeDetectionInvocation": ".lineart_anime_edge_detection_invocation",
    "LineartAnimeImageProcessorInvocation": ".lineart_anime_image_processor_invocation",
    "LineartAnimeImageProcessorInvocationType": ".lineart_anime_image_processor_invocation_type",
    "LineartEdgeDetectionInvocation": ".lineart_edge_detection_invocation",
    "LineartImageProcessorInvocation": ".lineart_image_processor_invocation",
    "LineartImageProcessorInvocationType": ".lineart_image_processor_invocation_type",
    "ListQueueItemsStatusType0": ".list_queue_items_status_type_0",
    "LlavaOnevisionConfig": ".llava_onevision_config",
    "LlavaOnevisionConfigSubmodelsType0": ".llava_onevision_config_submodels_type_0",
    "LlavaOnevisionDiffusersConfig": ".llava_onevision_diffusers_config",
    "LlavaOnevisionVllmInvocation": ".llava_onevision_vllm_invocation",
    "LLMTaskCompleteEvent": ".llm_task_complete_event",
    "LLMTaskErrorEvent": ".llm_task_error_event",
    "LLMTaskProgressEvent": ".llm_task_progress_event",
    "LLMTaskProgressEventPhase": ".llm_task_progress_event_phase",
    "LoRACollectionLoader": ".lo_ra_collection_loader",
    "LoRADiffusersConfig": ".lo_ra_diffusers_config",
    "LoRADiffusersConfigSubmodelsType0": ".lo_ra_diffusers_config_submodels_type_0",
    "LoRADiffusersFlux2Config": ".lo_ra_diffusers_flux_2_config",
    "LoRADiffusersFLUXConfig": ".lo_ra_diffusers_flux_config",
    "LoRADiffusersSD1Config": ".lo_ra_diffusers_sd1_config",
    "LoRADiffusersSD2Config": ".lo_ra_diffusers_sd2_config",
    "LoRADiffusersSDXLConfig": ".lo_ra_diffusers_sdxl_config",
    "LoRADiffusersZImageConfig": ".lo_ra_diffusers_z_image_config",
    "LoRAField": ".lo_ra_field",
    "LoRALoaderInvocation": ".lo_ra_loader_invocation",
    "LoRALoaderOutput": ".lo_ra_loader_output",
    "LoRALyCORISAnimaConfig": ".lo_ra_ly_coris_anima_config",
    "LoRALyCORISConfig": ".lo_ra_ly_coris_config",
    "LoRALyCORISConfigSubmodelsType0": ".lo_ra_ly_coris_config_submodels_type_0",
    "LoRALyCORISFlux2Config": ".lo_ra_ly_coris_flux_2_config",
    "LoRALyCORISKrea2Config": ".lo_ra_ly_coris_krea_2_config",
    "LoRALyCORISQwenImageConfig": ".lo_ra_ly_coris_qwen_image_config",
    "LoRALyCORISWanConfig": ".lo_ra_ly_coris_wan_config",
    "LoRALyCORISWanConfigExpertType0": ".lo_ra_ly_coris_wan_config_expert_type_0",
    "LoRALyCORISFLUXConfig": ".lo_ra_ly_corisflux_config",
    "LoRALyCORISSD1Config": ".lo_ra_ly_corissd1_config",
    "LoRALyCORISSD2Config": ".lo_ra_ly_corissd2_config",
    "LoRALyCORISSDXLConfig": ".lo_ra_ly_corissdxl_config",
    "LoRALyCORISZImageConfig": ".lo_ra_ly_corisz_image_config",
    "LoRAMetadataField": ".lo_ra_metadata_field",
    "LoRAOmiConfig": ".lo_ra_omi_config",
    "LoRAOmiConfigSubmodelsType0": ".lo_ra_omi_config_submodels_type_0",
    "LoRARecallParameter": ".lo_ra_recall_parameter",
    "LoRASelectorInvocation": ".lo_ra_selector_invocation",
    "LoRASelectorOutput": ".lo_ra_selector_output",
    "LoRAOMIFLUXConfig": ".lo_raomiflux_config",
    "LoRAOMISDXLConfig": ".lo_raomisdxl_config",
    "LocalModelSource": ".local_model_source",
    "LogLevel": ".log_level",
    "LoginRequest": ".login_request",
    "LoginResponse": ".login_response",
    "LogoutResponse": ".logout_response",
    "LoraModelDefaultSettings": ".lora_model_default_settings",
    "MainBnBNF4FLUXConfig": ".main_bn_bnf4flux_config",
    "MainBnbQuantized4BCheckpointConfig": ".main_bnb_quantized_4b_checkpoint_config",
    "MainBnbQuantized4BCheckpointConfigSubmodelsType0": ".main_bnb_quantized_4b_checkpoint_config_submodels_type_0",
    "MainCheckpointAnimaConfig": ".main_checkpoint_anima_config",
    "MainCheckpointConfig": ".main_checkpoint_config",
    "MainCheckpointConfigFormat": ".main_checkpoint_config_format",
    "MainCheckpointConfigSubmodelsType0": ".main_checkpoint_config_submodels_type_0",
    "MainCheckpointFlux2Config": ".main_checkpoint_flux_2_config",
    "MainCheckpointFLUXConfig": ".main_checkpoint_flux_config",
    "MainCheckpointKrea2Config": ".main_checkpoint_krea_2_config",
    "MainCheckpointQwenImageConfig": ".main_checkpoint_qwen_image_config",
    "MainCheckpointSD1Config": ".main_checkpoint_sd1_config",
    "MainCheckpointSD2Config": ".main_checkpoint_sd2_config",
    "MainCheckpointSDXLConfig": ".main_checkpoint_sdxl_config",
    "MainCheckpointSDXLRefinerConfig": ".main_checkpoint_sdxl_refiner_config",
    "MainCheckpointWanConfig": ".main_checkpoint_wan_config",
    "MainCheckpointWanConfigExpert": ".main_checkpoint_wan_config_expert",
    "MainCheckpointZImageConfig": ".main_checkpoint_z_image_config",
    "MainDiffusersCogView4Config": ".main_diffusers_cog_view_4_config",
    "MainDiffusersConfig": ".main_diffusers_config",
    "MainDiffusersConfigSubmodelsType0": ".main_diffusers_config_submodels_type_0",
    "MainDiffusersErnieImageConfig": ".main_diffusers_ernie_image_config",
    "MainDiffusersFlux2Config": ".main_diffusers_flux_2_config",
    "MainDiffusersFLUXConfig": ".main_diffusers_flux_config",
    "MainDiffusersIdeogram4Config": ".main_diffusers_ideogram_4_config",
    "MainDiffusersKrea2Config": ".main_diffusers_krea_2_config",
    "MainDiffusersQwenImageConfig": ".main_diffusers_qwen_image_config",
    "MainDiffusersSD1Config": ".main_diffusers_sd1_config",
    "MainDiffusersSD2Config": ".main_diffusers_sd2_config",
    "MainDiffusersSD3Config": ".main_diffusers_sd3_config",
    "MainDiffusersSD3ConfigSubmodelsType0": ".main_diffusers_sd3_config_submodels_type_0",
    "MainDiffusersSDXLConfig": ".main_diffusers_sdxl_config",
    "MainDiffusersSDXLRefinerConfig": ".main_diffusers_sdxl_refiner_config",
    "MainDiffusersWanConfig": ".main_diffusers_wan_config",
    "MainDiffusersZImageConfig": ".main_diffusers_z_image_config",
    "MainGGUFCheckpointConfig": ".main_gguf_checkpoint_config",
    "MainGGUFCheckpointConfigSubmodelsType0": ".main_gguf_checkpoint_config_submodels_type_0",
    "MainGGUFFlux2Config": ".main_gguf_flux_2_config",
    "MainGGUFKrea2Config": ".main_gguf_krea_2_config",
    "MainGGUFQwenImageConfig": ".main_gguf_qwen_image_config",
    "MainGGUFWanConfig": ".main_gguf_wan_config",
    "MainGGUFWanConfigExpert": ".main_gguf_wan_config_expert",
    "MainGGUFFLUXConfig": ".main_ggufflux_config",
    "MainGGUFZImageConfig": ".main_ggufz_image_config",
    "MainModelDefaultSettings": ".main_model_default_settings",
    "MainModelDefaultSettingsSchedulerType0": ".main_model_default_settings_scheduler_type_0",
    "MainModelDefaultSettingsVaePrecisionType0": ".main_model_default_settings_vae_precision_type_0",
    "MainModelLoaderInvocation": ".main_model_loader_invocation",
    "MainSDNQDiffusersFlux2Config": ".main_sdnq_diffusers_flux_2_config",
    "MainSDNQDiffusersFlux2ConfigSubmodelsType0": ".main_sdnq_diffusers_flux_2_config_submodels_type_0",
    "MainSDNQDiffusersFLUXConfig": ".main_sdnq_diffusers_flux_config",
    "MainSDNQDiffusersFLUXConfigSubmodelsType0": ".main_sdnq_diffusers_flux_config_submodels_type_0",
    "MainSDNQDiffusersZImageConfig": ".main_sdnq_diffusers_z_image_config",
    "MainSDNQDiffusersZImageConfigSubmodelsType0": ".main_sdnq_diffusers_z_image_config_submodels_type_0",
    "MainSDNQFlux2Config": ".main_sdnq_flux_2_config",
    "MainSDNQFLUXConfig": ".main_sdnqflux_config",
    "MainSDNQZImageConfig": ".main_sdnqz_image_config",
    "MaskCombineInvocation": ".mask_combine_invocation",
    "MaskEdgeInvocation": ".mask_edge_invocation",
    "MaskFromAlphaInvocation": ".mask_from_alpha_invocation",
    "MaskFromIDInvocation": ".mask_from_id_invocation",
    "MaskOutput": ".mask_output",
    "MaskTensorToImageInvocation": ".mask_tensor_to_image_invocation",
    "MDControlListOutput": ".md_control_list_output",
    "MDIPAdapterListOutput": ".mdip_adapter_list_output",
    "MDT2IAdapterListOutput": ".mdt2i_adapter_list_output",
    "MediaCookieResponse": ".media_cookie_response",
    "MediaPipeFaceDetectionInvocation": ".media_pipe_face_detection_invocation",
    "MediapipeFaceProcessorInvocation": ".mediapipe_face_processor_invocation",
    "MediapipeFaceProcessorInvocationType": ".mediapipe_face_processor_invocation_type",
    "MergeMetadataInvocation": ".merge_metadata_invocation",
    "MergeTilesToImageInvocation": ".merge_tiles_to_image_invocation",
    "MergeTilesToImageInvocationBlendMode": ".merge_tiles_to_image_invocation_blend_mode",
    "MetadataField": ".metadata_field",
    "MetadataFieldExtractorInvocation": ".metadata_field_extractor_invocation",
    "MetadataFromImageInvocation": ".metadata_from_image_invocation",
    "MetadataInvocation": ".metadata_invocation",
    "MetadataItemField": ".metadata_item_field",
    "MetadataItemInvocation": ".metadata_item_invocation",
    "MetadataItemLinkedInvocation": ".metadata_item_linked_invocation",
    "MetadataItemLinkedInvocationLabel": ".metadata_item_linked_invocation_label",
    "MetadataItemOutput": ".metadata_item_output",
    "MetadataOutput": ".metadata_output",
    "MetadataToBoolCollectionInvocation": ".metadata_to_bool_collection_invocation",
    "MetadataToBoolCollectionInvocationLabel": ".metadata_to_bool_collection_invocation_label",
    "MetadataToBoolInvocation": ".metadata_to_bool_invocation",
    "MetadataToBoolInvocationLabel": ".metadata_to_bool_invocation_label",
    "MetadataToControlnetsInvocation": ".metadata_to_controlnets_invocation",
    "MetadataToFloatCollectionInvocation": ".metadata_to_float_collection_invocation",
    "MetadataToFloatCollectionInvocationLabel": ".metadata_to_float_collection_invocation_label",
    "MetadataToFloatInvocation": ".metadata_to_float_invocation",
    "MetadataToFloatInvocationLabel": ".metadata_to_float_invocation_label",
    "MetadataToIntegerCollectionInvocation": ".metadata_to_integer_collection_invocation",
    "MetadataToIntegerCollectionInvocationLabel": ".metadata_to_integer_collection_invocation_label",
    "MetadataToIntegerInvocation": ".metadata_to_integer_invocation",
    "MetadataToIntegerInvocationLabel": ".metadata_to_integer_invocation_label",
    "MetadataToIPAdaptersInvocation": ".metadata_to_ip_adapters_invocation",
    "MetadataToLorasCollectionInvocation": ".metadata_to_loras_collection_invocation",
    "MetadataToLorasCollectionOutput": ".metadata_to_loras_collection_output",
    "MetadataToLorasInvocation": ".metadata_to_loras_invocation",
    "MetadataToModelInvocation": ".metadata_to_model_invocation",
    "MetadataToModelInvocationLabel": ".metadata_to_model_invocation_label",
    "MetadataToModelOutput": ".metadata_to_model_output",
    "MetadataToSchedulerInvocation": ".metadata_to_scheduler_invocation",
    "MetadataToSchedulerInvocationDefaultValue": ".metadata_to_scheduler_invocation_default_value",
    "MetadataToSchedulerInvocationLabel": ".metadata_to_scheduler_invocation_label",
    "MetadataToSDXLLorasInvocation": ".metadata_to_sdxl_loras_invocation",
    "MetadataToSDXLModelInvocation": ".metadata_to_sdxl_model_invocation",
    "MetadataToSDXLModelInvocationLabel": ".metadata_to_sdxl_model_invocation_label",
    "MetadataToSDXLModelOutput": ".metadata_to_sdxl_model_output",
    "MetadataToStringCollectionInvocation": ".metadata_to_string_collection_invocation",
    "MetadataToStringCollectionInvocationLabel": ".metadata_to_string_collection_invocation_label",
    "MetadataToStringInvocation": ".metadata_to_string_invocation",
    "MetadataToStringInvocationLabel": ".metadata_to_string_invocation_label",
    "MetadataToT2IAdaptersInvocation": ".metadata_to_t2i_adapters_invocation",
    "MetadataToVAEInvocation": ".metadata_to_vae_invocation",
    "MetadataToVAEInvocationLabel": ".metadata_to_vae_invocation_label",
    "MidasDepthImageProcessorInvocation": ".midas_depth_image_processor_invocation",
    "MidasDepthImageProcessorInvocationType": ".midas_depth_image_processor_invocation_type",
    "Mistral3EncoderField": ".mistral_3_encoder_field",
    "MistralEncoderCheckpointConfig": ".mistral_encoder_checkpoint_config",
    "MistralEncoderDiffusersConfig": ".mistral_encoder_diffusers_config",
    "MistralEncoderField": ".mistral_encoder_field",
    "MistralEncoderGGUFConfig": ".mistral_encoder_gguf_config",
    "MistralVariantType": ".mistral_variant_type",
    "MLSDDetectionInvocation": ".mlsd_detection_invocation",
    "MlsdImageProcessorInvocation": ".mlsd_image_processor_invocation",
    "MlsdImageProcessorInvocationType": ".mlsd_image_processor_invocation_type",
    "ModelFormat": ".model_format",
    "ModelIdentifierField": ".model_identifier_field",
    "ModelIdentifierInvocation": ".model_identifier_invocation",
    "ModelIdentifierOutput": ".model_identifier_output",
    "ModelInstallCancelledEvent": ".model_install_cancelled_event",
    "ModelInstallCompleteEvent": ".model_install_complete_event",
    "ModelInstallDownloadProgressEvent": ".model_install_download_progress_event",
    "ModelInstallDownloadProgressEventPartsItem": ".model_install_download_progress_event_parts_item",
    "ModelInstallDownloadStartedEvent": ".model_install_download_started_event",
    "ModelInstallDownloadStartedEventPartsItem": ".model_install_download_started_event_parts_item",
    "ModelInstallDownloadsCompleteEvent": ".model_install_downloads_complete_event",
    "ModelInstallErrorEvent": ".model_install_error_event",
    "ModelInstallJob": ".model_install_job",
    "ModelInstallStartedEvent": ".model_install_started_event",
    "ModelLoadCompleteEvent": ".model_load_complete_event",
    "ModelLoadStartedEvent": ".model_load_started_event",
    "ModelLoaderOutput": ".model_loader_output",
    "ModelRecordChanges": ".model_record_changes",
    "ModelRecordOrderBy": ".model_record_order_by",
    "ModelRelationshipBatchRequest": ".model_relationship_batch_request",
    "ModelRelationshipCreateRequest": ".model_relationship_create_request",
    "ModelRepoVariant": ".model_repo_variant",
    "ModelSourceType": ".model_source_type",
    "ModelType": ".model_type",
    "ModelVariantType": ".model_variant_type",
    "ModelsList": ".models_list",
    "MultiplyInvocation": ".multiply_invocation",
    "NodeFieldValue": ".node_field_value",
    "NodePackInfo": ".node_pack_info",
    "NodePackListResponse": ".node_pack_list_response",
    "NoiseInvocation": ".noise_invocation",
    "NoiseInvocationNoiseType": ".noise_invocation_noise_type",
    "NoiseOutput": ".noise_output",
    "NormalMapInvocation": ".normal_map_invocation",
    "NormalbaeImageProcessorInvocation": ".normalbae_image_processor_invocation",
    "NormalbaeImageProcessorInvocationType": ".normalbae_image_processor_invocation_type",
    "OffsetPaginatedResultsBoardDTO": ".offset_paginated_results_board_dto",
    "OffsetPaginatedResultsGalleryItem": ".offset_paginated_results_gallery_item",
    "OffsetPaginatedResultsImageDTO": ".offset_paginated_results_image_dto",
    "OffsetPaginatedResultsVideoDTO": ".offset_paginated_results_video_dto",
    "OklabUnsharpMaskInvocation": ".oklab_unsharp_mask_invocation",
    "OklchImageHueAdjustmentInvocation": ".oklch_image_hue_adjustment_invocation",
    "OpenAIImageGenerationInvocation": ".open_ai_image_generation_invocation",
    "OpenAIImageGenerationInvocationBackground": ".open_ai_image_generation_invocation_background",
    "OpenAIImageGenerationInvocationInputFidelityType0": ".open_ai_image_generation_invocation_input_fidelity_type_0",
    "OpenAIImageGenerationInvocationMode": ".open_ai_image_generation_invocation_mode",
    "OpenAIImageGenerationInvocationQuality": ".open_ai_image_generation_invocation_quality",
    "OrphanedModelInfo": ".orphaned_model_info",
    "OutputFieldJSONSchemaExtra": ".output_field_json_schema_extra",
    "PaginatedResultsWorkflowRecordListItemDTO": ".paginated_results_workflow_record_list_item_dto",
    "PaginatedResultsWorkflowRecordListItemWithThumbnailDTO": ".paginated_results_workflow_record_list_item_with_thumbnail_dto",
    "PairTileImageInvocation": ".pair_tile_image_invocation",
    "PairTileImageOutput": ".pair_tile_image_output",
    "PasteImageIntoBoundingBoxInvocation": ".paste_image_into_bounding_box_invocation",
    "PBRMapsInvocation": ".pbr_maps_invocation",
    "PBRMapsInvocationBorderMode": ".pbr_maps_invocation_border_mode",
    "PBRMapsOutput": ".pbr_maps_output",
    "PiDDecoderCheckpointFlux2Config": ".pi_d_decoder_checkpoint_flux_2_config",
    "PiDDecoderCheckpointFLUXConfig": ".pi_d_decoder_checkpoint_flux_config",
    "PiDDecoderCheckpointQwenImageConfig": ".pi_d_decoder_checkpoint_qwen_image_config",
    "PiDDecoderCheckpointSD3Config": ".pi_d_decoder_checkpoint_sd3_config",
    "PiDDecoderCheckpointSDXLConfig": ".pi_d_decoder_checkpoint_sdxl_config",
    "PiDDecoderField": ".pi_d_decoder_field",
    "PiDDecoderLoaderInvocation": ".pi_d_decoder_loader_invocation",
    "PiDDecoderOutput": ".pi_d_decoder_output",
    "PiDDecoderVariantType": ".pi_d_decoder_variant_type",
    "PiDUpscaleInvocation": ".pi_d_upscale_invocation",
    "PiDiNetEdgeDetectionInvocation": ".pi_di_net_edge_detection_invocation",
    "PidiImageProcessorInvocation": ".pidi_image_processor_invocation",
    "PidiImageProcessorInvocationType": ".pidi_image_processor_invocation_type",
    "PresetData": ".preset_data",
    "PresetType": ".preset_type",
    "ProgressImage": ".progress_image",
    "PromptEnhancerField": ".prompt_enhancer_field",
    "PromptTemplateInvocation": ".prompt_template_invocation",
    "PromptTemplateOutput": ".prompt_template_output",
    "PromptsFromFileInvocation": ".prompts_from_file_invocation",
    "PruneResult": ".prune_result",
    "QueueClearedEvent": ".queue_cleared_event",
    "QueueItemStatusChangedEvent": ".queue_item_status_changed_event",
    "QueueItemStatusChangedEventStatus": ".queue_item_status_changed_event_status",
    "QueueItemsCanceledEvent": ".queue_items_canceled_event",
    "QueueItemsCanceledEventCanceledItemIdsByUser": ".queue_items_canceled_event_canceled_item_ids_by_user",
    "QueueItemsRetriedEvent": ".queue_items_retried_event",
    "QueueItemsRetriedEventRetriedItemIdsByUser": ".queue_items_retried_event_retried_item_ids_by_user",
    "Qwen3EncoderCheckpointConfig": ".qwen_3_encoder_checkpoint_config",
    "Qwen3EncoderField": ".qwen_3_encoder_field",
    "Qwen3EncoderGGUFConfig": ".qwen_3_encoder_gguf_config",
    "Qwen3EncoderQwen3EncoderConfig": ".qwen_3_encoder_qwen_3_encoder_config",
    "Qwen3EncoderSDNQConfig": ".qwen_3_encoder_sdnq_config",
    "Qwen3EncoderSDNQFolderConfig": ".qwen_3_encoder_sdnq_folder_config",
    "Qwen3VariantType": ".qwen_3_variant_type",
    "Qwen3VLEncoderCheckpointConfig": ".qwen_3vl_encoder_checkpoint_config",
    "Qwen3VLEncoderField": ".qwen_3vl_encoder_field",
    "Qwen3VLEncoderQwen3VLEncoderConfig": ".qwen_3vl_encoder_qwen_3vl_encoder_config",
    "QwenImageConditioningField": ".qwen_image_conditioning_field",
    "QwenImageConditioningOutput": ".qwen_image_conditioning_output",
    "QwenImageDenoiseInvocation": ".qwen_image_denoise_invocation",
    "QwenImageImageToLatentsInvocation": ".qwen_image_image_to_latents_invocation",
    "QwenImageLatentsToImageInvocation": ".qwen_image_latents_to_image_invocation",
    "QwenImageLoRACollectionLoader": ".qwen_image_lo_ra_collection_loader",
    "QwenImageLoRALoaderInvocation": ".qwen_image_lo_ra_loader_invocation",
    "QwenImageLoRALoaderOutput": ".qwen_image_lo_ra_loader_output",
    "QwenImageModelLoaderInvocation": ".qwen_image_model_loader_invocation",
    "QwenImageModelLoaderOutput": ".qwen_image_model_loader_output",
    "QwenImagePiDDecodeInvocation": ".qwen_image_pi_d_decode_invocation",
    "QwenImageTextEncoderInvocation": ".qwen_image_text_encoder_invocation",
    "QwenImageTextEncoderInvocationQuantization": ".qwen_image_text_encoder_invocation_quantization",
    "QwenImageVariantType": ".qwen_image_variant_type",
    "QwenVLEncoderCheckpointConfig": ".qwen_vl_encoder_checkpoint_config",
    "QwenVLEncoderDiffusersConfig": ".qwen_vl_encoder_diffusers_config",
    "QwenVLEncoderField": ".qwen_vl_encoder_field",
    "RandomFloatInvocation": ".random_float_invocation",
    "RandomIntInvocation": ".random_int_invocation",
    "RandomRangeInvocation": ".random_range_invocation",
    "RangeInvocation": ".range_invocation",
    "RangeOfSizeInvocation": ".range_of_size_invocation",
    "RecallParameter": ".recall_parameter",
    "RecallParametersUpdatedEvent": ".recall_parameters_updated_event",
    "RecallParametersUpdatedEventParameters": ".recall_parameters_updated_event_parameters",
    "RectangleMaskInvocation": ".rectangle_mask_invocation",
    "ReferenceImageRecallParameter": ".reference_image_recall_parameter",
    "ReloadCustomNodesResponseReloadCustomNodes": ".reload_custom_nodes_response_reload_custom_nodes",
    "RemoteModelFile": ".remote_model_file",
    "RemoveImagesFromBoardResult": ".remove_images_from_board_result",
    "RemoveVideosFromBoardResult": ".remove_videos_from_board_result",
    "ResizeLatentsInvocation": ".resize_latents_invocation",
    "ResizeLatentsInvocationMode": ".resize_latents_invocation_mode",
    "ResourceOrigin": ".resource_origin",
    "RetryItemsResult": ".retry_items_result",
    "RoundInvocation": ".round_invocation",
    "SAMPoint": ".sam_point",
    "SAMPointLabel": ".sam_point_label",
    "SAMPointsField": ".sam_points_field",
    "SaveImageInvocation": ".save_image_invocation",
    "SaveImageToFileInvocation": ".save_image_to_file_invocation",
    "SaveImageToFileInvocationFileFormat": ".save_image_to_file_invocation_file_format",
    "ScaleLatentsInvocation": ".scale_latents_invocation",
    "ScaleLatentsInvocationMode": ".scale_latents_invocation_mode",
    "SchedulerInvocation": ".scheduler_invocation",
    "SchedulerInvocationScheduler": ".scheduler_invocation_scheduler",
    "SchedulerOutput": ".scheduler_output",
    "SchedulerOutputScheduler": ".scheduler_output_scheduler",
    "SchedulerPredictionType": ".scheduler_prediction_type",
    "SD3ConditioningField": ".sd3_conditioning_field",
    "SD3ConditioningOutput": ".sd3_conditioning_output",
    "SD3DenoiseInvocation": ".sd3_denoise_invocation",
    "SD3ImageToLatentsInvocation": ".sd3_image_to_latents_invocation",
    "SD3LatentsToImageInvocation": ".sd3_latents_to_image_invocation",
    "SD3PiDDecodeInvocation": ".sd3_pi_d_decode_invocation",
    "Sd3ModelLoaderInvocation": ".sd_3_model_loader_invocation",
    "Sd3ModelLoaderOutput": ".sd_3_model_loader_output",
    "Sd3TextEncoderInvocation": ".sd_3_text_encoder_invocation",
    "SDXLCompelPromptInvocation": ".sdxl_compel_prompt_invocation",
    "SDXLLoRACollectionLoader": ".sdxl_lo_ra_collection_loader",
    "SDXLLoRALoaderInvocation": ".sdxl_lo_ra_loader_invocation",
    "SDXLLoRALoaderOutput": ".sdxl_lo_ra_loader_output",
    "SDXLModelLoaderInvocation": ".sdxl_model_loader_invocation",
    "SDXLModelLoaderOutput": ".sdxl_model_loader_output",
    "SDXLPiDDecodeInvocation": ".sdxl_pi_d_decode_invocation",
    "SDXLRefinerCompelPromptInvocation": ".sdxl_refiner_compel_prompt_invocation",
    "SDXLRefinerModelLoaderInvocation": ".sdxl_refiner_model_loader_invocation",
    "SDXLRefinerModelLoaderOutput": ".sdxl_refiner_model_loader_output",
    "SeamlessModeInvocation": ".seamless_mode_invocation",
    "SeamlessModeOutput": ".seamless_mode_output",
    "SeedreamImageGenerationInvocation": ".seedream_image_generation_invocation",
    "SeedreamImageGenerationInvocationMode": ".seedream_image_generation_invocation_mode",
    "SegmentAnythingInvocation": ".segment_anything_invocation",
    "SegmentAnythingInvocationMaskFilter": ".segment_anything_invocation_mask_filter",
    "SegmentAnythingInvocationModelType0": ".segment_anything_invocation_model_type_0",
    "SegmentAnythingProcessorInvocation": ".segment_anything_processor_invocation",
    "SegmentAnythingProcessorInvocationType": ".segment_anything_processor_invocation_type",
    "SessionProcessorStatus": ".session_processor_status",
    "SessionQueueAndProcessorStatus": ".session_queue_and_processor_status",
    "SessionQueueCountsByDestination": ".session_queue_counts_by_destination",
    "SessionQueueItem": ".session_queue_item",
    "SessionQueueItemDTO": ".session_queue_item_dto",
    "SessionQueueItemDTOStatus": ".session_queue_item_dto_status",
    "SessionQueueItemStatus": ".session_queue_item_status",
    "SessionQueueItemSummary": ".session_queue_item_summary",
    "SessionQueueItemSummaryStatus": ".session_queue_item_summary_status",
    "SessionQueueStatus": ".session_queue_status",
    "SetupRequest": ".setup_request",
    "SetupResponse": ".setup_response",
    "SetupStatusResponse": ".setup_status_response",
    "ShowImageInvocation": ".show_image_invocation",
    "SigLIPConfig": ".sig_lip_config",
    "SigLIPConfigSubmodelsType0": ".sig_lip_config_submodels_type_0",
    "SigLIPDiffusersConfig": ".sig_lip_diffusers_config",
    "SpandrelCheckpointConfig": ".spandrel_checkpoint_config",
    "SpandrelImageToImageAutoscaleInvocation": ".spandrel_image_to_image_autoscale_invocation",
    "SpandrelImageToImageConfig": ".spandrel_image_to_image_config",
    "SpandrelImageToImageConfigSubmodelsType0": ".spandrel_image_to_image_config_submodels_type_0",
    "SpandrelImageToImageInvocation": ".spandrel_image_to_image_invocation",
    "SQLiteDirection": ".sq_lite_direction",
    "StarredImagesResult": ".starred_images_result",
    "StarredVideosResult": ".starred_videos_result",
    "StarterModel": ".starter_model",
    "StarterModelBundle": ".starter_model_bundle",
    "StarterModelResponse": ".starter_model_response",
    "StarterModelResponseStarterBundles": ".starter_model_response_starter_bundles",
    "StarterModelWithoutDependencies": ".starter_model_without_dependencies",
    "StepParamEasingInvocation": ".step_param_easing_invocation",
    "StepParamEasingInvocationEasing": ".step_param_easing_invocation_easing",
    "StepParamEasingInvocationType": ".step_param_easing_invocation_type",
    "String2Output": ".string_2_output",
    "StringBatchInvocation": ".string_batch_invocation",
    "StringBatchInvocationBatchGroup": ".string_batch_invocation_batch_group",
    "StringCollectionInvocation": ".string_collection_invocation",
    "StringCollectionOutput": ".string_collection_output",
    "StringGenerator": ".string_generator",
    "StringGeneratorField": ".string_generator_field",
    "StringGeneratorOutput": ".string_generator_output",
    "StringInvocation": ".string_invocation",
    "StringJoinInvocation": ".string_join_invocation",
    "StringJoinThreeInvocation": ".string_join_three_invocation",
    "StringOutput": ".string_output",
    "StringPosNegOutput": ".string_pos_neg_output",
    "StringReplaceInvocation": ".string_replace_invocation",
    "StringSplitInvocation": ".string_split_invocation",
    "StringSplitNegInvocation": ".string_split_neg_invocation",
    "StylePresetField": ".style_preset_field",
    "StylePresetRecordWithImage": ".style_preset_record_with_image",
    "SubModelType": ".sub_model_type",
    "SubmodelDefinition": ".submodel_definition",
    "SubtractInvocation": ".subtract_invocation",
    "SystemPromptChanges": ".system_prompt_changes",
    "SystemPromptField": ".system_prompt_field",
    "SystemPromptRecordDTO": ".system_prompt_record_dto",
    "SystemPromptWithoutId": ".system_prompt_without_id",
    "T2IAdapterConfig": ".t2i_adapter_config",
    "T2IAdapterConfigSubmodelsType0": ".t2i_adapter_config_submodels_type_0",
    "T2IAdapterDiffusersSD1Config": ".t2i_adapter_diffusers_sd1_config",
    "T2IAdapterDiffusersSDXLConfig": ".t2i_adapter_diffusers_sdxl_config",
    "T2IAdapterField": ".t2i_adapter_field",
    "T2IAdapterFieldResizeMode": ".t2i_adapter_field_resize_mode",
    "T2IAdapterInvocation": ".t2i_adapter_invocation",
    "T2IAdapterInvocationResizeMode": ".t2i_adapter_invocation_resize_mode",
    "T2IAdapterMetadataField": ".t2i_adapter_metadata_field",
    "T2IAdapterMetadataFieldResizeMode": ".t2i_adapter_metadata_field_resize_mode",
    "T2IAdapterOutput": ".t2i_adapter_output",
    "T5EncoderBnBLLMint8Config": ".t5_encoder_bn_bll_mint_8_config",
    "T5EncoderBnbQuantizedLlmInt8BConfig": ".t5_encoder_bnb_quantized_llm_int_8b_config",
    "T5EncoderBnbQuantizedLlmInt8BConfigSubmodelsType0": ".t5_encoder_bnb_quantized_llm_int_8b_config_submodels_type_0",
    "T5EncoderConfig": ".t5_encoder_config",
    "T5EncoderConfigSubmodelsType0": ".t5_encoder_config_submodels_type_0",
    "T5EncoderField": ".t5_encoder_field",
    "T5EncoderGGUFConfig": ".t5_encoder_gguf_config",
    "T5EncoderSDNQConfig": ".t5_encoder_sdnq_config",
    "T5EncoderT5EncoderConfig": ".t5_encoder_t5_encoder_config",
    "TBLR": ".tblr",
    "TensorField": ".tensor_field",
    "TextLLMDiffusersConfig": ".text_llm_diffusers_config",
    "TextLLMInvocation": ".text_llm_invocation",
    "TextLLMWithPresetInvocation": ".text_llm_with_preset_invocation",
    "TextualInversionFileConfig": ".textual_inversion_file_config",
    "TextualInversionFileConfigSubmodelsType0": ".textual_inversion_file_config_submodels_type_0",
    "TextualInversionFolderConfig": ".textual_inversion_folder_config",
    "TextualInversionFolderConfigSubmodelsType0": ".textual_inversion_folder_config_submodels_type_0",
    "TIFileSD1Config": ".ti_file_sd1_config",
    "TIFileSD2Config": ".ti_file_sd2_config",
    "TIFileSDXLConfig": ".ti_file_sdxl_config",
    "TIFolderSD1Config": ".ti_folder_sd1_config",
    "TIFolderSD2Config": ".ti_folder_sd2_config",
    "TIFolderSDXLConfig": ".ti_folder_sdxl_config",
    "Tile": ".tile",
    "TileResamplerProcessorInvocation": ".tile_resampler_processor_invocation",
    "TileResamplerProcessorInvocationType": ".tile_resampler_processor_invocation_type",
    "TileToPropertiesInvocation": ".tile_to_properties_invocation",
    "TileToPropertiesOutput": ".tile_to_properties_output",
    "TileWithImage": ".tile_with_image",
    "TiledMultiDiffusionDenoiseLatents": ".tiled_multi_diffusion_denoise_latents",
    "TiledMultiDiffusionDenoiseLatentsScheduler": ".tiled_multi_diffusion_denoise_latents_scheduler",
    "TransformerField": ".transformer_field",
    "UNetField": ".u_net_field",
    "UNetOutput": ".u_net_output",
    "UIComponent": ".ui_component",
    "UIConfigBase": ".ui_config_base",
    "UIType": ".ui_type",
    "UninstallNodePackResponse": ".uninstall_node_pack_response",
    "UnknownConfig": ".unknown_config",
    "UnknownInvocation": ".unknown_invocation",
    "UnknownInvocationOutput": ".unknown_invocation_output",
    "UnsharpMaskInvocation": ".unsharp_mask_invocation",
    "UnstarredImagesResult": ".unstarred_images_result",
    "UnstarredVideosResult": ".unstarred_videos_result",
    "UpdateAppGenerationSettingsRequest": ".update_app_generation_settings_request",
    "UpdateAppGenerationSettingsRequestImageSubfolderStrategy": ".update_app_generation_settings_request_image_subfolder_strategy",
    "UpdateRecallParametersResponseUpdateRecallParameters": ".update_recall_parameters_response_update_recall_parameters",
    "UploadVideoBodyUploadVideo": ".upload_video_body_upload_video",
    "Upscaler": ".upscaler",
    "URLModelSource": ".url_model_source",
    "URLRegexTokenPair": ".url_regex_token_pair",
    "UserDTO": ".user_dto",
    "UserFont": ".user_font",
    "UserFontFace": ".user_font_face",
    "UserFontsResponse": ".user_fonts_response",
    "UserProfileUpdateRequest": ".user_profile_update_request",
    "VAECheckpointAnimaConfig": ".vae_checkpoint_anima_config",
    "VAECheckpointConfig": ".vae_checkpoint_config",
    "VAECheckpointConfigFormat": ".vae_checkpoint_config_format",
    "VAECheckpointConfigSubmodelsType0": ".vae_checkpoint_config_submodels_type_0",
    "VAECheckpointFlux2Config": ".vae_checkpoint_flux_2_config",
    "VAECheckpointFLUXConfig": ".vae_checkpoint_flux_config",
    "VAECheckpointQwenImageConfig": ".vae_checkpoint_qwen_image_config",
    "VAECheckpointSD1Config": ".vae_checkpoint_sd1_config",
    "VAECheckpointSD2Config": ".vae_checkpoint_sd2_config",
    "VAECheckpointSDXLConfig": ".vae_checkpoint_sdxl_config",
    "VAECheckpointWanConfig": ".vae_checkpoint_wan_config",
    "VAECheckpointWanConfigLatentChannels": ".vae_checkpoint_wan_config_latent_channels",
    "VAEDiffusersConfig": ".vae_diffusers_config",
    "VAEDiffusersConfigSubmodelsType0": ".vae_diffusers_config_submodels_type_0",
    "VAEDiffusersFlux2Config": ".vae_diffusers_flux_2_config",
    "VAEDiffusersSD1Config": ".vae_diffusers_sd1_config",
    "VAEDiffusersSDXLConfig": ".vae_diffusers_sdxl_config",
    "VAEDiffusersWanConfig": ".vae_diffusers_wan_config",
    "VAEDiffusersWanConfigLatentChannels": ".vae_diffusers_wan_config_latent_channels",
    "VAEField": ".vae_field",
    "VAELoaderInvocation": ".vae_loader_invocation",
    "VAEOutput": ".vae_output",
    "ValidationError": ".validation_error",
    "ValidationErrorContext": ".validation_error_context",
    "ValidationRunData": ".validation_run_data",
    "VideoApiModelConfig": ".video_api_model_config",
    "VideoApiModelConfigSubmodelsType0": ".video_api_model_config_submodels_type_0",
    "VideoBoardArg": ".video_board_arg",
    "VideoConcatInvocation": ".video_concat_invocation",
    "VideoConcatInvocationTransition": ".video_concat_invocation_transition",
    "VideoDTO": ".video_dto",
    "VideoField": ".video_field",
    "VideoFrameExtractInvocation": ".video_frame_extract_invocation",
    "VideoIdsResult": ".video_ids_result",
    "VideoInvocation": ".video_invocation",
    "VideoNamesBatch": ".video_names_batch",
    "VideoNamesResult": ".video_names_result",
    "VideoOutput": ".video_output",
    "VideoRecordChanges": ".video_record_changes",
    "VideoUrlsDTO": ".video_urls_dto",
    "VirtualSubBoardDTO": ".virtual_sub_board_dto",
    "WanConditioningField": ".wan_conditioning_field",
    "WanConditioningOutput": ".wan_conditioning_output",
    "WanDenoiseInvocation": ".wan_denoise_invocation",
    "WanI2VIdealDimensionsInvocation": ".wan_i2v_ideal_dimensions_invocation",
    "WanI2VIdealDimensionsInvocationRounding": ".wan_i2v_ideal_dimensions_invocation_rounding",
    "WanI2VIdealDimensionsInvocationTargetResolution": ".wan_i2v_ideal_dimensions_invocation_target_resolution",
    "WanImageToLatentsInvocation": ".wan_image_to_latents_invocation",
    "WanLatentsToImageInvocation": ".wan_latents_to_image_invocation",
    "WanLatentsToVideoInvocation": ".wan_latents_to_video_invocation",
    "WanLoRACollectionLoader": ".wan_lo_ra_collection_loader",
    "WanLoRALoaderInvocation": ".wan_lo_ra_loader_invocation",
    "WanLoRALoaderInvocationTarget": ".wan_lo_ra_loader_invocation_target",
    "WanLoRALoaderOutput": ".wan_lo_ra_loader_output",
    "WanLoRAVariantType": ".wan_lo_ra_variant_type",
    "WanModelLoaderInvocation": ".wan_model_loader_invocation",
    "WanModelLoaderOutput": ".wan_model_loader_output",
    "WanRefImageConditioningField": ".wan_ref_image_conditioning_field",
    "WanRefImageEncoderInvocation": ".wan_ref_image_encoder_invocation",
    "WanRefImageOutput": ".wan_ref_image_output",
    "WanT5EncoderField": ".wan_t5_encoder_field",
    "WanT5EncoderWanT5EncoderConfig": ".wan_t5_encoder_wan_t5_encoder_config",
    "WanTextEncoderInvocation": ".wan_text_encoder_invocation",
    "WanTI2VIdealDimensionsInvocation": ".wan_ti2v_ideal_dimensions_invocation",
    "WanTI2VIdealDimensionsInvocationRounding": ".wan_ti2v_ideal_dimensions_invocation_rounding",
    "WanTI2VIdealDimensionsInvocationTargetResolution": ".wan_ti2v_ideal_dimensions_invocation_target_resolution",
    "WanTransformerField": ".wan_transformer_field",
    "WanVariantType": ".wan_variant_type",
    "WanVideoDenoiseInvocation": ".wan_video_denoise_invocation",
    "Workflow": ".workflow",
    "WorkflowAccessRevokedEvent": ".workflow_access_revoked_event",
    "WorkflowAndGraphResponse": ".workflow_and_graph_response",
    "WorkflowCallCompatibility": ".workflow_call_compatibility",
    "WorkflowCallCompatibilityReason": ".workflow_call_compatibility_reason",
    "WorkflowCallExecution": ".workflow_call_execution",
    "WorkflowCallExecutionAggregatedValues": ".workflow_call_execution_aggregated_values",
    "WorkflowCallExecutionChildOutputs": ".workflow_call_execution_child_outputs",
    "WorkflowCallExecutionChildOutputsAdditionalProperty": ".workflow_call_execution_child_outputs_additional_property",
    "WorkflowCallExecutionStatus": ".workflow_call_execution_status",
    "WorkflowCallFrame": ".workflow_call_frame",
    "WorkflowCallParentRef": ".workflow_call_parent_ref",
    "WorkflowCategory": ".workflow_category",
    "WorkflowCreatedEvent": ".workflow_created_event",
    "WorkflowDeletedEvent": ".workflow_deleted_event",
    "WorkflowEdgesItem": ".workflow_edges_item",
    "WorkflowFormType0": ".workflow_form_type_0",
    "WorkflowMeta": ".workflow_meta",
    "WorkflowNodesItem": ".workflow_nodes_item",
    "WorkflowRecordDTO": ".workflow_record_dto",
    "WorkflowRecordListItemDTO": ".workflow_record_list_item_dto",
    "WorkflowRecordListItemWithThumbnailDTO": ".workflow_record_list_item_with_thumbnail_dto",
    "WorkflowRecordOrderBy": ".workflow_record_order_by",
    "WorkflowRecordWithThumbnailDTO": ".workflow_record_with_thumbnail_dto",
    "WorkflowReturnGetInvocation": ".workflow_return_get_invocation",
    "WorkflowReturnGetInvocationValues": ".workflow_return_get_invocation_values",
    "WorkflowReturnGetOutput": ".workflow_return_get_output",
    "WorkflowReturnInvocation": ".workflow_return_invocation",
    "WorkflowReturnOutput": ".workflow_return_output",
    "WorkflowReturnOutputValues": ".workflow_return_output_values",
    "WorkflowReturnValueField": ".workflow_return_value_field",
    "WorkflowReturnValueInvocation": ".workflow_return_value_invocation",
    "WorkflowReturnValueOutput": ".workflow_return_value_output",
    "WorkflowUpdatedEvent": ".workflow_updated_event",
    "WorkflowWithoutID": ".workflow_without_id",
    "WorkflowWithoutIDEdgesItem": ".workflow_without_id_edges_item",
    "WorkflowWithoutIDFormType0": ".workflow_without_id_form_type_0",
    "WorkflowWithoutIDNodesItem": ".workflow_without_id_nodes_item",
    "ZImageConditioningField": ".z_image_conditioning_field",
    "ZImageConditioningOutput": ".z_image_conditioning_output",
    "ZImageControlField": ".z_image_control_field",
    "ZImageControlInvocation": ".z_image_control_invocation",
    "ZImageControlOutput": ".z_image_control_output",
    "ZImageDenoiseInvocation": ".z_image_denoise_invocation",
    "ZImageDenoiseInvocationScheduler": ".z_image_denoise_invocation_scheduler",
    "ZImageDenoiseMetaInvocation": ".z_image_denoise_meta_invocation",
    "ZImageDenoiseMetaInvocationScheduler": ".z_image_denoise_meta_invocation_scheduler",
    "ZImageImageToLatentsInvocation": ".z_image_image_to_latents_invocation",
    "ZImageLatentsToImageInvocation": ".z_image_latents_to_image_invocation",
    "ZImageLoRACollectionLoader": ".z_image_lo_ra_collection_loader",
    "ZImageLoRALoaderInvocation": ".z_image_lo_ra_loader_invocation",
    "ZImageLoRALoaderOutput": ".z_image_lo_ra_loader_output",
    "ZImageModelLoaderInvocation": ".z_image_model_loader_invocation",
    "ZImageModelLoaderOutput": ".z_image_model_loader_output",
    "ZImagePiDDecodeInvocation": ".z_image_pi_d_decode_invocation",
    "ZImageSeedVarianceEnhancerInvocation": ".z_image_seed_variance_enhancer_invocation",
    "ZImageTextEncoderInvocation": ".z_image_text_encoder_invocation",
    "ZImageVariantType": ".z_image_variant_type",
    "ZoeDepthImageProcessorInvocation": ".zoe_depth_image_processor_invocation",
    "ZoeDepthImageProcessorInvocationType": ".zoe_depth_image_processor_invocation_type",
}

__all__ = (
    "AddImagesToBoardResult",
    "AddInvocation",
    "AddVideosToBoardResult",
    "AdminUserCreateRequest",
    "AdminUserUpdateRequest",
    "AlibabaCloudImageGenerationInvocation",
    "AlibabaCloudImageGenerationInvocationMode",
    "AlphaMaskToTensorInvocation",
    "AnimaConditioningField",
    "AnimaConditioningOutput",
    "AnimaDenoiseInvocation",
    "AnimaDenoiseInvocationScheduler",
    "AnimaDenoiseMetaInvocation",
    "AnimaDenoiseMetaInvocationScheduler",
    "AnimaImageToLatentsInvocation",
    "AnimaLatentsToImageInvocation",
    "AnimaLLLiteField",
    "AnimaLLLiteInvocation",
    "AnimaLLLiteOutput",
    "AnimaLoRACollectionLoader",
    "AnimaLoRALoaderInvocation",
    "AnimaLoRALoaderOutput",
    "AnimaModelLoaderInvocation",
    "AnimaModelLoaderOutput",
    "AnimaTextEncoderInvocation",
    "ApiModelConfig",
    "ApiModelConfigSubmodelsType0",
    "AppConfig",
    "AppDependencyVersions",
    "ApplyMaskTensorToImageInvocation",
    "ApplyMaskToImageInvocation",
    "AppVersion",
    "BaseMetadata",
    "BaseModelType",
    "Batch",
    "BatchDatum",
    "BatchEnqueuedEvent",
    "BatchStatus",
    "BlankImageInvocation",
    "BlankImageInvocationMode",
    "BlendLatentsInvocation",
    "BoardChanges",
    "BoardDTO",
    "BoardField",
    "BoardRecordOrderBy",
    "BoardVisibility",
    "BodyAddImagesToBoard",
    "BodyAddImageToBoard",
    "BodyAddVideosToBoard",
    "BodyCancelByBatchIds",
    "BodyCreateImageUploadEntry",
    "BodyCreateStylePreset",
    "BodyCreateWorkflow",
    "BodyDeleteImagesFromList",
    "BodyDeleteVideosFromList",
    "BodyDoHfLogin",
    "BodyDownload",
    "BodyDownloadImagesFromList",
    "BodyEnqueueBatch",
    "BodyGetImagesByNames",
    "BodyGetQueueItemsByItemIds",
    "BodyGetQueueItemSummariesByIds",
    "BodyGetVideosByIds",
    "BodyImportStylePresets",
    "BodyParseDynamicprompts",
    "BodyRemoveImageFromBoard",
    "BodyRemoveImagesFromBoard",
    "BodyRemoveVideoFromBoard",
    "BodyRemoveVideosFromBoard",
    "BodySetWorkflowThumbnail",
    "BodyStarImagesInList",
    "BodyStarVideosInList",
    "BodyUnstarImagesInList",
    "BodyUnstarVideosInList",
    "BodyUpdateModelImage",
    "BodyUpdateStylePreset",
    "BodyUpdateWorkflow",
    "BodyUpdateWorkflowIsPublic",
    "BodyUploadImage",
    "BooleanCollectionInvocation",
    "BooleanCollectionOutput",
    "BooleanInvocation",
    "BooleanOutput",
    "BoundingBoxCollectionOutput",
    "BoundingBoxField",
    "BoundingBoxInvocation",
    "BoundingBoxOutput",
    "BulkDeleteModelsRequest",
    "BulkDeleteModelsResponse",
    "BulkDeleteModelsResponseFailedItem",
    "BulkDownloadCompleteEvent",
    "BulkDownloadErrorEvent",
    "BulkDownloadStartedEvent",
    "BulkReidentifyModelsRequest",
    "BulkReidentifyModelsResponse",
    "BulkReidentifyModelsResponseFailedItem",
    "CacheStats",
    "CacheStatsLoadedModelSizes",
    "CacheType",
    "CalculateImageTilesEvenSplitInvocation",
    "CalculateImageTilesInvocation",
    "CalculateImageTilesMinimumOverlapInvocation",
    "CalculateImageTilesOutput",
    "CallSavedWorkflowInvocation",
    "CallSavedWorkflowInvocationWorkflowInputs",
    "CancelAllExceptCurrentResult",
    "CancelByBatchIDsResult",
    "CancelByDestinationResult",
    "CannyEdgeDetectionInvocation",
    "CannyImageProcessorInvocation",
    "CannyImageProcessorInvocationType",
    "CanvasOutputInvocation",
    "CanvasPasteBackInvocation",
    "CanvasV2MaskAndCropInvocation",
    "CenterPadCropInvocation",
    "Classification",
    "ClearResult",
    "CLIPEmbedDiffusersConfig",
    "CLIPEmbedDiffusersConfigFormat",
    "CLIPEmbedDiffusersConfigSubmodelsType0",
    "CLIPEmbedDiffusersConfigType",
    "CLIPEmbedDiffusersGConfig",
    "CLIPEmbedDiffusersLConfig",
    "CLIPField",
    "CLIPGEmbedDiffusersConfig",
    "CLIPGEmbedDiffusersConfigSubmodelsType0",
    "CLIPLEmbedDiffusersConfig",
    "CLIPLEmbedDiffusersConfigSubmodelsType0",
    "CLIPOutput",
    "CLIPSkipInvocation",
    "CLIPSkipInvocationOutput",
    "ClipVariantType",
    "CLIPVisionDiffusersConfig",
    "CLIPVisionDiffusersConfigUntil670",
    "CLIPVisionDiffusersConfigUntil670SubmodelsType0",
    "CogView4ConditioningField",
    "CogView4ConditioningOutput",
    "CogView4DenoiseInvocation",
    "CogView4ImageToLatentsInvocation",
    "CogView4LatentsToImageInvocation",
    "CogView4ModelLoaderInvocation",
    "CogView4ModelLoaderOutput",
    "CogView4TextEncoderInvocation",
    "CollectInvocation",
    "CollectInvocationOutput",
    "ColorCollectionOutput",
    "ColorCorrectInvocation",
    "ColorCorrectInvocationColorSpace",
    "ColorField",
    "ColorInvocation",
    "ColorMapImageProcessorInvocation",
    "ColorMapImageProcessorInvocationType",
    "ColorMapInvocation",
    "ColorOutput",
    "CompelInvocation",
    "ConditioningCollectionInvocation",
    "ConditioningCollectionOutput",
    "ConditioningField",
    "ConditioningInvocation",
    "ConditioningOutput",
    "ContentShuffleImageProcessorInvocation",
    "ContentShuffleImageProcessorInvocationType",
    "ContentShuffleInvocation",
    "ControlAdapterDefaultSettings",
    "ControlField",
    "ControlFieldControlMode",
    "ControlFieldResizeMode",
    "ControlLoRADiffusersConfig",
    "ControlLoRADiffusersConfigSubmodelsType0",
    "ControlLoRAField",
    "ControlLoRALyCORISConfig",
    "ControlLoRALyCORISConfigSubmodelsType0",
    "ControlLoRALyCORISFLUXConfig",
    "ControlNetCheckpointAnimaConfig",
    "ControlNetCheckpointConfig",
    "ControlNetCheckpointConfigFormat",
    "ControlNetCheckpointConfigSubmodelsType0",
    "ControlNetCheckpointFLUXConfig",
    "ControlNetCheckpointSD1Config",
    "ControlNetCheckpointSD2Config",
    "ControlNetCheckpointSDXLConfig",
    "ControlNetCheckpointZImageConfig",
    "ControlNetDiffusersConfig",
    "ControlNetDiffusersConfigSubmodelsType0",
    "ControlNetDiffusersFLUXConfig",
    "ControlNetDiffusersSD1Config",
    "ControlNetDiffusersSD2Config",
    "ControlNetDiffusersSDXLConfig",
    "ControlNetInvocation",
    "ControlNetInvocationControlMode",
    "ControlNetInvocationResizeMode",
    "ControlNetMetadataField",
    "ControlNetMetadataFieldControlMode",
    "ControlNetMetadataFieldResizeMode",
    "ControlNetRecallParameter",
    "ControlNetRecallParameterControlModeType0",
    "ControlOutput",
    "CoreMetadataInvocation",
    "CoreMetadataInvocationGenerationModeType0",
    "CountsByCategoryResponseCountsByCategory",
    "CreateDenoiseMaskInvocation",
    "CreateGradientMaskInvocation",
    "CreateGradientMaskInvocationCoherenceMode",
    "CropImageToBoundingBoxInvocation",
    "CropLatentsCoreInvocation",
    "CursorPaginatedResultsSessionQueueItem",
    "CursorPaginatedResultsSessionQueueItemDTO",
    "CV2InfillInvocation",
    "CvInpaintInvocation",
    "DecodeInvisibleWatermarkInvocation",
    "DeleteAllExceptCurrentResult",
    "DeleteBoardResult",
    "DeleteByDestinationResult",
    "DeleteImagesFromListResult",
    "DeleteImagesResult",
    "DeleteOrphanedModelsRequest",
    "DeleteOrphanedModelsResponse",
    "DeleteOrphanedModelsResponseErrors",
    "DeleteVideosResult",
    "DenoiseLatentsInvocation",
    "DenoiseLatentsInvocationScheduler",
    "DenoiseLatentsMetaInvocation",
    "DenoiseLatentsMetaInvocationScheduler",
    "DenoiseMaskField",
    "DenoiseMaskOutput",
    "DepthAnythingDepthEstimationInvocation",
    "DepthAnythingDepthEstimationInvocationModelSize",
    "DepthAnythingImageProcessorInvocation",
    "DepthAnythingImageProcessorInvocationModelSize",
    "DepthAnythingImageProcessorInvocationType",
    "DivideInvocation",
    "DownloadCancelledEvent",
    "DownloadCompleteEvent",
    "DownloadErrorEvent",
    "DownloadJob",
    "DownloadJobStatus",
    "DownloadPausedEvent",
    "DownloadProgressEvent",
    "DownloadStartedEvent",
    "DWOpenposeDetectionInvocation",
    "DWOpenposeImageProcessorInvocation",
    "DWOpenposeImageProcessorInvocationType",
    "DynamicPromptInvocation",
    "DynamicPromptsResponse",
    "Edge",
    "EdgeConnection",
    "EnqueueBatchResult",
    "ErnieImageConditioningField",
    "ErnieImageConditioningOutput",
    "ErnieImageDenoiseInvocation",
    "ErnieImageDenoiseInvocationScheduler",
    "ErnieImageModelLoaderInvocation",
    "ErnieImageModelLoaderOutput",
    "ErnieImagePromptEnhancerInvocation",
    "ErnieImageTextEncoderInvocation",
    "ErnieImageVaeDecodeInvocation",
    "ESRGANInvocation",
    "ESRGANInvocationModelName",
    "ExpandMaskWithFadeInvocation",
    "ExpandPromptRequest",
    "ExpandPromptResponse",
    "ExposedField",
    "ExternalApiModelConfig",
    "ExternalApiModelDefaultSettings",
    "ExternalImageSize",
    "ExternalModelCapabilities",
    "ExternalModelCapabilitiesAspectRatioSizesType0",
    "ExternalModelCapabilitiesInputImageRequiredForType0Item",
    "ExternalModelCapabilitiesMaskFormat",
    "ExternalModelCapabilitiesModesItem",
    "ExternalModelPanelControl",
    "ExternalModelPanelControlName",
    "ExternalModelPanelSchema",
    "ExternalModelSource",
    "ExternalProviderConfigModel",
    "ExternalProviderConfigUpdate",
    "ExternalProviderStatusModel",
    "ExternalResolutionPreset",
    "ExtractVideoRangeInvocation",
    "ExtractVideoRangeOutput",
    "FaceIdentifierInvocation",
    "FaceMaskInvocation",
    "FaceMaskOutput",
    "FaceOffInvocation",
    "FaceOffOutput",
    "FieldIdentifier",
    "FieldIdentifierKind",
    "FieldKind",
    "FloatBatchInvocation",
    "FloatBatchInvocationBatchGroup",
    "FloatCollectionInvocation",
    "FloatCollectionOutput",
    "FloatGenerator",
    "FloatGeneratorField",
    "FloatGeneratorOutput",
    "FloatInvocation",
    "FloatLinearRangeInvocation",
    "FloatMathInvocation",
    "FloatMathInvocationOperation",
    "FloatOutput",
    "FloatToIntegerInvocation",
    "FloatToIntegerInvocationMethod",
    "Flux2DenoiseInvocation",
    "Flux2DenoiseInvocationScheduler",
    "Flux2DevLoRACollectionLoader",
    "Flux2DevLoRALoaderInvocation",
    "Flux2DevLoRALoaderOutput",
    "Flux2DevModelLoaderInvocation",
    "Flux2DevModelLoaderInvocationMaxSeqLength",
    "Flux2DevModelLoaderOutput",
    "Flux2DevModelLoaderOutputMaxSeqLength",
    "Flux2DevTextEncoderInvocation",
    "Flux2DevTextEncoderInvocationMaxSeqLen",
    "Flux2KleinLoRACollectionLoader",
    "Flux2KleinLoRALoaderInvocation",
    "Flux2KleinLoRALoaderOutput",
    "Flux2KleinModelLoaderInvocation",
    "Flux2KleinModelLoaderInvocationMaxSeqLength",
    "Flux2KleinModelLoaderOutput",
    "Flux2KleinModelLoaderOutputMaxSeqLength",
    "Flux2KleinTextEncoderInvocation",
    "Flux2KleinTextEncoderInvocationMaxSeqLen",
    "Flux2PiDDecodeInvocation",
    "Flux2VaeDecodeInvocation",
    "Flux2VaeEncodeInvocation",
    "Flux2VariantType",
    "FluxConditioningCollectionOutput",
    "FluxConditioningField",
    "FluxConditioningOutput",
    "FluxControlLoRALoaderInvocation",
    "FluxControlLoRALoaderOutput",
    "FluxControlNetField",
    "FluxControlNetFieldResizeMode",
    "FluxControlNetInvocation",
    "FluxControlNetInvocationResizeMode",
    "FluxControlNetOutput",
    "FluxDenoiseInvocation",
    "FluxDenoiseInvocationDypePreset",
    "FluxDenoiseInvocationScheduler",
    "FluxDenoiseLatentsMetaInvocation",
    "FluxDenoiseLatentsMetaInvocationDypePreset",
    "FluxDenoiseLatentsMetaInvocationScheduler",
    "FluxFillConditioningField",
    "FluxFillInvocation",
    "FluxFillOutput",
    "FluxIPAdapterInvocation",
    "FluxKontextConcatenateImagesInvocation",
    "FluxKontextConditioningField",
    "FluxKontextInvocation",
    "FluxKontextOutput",
    "FLUXLoRACollectionLoader",
    "FluxLoRALoaderInvocation",
    "FluxLoRALoaderOutput",
    "FluxModelLoaderInvocation",
    "FluxModelLoaderOutput",
    "FluxModelLoaderOutputMaxSeqLength",
    "FluxPiDDecodeInvocation",
    "FLUXReduxCheckpointConfig",
    "FluxReduxConditioningField",
    "FluxReduxConfig",
    "FluxReduxConfigSubmodelsType0",
    "FluxReduxInvocation",
    "FluxReduxInvocationDownsamplingFunction",
    "FluxReduxOutput",
    "FluxTextEncoderInvocation",
    "FluxTextEncoderInvocationT5MaxSeqLenType0",
    "FluxVaeDecodeInvocation",
    "FluxVaeEncodeInvocation",
    "FluxVariantType",
    "FoundModel",
    "FreeUConfig",
    "FreeUInvocation",
    "GalleryItem",
    "GalleryItemKind",
    "GalleryItemNames",
    "GalleryItemNamesResult",
    "GalleryItemRef",
    "GeminiImageGenerationInvocation",
    "GeminiImageGenerationInvocationMode",
    "GeminiImageGenerationInvocationThinkingLevelType0",
    "Gemma2EncoderField",
    "Gemma2EncoderGemma2EncoderConfig",
    "Gemma2EncoderGGUFConfig",
    "Gemma2EncoderLoaderInvocation",
    "Gemma2EncoderOutput",
    "GeneratePasswordResponse",
    "GenerationDeviceOption",
    "GetAppDepsResponseGetAppDeps",
    "GetCountsByTagResponseGetCountsByTag",
    "GetMaskBoundingBoxInvocation",
    "GetRecallParametersResponseGetRecallParameters",
    "GlmEncoderField",
    "GradientMaskOutput",
    "Graph",
    "GraphExecutionState",
    "GraphExecutionStateErrors",
    "GraphExecutionStateIndegree",
    "GraphExecutionStatePreparedIterationPaths",
    "GraphExecutionStatePreparedSourceMapping",
    "GraphExecutionStateResults",
    "GraphExecutionStateSourcePreparedMapping",
    "GraphNodes",
    "GroundingDinoInvocation",
    "GroundingDinoInvocationModelType0",
    "HEDEdgeDetectionInvocation",
    "HedImageProcessorInvocation",
    "HedImageProcessorInvocationType",
    "HeuristicResizeInvocation",
    "HFModelSource",
    "HFTokenStatus",
    "HTTPValidationError",
    "HuggingFaceMetadata",
    "HuggingFaceModels",
    "IdealSizeInvocation",
    "IdealSizeOutput",
    "Ideogram4CaptionBuilderInvocation",
    "Ideogram4ConditioningField",
    "Ideogram4ConditioningOutput",
    "Ideogram4DenoiseInvocation",
    "Ideogram4DenoiseInvocationSamplerPreset",
    "Ideogram4LatentsToImageInvocation",
    "Ideogram4ModelLoaderInvocation",
    "Ideogram4ModelLoaderOutput",
    "Ideogram4Region",
    "Ideogram4TextEncoderInvocation",
    "IfInvocation",
    "IfInvocationOutput",
    "ImageBatchInvocation",
    "ImageBatchInvocationBatchGroup",
    "ImageBlurInvocation",
    "ImageBlurInvocationBlurType",
    "ImageCategory",
    "ImageChannelInvocation",
    "ImageChannelInvocationChannel",
    "ImageChannelMultiplyInvocation",
    "ImageChannelMultiplyInvocationChannelType0",
    "ImageChannelOffsetInvocation",
    "ImageChannelOffsetInvocationChannelType0",
    "ImageCollectionInvocation",
    "ImageCollectionOutput",
    "ImageConvertInvocation",
    "ImageConvertInvocationMode",
    "ImageCropInvocation",
    "ImageDTO",
    "ImageField",
    "ImageGenerator",
    "ImageGeneratorField",
    "ImageGeneratorOutput",
    "ImageHueAdjustmentInvocation",
    "ImageInverseLerpInvocation",
    "ImageInvocation",
    "ImageLerpInvocation",
    "ImageMaskToTensorInvocation",
    "ImageMoveJobResponse",
    "ImageMoveJobResponseState",
    "ImageMoveStatusResponse",
    "ImageMoveStatusResponseOperationType0",
    "ImageMultiplyInvocation",
    "ImageNamesResult",
    "ImageNoiseInvocation",
    "ImageNoiseInvocationNoiseType",
    "ImageNSFWBlurInvocation",
    "ImageOutput",
    "ImagePanelCoordinateOutput",
    "ImagePanelLayoutInvocation",
    "ImagePasteInvocation",
    "ImageRecordChanges",
    "ImageResizeInvocation",
    "ImageResizeInvocationResampleMode",
    "ImageScaleInvocation",
    "ImageScaleInvocationResampleMode",
    "ImagesDownloaded",
    "ImagesUpdatedFromListResult",
    "ImageToLatentsInvocation",
    "ImageToLatentsInvocationColorCompensation",
    "ImageToPromptRequest",
    "ImageToPromptResponse",
    "ImageUploadEntry",
    "ImageUrlsDTO",
    "ImageWatermarkInvocation",
    "InfillColorInvocation",
    "InfillPatchMatchInvocation",
    "InfillPatchMatchInvocationResampleMode",
    "InfillTileInvocation",
    "Input",
    "InputFieldJSONSchemaExtra",
    "InputFieldJSONSchemaExtraUiChoiceLabelsType0",
    "InstallNodePackRequest",
    "InstallNodePackResponse",
    "InstallStatus",
    "IntegerBatchInvocation",
    "IntegerBatchInvocationBatchGroup",
    "IntegerCollectionInvocation",
    "IntegerCollectionOutput",
    "IntegerGenerator",
    "IntegerGeneratorField",
    "IntegerGeneratorOutput",
    "IntegerInvocation",
    "IntegerMathInvocation",
    "IntegerMathInvocationOperation",
    "IntegerOutput",
    "InvertTensorMaskInvocation",
    "InvocationCacheStatus",
    "InvocationCompleteEvent",
    "InvocationErrorEvent",
    "InvocationOutputMap",
    "InvocationProgressEvent",
    "InvocationStartedEvent",
    "InvokeAdjustImageHuePlusInvocation",
    "InvokeAdjustImageHuePlusInvocationSpace",
    "InvokeAIAppConfig",
    "InvokeAIAppConfigAttentionSliceSizeType0",
    "InvokeAIAppConfigAttentionSliceSizeType1",
    "InvokeAIAppConfigAttentionType",
    "InvokeAIAppConfigHashingAlgorithm",
    "InvokeAIAppConfigImageSubfolderStrategy",
    "InvokeAIAppConfigLogFormat",
    "InvokeAIAppConfigLogLevel",
    "InvokeAIAppConfigLogLevelNetwork",
    "InvokeAIAppConfigPrecision",
    "InvokeAIAppConfigSessionQueueMode",
    "InvokeAIAppConfigWithSetFields",
    "InvokeEquivalentAchromaticLightnessInvocation",
    "InvokeImageBlendInvocation",
    "InvokeImageBlendInvocationBlendMode",
    "InvokeImageBlendInvocationColorSpace",
    "InvokeImageCompositorInvocation",
    "InvokeImageDilateOrErodeInvocation",
    "InvokeImageDilateOrErodeInvocationMode",
    "InvokeImageEnhanceInvocation",
    "InvokeImageValueThresholdsInvocation",
    "IPAdapterCheckpointConfig",
    "IPAdapterCheckpointConfigSubmodelsType0",
    "IPAdapterCheckpointFLUXConfig",
    "IPAdapterCheckpointSD1Config",
    "IPAdapterCheckpointSD2Config",
    "IPAdapterCheckpointSDXLConfig",
    "IPAdapterField",
    "IPAdapterInvocation",
    "IPAdapterInvocationClipVisionModel",
    "IPAdapterInvocationMethod",
    "IPAdapterInvokeAIConfig",
    "IPAdapterInvokeAIConfigSubmodelsType0",
    "IPAdapterInvokeAISD1Config",
    "IPAdapterInvokeAISD2Config",
    "IPAdapterInvokeAISDXLConfig",
    "IPAdapterMetadataField",
    "IPAdapterMetadataFieldClipVisionModel",
    "IPAdapterMetadataFieldMethod",
    "IPAdapterOutput",
    "IPAdapterRecallParameter",
    "IPAdapterRecallParameterImageInfluenceType0",
    "IPAdapterRecallParameterMethodType0",
    "ItemIdsResult",
    "IterateInvocation",
    "IterateInvocationOutput",
    "Krea2ConditioningField",
    "Krea2ConditioningOutput",
    "Krea2ConditioningRebalanceInvocation",
    "Krea2DenoiseInvocation",
    "Krea2LoRACollectionLoader",
    "Krea2LoRALoaderInvocation",
    "Krea2LoRALoaderOutput",
    "Krea2ModelLoaderInvocation",
    "Krea2ModelLoaderOutput",
    "Krea2SeedVarianceInvocation",
    "Krea2StyleReferenceField",
    "Krea2StyleReferenceFieldValueMode",
    "Krea2StyleReferenceInvocation",
    "Krea2StyleReferenceInvocationFit",
    "Krea2StyleReferenceInvocationValueMode",
    "Krea2StyleReferenceOutput",
    "Krea2TextEncoderInvocation",
    "Krea2VariantType",
    "LaMaInfillInvocation",
    "LatentsCollectionInvocation",
    "LatentsCollectionOutput",
    "LatentsField",
    "LatentsInvocation",
    "LatentsMetaOutput",
    "LatentsOutput",
    "LatentsToImageInvocation",
    "LeresImageProcessorInvocation",
    "LeresImageProcessorInvocationType",
    "LineartAnimeEdgeDetectionInvocation",
    "LineartAnimeImageProcessorInvocation",
    "LineartAnimeImageProcessorInvocationType",
    "LineartEdgeDetectionInvocation",
    "LineartImageProcessorInvocation",
    "LineartImageProcessorInvocationType",
    "ListQueueItemsStatusType0",
    "LlavaOnevisionConfig",
    "LlavaOnevisionConfigSubmodelsType0",
    "LlavaOnevisionDiffusersConfig",
    "LlavaOnevisionVllmInvocation",
    "LLMTaskCompleteEvent",
    "LLMTaskErrorEvent",
    "LLMTaskProgressEvent",
    "LLMTaskProgressEventPhase",
    "LocalModelSource",
    "LoginRequest",
    "LoginResponse",
    "LogLevel",
    "LogoutResponse",
    "LoRACollectionLoader",
    "LoRADiffusersConfig",
    "LoRADiffusersConfigSubmodelsType0",
    "LoRADiffusersFlux2Config",
    "LoRADiffusersFLUXConfig",
    "LoRADiffusersSD1Config",
    "LoRADiffusersSD2Config",
    "LoRADiffusersSDXLConfig",
    "LoRADiffusersZImageConfig",
    "LoRAField",
    "LoRALoaderInvocation",
    "LoRALoaderOutput",
    "LoRALyCORISAnimaConfig",
    "LoRALyCORISConfig",
    "LoRALyCORISConfigSubmodelsType0",
    "LoRALyCORISFlux2Config",
    "LoRALyCORISFLUXConfig",
    "LoRALyCORISKrea2Config",
    "LoRALyCORISQwenImageConfig",
    "LoRALyCORISSD1Config",
    "LoRALyCORISSD2Config",
    "LoRALyCORISSDXLConfig",
    "LoRALyCORISWanConfig",
    "LoRALyCORISWanConfigExpertType0",
    "LoRALyCORISZImageConfig",
    "LoRAMetadataField",
    "LoraModelDefaultSettings",
    "LoRAOmiConfig",
    "LoRAOmiConfigSubmodelsType0",
    "LoRAOMIFLUXConfig",
    "LoRAOMISDXLConfig",
    "LoRARecallParameter",
    "LoRASelectorInvocation",
    "LoRASelectorOutput",
    "MainBnBNF4FLUXConfig",
    "MainBnbQuantized4BCheckpointConfig",
    "MainBnbQuantized4BCheckpointConfigSubmodelsType0",
    "MainCheckpointAnimaConfig",
    "MainCheckpointConfig",
    "MainCheckpointConfigFormat",
    "MainCheckpointConfigSubmodelsType0",
    "MainCheckpointFlux2Config",
    "MainCheckpointFLUXConfig",
    "MainCheckpointKrea2Config",
    "MainCheckpointQwenImageConfig",
    "MainCheckpointSD1Config",
    "MainCheckpointSD2Config",
    "MainCheckpointSDXLConfig",
    "MainCheckpointSDXLRefinerConfig",
    "MainCheckpointWanConfig",
    "MainCheckpointWanConfigExpert",
    "MainCheckpointZImageConfig",
    "MainDiffusersCogView4Config",
    "MainDiffusersConfig",
    "MainDiffusersConfigSubmodelsType0",
    "MainDiffusersErnieImageConfig",
    "MainDiffusersFlux2Config",
    "MainDiffusersFLUXConfig",
    "MainDiffusersIdeogram4Config",
    "MainDiffusersKrea2Config",
    "MainDiffusersQwenImageConfig",
    "MainDiffusersSD1Config",
    "MainDiffusersSD2Config",
    "MainDiffusersSD3Config",
    "MainDiffusersSD3ConfigSubmodelsType0",
    "MainDiffusersSDXLConfig",
    "MainDiffusersSDXLRefinerConfig",
    "MainDiffusersWanConfig",
    "MainDiffusersZImageConfig",
    "MainGGUFCheckpointConfig",
    "MainGGUFCheckpointConfigSubmodelsType0",
    "MainGGUFFlux2Config",
    "MainGGUFFLUXConfig",
    "MainGGUFKrea2Config",
    "MainGGUFQwenImageConfig",
    "MainGGUFWanConfig",
    "MainGGUFWanConfigExpert",
    "MainGGUFZImageConfig",
    "MainModelDefaultSettings",
    "MainModelDefaultSettingsSchedulerType0",
    "MainModelDefaultSettingsVaePrecisionType0",
    "MainModelLoaderInvocation",
    "MainSDNQDiffusersFlux2Config",
    "MainSDNQDiffusersFlux2ConfigSubmodelsType0",
    "MainSDNQDiffusersFLUXConfig",
    "MainSDNQDiffusersFLUXConfigSubmodelsType0",
    "MainSDNQDiffusersZImageConfig",
    "MainSDNQDiffusersZImageConfigSubmodelsType0",
    "MainSDNQFlux2Config",
    "MainSDNQFLUXConfig",
    "MainSDNQZImageConfig",
    "MaskCombineInvocation",
    "MaskEdgeInvocation",
    "MaskFromAlphaInvocation",
    "MaskFromIDInvocation",
    "MaskOutput",
    "MaskTensorToImageInvocation",
    "MDControlListOutput",
    "MDIPAdapterListOutput",
    "MDT2IAdapterListOutput",
    "MediaCookieResponse",
    "MediaPipeFaceDetectionInvocation",
    "MediapipeFaceProcessorInvocation",
    "MediapipeFaceProcessorInvocationType",
    "MergeMetadataInvocation",
    "MergeTilesToImageInvocation",
    "MergeTilesToImageInvocationBlendMode",
    "MetadataField",
    "MetadataFieldExtractorInvocation",
    "MetadataFromImageInvocation",
    "MetadataInvocation",
    "MetadataItemField",
    "MetadataItemInvocation",
    "MetadataItemLinkedInvocation",
    "MetadataItemLinkedInvocationLabel",
    "MetadataItemOutput",
    "MetadataOutput",
    "MetadataToBoolCollectionInvocation",
    "MetadataToBoolCollectionInvocationLabel",
    "MetadataToBoolInvocation",
    "MetadataToBoolInvocationLabel",
    "MetadataToControlnetsInvocation",
    "MetadataToFloatCollectionInvocation",
    "MetadataToFloatCollectionInvocationLabel",
    "MetadataToFloatInvocation",
    "MetadataToFloatInvocationLabel",
    "MetadataToIntegerCollectionInvocation",
    "MetadataToIntegerCollectionInvocationLabel",
    "MetadataToIntegerInvocation",
    "MetadataToIntegerInvocationLabel",
    "MetadataToIPAdaptersInvocation",
    "MetadataToLorasCollectionInvocation",
    "MetadataToLorasCollectionOutput",
    "MetadataToLorasInvocation",
    "MetadataToModelInvocation",
    "MetadataToModelInvocationLabel",
    "MetadataToModelOutput",
    "MetadataToSchedulerInvocation",
    "MetadataToSchedulerInvocationDefaultValue",
    "MetadataToSchedulerInvocationLabel",
    "MetadataToSDXLLorasInvocation",
    "MetadataToSDXLModelInvocation",
    "MetadataToSDXLModelInvocationLabel",
    "MetadataToSDXLModelOutput",
    "MetadataToStringCollectionInvocation",
    "MetadataToStringCollectionInvocationLabel",
    "MetadataToStringInvocation",
    "MetadataToStringInvocationLabel",
    "MetadataToT2IAdaptersInvocation",
    "MetadataToVAEInvocation",
    "MetadataToVAEInvocationLabel",
    "MidasDepthImageProcessorInvocation",
    "MidasDepthImageProcessorInvocationType",
    "Mistral3EncoderField",
    "MistralEncoderCheckpointConfig",
    "MistralEncoderDiffusersConfig",
    "MistralEncoderField",
    "MistralEncoderGGUFConfig",
    "MistralVariantType",
    "MLSDDetectionInvocation",
    "MlsdImageProcessorInvocation",
    "MlsdImageProcessorInvocationType",
    "ModelFormat",
    "ModelIdentifierField",
    "ModelIdentifierInvocation",
    "ModelIdentifierOutput",
    "ModelInstallCancelledEvent",
    "ModelInstallCompleteEvent",
    "ModelInstallDownloadProgressEvent",
    "ModelInstallDownloadProgressEventPartsItem",
    "ModelInstallDownloadsCompleteEvent",
    "ModelInstallDownloadStartedEvent",
    "ModelInstallDownloadStartedEventPartsItem",
    "ModelInstallErrorEvent",
    "ModelInstallJob",
    "ModelInstallStartedEvent",
    "ModelLoadCompleteEvent",
    "ModelLoaderOutput",
    "ModelLoadStartedEvent",
    "ModelRecordChanges",
    "ModelRecordOrderBy",
    "ModelRelationshipBatchRequest",
    "ModelRelationshipCreateRequest",
    "ModelRepoVariant",
    "ModelsList",
    "ModelSourceType",
    "ModelType",
    "ModelVariantType",
    "MultiplyInvocation",
    "NodeFieldValue",
    "NodePackInfo",
    "NodePackListResponse",
    "NoiseInvocation",
    "NoiseInvocationNoiseType",
    "NoiseOutput",
    "NormalbaeImageProcessorInvocation",
    "NormalbaeImageProcessorInvocationType",
    "NormalMapInvocation",
    "OffsetPaginatedResultsBoardDTO",
    "OffsetPaginatedResultsGalleryItem",
    "OffsetPaginatedResultsImageDTO",
    "OffsetPaginatedResultsVideoDTO",
    "OklabUnsharpMaskInvocation",
    "OklchImageHueAdjustmentInvocation",
    "OpenAIImageGenerationInvocation",
    "OpenAIImageGenerationInvocationBackground",
    "OpenAIImageGenerationInvocationInputFidelityType0",
    "OpenAIImageGenerationInvocationMode",
    "OpenAIImageGenerationInvocationQuality",
    "OrphanedModelInfo",
    "OutputFieldJSONSchemaExtra",
    "PaginatedResultsWorkflowRecordListItemDTO",
    "PaginatedResultsWorkflowRecordListItemWithThumbnailDTO",
    "PairTileImageInvocation",
    "PairTileImageOutput",
    "PasteImageIntoBoundingBoxInvocation",
    "PBRMapsInvocation",
    "PBRMapsInvocationBorderMode",
    "PBRMapsOutput",
    "PiDDecoderCheckpointFlux2Config",
    "PiDDecoderCheckpointFLUXConfig",
    "PiDDecoderCheckpointQwenImageConfig",
    "PiDDecoderCheckpointSD3Config",
    "PiDDecoderCheckpointSDXLConfig",
    "PiDDecoderField",
    "PiDDecoderLoaderInvocation",
    "PiDDecoderOutput",
    "PiDDecoderVariantType",
    "PidiImageProcessorInvocation",
    "PidiImageProcessorInvocationType",
    "PiDiNetEdgeDetectionInvocation",
    "PiDUpscaleInvocation",
    "PresetData",
    "PresetType",
    "ProgressImage",
    "PromptEnhancerField",
    "PromptsFromFileInvocation",
    "PromptTemplateInvocation",
    "PromptTemplateOutput",
    "PruneResult",
    "QueueClearedEvent",
    "QueueItemsCanceledEvent",
    "QueueItemsCanceledEventCanceledItemIdsByUser",
    "QueueItemsRetriedEvent",
    "QueueItemsRetriedEventRetriedItemIdsByUser",
    "QueueItemStatusChangedEvent",
    "QueueItemStatusChangedEventStatus",
    "Qwen3EncoderCheckpointConfig",
    "Qwen3EncoderField",
    "Qwen3EncoderGGUFConfig",
    "Qwen3EncoderQwen3EncoderConfig",
    "Qwen3EncoderSDNQConfig",
    "Qwen3EncoderSDNQFolderConfig",
    "Qwen3VariantType",
    "Qwen3VLEncoderCheckpointConfig",
    "Qwen3VLEncoderField",
    "Qwen3VLEncoderQwen3VLEncoderConfig",
    "QwenImageConditioningField",
    "QwenImageConditioningOutput",
    "QwenImageDenoiseInvocation",
    "QwenImageImageToLatentsInvocation",
    "QwenImageLatentsToImageInvocation",
    "QwenImageLoRACollectionLoader",
    "QwenImageLoRALoaderInvocation",
    "QwenImageLoRALoaderOutput",
    "QwenImageModelLoaderInvocation",
    "QwenImageModelLoaderOutput",
    "QwenImagePiDDecodeInvocation",
    "QwenImageTextEncoderInvocation",
    "QwenImageTextEncoderInvocationQuantization",
    "QwenImageVariantType",
    "QwenVLEncoderCheckpointConfig",
    "QwenVLEncoderDiffusersConfig",
    "QwenVLEncoderField",
    "RandomFloatInvocation",
    "RandomIntInvocation",
    "RandomRangeInvocation",
    "RangeInvocation",
    "RangeOfSizeInvocation",
    "RecallParameter",
    "RecallParametersUpdatedEvent",
    "RecallParametersUpdatedEventParameters",
    "RectangleMaskInvocation",
    "ReferenceImageRecallParameter",
    "ReloadCustomNodesResponseReloadCustomNodes",
    "RemoteModelFile",
    "RemoveImagesFromBoardResult",
    "RemoveVideosFromBoardResult",
    "ResizeLatentsInvocation",
    "ResizeLatentsInvocationMode",
    "ResourceOrigin",
    "RetryItemsResult",
    "RoundInvocation",
    "SAMPoint",
    "SAMPointLabel",
    "SAMPointsField",
    "SaveImageInvocation",
    "SaveImageToFileInvocation",
    "SaveImageToFileInvocationFileFormat",
    "ScaleLatentsInvocation",
    "ScaleLatentsInvocationMode",
    "SchedulerInvocation",
    "SchedulerInvocationScheduler",
    "SchedulerOutput",
    "SchedulerOutputScheduler",
    "SchedulerPredictionType",
    "SD3ConditioningField",
    "SD3ConditioningOutput",
    "SD3DenoiseInvocation",
    "SD3ImageToLatentsInvocation",
    "SD3LatentsToImageInvocation",
    "Sd3ModelLoaderInvocation",
    "Sd3ModelLoaderOutput",
    "SD3PiDDecodeInvocation",
    "Sd3TextEncoderInvocation",
    "SDXLCompelPromptInvocation",
    "SDXLLoRACollectionLoader",
    "SDXLLoRALoaderInvocation",
    "SDXLLoRALoaderOutput",
    "SDXLModelLoaderInvocation",
    "SDXLModelLoaderOutput",
    "SDXLPiDDecodeInvocation",
    "SDXLRefinerCompelPromptInvocation",
    "SDXLRefinerModelLoaderInvocation",
    "SDXLRefinerModelLoaderOutput",
    "SeamlessModeInvocation",
    "SeamlessModeOutput",
    "SeedreamImageGenerationInvocation",
    "SeedreamImageGenerationInvocationMode",
    "SegmentAnythingInvocation",
    "SegmentAnythingInvocationMaskFilter",
    "SegmentAnythingInvocationModelType0",
    "SegmentAnythingProcessorInvocation",
    "SegmentAnythingProcessorInvocationType",
    "SessionProcessorStatus",
    "SessionQueueAndProcessorStatus",
    "SessionQueueCountsByDestination",
    "SessionQueueItem",
    "SessionQueueItemDTO",
    "SessionQueueItemDTOStatus",
    "SessionQueueItemStatus",
    "SessionQueueItemSummary",
    "SessionQueueItemSummaryStatus",
    "SessionQueueStatus",
    "SetupRequest",
    "SetupResponse",
    "SetupStatusResponse",
    "ShowImageInvocation",
    "SigLIPConfig",
    "SigLIPConfigSubmodelsType0",
    "SigLIPDiffusersConfig",
    "SpandrelCheckpointConfig",
    "SpandrelImageToImageAutoscaleInvocation",
    "SpandrelImageToImageConfig",
    "SpandrelImageToImageConfigSubmodelsType0",
    "SpandrelImageToImageInvocation",
    "SQLiteDirection",
    "StarredImagesResult",
    "StarredVideosResult",
    "StarterModel",
    "StarterModelBundle",
    "StarterModelResponse",
    "StarterModelResponseStarterBundles",
    "StarterModelWithoutDependencies",
    "StepParamEasingInvocation",
    "StepParamEasingInvocationEasing",
    "StepParamEasingInvocationType",
    "String2Output",
    "StringBatchInvocation",
    "StringBatchInvocationBatchGroup",
    "StringCollectionInvocation",
    "StringCollectionOutput",
    "StringGenerator",
    "StringGeneratorField",
    "StringGeneratorOutput",
    "StringInvocation",
    "StringJoinInvocation",
    "StringJoinThreeInvocation",
    "StringOutput",
    "StringPosNegOutput",
    "StringReplaceInvocation",
    "StringSplitInvocation",
    "StringSplitNegInvocation",
    "StylePresetField",
    "StylePresetRecordWithImage",
    "SubmodelDefinition",
    "SubModelType",
    "SubtractInvocation",
    "SystemPromptChanges",
    "SystemPromptField",
    "SystemPromptRecordDTO",
    "SystemPromptWithoutId",
    "T2IAdapterConfig",
    "T2IAdapterConfigSubmodelsType0",
    "T2IAdapterDiffusersSD1Config",
    "T2IAdapterDiffusersSDXLConfig",
    "T2IAdapterField",
    "T2IAdapterFieldResizeMode",
    "T2IAdapterInvocation",
    "T2IAdapterInvocationResizeMode",
    "T2IAdapterMetadataField",
    "T2IAdapterMetadataFieldResizeMode",
    "T2IAdapterOutput",
    "T5EncoderBnBLLMint8Config",
    "T5EncoderBnbQuantizedLlmInt8BConfig",
    "T5EncoderBnbQuantizedLlmInt8BConfigSubmodelsType0",
    "T5EncoderConfig",
    "T5EncoderConfigSubmodelsType0",
    "T5EncoderField",
    "T5EncoderGGUFConfig",
    "T5EncoderSDNQConfig",
    "T5EncoderT5EncoderConfig",
    "TBLR",
    "TensorField",
    "TextLLMDiffusersConfig",
    "TextLLMInvocation",
    "TextLLMWithPresetInvocation",
    "TextualInversionFileConfig",
    "TextualInversionFileConfigSubmodelsType0",
    "TextualInversionFolderConfig",
    "TextualInversionFolderConfigSubmodelsType0",
    "TIFileSD1Config",
    "TIFileSD2Config",
    "TIFileSDXLConfig",
    "TIFolderSD1Config",
    "TIFolderSD2Config",
    "TIFolderSDXLConfig",
    "Tile",
    "TiledMultiDiffusionDenoiseLatents",
    "TiledMultiDiffusionDenoiseLatentsScheduler",
    "TileResamplerProcessorInvocation",
    "TileResamplerProcessorInvocationType",
    "TileToPropertiesInvocation",
    "TileToPropertiesOutput",
    "TileWithImage",
    "TransformerField",
    "UIComponent",
    "UIConfigBase",
    "UIType",
    "UNetField",
    "UNetOutput",
    "UninstallNodePackResponse",
    "UnknownConfig",
    "UnknownInvocation",
    "UnknownInvocationOutput",
    "UnsharpMaskInvocation",
    "UnstarredImagesResult",
    "UnstarredVideosResult",
    "UpdateAppGenerationSettingsRequest",
    "UpdateAppGenerationSettingsRequestImageSubfolderStrategy",
    "UpdateRecallParametersResponseUpdateRecallParameters",
    "UploadVideoBodyUploadVideo",
    "Upscaler",
    "URLModelSource",
    "URLRegexTokenPair",
    "UserDTO",
    "UserFont",
    "UserFontFace",
    "UserFontsResponse",
    "UserProfileUpdateRequest",
    "VAECheckpointAnimaConfig",
    "VAECheckpointConfig",
    "VAECheckpointConfigFormat",
    "VAECheckpointConfigSubmodelsType0",
    "VAECheckpointFlux2Config",
    "VAECheckpointFLUXConfig",
    "VAECheckpointQwenImageConfig",
    "VAECheckpointSD1Config",
    "VAECheckpointSD2Config",
    "VAECheckpointSDXLConfig",
    "VAECheckpointWanConfig",
    "VAECheckpointWanConfigLatentChannels",
    "VAEDiffusersConfig",
    "VAEDiffusersConfigSubmodelsType0",
    "VAEDiffusersFlux2Config",
    "VAEDiffusersSD1Config",
    "VAEDiffusersSDXLConfig",
    "VAEDiffusersWanConfig",
    "VAEDiffusersWanConfigLatentChannels",
    "VAEField",
    "VAELoaderInvocation",
    "VAEOutput",
    "ValidationError",
    "ValidationErrorContext",
    "ValidationRunData",
    "VideoApiModelConfig",
    "VideoApiModelConfigSubmodelsType0",
    "VideoBoardArg",
    "VideoConcatInvocation",
    "VideoConcatInvocationTransition",
    "VideoDTO",
    "VideoField",
    "VideoFrameExtractInvocation",
    "VideoIdsResult",
    "VideoInvocation",
    "VideoNamesBatch",
    "VideoNamesResult",
    "VideoOutput",
    "VideoRecordChanges",
    "VideoUrlsDTO",
    "VirtualSubBoardDTO",
    "WanConditioningField",
    "WanConditioningOutput",
    "WanDenoiseInvocation",
    "WanI2VIdealDimensionsInvocation",
    "WanI2VIdealDimensionsInvocationRounding",
    "WanI2VIdealDimensionsInvocationTargetResolution",
    "WanImageToLatentsInvocation",
    "WanLatentsToImageInvocation",
    "WanLatentsToVideoInvocation",
    "WanLoRACollectionLoader",
    "WanLoRALoaderInvocation",
    "WanLoRALoaderInvocationTarget",
    "WanLoRALoaderOutput",
    "WanLoRAVariantType",
    "WanModelLoaderInvocation",
    "WanModelLoaderOutput",
    "WanRefImageConditioningField",
    "WanRefImageEncoderInvocation",
    "WanRefImageOutput",
    "WanT5EncoderField",
    "WanT5EncoderWanT5EncoderConfig",
    "WanTextEncoderInvocation",
    "WanTI2VIdealDimensionsInvocation",
    "WanTI2VIdealDimensionsInvocationRounding",
    "WanTI2VIdealDimensionsInvocationTargetResolution",
    "WanTransformerField",
    "WanVariantType",
    "WanVideoDenoiseInvocation",
    "Workflow",
    "WorkflowAccessRevokedEvent",
    "WorkflowAndGraphResponse",
    "WorkflowCallCompatibility",
    "WorkflowCallCompatibilityReason",
    "WorkflowCallExecution",
    "WorkflowCallExecutionAggregatedValues",
    "WorkflowCallExecutionChildOutputs",
    "WorkflowCallExecutionChildOutputsAdditionalProperty",
    "WorkflowCallExecutionStatus",
    "WorkflowCallFrame",
    "WorkflowCallParentRef",
    "WorkflowCategory",
    "WorkflowCreatedEvent",
    "WorkflowDeletedEvent",
    "WorkflowEdgesItem",
    "WorkflowFormType0",
    "WorkflowMeta",
    "WorkflowNodesItem",
    "WorkflowRecordDTO",
    "WorkflowRecordListItemDTO",
    "WorkflowRecordListItemWithThumbnailDTO",
    "WorkflowRecordOrderBy",
    "WorkflowRecordWithThumbnailDTO",
    "WorkflowReturnGetInvocation",
    "WorkflowReturnGetInvocationValues",
    "WorkflowReturnGetOutput",
    "WorkflowReturnInvocation",
    "WorkflowReturnOutput",
    "WorkflowReturnOutputValues",
    "WorkflowReturnValueField",
    "WorkflowReturnValueInvocation",
    "WorkflowReturnValueOutput",
    "WorkflowUpdatedEvent",
    "WorkflowWithoutID",
    "WorkflowWithoutIDEdgesItem",
    "WorkflowWithoutIDFormType0",
    "WorkflowWithoutIDNodesItem",
    "ZImageConditioningField",
    "ZImageConditioningOutput",
    "ZImageControlField",
    "ZImageControlInvocation",
    "ZImageControlOutput",
    "ZImageDenoiseInvocation",
    "ZImageDenoiseInvocationScheduler",
    "ZImageDenoiseMetaInvocation",
    "ZImageDenoiseMetaInvocationScheduler",
    "ZImageImageToLatentsInvocation",
    "ZImageLatentsToImageInvocation",
    "ZImageLoRACollectionLoader",
    "ZImageLoRALoaderInvocation",
    "ZImageLoRALoaderOutput",
    "ZImageModelLoaderInvocation",
    "ZImageModelLoaderOutput",
    "ZImagePiDDecodeInvocation",
    "ZImageSeedVarianceEnhancerInvocation",
    "ZImageTextEncoderInvocation",
    "ZImageVariantType",
    "ZoeDepthImageProcessorInvocation",
    "ZoeDepthImageProcessorInvocationType",
)


def __getattr__(name: str) -> Any:
    class_name = name
    if name not in _MODULE_OF:
        from ._aliases import ALIASES  # schema spellings, e.g. "Main_Diffusers_SD1_Config"

        class_name = ALIASES.get(name, name)
    module = _MODULE_OF.get(class_name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), class_name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
