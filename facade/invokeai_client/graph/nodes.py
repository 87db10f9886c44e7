"""One class per InvokeAI node type (by scripts/regenerate from generated/schemas/; never edit).

    from invokeai_client.graph import Graph, nodes
    g = Graph()
    noise = g.add(nodes.Noise(seed=1, width=512, height=512))
    noise.noise     # an Output handle: pass it as another node's input to connect them

Keyword arguments are the node's inputs (types, defaults and descriptions from the schema of
the newest release), plus `node_id`, `node_label`, `is_intermediate` and `use_cache`.
Properties are the node's outputs. Classes of the `FieldKind` family name what an output
carries. Which releases have a node type or input is in each docstring and in
`Node.availability()`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal

from invokeai_client.graph._node import (
    BoardRef,
    ColorRef,
    FieldKind,
    ImageRef,
    ModelRef,
    Node,
    Output,
)

__all__ = [
    "ESRGAN",
    "Add",
    "AlibabaCloudImageGeneration",
    "AlphaMaskToTensor",
    "AnimaConditioningField",
    "AnimaDenoise",
    "AnimaDenoiseMeta",
    "AnimaImageToLatents",
    "AnimaLLLite",
    "AnimaLLLiteField",
    "AnimaLatentsToImage",
    "AnimaLoRACollectionLoader",
    "AnimaLoRALoader",
    "AnimaModelLoader",
    "AnimaTextEncoder",
    "ApplyMaskTensorToImage",
    "ApplyMaskToImage",
    "BlankImage",
    "BlendLatents",
    "BoardField",
    "Boolean",
    "BooleanCollection",
    "BoundingBox",
    "BoundingBoxField",
    "CLIPField",
    "CLIPSkip",
    "CV2Infill",
    "CalculateImageTiles",
    "CalculateImageTilesEvenSplit",
    "CalculateImageTilesMinimumOverlap",
    "CallSavedWorkflow",
    "CannyEdgeDetection",
    "CannyImageProcessor",
    "CanvasOutput",
    "CanvasPasteBack",
    "CanvasV2MaskAndCrop",
    "CenterPadCrop",
    "CogView4ConditioningField",
    "CogView4Denoise",
    "CogView4ImageToLatents",
    "CogView4LatentsToImage",
    "CogView4ModelLoader",
    "CogView4TextEncoder",
    "Collect",
    "Color",
    "ColorCorrect",
    "ColorField",
    "ColorMap",
    "ColorMapImageProcessor",
    "Compel",
    "Conditioning",
    "ConditioningCollection",
    "ConditioningField",
    "ContentShuffle",
    "ContentShuffleImageProcessor",
    "ControlField",
    "ControlLoRAField",
    "ControlNet",
    "ControlNetMetadataField",
    "CoreMetadata",
    "CreateDenoiseMask",
    "CreateGradientMask",
    "CropImageToBoundingBox",
    "CropLatentsCore",
    "CvInpaint",
    "DWOpenposeDetection",
    "DWOpenposeImageProcessor",
    "DecodeInvisibleWatermark",
    "DenoiseLatents",
    "DenoiseLatentsMeta",
    "DenoiseMaskField",
    "DepthAnythingDepthEstimation",
    "DepthAnythingImageProcessor",
    "Divide",
    "DynamicPrompt",
    "ErnieImageConditioningField",
    "ErnieImageDenoise",
    "ErnieImageModelLoader",
    "ErnieImagePromptEnhancer",
    "ErnieImageTextEncoder",
    "ErnieImageVaeDecode",
    "ExpandMaskWithFade",
    "ExtractVideoRange",
    "FLUXLoRACollectionLoader",
    "FaceIdentifier",
    "FaceMask",
    "FaceOff",
    "Float",
    "FloatBatch",
    "FloatCollection",
    "FloatGenerator",
    "FloatGeneratorField",
    "FloatLinearRange",
    "FloatMath",
    "FloatToInteger",
    "Flux2Denoise",
    "Flux2DevLoRACollectionLoader",
    "Flux2DevLoRALoader",
    "Flux2DevModelLoader",
    "Flux2DevTextEncoder",
    "Flux2KleinLoRACollectionLoader",
    "Flux2KleinLoRALoader",
    "Flux2KleinModelLoader",
    "Flux2KleinTextEncoder",
    "Flux2PiDDecode",
    "Flux2VaeDecode",
    "Flux2VaeEncode",
    "FluxConditioningField",
    "FluxControlLoRALoader",
    "FluxControlNet",
    "FluxControlNetField",
    "FluxDenoise",
    "FluxDenoiseLatentsMeta",
    "FluxFill",
    "FluxFillConditioningField",
    "FluxIPAdapter",
    "FluxKontext",
    "FluxKontextConcatenateImages",
    "FluxKontextConditioningField",
    "FluxLoRALoader",
    "FluxModelLoader",
    "FluxPiDDecode",
    "FluxRedux",
    "FluxReduxConditioningField",
    "FluxTextEncoder",
    "FluxVaeDecode",
    "FluxVaeEncode",
    "FreeU",
    "GeminiImageGeneration",
    "Gemma2EncoderField",
    "Gemma2EncoderLoader",
    "GetMaskBoundingBox",
    "GlmEncoderField",
    "GroundingDino",
    "HEDEdgeDetection",
    "HedImageProcessor",
    "HeuristicResize",
    "IPAdapter",
    "IPAdapterField",
    "IPAdapterMetadataField",
    "IdealSize",
    "Ideogram4CaptionBuilder",
    "Ideogram4ConditioningField",
    "Ideogram4Denoise",
    "Ideogram4LatentsToImage",
    "Ideogram4ModelLoader",
    "Ideogram4Region",
    "Ideogram4TextEncoder",
    "If",
    "Image",
    "ImageBatch",
    "ImageBlur",
    "ImageChannel",
    "ImageChannelMultiply",
    "ImageChannelOffset",
    "ImageCollection",
    "ImageConvert",
    "ImageCrop",
    "ImageField",
    "ImageGenerator",
    "ImageGeneratorField",
    "ImageHueAdjustment",
    "ImageInverseLerp",
    "ImageLerp",
    "ImageMaskToTensor",
    "ImageMultiply",
    "ImageNSFWBlur",
    "ImageNoise",
    "ImagePanelLayout",
    "ImagePaste",
    "ImageResize",
    "ImageScale",
    "ImageToLatents",
    "ImageWatermark",
    "InfillColor",
    "InfillPatchMatch",
    "InfillTile",
    "Integer",
    "IntegerBatch",
    "IntegerCollection",
    "IntegerGenerator",
    "IntegerGeneratorField",
    "IntegerMath",
    "InvertTensorMask",
    "InvokeAdjustImageHuePlus",
    "InvokeEquivalentAchromaticLightness",
    "InvokeImageBlend",
    "InvokeImageCompositor",
    "InvokeImageDilateOrErode",
    "InvokeImageEnhance",
    "InvokeImageValueThresholds",
    "Iterate",
    "Krea2ConditioningField",
    "Krea2ConditioningRebalance",
    "Krea2Denoise",
    "Krea2LoRACollectionLoader",
    "Krea2LoRALoader",
    "Krea2ModelLoader",
    "Krea2SeedVariance",
    "Krea2StyleReference",
    "Krea2StyleReferenceField",
    "Krea2TextEncoder",
    "LaMaInfill",
    "Latents",
    "LatentsCollection",
    "LatentsField",
    "LatentsToImage",
    "LeresImageProcessor",
    "LineartAnimeEdgeDetection",
    "LineartAnimeImageProcessor",
    "LineartEdgeDetection",
    "LineartImageProcessor",
    "LlavaOnevisionVllm",
    "LoRACollectionLoader",
    "LoRAField",
    "LoRALoader",
    "LoRAMetadataField",
    "LoRASelector",
    "MLSDDetection",
    "MainModelLoader",
    "MaskCombine",
    "MaskEdge",
    "MaskFromAlpha",
    "MaskFromID",
    "MaskTensorToImage",
    "MediaPipeFaceDetection",
    "MediapipeFaceProcessor",
    "MergeMetadata",
    "MergeTilesToImage",
    "Metadata",
    "MetadataField",
    "MetadataFieldExtractor",
    "MetadataFromImage",
    "MetadataItem",
    "MetadataItemField",
    "MetadataItemLinked",
    "MetadataToBool",
    "MetadataToBoolCollection",
    "MetadataToControlnets",
    "MetadataToFloat",
    "MetadataToFloatCollection",
    "MetadataToIPAdapters",
    "MetadataToInteger",
    "MetadataToIntegerCollection",
    "MetadataToLoras",
    "MetadataToLorasCollection",
    "MetadataToModel",
    "MetadataToSDXLLoras",
    "MetadataToSDXLModel",
    "MetadataToScheduler",
    "MetadataToString",
    "MetadataToStringCollection",
    "MetadataToT2IAdapters",
    "MetadataToVAE",
    "MidasDepthImageProcessor",
    "Mistral3EncoderField",
    "MistralEncoderField",
    "MlsdImageProcessor",
    "ModelIdentifier",
    "ModelIdentifierField",
    "Multiply",
    "Noise",
    "NormalMap",
    "NormalbaeImageProcessor",
    "OklabUnsharpMask",
    "OklchImageHueAdjustment",
    "OpenAIImageGeneration",
    "PBRMaps",
    "PairTileImage",
    "PasteImageIntoBoundingBox",
    "PiDDecoderField",
    "PiDDecoderLoader",
    "PiDUpscale",
    "PiDiNetEdgeDetection",
    "PidiImageProcessor",
    "PromptEnhancerField",
    "PromptTemplate",
    "PromptsFromFile",
    "Qwen3EncoderField",
    "Qwen3VLEncoderField",
    "QwenImageConditioningField",
    "QwenImageDenoise",
    "QwenImageImageToLatents",
    "QwenImageLatentsToImage",
    "QwenImageLoRACollectionLoader",
    "QwenImageLoRALoader",
    "QwenImageModelLoader",
    "QwenImagePiDDecode",
    "QwenImageTextEncoder",
    "QwenVLEncoderField",
    "RandomFloat",
    "RandomInt",
    "RandomRange",
    "Range",
    "RangeOfSize",
    "RectangleMask",
    "ResizeLatents",
    "Round",
    "SAMPointsField",
    "SD3ConditioningField",
    "SD3Denoise",
    "SD3ImageToLatents",
    "SD3LatentsToImage",
    "SD3PiDDecode",
    "SDXLCompelPrompt",
    "SDXLLoRACollectionLoader",
    "SDXLLoRALoader",
    "SDXLModelLoader",
    "SDXLPiDDecode",
    "SDXLRefinerCompelPrompt",
    "SDXLRefinerModelLoader",
    "SaveImage",
    "SaveImageToFile",
    "ScaleLatents",
    "Scheduler",
    "Sd3ModelLoader",
    "Sd3TextEncoder",
    "SeamlessMode",
    "SeedreamImageGeneration",
    "SegmentAnything",
    "SegmentAnythingProcessor",
    "ShowImage",
    "SpandrelImageToImage",
    "SpandrelImageToImageAutoscale",
    "StepParamEasing",
    "String",
    "StringBatch",
    "StringCollection",
    "StringGenerator",
    "StringGeneratorField",
    "StringJoin",
    "StringJoinThree",
    "StringReplace",
    "StringSplit",
    "StringSplitNeg",
    "StylePresetField",
    "Subtract",
    "SystemPromptField",
    "T2IAdapter",
    "T2IAdapterField",
    "T2IAdapterMetadataField",
    "T5EncoderField",
    "TensorField",
    "TextLLM",
    "TextLLMWithPreset",
    "Tile",
    "TileResamplerProcessor",
    "TileToProperties",
    "TileWithImage",
    "TiledMultiDiffusionDenoiseLatents",
    "TransformerField",
    "UNetField",
    "UnsharpMask",
    "VAEField",
    "VAELoader",
    "Video",
    "VideoConcat",
    "VideoField",
    "VideoFrameExtract",
    "WanConditioningField",
    "WanDenoise",
    "WanI2VIdealDimensions",
    "WanImageToLatents",
    "WanLatentsToImage",
    "WanLatentsToVideo",
    "WanLoRACollectionLoader",
    "WanLoRALoader",
    "WanModelLoader",
    "WanRefImageConditioningField",
    "WanRefImageEncoder",
    "WanT5EncoderField",
    "WanTI2VIdealDimensions",
    "WanTextEncoder",
    "WanTransformerField",
    "WanVideoDenoise",
    "WorkflowReturn",
    "WorkflowReturnGet",
    "WorkflowReturnValue",
    "WorkflowReturnValueField",
    "ZImageConditioningField",
    "ZImageControl",
    "ZImageControlField",
    "ZImageDenoise",
    "ZImageDenoiseMeta",
    "ZImageImageToLatents",
    "ZImageLatentsToImage",
    "ZImageLoRACollectionLoader",
    "ZImageLoRALoader",
    "ZImageModelLoader",
    "ZImagePiDDecode",
    "ZImageSeedVarianceEnhancer",
    "ZImageTextEncoder",
    "ZoeDepthImageProcessor",
]


class AnimaConditioningField(FieldKind):
    """What an output of kind AnimaConditioningField carries: An Anima conditioning tensor primitive value.
    Anima conditioning contains Qwen3 0.6B hidden states and T5-XXL token IDs, which are combined by the
    LLM Adapter inside the transformer."""


class AnimaLLLiteField(FieldKind):
    """What an output of kind AnimaLLLiteField carries: An Anima ControlNet-LLLite conditioning field (e.g.
    inpaint adapter)."""


class BoardField(FieldKind):
    """What an output of kind BoardField carries: A board primitive field"""


class BoundingBoxField(FieldKind):
    """What an output of kind BoundingBoxField carries: A bounding box primitive value."""


class CLIPField(FieldKind):
    """What an output of kind CLIPField carries: CLIPField"""


class CogView4ConditioningField(FieldKind):
    """What an output of kind CogView4ConditioningField carries: A conditioning tensor primitive value"""


class ColorField(FieldKind):
    """What an output of kind ColorField carries: A color primitive field"""


class ConditioningField(FieldKind):
    """What an output of kind ConditioningField carries: A conditioning tensor primitive value"""


class ControlField(FieldKind):
    """What an output of kind ControlField carries: ControlField"""


class ControlLoRAField(FieldKind):
    """What an output of kind ControlLoRAField carries: ControlLoRAField"""


class ControlNetMetadataField(FieldKind):
    """What an output of kind ControlNetMetadataField carries: ControlNetMetadataField"""


class DenoiseMaskField(FieldKind):
    """What an output of kind DenoiseMaskField carries: An inpaint mask field"""


class ErnieImageConditioningField(FieldKind):
    """What an output of kind ErnieImageConditioningField carries: An ERNIE-Image conditioning tensor
    primitive value."""


class FloatGeneratorField(FieldKind):
    """What an output of kind FloatGeneratorField carries: FloatGeneratorField"""


class FluxConditioningField(FieldKind):
    """What an output of kind FluxConditioningField carries: A conditioning tensor primitive value"""


class FluxControlNetField(FieldKind):
    """What an output of kind FluxControlNetField carries: FluxControlNetField"""


class FluxFillConditioningField(FieldKind):
    """What an output of kind FluxFillConditioningField carries: A FLUX Fill conditioning field."""


class FluxKontextConditioningField(FieldKind):
    """What an output of kind FluxKontextConditioningField carries: A conditioning field for FLUX Kontext
    (reference image)."""


class FluxReduxConditioningField(FieldKind):
    """What an output of kind FluxReduxConditioningField carries: A FLUX Redux conditioning tensor
    primitive value"""


class Gemma2EncoderField(FieldKind):
    """What an output of kind Gemma2EncoderField carries: Field for the Gemma-2 text encoder used by PiD
    decoders."""


class GlmEncoderField(FieldKind):
    """What an output of kind GlmEncoderField carries: GlmEncoderField"""


class IPAdapterField(FieldKind):
    """What an output of kind IPAdapterField carries: IPAdapterField"""


class IPAdapterMetadataField(FieldKind):
    """What an output of kind IPAdapterMetadataField carries: IP Adapter Field, minus the CLIP Vision
    Encoder model"""


class Ideogram4ConditioningField(FieldKind):
    """What an output of kind Ideogram4ConditioningField carries: An Ideogram 4 conditioning tensor
    primitive value"""


class Ideogram4Region(FieldKind):
    """What an output of kind Ideogram4Region carries: A single region of an Ideogram 4 structured caption
    (description + optional bounding box)."""


class ImageField(FieldKind):
    """What an output of kind ImageField carries: An image primitive field"""


class ImageGeneratorField(FieldKind):
    """What an output of kind ImageGeneratorField carries: ImageGeneratorField"""


class IntegerGeneratorField(FieldKind):
    """What an output of kind IntegerGeneratorField carries: IntegerGeneratorField"""


class Krea2ConditioningField(FieldKind):
    """What an output of kind Krea2ConditioningField carries: A Krea-2 conditioning tensor primitive value"""


class Krea2StyleReferenceField(FieldKind):
    """What an output of kind Krea2StyleReferenceField carries: Style-reference conditioning for Krea-2
    shared-KV reference attention. Carries the VAE-encoded reference latents plus the tuning parameters
    that shape how strongly, and in which frequency bands, the reference influences the target. The
    reference must be encoded at exactly the denoise node's resolution, so the dims travel with it for
    an early, legible mismatch error. Only ``style_strength`` is meant for everyday use; it modulates
    several of the others. The remainder are exposed for tuning and should be left at their defaults."""


class LatentsField(FieldKind):
    """What an output of kind LatentsField carries: A latents tensor primitive field"""


class LoRAField(FieldKind):
    """What an output of kind LoRAField carries: LoRAField"""


class LoRAMetadataField(FieldKind):
    """What an output of kind LoRAMetadataField carries: LoRA Metadata Field"""


class MetadataField(FieldKind):
    """What an output of kind MetadataField carries: Pydantic model for metadata with custom root of type
    dict[str, Any]. Metadata is stored without a strict schema."""


class MetadataItemField(FieldKind):
    """What an output of kind MetadataItemField carries: MetadataItemField"""


class Mistral3EncoderField(FieldKind):
    """What an output of kind Mistral3EncoderField carries: Field for Mistral3 text encoder used by ERNIE-
    Image models."""


class MistralEncoderField(FieldKind):
    """What an output of kind MistralEncoderField carries: Field for the Mistral text encoder used by
    FLUX.2 [dev]. The "tokenizer" submodel actually points to the multimodal processor (AutoProcessor /
    Mistral3Processor), which wraps the tokenizer plus the chat template needed by FLUX.2."""


class ModelIdentifierField(FieldKind):
    """What an output of kind ModelIdentifierField carries: ModelIdentifierField"""


class PiDDecoderField(FieldKind):
    """What an output of kind PiDDecoderField carries: Field for a PiD (Pixel Diffusion Decoder)
    checkpoint."""


class PromptEnhancerField(FieldKind):
    """What an output of kind PromptEnhancerField carries: Field for the optional ERNIE-Image prompt-
    enhancer (Ministral3ForCausalLM)."""


class Qwen3EncoderField(FieldKind):
    """What an output of kind Qwen3EncoderField carries: Field for Qwen3 text encoder used by Z-Image
    models."""


class Qwen3VLEncoderField(FieldKind):
    """What an output of kind Qwen3VLEncoderField carries: Field for the Qwen3-VL text encoder used by
    Krea-2 models."""


class QwenImageConditioningField(FieldKind):
    """What an output of kind QwenImageConditioningField carries: A Qwen Image Edit conditioning tensor
    primitive value"""


class QwenVLEncoderField(FieldKind):
    """What an output of kind QwenVLEncoderField carries: Field for Qwen2.5-VL encoder used by Qwen Image
    Edit models."""


class SAMPointsField(FieldKind):
    """What an output of kind SAMPointsField carries: SAMPointsField"""


class SD3ConditioningField(FieldKind):
    """What an output of kind SD3ConditioningField carries: A conditioning tensor primitive value"""


class StringGeneratorField(FieldKind):
    """What an output of kind StringGeneratorField carries: StringGeneratorField"""


class StylePresetField(FieldKind):
    """What an output of kind StylePresetField carries: A style preset primitive field"""


class SystemPromptField(FieldKind):
    """What an output of kind SystemPromptField carries: A system prompt primitive field"""


class T2IAdapterField(FieldKind):
    """What an output of kind T2IAdapterField carries: T2IAdapterField"""


class T2IAdapterMetadataField(FieldKind):
    """What an output of kind T2IAdapterMetadataField carries: T2IAdapterMetadataField"""


class T5EncoderField(FieldKind):
    """What an output of kind T5EncoderField carries: T5EncoderField"""


class TensorField(FieldKind):
    """What an output of kind TensorField carries: A tensor primitive field."""


class Tile(FieldKind):
    """What an output of kind Tile carries: Tile"""


class TileWithImage(FieldKind):
    """What an output of kind TileWithImage carries: TileWithImage"""


class TransformerField(FieldKind):
    """What an output of kind TransformerField carries: TransformerField"""


class UNetField(FieldKind):
    """What an output of kind UNetField carries: UNetField"""


class VAEField(FieldKind):
    """What an output of kind VAEField carries: VAEField"""


class VideoField(FieldKind):
    """What an output of kind VideoField carries: A video primitive field"""


class WanConditioningField(FieldKind):
    """What an output of kind WanConditioningField carries: A Wan 2.2 conditioning tensor primitive value.
    Wan conditioning is the UMT5-XXL hidden state for the prompt plus an attention mask marking valid
    (non-padding) tokens."""


class WanRefImageConditioningField(FieldKind):
    """What an output of kind WanRefImageConditioningField carries: Reference-image conditioning for Wan
    2.2 I2V. Carries the 20-channel VAE-latent condition tensor (4-channel first-frame mask + 16-channel
    ref-image latents). The denoise loop concatenates this to the 16-channel noise latents along the
    channel dim each step, producing the 36-channel input the I2V-A14B transformer expects. Also carries
    the spatial dims and frame count used to encode the image so the denoise node can sanity-check the
    user's width/height/num_frames - a latent temporal-dim mismatch is hard to debug from the downstream
    error."""


class WanT5EncoderField(FieldKind):
    """What an output of kind WanT5EncoderField carries: Field for the UMT5-XXL text encoder used by Wan
    2.2 models."""


class WanTransformerField(FieldKind):
    """What an output of kind WanTransformerField carries: Transformer field for Wan 2.2 models. Wan 2.2
    A14B is a Mixture-of-Experts model with two transformer experts: a high-noise expert (active at
    large timesteps) and a low-noise expert (active at small timesteps). TI2V-5B is a single-transformer
    model and only populates ``transformer``. ``boundary_ratio`` matches Diffusers' ``WanPipeline``
    semantics: it's the boundary timestep as a fraction of ``num_train_timesteps`` (typically 1000), so
    ``boundary_ratio=0.875`` means the high-noise expert handles t >= 875 and the low-noise expert
    handles t < 875."""


class WorkflowReturnValueField(FieldKind):
    """What an output of kind WorkflowReturnValueField carries: One named workflow return value."""


class ZImageConditioningField(FieldKind):
    """What an output of kind ZImageConditioningField carries: A Z-Image conditioning tensor primitive
    value"""


class ZImageControlField(FieldKind):
    """What an output of kind ZImageControlField carries: A Z-Image control conditioning field for spatial
    control (Canny, HED, Depth, Pose, MLSD)."""


class Add(Node):
    """Add Integers (`add`, version 1.0.1). Adds two numbers"""

    type_name: ClassVar[str] = "add"

    def __init__(
        self,
        *,
        a: int | Output[int] = 0,
        b: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `add` node; add it to a Graph to use it.

        Args:
            a: The first number
            b: The second number
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"a": a, "b": b},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[int]:
        """Output `value`: The output integer"""
        return Output(self, "value")


class AlibabaCloudImageGeneration(Node):
    """Alibaba Cloud DashScope Image Generation (`alibabacloud_image_generation`, version 1.0.0).
    Generate images using an Alibaba Cloud DashScope external model. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "alibabacloud_image_generation"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        model: ModelRef | Output[ModelIdentifierField] | None = None,
        mode: Literal["txt2img", "img2img", "inpaint"] | Output[str] = "txt2img",
        prompt: str | Output[str] | Output[float] | None = None,
        seed: int | Output[int] | None = None,
        num_images: int | Output[int] = 1,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        image_size: str | Output[str] | Output[float] | None = None,
        init_image: ImageRef | Output[ImageField] | None = None,
        mask_image: ImageRef | Output[ImageField] | None = None,
        reference_images: Sequence[ImageRef] | Output[list[ImageField]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `alibabacloud_image_generation` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            model: Main model (UNet, VAE, CLIP) to load (required)
            mode: Generation mode. Not all modes are supported by every model; unsupported modes raise at
            runtime.
            prompt: Prompt (required)
            seed: Seed for random number generation
            num_images: Number of images to generate (> 0)
            width: Width of output (px) (> 0)
            height: Height of output (px) (> 0)
            image_size: Image size preset (e.g. 1K, 2K, 4K)
            init_image: Init image for img2img/inpaint
            mask_image: Mask image for inpaint
            reference_images: Reference images (default [])
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "model": model,
                "mode": mode,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "width": width,
                "height": height,
                "image_size": image_size,
                "init_image": init_image,
                "mask_image": mask_image,
                "reference_images": reference_images,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[ImageField]]:
        """Output `collection`: The output images"""
        return Output(self, "collection")


class AlphaMaskToTensor(Node):
    """Alpha Mask to Tensor (`alpha_mask_to_tensor`, version 1.0.0). Convert a mask image to a
    tensor. Opaque regions are 1 and transparent regions are 0.
    """

    type_name: ClassVar[str] = "alpha_mask_to_tensor"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        invert: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `alpha_mask_to_tensor` node; add it to a Graph to use it.

        Args:
            image: The mask image to convert. (required)
            invert: Whether to invert the mask.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"image": image, "invert": invert},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def mask(self) -> Output[TensorField]:
        """Output `mask`: The mask."""
        return Output(self, "mask")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the mask in pixels."""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the mask in pixels."""
        return Output(self, "height")


class AnimaDenoise(Node):
    """Denoise - Anima (`anima_denoise`, version 1.8.0). Run the denoising process with an Anima
    model. Uses rectified flow sampling with shift=3.0 and the Cosmos Predict2 DiT backbone with
    integrated LLM Adapter for text conditioning. Supports txt2img, img2img (via latents input), and
    inpainting (via denoise_mask). Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "anima_denoise"

    def __init__(
        self,
        *,
        latents: Output[LatentsField] | None = None,
        noise: Output[LatentsField] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_start: float | Output[float] = 0.0,
        denoising_end: float | Output[float] = 1.0,
        add_noise: bool | Output[bool] = True,
        transformer: Output[TransformerField] | None = None,
        positive_conditioning: Output[AnimaConditioningField]
        | Output[list[AnimaConditioningField]]
        | None = None,
        negative_conditioning: Output[AnimaConditioningField]
        | Output[list[AnimaConditioningField]]
        | None = None,
        guidance_scale: float | Output[float] = 4.5,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        steps: int | Output[int] = 30,
        seed: int | Output[int] = 0,
        control_lllite: Output[AnimaLLLiteField] | Output[list[AnimaLLLiteField]] | None = None,
        scheduler: Literal["euler", "heun", "dpmpp_2m", "dpmpp_2m_sde", "er_sde", "lcm"]
        | Output[str] = "euler",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `anima_denoise` node; add it to a Graph to use it.

        Args:
            latents: Latents tensor (connection only)
            noise: Noise tensor (connection only)
            denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent
            the regions to be fully denoised, and 1.0 represent the regions to be preserved. (connection
            only)
            denoising_start: When to start denoising, expressed a percentage of total steps (>= 0; <= 1)
            denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0; <= 1)
            add_noise: Add noise based on denoising start.
            transformer: Anima transformer model. (required; connection only)
            positive_conditioning: Positive conditioning tensor (required; connection only)
            negative_conditioning: Negative conditioning tensor (connection only)
            guidance_scale: Guidance scale for classifier-free guidance. Recommended: 4.0-5.0 for Anima.
            (>= 1.0)
            width: Width of the generated image. (multiple of 8)
            height: Height of the generated image. (multiple of 8)
            steps: Number of denoising steps. 30 recommended for Anima. (> 0)
            seed: Randomness seed for reproducibility.
            control_lllite: Anima ControlNet-LLLite conditioning (e.g. inpaint adapter, control layers).
            Adapters are applied in a deterministic order (sorted by model key); each model may be used at
            most once. (connection only)
            scheduler: Scheduler (sampler) for the denoising process.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "latents": latents,
                "noise": noise,
                "denoise_mask": denoise_mask,
                "denoising_start": denoising_start,
                "denoising_end": denoising_end,
                "add_noise": add_noise,
                "transformer": transformer,
                "positive_conditioning": positive_conditioning,
                "negative_conditioning": negative_conditioning,
                "guidance_scale": guidance_scale,
                "width": width,
                "height": height,
                "steps": steps,
                "seed": seed,
                "control_lllite": control_lllite,
                "scheduler": scheduler,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class AnimaDenoiseMeta(Node):
    """Denoise - Anima + Metadata (`anima_denoise_meta`, version 1.0.0). Run denoising process with
    an Anima transformer model + metadata. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "anima_denoise_meta"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        noise: Output[LatentsField] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_start: float | Output[float] = 0.0,
        denoising_end: float | Output[float] = 1.0,
        add_noise: bool | Output[bool] = True,
        transformer: Output[TransformerField] | None = None,
        positive_conditioning: Output[AnimaConditioningField]
        | Output[list[AnimaConditioningField]]
        | None = None,
        negative_conditioning: Output[AnimaConditioningField]
        | Output[list[AnimaConditioningField]]
        | None = None,
        guidance_scale: float | Output[float] = 4.5,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        steps: int | Output[int] = 30,
        seed: int | Output[int] = 0,
        control_lllite: Output[AnimaLLLiteField] | Output[list[AnimaLLLiteField]] | None = None,
        scheduler: Literal["euler", "heun", "dpmpp_2m", "dpmpp_2m_sde", "er_sde", "lcm"]
        | Output[str] = "euler",
        vae: Output[VAEField] | None = None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `anima_denoise_meta` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (connection only)
            noise: Noise tensor (connection only)
            denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent
            the regions to be fully denoised, and 1.0 represent the regions to be preserved. (connection
            only)
            denoising_start: When to start denoising, expressed a percentage of total steps (>= 0; <= 1)
            denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0; <= 1)
            add_noise: Add noise based on denoising start.
            transformer: Anima transformer model. (required; connection only)
            positive_conditioning: Positive conditioning tensor (required; connection only)
            negative_conditioning: Negative conditioning tensor (connection only)
            guidance_scale: Guidance scale for classifier-free guidance. Recommended: 4.0-5.0 for Anima.
            (>= 1.0)
            width: Width of the generated image. (multiple of 8)
            height: Height of the generated image. (multiple of 8)
            steps: Number of denoising steps. 30 recommended for Anima. (> 0)
            seed: Randomness seed for reproducibility.
            control_lllite: Anima ControlNet-LLLite conditioning (e.g. inpaint adapter, control layers).
            Adapters are applied in a deterministic order (sorted by model key); each model may be used at
            most once. (connection only)
            scheduler: Scheduler (sampler) for the denoising process.
            vae: Optional. The Anima VAE, recorded to metadata so recall can restore the VAE selection.
            (connection only)
            qwen3_encoder: Optional. The Anima Qwen3 encoder, recorded to metadata so recall can restore
            the encoder selection. (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "latents": latents,
                "noise": noise,
                "denoise_mask": denoise_mask,
                "denoising_start": denoising_start,
                "denoising_end": denoising_end,
                "add_noise": add_noise,
                "transformer": transformer,
                "positive_conditioning": positive_conditioning,
                "negative_conditioning": negative_conditioning,
                "guidance_scale": guidance_scale,
                "width": width,
                "height": height,
                "steps": steps,
                "seed": seed,
                "control_lllite": control_lllite,
                "scheduler": scheduler,
                "vae": vae,
                "qwen3_encoder": qwen3_encoder,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def metadata(self) -> Output[MetadataField]:
        """Output `metadata`: Metadata Dict"""
        return Output(self, "metadata")

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class AnimaImageToLatents(Node):
    """Image to Latents - Anima (`anima_i2l`, version 1.0.1). Generates latents from an image using
    the Anima VAE (supports Wan 2.1 and FLUX VAE). Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "anima_i2l"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        vae: Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `anima_i2l` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to encode. (required)
            vae: VAE (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "vae": vae},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class AnimaLatentsToImage(Node):
    """Latents to Image - Anima (`anima_l2i`, version 1.0.3). Generates an image from latents using
    the Anima VAE. Supports the Wan 2.1 QwenImage VAE (AutoencoderKLWan) with explicit latent
    denormalization, and FLUX VAE as fallback. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "anima_l2i"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        vae: Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `anima_l2i` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            vae: VAE (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "latents": latents, "vae": vae},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class AnimaLLLite(Node):
    """Anima ControlNet-LLLite (`anima_lllite`, version 1.0.0). Configure an Anima ControlNet-LLLite
    adapter for model-level conditioning. Takes a conditioning image (the initial/raster image), an
    optional inpaint mask (white = area to inpaint), and a LLLite adapter model. Inpainting adapters
    (4-channel conditioning) require a mask; other adapters ignore it. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "anima_lllite"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        mask: ImageRef | Output[ImageField] | None = None,
        control_model: ModelRef | Output[ModelIdentifierField] | None = None,
        weight: float | Output[float] = 1.0,
        begin_step_percent: float | Output[float] = 0.0,
        end_step_percent: float | Output[float] = 1.0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `anima_lllite` node; add it to a Graph to use it.

        Args:
            image: The conditioning image (the initial/raster image for inpainting) (required)
            mask: The inpaint mask (white = area to inpaint). Required by inpainting adapters.
            control_model: ControlNet model to load (required)
            weight: Strength of the LLLite adapter. (>= -10.0; <= 10.0)
            begin_step_percent: When the adapter is first applied (% of total steps) (>= 0.0; <= 1.0)
            end_step_percent: When the adapter is last applied (% of total steps) (>= 0.0; <= 1.0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "image": image,
                "mask": mask,
                "control_model": control_model,
                "weight": weight,
                "begin_step_percent": begin_step_percent,
                "end_step_percent": end_step_percent,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def control(self) -> Output[AnimaLLLiteField]:
        """Output `control`: Anima ControlNet-LLLite conditioning"""
        return Output(self, "control")


class AnimaLoRACollectionLoader(Node):
    """Apply LoRA Collection - Anima (`anima_lora_collection_loader`, version 1.0.1). Applies a
    collection of LoRAs to an Anima transformer. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "anima_lora_collection_loader"

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[list[LoRAField]]
        | None = None,
        transformer: Output[TransformerField] | None = None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `anima_lora_collection_loader` node; add it to a Graph to use it.

        Args:
            loras: LoRA models and weights. May be a single LoRA or collection.
            transformer: Transformer (connection only)
            qwen3_encoder: Qwen3 tokenizer and text encoder (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"loras": loras, "transformer": transformer, "qwen3_encoder": qwen3_encoder},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Output `qwen3_encoder`: Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")


class AnimaLoRALoader(Node):
    """Apply LoRA - Anima (`anima_lora_loader`, version 1.0.0). Apply a LoRA model to an Anima
    transformer and/or Qwen3 text encoder. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "anima_lora_loader"

    def __init__(
        self,
        *,
        lora: ModelRef | Output[ModelIdentifierField] | None = None,
        weight: float | Output[float] = 0.75,
        transformer: Output[TransformerField] | None = None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `anima_lora_loader` node; add it to a Graph to use it.

        Args:
            lora: LoRA model to load (required)
            weight: The weight at which the LoRA is applied to each model
            transformer: Transformer (connection only)
            qwen3_encoder: Qwen3 tokenizer and text encoder (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"lora": lora, "weight": weight, "transformer": transformer, "qwen3_encoder": qwen3_encoder},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Output `qwen3_encoder`: Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")


class AnimaModelLoader(Node):
    """Main Model - Anima (`anima_model_loader`, version 1.4.0). Loads an Anima model, outputting
    its submodels. Anima uses: - Transformer: Cosmos Predict2 DiT + LLM Adapter (from single-file
    checkpoint) - Qwen3 Encoder: Qwen3 0.6B (standalone single-file) - VAE: AutoencoderKLQwenImage /
    Wan 2.1 VAE (standalone single-file or FLUX VAE) The T5-XXL tokenizer needed for LLM Adapter
    token IDs is bundled in the package, so no T5-XXL encoder model needs to be installed. Needs
    InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "anima_model_loader"

    def __init__(
        self,
        *,
        model: ModelRef | None = None,
        vae_model: ModelRef | None = None,
        qwen3_encoder_model: ModelRef | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `anima_model_loader` node; add it to a Graph to use it.

        Args:
            model: Anima main model (transformer + LLM adapter). (required; value only)
            vae_model: Standalone VAE model. Anima uses a Wan 2.1 / QwenImage VAE (16-channel). A FLUX VAE
            can also be used as a compatible fallback. (required; value only)
            qwen3_encoder_model: Standalone Qwen3 0.6B Encoder model. (required; value only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"model": model, "vae_model": vae_model, "qwen3_encoder_model": qwen3_encoder_model},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Output `qwen3_encoder`: Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")


class AnimaTextEncoder(Node):
    """Prompt - Anima (`anima_text_encoder`, version 1.4.0). Encodes and preps a prompt for an Anima
    image. Uses Qwen3 0.6B for hidden state extraction and a bundled T5-XXL tokenizer for token IDs
    (no T5 model weights needed). Both are combined by the LLM Adapter inside the Anima transformer
    during denoising. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "anima_text_encoder"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] | None = None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `anima_text_encoder` node; add it to a Graph to use it.

        Args:
            prompt: Text prompt to encode. (required)
            qwen3_encoder: Qwen3 tokenizer and text encoder (required; connection only)
            mask: A mask defining the region that this conditioning prompt applies to.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"prompt": prompt, "qwen3_encoder": qwen3_encoder, "mask": mask},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[AnimaConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class ApplyMaskToImage(Node):
    """Apply Mask to Image (`apply_mask_to_image`, version 1.0.0). Extracts a region from a
    generated image using a mask and blends it seamlessly onto a source image. The mask uses black
    to indicate areas to keep from the generated image and white for areas to discard. Needs
    InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "apply_mask_to_image"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        mask: ImageRef | Output[ImageField] | None = None,
        invert_mask: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `apply_mask_to_image` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image from which to extract the masked region (required)
            mask: The mask defining the region (black=keep, white=discard) (required)
            invert_mask: Whether to invert the mask before applying it
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "mask": mask, "invert_mask": invert_mask},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ApplyMaskTensorToImage(Node):
    """Apply Tensor Mask to Image (`apply_tensor_mask_to_image`, version 1.0.0). Applies a tensor
    mask to an image. The image is converted to RGBA and the mask is applied to the alpha channel.
    Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "apply_tensor_mask_to_image"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        invert: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `apply_tensor_mask_to_image` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            mask: The mask tensor to apply. (required)
            image: The image to apply the mask to. (required)
            invert: Whether to invert the mask.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "mask": mask, "image": image, "invert": invert},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class BlankImage(Node):
    """Blank Image (`blank_image`, version 1.2.2). Creates a blank image and forwards it to the
    pipeline
    """

    type_name: ClassVar[str] = "blank_image"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        width: int | Output[int] = 512,
        height: int | Output[int] = 512,
        mode: Literal["RGB", "RGBA"] | Output[str] = "RGB",
        color: ColorRef | Output[ColorField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `blank_image` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            width: The width of the image
            height: The height of the image
            mode: The mode of the image
            color: The color of the image (default {"a": 255, "b": 0, "g": 0, "r": 0})
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "width": width,
                "height": height,
                "mode": mode,
                "color": color,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class Boolean(Node):
    """Boolean Primitive (`boolean`, version 1.0.1). A boolean primitive value"""

    type_name: ClassVar[str] = "boolean"

    def __init__(
        self,
        *,
        value: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `boolean` node; add it to a Graph to use it.

        Args:
            value: The boolean value
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"value": value},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[bool]:
        """Output `value`: The output boolean"""
        return Output(self, "value")


class BooleanCollection(Node):
    """Boolean Collection Primitive (`boolean_collection`, version 1.0.2). A collection of boolean
    primitive values
    """

    type_name: ClassVar[str] = "boolean_collection"

    def __init__(
        self,
        *,
        collection: Sequence[bool] | Output[list[bool]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `boolean_collection` node; add it to a Graph to use it.

        Args:
            collection: The collection of boolean values (default [])
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"collection": collection},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[bool]]:
        """Output `collection`: The output boolean collection"""
        return Output(self, "collection")


class BoundingBox(Node):
    """Bounding Box (`bounding_box`, version 1.0.0). Create a bounding box manually by supplying box
    coordinates
    """

    type_name: ClassVar[str] = "bounding_box"

    def __init__(
        self,
        *,
        x_min: int | Output[int] = 0,
        y_min: int | Output[int] = 0,
        x_max: int | Output[int] = 0,
        y_max: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `bounding_box` node; add it to a Graph to use it.

        Args:
            x_min: x-coordinate of the bounding box's top left vertex
            y_min: y-coordinate of the bounding box's top left vertex
            x_max: x-coordinate of the bounding box's bottom right vertex
            y_max: y-coordinate of the bounding box's bottom right vertex
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"x_min": x_min, "y_min": y_min, "x_max": x_max, "y_max": y_max},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def bounding_box(self) -> Output[BoundingBoxField]:
        """Output `bounding_box`: The output bounding box."""
        return Output(self, "bounding_box")


class CalculateImageTiles(Node):
    """Calculate Image Tiles (`calculate_image_tiles`, version 1.0.1). Calculate the coordinates and
    overlaps of tiles that cover a target image shape.
    """

    type_name: ClassVar[str] = "calculate_image_tiles"

    def __init__(
        self,
        *,
        image_width: int | Output[int] = 1024,
        image_height: int | Output[int] = 1024,
        tile_width: int | Output[int] = 576,
        tile_height: int | Output[int] = 576,
        overlap: int | Output[int] = 128,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `calculate_image_tiles` node; add it to a Graph to use it.

        Args:
            image_width: The image width, in pixels, to calculate tiles for. (>= 1)
            image_height: The image height, in pixels, to calculate tiles for. (>= 1)
            tile_width: The tile width, in pixels. (>= 1)
            tile_height: The tile height, in pixels. (>= 1)
            overlap: The target overlap, in pixels, between adjacent tiles. Adjacent tiles will overlap by
            at least this amount (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "image_width": image_width,
                "image_height": image_height,
                "tile_width": tile_width,
                "tile_height": tile_height,
                "overlap": overlap,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def tiles(self) -> Output[list[Tile]]:
        """Output `tiles`: The tiles coordinates that cover a particular image shape."""
        return Output(self, "tiles")


class CalculateImageTilesEvenSplit(Node):
    """Calculate Image Tiles Even Split (`calculate_image_tiles_even_split`, version 1.1.1).
    Calculate the coordinates and overlaps of tiles that cover a target image shape.
    """

    type_name: ClassVar[str] = "calculate_image_tiles_even_split"

    def __init__(
        self,
        *,
        image_width: int | Output[int] = 1024,
        image_height: int | Output[int] = 1024,
        num_tiles_x: int | Output[int] = 2,
        num_tiles_y: int | Output[int] = 2,
        overlap: int | Output[int] = 128,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `calculate_image_tiles_even_split` node; add it to a Graph to use it.

        Args:
            image_width: The image width, in pixels, to calculate tiles for. (>= 1)
            image_height: The image height, in pixels, to calculate tiles for. (>= 1)
            num_tiles_x: Number of tiles to divide image into on the x axis (>= 1)
            num_tiles_y: Number of tiles to divide image into on the y axis (>= 1)
            overlap: The overlap, in pixels, between adjacent tiles. (>= 0; multiple of 8)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "image_width": image_width,
                "image_height": image_height,
                "num_tiles_x": num_tiles_x,
                "num_tiles_y": num_tiles_y,
                "overlap": overlap,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def tiles(self) -> Output[list[Tile]]:
        """Output `tiles`: The tiles coordinates that cover a particular image shape."""
        return Output(self, "tiles")


class CalculateImageTilesMinimumOverlap(Node):
    """Calculate Image Tiles Minimum Overlap (`calculate_image_tiles_min_overlap`, version 1.0.1).
    Calculate the coordinates and overlaps of tiles that cover a target image shape.
    """

    type_name: ClassVar[str] = "calculate_image_tiles_min_overlap"

    def __init__(
        self,
        *,
        image_width: int | Output[int] = 1024,
        image_height: int | Output[int] = 1024,
        tile_width: int | Output[int] = 576,
        tile_height: int | Output[int] = 576,
        min_overlap: int | Output[int] = 128,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `calculate_image_tiles_min_overlap` node; add it to a Graph to use it.

        Args:
            image_width: The image width, in pixels, to calculate tiles for. (>= 1)
            image_height: The image height, in pixels, to calculate tiles for. (>= 1)
            tile_width: The tile width, in pixels. (>= 1)
            tile_height: The tile height, in pixels. (>= 1)
            min_overlap: Minimum overlap between adjacent tiles, in pixels. (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "image_width": image_width,
                "image_height": image_height,
                "tile_width": tile_width,
                "tile_height": tile_height,
                "min_overlap": min_overlap,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def tiles(self) -> Output[list[Tile]]:
        """Output `tiles`: The tiles coordinates that cover a particular image shape."""
        return Output(self, "tiles")


class CallSavedWorkflow(Node):
    """Call Saved Workflow (`call_saved_workflow`, version 1.0.0). Displays and later executes
    against a selected saved workflow. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "call_saved_workflow"

    def __init__(
        self,
        *,
        workflow_id: str | Output[str] | Output[float] = "",
        workflow_inputs: Any = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = False,
    ) -> None:
        """Make a `call_saved_workflow` node; add it to a Graph to use it.

        Args:
            workflow_id: The selected saved workflow ID, managed by the workflow editor UI.
            workflow_inputs: Literal values for the selected workflow's exposed inputs, managed by the
            workflow editor UI. (default {})
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"workflow_id": workflow_id, "workflow_inputs": workflow_inputs},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def values(self) -> Output[Any]:
        """Output `values`: The workflow return values, keyed by return name."""
        return Output(self, "values")


class CannyEdgeDetection(Node):
    """Canny Edge Detection (`canny_edge_detection`, version 1.0.0). Geneartes an edge map using a
    cv2's Canny algorithm.
    """

    type_name: ClassVar[str] = "canny_edge_detection"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        low_threshold: int | Output[int] = 100,
        high_threshold: int | Output[int] = 200,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `canny_edge_detection` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            low_threshold: The low threshold of the Canny pixel gradient (0-255) (>= 0; <= 255)
            high_threshold: The high threshold of the Canny pixel gradient (0-255) (>= 0; <= 255)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "low_threshold": low_threshold,
                "high_threshold": high_threshold,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class CannyImageProcessor(Node):
    """Canny Processor (`canny_image_processor`, version 1.3.3). Canny edge detection for ControlNet
    Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "canny_image_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        detect_resolution: int | Output[int] = 512,
        image_resolution: int | Output[int] = 512,
        low_threshold: int | Output[int] = 100,
        high_threshold: int | Output[int] = 200,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `canny_image_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            detect_resolution: Pixel resolution for detection (>= 1)
            image_resolution: Pixel resolution for output image (>= 1)
            low_threshold: The low threshold of the Canny pixel gradient (0-255) (>= 0; <= 255)
            high_threshold: The high threshold of the Canny pixel gradient (0-255) (>= 0; <= 255)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "detect_resolution": detect_resolution,
                "image_resolution": image_resolution,
                "low_threshold": low_threshold,
                "high_threshold": high_threshold,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class CanvasOutput(Node):
    """Canvas Output (`canvas_output`, version 1.0.0). Outputs an image to the canvas staging area.
    Use this node in workflows intended for canvas workflow integration. Connect the final image of
    your workflow to this node to send it to the canvas staging area when run via 'Run Workflow on
    Canvas'. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "canvas_output"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = False,
    ) -> None:
        """Make a `canvas_output` node; add it to a Graph to use it.

        Args:
            image: The image to process (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"image": image},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class CanvasPasteBack(Node):
    """Canvas Paste Back (`canvas_paste_back`, version 1.0.1). Combines two images by using the mask
    provided. Intended for use on the Unified Canvas.
    """

    type_name: ClassVar[str] = "canvas_paste_back"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        source_image: ImageRef | Output[ImageField] | None = None,
        target_image: ImageRef | Output[ImageField] | None = None,
        mask: ImageRef | Output[ImageField] | None = None,
        mask_blur: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `canvas_paste_back` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            source_image: The source image (required)
            target_image: The target image (required)
            mask: The mask to use when pasting (required)
            mask_blur: The amount to blur the mask by (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "source_image": source_image,
                "target_image": target_image,
                "mask": mask,
                "mask_blur": mask_blur,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class CanvasV2MaskAndCrop(Node):
    """Canvas V2 Mask and Crop (`canvas_v2_mask_and_crop`, version 1.0.0). Handles Canvas V2 image
    output masking and cropping
    """

    type_name: ClassVar[str] = "canvas_v2_mask_and_crop"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        source_image: ImageRef | Output[ImageField] | None = None,
        generated_image: ImageRef | Output[ImageField] | None = None,
        mask: ImageRef | Output[ImageField] | None = None,
        mask_blur: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `canvas_v2_mask_and_crop` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            source_image: The source image onto which the masked generated image is pasted. If omitted,
            the masked generated image is returned with transparency.
            generated_image: The image to apply the mask to (required)
            mask: The mask to apply (required)
            mask_blur: The amount to blur the mask by (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "source_image": source_image,
                "generated_image": generated_image,
                "mask": mask,
                "mask_blur": mask_blur,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class CLIPSkip(Node):
    """Apply CLIP Skip - SD1.5, SDXL (`clip_skip`, version 1.1.1). Skip layers in clip text_encoder
    model.
    """

    type_name: ClassVar[str] = "clip_skip"

    def __init__(
        self,
        *,
        clip: Output[CLIPField] | None = None,
        skipped_layers: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `clip_skip` node; add it to a Graph to use it.

        Args:
            clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (required; connection
            only)
            skipped_layers: Number of layers to skip in text encoder (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"clip": clip, "skipped_layers": skipped_layers},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def clip(self) -> Output[CLIPField]:
        """Output `clip`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")


class CogView4Denoise(Node):
    """Denoise - CogView4 (`cogview4_denoise`, version 1.1.0). Run the denoising process with a
    CogView4 model. Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "cogview4_denoise"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        noise: Output[LatentsField] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_start: float | Output[float] = 0.0,
        denoising_end: float | Output[float] = 1.0,
        transformer: Output[TransformerField] | None = None,
        positive_conditioning: Output[CogView4ConditioningField] | None = None,
        negative_conditioning: Output[CogView4ConditioningField] | None = None,
        cfg_scale: float | Sequence[float] | Output[float] | Output[list[float]] = 3.5,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        steps: int | Output[int] = 25,
        seed: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `cogview4_denoise` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (connection only)
            noise: Noise tensor (connection only; needs InvokeAI >= 6.14.2)
            denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent
            the regions to be fully denoised, and 1.0 represent the regions to be preserved. (connection
            only)
            denoising_start: When to start denoising, expressed a percentage of total steps (>= 0; <= 1)
            denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0; <= 1)
            transformer: CogView4 model (Transformer) to load (required; connection only)
            positive_conditioning: Positive conditioning tensor (required; connection only)
            negative_conditioning: Negative conditioning tensor (required; connection only)
            cfg_scale: Classifier-Free Guidance scale
            width: Width of the generated image. (multiple of 32)
            height: Height of the generated image. (multiple of 32)
            steps: Number of steps to run (> 0)
            seed: Randomness seed for reproducibility.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "latents": latents,
                "noise": noise,
                "denoise_mask": denoise_mask,
                "denoising_start": denoising_start,
                "denoising_end": denoising_end,
                "transformer": transformer,
                "positive_conditioning": positive_conditioning,
                "negative_conditioning": negative_conditioning,
                "cfg_scale": cfg_scale,
                "width": width,
                "height": height,
                "steps": steps,
                "seed": seed,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class CogView4ImageToLatents(Node):
    """Image to Latents - CogView4 (`cogview4_i2l`, version 1.0.0). Generates latents from an image.
    Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "cogview4_i2l"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        vae: Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `cogview4_i2l` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to encode. (required)
            vae: VAE (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "vae": vae},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class CogView4LatentsToImage(Node):
    """Latents to Image - CogView4 (`cogview4_l2i`, version 1.0.0). Generates an image from latents.
    Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "cogview4_l2i"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        vae: Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `cogview4_l2i` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            vae: VAE (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "latents": latents, "vae": vae},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class CogView4ModelLoader(Node):
    """Main Model - CogView4 (`cogview4_model_loader`, version 1.0.0). Loads a CogView4 base model,
    outputting its submodels. Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "cogview4_model_loader"

    def __init__(
        self,
        *,
        model: ModelRef | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `cogview4_model_loader` node; add it to a Graph to use it.

        Args:
            model: CogView4 model (Transformer) to load (required; value only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"model": model},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def glm_encoder(self) -> Output[GlmEncoderField]:
        """Output `glm_encoder`: GLM (THUDM) tokenizer and text encoder"""
        return Output(self, "glm_encoder")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")


class CogView4TextEncoder(Node):
    """Prompt - CogView4 (`cogview4_text_encoder`, version 1.0.0). Encodes and preps a prompt for a
    cogview4 image. Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "cogview4_text_encoder"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] | None = None,
        glm_encoder: Output[GlmEncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `cogview4_text_encoder` node; add it to a Graph to use it.

        Args:
            prompt: Text prompt to encode. (required)
            glm_encoder: GLM (THUDM) tokenizer and text encoder (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"prompt": prompt, "glm_encoder": glm_encoder},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[CogView4ConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class Collect(Node):
    """CollectInvocation (`collect`, version 1.1.0). Collects values into a collection"""

    type_name: ClassVar[str] = "collect"

    def __init__(
        self,
        *,
        item: Output[Any] | Sequence[Output[Any]] | None = None,
        collection: Output[list[Any]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = False,
    ) -> None:
        """Make a `collect` node; add it to a Graph to use it.

        Args:
            item: The item to collect (all inputs must be of the same type) (connection only)
            collection: An optional collection to append to (connection only; default [])
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"item": item, "collection": collection},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[Any]]:
        """Output `collection`: The collection of input items"""
        return Output(self, "collection")


class Color(Node):
    """Color Primitive (`color`, version 1.0.1). A color primitive value"""

    type_name: ClassVar[str] = "color"

    def __init__(
        self,
        *,
        color: ColorRef | Output[ColorField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `color` node; add it to a Graph to use it.

        Args:
            color: The color value (default {"a": 255, "b": 0, "g": 0, "r": 0})
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"color": color},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def color(self) -> Output[ColorField]:
        """Output `color`: The output color"""
        return Output(self, "color")


class ColorCorrect(Node):
    """Color Correct (`color_correct`, version 2.0.0). Matches the color histogram of a base image
    to a reference image, optionally using a mask to only color-correct certain regions of the base
    image.
    """

    type_name: ClassVar[str] = "color_correct"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        base_image: ImageRef | Output[ImageField] | None = None,
        color_reference: ImageRef | Output[ImageField] | None = None,
        mask: ImageRef | Output[ImageField] | None = None,
        colorspace: Literal["RGB", "YCbCr", "YCbCr-Chroma", "YCbCr-Luma"] | Output[str] = "RGB",
        image: ImageRef | Output[ImageField] | None = None,
        reference: ImageRef | Output[ImageField] | None = None,
        mask_blur_radius: float | Output[float] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `color_correct` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            base_image: The image to color-correct (required; needs InvokeAI >= 6.10.0)
            color_reference: Reference image for color-correction (required; needs InvokeAI >= 6.10.0)
            mask: Optional mask to limit color correction area
            colorspace: Colorspace in which to apply histogram matching (needs InvokeAI >= 6.10.0)
            image: The image to color-correct (required; needs InvokeAI 5.0.0 to 6.7.0)
            reference: Reference image for color-correction (required; needs InvokeAI 5.0.0 to 6.7.0)
            mask_blur_radius: Mask blur radius (needs InvokeAI 5.0.0 to 6.7.0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "base_image": base_image,
                "color_reference": color_reference,
                "mask": mask,
                "colorspace": colorspace,
                "image": image,
                "reference": reference,
                "mask_blur_radius": mask_blur_radius,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ColorMap(Node):
    """Color Map (`color_map`, version 1.0.0). Generates a color map from the provided image."""

    type_name: ClassVar[str] = "color_map"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        tile_size: int | Output[int] = 64,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `color_map` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            tile_size: Tile size (>= 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "tile_size": tile_size},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ColorMapImageProcessor(Node):
    """Color Map Processor (`color_map_image_processor`, version 1.2.3). Generates a color map from
    the provided image Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "color_map_image_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        color_map_tile_size: int | Output[int] = 64,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `color_map_image_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            color_map_tile_size: Tile size (>= 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "color_map_tile_size": color_map_tile_size,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class Compel(Node):
    """Prompt - SD1.5 (`compel`, version 1.2.1). Parse prompt using compel package to conditioning."""

    type_name: ClassVar[str] = "compel"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] = "",
        clip: Mapping[str, Any] | Output[CLIPField] | None = None,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `compel` node; add it to a Graph to use it.

        Args:
            prompt: Prompt to be parsed by Compel to create a conditioning tensor
            clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (required)
            mask: A mask defining the region that this conditioning prompt applies to.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"prompt": prompt, "clip": clip, "mask": mask},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[ConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class Conditioning(Node):
    """Conditioning Primitive (`conditioning`, version 1.0.1). A conditioning tensor primitive value"""

    type_name: ClassVar[str] = "conditioning"

    def __init__(
        self,
        *,
        conditioning: Output[ConditioningField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `conditioning` node; add it to a Graph to use it.

        Args:
            conditioning: Conditioning tensor (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"conditioning": conditioning},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[ConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class ConditioningCollection(Node):
    """Conditioning Collection Primitive (`conditioning_collection`, version 1.0.2). A collection of
    conditioning tensor primitive values
    """

    type_name: ClassVar[str] = "conditioning_collection"

    def __init__(
        self,
        *,
        collection: Sequence[Mapping[str, Any]] | Output[list[ConditioningField]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `conditioning_collection` node; add it to a Graph to use it.

        Args:
            collection: The collection of conditioning tensors (default [])
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"collection": collection},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[ConditioningField]]:
        """Output `collection`: The output conditioning tensors"""
        return Output(self, "collection")


class ContentShuffle(Node):
    """Content Shuffle (`content_shuffle`, version 1.0.0). Shuffles the image, similar to a
    'liquify' filter.
    """

    type_name: ClassVar[str] = "content_shuffle"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        scale_factor: int | Output[int] = 256,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `content_shuffle` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            scale_factor: The scale factor used for the shuffle (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "scale_factor": scale_factor},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ContentShuffleImageProcessor(Node):
    """Content Shuffle Processor (`content_shuffle_image_processor`, version 1.2.3). Applies content
    shuffle processing to image Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "content_shuffle_image_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        detect_resolution: int | Output[int] = 512,
        image_resolution: int | Output[int] = 512,
        h: int | Output[int] = 512,
        w: int | Output[int] = 512,
        f: int | Output[int] = 256,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `content_shuffle_image_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            detect_resolution: Pixel resolution for detection (>= 1)
            image_resolution: Pixel resolution for output image (>= 1)
            h: Content shuffle `h` parameter (>= 0)
            w: Content shuffle `w` parameter (>= 0)
            f: Content shuffle `f` parameter (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "detect_resolution": detect_resolution,
                "image_resolution": image_resolution,
                "h": h,
                "w": w,
                "f": f,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ControlNet(Node):
    """ControlNet - SD1.5, SD2, SDXL (`controlnet`, version 1.1.3). Collects ControlNet info to pass
    to other nodes
    """

    type_name: ClassVar[str] = "controlnet"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        control_model: ModelRef | Output[ModelIdentifierField] | None = None,
        control_weight: float | Sequence[float] | Output[float] | Output[list[float]] = 1.0,
        begin_step_percent: float | Output[float] = 0,
        end_step_percent: float | Output[float] = 1,
        control_mode: Literal["balanced", "more_prompt", "more_control", "unbalanced"]
        | Output[str] = "balanced",
        resize_mode: Literal["just_resize", "crop_resize", "fill_resize", "just_resize_simple"]
        | Output[str] = "just_resize",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `controlnet` node; add it to a Graph to use it.

        Args:
            image: The control image (required)
            control_model: ControlNet model to load (required)
            control_weight: The weight given to the ControlNet
            begin_step_percent: When the ControlNet is first applied (% of total steps) (>= 0; <= 1)
            end_step_percent: When the ControlNet is last applied (% of total steps) (>= 0; <= 1)
            control_mode: The control mode used
            resize_mode: The resize mode used
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "image": image,
                "control_model": control_model,
                "control_weight": control_weight,
                "begin_step_percent": begin_step_percent,
                "end_step_percent": end_step_percent,
                "control_mode": control_mode,
                "resize_mode": resize_mode,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def control(self) -> Output[ControlField]:
        """Output `control`: ControlNet(s) to apply"""
        return Output(self, "control")


class CoreMetadata(Node):
    """Core Metadata (`core_metadata`, version 2.2.0). Used internally by Invoke to collect metadata
    for generations.
    """

    type_name: ClassVar[str] = "core_metadata"

    def __init__(
        self,
        *,
        generation_mode: Literal[
            "txt2img",
            "img2img",
            "inpaint",
            "outpaint",
            "sdxl_txt2img",
            "sdxl_img2img",
            "sdxl_inpaint",
            "sdxl_outpaint",
            "flux_txt2img",
            "flux_img2img",
            "flux_inpaint",
            "flux_outpaint",
            "flux2_txt2img",
            "flux2_img2img",
            "flux2_inpaint",
            "flux2_outpaint",
            "sd3_txt2img",
            "sd3_img2img",
            "sd3_inpaint",
            "sd3_outpaint",
            "cogview4_txt2img",
            "cogview4_img2img",
            "cogview4_inpaint",
            "cogview4_outpaint",
            "z_image_txt2img",
            "z_image_img2img",
            "z_image_inpaint",
            "z_image_outpaint",
            "ernie_image_txt2img",
            "ideogram4_txt2img",
            "qwen_image_txt2img",
            "qwen_image_img2img",
            "qwen_image_inpaint",
            "qwen_image_outpaint",
            "anima_txt2img",
            "anima_img2img",
            "anima_inpaint",
            "anima_outpaint",
            "krea2_txt2img",
            "krea2_img2img",
            "krea2_inpaint",
            "krea2_outpaint",
            "wan_txt2img",
            "wan_img2img",
            "wan_inpaint",
            "wan_outpaint",
            "wan_i2v",
        ]
        | Output[str]
        | None = None,
        positive_prompt: str | Output[str] | Output[float] | None = None,
        negative_prompt: str | Output[str] | Output[float] | None = None,
        width: int | Output[int] | None = None,
        height: int | Output[int] | None = None,
        seed: int | Output[int] | None = None,
        rand_device: str | Output[str] | Output[float] | None = None,
        cfg_scale: float | Output[float] | None = None,
        cfg_rescale_multiplier: float | Output[float] | None = None,
        steps: int | Output[int] | None = None,
        scheduler: str | Output[str] | Output[float] | None = None,
        seamless_x: bool | Output[bool] | None = None,
        seamless_y: bool | Output[bool] | None = None,
        clip_skip: int | Output[int] | None = None,
        model: ModelRef | Output[ModelIdentifierField] | None = None,
        controlnets: Sequence[Mapping[str, Any]] | Output[list[ControlNetMetadataField]] | None = None,
        ipAdapters: Sequence[Mapping[str, Any]] | Output[list[IPAdapterMetadataField]] | None = None,
        t2iAdapters: Sequence[Mapping[str, Any]] | Output[list[T2IAdapterMetadataField]] | None = None,
        loras: Sequence[Mapping[str, Any]] | Output[list[LoRAMetadataField]] | None = None,
        strength: float | Output[float] | None = None,
        init_image: str | Output[str] | Output[float] | None = None,
        vae: ModelRef | Output[ModelIdentifierField] | None = None,
        qwen3_encoder: ModelRef | Output[ModelIdentifierField] | None = None,
        mistral_encoder: ModelRef | Output[ModelIdentifierField] | None = None,
        ideogram4_caption: str | Output[str] | Output[float] | None = None,
        hrf_enabled: bool | Output[bool] | None = None,
        hrf_method: str | Output[str] | Output[float] | None = None,
        hrf_strength: float | Output[float] | None = None,
        positive_style_prompt: str | Output[str] | Output[float] | None = None,
        negative_style_prompt: str | Output[str] | Output[float] | None = None,
        refiner_model: ModelRef | Output[ModelIdentifierField] | None = None,
        refiner_cfg_scale: float | Output[float] | None = None,
        refiner_steps: int | Output[int] | None = None,
        refiner_scheduler: str | Output[str] | Output[float] | None = None,
        refiner_positive_aesthetic_score: float | Output[float] | None = None,
        refiner_negative_aesthetic_score: float | Output[float] | None = None,
        refiner_start: float | Output[float] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `core_metadata` node; add it to a Graph to use it.

        Args:
            generation_mode: The generation mode that output this image
            positive_prompt: The positive prompt parameter
            negative_prompt: The negative prompt parameter
            width: The width parameter
            height: The height parameter
            seed: The seed used for noise generation
            rand_device: The device used for random number generation
            cfg_scale: The classifier-free guidance scale parameter
            cfg_rescale_multiplier: Rescale multiplier for CFG guidance, used for models trained with
            zero-terminal SNR
            steps: The number of steps used for inference
            scheduler: The scheduler used for inference
            seamless_x: Whether seamless tiling was used on the X axis
            seamless_y: Whether seamless tiling was used on the Y axis
            clip_skip: The number of skipped CLIP layers
            model: The main model used for inference
            controlnets: The ControlNets used for inference
            ipAdapters: The IP Adapters used for inference
            t2iAdapters: The IP Adapters used for inference
            loras: The LoRAs used for inference
            strength: The strength used for latents-to-latents
            init_image: The name of the initial image
            vae: The VAE used for decoding, if the main model's default was not used
            qwen3_encoder: The Qwen3 text encoder model used for Z-Image inference (needs InvokeAI >=
            6.10.0)
            mistral_encoder: The Mistral text encoder model used for FLUX.2 [dev] inference (needs
            InvokeAI >= 6.14.2)
            ideogram4_caption: The structured JSON caption encoded for Ideogram 4 inference (needs
            InvokeAI >= 6.14.2)
            hrf_enabled: Whether or not high resolution fix was enabled.
            hrf_method: The high resolution fix upscale method.
            hrf_strength: The high resolution fix img2img strength used in the upscale pass.
            positive_style_prompt: The positive style prompt parameter
            negative_style_prompt: The negative style prompt parameter
            refiner_model: The SDXL Refiner model used
            refiner_cfg_scale: The classifier-free guidance scale parameter used for the refiner
            refiner_steps: The number of steps used for the refiner
            refiner_scheduler: The scheduler used for the refiner
            refiner_positive_aesthetic_score: The aesthetic score used for the refiner
            refiner_negative_aesthetic_score: The aesthetic score used for the refiner
            refiner_start: The start value used for refiner denoising
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "generation_mode": generation_mode,
                "positive_prompt": positive_prompt,
                "negative_prompt": negative_prompt,
                "width": width,
                "height": height,
                "seed": seed,
                "rand_device": rand_device,
                "cfg_scale": cfg_scale,
                "cfg_rescale_multiplier": cfg_rescale_multiplier,
                "steps": steps,
                "scheduler": scheduler,
                "seamless_x": seamless_x,
                "seamless_y": seamless_y,
                "clip_skip": clip_skip,
                "model": model,
                "controlnets": controlnets,
                "ipAdapters": ipAdapters,
                "t2iAdapters": t2iAdapters,
                "loras": loras,
                "strength": strength,
                "init_image": init_image,
                "vae": vae,
                "qwen3_encoder": qwen3_encoder,
                "mistral_encoder": mistral_encoder,
                "ideogram4_caption": ideogram4_caption,
                "hrf_enabled": hrf_enabled,
                "hrf_method": hrf_method,
                "hrf_strength": hrf_strength,
                "positive_style_prompt": positive_style_prompt,
                "negative_style_prompt": negative_style_prompt,
                "refiner_model": refiner_model,
                "refiner_cfg_scale": refiner_cfg_scale,
                "refiner_steps": refiner_steps,
                "refiner_scheduler": refiner_scheduler,
                "refiner_positive_aesthetic_score": refiner_positive_aesthetic_score,
                "refiner_negative_aesthetic_score": refiner_negative_aesthetic_score,
                "refiner_start": refiner_start,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def metadata(self) -> Output[MetadataField]:
        """Output `metadata`: Metadata Dict"""
        return Output(self, "metadata")


class CreateDenoiseMask(Node):
    """Create Denoise Mask (`create_denoise_mask`, version 1.0.2). Creates mask for denoising model
    run.
    """

    type_name: ClassVar[str] = "create_denoise_mask"

    def __init__(
        self,
        *,
        vae: Output[VAEField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        mask: ImageRef | Output[ImageField] | None = None,
        tiled: bool | Output[bool] = False,
        fp32: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `create_denoise_mask` node; add it to a Graph to use it.

        Args:
            vae: VAE (required; connection only)
            image: Image which will be masked
            mask: The mask to use when pasting (required)
            tiled: Processing using overlapping tiles (reduce memory consumption)
            fp32: Whether or not to use full float32 precision
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"vae": vae, "image": image, "mask": mask, "tiled": tiled, "fp32": fp32},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def denoise_mask(self) -> Output[DenoiseMaskField]:
        """Output `denoise_mask`: Mask for denoise model run"""
        return Output(self, "denoise_mask")


class CreateGradientMask(Node):
    """Create Gradient Mask (`create_gradient_mask`, version 1.3.0). Creates mask for denoising."""

    type_name: ClassVar[str] = "create_gradient_mask"

    def __init__(
        self,
        *,
        mask: ImageRef | Output[ImageField] | None = None,
        edge_radius: int | Output[int] = 16,
        coherence_mode: Literal["Gaussian Blur", "Box Blur", "Staged"] | Output[str] = "Gaussian Blur",
        minimum_denoise: float | Output[float] = 0.0,
        unet: Output[UNetField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        vae: Output[VAEField] | None = None,
        tiled: bool | Output[bool] = False,
        fp32: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `create_gradient_mask` node; add it to a Graph to use it.

        Args:
            mask: Image which will be masked (required)
            edge_radius: How far to expand the edges of the mask (>= 0)
            coherence_mode: Coherence Mode
            minimum_denoise: Minimum denoise level for the coherence region (>= 0; <= 1)
            unet: OPTIONAL: If the Unet is a specialized Inpainting model, masked_latents will be
            generated from the image with the VAE (connection only)
            image: OPTIONAL: Only connect for specialized Inpainting models, masked_latents will be
            generated from the image with the VAE
            vae: OPTIONAL: Only connect for specialized Inpainting models, masked_latents will be
            generated from the image with the VAE (connection only)
            tiled: Processing using overlapping tiles (reduce memory consumption)
            fp32: Whether or not to use full float32 precision
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "mask": mask,
                "edge_radius": edge_radius,
                "coherence_mode": coherence_mode,
                "minimum_denoise": minimum_denoise,
                "unet": unet,
                "image": image,
                "vae": vae,
                "tiled": tiled,
                "fp32": fp32,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def denoise_mask(self) -> Output[DenoiseMaskField]:
        """Output `denoise_mask`: Mask for denoise model run. Values of 0.0 represent the regions to
        be fully denoised, and 1.0 represent the regions to be preserved.
        """
        return Output(self, "denoise_mask")

    @property
    def expanded_mask_area(self) -> Output[ImageField]:
        """Output `expanded_mask_area`: Image representing the total gradient area of the mask. For
        paste-back purposes.
        """
        return Output(self, "expanded_mask_area")


class CropImageToBoundingBox(Node):
    """Crop Image to Bounding Box (`crop_image_to_bounding_box`, version 1.0.0). Crop an image to
    the given bounding box. If the bounding box is omitted, the image is cropped to the non-
    transparent pixels. Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "crop_image_to_bounding_box"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        bounding_box: Mapping[str, Any] | Output[BoundingBoxField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `crop_image_to_bounding_box` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to crop (required)
            bounding_box: The bounding box to crop the image to
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "bounding_box": bounding_box},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class CropLatentsCore(Node):
    """Crop Latents (`crop_latents`, version 1.0.2). Crops a latent-space tensor to a box specified
    in image-space. The box dimensions and coordinates must be divisible by the latent scale factor
    of 8.
    """

    type_name: ClassVar[str] = "crop_latents"

    def __init__(
        self,
        *,
        latents: Output[LatentsField] | None = None,
        x: int | Output[int] | None = None,
        y: int | Output[int] | None = None,
        width: int | Output[int] | None = None,
        height: int | Output[int] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `crop_latents` node; add it to a Graph to use it.

        Args:
            latents: Latents tensor (required; connection only)
            x: The left x coordinate (in px) of the crop rectangle in image space. This value will be
            converted to a dimension in latent space. (required; >= 0; multiple of 8)
            y: The top y coordinate (in px) of the crop rectangle in image space. This value will be
            converted to a dimension in latent space. (required; >= 0; multiple of 8)
            width: The width (in px) of the crop rectangle in image space. This value will be converted to
            a dimension in latent space. (required; >= 1; multiple of 8)
            height: The height (in px) of the crop rectangle in image space. This value will be converted
            to a dimension in latent space. (required; >= 1; multiple of 8)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"latents": latents, "x": x, "y": y, "width": width, "height": height},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class CvInpaint(Node):
    """OpenCV Inpaint (`cv_inpaint`, version 1.3.1). Simple inpaint using opencv."""

    type_name: ClassVar[str] = "cv_inpaint"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        mask: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `cv_inpaint` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to inpaint (required)
            mask: The mask to use when inpainting (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "mask": mask},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class DecodeInvisibleWatermark(Node):
    """Decode Invisible Watermark (`decode_watermark`, version 1.0.0). Decode an invisible watermark
    from an image. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "decode_watermark"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        length: int | Output[int] = 8,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `decode_watermark` node; add it to a Graph to use it.

        Args:
            image: The image to decode the watermark from (required)
            length: The expected watermark length in bytes
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"image": image, "length": length},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[str]:
        """Output `value`: The output string"""
        return Output(self, "value")


class DenoiseLatents(Node):
    """Denoise - SD1.5, SDXL (`denoise_latents`, version 1.6.0). Denoises noisy latents to decodable
    images
    """

    type_name: ClassVar[str] = "denoise_latents"

    def __init__(
        self,
        *,
        positive_conditioning: Output[ConditioningField] | Output[list[ConditioningField]] | None = None,
        negative_conditioning: Output[ConditioningField] | Output[list[ConditioningField]] | None = None,
        unet: Output[UNetField] | None = None,
        noise: Output[LatentsField] | None = None,
        latents: Output[LatentsField] | None = None,
        control: Output[ControlField] | Output[list[ControlField]] | None = None,
        ip_adapter: Output[IPAdapterField] | Output[list[IPAdapterField]] | None = None,
        t2i_adapter: Output[T2IAdapterField] | Output[list[T2IAdapterField]] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        steps: int | Output[int] = 10,
        cfg_scale: float | Sequence[float] | Output[float] | Output[list[float]] = 7.5,
        denoising_start: float | Output[float] = 0.0,
        denoising_end: float | Output[float] = 1.0,
        scheduler: Literal[
            "ddim",
            "ddpm",
            "deis",
            "deis_k",
            "lms",
            "lms_k",
            "pndm",
            "heun",
            "heun_k",
            "euler",
            "euler_k",
            "euler_a",
            "kdpm_2",
            "kdpm_2_k",
            "kdpm_2_a",
            "kdpm_2_a_k",
            "dpmpp_2s",
            "dpmpp_2s_k",
            "dpmpp_2m",
            "dpmpp_2m_k",
            "dpmpp_2m_sde",
            "dpmpp_2m_sde_k",
            "dpmpp_3m",
            "dpmpp_3m_k",
            "dpmpp_sde",
            "dpmpp_sde_k",
            "er_sde",
            "unipc",
            "unipc_k",
            "lcm",
            "tcd",
        ]
        | Output[str] = "euler",
        cfg_rescale_multiplier: float | Output[float] = 0,
        hidiffusion: bool | Output[bool] = False,
        hidiffusion_raunet: bool | Output[bool] = True,
        hidiffusion_window_attn: bool | Output[bool] = True,
        hidiffusion_t1_ratio: float | Output[float] = 0.4,
        hidiffusion_t2_ratio: float | Output[float] = 0.0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `denoise_latents` node; add it to a Graph to use it.

        Args:
            positive_conditioning: Positive conditioning tensor (required; connection only)
            negative_conditioning: Negative conditioning tensor (required; connection only)
            unet: UNet (scheduler, LoRAs) (required; connection only)
            noise: Noise tensor (connection only)
            latents: Latents tensor (connection only)
            control: Control (connection only)
            ip_adapter: IP-Adapter to apply (connection only)
            t2i_adapter: T2I-Adapter(s) to apply (connection only)
            denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent
            the regions to be fully denoised, and 1.0 represent the regions to be preserved. (connection
            only)
            steps: Number of steps to run (> 0)
            cfg_scale: Classifier-Free Guidance scale
            denoising_start: When to start denoising, expressed a percentage of total steps (>= 0; <= 1)
            denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0; <= 1)
            scheduler: Scheduler to use during inference
            cfg_rescale_multiplier: Rescale multiplier for CFG guidance, used for models trained with
            zero-terminal SNR (>= 0; < 1)
            hidiffusion: Apply HiDiffusion (RAU-Net + MSW-MSA) for higher-resolution denoising (needs
            InvokeAI >= 6.14.2)
            hidiffusion_raunet: Apply HiDiffusion RAU-Net blocks (needs InvokeAI >= 6.14.2)
            hidiffusion_window_attn: Apply HiDiffusion window attention blocks (needs InvokeAI >= 6.14.2)
            hidiffusion_t1_ratio: Override HiDiffusion early switch threshold (T1 ratio) (>= 0; <= 1;
            needs InvokeAI >= 6.14.2)
            hidiffusion_t2_ratio: Override HiDiffusion late switch threshold (T2 ratio) (>= 0; <= 1; needs
            InvokeAI >= 6.14.2)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "positive_conditioning": positive_conditioning,
                "negative_conditioning": negative_conditioning,
                "unet": unet,
                "noise": noise,
                "latents": latents,
                "control": control,
                "ip_adapter": ip_adapter,
                "t2i_adapter": t2i_adapter,
                "denoise_mask": denoise_mask,
                "steps": steps,
                "cfg_scale": cfg_scale,
                "denoising_start": denoising_start,
                "denoising_end": denoising_end,
                "scheduler": scheduler,
                "cfg_rescale_multiplier": cfg_rescale_multiplier,
                "hidiffusion": hidiffusion,
                "hidiffusion_raunet": hidiffusion_raunet,
                "hidiffusion_window_attn": hidiffusion_window_attn,
                "hidiffusion_t1_ratio": hidiffusion_t1_ratio,
                "hidiffusion_t2_ratio": hidiffusion_t2_ratio,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class DenoiseLatentsMeta(Node):
    """Denoise - SD1.5, SDXL + Metadata (`denoise_latents_meta`, version 1.2.0). Needs InvokeAI >=
    5.15.0.
    """

    type_name: ClassVar[str] = "denoise_latents_meta"

    def __init__(
        self,
        *,
        positive_conditioning: Output[ConditioningField] | Output[list[ConditioningField]] | None = None,
        negative_conditioning: Output[ConditioningField] | Output[list[ConditioningField]] | None = None,
        unet: Output[UNetField] | None = None,
        noise: Output[LatentsField] | None = None,
        latents: Output[LatentsField] | None = None,
        control: Output[ControlField] | Output[list[ControlField]] | None = None,
        ip_adapter: Output[IPAdapterField] | Output[list[IPAdapterField]] | None = None,
        t2i_adapter: Output[T2IAdapterField] | Output[list[T2IAdapterField]] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        metadata: Output[MetadataField] | None = None,
        steps: int | Output[int] = 10,
        cfg_scale: float | Sequence[float] | Output[float] | Output[list[float]] = 7.5,
        denoising_start: float | Output[float] = 0.0,
        denoising_end: float | Output[float] = 1.0,
        scheduler: Literal[
            "ddim",
            "ddpm",
            "deis",
            "deis_k",
            "lms",
            "lms_k",
            "pndm",
            "heun",
            "heun_k",
            "euler",
            "euler_k",
            "euler_a",
            "kdpm_2",
            "kdpm_2_k",
            "kdpm_2_a",
            "kdpm_2_a_k",
            "dpmpp_2s",
            "dpmpp_2s_k",
            "dpmpp_2m",
            "dpmpp_2m_k",
            "dpmpp_2m_sde",
            "dpmpp_2m_sde_k",
            "dpmpp_3m",
            "dpmpp_3m_k",
            "dpmpp_sde",
            "dpmpp_sde_k",
            "er_sde",
            "unipc",
            "unipc_k",
            "lcm",
            "tcd",
        ]
        | Output[str] = "euler",
        cfg_rescale_multiplier: float | Output[float] = 0,
        hidiffusion: bool | Output[bool] = False,
        hidiffusion_raunet: bool | Output[bool] = True,
        hidiffusion_window_attn: bool | Output[bool] = True,
        hidiffusion_t1_ratio: float | Output[float] = 0.4,
        hidiffusion_t2_ratio: float | Output[float] = 0.0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `denoise_latents_meta` node; add it to a Graph to use it.

        Args:
            positive_conditioning: Positive conditioning tensor (required; connection only)
            negative_conditioning: Negative conditioning tensor (required; connection only)
            unet: UNet (scheduler, LoRAs) (required; connection only)
            noise: Noise tensor (connection only)
            latents: Latents tensor (connection only)
            control: Control (connection only)
            ip_adapter: IP-Adapter to apply (connection only)
            t2i_adapter: T2I-Adapter(s) to apply (connection only)
            denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent
            the regions to be fully denoised, and 1.0 represent the regions to be preserved. (connection
            only)
            metadata: Optional metadata to be saved with the image (connection only)
            steps: Number of steps to run (> 0)
            cfg_scale: Classifier-Free Guidance scale
            denoising_start: When to start denoising, expressed a percentage of total steps (>= 0; <= 1)
            denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0; <= 1)
            scheduler: Scheduler to use during inference
            cfg_rescale_multiplier: Rescale multiplier for CFG guidance, used for models trained with
            zero-terminal SNR (>= 0; < 1)
            hidiffusion: Apply HiDiffusion (RAU-Net + MSW-MSA) for higher-resolution denoising (needs
            InvokeAI >= 6.14.2)
            hidiffusion_raunet: Apply HiDiffusion RAU-Net blocks (needs InvokeAI >= 6.14.2)
            hidiffusion_window_attn: Apply HiDiffusion window attention blocks (needs InvokeAI >= 6.14.2)
            hidiffusion_t1_ratio: Override HiDiffusion early switch threshold (T1 ratio) (>= 0; <= 1;
            needs InvokeAI >= 6.14.2)
            hidiffusion_t2_ratio: Override HiDiffusion late switch threshold (T2 ratio) (>= 0; <= 1; needs
            InvokeAI >= 6.14.2)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "positive_conditioning": positive_conditioning,
                "negative_conditioning": negative_conditioning,
                "unet": unet,
                "noise": noise,
                "latents": latents,
                "control": control,
                "ip_adapter": ip_adapter,
                "t2i_adapter": t2i_adapter,
                "denoise_mask": denoise_mask,
                "metadata": metadata,
                "steps": steps,
                "cfg_scale": cfg_scale,
                "denoising_start": denoising_start,
                "denoising_end": denoising_end,
                "scheduler": scheduler,
                "cfg_rescale_multiplier": cfg_rescale_multiplier,
                "hidiffusion": hidiffusion,
                "hidiffusion_raunet": hidiffusion_raunet,
                "hidiffusion_window_attn": hidiffusion_window_attn,
                "hidiffusion_t1_ratio": hidiffusion_t1_ratio,
                "hidiffusion_t2_ratio": hidiffusion_t2_ratio,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def metadata(self) -> Output[MetadataField]:
        """Output `metadata`: Metadata Dict"""
        return Output(self, "metadata")

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class DepthAnythingDepthEstimation(Node):
    """Depth Anything Depth Estimation (`depth_anything_depth_estimation`, version 1.0.0). Generates
    a depth map using a Depth Anything model.
    """

    type_name: ClassVar[str] = "depth_anything_depth_estimation"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        model_size: Literal["large", "base", "small", "small_v2"] | Output[str] = "small_v2",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `depth_anything_depth_estimation` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            model_size: The size of the depth model to use
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "model_size": model_size},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class DepthAnythingImageProcessor(Node):
    """Depth Anything Processor (`depth_anything_image_processor`, version 1.1.3). Generates a depth
    map based on the Depth Anything algorithm Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "depth_anything_image_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        model_size: Literal["large", "base", "small", "small_v2"] | Output[str] = "small_v2",
        resolution: int | Output[int] = 512,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `depth_anything_image_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            model_size: The size of the depth model to use
            resolution: Pixel resolution for output image (>= 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "model_size": model_size,
                "resolution": resolution,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class Divide(Node):
    """Divide Integers (`div`, version 1.0.1). Divides two numbers"""

    type_name: ClassVar[str] = "div"

    def __init__(
        self,
        *,
        a: int | Output[int] = 0,
        b: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `div` node; add it to a Graph to use it.

        Args:
            a: The first number
            b: The second number
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"a": a, "b": b},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[int]:
        """Output `value`: The output integer"""
        return Output(self, "value")


class DWOpenposeDetection(Node):
    """DW Openpose Detection (`dw_openpose_detection`, version 1.1.1). Generates an openpose pose
    from an image using DWPose
    """

    type_name: ClassVar[str] = "dw_openpose_detection"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        draw_body: bool | Output[bool] = True,
        draw_face: bool | Output[bool] = False,
        draw_hands: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `dw_openpose_detection` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            draw_body: Draw Body
            draw_face: Draw Face
            draw_hands: Draw Hands
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "draw_body": draw_body,
                "draw_face": draw_face,
                "draw_hands": draw_hands,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class DWOpenposeImageProcessor(Node):
    """DW Openpose Image Processor (`dw_openpose_image_processor`, version 1.1.1). Generates an
    openpose pose from an image using DWPose Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "dw_openpose_image_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        draw_body: bool | Output[bool] = True,
        draw_face: bool | Output[bool] = False,
        draw_hands: bool | Output[bool] = False,
        image_resolution: int | Output[int] = 512,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `dw_openpose_image_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            draw_body: Draw Body
            draw_face: Draw Face
            draw_hands: Draw Hands
            image_resolution: Pixel resolution for output image (>= 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "draw_body": draw_body,
                "draw_face": draw_face,
                "draw_hands": draw_hands,
                "image_resolution": image_resolution,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class DynamicPrompt(Node):
    """Dynamic Prompt (`dynamic_prompt`, version 1.0.1). Parses a prompt using
    adieyal/dynamicprompts' random or combinatorial generator
    """

    type_name: ClassVar[str] = "dynamic_prompt"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] | None = None,
        max_prompts: int | Output[int] = 1,
        combinatorial: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = False,
    ) -> None:
        """Make a `dynamic_prompt` node; add it to a Graph to use it.

        Args:
            prompt: The prompt to parse with dynamicprompts (required)
            max_prompts: The number of prompts to generate
            combinatorial: Whether to use the combinatorial generator
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"prompt": prompt, "max_prompts": max_prompts, "combinatorial": combinatorial},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[str]]:
        """Output `collection`: The output strings"""
        return Output(self, "collection")


class ErnieImageDenoise(Node):
    """Denoise - ERNIE-Image (`ernie_image_denoise`, version 1.0.0). Run the ERNIE-Image denoising
    loop and emit packed latents. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "ernie_image_denoise"

    def __init__(
        self,
        *,
        transformer: Output[TransformerField] | None = None,
        positive_conditioning: Output[ErnieImageConditioningField] | None = None,
        negative_conditioning: Output[ErnieImageConditioningField] | None = None,
        latents: Output[LatentsField] | None = None,
        add_noise: bool | Output[bool] = True,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        steps: int | Output[int] = 50,
        guidance_scale: float | Output[float] = 4.0,
        denoising_start: float | Output[float] = 0.0,
        denoising_end: float | Output[float] = 1.0,
        seed: int | Output[int] = 0,
        scheduler: Literal["euler", "heun", "lcm"] | Output[str] = "euler",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `ernie_image_denoise` node; add it to a Graph to use it.

        Args:
            transformer: Transformer (required; connection only)
            positive_conditioning: Positive prompt conditioning (required; connection only)
            negative_conditioning: Negative prompt conditioning (required when guidance_scale != 1.0)
            (connection only)
            latents: Optional starting latents. Must be patched ERNIE-Image latents: either clean ones
            (VAE-encoded, BN-normalized, patchified) with `add_noise` on, or the output of an earlier
            ERNIE-Image denoise stage with `add_noise` off. (connection only)
            add_noise: Noise the starting latents up to `denoising_start` before denoising. Turn this off
            to continue an earlier denoise stage, whose output already sits at that sigma. Ignored when no
            starting latents are connected.
            width: Generation width. (multiple of 16)
            height: Generation height. (multiple of 16)
            steps: Denoising steps. Use 8 for ERNIE-Image-Turbo. (> 0)
            guidance_scale: Classifier-free guidance scale. 4.0 for ERNIE-Image, 1.0 (no CFG) for Turbo.
            (>= 1.0)
            denoising_start: When to start denoising, expressed a percentage of total steps (>= 0; <= 1)
            denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0; <= 1)
            seed: Random seed for noise generation.
            scheduler: Scheduler used during denoising.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "transformer": transformer,
                "positive_conditioning": positive_conditioning,
                "negative_conditioning": negative_conditioning,
                "latents": latents,
                "add_noise": add_noise,
                "width": width,
                "height": height,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "denoising_start": denoising_start,
                "denoising_end": denoising_end,
                "seed": seed,
                "scheduler": scheduler,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class ErnieImageModelLoader(Node):
    """Main Model - ERNIE-Image (`ernie_image_model_loader`, version 1.0.0). Loads an ERNIE-Image
    diffusers pipeline and emits its submodels. The transformer, VAE, text encoder, and (optional)
    prompt enhancer are all expected to live inside the same diffusers pipeline directory under
    their conventional subfolders (`transformer/`, `vae/`, `text_encoder/`, `tokenizer/`, `pe/`,
    `pe_tokenizer/`). Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "ernie_image_model_loader"

    def __init__(
        self,
        *,
        model: ModelRef | None = None,
        use_prompt_enhancer: bool | Output[bool] = True,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `ernie_image_model_loader` node; add it to a Graph to use it.

        Args:
            model: ERNIE-Image diffusers pipeline (provides transformer, VAE, text encoder, and optional
            prompt enhancer) (required; value only)
            use_prompt_enhancer: If true and the pipeline ships with a prompt-enhancer submodel, expose it
            on the output.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"model": model, "use_prompt_enhancer": use_prompt_enhancer},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def text_encoder(self) -> Output[Mistral3EncoderField]:
        """Output `text_encoder`: Mistral3 text encoder"""
        return Output(self, "text_encoder")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")

    @property
    def prompt_enhancer(self) -> Output[PromptEnhancerField]:
        """Output `prompt_enhancer`: Optional prompt-enhancer (Ministral3ForCausalLM)"""
        return Output(self, "prompt_enhancer")


class ErnieImagePromptEnhancer(Node):
    """Prompt Enhancer - ERNIE-Image (`ernie_image_prompt_enhancer`, version 1.0.0). Rewrites a
    prompt for ERNIE-Image generation using the pipeline's bundled prompt-enhancer
    (Ministral3ForCausalLM), sized for the intended output dimensions. If no prompt-enhancer is
    connected - the pipeline may not ship one - the prompt is passed through unchanged. Needs
    InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "ernie_image_prompt_enhancer"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] | None = None,
        prompt_enhancer: Output[PromptEnhancerField] | None = None,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        temperature: float | Output[float] = 0.6,
        top_p: float | Output[float] = 0.95,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `ernie_image_prompt_enhancer` node; add it to a Graph to use it.

        Args:
            prompt: Text prompt to rewrite. (required)
            prompt_enhancer: The prompt-enhancer model. If not connected, the prompt is passed through
            unchanged. (connection only)
            width: Target width the prompt is rewritten for.
            height: Target height the prompt is rewritten for.
            temperature: Temperature (>= 0.0; <= 2.0)
            top_p: Top P (>= 0.0; <= 1.0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "prompt": prompt,
                "prompt_enhancer": prompt_enhancer,
                "width": width,
                "height": height,
                "temperature": temperature,
                "top_p": top_p,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[str]:
        """Output `value`: The output string"""
        return Output(self, "value")


class ErnieImageTextEncoder(Node):
    """Prompt - ERNIE-Image (`ernie_image_text_encoder`, version 2.0.0). Encodes a prompt for ERNIE-
    Image generation. Rewriting a prompt with the pipeline's bundled prompt-enhancer is the separate
    `ernie_image_prompt_enhancer` node; connect its output to `prompt` to enhance. Keeping the two
    apart is what lets this node stay `idle_gpu_offloadable` - see that node's decorator for why the
    enhancer must not be. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "ernie_image_text_encoder"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] | None = None,
        text_encoder: Output[Mistral3EncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `ernie_image_text_encoder` node; add it to a Graph to use it.

        Args:
            prompt: Text prompt to encode. (required)
            text_encoder: Mistral3 text encoder + tokenizer (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"prompt": prompt, "text_encoder": text_encoder},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[ErnieImageConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class ErnieImageVaeDecode(Node):
    """Latents to Image - ERNIE-Image (`ernie_image_vae_decode`, version 1.0.0). Decode ERNIE-Image
    patched latents to an image. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "ernie_image_vae_decode"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        vae: Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `ernie_image_vae_decode` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            vae: VAE (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "latents": latents, "vae": vae},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ESRGAN(Node):
    """Upscale (RealESRGAN) (`esrgan`, version 1.3.2). Upscales an image using RealESRGAN."""

    type_name: ClassVar[str] = "esrgan"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        model_name: Literal[
            "RealESRGAN_x4plus.pth",
            "RealESRGAN_x4plus_anime_6B.pth",
            "ESRGAN_SRx4_DF2KOST_official-ff704c30.pth",
            "RealESRGAN_x2plus.pth",
        ]
        | Output[str] = "RealESRGAN_x4plus.pth",
        tile_size: int | Output[int] = 400,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `esrgan` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The input image (required)
            model_name: The Real-ESRGAN model to use
            tile_size: Tile size for tiled ESRGAN upscaling (0=tiling disabled) (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "model_name": model_name,
                "tile_size": tile_size,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ExpandMaskWithFade(Node):
    """Expand Mask with Fade (`expand_mask_with_fade`, version 1.0.1). Expands a mask with a fade
    effect. The mask uses black to indicate areas to keep from the generated image and white for
    areas to discard. The mask is thresholded to create a binary mask, and then a distance transform
    is applied to create a fade effect. The fade size is specified in pixels, and the mask is
    expanded by that amount. The result is a mask with a smooth transition from black to white. If
    the fade size is 0, the mask is returned as-is. Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "expand_mask_with_fade"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        mask: ImageRef | Output[ImageField] | None = None,
        threshold: int | Output[int] = 0,
        fade_size_px: int | Output[int] = 32,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `expand_mask_with_fade` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            mask: The mask to expand (required)
            threshold: The threshold for the binary mask (0-255) (>= 0; <= 255)
            fade_size_px: The size of the fade in pixels (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "mask": mask,
                "threshold": threshold,
                "fade_size_px": fade_size_px,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ExtractVideoRange(Node):
    """Frame Range from Video (`extract_video_range`, version 1.1.0). Trim a video to a contiguous
    frame range and re-encode as MP4. Both bounds are inclusive and 0-based - ``start_frame=10,
    end_frame=50`` emits 41 frames. Negative indices count from the end (``end_frame=-1`` is the
    final frame), matching ``video_frame_extract``. The output frame rate defaults to the source
    video's frame rate; set ``fps=0`` to inherit it (or 16 fps if the source rate can't be probed).
    The resolved (positive) ``start_frame`` and ``end_frame`` are also emitted as outputs, so
    chained workflows can re-use the boundary indices - e.g. feeding them into a downstream Frame
    from Video to extract the same boundary frame. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "extract_video_range"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        video: Mapping[str, Any] | Output[VideoField] | None = None,
        start_frame: int | Output[int] = 0,
        end_frame: int | Output[int] = -1,
        fps: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `extract_video_range` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            video: The video to extract a frame range from. (required)
            start_frame: First frame to keep, inclusive. 0 = first frame. Negative indices count from the
            end.
            end_frame: Last frame to keep, inclusive. -1 = last frame. Negative indices count from the
            end.
            fps: Output frame rate. 0 = match the source video's frame rate (falls back to 16 fps if the
            source rate can't be probed). (>= 0; <= 120)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "video": video,
                "start_frame": start_frame,
                "end_frame": end_frame,
                "fps": fps,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def video(self) -> Output[VideoField]:
        """Output `video`: The trimmed video"""
        return Output(self, "video")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the video in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the video in pixels"""
        return Output(self, "height")

    @property
    def num_frames(self) -> Output[int]:
        """Output `num_frames`: The number of frames in the trimmed video"""
        return Output(self, "num_frames")

    @property
    def fps(self) -> Output[float]:
        """Output `fps`: The frames-per-second of the trimmed video"""
        return Output(self, "fps")

    @property
    def duration(self) -> Output[float]:
        """Output `duration`: The duration of the trimmed video in seconds"""
        return Output(self, "duration")

    @property
    def start_frame(self) -> Output[int]:
        """Output `start_frame`: The resolved (positive, 0-based) start frame index in the source
        video
        """
        return Output(self, "start_frame")

    @property
    def end_frame(self) -> Output[int]:
        """Output `end_frame`: The resolved (positive, 0-based) end frame index in the source video"""
        return Output(self, "end_frame")


class FaceIdentifier(Node):
    """FaceIdentifier (`face_identifier`, version 1.2.2). Outputs an image with detected face IDs
    printed on each face. For use with other FaceTools.
    """

    type_name: ClassVar[str] = "face_identifier"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        minimum_confidence: float | Output[float] = 0.5,
        chunk: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `face_identifier` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: Image to face detect (required)
            minimum_confidence: Minimum confidence for face detection (lower if detection is failing)
            chunk: Whether to bypass full image face detection and default to image chunking. Chunking
            will occur if no faces are found in the full image.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "minimum_confidence": minimum_confidence,
                "chunk": chunk,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class FaceMask(Node):
    """FaceMask (`face_mask_detection`, version 1.2.2). Face mask creation using mediapipe face
    detection
    """

    type_name: ClassVar[str] = "face_mask_detection"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        face_ids: str | Output[str] | Output[float] = "",
        minimum_confidence: float | Output[float] = 0.5,
        x_offset: float | Output[float] = 0.0,
        y_offset: float | Output[float] = 0.0,
        chunk: bool | Output[bool] = False,
        invert_mask: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `face_mask_detection` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            image: Image to face detect (required)
            face_ids: Comma-separated list of face ids to mask eg '0,2,7'. Numbered from 0. Leave empty to
            mask all. Find face IDs with FaceIdentifier node.
            minimum_confidence: Minimum confidence for face detection (lower if detection is failing)
            x_offset: Offset for the X-axis of the face mask
            y_offset: Offset for the Y-axis of the face mask
            chunk: Whether to bypass full image face detection and default to image chunking. Chunking
            will occur if no faces are found in the full image.
            invert_mask: Toggle to invert the mask
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "image": image,
                "face_ids": face_ids,
                "minimum_confidence": minimum_confidence,
                "x_offset": x_offset,
                "y_offset": y_offset,
                "chunk": chunk,
                "invert_mask": invert_mask,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")

    @property
    def mask(self) -> Output[ImageField]:
        """Output `mask`: The output mask"""
        return Output(self, "mask")


class FaceOff(Node):
    """FaceOff (`face_off`, version 1.2.2). Bound, extract, and mask a face from an image using
    MediaPipe detection
    """

    type_name: ClassVar[str] = "face_off"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        face_id: int | Output[int] = 0,
        minimum_confidence: float | Output[float] = 0.5,
        x_offset: float | Output[float] = 0.0,
        y_offset: float | Output[float] = 0.0,
        padding: int | Output[int] = 0,
        chunk: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `face_off` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            image: Image for face detection (required)
            face_id: The face ID to process, numbered from 0. Multiple faces not supported. Find a face's
            ID with FaceIdentifier node. (>= 0)
            minimum_confidence: Minimum confidence for face detection (lower if detection is failing)
            x_offset: X-axis offset of the mask
            y_offset: Y-axis offset of the mask
            padding: All-axis padding around the mask in pixels
            chunk: Whether to bypass full image face detection and default to image chunking. Chunking
            will occur if no faces are found in the full image.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "image": image,
                "face_id": face_id,
                "minimum_confidence": minimum_confidence,
                "x_offset": x_offset,
                "y_offset": y_offset,
                "padding": padding,
                "chunk": chunk,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")

    @property
    def mask(self) -> Output[ImageField]:
        """Output `mask`: The output mask"""
        return Output(self, "mask")

    @property
    def x(self) -> Output[int]:
        """Output `x`: The x coordinate of the bounding box's left side"""
        return Output(self, "x")

    @property
    def y(self) -> Output[int]:
        """Output `y`: The y coordinate of the bounding box's top side"""
        return Output(self, "y")


class Float(Node):
    """Float Primitive (`float`, version 1.0.1). A float primitive value"""

    type_name: ClassVar[str] = "float"

    def __init__(
        self,
        *,
        value: float | Output[float] = 0.0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `float` node; add it to a Graph to use it.

        Args:
            value: The float value
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"value": value},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[float]:
        """Output `value`: The output float"""
        return Output(self, "value")


class FloatBatch(Node):
    """Float Batch (`float_batch`, version 1.0.0). Create a batched generation, where the workflow
    is executed once for each float in the batch. Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "float_batch"

    def __init__(
        self,
        *,
        batch_group_id: Literal["None", "Group 1", "Group 2", "Group 3", "Group 4", "Group 5"] = "None",
        floats: Sequence[float] | Output[list[float]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `float_batch` node; add it to a Graph to use it.

        Args:
            batch_group_id: The ID of this batch node's group. If provided, all batch nodes in with the
            same ID will be 'zipped' before execution, and all nodes' collections must be of the same
            size. (value only)
            floats: The floats to batch over (required; min items 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"batch_group_id": batch_group_id, "floats": floats},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[float]:
        """Output `value`: The output float"""
        return Output(self, "value")


class FloatCollection(Node):
    """Float Collection Primitive (`float_collection`, version 1.0.2). A collection of float
    primitive values
    """

    type_name: ClassVar[str] = "float_collection"

    def __init__(
        self,
        *,
        collection: Sequence[float] | Output[list[float]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `float_collection` node; add it to a Graph to use it.

        Args:
            collection: The collection of float values (default [])
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"collection": collection},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[float]]:
        """Output `collection`: The float collection"""
        return Output(self, "collection")


class FloatGenerator(Node):
    """Float Generator (`float_generator`, version 1.0.0). Generated a range of floats for use in a
    batched generation Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "float_generator"

    def __init__(
        self,
        *,
        generator: Mapping[str, Any] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `float_generator` node; add it to a Graph to use it.

        Args:
            generator: The float generator. (required; value only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"generator": generator},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def floats(self) -> Output[list[float]]:
        """Output `floats`: The generated floats"""
        return Output(self, "floats")


class FloatMath(Node):
    """Float Math (`float_math`, version 1.0.1). Performs floating point math."""

    type_name: ClassVar[str] = "float_math"

    def __init__(
        self,
        *,
        operation: Literal["ADD", "SUB", "MUL", "DIV", "EXP", "ABS", "SQRT", "MIN", "MAX"]
        | Output[str] = "ADD",
        a: float | Output[float] = 1,
        b: float | Output[float] = 1,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `float_math` node; add it to a Graph to use it.

        Args:
            operation: The operation to perform
            a: The first number
            b: The second number
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"operation": operation, "a": a, "b": b},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[float]:
        """Output `value`: The output float"""
        return Output(self, "value")


class FloatLinearRange(Node):
    """Float Range (`float_range`, version 1.0.1). Creates a range"""

    type_name: ClassVar[str] = "float_range"

    def __init__(
        self,
        *,
        start: float | Output[float] = 5,
        stop: float | Output[float] = 10,
        steps: int | Output[int] = 30,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `float_range` node; add it to a Graph to use it.

        Args:
            start: The first value of the range
            stop: The last value of the range
            steps: number of values to interpolate over (including start and stop)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"start": start, "stop": stop, "steps": steps},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[float]]:
        """Output `collection`: The float collection"""
        return Output(self, "collection")


class FloatToInteger(Node):
    """Float To Integer (`float_to_int`, version 1.0.1). Rounds a float number to (a multiple of) an
    integer.
    """

    type_name: ClassVar[str] = "float_to_int"

    def __init__(
        self,
        *,
        value: float | Output[float] = 0,
        multiple: int | Output[int] = 1,
        method: Literal["Nearest", "Floor", "Ceiling", "Truncate"] | Output[str] = "Nearest",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `float_to_int` node; add it to a Graph to use it.

        Args:
            value: The value to round
            multiple: The multiple to round to (>= 1)
            method: The method to use for rounding
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"value": value, "multiple": multiple, "method": method},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[int]:
        """Output `value`: The output integer"""
        return Output(self, "value")


class Flux2Denoise(Node):
    """FLUX2 Denoise (`flux2_denoise`, version 1.6.0). Run denoising process with a FLUX.2 Klein
    transformer model. This node is designed for FLUX.2 Klein models which use Qwen3 as the text
    encoder. Regional prompting is supported via per-conditioning masks (single mask is applied to
    every transformer block via `joint_attention_kwargs`). ControlNet and IP-Adapters are not
    supported. Regional masking is skipped when reference images are attached. Needs InvokeAI >=
    6.12.0.
    """

    type_name: ClassVar[str] = "flux2_denoise"

    def __init__(
        self,
        *,
        latents: Output[LatentsField] | None = None,
        noise: Output[LatentsField] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_start: float | Output[float] = 0.0,
        denoising_end: float | Output[float] = 1.0,
        add_noise: bool | Output[bool] = True,
        transformer: Output[TransformerField] | None = None,
        positive_text_conditioning: Output[FluxConditioningField]
        | Output[list[FluxConditioningField]]
        | None = None,
        negative_text_conditioning: Output[FluxConditioningField] | None = None,
        guidance: float | Output[float] = 4.0,
        cfg_scale: float | Output[float] = 1.0,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        num_steps: int | Output[int] = 4,
        scheduler: Literal["euler", "heun", "lcm"] | Output[str] = "euler",
        seed: int | Output[int] = 0,
        vae: Output[VAEField] | None = None,
        kontext_conditioning: Output[FluxKontextConditioningField]
        | Output[list[FluxKontextConditioningField]]
        | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux2_denoise` node; add it to a Graph to use it.

        Args:
            latents: Latents tensor (connection only)
            noise: Noise tensor (connection only; needs InvokeAI >= 6.14.2)
            denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent
            the regions to be fully denoised, and 1.0 represent the regions to be preserved. (connection
            only)
            denoising_start: When to start denoising, expressed a percentage of total steps (>= 0; <= 1)
            denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0; <= 1)
            add_noise: Add noise based on denoising start.
            transformer: Flux model (Transformer) to load (required; connection only)
            positive_text_conditioning: Positive conditioning tensor (required; connection only)
            negative_text_conditioning: Negative conditioning tensor. Can be None if cfg_scale is 1.0.
            (connection only)
            guidance: Guidance strength for distilled guidance-embedding models. Inert for all current
            FLUX.2 Klein variants (their guidance_embeds weights are absent/zero); kept for node-graph
            compatibility and future guidance-embedded models. (>= 0; <= 20; needs InvokeAI >= 6.14.2)
            cfg_scale: Classifier-Free Guidance scale
            width: Width of the generated image. (multiple of 16)
            height: Height of the generated image. (multiple of 16)
            num_steps: Number of diffusion steps. Use 4 for distilled models, 28+ for base models.
            scheduler: Scheduler (sampler) for the denoising process. 'euler' is fast and standard. 'heun'
            is 2nd-order (better quality, 2x slower). 'lcm' is optimized for few steps.
            seed: Randomness seed for reproducibility.
            vae: FLUX.2 VAE model (required for BN statistics). (required; connection only)
            kontext_conditioning: FLUX Kontext conditioning (reference images for multi-reference image
            editing). (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "latents": latents,
                "noise": noise,
                "denoise_mask": denoise_mask,
                "denoising_start": denoising_start,
                "denoising_end": denoising_end,
                "add_noise": add_noise,
                "transformer": transformer,
                "positive_text_conditioning": positive_text_conditioning,
                "negative_text_conditioning": negative_text_conditioning,
                "guidance": guidance,
                "cfg_scale": cfg_scale,
                "width": width,
                "height": height,
                "num_steps": num_steps,
                "scheduler": scheduler,
                "seed": seed,
                "vae": vae,
                "kontext_conditioning": kontext_conditioning,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class Flux2DevLoRACollectionLoader(Node):
    """Apply LoRA Collection - FLUX.2 [dev] (`flux2_dev_lora_collection_loader`, version 1.0.0).
    Apply a collection of LoRAs to a FLUX.2 [dev] transformer and/or Mistral encoder. Needs InvokeAI
    >= 6.14.2.
    """

    type_name: ClassVar[str] = "flux2_dev_lora_collection_loader"

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[list[LoRAField]]
        | None = None,
        transformer: Output[TransformerField] | None = None,
        mistral_encoder: Output[MistralEncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux2_dev_lora_collection_loader` node; add it to a Graph to use it.

        Args:
            loras: LoRA models and weights. May be a single LoRA or collection.
            transformer: Transformer (connection only)
            mistral_encoder: Mistral tokenizer/processor and text encoder (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"loras": loras, "transformer": transformer, "mistral_encoder": mistral_encoder},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def mistral_encoder(self) -> Output[MistralEncoderField]:
        """Output `mistral_encoder`: Mistral tokenizer/processor and text encoder"""
        return Output(self, "mistral_encoder")


class Flux2DevLoRALoader(Node):
    """Apply LoRA - FLUX.2 [dev] (`flux2_dev_lora_loader`, version 1.0.0). Apply a LoRA to a FLUX.2
    [dev] transformer and/or its Mistral text encoder. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "flux2_dev_lora_loader"

    def __init__(
        self,
        *,
        lora: ModelRef | Output[ModelIdentifierField] | None = None,
        weight: float | Output[float] = 0.75,
        transformer: Output[TransformerField] | None = None,
        mistral_encoder: Output[MistralEncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux2_dev_lora_loader` node; add it to a Graph to use it.

        Args:
            lora: LoRA model to load (required)
            weight: The weight at which the LoRA is applied to each model
            transformer: Transformer (connection only)
            mistral_encoder: Mistral tokenizer/processor and text encoder (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"lora": lora, "weight": weight, "transformer": transformer, "mistral_encoder": mistral_encoder},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def mistral_encoder(self) -> Output[MistralEncoderField]:
        """Output `mistral_encoder`: Mistral tokenizer/processor and text encoder"""
        return Output(self, "mistral_encoder")


class Flux2DevModelLoader(Node):
    """Main Model - FLUX.2 [dev] (`flux2_dev_model_loader`, version 1.0.0). Load a FLUX.2 [dev]
    transformer plus its Mistral text encoder and VAE. FLUX.2 [dev] is a 32B guidance-distilled
    rectified flow transformer that uses Mistral Small 3.1 (24B) as its sole text encoder, sharing
    the 32-channel AutoencoderKLFlux2 VAE with FLUX.2 Klein. When the transformer is a Diffusers-
    format checkpoint, both VAE and Mistral encoder can be extracted directly from the main model.
    For single-file safetensors or GGUF transformers, you must supply standalone VAE and Mistral
    encoder models, or point at a Diffusers FLUX.2 [dev] checkout for sub-model extraction. Needs
    InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "flux2_dev_model_loader"

    def __init__(
        self,
        *,
        model: ModelRef | None = None,
        vae_model: ModelRef | None = None,
        mistral_encoder_model: ModelRef | None = None,
        mistral_source_model: ModelRef | None = None,
        max_seq_len: Literal[256, 512] | Output[str] = 512,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux2_dev_model_loader` node; add it to a Graph to use it.

        Args:
            model: FLUX.2 [dev] model (Transformer) to load (required; value only)
            vae_model: Standalone FLUX.2 VAE (AutoencoderKLFlux2). If not provided, the VAE is extracted
            from the Diffusers source model. (value only)
            mistral_encoder_model: Standalone Mistral text encoder. Required when the transformer is a
            single-file safetensors or GGUF without a sibling Diffusers source. (value only)
            mistral_source_model: Diffusers FLUX.2 [dev] model to extract VAE and/or Mistral encoder from.
            Use this if you don't have separate VAE / Mistral encoder models. Ignored if both are provided
            separately. (value only)
            max_seq_len: Max sequence length for the Mistral encoder. FLUX.2 [dev] uses 512 by default.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "model": model,
                "vae_model": vae_model,
                "mistral_encoder_model": mistral_encoder_model,
                "mistral_source_model": mistral_source_model,
                "max_seq_len": max_seq_len,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def mistral_encoder(self) -> Output[MistralEncoderField]:
        """Output `mistral_encoder`: Mistral tokenizer/processor and text encoder"""
        return Output(self, "mistral_encoder")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")

    @property
    def max_seq_len(self) -> Output[str]:
        """Output `max_seq_len`: Max sequence length for the Mistral encoder."""
        return Output(self, "max_seq_len")


class Flux2DevTextEncoder(Node):
    """Prompt - FLUX.2 [dev] (`flux2_dev_text_encoder`, version 1.0.1). Encode a prompt for FLUX.2
    [dev] using its Mistral Small 3.1 text encoder. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "flux2_dev_text_encoder"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] | None = None,
        mistral_encoder: Output[MistralEncoderField] | None = None,
        max_seq_len: Literal[256, 512] | Output[str] = 512,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux2_dev_text_encoder` node; add it to a Graph to use it.

        Args:
            prompt: Text prompt to encode. (required)
            mistral_encoder: Mistral tokenizer/processor and text encoder (required; connection only)
            max_seq_len: Max sequence length for the Mistral encoder.
            mask: A mask defining the region that this conditioning prompt applies to.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"prompt": prompt, "mistral_encoder": mistral_encoder, "max_seq_len": max_seq_len, "mask": mask},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[FluxConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class Flux2KleinLoRACollectionLoader(Node):
    """Apply LoRA Collection - Flux2 Klein (`flux2_klein_lora_collection_loader`, version 1.0.1).
    Applies a collection of LoRAs to a FLUX.2 Klein transformer and/or Qwen3 text encoder. Needs
    InvokeAI >= 6.12.0.
    """

    type_name: ClassVar[str] = "flux2_klein_lora_collection_loader"

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[list[LoRAField]]
        | None = None,
        transformer: Output[TransformerField] | None = None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux2_klein_lora_collection_loader` node; add it to a Graph to use it.

        Args:
            loras: LoRA models and weights. May be a single LoRA or collection.
            transformer: Transformer (connection only)
            qwen3_encoder: Qwen3 tokenizer and text encoder (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"loras": loras, "transformer": transformer, "qwen3_encoder": qwen3_encoder},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Output `qwen3_encoder`: Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")


class Flux2KleinLoRALoader(Node):
    """Apply LoRA - Flux2 Klein (`flux2_klein_lora_loader`, version 1.0.0). Apply a LoRA model to a
    FLUX.2 Klein transformer and/or Qwen3 text encoder. Needs InvokeAI >= 6.12.0.
    """

    type_name: ClassVar[str] = "flux2_klein_lora_loader"

    def __init__(
        self,
        *,
        lora: ModelRef | Output[ModelIdentifierField] | None = None,
        weight: float | Output[float] = 0.75,
        transformer: Output[TransformerField] | None = None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux2_klein_lora_loader` node; add it to a Graph to use it.

        Args:
            lora: LoRA model to load (required)
            weight: The weight at which the LoRA is applied to each model
            transformer: Transformer (connection only)
            qwen3_encoder: Qwen3 tokenizer and text encoder (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"lora": lora, "weight": weight, "transformer": transformer, "qwen3_encoder": qwen3_encoder},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Output `qwen3_encoder`: Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")


class Flux2KleinModelLoader(Node):
    """Main Model - Flux2 Klein (`flux2_klein_model_loader`, version 1.1.0). Loads a Flux2 Klein
    model, outputting its submodels. Flux2 Klein uses Qwen3 as the text encoder instead of CLIP+T5.
    It uses a 32-channel VAE (AutoencoderKLFlux2) instead of the 16-channel FLUX.1 VAE. When using a
    Diffusers format model, both VAE and Qwen3 encoder are extracted automatically from the main
    model. You can override with standalone models: - Transformer: Always from Flux2 Klein main
    model - VAE: From main model (Diffusers) or standalone VAE - Qwen3 Encoder: From main model
    (Diffusers) or standalone Qwen3 model Needs InvokeAI >= 6.12.0.
    """

    type_name: ClassVar[str] = "flux2_klein_model_loader"

    def __init__(
        self,
        *,
        model: ModelRef | None = None,
        vae_model: ModelRef | None = None,
        qwen3_encoder_model: ModelRef | None = None,
        qwen3_source_model: ModelRef | None = None,
        max_seq_len: Literal[256, 512] | Output[str] = 512,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux2_klein_model_loader` node; add it to a Graph to use it.

        Args:
            model: Flux model (Transformer) to load (required; value only)
            vae_model: Standalone VAE model. Flux2 Klein uses the same VAE as FLUX (16-channel). If not
            provided, VAE will be loaded from the Qwen3 Source model. (value only)
            qwen3_encoder_model: Standalone Qwen3 Encoder model. If not provided, encoder will be loaded
            from the Qwen3 Source model. (value only)
            qwen3_source_model: Diffusers or SDNQ-pipeline Flux2 Klein model to extract VAE and/or Qwen3
            encoder from. Use this if you don't have separate VAE/Qwen3 models. Ignored if both VAE and
            Qwen3 Encoder are provided separately. (value only)
            max_seq_len: Max sequence length for the Qwen3 encoder.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "model": model,
                "vae_model": vae_model,
                "qwen3_encoder_model": qwen3_encoder_model,
                "qwen3_source_model": qwen3_source_model,
                "max_seq_len": max_seq_len,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Output `qwen3_encoder`: Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")

    @property
    def max_seq_len(self) -> Output[str]:
        """Output `max_seq_len`: The max sequence length for the Qwen3 encoder."""
        return Output(self, "max_seq_len")


class Flux2KleinTextEncoder(Node):
    """Prompt - Flux2 Klein (`flux2_klein_text_encoder`, version 1.1.1). Encodes and preps a prompt
    for Flux2 Klein image generation. Flux2 Klein uses Qwen3 as the text encoder, extracting hidden
    states from layers (9, 18, 27) and stacking them for richer text representations. This matches
    the diffusers Flux2KleinPipeline implementation exactly. Needs InvokeAI >= 6.12.0.
    """

    type_name: ClassVar[str] = "flux2_klein_text_encoder"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] | None = None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        max_seq_len: Literal[256, 512] | Output[str] = 512,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux2_klein_text_encoder` node; add it to a Graph to use it.

        Args:
            prompt: Text prompt to encode. (required)
            qwen3_encoder: Qwen3 tokenizer and text encoder (required; connection only)
            max_seq_len: Max sequence length for the Qwen3 encoder.
            mask: A mask defining the region that this conditioning prompt applies to.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"prompt": prompt, "qwen3_encoder": qwen3_encoder, "max_seq_len": max_seq_len, "mask": mask},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[FluxConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class Flux2PiDDecode(Node):
    """Latents to Image - FLUX.2 + PiD (4x SR) (`flux2_pid_decode`, version 1.0.0). Decode a FLUX.2
    Klein latent with the PiD pixel-diffusion decoder. Produces a 4x super-resolved image in a
    single pass. The stored FLUX.2 latent is patchified from ``(B, 32, H/8, W/8)`` to the ``(B, 128,
    H/16, W/16)`` layout PiD's FLUX.2 backbone expects, then decoded directly (it is already in raw,
    BN-denormalized space; see the module docstring). Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "flux2_pid_decode"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        prompt: str | Output[str] | Output[float] | None = None,
        gemma2_encoder: Output[Gemma2EncoderField] | None = None,
        pid_decoder: Output[PiDDecoderField] | None = None,
        vae: Output[VAEField] | None = None,
        num_inference_steps: int | Output[int] = 4,
        seed: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux2_pid_decode` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            prompt: Text prompt the latent was generated from. PiD conditions on it. (required)
            gemma2_encoder: Gemma-2 caption encoder. Required by PiD. (required; connection only)
            pid_decoder: PiD FLUX.2 decoder checkpoint. (required; connection only)
            vae: FLUX.2 VAE, used only to read a scalar scaling_factor / shift_factor if one exists.
            FLUX.2 normalises latents with BatchNorm (already inverted in flux2_denoise), so this is
            normally an identity transform and the input can be left unconnected. (connection only)
            num_inference_steps: Number of PiD distill steps. The released checkpoints are distilled for
            4; the student schedule has only 4 transitions, so higher counts cannot add sampling steps.
            (>= 1; <= 4)
            seed: Seed for the PiD decoder's noise.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "latents": latents,
                "prompt": prompt,
                "gemma2_encoder": gemma2_encoder,
                "pid_decoder": pid_decoder,
                "vae": vae,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class Flux2VaeDecode(Node):
    """Latents to Image - FLUX2 (`flux2_vae_decode`, version 1.0.0). Generates an image from latents
    using FLUX.2 Klein's 32-channel VAE. Needs InvokeAI >= 6.12.0.
    """

    type_name: ClassVar[str] = "flux2_vae_decode"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        vae: Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux2_vae_decode` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            vae: VAE (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "latents": latents, "vae": vae},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class Flux2VaeEncode(Node):
    """Image to Latents - FLUX2 (`flux2_vae_encode`, version 1.0.0). Encodes an image into latents
    using FLUX.2 Klein's 32-channel VAE. Needs InvokeAI >= 6.12.0.
    """

    type_name: ClassVar[str] = "flux2_vae_encode"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        vae: Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux2_vae_encode` node; add it to a Graph to use it.

        Args:
            image: The image to encode. (required)
            vae: VAE (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"image": image, "vae": vae},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class FluxControlLoRALoader(Node):
    """Control LoRA - FLUX (`flux_control_lora_loader`, version 1.1.1). LoRA model and Image to use
    with FLUX transformer generation. Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "flux_control_lora_loader"

    def __init__(
        self,
        *,
        lora: ModelRef | Output[ModelIdentifierField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        weight: float | Output[float] = 1.0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux_control_lora_loader` node; add it to a Graph to use it.

        Args:
            lora: Control LoRA model to load (required)
            image: The image to encode. (required)
            weight: The weight of the LoRA.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"lora": lora, "image": image, "weight": weight},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def control_lora(self) -> Output[ControlLoRAField]:
        """Output `control_lora`: Control LoRAs to apply on model loading"""
        return Output(self, "control_lora")


class FluxControlNet(Node):
    """FLUX ControlNet (`flux_controlnet`, version 1.0.0). Collect FLUX ControlNet info to pass to
    other nodes. Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "flux_controlnet"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        control_model: ModelRef | Output[ModelIdentifierField] | None = None,
        control_weight: float | Sequence[float] | Output[float] | Output[list[float]] = 1.0,
        begin_step_percent: float | Output[float] = 0,
        end_step_percent: float | Output[float] = 1,
        resize_mode: Literal["just_resize", "crop_resize", "fill_resize", "just_resize_simple"]
        | Output[str] = "just_resize",
        instantx_control_mode: int | Output[int] = -1,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux_controlnet` node; add it to a Graph to use it.

        Args:
            image: The control image (required)
            control_model: ControlNet model to load (required)
            control_weight: The weight given to the ControlNet
            begin_step_percent: When the ControlNet is first applied (% of total steps) (>= 0; <= 1)
            end_step_percent: When the ControlNet is last applied (% of total steps) (>= 0; <= 1)
            resize_mode: The resize mode used
            instantx_control_mode: The control mode for InstantX ControlNet union models. Ignored for
            other ControlNet models. The standard mapping is: canny (0), tile (1), depth (2), blur (3),
            pose (4), gray (5), low quality (6). Negative values will be treated as 'None'.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "image": image,
                "control_model": control_model,
                "control_weight": control_weight,
                "begin_step_percent": begin_step_percent,
                "end_step_percent": end_step_percent,
                "resize_mode": resize_mode,
                "instantx_control_mode": instantx_control_mode,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def control(self) -> Output[FluxControlNetField]:
        """Output `control`: ControlNet(s) to apply"""
        return Output(self, "control")


class FluxDenoise(Node):
    """FLUX Denoise (`flux_denoise`, version 4.6.0). Run denoising process with a FLUX transformer
    model.
    """

    type_name: ClassVar[str] = "flux_denoise"

    def __init__(
        self,
        *,
        dype_preset: Literal["off", "manual", "auto", "area", "4k"] | Output[str] = "off",
        dype_scale: float | Output[float] | None = None,
        dype_exponent: float | Output[float] | None = None,
        latents: Output[LatentsField] | None = None,
        noise: Output[LatentsField] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_start: float | Output[float] = 0.0,
        denoising_end: float | Output[float] = 1.0,
        add_noise: bool | Output[bool] = True,
        transformer: Output[TransformerField] | None = None,
        control_lora: Output[ControlLoRAField] | None = None,
        positive_text_conditioning: Output[FluxConditioningField]
        | Output[list[FluxConditioningField]]
        | None = None,
        negative_text_conditioning: Output[FluxConditioningField]
        | Output[list[FluxConditioningField]]
        | None = None,
        redux_conditioning: Output[FluxReduxConditioningField]
        | Output[list[FluxReduxConditioningField]]
        | None = None,
        fill_conditioning: Output[FluxFillConditioningField] | None = None,
        cfg_scale: float | Sequence[float] | Output[float] | Output[list[float]] = 1.0,
        cfg_scale_start_step: int | Output[int] = 0,
        cfg_scale_end_step: int | Output[int] = -1,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        num_steps: int | Output[int] = 4,
        scheduler: Literal["euler", "heun", "lcm"] | Output[str] = "euler",
        guidance: float | Output[float] = 4.0,
        seed: int | Output[int] = 0,
        control: Output[FluxControlNetField] | Output[list[FluxControlNetField]] | None = None,
        controlnet_vae: Output[VAEField] | None = None,
        ip_adapter: Output[IPAdapterField] | Output[list[IPAdapterField]] | None = None,
        kontext_conditioning: Output[FluxKontextConditioningField]
        | Output[list[FluxKontextConditioningField]]
        | None = None,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        trajectory_guidance_strength: float | Output[float] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux_denoise` node; add it to a Graph to use it.

        Args:
            dype_preset: DyPE preset for high-resolution generation. 'auto' enables automatically for
            resolutions > 1536px. 'area' enables automatically based on image area. '4k' uses optimized
            settings for 4K output. (needs InvokeAI >= 6.12.0)
            dype_scale: DyPE magnitude (s). Higher values = stronger extrapolation. Only used when
            dype_preset is not 'off'. (>= 0.0; <= 8.0; needs InvokeAI >= 6.12.0)
            dype_exponent: DyPE decay speed (t). Controls transition from low to high frequency detail.
            Only used when dype_preset is not 'off'. (>= 0.0; <= 1000.0; needs InvokeAI >= 6.12.0)
            latents: Latents tensor (connection only)
            noise: Noise tensor (connection only; needs InvokeAI >= 6.14.2)
            denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent
            the regions to be fully denoised, and 1.0 represent the regions to be preserved. (connection
            only)
            denoising_start: When to start denoising, expressed a percentage of total steps (>= 0; <= 1)
            denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0; <= 1)
            add_noise: Add noise based on denoising start. (needs InvokeAI >= 5.6.0)
            transformer: Flux model (Transformer) to load (required; connection only)
            control_lora: Control LoRA model to load (connection only; needs InvokeAI >= 5.6.0)
            positive_text_conditioning: Positive conditioning tensor (required; connection only)
            negative_text_conditioning: Negative conditioning tensor. Can be None if cfg_scale is 1.0.
            (connection only; needs InvokeAI >= 5.6.0)
            redux_conditioning: FLUX Redux conditioning tensor. (connection only; needs InvokeAI >=
            5.15.0)
            fill_conditioning: FLUX Fill conditioning. (connection only; needs InvokeAI >= 5.15.0)
            cfg_scale: Classifier-Free Guidance scale (needs InvokeAI >= 5.6.0)
            cfg_scale_start_step: Index of the first step to apply cfg_scale. Negative indices count
            backwards from the the last step (e.g. a value of -1 refers to the final step). (needs
            InvokeAI >= 5.6.0)
            cfg_scale_end_step: Index of the last step to apply cfg_scale. Negative indices count
            backwards from the last step (e.g. a value of -1 refers to the final step). (needs InvokeAI >=
            5.6.0)
            width: Width of the generated image. (multiple of 16)
            height: Height of the generated image. (multiple of 16)
            num_steps: Number of diffusion steps. Recommended values are schnell: 4, dev: 50.
            scheduler: Scheduler (sampler) for the denoising process. 'euler' is fast and standard. 'heun'
            is 2nd-order (better quality, 2x slower). 'lcm' is optimized for few steps. (needs InvokeAI >=
            6.10.0)
            guidance: The guidance strength. Higher values adhere more strictly to the prompt, and will
            produce less diverse images. FLUX dev only, ignored for schnell.
            seed: Randomness seed for reproducibility.
            control: ControlNet models. (connection only; needs InvokeAI >= 5.6.0)
            controlnet_vae: VAE (connection only; needs InvokeAI >= 5.6.0)
            ip_adapter: IP-Adapter to apply (connection only; needs InvokeAI >= 5.6.0)
            kontext_conditioning: FLUX Kontext conditioning (reference image). (connection only; needs
            InvokeAI >= 6.0.2)
            board: The board to save the image to (value only; needs InvokeAI 5.0.0 to 5.15.0)
            metadata: Optional metadata to be saved with the image (connection only; needs InvokeAI 5.0.0
            to 5.15.0)
            trajectory_guidance_strength: Value indicating how strongly to guide the denoising process
            towards the initial latents (during image-to-image). Range [0, 1]. A value of 0.0 is
            equivalent to vanilla image-to-image. A value of 1.0 will guide the denoising process very
            close to the original latents. (>= 0.0; <= 1.0; needs InvokeAI 5.0.0 to 5.0.0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "dype_preset": dype_preset,
                "dype_scale": dype_scale,
                "dype_exponent": dype_exponent,
                "latents": latents,
                "noise": noise,
                "denoise_mask": denoise_mask,
                "denoising_start": denoising_start,
                "denoising_end": denoising_end,
                "add_noise": add_noise,
                "transformer": transformer,
                "control_lora": control_lora,
                "positive_text_conditioning": positive_text_conditioning,
                "negative_text_conditioning": negative_text_conditioning,
                "redux_conditioning": redux_conditioning,
                "fill_conditioning": fill_conditioning,
                "cfg_scale": cfg_scale,
                "cfg_scale_start_step": cfg_scale_start_step,
                "cfg_scale_end_step": cfg_scale_end_step,
                "width": width,
                "height": height,
                "num_steps": num_steps,
                "scheduler": scheduler,
                "guidance": guidance,
                "seed": seed,
                "control": control,
                "controlnet_vae": controlnet_vae,
                "ip_adapter": ip_adapter,
                "kontext_conditioning": kontext_conditioning,
                "board": board,
                "metadata": metadata,
                "trajectory_guidance_strength": trajectory_guidance_strength,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class FluxDenoiseLatentsMeta(Node):
    """FLUX Denoise + Metadata (`flux_denoise_meta`, version 1.0.1). Run denoising process with a
    FLUX transformer model + metadata. Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "flux_denoise_meta"

    def __init__(
        self,
        *,
        dype_preset: Literal["off", "manual", "auto", "area", "4k"] | Output[str] = "off",
        dype_scale: float | Output[float] | None = None,
        dype_exponent: float | Output[float] | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        noise: Output[LatentsField] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_start: float | Output[float] = 0.0,
        denoising_end: float | Output[float] = 1.0,
        add_noise: bool | Output[bool] = True,
        transformer: Output[TransformerField] | None = None,
        control_lora: Output[ControlLoRAField] | None = None,
        positive_text_conditioning: Output[FluxConditioningField]
        | Output[list[FluxConditioningField]]
        | None = None,
        negative_text_conditioning: Output[FluxConditioningField]
        | Output[list[FluxConditioningField]]
        | None = None,
        redux_conditioning: Output[FluxReduxConditioningField]
        | Output[list[FluxReduxConditioningField]]
        | None = None,
        fill_conditioning: Output[FluxFillConditioningField] | None = None,
        cfg_scale: float | Sequence[float] | Output[float] | Output[list[float]] = 1.0,
        cfg_scale_start_step: int | Output[int] = 0,
        cfg_scale_end_step: int | Output[int] = -1,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        num_steps: int | Output[int] = 4,
        scheduler: Literal["euler", "heun", "lcm"] | Output[str] = "euler",
        guidance: float | Output[float] = 4.0,
        seed: int | Output[int] = 0,
        control: Output[FluxControlNetField] | Output[list[FluxControlNetField]] | None = None,
        controlnet_vae: Output[VAEField] | None = None,
        ip_adapter: Output[IPAdapterField] | Output[list[IPAdapterField]] | None = None,
        kontext_conditioning: Output[FluxKontextConditioningField]
        | Output[list[FluxKontextConditioningField]]
        | None = None,
        board: BoardRef | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux_denoise_meta` node; add it to a Graph to use it.

        Args:
            dype_preset: DyPE preset for high-resolution generation. 'auto' enables automatically for
            resolutions > 1536px. 'area' enables automatically based on image area. '4k' uses optimized
            settings for 4K output. (needs InvokeAI >= 6.12.0)
            dype_scale: DyPE magnitude (s). Higher values = stronger extrapolation. Only used when
            dype_preset is not 'off'. (>= 0.0; <= 8.0; needs InvokeAI >= 6.12.0)
            dype_exponent: DyPE decay speed (t). Controls transition from low to high frequency detail.
            Only used when dype_preset is not 'off'. (>= 0.0; <= 1000.0; needs InvokeAI >= 6.12.0)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (connection only)
            noise: Noise tensor (connection only; needs InvokeAI >= 6.14.2)
            denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent
            the regions to be fully denoised, and 1.0 represent the regions to be preserved. (connection
            only)
            denoising_start: When to start denoising, expressed a percentage of total steps (>= 0; <= 1)
            denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0; <= 1)
            add_noise: Add noise based on denoising start.
            transformer: Flux model (Transformer) to load (required; connection only)
            control_lora: Control LoRA model to load (connection only)
            positive_text_conditioning: Positive conditioning tensor (required; connection only)
            negative_text_conditioning: Negative conditioning tensor. Can be None if cfg_scale is 1.0.
            (connection only)
            redux_conditioning: FLUX Redux conditioning tensor. (connection only)
            fill_conditioning: FLUX Fill conditioning. (connection only)
            cfg_scale: Classifier-Free Guidance scale
            cfg_scale_start_step: Index of the first step to apply cfg_scale. Negative indices count
            backwards from the the last step (e.g. a value of -1 refers to the final step).
            cfg_scale_end_step: Index of the last step to apply cfg_scale. Negative indices count
            backwards from the last step (e.g. a value of -1 refers to the final step).
            width: Width of the generated image. (multiple of 16)
            height: Height of the generated image. (multiple of 16)
            num_steps: Number of diffusion steps. Recommended values are schnell: 4, dev: 50.
            scheduler: Scheduler (sampler) for the denoising process. 'euler' is fast and standard. 'heun'
            is 2nd-order (better quality, 2x slower). 'lcm' is optimized for few steps. (needs InvokeAI >=
            6.10.0)
            guidance: The guidance strength. Higher values adhere more strictly to the prompt, and will
            produce less diverse images. FLUX dev only, ignored for schnell.
            seed: Randomness seed for reproducibility.
            control: ControlNet models. (connection only)
            controlnet_vae: VAE (connection only)
            ip_adapter: IP-Adapter to apply (connection only)
            kontext_conditioning: FLUX Kontext conditioning (reference image). (connection only; needs
            InvokeAI >= 6.0.2)
            board: The board to save the image to (value only; needs InvokeAI 5.15.0 to 5.15.0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "dype_preset": dype_preset,
                "dype_scale": dype_scale,
                "dype_exponent": dype_exponent,
                "metadata": metadata,
                "latents": latents,
                "noise": noise,
                "denoise_mask": denoise_mask,
                "denoising_start": denoising_start,
                "denoising_end": denoising_end,
                "add_noise": add_noise,
                "transformer": transformer,
                "control_lora": control_lora,
                "positive_text_conditioning": positive_text_conditioning,
                "negative_text_conditioning": negative_text_conditioning,
                "redux_conditioning": redux_conditioning,
                "fill_conditioning": fill_conditioning,
                "cfg_scale": cfg_scale,
                "cfg_scale_start_step": cfg_scale_start_step,
                "cfg_scale_end_step": cfg_scale_end_step,
                "width": width,
                "height": height,
                "num_steps": num_steps,
                "scheduler": scheduler,
                "guidance": guidance,
                "seed": seed,
                "control": control,
                "controlnet_vae": controlnet_vae,
                "ip_adapter": ip_adapter,
                "kontext_conditioning": kontext_conditioning,
                "board": board,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def metadata(self) -> Output[MetadataField]:
        """Output `metadata`: Metadata Dict"""
        return Output(self, "metadata")

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class FluxFill(Node):
    """FLUX Fill Conditioning (`flux_fill`, version 1.0.0). Prepare the FLUX Fill conditioning data.
    Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "flux_fill"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux_fill` node; add it to a Graph to use it.

        Args:
            image: The FLUX Fill reference image. (required)
            mask: The bool inpainting mask. Excluded regions should be set to False, included regions
            should be set to True. (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"image": image, "mask": mask},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def fill_cond(self) -> Output[FluxFillConditioningField]:
        """Output `fill_cond`: FLUX Redux conditioning tensor"""
        return Output(self, "fill_cond")


class FluxIPAdapter(Node):
    """FLUX IP-Adapter (`flux_ip_adapter`, version 1.0.0). Collects FLUX IP-Adapter info to pass to
    other nodes. Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "flux_ip_adapter"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        ip_adapter_model: ModelRef | Output[ModelIdentifierField] | None = None,
        clip_vision_model: Literal["ViT-L"] | Output[str] = "ViT-L",
        weight: float | Sequence[float] | Output[float] | Output[list[float]] = 1,
        begin_step_percent: float | Output[float] = 0,
        end_step_percent: float | Output[float] = 1,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux_ip_adapter` node; add it to a Graph to use it.

        Args:
            image: The IP-Adapter image prompt(s). (required)
            ip_adapter_model: The IP-Adapter model. (required)
            clip_vision_model: CLIP Vision model to use.
            weight: The weight given to the IP-Adapter
            begin_step_percent: When the IP-Adapter is first applied (% of total steps) (>= 0; <= 1)
            end_step_percent: When the IP-Adapter is last applied (% of total steps) (>= 0; <= 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "image": image,
                "ip_adapter_model": ip_adapter_model,
                "clip_vision_model": clip_vision_model,
                "weight": weight,
                "begin_step_percent": begin_step_percent,
                "end_step_percent": end_step_percent,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def ip_adapter(self) -> Output[IPAdapterField]:
        """Output `ip_adapter`: IP-Adapter to apply"""
        return Output(self, "ip_adapter")


class FluxKontext(Node):
    """Kontext Conditioning - FLUX (`flux_kontext`, version 1.0.0). Prepares a reference image for
    FLUX Kontext conditioning. Needs InvokeAI >= 6.0.2.
    """

    type_name: ClassVar[str] = "flux_kontext"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux_kontext` node; add it to a Graph to use it.

        Args:
            image: The Kontext reference image. (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"image": image},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def kontext_cond(self) -> Output[FluxKontextConditioningField]:
        """Output `kontext_cond`: FLUX Kontext conditioning (reference image)"""
        return Output(self, "kontext_cond")


class FluxKontextConcatenateImages(Node):
    """FLUX Kontext Image Prep (`flux_kontext_image_prep`, version 1.0.0). Prepares an image or
    images for use with FLUX Kontext. The first/single image is resized to the nearest preferred
    Kontext resolution. All other images are concatenated horizontally, maintaining their aspect
    ratio. Needs InvokeAI >= 6.7.0.
    """

    type_name: ClassVar[str] = "flux_kontext_image_prep"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        images: Sequence[ImageRef] | Output[list[ImageField]] | None = None,
        use_preferred_resolution: bool | Output[bool] = True,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux_kontext_image_prep` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            images: The images to concatenate (required; min items 1; max items 10)
            use_preferred_resolution: Use FLUX preferred resolutions for the first image
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "images": images,
                "use_preferred_resolution": use_preferred_resolution,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class FLUXLoRACollectionLoader(Node):
    """Apply LoRA Collection - FLUX (`flux_lora_collection_loader`, version 1.3.2). Applies a
    collection of LoRAs to a FLUX transformer.
    """

    type_name: ClassVar[str] = "flux_lora_collection_loader"

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[list[LoRAField]]
        | None = None,
        transformer: Output[TransformerField] | None = None,
        clip: Output[CLIPField] | None = None,
        t5_encoder: Output[T5EncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux_lora_collection_loader` node; add it to a Graph to use it.

        Args:
            loras: LoRA models and weights. May be a single LoRA or collection.
            transformer: Transformer (connection only)
            clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (connection only; needs
            InvokeAI >= 5.0.2)
            t5_encoder: T5 tokenizer and text encoder (connection only; needs InvokeAI >= 5.15.0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"loras": loras, "transformer": transformer, "clip": clip, "t5_encoder": t5_encoder},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def clip(self) -> Output[CLIPField]:
        """Output `clip`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def t5_encoder(self) -> Output[T5EncoderField]:
        """Output `t5_encoder`: T5 tokenizer and text encoder"""
        return Output(self, "t5_encoder")


class FluxLoRALoader(Node):
    """Apply LoRA - FLUX (`flux_lora_loader`, version 1.2.1). Apply a LoRA model to a FLUX
    transformer and/or text encoder.
    """

    type_name: ClassVar[str] = "flux_lora_loader"

    def __init__(
        self,
        *,
        lora: ModelRef | Output[ModelIdentifierField] | None = None,
        weight: float | Output[float] = 0.75,
        transformer: Output[TransformerField] | None = None,
        clip: Output[CLIPField] | None = None,
        t5_encoder: Output[T5EncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux_lora_loader` node; add it to a Graph to use it.

        Args:
            lora: LoRA model to load (required)
            weight: The weight at which the LoRA is applied to each model
            transformer: Transformer (connection only)
            clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (connection only; needs
            InvokeAI >= 5.0.2)
            t5_encoder: T5 tokenizer and text encoder (connection only; needs InvokeAI >= 5.15.0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "lora": lora,
                "weight": weight,
                "transformer": transformer,
                "clip": clip,
                "t5_encoder": t5_encoder,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def clip(self) -> Output[CLIPField]:
        """Output `clip`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def t5_encoder(self) -> Output[T5EncoderField]:
        """Output `t5_encoder`: T5 tokenizer and text encoder"""
        return Output(self, "t5_encoder")


class FluxModelLoader(Node):
    """Main Model - FLUX (`flux_model_loader`, version 1.1.0). Loads a flux base model, outputting
    its submodels.
    """

    type_name: ClassVar[str] = "flux_model_loader"

    def __init__(
        self,
        *,
        model: ModelRef | Output[ModelIdentifierField] | None = None,
        t5_encoder_model: ModelRef | Output[ModelIdentifierField] | None = None,
        clip_embed_model: ModelRef | Output[ModelIdentifierField] | None = None,
        vae_model: ModelRef | Output[ModelIdentifierField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux_model_loader` node; add it to a Graph to use it.

        Args:
            model: Flux model (Transformer) to load (required)
            t5_encoder_model: T5 tokenizer and text encoder
            clip_embed_model: CLIP Embed loader
            vae_model: VAE model to load
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "model": model,
                "t5_encoder_model": t5_encoder_model,
                "clip_embed_model": clip_embed_model,
                "vae_model": vae_model,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def clip(self) -> Output[CLIPField]:
        """Output `clip`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def t5_encoder(self) -> Output[T5EncoderField]:
        """Output `t5_encoder`: T5 tokenizer and text encoder"""
        return Output(self, "t5_encoder")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")

    @property
    def max_seq_len(self) -> Output[str]:
        """Output `max_seq_len`: The max sequence length to used for the T5 encoder. (256 for
        schnell transformer, 512 for dev transformer)
        """
        return Output(self, "max_seq_len")


class FluxPiDDecode(Node):
    """Latents to Image - FLUX + PiD (4x SR) (`flux_pid_decode`, version 1.0.0). Decode a FLUX
    latent with the PiD pixel-diffusion decoder. The FLUX AutoEncoder usually denormalises the
    stored latent internally before its conv decoder runs (`z / scale + shift`); we apply the same
    transform manually here so PiD sees the raw latent it was trained on. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "flux_pid_decode"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        prompt: str | Output[str] | Output[float] | None = None,
        gemma2_encoder: Output[Gemma2EncoderField] | None = None,
        pid_decoder: Output[PiDDecoderField] | None = None,
        num_inference_steps: int | Output[int] = 4,
        seed: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux_pid_decode` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            prompt: Text prompt the latent was generated from. PiD conditions on it. (required)
            gemma2_encoder: Gemma-2 caption encoder. Required by PiD. (required; connection only)
            pid_decoder: PiD FLUX decoder checkpoint. (required; connection only)
            num_inference_steps: Number of PiD distill steps. The released checkpoints are distilled for
            4; the student schedule has only 4 transitions, so higher counts cannot add sampling steps.
            (>= 1; <= 4)
            seed: Seed for the PiD decoder's noise.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "latents": latents,
                "prompt": prompt,
                "gemma2_encoder": gemma2_encoder,
                "pid_decoder": pid_decoder,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class FluxRedux(Node):
    """FLUX Redux (`flux_redux`, version 2.1.0). Runs a FLUX Redux model to generate a conditioning
    tensor. Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "flux_redux"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        redux_model: ModelRef | Output[ModelIdentifierField] | None = None,
        downsampling_factor: int | Output[int] = 1,
        downsampling_function: Literal["nearest", "bilinear", "bicubic", "area", "nearest-exact"]
        | Output[str] = "area",
        weight: float | Output[float] = 1.0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux_redux` node; add it to a Graph to use it.

        Args:
            image: The FLUX Redux image prompt. (required)
            mask: The bool mask associated with this FLUX Redux image prompt. Excluded regions should be
            set to False, included regions should be set to True.
            redux_model: The FLUX Redux model to use. (required)
            downsampling_factor: Redux Downsampling Factor (1-9) (>= 1; <= 9)
            downsampling_function: Redux Downsampling Function
            weight: Redux weight (0.0-1.0) (>= 0; <= 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "image": image,
                "mask": mask,
                "redux_model": redux_model,
                "downsampling_factor": downsampling_factor,
                "downsampling_function": downsampling_function,
                "weight": weight,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def redux_cond(self) -> Output[FluxReduxConditioningField]:
        """Output `redux_cond`: FLUX Redux conditioning tensor"""
        return Output(self, "redux_cond")


class FluxTextEncoder(Node):
    """Prompt - FLUX (`flux_text_encoder`, version 1.1.2). Encodes and preps a prompt for a flux
    image.
    """

    type_name: ClassVar[str] = "flux_text_encoder"

    def __init__(
        self,
        *,
        clip: Output[CLIPField] | None = None,
        t5_encoder: Output[T5EncoderField] | None = None,
        t5_max_seq_len: Literal[256, 512] | Output[str] | None = None,
        prompt: str | Output[str] | Output[float] | None = None,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux_text_encoder` node; add it to a Graph to use it.

        Args:
            clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (required; connection
            only)
            t5_encoder: T5 tokenizer and text encoder (required; connection only)
            t5_max_seq_len: Max sequence length for the T5 encoder. Expected to be 256 for FLUX schnell
            models and 512 for FLUX dev models. (required)
            prompt: Text prompt to encode. (required)
            mask: A mask defining the region that this conditioning prompt applies to. (needs InvokeAI >=
            5.6.0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "clip": clip,
                "t5_encoder": t5_encoder,
                "t5_max_seq_len": t5_max_seq_len,
                "prompt": prompt,
                "mask": mask,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[FluxConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class FluxVaeDecode(Node):
    """Latents to Image - FLUX (`flux_vae_decode`, version 1.0.2). Generates an image from latents."""

    type_name: ClassVar[str] = "flux_vae_decode"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        vae: Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux_vae_decode` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            vae: VAE (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "latents": latents, "vae": vae},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class FluxVaeEncode(Node):
    """Image to Latents - FLUX (`flux_vae_encode`, version 1.0.1). Encodes an image into latents."""

    type_name: ClassVar[str] = "flux_vae_encode"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        vae: Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `flux_vae_encode` node; add it to a Graph to use it.

        Args:
            image: The image to encode. (required)
            vae: VAE (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"image": image, "vae": vae},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class FreeU(Node):
    """Apply FreeU - SD1.5, SDXL (`freeu`, version 1.0.2). Applies FreeU to the UNet. Suggested
    values (b1/b2/s1/s2): SD1.5: 1.2/1.4/0.9/0.2, SD2: 1.1/1.2/0.9/0.2, SDXL: 1.1/1.2/0.6/0.4,
    """

    type_name: ClassVar[str] = "freeu"

    def __init__(
        self,
        *,
        unet: Output[UNetField] | None = None,
        b1: float | Output[float] = 1.2,
        b2: float | Output[float] = 1.4,
        s1: float | Output[float] = 0.9,
        s2: float | Output[float] = 0.2,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `freeu` node; add it to a Graph to use it.

        Args:
            unet: UNet (scheduler, LoRAs) (required; connection only)
            b1: Scaling factor for stage 1 to amplify the contributions of backbone features. (>= -1; <=
            3)
            b2: Scaling factor for stage 2 to amplify the contributions of backbone features. (>= -1; <=
            3)
            s1: Scaling factor for stage 1 to attenuate the contributions of the skip features. This is
            done to mitigate the "oversmoothing effect" in the enhanced denoising process. (>= -1; <= 3)
            s2: Scaling factor for stage 2 to attenuate the contributions of the skip features. This is
            done to mitigate the "oversmoothing effect" in the enhanced denoising process. (>= -1; <= 3)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"unet": unet, "b1": b1, "b2": b2, "s1": s1, "s2": s2},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def unet(self) -> Output[UNetField]:
        """Output `unet`: UNet (scheduler, LoRAs)"""
        return Output(self, "unet")


class GeminiImageGeneration(Node):
    """Gemini Image Generation (`gemini_image_generation`, version 1.0.0). Generate images using a
    Gemini-hosted external model. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "gemini_image_generation"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        model: ModelRef | Output[ModelIdentifierField] | None = None,
        mode: Literal["txt2img", "img2img", "inpaint"] | Output[str] = "txt2img",
        prompt: str | Output[str] | Output[float] | None = None,
        seed: int | Output[int] | None = None,
        num_images: int | Output[int] = 1,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        image_size: str | Output[str] | Output[float] | None = None,
        init_image: ImageRef | Output[ImageField] | None = None,
        mask_image: ImageRef | Output[ImageField] | None = None,
        reference_images: Sequence[ImageRef] | Output[list[ImageField]] | None = None,
        temperature: float | Output[float] | None = None,
        thinking_level: Literal["minimal", "high"] | Output[str] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `gemini_image_generation` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            model: Main model (UNet, VAE, CLIP) to load (required)
            mode: Generation mode.
            prompt: Prompt (required)
            seed: Seed for random number generation
            num_images: Number of images to generate (> 0)
            width: Width of output (px) (> 0)
            height: Height of output (px) (> 0)
            image_size: Image size preset (e.g. 1K, 2K, 4K)
            init_image: Init image for img2img/inpaint
            mask_image: Mask image for inpaint
            reference_images: Reference images (default [])
            temperature: Sampling temperature (>= 0.0; <= 2.0)
            thinking_level: Thinking level for image generation
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "model": model,
                "mode": mode,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "width": width,
                "height": height,
                "image_size": image_size,
                "init_image": init_image,
                "mask_image": mask_image,
                "reference_images": reference_images,
                "temperature": temperature,
                "thinking_level": thinking_level,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[ImageField]]:
        """Output `collection`: The output images"""
        return Output(self, "collection")


class Gemma2EncoderLoader(Node):
    """Gemma-2 Encoder - PiD (`gemma2_encoder_loader`, version 1.0.0). Loads a Gemma-2 causal LM
    directory and exposes its tokenizer + decoder submodels for use by a PiD decode node. Needs
    InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "gemma2_encoder_loader"

    def __init__(
        self,
        *,
        gemma2_model: ModelRef | Output[ModelIdentifierField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `gemma2_encoder_loader` node; add it to a Graph to use it.

        Args:
            gemma2_model: Gemma-2 model used to encode captions for PiD decoders. (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"gemma2_model": gemma2_model},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def gemma2_encoder(self) -> Output[Gemma2EncoderField]:
        """Output `gemma2_encoder`: Gemma-2 text encoder used by PiD decoders"""
        return Output(self, "gemma2_encoder")


class GetMaskBoundingBox(Node):
    """Get Image Mask Bounding Box (`get_image_mask_bounding_box`, version 1.0.0). Gets the bounding
    box of the given mask image. Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "get_image_mask_bounding_box"

    def __init__(
        self,
        *,
        mask: ImageRef | Output[ImageField] | None = None,
        margin: int | Output[int] = 0,
        mask_color: ColorRef | Output[ColorField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `get_image_mask_bounding_box` node; add it to a Graph to use it.

        Args:
            mask: The mask to crop. (required)
            margin: Margin to add to the bounding box.
            mask_color: Color of the mask in the image. (default {"a": 255, "b": 255, "g": 255, "r": 255})
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"mask": mask, "margin": margin, "mask_color": mask_color},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def bounding_box(self) -> Output[BoundingBoxField]:
        """Output `bounding_box`: The output bounding box."""
        return Output(self, "bounding_box")


class GroundingDino(Node):
    """Grounding DINO (Text Prompt Object Detection) (`grounding_dino`, version 1.0.0). Runs a
    Grounding DINO model. Performs zero-shot bounding-box object detection from a text prompt.
    """

    type_name: ClassVar[str] = "grounding_dino"

    def __init__(
        self,
        *,
        model: Literal["grounding-dino-tiny", "grounding-dino-base"] | Output[str] | None = None,
        prompt: str | Output[str] | Output[float] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        detection_threshold: float | Output[float] = 0.3,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `grounding_dino` node; add it to a Graph to use it.

        Args:
            model: The Grounding DINO model to use. (required)
            prompt: The prompt describing the object to segment. (required)
            image: The image to segment. (required)
            detection_threshold: The detection threshold for the Grounding DINO model. All detected
            bounding boxes with scores above this threshold will be returned. (>= 0.0; <= 1.0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"model": model, "prompt": prompt, "image": image, "detection_threshold": detection_threshold},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[BoundingBoxField]]:
        """Output `collection`: The output bounding boxes."""
        return Output(self, "collection")


class HEDEdgeDetection(Node):
    """HED Edge Detection (`hed_edge_detection`, version 1.0.0). Geneartes an edge map using the HED
    (softedge) model.
    """

    type_name: ClassVar[str] = "hed_edge_detection"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        scribble: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `hed_edge_detection` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            scribble: Whether or not to use scribble mode
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "scribble": scribble},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class HedImageProcessor(Node):
    """HED (softedge) Processor (`hed_image_processor`, version 1.2.3). Applies HED edge detection
    to image Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "hed_image_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        detect_resolution: int | Output[int] = 512,
        image_resolution: int | Output[int] = 512,
        scribble: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `hed_image_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            detect_resolution: Pixel resolution for detection (>= 1)
            image_resolution: Pixel resolution for output image (>= 1)
            scribble: Whether or not to use scribble mode
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "detect_resolution": detect_resolution,
                "image_resolution": image_resolution,
                "scribble": scribble,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class HeuristicResize(Node):
    """Heuristic Resize (`heuristic_resize`, version 1.1.1). Resize an image using a heuristic
    method. Preserves edge maps.
    """

    type_name: ClassVar[str] = "heuristic_resize"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        width: int | Output[int] = 512,
        height: int | Output[int] = 512,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `heuristic_resize` node; add it to a Graph to use it.

        Args:
            image: The image to resize (required)
            width: The width to resize to (px) (>= 1)
            height: The height to resize to (px) (>= 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"image": image, "width": width, "height": height},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageToLatents(Node):
    """Image to Latents - SD1.5, SDXL (`i2l`, version 1.2.0). Encodes an image into latents."""

    type_name: ClassVar[str] = "i2l"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        vae: Output[VAEField] | None = None,
        tiled: bool | Output[bool] = False,
        tile_size: int | Output[int] = 0,
        fp32: bool | Output[bool] = False,
        color_compensation: Literal["None", "SDXL"] | Output[str] = "None",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `i2l` node; add it to a Graph to use it.

        Args:
            image: The image to encode (required)
            vae: VAE (required; connection only)
            tiled: Processing using overlapping tiles (reduce memory consumption)
            tile_size: The tile size for VAE tiling in pixels (image space). If set to 0, the default tile
            size for the model will be used. Larger tile sizes generally produce better results at the
            cost of higher memory usage. (multiple of 8)
            fp32: Whether or not to use full float32 precision
            color_compensation: Apply VAE scaling compensation when encoding images (reduces color drift).
            (needs InvokeAI >= 6.10.0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "image": image,
                "vae": vae,
                "tiled": tiled,
                "tile_size": tile_size,
                "fp32": fp32,
                "color_compensation": color_compensation,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class IdealSize(Node):
    """Ideal Size - SD1.5, SDXL (`ideal_size`, version 1.0.6). Calculates the ideal size for
    generation to avoid duplication
    """

    type_name: ClassVar[str] = "ideal_size"

    def __init__(
        self,
        *,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 576,
        unet: Mapping[str, Any] | Output[UNetField] | None = None,
        multiplier: float | Output[float] = 1.0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `ideal_size` node; add it to a Graph to use it.

        Args:
            width: Final image width
            height: Final image height
            unet: UNet (scheduler, LoRAs) (required)
            multiplier: Amount to multiply the model's dimensions by when calculating the ideal size (may
            result in initial generation artifacts if too large)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"width": width, "height": height, "unet": unet, "multiplier": multiplier},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def width(self) -> Output[int]:
        """Output `width`: The ideal width of the image (in pixels)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The ideal height of the image (in pixels)"""
        return Output(self, "height")


class Ideogram4CaptionBuilder(Node):
    """Caption Builder - Ideogram 4 (`ideogram4_caption_builder`, version 1.0.0). Assembles the
    Ideogram 4 structured JSON caption at generation time. The caption is built here (not in the
    graph builder) so the batch-injectable global `prompt` - which dynamic prompts and prompt
    batching vary - is folded into the encoded caption. The regions and color palette are fixed per
    generation and supplied as inputs. If the prompt is already a JSON object it is passed through
    verbatim; otherwise it is always wrapped in the structured JSON schema (never bare plain text -
    Ideogram's safety filter false-positives far more on plain text). Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "ideogram4_caption_builder"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] = "",
        regions: Sequence[Mapping[str, Any]] | Output[list[Ideogram4Region]] | None = None,
        color_palette: Sequence[str] | Output[list[str]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `ideogram4_caption_builder` node; add it to a Graph to use it.

        Args:
            prompt: The global prompt (becomes `high_level_description`, or is used verbatim if it is
            already a JSON caption).
            regions: Regional descriptions and bounding boxes assembled from Canvas Regional Guidance
            layers. (default [])
            color_palette: Optional color palette as hex colors (#RRGGBB). (default [])
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"prompt": prompt, "regions": regions, "color_palette": color_palette},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[str]:
        """Output `value`: The output string"""
        return Output(self, "value")


class Ideogram4Denoise(Node):
    """Denoise - Ideogram 4 (`ideogram4_denoise`, version 1.0.0). Runs the Ideogram 4 dual-branch
    flow-matching denoising loop (text-to-image). Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "ideogram4_denoise"

    def __init__(
        self,
        *,
        transformer: Output[TransformerField] | None = None,
        positive_conditioning: Output[Ideogram4ConditioningField] | None = None,
        sampler_preset: Literal["V4_QUALITY_48", "V4_DEFAULT_20", "V4_TURBO_12"]
        | Output[str] = "V4_QUALITY_48",
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        seed: int | Output[int] = 0,
        steps: int | Output[int] | None = None,
        guidance_scale: float | Output[float] | None = None,
        mu: float | Output[float] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `ideogram4_denoise` node; add it to a Graph to use it.

        Args:
            transformer: Transformer (required; connection only)
            positive_conditioning: Positive conditioning tensor (required; connection only)
            sampler_preset: Sampler preset (steps + guidance schedule + schedule mean/std).
            width: Width of the generated image. (multiple of 16)
            height: Height of the generated image. (multiple of 16)
            seed: Randomness seed for reproducibility.
            steps: Override the preset's step count (minimum 2, so a polish and a main step both exist).
            Leave empty to use the preset. (>= 2; <= 100)
            guidance_scale: Override the main guidance weight (the preset's polish tail is preserved).
            Empty = use the preset. (>= 1.0; <= 20.0)
            mu: Override the logit-normal schedule mean (resolution-adjusted internally). Empty = use the
            preset. (>= -4.0; <= 4.0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "transformer": transformer,
                "positive_conditioning": positive_conditioning,
                "sampler_preset": sampler_preset,
                "width": width,
                "height": height,
                "seed": seed,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "mu": mu,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class Ideogram4LatentsToImage(Node):
    """Latents to Image - Ideogram 4 (`ideogram4_l2i`, version 1.0.0). Decodes Ideogram 4 packed
    latents to an image with the FLUX.2-style VAE. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "ideogram4_l2i"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        vae: Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `ideogram4_l2i` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            vae: VAE (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "latents": latents, "vae": vae},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class Ideogram4ModelLoader(Node):
    """Main Model - Ideogram 4 (`ideogram4_model_loader`, version 1.0.0). Loads an Ideogram 4 model,
    outputting its submodels. Ideogram 4 is distributed as a single bundled diffusers folder, so the
    transformer (both branches), the Qwen3-VL text encoder + tokenizer, and the VAE are all loaded
    from the one selected model. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "ideogram4_model_loader"

    def __init__(
        self,
        *,
        model: ModelRef | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `ideogram4_model_loader` node; add it to a Graph to use it.

        Args:
            model: The Ideogram 4 model to load. (required; value only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"model": model},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Output `qwen3_encoder`: Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")


class Ideogram4TextEncoder(Node):
    """Prompt - Ideogram 4 (`ideogram4_text_encoder`, version 1.0.0). Encodes a prompt for Ideogram
    4 using the Qwen3-VL encoder. The prompt is normally a structured JSON caption (see the Ideogram
    4 prompting guide); plain text also works but yields lower-quality results. Needs InvokeAI >=
    6.14.2.
    """

    type_name: ClassVar[str] = "ideogram4_text_encoder"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] | None = None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `ideogram4_text_encoder` node; add it to a Graph to use it.

        Args:
            prompt: The prompt to encode. A structured JSON caption is recommended. (required)
            qwen3_encoder: Qwen3 tokenizer and text encoder (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"prompt": prompt, "qwen3_encoder": qwen3_encoder},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[Ideogram4ConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class If(Node):
    """If (`if`, version 1.0.0). Selects between two optional inputs based on a boolean condition.
    Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "if"

    def __init__(
        self,
        *,
        condition: bool | Output[bool] = False,
        true_input: Any = None,
        false_input: Any = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `if` node; add it to a Graph to use it.

        Args:
            condition: The condition used to select an input
            true_input: Selected when the condition is true
            false_input: Selected when the condition is false
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"condition": condition, "true_input": true_input, "false_input": false_input},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[Any]:
        """Output `value`: The selected value"""
        return Output(self, "value")


class Image(Node):
    """Image Primitive (`image`, version 1.0.2). An image primitive value"""

    type_name: ClassVar[str] = "image"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `image` node; add it to a Graph to use it.

        Args:
            image: The image to load (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"image": image},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageBatch(Node):
    """Image Batch (`image_batch`, version 1.0.0). Create a batched generation, where the workflow
    is executed once for each image in the batch. Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "image_batch"

    def __init__(
        self,
        *,
        batch_group_id: Literal["None", "Group 1", "Group 2", "Group 3", "Group 4", "Group 5"] = "None",
        images: Sequence[ImageRef] | Output[list[ImageField]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `image_batch` node; add it to a Graph to use it.

        Args:
            batch_group_id: The ID of this batch node's group. If provided, all batch nodes in with the
            same ID will be 'zipped' before execution, and all nodes' collections must be of the same
            size. (value only)
            images: The images to batch over (required; min items 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"batch_group_id": batch_group_id, "images": images},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageCollection(Node):
    """Image Collection Primitive (`image_collection`, version 1.0.2). A collection of image
    primitive values
    """

    type_name: ClassVar[str] = "image_collection"

    def __init__(
        self,
        *,
        collection: Output[list[ImageField]] | None = None,
        images: Sequence[ImageRef] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `image_collection` node; add it to a Graph to use it.

        Args:
            collection: An optional image collection to append to (connection only)
            images: The images to append to the collection (value only; needs InvokeAI >= 6.14.2)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"collection": collection, "images": images},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[ImageField]]:
        """Output `collection`: The output images"""
        return Output(self, "collection")


class ImageGenerator(Node):
    """Image Generator (`image_generator`, version 1.0.0). Generated a collection of images for use
    in a batched generation Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "image_generator"

    def __init__(
        self,
        *,
        generator: Mapping[str, Any] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `image_generator` node; add it to a Graph to use it.

        Args:
            generator: The image generator. (required; value only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"generator": generator},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def images(self) -> Output[list[ImageField]]:
        """Output `images`: The generated images"""
        return Output(self, "images")


class ImageMaskToTensor(Node):
    """Image Mask to Tensor (`image_mask_to_tensor`, version 1.0.0). Convert a mask image to a
    tensor. Converts the image to grayscale and uses thresholding at the specified value.
    """

    type_name: ClassVar[str] = "image_mask_to_tensor"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        cutoff: int | Output[int] = 128,
        invert: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `image_mask_to_tensor` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            image: The mask image to convert. (required)
            cutoff: Cutoff (<) (>= 0; <= 255)
            invert: Whether to invert the mask.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"metadata": metadata, "image": image, "cutoff": cutoff, "invert": invert},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def mask(self) -> Output[TensorField]:
        """Output `mask`: The mask."""
        return Output(self, "mask")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the mask in pixels."""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the mask in pixels."""
        return Output(self, "height")


class ImagePanelLayout(Node):
    """Image Panel Layout (`image_panel_layout`, version 1.0.0). Get the coordinates of a single
    panel in a grid. (If the full image shape cannot be divided evenly into panels, then the grid
    may not cover the entire image.) Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "image_panel_layout"

    def __init__(
        self,
        *,
        width: int | Output[int] | None = None,
        height: int | Output[int] | None = None,
        num_cols: int | Output[int] = 1,
        num_rows: int | Output[int] = 1,
        panel_col_idx: int | Output[int] = 0,
        panel_row_idx: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `image_panel_layout` node; add it to a Graph to use it.

        Args:
            width: The width of the entire grid. (required)
            height: The height of the entire grid. (required)
            num_cols: The number of columns in the grid. (>= 1)
            num_rows: The number of rows in the grid. (>= 1)
            panel_col_idx: The column index of the panel to be processed. (>= 0)
            panel_row_idx: The row index of the panel to be processed. (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "width": width,
                "height": height,
                "num_cols": num_cols,
                "num_rows": num_rows,
                "panel_col_idx": panel_col_idx,
                "panel_row_idx": panel_row_idx,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def x_left(self) -> Output[int]:
        """Output `x_left`: The left x-coordinate of the panel."""
        return Output(self, "x_left")

    @property
    def y_top(self) -> Output[int]:
        """Output `y_top`: The top y-coordinate of the panel."""
        return Output(self, "y_top")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the panel."""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the panel."""
        return Output(self, "height")


class ImageBlur(Node):
    """Blur Image (`img_blur`, version 1.2.2). Blurs an image"""

    type_name: ClassVar[str] = "img_blur"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        radius: float | Output[float] = 8.0,
        blur_type: Literal["gaussian", "box"] | Output[str] = "gaussian",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_blur` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to blur (required)
            radius: The blur radius (>= 0)
            blur_type: The type of blur
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "radius": radius, "blur_type": blur_type},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageChannel(Node):
    """Extract Image Channel (`img_chan`, version 1.2.2). Gets a channel from an image."""

    type_name: ClassVar[str] = "img_chan"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        channel: Literal["A", "R", "G", "B"] | Output[str] = "A",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_chan` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to get the channel from (required)
            channel: The channel to get
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "channel": channel},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageChannelMultiply(Node):
    """Multiply Image Channel (`img_channel_multiply`, version 1.2.3). Scale a specific color
    channel of an image.
    """

    type_name: ClassVar[str] = "img_channel_multiply"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        channel: Literal[
            "Red (RGBA)",
            "Green (RGBA)",
            "Blue (RGBA)",
            "Alpha (RGBA)",
            "Cyan (CMYK)",
            "Magenta (CMYK)",
            "Yellow (CMYK)",
            "Black (CMYK)",
            "Hue (HSV)",
            "Saturation (HSV)",
            "Value (HSV)",
            "Luminosity (LAB)",
            "A (LAB)",
            "B (LAB)",
            "Y (YCbCr)",
            "Cb (YCbCr)",
            "Cr (YCbCr)",
        ]
        | Output[str]
        | None = None,
        scale: float | Output[float] = 1.0,
        invert_channel: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_channel_multiply` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to adjust (required)
            channel: Which channel to adjust (required)
            scale: The amount to scale the channel by. (>= 0.0)
            invert_channel: Invert the channel after scaling
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "channel": channel,
                "scale": scale,
                "invert_channel": invert_channel,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageChannelOffset(Node):
    """Offset Image Channel (`img_channel_offset`, version 1.2.3). Add or subtract a value from a
    specific color channel of an image.
    """

    type_name: ClassVar[str] = "img_channel_offset"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        channel: Literal[
            "Red (RGBA)",
            "Green (RGBA)",
            "Blue (RGBA)",
            "Alpha (RGBA)",
            "Cyan (CMYK)",
            "Magenta (CMYK)",
            "Yellow (CMYK)",
            "Black (CMYK)",
            "Hue (HSV)",
            "Saturation (HSV)",
            "Value (HSV)",
            "Luminosity (LAB)",
            "A (LAB)",
            "B (LAB)",
            "Y (YCbCr)",
            "Cb (YCbCr)",
            "Cr (YCbCr)",
        ]
        | Output[str]
        | None = None,
        offset: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_channel_offset` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to adjust (required)
            channel: Which channel to adjust (required)
            offset: The amount to adjust the channel by (>= -255; <= 255)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "channel": channel, "offset": offset},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageConvert(Node):
    """Convert Image Mode (`img_conv`, version 1.2.2). Converts an image to a different mode."""

    type_name: ClassVar[str] = "img_conv"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        mode: Literal["L", "RGB", "RGBA", "CMYK", "YCbCr", "LAB", "HSV", "I", "F"] | Output[str] = "L",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_conv` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to convert (required)
            mode: The mode to convert to
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "mode": mode},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageCrop(Node):
    """Crop Image (`img_crop`, version 1.2.2). Crops an image to a specified box. The box can be
    outside of the image.
    """

    type_name: ClassVar[str] = "img_crop"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        x: int | Output[int] = 0,
        y: int | Output[int] = 0,
        width: int | Output[int] = 512,
        height: int | Output[int] = 512,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_crop` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to crop (required)
            x: The left x coordinate of the crop rectangle
            y: The top y coordinate of the crop rectangle
            width: The width of the crop rectangle (> 0)
            height: The height of the crop rectangle (> 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "x": x,
                "y": y,
                "width": width,
                "height": height,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageHueAdjustment(Node):
    """Adjust Image Hue (`img_hue_adjust`, version 1.2.2). Adjusts the Hue of an image."""

    type_name: ClassVar[str] = "img_hue_adjust"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        hue: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_hue_adjust` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to adjust (required)
            hue: The degrees by which to rotate the hue, 0-360
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "hue": hue},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class OklchImageHueAdjustment(Node):
    """Adjust Image Hue (Oklch) (`img_hue_adjust_oklch`, version 1.0.0). Adjusts the hue of an image
    in Oklch space. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "img_hue_adjust_oklch"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        hue: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_hue_adjust_oklch` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to adjust (required)
            hue: The degrees by which to rotate the hue, 0-360
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "hue": hue},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageInverseLerp(Node):
    """Inverse Lerp Image (`img_ilerp`, version 1.2.2). Inverse linear interpolation of all pixels
    of an image
    """

    type_name: ClassVar[str] = "img_ilerp"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        min: int | Output[int] = 0,
        max: int | Output[int] = 255,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_ilerp` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to lerp (required)
            min: The minimum input value (>= 0; <= 255)
            max: The maximum input value (>= 0; <= 255)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "min": min, "max": max},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageLerp(Node):
    """Lerp Image (`img_lerp`, version 1.2.2). Linear interpolation of all pixels of an image"""

    type_name: ClassVar[str] = "img_lerp"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        min: int | Output[int] = 0,
        max: int | Output[int] = 255,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_lerp` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to lerp (required)
            min: The minimum output value (>= 0; <= 255)
            max: The maximum output value (>= 0; <= 255)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "min": min, "max": max},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageMultiply(Node):
    """Multiply Images (`img_mul`, version 1.2.2). Multiplies two images together using
    `PIL.ImageChops.multiply()`.
    """

    type_name: ClassVar[str] = "img_mul"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image1: ImageRef | Output[ImageField] | None = None,
        image2: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_mul` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image1: The first image to multiply (required)
            image2: The second image to multiply (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image1": image1, "image2": image2},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageNoise(Node):
    """Add Image Noise (`img_noise`, version 1.1.0). Add noise to an image Needs InvokeAI >= 5.6.0."""

    type_name: ClassVar[str] = "img_noise"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        mask: ImageRef | Output[ImageField] | None = None,
        seed: int | Output[int] = 0,
        noise_type: Literal["gaussian", "salt_and_pepper"] | Output[str] = "gaussian",
        amount: float | Output[float] = 0.1,
        noise_color: bool | Output[bool] = True,
        size: int | Output[int] = 1,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_noise` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to add noise to (required)
            mask: Optional mask determining where to apply noise (black=noise, white=no noise) (needs
            InvokeAI >= 5.15.0)
            seed: Seed for random number generation (>= 0; <= 4294967295)
            noise_type: The type of noise to add
            amount: The amount of noise to add (>= 0; <= 1)
            noise_color: Whether to add colored noise
            size: The size of the noise points (>= 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "mask": mask,
                "seed": seed,
                "noise_type": noise_type,
                "amount": amount,
                "noise_color": noise_color,
                "size": size,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageNSFWBlur(Node):
    """Blur NSFW Image (`img_nsfw`, version 1.2.3). Add blur to NSFW-flagged images"""

    type_name: ClassVar[str] = "img_nsfw"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_nsfw` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to check (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class CenterPadCrop(Node):
    """Center Pad or Crop Image (`img_pad_crop`, version 1.0.0). Pad or crop an image's sides from
    the center by specified pixels. Positive values are outside of the image.
    """

    type_name: ClassVar[str] = "img_pad_crop"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        left: int | Output[int] = 0,
        right: int | Output[int] = 0,
        top: int | Output[int] = 0,
        bottom: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_pad_crop` node; add it to a Graph to use it.

        Args:
            image: The image to crop (required)
            left: Number of pixels to pad/crop from the left (negative values crop inwards, positive
            values pad outwards)
            right: Number of pixels to pad/crop from the right (negative values crop inwards, positive
            values pad outwards)
            top: Number of pixels to pad/crop from the top (negative values crop inwards, positive values
            pad outwards)
            bottom: Number of pixels to pad/crop from the bottom (negative values crop inwards, positive
            values pad outwards)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"image": image, "left": left, "right": right, "top": top, "bottom": bottom},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImagePaste(Node):
    """Paste Image (`img_paste`, version 1.2.2). Pastes an image into another image."""

    type_name: ClassVar[str] = "img_paste"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        base_image: ImageRef | Output[ImageField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        mask: ImageRef | Output[ImageField] | None = None,
        x: int | Output[int] = 0,
        y: int | Output[int] = 0,
        crop: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_paste` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            base_image: The base image (required)
            image: The image to paste (required)
            mask: The mask to use when pasting
            x: The left x coordinate at which to paste the image
            y: The top y coordinate at which to paste the image
            crop: Crop to base image dimensions
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "base_image": base_image,
                "image": image,
                "mask": mask,
                "x": x,
                "y": y,
                "crop": crop,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageResize(Node):
    """Resize Image (`img_resize`, version 1.2.2). Resizes an image to specific dimensions"""

    type_name: ClassVar[str] = "img_resize"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        width: int | Output[int] = 512,
        height: int | Output[int] = 512,
        resample_mode: Literal["nearest", "box", "bilinear", "hamming", "bicubic", "lanczos"]
        | Output[str] = "bicubic",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_resize` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to resize (required)
            width: The width to resize to (px) (> 0)
            height: The height to resize to (px) (> 0)
            resample_mode: The resampling mode
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "width": width,
                "height": height,
                "resample_mode": resample_mode,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageScale(Node):
    """Scale Image (`img_scale`, version 1.2.2). Scales an image by a factor"""

    type_name: ClassVar[str] = "img_scale"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        scale_factor: float | Output[float] = 2.0,
        resample_mode: Literal["nearest", "box", "bilinear", "hamming", "bicubic", "lanczos"]
        | Output[str] = "bicubic",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_scale` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to scale (required)
            scale_factor: The factor by which to scale the image (> 0)
            resample_mode: The resampling mode
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "scale_factor": scale_factor,
                "resample_mode": resample_mode,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ImageWatermark(Node):
    """Add Invisible Watermark (`img_watermark`, version 1.2.2). Add an invisible watermark to an
    image
    """

    type_name: ClassVar[str] = "img_watermark"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        text: str | Output[str] | Output[float] = "InvokeAI",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `img_watermark` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to check (required)
            text: Watermark text
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "text": text},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class CV2Infill(Node):
    """CV2 Infill (`infill_cv2`, version 1.2.2). Infills transparent areas of an image using OpenCV
    Inpainting
    """

    type_name: ClassVar[str] = "infill_cv2"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `infill_cv2` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class LaMaInfill(Node):
    """LaMa Infill (`infill_lama`, version 1.2.2). Infills transparent areas of an image using the
    LaMa model
    """

    type_name: ClassVar[str] = "infill_lama"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `infill_lama` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class InfillPatchMatch(Node):
    """PatchMatch Infill (`infill_patchmatch`, version 1.2.2). Infills transparent areas of an image
    using the PatchMatch algorithm
    """

    type_name: ClassVar[str] = "infill_patchmatch"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        downscale: float | Output[float] = 2.0,
        resample_mode: Literal["nearest", "box", "bilinear", "hamming", "bicubic", "lanczos"]
        | Output[str] = "bicubic",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `infill_patchmatch` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            downscale: Run patchmatch on downscaled image to speedup infill (> 0)
            resample_mode: The resampling mode
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "downscale": downscale,
                "resample_mode": resample_mode,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class InfillColor(Node):
    """Solid Color Infill (`infill_rgba`, version 1.2.2). Infills transparent areas of an image with
    a solid color
    """

    type_name: ClassVar[str] = "infill_rgba"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        color: ColorRef | Output[ColorField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `infill_rgba` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            color: The color to use to infill (default {"a": 255, "b": 127, "g": 127, "r": 127})
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "color": color},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class InfillTile(Node):
    """Tile Infill (`infill_tile`, version 1.2.3). Infills transparent areas of an image with tiles
    of the image
    """

    type_name: ClassVar[str] = "infill_tile"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        tile_size: int | Output[int] = 32,
        seed: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `infill_tile` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            tile_size: The tile size (px) (>= 1)
            seed: The seed to use for tile generation (omit for random) (>= 0; <= 4294967295)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "tile_size": tile_size, "seed": seed},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class Integer(Node):
    """Integer Primitive (`integer`, version 1.0.1). An integer primitive value"""

    type_name: ClassVar[str] = "integer"

    def __init__(
        self,
        *,
        value: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `integer` node; add it to a Graph to use it.

        Args:
            value: The integer value
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"value": value},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[int]:
        """Output `value`: The output integer"""
        return Output(self, "value")


class IntegerBatch(Node):
    """Integer Batch (`integer_batch`, version 1.0.0). Create a batched generation, where the
    workflow is executed once for each integer in the batch. Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "integer_batch"

    def __init__(
        self,
        *,
        batch_group_id: Literal["None", "Group 1", "Group 2", "Group 3", "Group 4", "Group 5"] = "None",
        integers: Sequence[int] | Output[list[int]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `integer_batch` node; add it to a Graph to use it.

        Args:
            batch_group_id: The ID of this batch node's group. If provided, all batch nodes in with the
            same ID will be 'zipped' before execution, and all nodes' collections must be of the same
            size. (value only)
            integers: The integers to batch over (required; min items 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"batch_group_id": batch_group_id, "integers": integers},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[int]:
        """Output `value`: The output integer"""
        return Output(self, "value")


class IntegerCollection(Node):
    """Integer Collection Primitive (`integer_collection`, version 1.0.2). A collection of integer
    primitive values
    """

    type_name: ClassVar[str] = "integer_collection"

    def __init__(
        self,
        *,
        collection: Sequence[int] | Output[list[int]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `integer_collection` node; add it to a Graph to use it.

        Args:
            collection: The collection of integer values (default [])
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"collection": collection},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[int]]:
        """Output `collection`: The int collection"""
        return Output(self, "collection")


class IntegerGenerator(Node):
    """Integer Generator (`integer_generator`, version 1.0.0). Generated a range of integers for use
    in a batched generation Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "integer_generator"

    def __init__(
        self,
        *,
        generator: Mapping[str, Any] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `integer_generator` node; add it to a Graph to use it.

        Args:
            generator: The integer generator. (required; value only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"generator": generator},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def integers(self) -> Output[list[int]]:
        """Output `integers`: The generated integers"""
        return Output(self, "integers")


class IntegerMath(Node):
    """Integer Math (`integer_math`, version 1.0.1). Performs integer math."""

    type_name: ClassVar[str] = "integer_math"

    def __init__(
        self,
        *,
        operation: Literal["ADD", "SUB", "MUL", "DIV", "EXP", "MOD", "ABS", "MIN", "MAX"]
        | Output[str] = "ADD",
        a: int | Output[int] = 1,
        b: int | Output[int] = 1,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `integer_math` node; add it to a Graph to use it.

        Args:
            operation: The operation to perform
            a: The first number
            b: The second number
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"operation": operation, "a": a, "b": b},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[int]:
        """Output `value`: The output integer"""
        return Output(self, "value")


class InvertTensorMask(Node):
    """Invert Tensor Mask (`invert_tensor_mask`, version 1.1.0). Inverts a tensor mask."""

    type_name: ClassVar[str] = "invert_tensor_mask"

    def __init__(
        self,
        *,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `invert_tensor_mask` node; add it to a Graph to use it.

        Args:
            mask: The tensor mask to convert. (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"mask": mask},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def mask(self) -> Output[TensorField]:
        """Output `mask`: The mask."""
        return Output(self, "mask")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the mask in pixels."""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the mask in pixels."""
        return Output(self, "height")


class InvokeEquivalentAchromaticLightness(Node):
    """Equivalent Achromatic Lightness (`invokeai_ealightness`, version 1.2.0). Calculate Equivalent
    Achromatic Lightness from image. Originally created by @dwringer Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "invokeai_ealightness"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `invokeai_ealightness` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: Image from which to get channel (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class InvokeImageBlend(Node):
    """Image Layer Blend (`invokeai_img_blend`, version 1.2.0). Blend two images together, with
    optional opacity, mask, and blend modes. Originally created by @dwringer Needs InvokeAI >=
    5.6.0.
    """

    type_name: ClassVar[str] = "invokeai_img_blend"

    def __init__(
        self,
        *,
        layer_upper: ImageRef | Output[ImageField] | None = None,
        blend_mode: Literal[
            "Normal",
            "Lighten Only",
            "Darken Only",
            "Lighten Only (EAL)",
            "Darken Only (EAL)",
            "Hue",
            "Saturation",
            "Color",
            "Luminosity",
            "Linear Dodge (Add)",
            "Subtract",
            "Multiply",
            "Divide",
            "Screen",
            "Overlay",
            "Linear Burn",
            "Difference",
            "Hard Light",
            "Soft Light",
            "Vivid Light",
            "Linear Light",
            "Color Burn",
            "Color Dodge",
        ]
        | Output[str] = "Normal",
        opacity: float | Output[float] = 1.0,
        mask: ImageRef | Output[ImageField] | None = None,
        fit_to_width: bool | Output[bool] = False,
        fit_to_height: bool | Output[bool] = True,
        layer_base: ImageRef | Output[ImageField] | None = None,
        color_space: Literal[
            "RGB", "Linear RGB", "HSL (RGB)", "HSV (RGB)", "Okhsl", "Okhsv", "Oklch (Oklab)", "LCh (CIELab)"
        ]
        | Output[str] = "RGB",
        adaptive_gamut: float | Output[float] = 0.0,
        high_precision: bool | Output[bool] = True,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `invokeai_img_blend` node; add it to a Graph to use it.

        Args:
            layer_upper: The top image to blend (required)
            blend_mode: Available blend modes
            opacity: Desired opacity of the upper layer (>= 0)
            mask: Optional mask, used to restrict areas from blending
            fit_to_width: Scale upper layer to fit base width
            fit_to_height: Scale upper layer to fit base height
            layer_base: The bottom image to blend (required)
            color_space: Available color spaces for blend computations
            adaptive_gamut: Adaptive gamut clipping (0=off). Higher prioritizes chroma over lightness (>=
            0)
            high_precision: Use more steps in computing gamut when possible
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "layer_upper": layer_upper,
                "blend_mode": blend_mode,
                "opacity": opacity,
                "mask": mask,
                "fit_to_width": fit_to_width,
                "fit_to_height": fit_to_height,
                "layer_base": layer_base,
                "color_space": color_space,
                "adaptive_gamut": adaptive_gamut,
                "high_precision": high_precision,
                "board": board,
                "metadata": metadata,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class InvokeImageCompositor(Node):
    """Image Compositor (`invokeai_img_composite`, version 1.2.0). Removes backdrop from subject
    image then overlays subject on background image. Originally created by @dwringer Needs InvokeAI
    >= 5.6.0.
    """

    type_name: ClassVar[str] = "invokeai_img_composite"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image_subject: ImageRef | Output[ImageField] | None = None,
        image_background: ImageRef | Output[ImageField] | None = None,
        chroma_key: str | Output[str] | Output[float] = "",
        threshold: int | Output[int] = 50,
        fill_x: bool | Output[bool] = False,
        fill_y: bool | Output[bool] = True,
        x_offset: int | Output[int] = 0,
        y_offset: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `invokeai_img_composite` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image_subject: Image of the subject on a plain monochrome background (required)
            image_background: Image of a background scene (required)
            chroma_key: Can be empty for corner flood select, or CSS-3 color or tuple
            threshold: Subject isolation flood-fill threshold (>= 0)
            fill_x: Scale base subject image to fit background width
            fill_y: Scale base subject image to fit background height
            x_offset: x-offset for the subject
            y_offset: y-offset for the subject
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image_subject": image_subject,
                "image_background": image_background,
                "chroma_key": chroma_key,
                "threshold": threshold,
                "fill_x": fill_x,
                "fill_y": fill_y,
                "x_offset": x_offset,
                "y_offset": y_offset,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class InvokeImageDilateOrErode(Node):
    """Image Dilate or Erode (`invokeai_img_dilate_erode`, version 1.3.0). Dilate (expand) or erode
    (contract) an image. Originally created by @dwringer Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "invokeai_img_dilate_erode"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        lightness_only: bool | Output[bool] = False,
        radius_w: int | Output[int] = 4,
        radius_h: int | Output[int] = 4,
        mode: Literal["Dilate", "Erode"] | Output[str] = "Dilate",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `invokeai_img_dilate_erode` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image from which to create a mask (required)
            lightness_only: If true, only applies to image lightness (CIELa*b*)
            radius_w: Width (in pixels) by which to dilate(expand) or erode (contract) the image (>= 0)
            radius_h: Height (in pixels) by which to dilate(expand) or erode (contract) the image (>= 0)
            mode: How to operate on the image
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "image": image,
                "lightness_only": lightness_only,
                "radius_w": radius_w,
                "radius_h": radius_h,
                "mode": mode,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class InvokeImageEnhance(Node):
    """Enhance Image (`invokeai_img_enhance`, version 1.2.1). Applies processing from PIL's
    ImageEnhance module. Originally created by @dwringer Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "invokeai_img_enhance"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        invert: bool | Output[bool] = False,
        color: float | Output[float] = 1.0,
        contrast: float | Output[float] = 1.0,
        brightness: float | Output[float] = 1.0,
        sharpness: float | Output[float] = 1.0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `invokeai_img_enhance` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image for which to apply processing (required)
            invert: Whether to invert the image colors
            color: Color enhancement factor (>= 0)
            contrast: Contrast enhancement factor (>= 0)
            brightness: Brightness enhancement factor (>= 0)
            sharpness: Sharpness enhancement factor (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "invert": invert,
                "color": color,
                "contrast": contrast,
                "brightness": brightness,
                "sharpness": sharpness,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class InvokeAdjustImageHuePlus(Node):
    """Adjust Image Hue Plus (`invokeai_img_hue_adjust_plus`, version 1.2.0). Adjusts the Hue of an
    image by rotating it in the selected color space. Originally created by @dwringer Needs InvokeAI
    >= 5.6.0.
    """

    type_name: ClassVar[str] = "invokeai_img_hue_adjust_plus"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        space: Literal[
            "HSV / HSL / RGB",
            "Okhsl",
            "Okhsv",
            "*Oklch / Oklab",
            "*LCh / CIELab",
            "*UPLab (w/CIELab_to_UPLab.icc)",
        ]
        | Output[str] = "HSV / HSL / RGB",
        degrees: float | Output[float] = 0.0,
        preserve_lightness: bool | Output[bool] = False,
        ok_adaptive_gamut: float | Output[float] = 0.05,
        ok_high_precision: bool | Output[bool] = True,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `invokeai_img_hue_adjust_plus` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to adjust (required)
            space: Color space in which to rotate hue by polar coords (*: non-invertible)
            degrees: Degrees by which to rotate image hue
            preserve_lightness: Whether to preserve CIELAB lightness values
            ok_adaptive_gamut: Higher preserves chroma at the expense of lightness (Oklab) (>= 0)
            ok_high_precision: Use more steps in computing gamut (Oklab/Okhsv/Okhsl)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "space": space,
                "degrees": degrees,
                "preserve_lightness": preserve_lightness,
                "ok_adaptive_gamut": ok_adaptive_gamut,
                "ok_high_precision": ok_high_precision,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class InvokeImageValueThresholds(Node):
    """Image Value Thresholds (`invokeai_img_val_thresholds`, version 1.2.0). Clip image to pure
    black/white past specified thresholds. Originally created by @dwringer Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "invokeai_img_val_thresholds"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        invert_output: bool | Output[bool] = False,
        renormalize_values: bool | Output[bool] = False,
        lightness_only: bool | Output[bool] = False,
        threshold_upper: float | Output[float] = 0.5,
        threshold_lower: float | Output[float] = 0.5,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `invokeai_img_val_thresholds` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image from which to create a mask (required)
            invert_output: Make light areas dark and vice versa
            renormalize_values: Rescale remaining values from minimum to maximum
            lightness_only: If true, only applies to image lightness (CIELa*b*)
            threshold_upper: Threshold above which will be set to full value
            threshold_lower: Threshold below which will be set to minimum value
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "invert_output": invert_output,
                "renormalize_values": renormalize_values,
                "lightness_only": lightness_only,
                "threshold_upper": threshold_upper,
                "threshold_lower": threshold_lower,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class IPAdapter(Node):
    """IP-Adapter - SD1.5, SDXL (`ip_adapter`, version 1.5.1). Collects IP-Adapter info to pass to
    other nodes.
    """

    type_name: ClassVar[str] = "ip_adapter"

    def __init__(
        self,
        *,
        ip_adapter_model: ModelRef | Output[ModelIdentifierField] | None = None,
        image: ImageRef | Sequence[ImageRef] | Output[ImageField] | Output[list[ImageField]] | None = None,
        clip_vision_model: Literal["ViT-H", "ViT-G", "ViT-L"] | Output[str] = "ViT-H",
        weight: float | Sequence[float] | Output[float] | Output[list[float]] = 1,
        method: Literal["full", "style", "composition", "style_strong", "style_precise"]
        | Output[str] = "full",
        begin_step_percent: float | Output[float] = 0,
        end_step_percent: float | Output[float] = 1,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `ip_adapter` node; add it to a Graph to use it.

        Args:
            ip_adapter_model: The IP-Adapter model. (required)
            image: The IP-Adapter image prompt(s). (required)
            clip_vision_model: CLIP Vision model to use. Overrides model settings. Mandatory for
            checkpoint models.
            weight: The weight given to the IP-Adapter
            method: The method to apply the IP-Adapter
            begin_step_percent: When the IP-Adapter is first applied (% of total steps) (>= 0; <= 1)
            end_step_percent: When the IP-Adapter is last applied (% of total steps) (>= 0; <= 1)
            mask: A mask defining the region that this IP-Adapter applies to.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "ip_adapter_model": ip_adapter_model,
                "image": image,
                "clip_vision_model": clip_vision_model,
                "weight": weight,
                "method": method,
                "begin_step_percent": begin_step_percent,
                "end_step_percent": end_step_percent,
                "mask": mask,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def ip_adapter(self) -> Output[IPAdapterField]:
        """Output `ip_adapter`: IP-Adapter to apply"""
        return Output(self, "ip_adapter")


class Iterate(Node):
    """IterateInvocation (`iterate`, version 1.1.0). Iterates over a list of items"""

    type_name: ClassVar[str] = "iterate"

    def __init__(
        self,
        *,
        collection: Sequence[Sequence[Any]] | Output[list[Any]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = False,
    ) -> None:
        """Make a `iterate` node; add it to a Graph to use it.

        Args:
            collection: The list of items to iterate over (default [])
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"collection": collection},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def item(self) -> Output[Any]:
        """Output `item`: The item being iterated over"""
        return Output(self, "item")

    @property
    def index(self) -> Output[int]:
        """Output `index`: The index of the item"""
        return Output(self, "index")

    @property
    def total(self) -> Output[int]:
        """Output `total`: The total number of items"""
        return Output(self, "total")


class Krea2ConditioningRebalance(Node):
    """Conditioning Rebalance - Krea-2 (`krea2_conditioning_rebalance`, version 1.1.0). Per-layer
    rebalancing of Krea-2 text conditioning (improves prompt adherence). Krea-2 conditioning stacks
    12 Qwen3-VL hidden-state layers per token. Weighting those layers individually (and applying an
    overall multiplier) lets you push the model harder toward the prompt, counteracting the quality-
    dilution from distillation. Ported from the ComfyUI `ConditioningKrea2Rebalance` node. This is
    an optional pass between the text encoder and denoise. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "krea2_conditioning_rebalance"

    def __init__(
        self,
        *,
        conditioning: Output[Krea2ConditioningField] | None = None,
        per_layer_weights: str | Output[str] | Output[float] | None = None,
        multiplier: float | Output[float] = 4.0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `krea2_conditioning_rebalance` node; add it to a Graph to use it.

        Args:
            conditioning: Conditioning tensor (required; connection only)
            per_layer_weights: Comma-separated gains for the 12 tapped encoder layers (exactly 12 values).
            (default "1.0,1.0,1.0,1.0,1.0,1.0,1.0,2.5,5.0,1.1,4.0,1.0")
            multiplier: Overall multiplier applied to the conditioning after per-layer weighting.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"conditioning": conditioning, "per_layer_weights": per_layer_weights, "multiplier": multiplier},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[Krea2ConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class Krea2Denoise(Node):
    """Denoise - Krea-2 (`krea2_denoise`, version 1.3.0). Run the denoising process with a Krea-2
    model. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "krea2_denoise"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_start: float | Output[float] = 0.0,
        denoising_end: float | Output[float] = 1.0,
        transformer: Output[TransformerField] | None = None,
        positive_conditioning: Output[Krea2ConditioningField]
        | Output[list[Krea2ConditioningField]]
        | None = None,
        negative_conditioning: Output[Krea2ConditioningField]
        | Output[list[Krea2ConditioningField]]
        | None = None,
        cfg_scale: float | Sequence[float] | Output[float] | Output[list[float]] = 1.0,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        steps: int | Output[int] = 8,
        seed: int | Output[int] = 0,
        shift: float | Output[float] | None = None,
        style_reference: Output[Krea2StyleReferenceField] | None = None,
        style_reference_conditioning: Output[Krea2ConditioningField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `krea2_denoise` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (connection only)
            denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent
            the regions to be fully denoised, and 1.0 represent the regions to be preserved. (connection
            only)
            denoising_start: When to start denoising, expressed a percentage of total steps (>= 0; <= 1)
            denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0; <= 1)
            transformer: Krea-2 model (Transformer) to load (required; connection only)
            positive_conditioning: Positive conditioning tensor (required; connection only)
            negative_conditioning: Negative conditioning tensor (connection only)
            cfg_scale: Classifier-Free Guidance scale
            width: Width of the generated image. (> 0; multiple of 16)
            height: Height of the generated image. (> 0; multiple of 16)
            steps: Number of steps to run (> 0)
            seed: Randomness seed for reproducibility.
            shift: Override the resolution-aware timestep shift (mu). Leave unset -- or 0, which is what
            the node editor fills in for an untouched optional float -- to use the model default: mu=1.15
            for the distilled Turbo checkpoint, resolution-dependent for Raw.
            style_reference: Training-free style reference. Adds one reference forward per step, so
            generation takes roughly twice as long, and retains the reference's attention keys/values for
            the whole step (~0.5 GB at 1024x1024, ~1.7 GB at 2560x1440). At 1440p the combined footprint
            no longer fits a 24 GB card alongside the model. A style_strength of 0 is ignored entirely and
            costs nothing. (connection only)
            style_reference_conditioning: Prompt for the style-reference pass. Leave unconnected to reuse
            the positive prompt; a short neutral prompt describing the reference can give a purer style
            transfer. (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "latents": latents,
                "denoise_mask": denoise_mask,
                "denoising_start": denoising_start,
                "denoising_end": denoising_end,
                "transformer": transformer,
                "positive_conditioning": positive_conditioning,
                "negative_conditioning": negative_conditioning,
                "cfg_scale": cfg_scale,
                "width": width,
                "height": height,
                "steps": steps,
                "seed": seed,
                "shift": shift,
                "style_reference": style_reference,
                "style_reference_conditioning": style_reference_conditioning,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class Krea2LoRACollectionLoader(Node):
    """Apply LoRA Collection - Krea-2 (`krea2_lora_collection_loader`, version 1.0.0). Applies a
    collection of LoRAs to a Krea-2 transformer and/or Qwen3-VL encoder. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "krea2_lora_collection_loader"

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[list[LoRAField]]
        | None = None,
        transformer: Output[TransformerField] | None = None,
        qwen3_vl_encoder: Output[Qwen3VLEncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `krea2_lora_collection_loader` node; add it to a Graph to use it.

        Args:
            loras: LoRA models and weights. May be a single LoRA or collection.
            transformer: Transformer (connection only)
            qwen3_vl_encoder: Qwen3-VL tokenizer and text encoder (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"loras": loras, "transformer": transformer, "qwen3_vl_encoder": qwen3_vl_encoder},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def qwen3_vl_encoder(self) -> Output[Qwen3VLEncoderField]:
        """Output `qwen3_vl_encoder`: Qwen3-VL tokenizer and text encoder"""
        return Output(self, "qwen3_vl_encoder")


class Krea2LoRALoader(Node):
    """Apply LoRA - Krea-2 (`krea2_lora_loader`, version 1.0.0). Apply a LoRA model to a Krea-2
    transformer and/or Qwen3-VL text encoder. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "krea2_lora_loader"

    def __init__(
        self,
        *,
        lora: ModelRef | Output[ModelIdentifierField] | None = None,
        weight: float | Output[float] = 0.75,
        transformer: Output[TransformerField] | None = None,
        qwen3_vl_encoder: Output[Qwen3VLEncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `krea2_lora_loader` node; add it to a Graph to use it.

        Args:
            lora: LoRA model to load (required)
            weight: The weight at which the LoRA is applied to each model
            transformer: Transformer (connection only)
            qwen3_vl_encoder: Qwen3-VL tokenizer and text encoder (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "lora": lora,
                "weight": weight,
                "transformer": transformer,
                "qwen3_vl_encoder": qwen3_vl_encoder,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def qwen3_vl_encoder(self) -> Output[Qwen3VLEncoderField]:
        """Output `qwen3_vl_encoder`: Qwen3-VL tokenizer and text encoder"""
        return Output(self, "qwen3_vl_encoder")


class Krea2ModelLoader(Node):
    """Main Model - Krea-2 (`krea2_model_loader`, version 1.0.0). Loads a Krea-2 model, outputting
    its submodels. By default the VAE (Qwen-Image VAE) and Qwen3-VL text encoder are extracted from
    the Krea-2 diffusers pipeline. Standalone overrides may be supplied (e.g. when the transformer
    is a single-file checkpoint that has no bundled VAE / encoder). Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "krea2_model_loader"

    def __init__(
        self,
        *,
        model: ModelRef | None = None,
        vae_model: ModelRef | None = None,
        qwen3_vl_encoder_model: ModelRef | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `krea2_model_loader` node; add it to a Graph to use it.

        Args:
            model: Krea-2 model (Transformer) to load (required; value only)
            vae_model: Standalone VAE model. Krea-2 uses the Qwen-Image VAE (16-channel). If not provided,
            the VAE is loaded from the Krea-2 (diffusers) model. (value only)
            qwen3_vl_encoder_model: Standalone Qwen3-VL Encoder model. If not provided, the encoder is
            loaded from the Krea-2 (diffusers) model. (value only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"model": model, "vae_model": vae_model, "qwen3_vl_encoder_model": qwen3_vl_encoder_model},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def qwen3_vl_encoder(self) -> Output[Qwen3VLEncoderField]:
        """Output `qwen3_vl_encoder`: Qwen3-VL tokenizer and text encoder"""
        return Output(self, "qwen3_vl_encoder")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")


class Krea2SeedVariance(Node):
    """Seed Variance - Krea-2 (`krea2_seed_variance`, version 1.1.0). Inject per-seed diversity into
    Krea-2 text conditioning. Distilled few-step models (like Krea-2-Turbo) suffer from low seed
    variance - different seeds give near-identical images. This adds seeded uniform noise to a
    random subset of the text-embedding values, trading some prompt adherence for variety (the same
    idea as the Z-Image-Turbo `SeedVarianceEnhancer`). Optional pass between the text encoder and
    denoise. The noise magnitude is auto-calibrated relative to the embedding's standard deviation,
    so a given `strength` behaves consistently regardless of the embedding scale - in particular it
    stays sane whether or not the upstream Conditioning Rebalance node has scaled the embeddings up.
    Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "krea2_seed_variance"

    def __init__(
        self,
        *,
        conditioning: Output[Krea2ConditioningField] | None = None,
        strength: float | Output[float] = 0.1,
        randomize_percent: float | Output[float] = 50.0,
        variance_seed: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `krea2_seed_variance` node; add it to a Graph to use it.

        Args:
            conditioning: Conditioning tensor (required; connection only)
            strength: Noise strength as a multiplier of the embedding std (0=off, 0.1=subtle, 0.5=strong).
            (>= 0.0; <= 2.0)
            randomize_percent: Percentage of embedding values that get perturbed (Bernoulli mask); 0
            disables. (>= 0.0; <= 100.0)
            variance_seed: Seed for the variance noise (vary this to get variety).
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "conditioning": conditioning,
                "strength": strength,
                "randomize_percent": randomize_percent,
                "variance_seed": variance_seed,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[Krea2ConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class Krea2StyleReference(Node):
    """Style Reference - Krea-2 (`krea2_style_reference`, version 1.0.0). Encode a reference image
    into Krea-2 style-reference conditioning. Transfers the *look* of the reference image --
    palette, texture, rendering -- while the prompt keeps driving the content. No adapter model or
    LoRA is involved. ``width`` and ``height`` must match the Krea-2 denoise node. Everything below
    ``style_strength`` is for tuning and should be left at its default; ``style_strength`` already
    modulates several of them. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "krea2_style_reference"

    def __init__(
        self,
        *,
        blocks: str | Output[str] | Output[float] = "7-27",
        ref_k_strength: float | Output[float] = 1.06,
        adain_strength: float | Output[float] = 0.85,
        value_mode: Literal["target", "raw_reference", "ref_mean", "target_adain", "target_adain_plus_ref"]
        | Output[str] = "target_adain_plus_ref",
        value_adain_strength: float | Output[float] = 0.65,
        ref_value_mix: float | Output[float] = 1.0,
        high_scale_start: float | Output[float] = 1.04,
        high_scale_end: float | Output[float] = 0.0,
        low_scale_start: float | Output[float] = 1.0,
        low_scale_end: float | Output[float] = 1.1,
        beta: float | Output[float] = 2.5,
        image: ImageRef | Output[ImageField] | None = None,
        vae: Output[VAEField] | None = None,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        fit: Literal["crop", "contain", "stretch"] | Output[str] = "crop",
        style_strength: float | Output[float] = 1.0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `krea2_style_reference` node; add it to a Graph to use it.

        Args:
            blocks: Transformer blocks to inject the reference into, e.g. '7-27'. Styling the earliest
            blocks damages composition.
            ref_k_strength: Multiplier on the reference key path. This is the knob that makes the style
            visible without raising low_scale_end (which would also let reference content leak in). (>=
            0.0; <= 5.0)
            adain_strength: How strongly the reference's query/key statistics are applied to the target.
            (>= 0.0; <= 1.0)
            value_mode: How the reference value vectors are built.
            value_adain_strength: Reference statistics applied to the target value path. Has no effect
            while ref_value_mix is 1.0. (>= 0.0; <= 1.5)
            ref_value_mix: How much raw reference value signal is kept. Higher usually preserves style
            material. (>= 0.0; <= 1.0)
            high_scale_start: Scale on the reference key's high-frequency bands at the first step.
            high_scale_end: Scale on the reference key's high-frequency bands at the last step. 0 decays
            them away, which is what keeps reference content from leaking in.
            low_scale_start: Scale on the reference key's low-frequency bands at the first step.
            low_scale_end: Scale on the reference key's low-frequency bands at the last step. Raising this
            strengthens the style but also invites content leakage and quality loss.
            beta: Exponent of the high-to-low frequency falloff curve. (> 0.0; <= 20.0)
            image: Reference image whose style should be transferred. (required)
            vae: VAE (required; connection only)
            width: Width to encode the reference at (must match the denoise node's width). (> 0; multiple
            of 16)
            height: Height to encode the reference at (must match the denoise node's height). (> 0;
            multiple of 16)
            fit: How to reconcile the reference's aspect ratio with the target size. 'crop' scales to
            cover and center-crops, 'contain' letterboxes on white, 'stretch' distorts.
            style_strength: Overall style strength. 1.0 is the recommended setting. 0 makes the denoise
            node ignore the reference entirely - no capture pass, no retained keys/values - though this
            node still encodes it; disconnect the node to skip that too. (>= 0.0; <= 2.0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "blocks": blocks,
                "ref_k_strength": ref_k_strength,
                "adain_strength": adain_strength,
                "value_mode": value_mode,
                "value_adain_strength": value_adain_strength,
                "ref_value_mix": ref_value_mix,
                "high_scale_start": high_scale_start,
                "high_scale_end": high_scale_end,
                "low_scale_start": low_scale_start,
                "low_scale_end": low_scale_end,
                "beta": beta,
                "image": image,
                "vae": vae,
                "width": width,
                "height": height,
                "fit": fit,
                "style_strength": style_strength,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def style_reference(self) -> Output[Krea2StyleReferenceField]:
        """Output `style_reference`: Style-reference conditioning for Krea-2."""
        return Output(self, "style_reference")


class Krea2TextEncoder(Node):
    """Prompt - Krea-2 (`krea2_text_encoder`, version 1.1.0). Encodes a text prompt for Krea-2 using
    the Qwen3-VL text encoder. The encoder taps 12 decoder hidden-state layers and stacks them per
    token, producing a 4D conditioning tensor (B, seq, 12, hidden) that the Krea-2 transformer's
    text-fusion stage consumes. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "krea2_text_encoder"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] | None = None,
        mask: Output[TensorField] | None = None,
        qwen3_vl_encoder: Output[Qwen3VLEncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `krea2_text_encoder` node; add it to a Graph to use it.

        Args:
            prompt: Text prompt describing the desired image. (required)
            mask: A mask defining the image region that this conditioning prompt applies to. (connection
            only)
            qwen3_vl_encoder: Qwen3-VL tokenizer and text encoder (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"prompt": prompt, "mask": mask, "qwen3_vl_encoder": qwen3_vl_encoder},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[Krea2ConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class LatentsToImage(Node):
    """Latents to Image - SD1.5, SDXL (`l2i`, version 1.3.2). Generates an image from latents."""

    type_name: ClassVar[str] = "l2i"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        vae: Output[VAEField] | None = None,
        tiled: bool | Output[bool] = False,
        tile_size: int | Output[int] = 0,
        fp32: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `l2i` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            vae: VAE (required; connection only)
            tiled: Processing using overlapping tiles (reduce memory consumption)
            tile_size: The tile size for VAE tiling in pixels (image space). If set to 0, the default tile
            size for the model will be used. Larger tile sizes generally produce better results at the
            cost of higher memory usage. (multiple of 8)
            fp32: Whether or not to use full float32 precision
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "latents": latents,
                "vae": vae,
                "tiled": tiled,
                "tile_size": tile_size,
                "fp32": fp32,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class Latents(Node):
    """Latents Primitive (`latents`, version 1.0.2). A latents tensor primitive value"""

    type_name: ClassVar[str] = "latents"

    def __init__(
        self,
        *,
        latents: Output[LatentsField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `latents` node; add it to a Graph to use it.

        Args:
            latents: The latents tensor (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"latents": latents},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class LatentsCollection(Node):
    """Latents Collection Primitive (`latents_collection`, version 1.0.1). A collection of latents
    tensor primitive values
    """

    type_name: ClassVar[str] = "latents_collection"

    def __init__(
        self,
        *,
        collection: Sequence[Mapping[str, Any]] | Output[list[LatentsField]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `latents_collection` node; add it to a Graph to use it.

        Args:
            collection: The collection of latents tensors (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"collection": collection},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[LatentsField]]:
        """Output `collection`: Latents tensor"""
        return Output(self, "collection")


class BlendLatents(Node):
    """Blend Latents (`lblend`, version 1.1.0). Blend two latents using a given alpha. If a mask is
    provided, the second latents will be masked before blending. Latents must have same size.
    Masking functionality added by @dwringer.
    """

    type_name: ClassVar[str] = "lblend"

    def __init__(
        self,
        *,
        latents_a: Output[LatentsField] | None = None,
        latents_b: Output[LatentsField] | None = None,
        mask: ImageRef | Output[ImageField] | None = None,
        alpha: float | Output[float] = 0.5,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `lblend` node; add it to a Graph to use it.

        Args:
            latents_a: Latents tensor (required; connection only)
            latents_b: Latents tensor (required; connection only)
            mask: Mask for blending in latents B (needs InvokeAI >= 5.6.0)
            alpha: Blending factor. 0.0 = use input A only, 1.0 = use input B only, 0.5 = 50% mix of input
            A and input B. (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"latents_a": latents_a, "latents_b": latents_b, "mask": mask, "alpha": alpha},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class LeresImageProcessor(Node):
    """Leres (Depth) Processor (`leres_image_processor`, version 1.2.3). Applies leres processing to
    image Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "leres_image_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        thr_a: float | Output[float] = 0,
        thr_b: float | Output[float] = 0,
        boost: bool | Output[bool] = False,
        detect_resolution: int | Output[int] = 512,
        image_resolution: int | Output[int] = 512,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `leres_image_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            thr_a: Leres parameter `thr_a`
            thr_b: Leres parameter `thr_b`
            boost: Whether to use boost mode
            detect_resolution: Pixel resolution for detection (>= 1)
            image_resolution: Pixel resolution for output image (>= 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "thr_a": thr_a,
                "thr_b": thr_b,
                "boost": boost,
                "detect_resolution": detect_resolution,
                "image_resolution": image_resolution,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class LineartAnimeEdgeDetection(Node):
    """Lineart Anime Edge Detection (`lineart_anime_edge_detection`, version 1.0.0). Geneartes an
    edge map using the Lineart model.
    """

    type_name: ClassVar[str] = "lineart_anime_edge_detection"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `lineart_anime_edge_detection` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class LineartAnimeImageProcessor(Node):
    """Lineart Anime Processor (`lineart_anime_image_processor`, version 1.2.3). Applies line art
    anime processing to image Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "lineart_anime_image_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        detect_resolution: int | Output[int] = 512,
        image_resolution: int | Output[int] = 512,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `lineart_anime_image_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            detect_resolution: Pixel resolution for detection (>= 1)
            image_resolution: Pixel resolution for output image (>= 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "detect_resolution": detect_resolution,
                "image_resolution": image_resolution,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class LineartEdgeDetection(Node):
    """Lineart Edge Detection (`lineart_edge_detection`, version 1.0.0). Generates an edge map using
    the Lineart model.
    """

    type_name: ClassVar[str] = "lineart_edge_detection"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        coarse: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `lineart_edge_detection` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            coarse: Whether to use coarse mode
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "coarse": coarse},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class LineartImageProcessor(Node):
    """Lineart Processor (`lineart_image_processor`, version 1.2.3). Applies line art processing to
    image Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "lineart_image_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        detect_resolution: int | Output[int] = 512,
        image_resolution: int | Output[int] = 512,
        coarse: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `lineart_image_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            detect_resolution: Pixel resolution for detection (>= 1)
            image_resolution: Pixel resolution for output image (>= 1)
            coarse: Whether to use coarse mode
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "detect_resolution": detect_resolution,
                "image_resolution": image_resolution,
                "coarse": coarse,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class LlavaOnevisionVllm(Node):
    """LLaVA OneVision VLLM (`llava_onevision_vllm`, version 1.0.0). Run a LLaVA OneVision VLLM
    model. Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "llava_onevision_vllm"

    def __init__(
        self,
        *,
        images: ImageRef | Sequence[ImageRef] | Output[ImageField] | Output[list[ImageField]] | None = None,
        prompt: str | Output[str] | Output[float] = "",
        vllm_model: ModelRef | Output[ModelIdentifierField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `llava_onevision_vllm` node; add it to a Graph to use it.

        Args:
            images: Input image. (max length 3)
            prompt: Input text prompt.
            vllm_model: The VLLM model to use (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"images": images, "prompt": prompt, "vllm_model": vllm_model},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[str]:
        """Output `value`: The output string"""
        return Output(self, "value")


class LoRACollectionLoader(Node):
    """Apply LoRA Collection - SD1.5 (`lora_collection_loader`, version 1.1.3). Applies a collection
    of LoRAs to the provided UNet and CLIP models.
    """

    type_name: ClassVar[str] = "lora_collection_loader"

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[list[LoRAField]]
        | None = None,
        unet: Output[UNetField] | None = None,
        clip: Output[CLIPField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `lora_collection_loader` node; add it to a Graph to use it.

        Args:
            loras: LoRA models and weights. May be a single LoRA or collection.
            unet: UNet (scheduler, LoRAs) (connection only)
            clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"loras": loras, "unet": unet, "clip": clip},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def unet(self) -> Output[UNetField]:
        """Output `unet`: UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def clip(self) -> Output[CLIPField]:
        """Output `clip`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")


class LoRALoader(Node):
    """Apply LoRA - SD1.5 (`lora_loader`, version 1.0.4). Apply selected lora to unet and
    text_encoder.
    """

    type_name: ClassVar[str] = "lora_loader"

    def __init__(
        self,
        *,
        lora: ModelRef | Output[ModelIdentifierField] | None = None,
        weight: float | Output[float] = 0.75,
        unet: Output[UNetField] | None = None,
        clip: Output[CLIPField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `lora_loader` node; add it to a Graph to use it.

        Args:
            lora: LoRA model to load (required)
            weight: The weight at which the LoRA is applied to each model
            unet: UNet (scheduler, LoRAs) (connection only)
            clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"lora": lora, "weight": weight, "unet": unet, "clip": clip},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def unet(self) -> Output[UNetField]:
        """Output `unet`: UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def clip(self) -> Output[CLIPField]:
        """Output `clip`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")


class LoRASelector(Node):
    """Select LoRA (`lora_selector`, version 1.0.3). Selects a LoRA model and weight."""

    type_name: ClassVar[str] = "lora_selector"

    def __init__(
        self,
        *,
        lora: ModelRef | Output[ModelIdentifierField] | None = None,
        weight: float | Output[float] = 0.75,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `lora_selector` node; add it to a Graph to use it.

        Args:
            lora: LoRA model to load (required)
            weight: The weight at which the LoRA is applied to each model
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"lora": lora, "weight": weight},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def lora(self) -> Output[LoRAField]:
        """Output `lora`: LoRA model and weight"""
        return Output(self, "lora")


class ResizeLatents(Node):
    """Resize Latents (`lresize`, version 1.0.2). Resizes latents to explicit width/height (in
    pixels). Provided dimensions are floor-divided by 8.
    """

    type_name: ClassVar[str] = "lresize"

    def __init__(
        self,
        *,
        latents: Output[LatentsField] | None = None,
        width: int | Output[int] | None = None,
        height: int | Output[int] | None = None,
        mode: Literal["nearest", "linear", "bilinear", "bicubic", "trilinear", "area", "nearest-exact"]
        | Output[str] = "bilinear",
        antialias: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `lresize` node; add it to a Graph to use it.

        Args:
            latents: Latents tensor (required; connection only)
            width: Width of output (px) (required; >= 64; multiple of 8)
            height: Width of output (px) (required; >= 64; multiple of 8)
            mode: Interpolation mode
            antialias: Whether or not to apply antialiasing (bilinear or bicubic only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"latents": latents, "width": width, "height": height, "mode": mode, "antialias": antialias},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class ScaleLatents(Node):
    """Scale Latents (`lscale`, version 1.0.2). Scales latents by a given factor."""

    type_name: ClassVar[str] = "lscale"

    def __init__(
        self,
        *,
        latents: Output[LatentsField] | None = None,
        scale_factor: float | Output[float] | None = None,
        mode: Literal["nearest", "linear", "bilinear", "bicubic", "trilinear", "area", "nearest-exact"]
        | Output[str] = "bilinear",
        antialias: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `lscale` node; add it to a Graph to use it.

        Args:
            latents: Latents tensor (required; connection only)
            scale_factor: The factor by which to scale (required; > 0)
            mode: Interpolation mode
            antialias: Whether or not to apply antialiasing (bilinear or bicubic only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"latents": latents, "scale_factor": scale_factor, "mode": mode, "antialias": antialias},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class MainModelLoader(Node):
    """Main Model - SD1.5, SD2 (`main_model_loader`, version 1.0.4). Loads a main model, outputting
    its submodels.
    """

    type_name: ClassVar[str] = "main_model_loader"

    def __init__(
        self,
        *,
        model: ModelRef | Output[ModelIdentifierField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `main_model_loader` node; add it to a Graph to use it.

        Args:
            model: Main model (UNet, VAE, CLIP) to load (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"model": model},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")

    @property
    def clip(self) -> Output[CLIPField]:
        """Output `clip`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def unet(self) -> Output[UNetField]:
        """Output `unet`: UNet (scheduler, LoRAs)"""
        return Output(self, "unet")


class MaskCombine(Node):
    """Combine Masks (`mask_combine`, version 1.2.2). Combine two masks together by multiplying them
    using `PIL.ImageChops.multiply()`.
    """

    type_name: ClassVar[str] = "mask_combine"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        mask1: ImageRef | Output[ImageField] | None = None,
        mask2: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `mask_combine` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            mask1: The first mask to combine (required)
            mask2: The second image to combine (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "mask1": mask1, "mask2": mask2},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class MaskEdge(Node):
    """Mask Edge (`mask_edge`, version 1.2.2). Applies an edge mask to an image"""

    type_name: ClassVar[str] = "mask_edge"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        edge_size: int | Output[int] | None = None,
        edge_blur: int | Output[int] | None = None,
        low_threshold: int | Output[int] | None = None,
        high_threshold: int | Output[int] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `mask_edge` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to apply the mask to (required)
            edge_size: The size of the edge (required)
            edge_blur: The amount of blur on the edge (required)
            low_threshold: First threshold for the hysteresis procedure in Canny edge detection (required)
            high_threshold: Second threshold for the hysteresis procedure in Canny edge detection
            (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "edge_size": edge_size,
                "edge_blur": edge_blur,
                "low_threshold": low_threshold,
                "high_threshold": high_threshold,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class MaskFromID(Node):
    """Mask from Segmented Image (`mask_from_id`, version 1.0.1). Generate a mask for a particular
    color in an ID Map
    """

    type_name: ClassVar[str] = "mask_from_id"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        color: ColorRef | Output[ColorField] | None = None,
        threshold: int | Output[int] = 100,
        invert: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `mask_from_id` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to create the mask from (required)
            color: ID color to mask (required)
            threshold: Threshold for color detection
            invert: Whether or not to invert the mask
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "color": color,
                "threshold": threshold,
                "invert": invert,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class MediaPipeFaceDetection(Node):
    """MediaPipe Face Detection (`mediapipe_face_detection`, version 1.0.0). Detects faces using
    MediaPipe.
    """

    type_name: ClassVar[str] = "mediapipe_face_detection"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        max_faces: int | Output[int] = 1,
        min_confidence: float | Output[float] = 0.5,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `mediapipe_face_detection` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            max_faces: Maximum number of faces to detect (>= 1)
            min_confidence: Minimum confidence for face detection (>= 0; <= 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "max_faces": max_faces,
                "min_confidence": min_confidence,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class MediapipeFaceProcessor(Node):
    """Mediapipe Face Processor (`mediapipe_face_processor`, version 1.2.4). Applies mediapipe face
    processing to image Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "mediapipe_face_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        max_faces: int | Output[int] = 1,
        min_confidence: float | Output[float] = 0.5,
        detect_resolution: int | Output[int] = 512,
        image_resolution: int | Output[int] = 512,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `mediapipe_face_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            max_faces: Maximum number of faces to detect (>= 1)
            min_confidence: Minimum confidence for face detection (>= 0.0; <= 1.0)
            detect_resolution: Pixel resolution for detection (>= 1)
            image_resolution: Pixel resolution for output image (>= 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "max_faces": max_faces,
                "min_confidence": min_confidence,
                "detect_resolution": detect_resolution,
                "image_resolution": image_resolution,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class MergeMetadata(Node):
    """Metadata Merge (`merge_metadata`, version 1.0.1). Merged a collection of MetadataDict into a
    single MetadataDict.
    """

    type_name: ClassVar[str] = "merge_metadata"

    def __init__(
        self,
        *,
        collection: Sequence[Mapping[str, Any]] | Output[list[MetadataField]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `merge_metadata` node; add it to a Graph to use it.

        Args:
            collection: Collection of Metadata (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"collection": collection},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def metadata(self) -> Output[MetadataField]:
        """Output `metadata`: Metadata Dict"""
        return Output(self, "metadata")


class MergeTilesToImage(Node):
    """Merge Tiles to Image (`merge_tiles_to_image`, version 1.1.1). Merge multiple tile images into
    a single image.
    """

    type_name: ClassVar[str] = "merge_tiles_to_image"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        tiles_with_images: Sequence[Mapping[str, Any]] | Output[list[TileWithImage]] | None = None,
        blend_mode: Literal["Linear", "Seam"] = "Seam",
        blend_amount: int | Output[int] = 32,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `merge_tiles_to_image` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            tiles_with_images: A list of tile images with tile properties. (required)
            blend_mode: blending type Linear or Seam (value only)
            blend_amount: The amount to blend adjacent tiles in pixels. Must be <= the amount of overlap
            between adjacent tiles. (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "tiles_with_images": tiles_with_images,
                "blend_mode": blend_mode,
                "blend_amount": blend_amount,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class Metadata(Node):
    """Metadata (`metadata`, version 1.0.1). Takes a MetadataItem or collection of MetadataItems and
    outputs a MetadataDict.
    """

    type_name: ClassVar[str] = "metadata"

    def __init__(
        self,
        *,
        items: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[MetadataItemField]
        | Output[list[MetadataItemField]]
        | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata` node; add it to a Graph to use it.

        Args:
            items: A single metadata item or collection of metadata items (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"items": items},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def metadata(self) -> Output[MetadataField]:
        """Output `metadata`: Metadata Dict"""
        return Output(self, "metadata")


class MetadataFieldExtractor(Node):
    """Metadata Field Extractor (`metadata_field_extractor`, version 1.0.0). Extracts the text value
    from an image's metadata given a key. Raises an error if the image has no metadata or if the
    value is not a string (nesting not permitted). Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_field_extractor"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        key: str | Output[str] | Output[float] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_field_extractor` node; add it to a Graph to use it.

        Args:
            image: The image to extract metadata from (required)
            key: The key in the image's metadata to extract the value from (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"image": image, "key": key},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[str]:
        """Output `value`: The output string"""
        return Output(self, "value")


class MetadataFromImage(Node):
    """Metadata From Image (`metadata_from_image`, version 1.0.1). Used to create a core metadata
    item then Add/Update it to the provided metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_from_image"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_from_image` node; add it to a Graph to use it.

        Args:
            image: The image to process (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"image": image},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def metadata(self) -> Output[MetadataField]:
        """Output `metadata`: Metadata Dict"""
        return Output(self, "metadata")


class MetadataItem(Node):
    """Metadata Item (`metadata_item`, version 1.0.1). Used to create an arbitrary metadata item.
    Provide "label" and make a connection to "value" to store that data as the value.
    """

    type_name: ClassVar[str] = "metadata_item"

    def __init__(
        self,
        *,
        label: str | Output[str] | Output[float] | None = None,
        value: Any = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_item` node; add it to a Graph to use it.

        Args:
            label: Label for this metadata item (required)
            value: The value for this metadata item (may be any type) (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"label": label, "value": value},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def item(self) -> Output[MetadataItemField]:
        """Output `item`: Metadata Item"""
        return Output(self, "item")


class MetadataItemLinked(Node):
    """Metadata Item Linked (`metadata_item_linked`, version 1.0.1). Used to Create/Add/Update a
    value into a metadata label Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_item_linked"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        label: Literal[
            "* CUSTOM LABEL *",
            "positive_prompt",
            "positive_style_prompt",
            "negative_prompt",
            "negative_style_prompt",
            "width",
            "height",
            "seed",
            "cfg_scale",
            "cfg_rescale_multiplier",
            "steps",
            "scheduler",
            "clip_skip",
            "model",
            "vae",
            "seamless_x",
            "seamless_y",
            "guidance",
            "cfg_scale_start_step",
            "cfg_scale_end_step",
        ] = "* CUSTOM LABEL *",
        custom_label: str | None = None,
        value: Any = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_item_linked` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            label: Label for this metadata item (value only)
            custom_label: Label for this metadata item (value only)
            value: The value for this metadata item (may be any type) (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"metadata": metadata, "label": label, "custom_label": custom_label, "value": value},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def metadata(self) -> Output[MetadataField]:
        """Output `metadata`: Metadata Dict"""
        return Output(self, "metadata")


class MetadataToBool(Node):
    """Metadata To Bool (`metadata_to_bool`, version 1.0.0). Extracts a Boolean value of a label
    from metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_bool"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        label: Literal["* CUSTOM LABEL *", "seamless_x", "seamless_y"] = "* CUSTOM LABEL *",
        custom_label: str | None = None,
        default_value: bool | Output[bool] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_bool` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            label: Label for this metadata item (value only)
            custom_label: Label for this metadata item (value only)
            default_value: The default bool to use if not found in the metadata (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "label": label,
                "custom_label": custom_label,
                "default_value": default_value,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[bool]:
        """Output `value`: The output boolean"""
        return Output(self, "value")


class MetadataToBoolCollection(Node):
    """Metadata To Bool Collection (`metadata_to_bool_collection`, version 1.0.0). Extracts a
    Boolean value Collection of a label from metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_bool_collection"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        label: Literal["* CUSTOM LABEL *", "seamless_x", "seamless_y"] = "* CUSTOM LABEL *",
        custom_label: str | None = None,
        default_value: Sequence[bool] | Output[list[bool]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_bool_collection` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            label: Label for this metadata item (value only)
            custom_label: Label for this metadata item (value only)
            default_value: The default bool to use if not found in the metadata (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "label": label,
                "custom_label": custom_label,
                "default_value": default_value,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[bool]]:
        """Output `collection`: The output boolean collection"""
        return Output(self, "collection")


class MetadataToControlnets(Node):
    """Metadata To ControlNets (`metadata_to_controlnets`, version 1.2.0). Extracts a Controlnets
    value of a label from metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_controlnets"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        control_list: Output[ControlField] | Output[list[ControlField]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_controlnets` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            control_list: ControlNet-List (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"metadata": metadata, "control_list": control_list},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def control_list(self) -> Output[ControlField]:
        """Output `control_list`: ControlNet(s) to apply"""
        return Output(self, "control_list")


class MetadataToFloat(Node):
    """Metadata To Float (`metadata_to_float`, version 1.1.0). Extracts a Float value of a label
    from metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_float"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        label: Literal[
            "* CUSTOM LABEL *", "cfg_scale", "cfg_rescale_multiplier", "guidance"
        ] = "* CUSTOM LABEL *",
        custom_label: str | None = None,
        default_value: float | Output[float] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_float` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            label: Label for this metadata item (value only)
            custom_label: Label for this metadata item (value only)
            default_value: The default float to use if not found in the metadata (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "label": label,
                "custom_label": custom_label,
                "default_value": default_value,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[float]:
        """Output `value`: The output float"""
        return Output(self, "value")


class MetadataToFloatCollection(Node):
    """Metadata To Float Collection (`metadata_to_float_collection`, version 1.0.0). Extracts a
    Float value Collection of a label from metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_float_collection"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        label: Literal[
            "* CUSTOM LABEL *", "cfg_scale", "cfg_rescale_multiplier", "guidance"
        ] = "* CUSTOM LABEL *",
        custom_label: str | None = None,
        default_value: Sequence[float] | Output[list[float]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_float_collection` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            label: Label for this metadata item (value only)
            custom_label: Label for this metadata item (value only)
            default_value: The default float to use if not found in the metadata (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "label": label,
                "custom_label": custom_label,
                "default_value": default_value,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[float]]:
        """Output `collection`: The float collection"""
        return Output(self, "collection")


class MetadataToInteger(Node):
    """Metadata To Integer (`metadata_to_integer`, version 1.0.0). Extracts an integer value of a
    label from metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_integer"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        label: Literal[
            "* CUSTOM LABEL *",
            "width",
            "height",
            "seed",
            "steps",
            "clip_skip",
            "cfg_scale_start_step",
            "cfg_scale_end_step",
        ] = "* CUSTOM LABEL *",
        custom_label: str | None = None,
        default_value: int | Output[int] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_integer` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            label: Label for this metadata item (value only)
            custom_label: Label for this metadata item (value only)
            default_value: The default integer to use if not found in the metadata (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "label": label,
                "custom_label": custom_label,
                "default_value": default_value,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[int]:
        """Output `value`: The output integer"""
        return Output(self, "value")


class MetadataToIntegerCollection(Node):
    """Metadata To Integer Collection (`metadata_to_integer_collection`, version 1.0.0). Extracts an
    integer value Collection of a label from metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_integer_collection"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        label: Literal[
            "* CUSTOM LABEL *",
            "width",
            "height",
            "seed",
            "steps",
            "clip_skip",
            "cfg_scale_start_step",
            "cfg_scale_end_step",
        ] = "* CUSTOM LABEL *",
        custom_label: str | None = None,
        default_value: Sequence[int] | Output[list[int]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_integer_collection` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            label: Label for this metadata item (value only)
            custom_label: Label for this metadata item (value only)
            default_value: The default integer to use if not found in the metadata (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "label": label,
                "custom_label": custom_label,
                "default_value": default_value,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[int]]:
        """Output `collection`: The int collection"""
        return Output(self, "collection")


class MetadataToIPAdapters(Node):
    """Metadata To IP-Adapters (`metadata_to_ip_adapters`, version 1.2.0). Extracts a IP-Adapters
    value of a label from metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_ip_adapters"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        ip_adapter_list: Output[IPAdapterField] | Output[list[IPAdapterField]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_ip_adapters` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            ip_adapter_list: IP-Adapter to apply (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"metadata": metadata, "ip_adapter_list": ip_adapter_list},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def ip_adapter_list(self) -> Output[IPAdapterField]:
        """Output `ip_adapter_list`: IP-Adapter to apply"""
        return Output(self, "ip_adapter_list")


class MetadataToLorasCollection(Node):
    """Metadata To LoRA Collection (`metadata_to_lora_collection`, version 1.1.0). Extracts Lora(s)
    from metadata into a collection Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_lora_collection"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        custom_label: str = "loras",
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[list[LoRAField]]
        | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_lora_collection` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            custom_label: Label for this metadata item (value only)
            loras: LoRA models and weights. May be a single LoRA or collection. (default [])
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"metadata": metadata, "custom_label": custom_label, "loras": loras},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def lora(self) -> Output[list[LoRAField]]:
        """Output `lora`: Collection of LoRA model and weights"""
        return Output(self, "lora")


class MetadataToLoras(Node):
    """Metadata To LoRAs (`metadata_to_loras`, version 1.1.1). Extracts a Loras value of a label
    from metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_loras"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        unet: Output[UNetField] | None = None,
        clip: Output[CLIPField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_loras` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            unet: UNet (scheduler, LoRAs) (connection only)
            clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"metadata": metadata, "unet": unet, "clip": clip},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def unet(self) -> Output[UNetField]:
        """Output `unet`: UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def clip(self) -> Output[CLIPField]:
        """Output `clip`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")


class MetadataToModel(Node):
    """Metadata To Model (`metadata_to_model`, version 1.3.0). Extracts a Model value of a label
    from metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_model"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        label: Literal["* CUSTOM LABEL *", "model"] = "model",
        custom_label: str | None = None,
        default_value: ModelRef | Output[ModelIdentifierField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_model` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            label: Label for this metadata item (value only)
            custom_label: Label for this metadata item (value only)
            default_value: The default model to use if not found in the metadata (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "label": label,
                "custom_label": custom_label,
                "default_value": default_value,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def model(self) -> Output[ModelIdentifierField]:
        """Output `model`: Main model (UNet, VAE, CLIP) to load"""
        return Output(self, "model")

    @property
    def name(self) -> Output[str]:
        """Output `name`: Model Name"""
        return Output(self, "name")

    @property
    def unet(self) -> Output[UNetField]:
        """Output `unet`: UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")

    @property
    def clip(self) -> Output[CLIPField]:
        """Output `clip`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")


class MetadataToScheduler(Node):
    """Metadata To Scheduler (`metadata_to_scheduler`, version 1.0.1). Extracts a Scheduler value of
    a label from metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_scheduler"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        label: Literal["* CUSTOM LABEL *", "scheduler"] = "scheduler",
        custom_label: str | None = None,
        default_value: Literal[
            "ddim",
            "ddpm",
            "deis",
            "deis_k",
            "lms",
            "lms_k",
            "pndm",
            "heun",
            "heun_k",
            "euler",
            "euler_k",
            "euler_a",
            "kdpm_2",
            "kdpm_2_k",
            "kdpm_2_a",
            "kdpm_2_a_k",
            "dpmpp_2s",
            "dpmpp_2s_k",
            "dpmpp_2m",
            "dpmpp_2m_k",
            "dpmpp_2m_sde",
            "dpmpp_2m_sde_k",
            "dpmpp_3m",
            "dpmpp_3m_k",
            "dpmpp_sde",
            "dpmpp_sde_k",
            "er_sde",
            "unipc",
            "unipc_k",
            "lcm",
            "tcd",
        ]
        | Output[str] = "euler",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_scheduler` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            label: Label for this metadata item (value only)
            custom_label: Label for this metadata item (value only)
            default_value: The default scheduler to use if not found in the metadata
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "label": label,
                "custom_label": custom_label,
                "default_value": default_value,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def scheduler(self) -> Output[str]:
        """Output `scheduler`: Scheduler to use during inference"""
        return Output(self, "scheduler")


class MetadataToSDXLLoras(Node):
    """Metadata To SDXL LoRAs (`metadata_to_sdlx_loras`, version 1.1.1). Extracts a SDXL Loras value
    of a label from metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_sdlx_loras"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        unet: Output[UNetField] | None = None,
        clip: Output[CLIPField] | None = None,
        clip2: Output[CLIPField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_sdlx_loras` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            unet: UNet (scheduler, LoRAs) (connection only)
            clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (connection only)
            clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"metadata": metadata, "unet": unet, "clip": clip, "clip2": clip2},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def unet(self) -> Output[UNetField]:
        """Output `unet`: UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def clip(self) -> Output[CLIPField]:
        """Output `clip`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def clip2(self) -> Output[CLIPField]:
        """Output `clip2`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip2")


class MetadataToSDXLModel(Node):
    """Metadata To SDXL Model (`metadata_to_sdxl_model`, version 1.3.0). Extracts a SDXL Model value
    of a label from metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_sdxl_model"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        label: Literal["* CUSTOM LABEL *", "model"] = "model",
        custom_label: str | None = None,
        default_value: ModelRef | Output[ModelIdentifierField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_sdxl_model` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            label: Label for this metadata item (value only)
            custom_label: Label for this metadata item (value only)
            default_value: The default SDXL Model to use if not found in the metadata (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "label": label,
                "custom_label": custom_label,
                "default_value": default_value,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def model(self) -> Output[ModelIdentifierField]:
        """Output `model`: Main model (UNet, VAE, CLIP) to load"""
        return Output(self, "model")

    @property
    def name(self) -> Output[str]:
        """Output `name`: Model Name"""
        return Output(self, "name")

    @property
    def unet(self) -> Output[UNetField]:
        """Output `unet`: UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def clip(self) -> Output[CLIPField]:
        """Output `clip`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def clip2(self) -> Output[CLIPField]:
        """Output `clip2`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip2")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")


class MetadataToString(Node):
    """Metadata To String (`metadata_to_string`, version 1.0.0). Extracts a string value of a label
    from metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_string"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        label: Literal[
            "* CUSTOM LABEL *",
            "positive_prompt",
            "positive_style_prompt",
            "negative_prompt",
            "negative_style_prompt",
        ] = "* CUSTOM LABEL *",
        custom_label: str | None = None,
        default_value: str | Output[str] | Output[float] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_string` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            label: Label for this metadata item (value only)
            custom_label: Label for this metadata item (value only)
            default_value: The default string to use if not found in the metadata (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "label": label,
                "custom_label": custom_label,
                "default_value": default_value,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[str]:
        """Output `value`: The output string"""
        return Output(self, "value")


class MetadataToStringCollection(Node):
    """Metadata To String Collection (`metadata_to_string_collection`, version 1.0.0). Extracts a
    string collection value of a label from metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_string_collection"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        label: Literal[
            "* CUSTOM LABEL *",
            "positive_prompt",
            "positive_style_prompt",
            "negative_prompt",
            "negative_style_prompt",
        ] = "* CUSTOM LABEL *",
        custom_label: str | None = None,
        default_value: Sequence[str] | Output[list[str]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_string_collection` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            label: Label for this metadata item (value only)
            custom_label: Label for this metadata item (value only)
            default_value: The default string collection to use if not found in the metadata (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "label": label,
                "custom_label": custom_label,
                "default_value": default_value,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[str]]:
        """Output `collection`: The output strings"""
        return Output(self, "collection")


class MetadataToT2IAdapters(Node):
    """Metadata To T2I-Adapters (`metadata_to_t2i_adapters`, version 1.2.0). Extracts a T2I-Adapters
    value of a label from metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_t2i_adapters"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        t2i_adapter_list: Output[T2IAdapterField] | Output[list[T2IAdapterField]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_t2i_adapters` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            t2i_adapter_list: IP-Adapter to apply (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"metadata": metadata, "t2i_adapter_list": t2i_adapter_list},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def t2i_adapter_list(self) -> Output[T2IAdapterField]:
        """Output `t2i_adapter_list`: T2I-Adapter(s) to apply"""
        return Output(self, "t2i_adapter_list")


class MetadataToVAE(Node):
    """Metadata To VAE (`metadata_to_vae`, version 1.2.1). Extracts a VAE value of a label from
    metadata Needs InvokeAI >= 5.15.0.
    """

    type_name: ClassVar[str] = "metadata_to_vae"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        label: Literal["* CUSTOM LABEL *", "vae"] = "vae",
        custom_label: str | None = None,
        default_value: Mapping[str, Any] | Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `metadata_to_vae` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            label: Label for this metadata item (value only)
            custom_label: Label for this metadata item (value only)
            default_value: The default VAE to use if not found in the metadata (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "label": label,
                "custom_label": custom_label,
                "default_value": default_value,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")


class MidasDepthImageProcessor(Node):
    """Midas Depth Processor (`midas_depth_image_processor`, version 1.2.4). Applies Midas depth
    processing to image Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "midas_depth_image_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        a_mult: float | Output[float] = 2.0,
        bg_th: float | Output[float] = 0.1,
        detect_resolution: int | Output[int] = 512,
        image_resolution: int | Output[int] = 512,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `midas_depth_image_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            a_mult: Midas parameter `a_mult` (a = a_mult * PI) (>= 0.0)
            bg_th: Midas parameter `bg_th` (>= 0.0)
            detect_resolution: Pixel resolution for detection (>= 1)
            image_resolution: Pixel resolution for output image (>= 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "a_mult": a_mult,
                "bg_th": bg_th,
                "detect_resolution": detect_resolution,
                "image_resolution": image_resolution,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class MLSDDetection(Node):
    """MLSD Detection (`mlsd_detection`, version 1.0.0). Generates an line segment map using MLSD."""

    type_name: ClassVar[str] = "mlsd_detection"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        score_threshold: float | Output[float] = 0.1,
        distance_threshold: float | Output[float] = 20.0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `mlsd_detection` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            score_threshold: The threshold used to score points when determining line segments (>= 0)
            distance_threshold: Threshold for including a line segment - lines shorter than this distance
            will be discarded (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "score_threshold": score_threshold,
                "distance_threshold": distance_threshold,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class MlsdImageProcessor(Node):
    """MLSD Processor (`mlsd_image_processor`, version 1.2.3). Applies MLSD processing to image
    Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "mlsd_image_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        detect_resolution: int | Output[int] = 512,
        image_resolution: int | Output[int] = 512,
        thr_v: float | Output[float] = 0.1,
        thr_d: float | Output[float] = 0.1,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `mlsd_image_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            detect_resolution: Pixel resolution for detection (>= 1)
            image_resolution: Pixel resolution for output image (>= 1)
            thr_v: MLSD parameter `thr_v` (>= 0.0)
            thr_d: MLSD parameter `thr_d` (>= 0.0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "detect_resolution": detect_resolution,
                "image_resolution": image_resolution,
                "thr_v": thr_v,
                "thr_d": thr_d,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ModelIdentifier(Node):
    """Any Model (`model_identifier`, version 1.0.1). Selects any model, outputting it its
    identifier. Be careful with this one! The identifier will be accepted as input for any model,
    even if the model types don't match. If you connect this to a mismatched input, you'll get an
    error.
    """

    type_name: ClassVar[str] = "model_identifier"

    def __init__(
        self,
        *,
        model: ModelRef | Output[ModelIdentifierField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `model_identifier` node; add it to a Graph to use it.

        Args:
            model: The model to select (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"model": model},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def model(self) -> Output[ModelIdentifierField]:
        """Output `model`: Model identifier"""
        return Output(self, "model")


class Multiply(Node):
    """Multiply Integers (`mul`, version 1.0.1). Multiplies two numbers"""

    type_name: ClassVar[str] = "mul"

    def __init__(
        self,
        *,
        a: int | Output[int] = 0,
        b: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `mul` node; add it to a Graph to use it.

        Args:
            a: The first number
            b: The second number
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"a": a, "b": b},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[int]:
        """Output `value`: The output integer"""
        return Output(self, "value")


class Noise(Node):
    """Create Latent Noise (`noise`, version 1.1.0). Generates latent noise for supported denoiser
    architectures.
    """

    type_name: ClassVar[str] = "noise"

    def __init__(
        self,
        *,
        noise_type: Literal["SD", "FLUX", "FLUX.2", "SD3", "CogView4", "Z-Image", "Anima"]
        | Output[str] = "SD",
        seed: int | Output[int] = 0,
        width: int | Output[int] = 512,
        height: int | Output[int] = 512,
        use_cpu: bool | Output[bool] = True,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `noise` node; add it to a Graph to use it.

        Args:
            noise_type: Architecture-specific noise type. (needs InvokeAI >= 6.14.2)
            seed: Seed for random number generation (>= 0; <= 4294967295)
            width: Width of output (px) (> 0; multiple of 8)
            height: Height of output (px) (> 0; multiple of 8)
            use_cpu: Use CPU for noise generation (for reproducible results across platforms)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"noise_type": noise_type, "seed": seed, "width": width, "height": height, "use_cpu": use_cpu},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def noise(self) -> Output[LatentsField]:
        """Output `noise`: Noise tensor"""
        return Output(self, "noise")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class NormalMap(Node):
    """Normal Map (`normal_map`, version 1.0.0). Generates a normal map."""

    type_name: ClassVar[str] = "normal_map"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `normal_map` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class NormalbaeImageProcessor(Node):
    """Normal BAE Processor (`normalbae_image_processor`, version 1.2.3). Applies NormalBae
    processing to image Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "normalbae_image_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        detect_resolution: int | Output[int] = 512,
        image_resolution: int | Output[int] = 512,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `normalbae_image_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            detect_resolution: Pixel resolution for detection (>= 1)
            image_resolution: Pixel resolution for output image (>= 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "detect_resolution": detect_resolution,
                "image_resolution": image_resolution,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class OpenAIImageGeneration(Node):
    """OpenAI Image Generation (`openai_image_generation`, version 1.0.0). Generate images using an
    OpenAI-hosted external model. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "openai_image_generation"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        model: ModelRef | Output[ModelIdentifierField] | None = None,
        mode: Literal["txt2img", "img2img", "inpaint"] | Output[str] = "txt2img",
        prompt: str | Output[str] | Output[float] | None = None,
        seed: int | Output[int] | None = None,
        num_images: int | Output[int] = 1,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        image_size: str | Output[str] | Output[float] | None = None,
        init_image: ImageRef | Output[ImageField] | None = None,
        mask_image: ImageRef | Output[ImageField] | None = None,
        reference_images: Sequence[ImageRef] | Output[list[ImageField]] | None = None,
        quality: Literal["auto", "high", "medium", "low"] | Output[str] = "auto",
        background: Literal["auto", "transparent", "opaque"] | Output[str] = "auto",
        input_fidelity: Literal["low", "high"] | Output[str] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `openai_image_generation` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            model: Main model (UNet, VAE, CLIP) to load (required)
            mode: Generation mode.
            prompt: Prompt (required)
            seed: Seed for random number generation
            num_images: Number of images to generate (> 0)
            width: Width of output (px) (> 0)
            height: Height of output (px) (> 0)
            image_size: Image size preset (e.g. 1K, 2K, 4K)
            init_image: Init image (use reference_images instead)
            mask_image: Mask image for inpaint
            reference_images: Reference images (default [])
            quality: Output image quality
            background: Background transparency handling
            input_fidelity: Fidelity to source images (edits only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "model": model,
                "mode": mode,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "width": width,
                "height": height,
                "image_size": image_size,
                "init_image": init_image,
                "mask_image": mask_image,
                "reference_images": reference_images,
                "quality": quality,
                "background": background,
                "input_fidelity": input_fidelity,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[ImageField]]:
        """Output `collection`: The output images"""
        return Output(self, "collection")


class PairTileImage(Node):
    """Pair Tile with Image (`pair_tile_image`, version 1.0.1). Pair an image with its tile
    properties.
    """

    type_name: ClassVar[str] = "pair_tile_image"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        tile: Mapping[str, Any] | Output[Tile] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `pair_tile_image` node; add it to a Graph to use it.

        Args:
            image: The tile image. (required)
            tile: The tile properties. (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"image": image, "tile": tile},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def tile_with_image(self) -> Output[TileWithImage]:
        """Output `tile_with_image`: A tile description with its corresponding image."""
        return Output(self, "tile_with_image")


class PasteImageIntoBoundingBox(Node):
    """Paste Image into Bounding Box (`paste_image_into_bounding_box`, version 1.0.0). Paste the
    source image into the target image at the given bounding box. The source image must be the same
    size as the bounding box, and the bounding box must fit within the target image. Needs InvokeAI
    >= 5.6.0.
    """

    type_name: ClassVar[str] = "paste_image_into_bounding_box"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        source_image: ImageRef | Output[ImageField] | None = None,
        target_image: ImageRef | Output[ImageField] | None = None,
        bounding_box: Mapping[str, Any] | Output[BoundingBoxField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `paste_image_into_bounding_box` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            source_image: The image to paste (required)
            target_image: The image to paste into (required)
            bounding_box: The bounding box to paste the image into (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "source_image": source_image,
                "target_image": target_image,
                "bounding_box": bounding_box,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class PBRMaps(Node):
    """PBR Maps (`pbr_maps`, version 1.0.0). Generate Normal, Displacement and Roughness Map from a
    given image Needs InvokeAI >= 6.10.0.
    """

    type_name: ClassVar[str] = "pbr_maps"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        tile_size: int | Output[int] = 512,
        border_mode: Literal["none", "seamless", "mirror", "replicate"] | Output[str] = "none",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `pbr_maps` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: Input image (required)
            tile_size: Tile size
            border_mode: Border mode to apply to eliminate any artifacts or seams
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "tile_size": tile_size,
                "border_mode": border_mode,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def normal_map(self) -> Output[ImageField]:
        """Output `normal_map`: The generated normal map"""
        return Output(self, "normal_map")

    @property
    def roughness_map(self) -> Output[ImageField]:
        """Output `roughness_map`: The generated roughness map"""
        return Output(self, "roughness_map")

    @property
    def displacement_map(self) -> Output[ImageField]:
        """Output `displacement_map`: The generated displacement map"""
        return Output(self, "displacement_map")


class PiDDecoderLoader(Node):
    """PiD Decoder - FLUX / FLUX.2 / SD3 / SDXL / Qwen-Image (`pid_decoder_loader`, version 1.0.0).
    Loads a PiD decoder checkpoint, outputting a PiDDecoderField for use by the per-backbone PiD
    decode nodes. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "pid_decoder_loader"

    def __init__(
        self,
        *,
        pid_decoder_model: ModelRef | Output[ModelIdentifierField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `pid_decoder_loader` node; add it to a Graph to use it.

        Args:
            pid_decoder_model: PiD decoder checkpoint matching the upstream backbone. (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"pid_decoder_model": pid_decoder_model},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def pid_decoder(self) -> Output[PiDDecoderField]:
        """Output `pid_decoder`: PiD (Pixel Diffusion Decoder) checkpoint"""
        return Output(self, "pid_decoder")


class PiDUpscale(Node):
    """PiD Upscale (4x) - FLUX VAE (`pid_upscale`, version 1.0.0). Upscale any image 4x via FLUX VAE
    encode + PiD pixel-diffusion decode. Works for source images that the FLUX VAE can encode (i.e.
    natural photos / generated images at any size that lands on the VAE's 8-pixel grid). The caption
    is used to condition the PiD decoder; leaving it empty produces an unconditional decode and is
    the cheapest option, but the model was distilled with rich captions and benefits from one. Needs
    InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "pid_upscale"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        vae: Output[VAEField] | None = None,
        gemma2_encoder: Output[Gemma2EncoderField] | None = None,
        pid_decoder: Output[PiDDecoderField] | None = None,
        prompt: str | Output[str] | Output[float] = "",
        num_inference_steps: int | Output[int] = 4,
        seed: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `pid_upscale` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: Image to upscale. (required)
            vae: FLUX AutoEncoder VAE. PiD upscale runs the FLUX backbone and applies FLUX VAE scaling,
            and the encode path only supports InvokeAI's FLUX AutoEncoder - a diffusers AutoencoderKL
            (e.g. Z-Image) is not supported here. (required; connection only)
            gemma2_encoder: Gemma-2 caption encoder. Required by PiD. (required; connection only)
            pid_decoder: PiD FLUX decoder checkpoint. (required; connection only)
            prompt: Optional caption describing the image. Empty -> empty-caption decode.
            num_inference_steps: Number of PiD distill steps. The released checkpoints are distilled for
            4; the student schedule has only 4 transitions, so higher counts cannot add sampling steps.
            (>= 1; <= 4)
            seed: Seed for the PiD decoder's noise.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "vae": vae,
                "gemma2_encoder": gemma2_encoder,
                "pid_decoder": pid_decoder,
                "prompt": prompt,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class PiDiNetEdgeDetection(Node):
    """PiDiNet Edge Detection (`pidi_edge_detection`, version 1.0.0). Generates an edge map using
    PiDiNet.
    """

    type_name: ClassVar[str] = "pidi_edge_detection"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        quantize_edges: bool | Output[bool] = False,
        scribble: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `pidi_edge_detection` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            quantize_edges: Whether or not to use safe mode
            scribble: Whether or not to use scribble mode
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "quantize_edges": quantize_edges,
                "scribble": scribble,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class PidiImageProcessor(Node):
    """PIDI Processor (`pidi_image_processor`, version 1.2.3). Applies PIDI processing to image
    Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "pidi_image_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        detect_resolution: int | Output[int] = 512,
        image_resolution: int | Output[int] = 512,
        safe: bool | Output[bool] = False,
        scribble: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `pidi_image_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            detect_resolution: Pixel resolution for detection (>= 1)
            image_resolution: Pixel resolution for output image (>= 1)
            safe: Whether or not to use safe mode
            scribble: Whether or not to use scribble mode
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "detect_resolution": detect_resolution,
                "image_resolution": image_resolution,
                "safe": safe,
                "scribble": scribble,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class PromptsFromFile(Node):
    """Prompts from File (`prompt_from_file`, version 1.0.2). Loads prompts from a text file"""

    type_name: ClassVar[str] = "prompt_from_file"

    def __init__(
        self,
        *,
        file_path: str | Output[str] | Output[float] | None = None,
        pre_prompt: str | Output[str] | Output[float] | None = None,
        post_prompt: str | Output[str] | Output[float] | None = None,
        start_line: int | Output[int] = 1,
        max_prompts: int | Output[int] = 1,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `prompt_from_file` node; add it to a Graph to use it.

        Args:
            file_path: Path to prompt text file (required)
            pre_prompt: String to prepend to each prompt
            post_prompt: String to append to each prompt
            start_line: Line in the file to start start from (>= 1)
            max_prompts: Max lines to read from file (0=all) (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "file_path": file_path,
                "pre_prompt": pre_prompt,
                "post_prompt": post_prompt,
                "start_line": start_line,
                "max_prompts": max_prompts,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[str]]:
        """Output `collection`: The output strings"""
        return Output(self, "collection")


class PromptTemplate(Node):
    """Prompt Template (`prompt_template`, version 1.0.0). Applies a Style Preset template to
    positive and negative prompts. Select a Style Preset and provide positive/negative prompts. The
    node replaces {prompt} placeholders in the template with your input prompts. Needs InvokeAI >=
    6.10.0.
    """

    type_name: ClassVar[str] = "prompt_template"

    def __init__(
        self,
        *,
        style_preset: Mapping[str, Any] | Output[StylePresetField] | None = None,
        positive_prompt: str | Output[str] | Output[float] = "",
        negative_prompt: str | Output[str] | Output[float] = "",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `prompt_template` node; add it to a Graph to use it.

        Args:
            style_preset: The Style Preset to use as a template (required)
            positive_prompt: The positive prompt to insert into the template's {prompt} placeholder
            negative_prompt: The negative prompt to insert into the template's {prompt} placeholder
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "style_preset": style_preset,
                "positive_prompt": positive_prompt,
                "negative_prompt": negative_prompt,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def positive_prompt(self) -> Output[str]:
        """Output `positive_prompt`: The positive prompt with the template applied"""
        return Output(self, "positive_prompt")

    @property
    def negative_prompt(self) -> Output[str]:
        """Output `negative_prompt`: The negative prompt with the template applied"""
        return Output(self, "negative_prompt")


class QwenImageDenoise(Node):
    """Denoise - Qwen Image (`qwen_image_denoise`, version 1.0.0). Run the denoising process with a
    Qwen Image model. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "qwen_image_denoise"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        reference_latents: Output[LatentsField] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_start: float | Output[float] = 0.0,
        denoising_end: float | Output[float] = 1.0,
        transformer: Output[TransformerField] | None = None,
        positive_conditioning: Output[QwenImageConditioningField] | None = None,
        negative_conditioning: Output[QwenImageConditioningField] | None = None,
        cfg_scale: float | Sequence[float] | Output[float] | Output[list[float]] = 4.0,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        steps: int | Output[int] = 40,
        seed: int | Output[int] = 0,
        shift: float | Output[float] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `qwen_image_denoise` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (connection only)
            reference_latents: Reference image latents to guide generation. Encoded through the VAE.
            (connection only)
            denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent
            the regions to be fully denoised, and 1.0 represent the regions to be preserved. (connection
            only)
            denoising_start: When to start denoising, expressed a percentage of total steps (>= 0; <= 1)
            denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0; <= 1)
            transformer: Qwen Image Edit model (Transformer) to load (required; connection only)
            positive_conditioning: Positive conditioning tensor (required; connection only)
            negative_conditioning: Negative conditioning tensor (connection only)
            cfg_scale: Classifier-Free Guidance scale
            width: Width of the generated image. (multiple of 16)
            height: Height of the generated image. (multiple of 16)
            steps: Number of steps to run (> 0)
            seed: Randomness seed for reproducibility.
            shift: Override the sigma schedule shift. When set, uses a fixed shift (e.g. 3.0 for Lightning
            LoRAs) instead of the default dynamic shifting. Leave unset for the base model's default
            schedule.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "latents": latents,
                "reference_latents": reference_latents,
                "denoise_mask": denoise_mask,
                "denoising_start": denoising_start,
                "denoising_end": denoising_end,
                "transformer": transformer,
                "positive_conditioning": positive_conditioning,
                "negative_conditioning": negative_conditioning,
                "cfg_scale": cfg_scale,
                "width": width,
                "height": height,
                "steps": steps,
                "seed": seed,
                "shift": shift,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class QwenImageImageToLatents(Node):
    """Image to Latents - Qwen Image (`qwen_image_i2l`, version 1.1.0). Generates latents from an
    image using the Qwen Image VAE. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "qwen_image_i2l"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        vae: Output[VAEField] | None = None,
        tiled: bool | Output[bool] = False,
        tile_size: int | Output[int] = 0,
        width: int | Output[int] | None = None,
        height: int | Output[int] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `qwen_image_i2l` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to encode. (required)
            vae: VAE (required; connection only)
            tiled: Processing using overlapping tiles (reduce memory consumption)
            tile_size: The tile size for VAE tiling in pixels (image space). If set to 0, the default tile
            size for the model will be used. Larger tile sizes generally produce better results at the
            cost of higher memory usage. Values between 1 and 64 are raised to 64. (multiple of 8)
            width: Resize the image to this width before encoding. If not set, encodes at the image's
            original size.
            height: Resize the image to this height before encoding. If not set, encodes at the image's
            original size.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "vae": vae,
                "tiled": tiled,
                "tile_size": tile_size,
                "width": width,
                "height": height,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class QwenImageLatentsToImage(Node):
    """Latents to Image - Qwen Image (`qwen_image_l2i`, version 1.1.0). Generates an image from
    latents using the Qwen Image VAE. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "qwen_image_l2i"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        vae: Output[VAEField] | None = None,
        tiled: bool | Output[bool] = False,
        tile_size: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `qwen_image_l2i` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            vae: VAE (required; connection only)
            tiled: Processing using overlapping tiles (reduce memory consumption)
            tile_size: The tile size for VAE tiling in pixels (image space). If set to 0, the default tile
            size for the model will be used. Larger tile sizes generally produce better results at the
            cost of higher memory usage. Values between 1 and 64 are raised to 64. (multiple of 8)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "latents": latents,
                "vae": vae,
                "tiled": tiled,
                "tile_size": tile_size,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class QwenImageLoRACollectionLoader(Node):
    """Apply LoRA Collection - Qwen Image (`qwen_image_lora_collection_loader`, version 1.0.1).
    Applies a collection of LoRAs to a Qwen Image transformer. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "qwen_image_lora_collection_loader"

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[list[LoRAField]]
        | None = None,
        transformer: Output[TransformerField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `qwen_image_lora_collection_loader` node; add it to a Graph to use it.

        Args:
            loras: LoRA models and weights. May be a single LoRA or collection.
            transformer: Transformer (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"loras": loras, "transformer": transformer},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")


class QwenImageLoRALoader(Node):
    """Apply LoRA - Qwen Image (`qwen_image_lora_loader`, version 1.0.0). Apply a LoRA model to a
    Qwen Image transformer. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "qwen_image_lora_loader"

    def __init__(
        self,
        *,
        lora: ModelRef | Output[ModelIdentifierField] | None = None,
        weight: float | Output[float] = 1.0,
        transformer: Output[TransformerField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `qwen_image_lora_loader` node; add it to a Graph to use it.

        Args:
            lora: LoRA model to load (required)
            weight: The weight at which the LoRA is applied to each model
            transformer: Transformer (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"lora": lora, "weight": weight, "transformer": transformer},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")


class QwenImageModelLoader(Node):
    """Main Model - Qwen Image (`qwen_image_model_loader`, version 1.2.0). Loads a Qwen Image model,
    outputting its submodels. The transformer is always loaded from the main model (Diffusers or
    GGUF). Components can be mixed and matched: - VAE: standalone Qwen Image VAE checkpoint, the
    Component Source (Diffusers), or the main model if it's Diffusers. - Qwen VL Encoder: standalone
    Qwen2.5-VL encoder, the Component Source (Diffusers), or the main model if it's Diffusers.
    Together, the standalone VAE and standalone encoder allow running a GGUF transformer without
    ever downloading the full ~40 GB Diffusers pipeline. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "qwen_image_model_loader"

    def __init__(
        self,
        *,
        model: ModelRef | None = None,
        vae_model: ModelRef | None = None,
        qwen_vl_encoder_model: ModelRef | None = None,
        component_source: ModelRef | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `qwen_image_model_loader` node; add it to a Graph to use it.

        Args:
            model: Qwen Image Edit model (Transformer) to load (required; value only)
            vae_model: Standalone Qwen Image VAE model. If not provided, VAE will be loaded from the
            Component Source (or from the main model if it is Diffusers). (value only)
            qwen_vl_encoder_model: Standalone Qwen2.5-VL encoder model. If not provided, the encoder will
            be loaded from the Component Source (or from the main model if it is Diffusers). (value only)
            component_source: Diffusers Qwen Image model to extract VAE and/or Qwen VL encoder from. Use
            this if you don't have separate VAE/encoder models. Ignored for any submodel that is provided
            separately. (value only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "model": model,
                "vae_model": vae_model,
                "qwen_vl_encoder_model": qwen_vl_encoder_model,
                "component_source": component_source,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def qwen_vl_encoder(self) -> Output[QwenVLEncoderField]:
        """Output `qwen_vl_encoder`: Qwen2.5-VL tokenizer, processor and text/vision encoder"""
        return Output(self, "qwen_vl_encoder")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")


class QwenImagePiDDecode(Node):
    """Latents to Image - Qwen-Image + PiD (4x SR) (`qwen_image_pid_decode`, version 1.0.0). Decode
    a Qwen-Image latent with the PiD pixel-diffusion decoder. Produces a 4x super-resolved image in
    a single pass. The 5D Qwen latent is reduced to 2D and per-channel denormalized (``z * std +
    mean``) before PiD. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "qwen_image_pid_decode"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        prompt: str | Output[str] | Output[float] | None = None,
        gemma2_encoder: Output[Gemma2EncoderField] | None = None,
        pid_decoder: Output[PiDDecoderField] | None = None,
        vae: Output[VAEField] | None = None,
        num_inference_steps: int | Output[int] = 4,
        seed: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `qwen_image_pid_decode` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            prompt: Text prompt the latent was generated from. PiD conditions on it. (required)
            gemma2_encoder: Gemma-2 caption encoder. Required by PiD. (required; connection only)
            pid_decoder: PiD Qwen-Image decoder checkpoint. (required; connection only)
            vae: Qwen-Image VAE, used to read the per-channel latents_mean / latents_std. If omitted, the
            diffusers default Qwen-Image constants are used. (connection only)
            num_inference_steps: Number of PiD distill steps. The released checkpoints are distilled for
            4; the student schedule has only 4 transitions, so higher counts cannot add sampling steps.
            (>= 1; <= 4)
            seed: Seed for the PiD decoder's noise.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "latents": latents,
                "prompt": prompt,
                "gemma2_encoder": gemma2_encoder,
                "pid_decoder": pid_decoder,
                "vae": vae,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class QwenImageTextEncoder(Node):
    """Prompt - Qwen Image (`qwen_image_text_encoder`, version 1.2.0). Encodes text and reference
    images for Qwen Image using Qwen2.5-VL. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "qwen_image_text_encoder"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] | None = None,
        reference_images: Sequence[ImageRef] | Output[list[ImageField]] | None = None,
        qwen_vl_encoder: Output[QwenVLEncoderField] | None = None,
        quantization: Literal["none", "int8", "nf4"] | Output[str] = "none",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `qwen_image_text_encoder` node; add it to a Graph to use it.

        Args:
            prompt: Text prompt describing the desired edit. (required)
            reference_images: Reference images to guide the edit. The model can use multiple reference
            images. (default [])
            qwen_vl_encoder: Qwen2.5-VL tokenizer, processor and text/vision encoder (required; connection
            only)
            quantization: Quantize the Qwen VL encoder to reduce VRAM usage. 'nf4' (4-bit) saves the most
            memory, 'int8' (8-bit) is a middle ground.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "prompt": prompt,
                "reference_images": reference_images,
                "qwen_vl_encoder": qwen_vl_encoder,
                "quantization": quantization,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[QwenImageConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class RandomFloat(Node):
    """Random Float (`rand_float`, version 1.0.1). Outputs a single random float"""

    type_name: ClassVar[str] = "rand_float"

    def __init__(
        self,
        *,
        low: float | Output[float] = 0.0,
        high: float | Output[float] = 1.0,
        decimals: int | Output[int] = 2,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = False,
    ) -> None:
        """Make a `rand_float` node; add it to a Graph to use it.

        Args:
            low: The inclusive low value
            high: The exclusive high value
            decimals: The number of decimal places to round to
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"low": low, "high": high, "decimals": decimals},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[float]:
        """Output `value`: The output float"""
        return Output(self, "value")


class RandomInt(Node):
    """Random Integer (`rand_int`, version 1.0.1). Outputs a single random integer."""

    type_name: ClassVar[str] = "rand_int"

    def __init__(
        self,
        *,
        low: int | Output[int] = 0,
        high: int | Output[int] = 2147483647,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = False,
    ) -> None:
        """Make a `rand_int` node; add it to a Graph to use it.

        Args:
            low: The inclusive low value
            high: The exclusive high value
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"low": low, "high": high},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[int]:
        """Output `value`: The output integer"""
        return Output(self, "value")


class RandomRange(Node):
    """Random Range (`random_range`, version 1.0.1). Creates a collection of random numbers"""

    type_name: ClassVar[str] = "random_range"

    def __init__(
        self,
        *,
        low: int | Output[int] = 0,
        high: int | Output[int] = 2147483647,
        size: int | Output[int] = 1,
        seed: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = False,
    ) -> None:
        """Make a `random_range` node; add it to a Graph to use it.

        Args:
            low: The inclusive low value
            high: The exclusive high value
            size: The number of values to generate
            seed: The seed for the RNG (omit for random) (>= 0; <= 4294967295)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"low": low, "high": high, "size": size, "seed": seed},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[int]]:
        """Output `collection`: The int collection"""
        return Output(self, "collection")


class Range(Node):
    """Integer Range (`range`, version 1.0.0). Creates a range of numbers from start to stop with
    step
    """

    type_name: ClassVar[str] = "range"

    def __init__(
        self,
        *,
        start: int | Output[int] = 0,
        stop: int | Output[int] = 10,
        step: int | Output[int] = 1,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `range` node; add it to a Graph to use it.

        Args:
            start: The start of the range
            stop: The stop of the range
            step: The step of the range
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"start": start, "stop": stop, "step": step},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[int]]:
        """Output `collection`: The int collection"""
        return Output(self, "collection")


class RangeOfSize(Node):
    """Integer Range of Size (`range_of_size`, version 1.0.0). Creates a range from start to start +
    (size * step) incremented by step
    """

    type_name: ClassVar[str] = "range_of_size"

    def __init__(
        self,
        *,
        start: int | Output[int] = 0,
        size: int | Output[int] = 1,
        step: int | Output[int] = 1,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `range_of_size` node; add it to a Graph to use it.

        Args:
            start: The start of the range
            size: The number of values (> 0)
            step: The step of the range
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"start": start, "size": size, "step": step},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[int]]:
        """Output `collection`: The int collection"""
        return Output(self, "collection")


class RectangleMask(Node):
    """Create Rectangle Mask (`rectangle_mask`, version 1.0.1). Create a rectangular mask."""

    type_name: ClassVar[str] = "rectangle_mask"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        width: int | Output[int] | None = None,
        height: int | Output[int] | None = None,
        x_left: int | Output[int] | None = None,
        y_top: int | Output[int] | None = None,
        rectangle_width: int | Output[int] | None = None,
        rectangle_height: int | Output[int] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `rectangle_mask` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            width: The width of the entire mask. (required)
            height: The height of the entire mask. (required)
            x_left: The left x-coordinate of the rectangular masked region (inclusive). (required)
            y_top: The top y-coordinate of the rectangular masked region (inclusive). (required)
            rectangle_width: The width of the rectangular masked region. (required)
            rectangle_height: The height of the rectangular masked region. (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "width": width,
                "height": height,
                "x_left": x_left,
                "y_top": y_top,
                "rectangle_width": rectangle_width,
                "rectangle_height": rectangle_height,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def mask(self) -> Output[TensorField]:
        """Output `mask`: The mask."""
        return Output(self, "mask")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the mask in pixels."""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the mask in pixels."""
        return Output(self, "height")


class Round(Node):
    """Round Float (`round_float`, version 1.0.1). Rounds a float to a specified number of decimal
    places.
    """

    type_name: ClassVar[str] = "round_float"

    def __init__(
        self,
        *,
        value: float | Output[float] = 0,
        decimals: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `round_float` node; add it to a Graph to use it.

        Args:
            value: The float value
            decimals: The number of decimal places
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"value": value, "decimals": decimals},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[float]:
        """Output `value`: The output float"""
        return Output(self, "value")


class SaveImage(Node):
    """Save Image (`save_image`, version 1.2.2). Saves an image. Unlike an image primitive, this
    invocation stores a copy of the image.
    """

    type_name: ClassVar[str] = "save_image"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = False,
    ) -> None:
        """Make a `save_image` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class SaveImageToFile(Node):
    """Save Image (Gallery + File Export) (`save_image_to_file`, version 1.0.0). Saves an image to
    the gallery (like the standard Save Image node) AND additionally exports a copy to the
    filesystem with a custom filename. Filename pattern: {prefix}{uuid}{suffix}.{file_format} - The
    UUID is the same UUID used for the gallery entry, so the exported file can be matched to the
    gallery item. - The gallery entry itself always uses the plain UUID (prefix/suffix apply only to
    the exported file on disk). - Board and Metadata inputs behave exactly like the standard Save
    Image node. - The export target is restricted to (subfolders of) the InvokeAI outputs folder -
    absolute paths are rejected. Example: prefix="hero_", suffix="_final", file_format="png" ->
    "hero_<uuid>_final.png" Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "save_image_to_file"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        output_directory: str | Output[str] | Output[float] = "",
        prefix: str | Output[str] | Output[float] = "",
        suffix: str | Output[str] | Output[float] = "",
        file_format: Literal["png", "jpg", "webp"] | Output[str] = "png",
        quality: int | Output[int] = 95,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = False,
    ) -> None:
        """Make a `save_image_to_file` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to save and export (required)
            output_directory: Target subdirectory (relative to the configured InvokeAI outputs folder) for
            the exported file. Leave empty to use the outputs folder directly. Example: 'my-exports' ->
            <outputs>/my-exports/. Nested paths like 'exports/2026' are allowed. Absolute paths and path
            traversal ('..') are not allowed for security reasons. The directory is created automatically
            if it doesn't exist.
            prefix: Text prepended to the UUID in the exported filename. Example: 'portrait_' ->
            'portrait_<uuid>.png'
            suffix: Text appended to the UUID (before the extension). Example: '_v2' -> '<uuid>_v2.png'
            file_format: File format for the exported file. PNG is lossless; JPG/WEBP are lossy and
            respect 'quality'.
            quality: Compression quality for JPG and WEBP (1-100, higher = better quality, larger file).
            Ignored for PNG. (>= 1; <= 100)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "output_directory": output_directory,
                "prefix": prefix,
                "suffix": suffix,
                "file_format": file_format,
                "quality": quality,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class Scheduler(Node):
    """Scheduler (`scheduler`, version 1.0.0). Selects a scheduler."""

    type_name: ClassVar[str] = "scheduler"

    def __init__(
        self,
        *,
        scheduler: Literal[
            "ddim",
            "ddpm",
            "deis",
            "deis_k",
            "lms",
            "lms_k",
            "pndm",
            "heun",
            "heun_k",
            "euler",
            "euler_k",
            "euler_a",
            "kdpm_2",
            "kdpm_2_k",
            "kdpm_2_a",
            "kdpm_2_a_k",
            "dpmpp_2s",
            "dpmpp_2s_k",
            "dpmpp_2m",
            "dpmpp_2m_k",
            "dpmpp_2m_sde",
            "dpmpp_2m_sde_k",
            "dpmpp_3m",
            "dpmpp_3m_k",
            "dpmpp_sde",
            "dpmpp_sde_k",
            "er_sde",
            "unipc",
            "unipc_k",
            "lcm",
            "tcd",
        ]
        | Output[str] = "euler",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `scheduler` node; add it to a Graph to use it.

        Args:
            scheduler: Scheduler to use during inference
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"scheduler": scheduler},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def scheduler(self) -> Output[str]:
        """Output `scheduler`: Scheduler to use during inference"""
        return Output(self, "scheduler")


class SD3Denoise(Node):
    """Denoise - SD3 (`sd3_denoise`, version 1.2.0). Run denoising process with a SD3 model. Needs
    InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "sd3_denoise"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        noise: Output[LatentsField] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_start: float | Output[float] = 0.0,
        denoising_end: float | Output[float] = 1.0,
        transformer: Output[TransformerField] | None = None,
        positive_conditioning: Output[SD3ConditioningField] | None = None,
        negative_conditioning: Output[SD3ConditioningField] | None = None,
        cfg_scale: float | Sequence[float] | Output[float] | Output[list[float]] = 3.5,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        steps: int | Output[int] = 10,
        seed: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `sd3_denoise` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (connection only)
            noise: Noise tensor (connection only; needs InvokeAI >= 6.14.2)
            denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent
            the regions to be fully denoised, and 1.0 represent the regions to be preserved. (connection
            only)
            denoising_start: When to start denoising, expressed a percentage of total steps (>= 0; <= 1)
            denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0; <= 1)
            transformer: SD3 model (MMDiTX) to load (required; connection only)
            positive_conditioning: Positive conditioning tensor (required; connection only)
            negative_conditioning: Negative conditioning tensor (required; connection only)
            cfg_scale: Classifier-Free Guidance scale
            width: Width of the generated image. (multiple of 16)
            height: Height of the generated image. (multiple of 16)
            steps: Number of steps to run (> 0)
            seed: Randomness seed for reproducibility.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "latents": latents,
                "noise": noise,
                "denoise_mask": denoise_mask,
                "denoising_start": denoising_start,
                "denoising_end": denoising_end,
                "transformer": transformer,
                "positive_conditioning": positive_conditioning,
                "negative_conditioning": negative_conditioning,
                "cfg_scale": cfg_scale,
                "width": width,
                "height": height,
                "steps": steps,
                "seed": seed,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class SD3ImageToLatents(Node):
    """Image to Latents - SD3 (`sd3_i2l`, version 1.0.1). Generates latents from an image. Needs
    InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "sd3_i2l"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        vae: Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `sd3_i2l` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to encode (required)
            vae: VAE (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "vae": vae},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class SD3LatentsToImage(Node):
    """Latents to Image - SD3 (`sd3_l2i`, version 1.3.2). Generates an image from latents. Needs
    InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "sd3_l2i"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        vae: Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `sd3_l2i` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            vae: VAE (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "latents": latents, "vae": vae},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class Sd3ModelLoader(Node):
    """Main Model - SD3 (`sd3_model_loader`, version 1.0.1). Loads a SD3 base model, outputting its
    submodels. Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "sd3_model_loader"

    def __init__(
        self,
        *,
        model: ModelRef | None = None,
        t5_encoder_model: ModelRef | None = None,
        clip_l_model: ModelRef | None = None,
        clip_g_model: ModelRef | None = None,
        vae_model: ModelRef | Output[ModelIdentifierField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `sd3_model_loader` node; add it to a Graph to use it.

        Args:
            model: SD3 model (MMDiTX) to load (required; value only)
            t5_encoder_model: T5 tokenizer and text encoder (value only)
            clip_l_model: CLIP Embed loader (value only)
            clip_g_model: CLIP-G Embed loader (value only)
            vae_model: VAE model to load
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "model": model,
                "t5_encoder_model": t5_encoder_model,
                "clip_l_model": clip_l_model,
                "clip_g_model": clip_g_model,
                "vae_model": vae_model,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def clip_l(self) -> Output[CLIPField]:
        """Output `clip_l`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip_l")

    @property
    def clip_g(self) -> Output[CLIPField]:
        """Output `clip_g`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip_g")

    @property
    def t5_encoder(self) -> Output[T5EncoderField]:
        """Output `t5_encoder`: T5 tokenizer and text encoder"""
        return Output(self, "t5_encoder")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")


class SD3PiDDecode(Node):
    """Latents to Image - SD3 + PiD (4x SR) (`sd3_pid_decode`, version 1.0.0). Decode an SD3 latent
    with the PiD pixel-diffusion decoder. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "sd3_pid_decode"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        prompt: str | Output[str] | Output[float] | None = None,
        gemma2_encoder: Output[Gemma2EncoderField] | None = None,
        pid_decoder: Output[PiDDecoderField] | None = None,
        num_inference_steps: int | Output[int] = 4,
        seed: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `sd3_pid_decode` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            prompt: Text prompt the latent was generated from. PiD conditions on it. (required)
            gemma2_encoder: Gemma-2 caption encoder. Required by PiD. (required; connection only)
            pid_decoder: PiD SD3 decoder checkpoint. (required; connection only)
            num_inference_steps: Number of PiD distill steps. The released checkpoints are distilled for
            4; the student schedule has only 4 transitions, so higher counts cannot add sampling steps.
            (>= 1; <= 4)
            seed: Seed for the PiD decoder's noise.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "latents": latents,
                "prompt": prompt,
                "gemma2_encoder": gemma2_encoder,
                "pid_decoder": pid_decoder,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class Sd3TextEncoder(Node):
    """Prompt - SD3 (`sd3_text_encoder`, version 1.0.1). Encodes and preps a prompt for a SD3 image.
    Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "sd3_text_encoder"

    def __init__(
        self,
        *,
        clip_l: Output[CLIPField] | None = None,
        clip_g: Output[CLIPField] | None = None,
        t5_encoder: Output[T5EncoderField] | None = None,
        prompt: str | Output[str] | Output[float] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `sd3_text_encoder` node; add it to a Graph to use it.

        Args:
            clip_l: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (required; connection
            only)
            clip_g: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (required; connection
            only)
            t5_encoder: T5 tokenizer and text encoder (connection only)
            prompt: Text prompt to encode. (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"clip_l": clip_l, "clip_g": clip_g, "t5_encoder": t5_encoder, "prompt": prompt},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[SD3ConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class SDXLCompelPrompt(Node):
    """Prompt - SDXL (`sdxl_compel_prompt`, version 1.2.1). Parse prompt using compel package to
    conditioning.
    """

    type_name: ClassVar[str] = "sdxl_compel_prompt"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] = "",
        style: str | Output[str] | Output[float] = "",
        original_width: int | Output[int] = 1024,
        original_height: int | Output[int] = 1024,
        crop_top: int | Output[int] = 0,
        crop_left: int | Output[int] = 0,
        target_width: int | Output[int] = 1024,
        target_height: int | Output[int] = 1024,
        clip: Output[CLIPField] | None = None,
        clip2: Output[CLIPField] | None = None,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `sdxl_compel_prompt` node; add it to a Graph to use it.

        Args:
            prompt: Prompt to be parsed by Compel to create a conditioning tensor
            style: Prompt to be parsed by Compel to create a conditioning tensor
            original_width: Original Width
            original_height: Original Height
            crop_top: Crop Top
            crop_left: Crop Left
            target_width: Target Width
            target_height: Target Height
            clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (required; connection
            only)
            clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (required; connection
            only)
            mask: A mask defining the region that this conditioning prompt applies to.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "prompt": prompt,
                "style": style,
                "original_width": original_width,
                "original_height": original_height,
                "crop_top": crop_top,
                "crop_left": crop_left,
                "target_width": target_width,
                "target_height": target_height,
                "clip": clip,
                "clip2": clip2,
                "mask": mask,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[ConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class SDXLLoRACollectionLoader(Node):
    """Apply LoRA Collection - SDXL (`sdxl_lora_collection_loader`, version 1.1.3). Applies a
    collection of SDXL LoRAs to the provided UNet and CLIP models.
    """

    type_name: ClassVar[str] = "sdxl_lora_collection_loader"

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[list[LoRAField]]
        | None = None,
        unet: Output[UNetField] | None = None,
        clip: Output[CLIPField] | None = None,
        clip2: Output[CLIPField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `sdxl_lora_collection_loader` node; add it to a Graph to use it.

        Args:
            loras: LoRA models and weights. May be a single LoRA or collection.
            unet: UNet (scheduler, LoRAs) (connection only)
            clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (connection only)
            clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"loras": loras, "unet": unet, "clip": clip, "clip2": clip2},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def unet(self) -> Output[UNetField]:
        """Output `unet`: UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def clip(self) -> Output[CLIPField]:
        """Output `clip`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def clip2(self) -> Output[CLIPField]:
        """Output `clip2`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip2")


class SDXLLoRALoader(Node):
    """Apply LoRA - SDXL (`sdxl_lora_loader`, version 1.0.5). Apply selected lora to unet and
    text_encoder.
    """

    type_name: ClassVar[str] = "sdxl_lora_loader"

    def __init__(
        self,
        *,
        lora: ModelRef | Output[ModelIdentifierField] | None = None,
        weight: float | Output[float] = 0.75,
        unet: Output[UNetField] | None = None,
        clip: Output[CLIPField] | None = None,
        clip2: Output[CLIPField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `sdxl_lora_loader` node; add it to a Graph to use it.

        Args:
            lora: LoRA model to load (required)
            weight: The weight at which the LoRA is applied to each model
            unet: UNet (scheduler, LoRAs) (connection only)
            clip: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (connection only)
            clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"lora": lora, "weight": weight, "unet": unet, "clip": clip, "clip2": clip2},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def unet(self) -> Output[UNetField]:
        """Output `unet`: UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def clip(self) -> Output[CLIPField]:
        """Output `clip`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def clip2(self) -> Output[CLIPField]:
        """Output `clip2`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip2")


class SDXLModelLoader(Node):
    """Main Model - SDXL (`sdxl_model_loader`, version 1.0.4). Loads an sdxl base model, outputting
    its submodels.
    """

    type_name: ClassVar[str] = "sdxl_model_loader"

    def __init__(
        self,
        *,
        model: ModelRef | Output[ModelIdentifierField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `sdxl_model_loader` node; add it to a Graph to use it.

        Args:
            model: SDXL Main model (UNet, VAE, CLIP1, CLIP2) to load (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"model": model},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def unet(self) -> Output[UNetField]:
        """Output `unet`: UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def clip(self) -> Output[CLIPField]:
        """Output `clip`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip")

    @property
    def clip2(self) -> Output[CLIPField]:
        """Output `clip2`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip2")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")


class SDXLPiDDecode(Node):
    """Latents to Image - SDXL + PiD (4x SR) (`sdxl_pid_decode`, version 1.0.0). Decode an SDXL
    latent with the PiD pixel-diffusion decoder. Produces a 4x super-resolved image in a single
    pass. The SDXL latent is 4-channel at an 8x down-factor, so it is denormalized (``z /
    scaling_factor``) and handed straight to PiD - no packing needed. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "sdxl_pid_decode"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        prompt: str | Output[str] | Output[float] | None = None,
        gemma2_encoder: Output[Gemma2EncoderField] | None = None,
        pid_decoder: Output[PiDDecoderField] | None = None,
        vae: Output[VAEField] | None = None,
        num_inference_steps: int | Output[int] = 4,
        seed: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `sdxl_pid_decode` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            prompt: Text prompt the latent was generated from. PiD conditions on it. (required)
            gemma2_encoder: Gemma-2 caption encoder. Required by PiD. (required; connection only)
            pid_decoder: PiD SDXL decoder checkpoint. (required; connection only)
            vae: SDXL VAE, used to read scaling_factor / shift_factor. If omitted, the SDXL fallback
            constants (0.13025 / 0.0) are used. (connection only)
            num_inference_steps: Number of PiD distill steps. The released checkpoints are distilled for
            4; the student schedule has only 4 transitions, so higher counts cannot add sampling steps.
            (>= 1; <= 4)
            seed: Seed for the PiD decoder's noise.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "latents": latents,
                "prompt": prompt,
                "gemma2_encoder": gemma2_encoder,
                "pid_decoder": pid_decoder,
                "vae": vae,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class SDXLRefinerCompelPrompt(Node):
    """Prompt - SDXL Refiner (`sdxl_refiner_compel_prompt`, version 1.1.2). Parse prompt using
    compel package to conditioning.
    """

    type_name: ClassVar[str] = "sdxl_refiner_compel_prompt"

    def __init__(
        self,
        *,
        style: str | Output[str] | Output[float] = "",
        original_width: int | Output[int] = 1024,
        original_height: int | Output[int] = 1024,
        crop_top: int | Output[int] = 0,
        crop_left: int | Output[int] = 0,
        aesthetic_score: float | Output[float] = 6.0,
        clip2: Output[CLIPField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `sdxl_refiner_compel_prompt` node; add it to a Graph to use it.

        Args:
            style: Prompt to be parsed by Compel to create a conditioning tensor
            original_width: Original Width
            original_height: Original Height
            crop_top: Crop Top
            crop_left: Crop Left
            aesthetic_score: The aesthetic score to apply to the conditioning tensor
            clip2: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count (required; connection
            only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "style": style,
                "original_width": original_width,
                "original_height": original_height,
                "crop_top": crop_top,
                "crop_left": crop_left,
                "aesthetic_score": aesthetic_score,
                "clip2": clip2,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[ConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class SDXLRefinerModelLoader(Node):
    """Refiner Model - SDXL (`sdxl_refiner_model_loader`, version 1.0.4). Loads an sdxl refiner
    model, outputting its submodels.
    """

    type_name: ClassVar[str] = "sdxl_refiner_model_loader"

    def __init__(
        self,
        *,
        model: ModelRef | Output[ModelIdentifierField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `sdxl_refiner_model_loader` node; add it to a Graph to use it.

        Args:
            model: SDXL Refiner Main Modde (UNet, VAE, CLIP2) to load (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"model": model},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def unet(self) -> Output[UNetField]:
        """Output `unet`: UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def clip2(self) -> Output[CLIPField]:
        """Output `clip2`: CLIP (tokenizer, text encoder, LoRAs) and skipped layer count"""
        return Output(self, "clip2")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")


class SeamlessMode(Node):
    """Apply Seamless - SD1.5, SDXL (`seamless`, version 1.0.2). Applies the seamless transformation
    to the Model UNet and VAE.
    """

    type_name: ClassVar[str] = "seamless"

    def __init__(
        self,
        *,
        unet: Output[UNetField] | None = None,
        vae: Output[VAEField] | None = None,
        seamless_y: bool | Output[bool] = True,
        seamless_x: bool | Output[bool] = True,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `seamless` node; add it to a Graph to use it.

        Args:
            unet: UNet (scheduler, LoRAs) (connection only)
            vae: VAE model to load (connection only)
            seamless_y: Specify whether Y axis is seamless
            seamless_x: Specify whether X axis is seamless
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"unet": unet, "vae": vae, "seamless_y": seamless_y, "seamless_x": seamless_x},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def unet(self) -> Output[UNetField]:
        """Output `unet`: UNet (scheduler, LoRAs)"""
        return Output(self, "unet")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")


class SeedreamImageGeneration(Node):
    """Seedream Image Generation (`seedream_image_generation`, version 1.1.0). Generate images using
    a BytePlus Seedream model. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "seedream_image_generation"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        model: ModelRef | Output[ModelIdentifierField] | None = None,
        mode: Literal["txt2img", "img2img", "inpaint"] | Output[str] = "txt2img",
        prompt: str | Output[str] | Output[float] | None = None,
        seed: int | Output[int] | None = None,
        num_images: int | Output[int] = 1,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        image_size: str | Output[str] | Output[float] | None = None,
        init_image: ImageRef | Output[ImageField] | None = None,
        mask_image: ImageRef | Output[ImageField] | None = None,
        reference_images: Sequence[ImageRef] | Output[list[ImageField]] | None = None,
        watermark: bool | Output[bool] = False,
        optimize_prompt: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `seedream_image_generation` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            model: Main model (UNet, VAE, CLIP) to load (required)
            mode: Generation mode.
            prompt: Prompt (required)
            seed: Seed for random number generation
            num_images: Number of images to generate (> 0)
            width: Width of output (px) (> 0)
            height: Height of output (px) (> 0)
            image_size: Image size preset (e.g. 1K, 2K, 4K)
            init_image: Init image for img2img/inpaint
            mask_image: Mask image for inpaint
            reference_images: Reference images (default [])
            watermark: Add watermark to generated images
            optimize_prompt: Let the model optimize the prompt before generation
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "model": model,
                "mode": mode,
                "prompt": prompt,
                "seed": seed,
                "num_images": num_images,
                "width": width,
                "height": height,
                "image_size": image_size,
                "init_image": init_image,
                "mask_image": mask_image,
                "reference_images": reference_images,
                "watermark": watermark,
                "optimize_prompt": optimize_prompt,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[ImageField]]:
        """Output `collection`: The output images"""
        return Output(self, "collection")


class SegmentAnything(Node):
    """Segment Anything (`segment_anything`, version 1.3.0). Runs a Segment Anything Model (SAM or
    SAM2).
    """

    type_name: ClassVar[str] = "segment_anything"

    def __init__(
        self,
        *,
        model: Literal[
            "segment-anything-base",
            "segment-anything-large",
            "segment-anything-huge",
            "segment-anything-2-tiny",
            "segment-anything-2-small",
            "segment-anything-2-base",
            "segment-anything-2-large",
        ]
        | Output[str]
        | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        bounding_boxes: Sequence[Mapping[str, Any]] | Output[list[BoundingBoxField]] | None = None,
        point_lists: Sequence[Mapping[str, Any]] | Output[list[SAMPointsField]] | None = None,
        apply_polygon_refinement: bool | Output[bool] = True,
        mask_filter: Literal["all", "largest", "highest_box_score"] | Output[str] = "all",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `segment_anything` node; add it to a Graph to use it.

        Args:
            model: The Segment Anything model to use (SAM or SAM2). (required)
            image: The image to segment. (required)
            bounding_boxes: The bounding boxes to prompt the model with.
            point_lists: The list of point lists to prompt the model with. Each list of points represents
            a single object. (needs InvokeAI >= 5.6.0)
            apply_polygon_refinement: Whether to apply polygon refinement to the masks. This will smooth
            the edges of the masks slightly and ensure that each mask consists of a single closed polygon
            (before merging).
            mask_filter: The filtering to apply to the detected masks before merging them into a final
            output.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "model": model,
                "image": image,
                "bounding_boxes": bounding_boxes,
                "point_lists": point_lists,
                "apply_polygon_refinement": apply_polygon_refinement,
                "mask_filter": mask_filter,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def mask(self) -> Output[TensorField]:
        """Output `mask`: The mask."""
        return Output(self, "mask")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the mask in pixels."""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the mask in pixels."""
        return Output(self, "height")


class SegmentAnythingProcessor(Node):
    """Segment Anything Processor (`segment_anything_processor`, version 1.2.4). Applies segment
    anything processing to image Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "segment_anything_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        detect_resolution: int | Output[int] = 512,
        image_resolution: int | Output[int] = 512,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `segment_anything_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            detect_resolution: Pixel resolution for detection (>= 1)
            image_resolution: Pixel resolution for output image (>= 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "detect_resolution": detect_resolution,
                "image_resolution": image_resolution,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ShowImage(Node):
    """Show Image (`show_image`, version 1.0.1). Displays a provided image using the OS image
    viewer, and passes it forward in the pipeline.
    """

    type_name: ClassVar[str] = "show_image"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `show_image` node; add it to a Graph to use it.

        Args:
            image: The image to show (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"image": image},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class SpandrelImageToImage(Node):
    """Image-to-Image (`spandrel_image_to_image`, version 1.3.0). Run any spandrel image-to-image
    model (https://github.com/chaiNNer-org/spandrel).
    """

    type_name: ClassVar[str] = "spandrel_image_to_image"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        image_to_image_model: ModelRef | Output[ModelIdentifierField] | None = None,
        tile_size: int | Output[int] = 512,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `spandrel_image_to_image` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The input image (required)
            image_to_image_model: Image-to-Image model (required)
            tile_size: The tile size for tiled image-to-image. Set to 0 to disable tiling.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "image_to_image_model": image_to_image_model,
                "tile_size": tile_size,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class SpandrelImageToImageAutoscale(Node):
    """Image-to-Image (Autoscale) (`spandrel_image_to_image_autoscale`, version 1.0.0). Run any
    spandrel image-to-image model (https://github.com/chaiNNer-org/spandrel) until the target scale
    is reached.
    """

    type_name: ClassVar[str] = "spandrel_image_to_image_autoscale"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        image_to_image_model: ModelRef | Output[ModelIdentifierField] | None = None,
        tile_size: int | Output[int] = 512,
        scale: float | Output[float] = 4.0,
        fit_to_multiple_of_8: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `spandrel_image_to_image_autoscale` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The input image (required)
            image_to_image_model: Image-to-Image model (required)
            tile_size: The tile size for tiled image-to-image. Set to 0 to disable tiling.
            scale: The final scale of the output image. If the model does not upscale the image, this will
            be ignored. (> 0.0; <= 16.0)
            fit_to_multiple_of_8: If true, the output image will be resized to the nearest multiple of 8
            in both dimensions.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "image": image,
                "image_to_image_model": image_to_image_model,
                "tile_size": tile_size,
                "scale": scale,
                "fit_to_multiple_of_8": fit_to_multiple_of_8,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class StepParamEasing(Node):
    """Step Param Easing (`step_param_easing`, version 1.0.2). Experimental per-step parameter
    easing for denoising steps Needs InvokeAI 5.0.0 to 5.0.2.
    """

    type_name: ClassVar[str] = "step_param_easing"

    def __init__(
        self,
        *,
        easing: Literal[
            "Linear",
            "QuadIn",
            "QuadOut",
            "QuadInOut",
            "CubicIn",
            "CubicOut",
            "CubicInOut",
            "QuarticIn",
            "QuarticOut",
            "QuarticInOut",
            "QuinticIn",
            "QuinticOut",
            "QuinticInOut",
            "SineIn",
            "SineOut",
            "SineInOut",
            "CircularIn",
            "CircularOut",
            "CircularInOut",
            "ExponentialIn",
            "ExponentialOut",
            "ExponentialInOut",
            "ElasticIn",
            "ElasticOut",
            "ElasticInOut",
            "BackIn",
            "BackOut",
            "BackInOut",
            "BounceIn",
            "BounceOut",
            "BounceInOut",
        ]
        | Output[str] = "Linear",
        num_steps: int | Output[int] = 20,
        start_value: float | Output[float] = 0.0,
        end_value: float | Output[float] = 1.0,
        start_step_percent: float | Output[float] = 0.0,
        end_step_percent: float | Output[float] = 1.0,
        pre_start_value: float | Output[float] | None = None,
        post_end_value: float | Output[float] | None = None,
        mirror: bool | Output[bool] = False,
        show_easing_plot: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `step_param_easing` node; add it to a Graph to use it.

        Args:
            easing: The easing function to use
            num_steps: number of denoising steps
            start_value: easing starting value
            end_value: easing ending value
            start_step_percent: fraction of steps at which to start easing
            end_step_percent: fraction of steps after which to end easing
            pre_start_value: value before easing start
            post_end_value: value after easing end
            mirror: include mirror of easing function
            show_easing_plot: show easing plot
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "easing": easing,
                "num_steps": num_steps,
                "start_value": start_value,
                "end_value": end_value,
                "start_step_percent": start_step_percent,
                "end_step_percent": end_step_percent,
                "pre_start_value": pre_start_value,
                "post_end_value": post_end_value,
                "mirror": mirror,
                "show_easing_plot": show_easing_plot,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[float]]:
        """Output `collection`: The float collection"""
        return Output(self, "collection")


class String(Node):
    """String Primitive (`string`, version 1.0.1). A string primitive value"""

    type_name: ClassVar[str] = "string"

    def __init__(
        self,
        *,
        value: str | Output[str] | Output[float] = "",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `string` node; add it to a Graph to use it.

        Args:
            value: The string value
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"value": value},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[str]:
        """Output `value`: The output string"""
        return Output(self, "value")


class StringBatch(Node):
    """String Batch (`string_batch`, version 1.0.0). Create a batched generation, where the workflow
    is executed once for each string in the batch. Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "string_batch"

    def __init__(
        self,
        *,
        batch_group_id: Literal["None", "Group 1", "Group 2", "Group 3", "Group 4", "Group 5"] = "None",
        strings: Sequence[str] | Output[list[str]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `string_batch` node; add it to a Graph to use it.

        Args:
            batch_group_id: The ID of this batch node's group. If provided, all batch nodes in with the
            same ID will be 'zipped' before execution, and all nodes' collections must be of the same
            size. (value only)
            strings: The strings to batch over (required; min items 1)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"batch_group_id": batch_group_id, "strings": strings},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[str]:
        """Output `value`: The output string"""
        return Output(self, "value")


class StringCollection(Node):
    """String Collection Primitive (`string_collection`, version 1.0.2). A collection of string
    primitive values
    """

    type_name: ClassVar[str] = "string_collection"

    def __init__(
        self,
        *,
        collection: Sequence[str] | Output[list[str]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `string_collection` node; add it to a Graph to use it.

        Args:
            collection: The collection of string values (default [])
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"collection": collection},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def collection(self) -> Output[list[str]]:
        """Output `collection`: The output strings"""
        return Output(self, "collection")


class StringGenerator(Node):
    """String Generator (`string_generator`, version 1.0.0). Generated a range of strings for use in
    a batched generation Needs InvokeAI >= 5.6.0.
    """

    type_name: ClassVar[str] = "string_generator"

    def __init__(
        self,
        *,
        generator: Mapping[str, Any] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `string_generator` node; add it to a Graph to use it.

        Args:
            generator: The string generator. (required; value only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"generator": generator},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def strings(self) -> Output[list[str]]:
        """Output `strings`: The generated strings"""
        return Output(self, "strings")


class StringJoin(Node):
    """String Join (`string_join`, version 1.0.1). Joins string left to string right"""

    type_name: ClassVar[str] = "string_join"

    def __init__(
        self,
        *,
        string_left: str | Output[str] | Output[float] = "",
        string_right: str | Output[str] | Output[float] = "",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `string_join` node; add it to a Graph to use it.

        Args:
            string_left: String Left
            string_right: String Right
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"string_left": string_left, "string_right": string_right},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[str]:
        """Output `value`: The output string"""
        return Output(self, "value")


class StringJoinThree(Node):
    """String Join Three (`string_join_three`, version 1.0.1). Joins string left to string middle to
    string right
    """

    type_name: ClassVar[str] = "string_join_three"

    def __init__(
        self,
        *,
        string_left: str | Output[str] | Output[float] = "",
        string_middle: str | Output[str] | Output[float] = "",
        string_right: str | Output[str] | Output[float] = "",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `string_join_three` node; add it to a Graph to use it.

        Args:
            string_left: String Left
            string_middle: String Middle
            string_right: String Right
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"string_left": string_left, "string_middle": string_middle, "string_right": string_right},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[str]:
        """Output `value`: The output string"""
        return Output(self, "value")


class StringReplace(Node):
    """String Replace (`string_replace`, version 1.0.1). Replaces the search string with the replace
    string
    """

    type_name: ClassVar[str] = "string_replace"

    def __init__(
        self,
        *,
        string: str | Output[str] | Output[float] = "",
        search_string: str | Output[str] | Output[float] = "",
        replace_string: str | Output[str] | Output[float] = "",
        use_regex: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `string_replace` node; add it to a Graph to use it.

        Args:
            string: String to work on
            search_string: String to search for
            replace_string: String to replace the search
            use_regex: Use search string as a regex expression (non regex is case insensitive)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "string": string,
                "search_string": search_string,
                "replace_string": replace_string,
                "use_regex": use_regex,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[str]:
        """Output `value`: The output string"""
        return Output(self, "value")


class StringSplit(Node):
    """String Split (`string_split`, version 1.0.1). Splits string into two strings, based on the
    first occurance of the delimiter. The delimiter will be removed from the string
    """

    type_name: ClassVar[str] = "string_split"

    def __init__(
        self,
        *,
        string: str | Output[str] | Output[float] = "",
        delimiter: str | Output[str] | Output[float] = "",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `string_split` node; add it to a Graph to use it.

        Args:
            string: String to split
            delimiter: Delimiter to spilt with. blank will split on the first whitespace
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"string": string, "delimiter": delimiter},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def string_1(self) -> Output[str]:
        """Output `string_1`: string 1"""
        return Output(self, "string_1")

    @property
    def string_2(self) -> Output[str]:
        """Output `string_2`: string 2"""
        return Output(self, "string_2")


class StringSplitNeg(Node):
    """String Split Negative (`string_split_neg`, version 1.0.1). Splits string into two strings,
    inside [] goes into negative string everthing else goes into positive string. Each [ and ]
    character is replaced with a space
    """

    type_name: ClassVar[str] = "string_split_neg"

    def __init__(
        self,
        *,
        string: str | Output[str] | Output[float] = "",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `string_split_neg` node; add it to a Graph to use it.

        Args:
            string: String to split
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"string": string},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def positive_string(self) -> Output[str]:
        """Output `positive_string`: Positive string"""
        return Output(self, "positive_string")

    @property
    def negative_string(self) -> Output[str]:
        """Output `negative_string`: Negative string"""
        return Output(self, "negative_string")


class Subtract(Node):
    """Subtract Integers (`sub`, version 1.0.1). Subtracts two numbers"""

    type_name: ClassVar[str] = "sub"

    def __init__(
        self,
        *,
        a: int | Output[int] = 0,
        b: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `sub` node; add it to a Graph to use it.

        Args:
            a: The first number
            b: The second number
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"a": a, "b": b},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[int]:
        """Output `value`: The output integer"""
        return Output(self, "value")


class T2IAdapter(Node):
    """T2I-Adapter - SD1.5, SDXL (`t2i_adapter`, version 1.0.4). Collects T2I-Adapter info to pass
    to other nodes.
    """

    type_name: ClassVar[str] = "t2i_adapter"

    def __init__(
        self,
        *,
        t2i_adapter_model: ModelRef | Output[ModelIdentifierField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        weight: float | Sequence[float] | Output[float] | Output[list[float]] = 1,
        begin_step_percent: float | Output[float] = 0,
        end_step_percent: float | Output[float] = 1,
        resize_mode: Literal["just_resize", "crop_resize", "fill_resize", "just_resize_simple"]
        | Output[str] = "just_resize",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `t2i_adapter` node; add it to a Graph to use it.

        Args:
            t2i_adapter_model: The T2I-Adapter model. (required)
            image: The IP-Adapter image prompt. (required)
            weight: The weight given to the T2I-Adapter
            begin_step_percent: When the T2I-Adapter is first applied (% of total steps) (>= 0; <= 1)
            end_step_percent: When the T2I-Adapter is last applied (% of total steps) (>= 0; <= 1)
            resize_mode: The resize mode applied to the T2I-Adapter input image so that it matches the
            target output size.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "t2i_adapter_model": t2i_adapter_model,
                "image": image,
                "weight": weight,
                "begin_step_percent": begin_step_percent,
                "end_step_percent": end_step_percent,
                "resize_mode": resize_mode,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def t2i_adapter(self) -> Output[T2IAdapterField]:
        """Output `t2i_adapter`: T2I-Adapter(s) to apply"""
        return Output(self, "t2i_adapter")


class MaskTensorToImage(Node):
    """Tensor Mask to Image (`tensor_mask_to_image`, version 1.1.0). Convert a mask tensor to an
    image.
    """

    type_name: ClassVar[str] = "tensor_mask_to_image"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `tensor_mask_to_image` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            mask: The mask tensor to convert. (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "mask": mask},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class TextLLM(Node):
    """Text LLM (`text_llm`, version 1.1.0). Run a text language model to generate or expand text
    (e.g. for prompt expansion). Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "text_llm"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] = "",
        system_prompt: str | Output[str] | Output[float] | None = None,
        text_llm_model: ModelRef | Output[ModelIdentifierField] | None = None,
        max_tokens: int | Output[int] = 300,
        seed: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `text_llm` node; add it to a Graph to use it.

        Args:
            prompt: Input text prompt.
            system_prompt: System prompt that guides the model's behavior. (default "You are an expert
            prompt writer for AI image generation. Given a brief description, expand it into a detailed,
            vivid prompt suitable for generating high-quality images. Only output the expanded prompt,
            nothing else.")
            text_llm_model: The text language model to use for text generation (required)
            max_tokens: Maximum number of tokens to generate. (>= 1; <= 2048)
            seed: Seed for random number generation (>= 0; <= 4294967295)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "text_llm_model": text_llm_model,
                "max_tokens": max_tokens,
                "seed": seed,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[str]:
        """Output `value`: The output string"""
        return Output(self, "value")


class TextLLMWithPreset(Node):
    """Text LLM (with System Prompt Preset) (`text_llm_with_preset`, version 1.1.0). Run a text
    language model using a saved system prompt from the System Prompts library. Behaves identically
    to the Text LLM node, but the system prompt is selected from a DB-backed preset instead of being
    typed inline. Useful when you maintain a curated library of expansion strategies and want to
    reuse them across workflows. Note: the field stores the preset's id, not its text. A workflow
    exported from one install only resolves on another if that install has a prompt with the same id
    -- true for the seeded defaults (fixed UUIDs), not for user-created prompts. `StylePresetField`
    has the same limitation. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "text_llm_with_preset"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] = "",
        system_prompt: Mapping[str, Any] | Output[SystemPromptField] | None = None,
        text_llm_model: ModelRef | Output[ModelIdentifierField] | None = None,
        max_tokens: int | Output[int] = 300,
        seed: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `text_llm_with_preset` node; add it to a Graph to use it.

        Args:
            prompt: Input text prompt.
            system_prompt: The saved system prompt to use as the LLM's instruction. (required)
            text_llm_model: The text language model to use for text generation (required)
            max_tokens: Maximum number of tokens to generate. (>= 1; <= 2048)
            seed: Seed for random number generation (>= 0; <= 4294967295)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "prompt": prompt,
                "system_prompt": system_prompt,
                "text_llm_model": text_llm_model,
                "max_tokens": max_tokens,
                "seed": seed,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[str]:
        """Output `value`: The output string"""
        return Output(self, "value")


class TileResamplerProcessor(Node):
    """Tile Resample Processor (`tile_image_processor`, version 1.2.3). Tile resampler processor
    Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "tile_image_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        down_sampling_rate: float | Output[float] = 1.0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `tile_image_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            down_sampling_rate: Down sampling rate (>= 1.0; <= 8.0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "down_sampling_rate": down_sampling_rate},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class TileToProperties(Node):
    """Tile to Properties (`tile_to_properties`, version 1.0.1). Split a Tile into its individual
    properties.
    """

    type_name: ClassVar[str] = "tile_to_properties"

    def __init__(
        self,
        *,
        tile: Mapping[str, Any] | Output[Tile] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `tile_to_properties` node; add it to a Graph to use it.

        Args:
            tile: The tile to split into properties. (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"tile": tile},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def coords_left(self) -> Output[int]:
        """Output `coords_left`: Left coordinate of the tile relative to its parent image."""
        return Output(self, "coords_left")

    @property
    def coords_right(self) -> Output[int]:
        """Output `coords_right`: Right coordinate of the tile relative to its parent image."""
        return Output(self, "coords_right")

    @property
    def coords_top(self) -> Output[int]:
        """Output `coords_top`: Top coordinate of the tile relative to its parent image."""
        return Output(self, "coords_top")

    @property
    def coords_bottom(self) -> Output[int]:
        """Output `coords_bottom`: Bottom coordinate of the tile relative to its parent image."""
        return Output(self, "coords_bottom")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the tile. Equal to coords_right - coords_left."""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the tile. Equal to coords_bottom - coords_top."""
        return Output(self, "height")

    @property
    def overlap_top(self) -> Output[int]:
        """Output `overlap_top`: Overlap between this tile and its top neighbor."""
        return Output(self, "overlap_top")

    @property
    def overlap_bottom(self) -> Output[int]:
        """Output `overlap_bottom`: Overlap between this tile and its bottom neighbor."""
        return Output(self, "overlap_bottom")

    @property
    def overlap_left(self) -> Output[int]:
        """Output `overlap_left`: Overlap between this tile and its left neighbor."""
        return Output(self, "overlap_left")

    @property
    def overlap_right(self) -> Output[int]:
        """Output `overlap_right`: Overlap between this tile and its right neighbor."""
        return Output(self, "overlap_right")


class TiledMultiDiffusionDenoiseLatents(Node):
    """Tiled Multi-Diffusion Denoise - SD1.5, SDXL (`tiled_multi_diffusion_denoise_latents`, version
    1.0.1). Tiled Multi-Diffusion denoising. This node handles automatically tiling the input image,
    and is primarily intended for global refinement of images in tiled upscaling workflows. Future
    Multi-Diffusion nodes should allow the user to specify custom regions with different parameters
    for each region to harness the full power of Multi-Diffusion. This node has a similar interface
    to the `DenoiseLatents` node, but it has a reduced feature set (no IP-Adapter, T2I-Adapter,
    masking, etc.).
    """

    type_name: ClassVar[str] = "tiled_multi_diffusion_denoise_latents"

    def __init__(
        self,
        *,
        positive_conditioning: Output[ConditioningField] | None = None,
        negative_conditioning: Output[ConditioningField] | None = None,
        noise: Output[LatentsField] | None = None,
        latents: Output[LatentsField] | None = None,
        tile_height: int | Output[int] = 1024,
        tile_width: int | Output[int] = 1024,
        tile_overlap: int | Output[int] = 32,
        steps: int | Output[int] = 18,
        cfg_scale: float | Sequence[float] | Output[float] | Output[list[float]] = 6.0,
        denoising_start: float | Output[float] = 0.0,
        denoising_end: float | Output[float] = 1.0,
        scheduler: Literal[
            "ddim",
            "ddpm",
            "deis",
            "deis_k",
            "lms",
            "lms_k",
            "pndm",
            "heun",
            "heun_k",
            "euler",
            "euler_k",
            "euler_a",
            "kdpm_2",
            "kdpm_2_k",
            "kdpm_2_a",
            "kdpm_2_a_k",
            "dpmpp_2s",
            "dpmpp_2s_k",
            "dpmpp_2m",
            "dpmpp_2m_k",
            "dpmpp_2m_sde",
            "dpmpp_2m_sde_k",
            "dpmpp_3m",
            "dpmpp_3m_k",
            "dpmpp_sde",
            "dpmpp_sde_k",
            "er_sde",
            "unipc",
            "unipc_k",
            "lcm",
            "tcd",
        ]
        | Output[str] = "euler",
        unet: Output[UNetField] | None = None,
        cfg_rescale_multiplier: float | Output[float] = 0,
        control: Output[ControlField] | Output[list[ControlField]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `tiled_multi_diffusion_denoise_latents` node; add it to a Graph to use it.

        Args:
            positive_conditioning: Positive conditioning tensor (required; connection only)
            negative_conditioning: Negative conditioning tensor (required; connection only)
            noise: Noise tensor (connection only)
            latents: Latents tensor (connection only)
            tile_height: Height of the tiles in image space. (> 0; multiple of 8)
            tile_width: Width of the tiles in image space. (> 0; multiple of 8)
            tile_overlap: The overlap between adjacent tiles in pixel space. (Of course, tile merging is
            applied in latent space.) Tiles will be cropped during merging (if necessary) to ensure that
            they overlap by exactly this amount. (> 0; multiple of 8)
            steps: Number of steps to run (> 0)
            cfg_scale: Classifier-Free Guidance scale
            denoising_start: When to start denoising, expressed a percentage of total steps (>= 0; <= 1)
            denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0; <= 1)
            scheduler: Scheduler to use during inference
            unet: UNet (scheduler, LoRAs) (required; connection only)
            cfg_rescale_multiplier: Rescale multiplier for CFG guidance, used for models trained with
            zero-terminal SNR (>= 0; < 1)
            control: Control (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "positive_conditioning": positive_conditioning,
                "negative_conditioning": negative_conditioning,
                "noise": noise,
                "latents": latents,
                "tile_height": tile_height,
                "tile_width": tile_width,
                "tile_overlap": tile_overlap,
                "steps": steps,
                "cfg_scale": cfg_scale,
                "denoising_start": denoising_start,
                "denoising_end": denoising_end,
                "scheduler": scheduler,
                "unet": unet,
                "cfg_rescale_multiplier": cfg_rescale_multiplier,
                "control": control,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class MaskFromAlpha(Node):
    """Mask from Alpha (`tomask`, version 1.2.2). Extracts the alpha channel of an image as a mask."""

    type_name: ClassVar[str] = "tomask"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        invert: bool | Output[bool] = False,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `tomask` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to create the mask from (required)
            invert: Whether or not to invert the mask
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "invert": invert},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class UnsharpMask(Node):
    """Unsharp Mask (`unsharp_mask`, version 1.2.2). Applies an unsharp mask filter to an image"""

    type_name: ClassVar[str] = "unsharp_mask"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        radius: float | Output[float] = 2,
        strength: float | Output[float] = 50,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `unsharp_mask` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to use (required)
            radius: Unsharp mask radius (> 0)
            strength: Unsharp mask strength (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "radius": radius, "strength": strength},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class OklabUnsharpMask(Node):
    """Unsharp Mask (Oklab) (`unsharp_mask_oklab`, version 1.0.0). Applies an unsharp mask filter to
    an image in the Oklab color space Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "unsharp_mask_oklab"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        radius: float | Output[float] = 2,
        strength: float | Output[float] = 50,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `unsharp_mask_oklab` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to use (required)
            radius: Unsharp mask radius (> 0)
            strength: Unsharp mask strength (>= 0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "radius": radius, "strength": strength},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class VAELoader(Node):
    """VAE Model - SD1.5, SD2, SDXL, SD3, FLUX (`vae_loader`, version 1.0.4). Loads a VAE model,
    outputting a VaeLoaderOutput
    """

    type_name: ClassVar[str] = "vae_loader"

    def __init__(
        self,
        *,
        vae_model: ModelRef | Output[ModelIdentifierField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `vae_loader` node; add it to a Graph to use it.

        Args:
            vae_model: VAE model to load (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"vae_model": vae_model},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")


class Video(Node):
    """Video Primitive (`video`, version 1.0.0). A video primitive value. Drop a video onto the
    field to make it available as an input to downstream nodes (e.g. Frame from Video, Concatenate
    Videos). Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "video"

    def __init__(
        self,
        *,
        video: Mapping[str, Any] | Output[VideoField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `video` node; add it to a Graph to use it.

        Args:
            video: The video to load (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"video": video},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def video(self) -> Output[VideoField]:
        """Output `video`: The output video"""
        return Output(self, "video")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the video in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the video in pixels"""
        return Output(self, "height")

    @property
    def num_frames(self) -> Output[int]:
        """Output `num_frames`: The number of frames in the video"""
        return Output(self, "num_frames")

    @property
    def fps(self) -> Output[float]:
        """Output `fps`: The frames-per-second of the video"""
        return Output(self, "fps")

    @property
    def duration(self) -> Output[float]:
        """Output `duration`: The duration of the video in seconds"""
        return Output(self, "duration")

    @property
    def duration_seconds(self) -> Output[float]:
        """Output `duration_seconds`: The duration of the video in seconds"""
        return Output(self, "duration_seconds")


class VideoConcat(Node):
    """Concatenate Videos (`video_concat`, version 1.0.0). Join two or more videos into a single
    MP4. Transitions: * ``cut`` - hard splice, no blending. Fastest; total length is the sum of
    inputs. * ``crossfade`` - linear A->B cross-dissolve over ``transition_frames``. Each boundary
    consumes ``transition_frames`` from both adjacent clips, so total length is ``sum(inputs) -
    transition_frames * (n - 1)``. * ``fade_through_black`` - A fades to black, then B fades in from
    black. Each boundary consumes ``transition_frames // 2`` frames from the preceding clip's tail
    and the remainder (``transition_frames - transition_frames // 2``) from the next clip's head, so
    the total emitted is exactly ``transition_frames`` per boundary - even for odd
    ``transition_frames`` - and the overall length equals the sum of inputs. All inputs must share
    the same pixel dimensions. Output frame rate defaults to the first input's fps; override with
    ``fps`` to force a specific rate (the frames are not resampled, only the container is encoded at
    the new rate). Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "video_concat"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        videos: Sequence[Mapping[str, Any]] | Output[list[VideoField]] | None = None,
        transition: Literal["cut", "crossfade", "fade_through_black"] | Output[str] = "cut",
        transition_frames: int | Output[int] = 8,
        fps: int | Output[int] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `video_concat` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            videos: Videos to concatenate, in order. At least two are required. (required; min items 2)
            transition: Transition between consecutive clips.
            transition_frames: Length of each transition in frames. Ignored when transition is 'cut'. (>=
            0; <= 240)
            fps: Output frame rate. Defaults to the first input's fps. (>= 1; <= 120)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "videos": videos,
                "transition": transition,
                "transition_frames": transition_frames,
                "fps": fps,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def video(self) -> Output[VideoField]:
        """Output `video`: The output video"""
        return Output(self, "video")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the video in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the video in pixels"""
        return Output(self, "height")

    @property
    def num_frames(self) -> Output[int]:
        """Output `num_frames`: The number of frames in the video"""
        return Output(self, "num_frames")

    @property
    def fps(self) -> Output[float]:
        """Output `fps`: The frames-per-second of the video"""
        return Output(self, "fps")

    @property
    def duration(self) -> Output[float]:
        """Output `duration`: The duration of the video in seconds"""
        return Output(self, "duration")

    @property
    def duration_seconds(self) -> Output[float]:
        """Output `duration_seconds`: The duration of the video in seconds"""
        return Output(self, "duration_seconds")


class VideoFrameExtract(Node):
    """Frame from Video (`video_frame_extract`, version 1.1.0). Extract a single frame from a video
    and save it as an image. ``frame_index`` is 0-based. Negative indices count from the end, so the
    default of -1 returns the final frame - the typical setup for chaining I2V clips into a longer
    sequence. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "video_frame_extract"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        video: Mapping[str, Any] | Output[VideoField] | None = None,
        frame_index: int | Output[int] = -1,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `video_frame_extract` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            video: The video to extract a frame from. (required)
            frame_index: Index of the frame to extract. 0 = first frame, -1 = last frame, -2 = second-to-
            last, etc.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "video": video, "frame_index": frame_index},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class WanDenoise(Node):
    """Denoise - Wan 2.2 (`wan_denoise`, version 1.0.0). Run the denoising process with a Wan 2.2
    model. Drives the flow-matching schedule the model ships with (UniPC with flow sigmas for the
    Wan 2.2 reference repos; see ``_build_scheduler``). CFG is supported when negative conditioning
    is provided and ``guidance_scale != 1.0``. For Wan 2.2 A14B the high-noise expert handles
    timesteps at and above ``boundary_ratio * num_train_timesteps``; the low-noise expert handles
    timesteps below. Both experts share the model cache; only the active one is GPU-resident at any
    time. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "wan_denoise"

    def __init__(
        self,
        *,
        transformer: Output[WanTransformerField] | None = None,
        positive_conditioning: Output[WanConditioningField] | None = None,
        negative_conditioning: Output[WanConditioningField] | None = None,
        ref_image: Output[WanRefImageConditioningField] | None = None,
        latents: Output[LatentsField] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_start: float | Output[float] = 0.0,
        denoising_end: float | Output[float] = 1.0,
        add_noise: bool | Output[bool] = True,
        guidance_scale: float | Output[float] = 4.0,
        guidance_scale_low_noise: float | Output[float] | None = None,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        steps: int | Output[int] = 40,
        seed: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `wan_denoise` node; add it to a Graph to use it.

        Args:
            transformer: Wan transformer field (transformer + optional dual-expert metadata). (required;
            connection only)
            positive_conditioning: Positive conditioning tensor (required; connection only)
            negative_conditioning: Negative conditioning tensor (connection only)
            ref_image: Reference-image (VAE-latent) conditioning for Wan 2.2 I2V. (connection only)
            latents: Latents tensor (connection only)
            denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent
            the regions to be fully denoised, and 1.0 represent the regions to be preserved. (connection
            only)
            denoising_start: When to start denoising, expressed a percentage of total steps (>= 0; <= 1)
            denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0; <= 1)
            add_noise: Add noise based on denoising start.
            guidance_scale: Classifier-free guidance scale. 4.0 is the Wan 2.2 default for A14B; TI2V-5B
            can tolerate higher values up to ~5.5. (>= 1.0)
            guidance_scale_low_noise: Optional separate CFG scale for the low-noise expert (Wan 2.2 A14B
            only). Values below 1.0 (including 0) fall back to the primary 'Guidance Scale'. Ignored for
            TI2V-5B. (>= 0.0)
            width: Width of the generated image. (> 0; multiple of 16)
            height: Height of the generated image. (> 0; multiple of 16)
            steps: Number of denoising steps. (> 0)
            seed: Randomness seed for reproducibility.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "transformer": transformer,
                "positive_conditioning": positive_conditioning,
                "negative_conditioning": negative_conditioning,
                "ref_image": ref_image,
                "latents": latents,
                "denoise_mask": denoise_mask,
                "denoising_start": denoising_start,
                "denoising_end": denoising_end,
                "add_noise": add_noise,
                "guidance_scale": guidance_scale,
                "guidance_scale_low_noise": guidance_scale_low_noise,
                "width": width,
                "height": height,
                "steps": steps,
                "seed": seed,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class WanImageToLatents(Node):
    """Image to Latents - Wan 2.2 (`wan_i2l`, version 1.0.0). Encodes an image with the Wan VAE
    (AutoencoderKLWan). The output latents have the temporal dimension squeezed out, so downstream
    nodes see 4D ``[B, C, H, W]``. The denoise loop re-adds ``T=1`` before feeding the transformer.
    Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "wan_i2l"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        vae: Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `wan_i2l` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to encode. (required)
            vae: VAE (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "vae": vae},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class WanI2VIdealDimensions(Node):
    """Wan 2.2 I2V Ideal Dimensions (A14B) (`wan_i2v_ideal_dimensions`, version 1.1.0). Ideal
    dimensions for the Wan 2.2 A14B models (I2V-A14B and T2V-A14B). Use this node for the A14B
    family. For the TI2V-5B model use "Wan 2.2 TI2V Ideal Dimensions" instead - TI2V-5B requires
    multiples of 32, and feeding it these multiples-of-16 dims fails the patchify step. Scales the
    input WxH so the shorter side equals the chosen preset (480 / 720 / 1080 px), then snaps each
    dimension to a multiple of 16 (the A14B pixel-grid constraint). Wire from ``Image Primitive``'s
    width/height outputs and into ``wan_ref_image_encoder`` / ``wan_denoise``. Needs InvokeAI >=
    6.14.2.
    """

    type_name: ClassVar[str] = "wan_i2v_ideal_dimensions"

    def __init__(
        self,
        *,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        target_resolution: Literal["480p", "720p", "1080p"] | Output[str] = "720p",
        rounding: Literal["nearest", "floor", "ceiling"] | Output[str] = "nearest",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `wan_i2v_ideal_dimensions` node; add it to a Graph to use it.

        Args:
            width: Source image width in pixels. (> 0)
            height: Source image height in pixels. (> 0)
            target_resolution: Short-side resolution preset. 480p and 720p are Wan 2.2's native training
            resolutions; 1080p works but is extrapolation and costs ~2.25x the memory of 720p.
            rounding: How to snap each dimension to a multiple of 16. 'floor' rounds down - safest for
            VRAM, guaranteed not to exceed the unsnapped target. 'ceiling' rounds up. 'nearest' minimizes
            aspect-ratio drift (default).
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"width": width, "height": height, "target_resolution": target_resolution, "rounding": rounding},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def width(self) -> Output[int]:
        """Output `width`: The ideal width of the image (in pixels)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The ideal height of the image (in pixels)"""
        return Output(self, "height")


class WanLatentsToImage(Node):
    """Latents to Image - Wan 2.2 (`wan_l2i`, version 1.0.0). Decodes Wan latents back to RGB. Needs
    InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "wan_l2i"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        vae: Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `wan_l2i` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            vae: VAE (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "latents": latents, "vae": vae},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class WanLatentsToVideo(Node):
    """Latents to Video - Wan 2.2 (`wan_l2v`, version 1.0.0). Decode 5D Wan latents to RGB frames
    and encode an MP4. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "wan_l2v"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        vae: Output[VAEField] | None = None,
        fps: int | Output[int] = 16,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `wan_l2v` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            vae: VAE (required; connection only)
            fps: Frames-per-second for the encoded MP4. Wan 2.2 was trained at 16 FPS. (>= 1; <= 120)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "latents": latents, "vae": vae, "fps": fps},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def video(self) -> Output[VideoField]:
        """Output `video`: The output video"""
        return Output(self, "video")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the video in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the video in pixels"""
        return Output(self, "height")

    @property
    def num_frames(self) -> Output[int]:
        """Output `num_frames`: The number of frames in the video"""
        return Output(self, "num_frames")

    @property
    def fps(self) -> Output[float]:
        """Output `fps`: The frames-per-second of the video"""
        return Output(self, "fps")

    @property
    def duration(self) -> Output[float]:
        """Output `duration`: The duration of the video in seconds"""
        return Output(self, "duration")

    @property
    def duration_seconds(self) -> Output[float]:
        """Output `duration_seconds`: The duration of the video in seconds"""
        return Output(self, "duration_seconds")


class WanLoRACollectionLoader(Node):
    """Apply LoRA Collection - Wan 2.2 (`wan_lora_collection_loader`, version 1.0.1). Apply a
    collection of LoRAs to the Wan 2.2 transformer(s). Each LoRA is routed to the primary and/or
    low-noise list based on its recorded ``expert`` tag (set by the probe from the filename).
    Untagged LoRAs go to both lists. Against a TI2V-5B main, which is a single transformer with no
    low-noise expert, a LoRA that would land only in the low-noise list is applied to the
    transformer instead, with a warning. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "wan_lora_collection_loader"

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[list[LoRAField]]
        | None = None,
        transformer: Output[WanTransformerField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `wan_lora_collection_loader` node; add it to a Graph to use it.

        Args:
            loras: LoRAs to apply. May be a single LoRA or a collection.
            transformer: Transformer (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"loras": loras, "transformer": transformer},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[WanTransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")


class WanLoRALoader(Node):
    """Apply LoRA - Wan 2.2 (`wan_lora_loader`, version 1.0.1). Apply a LoRA to the Wan 2.2
    transformer(s). For A14B (dual expert) the LoRA's recorded ``expert`` field determines which
    expert list it lands in: ``"high"`` -> primary list, ``"low"`` -> low-noise list, ``None``
    (untagged) -> both lists. Use the ``target`` field to override. For TI2V-5B (single transformer)
    only the primary list is used at denoise time, so a LoRA that would land only in the low-noise
    list is applied to the transformer instead, with a warning. The alternative is to accept the
    LoRA and silently have no effect. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "wan_lora_loader"

    def __init__(
        self,
        *,
        lora: ModelRef | Output[ModelIdentifierField] | None = None,
        weight: float | Output[float] = 0.75,
        target: Literal["auto", "both", "high", "low"] | Output[str] = "auto",
        transformer: Output[WanTransformerField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `wan_lora_loader` node; add it to a Graph to use it.

        Args:
            lora: LoRA model to load (required)
            weight: The weight at which the LoRA is applied to each model
            target: Which expert(s) to apply this LoRA to. 'auto' uses the LoRA's recorded expert tag (or
            both if untagged); 'both'/'high'/'low' override it. On the single-transformer TI2V-5B, which
            has no low-noise expert, 'low' is applied to the transformer instead of being discarded.
            transformer: Transformer (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"lora": lora, "weight": weight, "target": target, "transformer": transformer},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[WanTransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")


class WanModelLoader(Node):
    """Main Model - Wan 2.2 (`wan_model_loader`, version 1.0.1). Loads a Wan 2.2 model, outputting
    its submodels. Components can be mixed and matched, mirroring the Qwen Image loader pattern: -
    Transformer(s): * Diffusers main: emits ``transformer/`` and (for A14B) ``transformer_2/`` from
    the same model record. * Single-file main (GGUF or safetensors checkpoint): emits the file as
    the primary transformer; for A14B the second-expert file must be wired to ``Transformer (Low
    Noise)``. - VAE: standalone Wan VAE > main (if Diffusers) > Component Source (Diffusers). -
    UMT5-XXL encoder: standalone Wan T5 encoder > main (if Diffusers) > Component Source
    (Diffusers). The Component Source slot lets users supply a Diffusers Wan main model purely for
    VAE / encoder extraction when the actual transformer is in a single-file format. Together, the
    standalone VAE + standalone encoder let a single-file transformer run without a full ~30 GB
    Diffusers install. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "wan_model_loader"

    def __init__(
        self,
        *,
        model: ModelRef | None = None,
        transformer_low_noise_model: ModelRef | None = None,
        vae_model: ModelRef | None = None,
        wan_t5_encoder_model: ModelRef | None = None,
        component_source: ModelRef | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `wan_model_loader` node; add it to a Graph to use it.

        Args:
            model: Wan 2.2 model (Transformer) to load (required; value only)
            transformer_low_noise_model: Optional second single-file transformer for the A14B low-noise
            expert. Only relevant when the main model is a single-file GGUF or safetensors checkpoint and
            the variant is A14B; ignored when the main is a Diffusers A14B (both experts are pulled from
            transformer/ and transformer_2/ already) or when the variant is TI2V-5B. (value only)
            vae_model: Standalone Wan VAE model. If not set, the VAE is loaded from the main model (when
            in Diffusers format) or from the Component Source. (value only)
            wan_t5_encoder_model: Standalone Wan UMT5-XXL encoder. If not set, the encoder is loaded from
            the main model (when in Diffusers format) or from the Component Source. (value only)
            component_source: Diffusers Wan main model to extract VAE and/or encoder from. Use this if you
            don't have separate VAE/encoder models. Ignored for any submodel that is provided separately.
            (value only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "model": model,
                "transformer_low_noise_model": transformer_low_noise_model,
                "vae_model": vae_model,
                "wan_t5_encoder_model": wan_t5_encoder_model,
                "component_source": component_source,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[WanTransformerField]:
        """Output `transformer`: Wan transformer (one or two experts depending on the variant)"""
        return Output(self, "transformer")

    @property
    def wan_t5_encoder(self) -> Output[WanT5EncoderField]:
        """Output `wan_t5_encoder`: UMT5-XXL tokenizer and text encoder for Wan 2.2"""
        return Output(self, "wan_t5_encoder")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")


class WanRefImageEncoder(Node):
    """Reference Image - Wan 2.2 (`wan_ref_image_encoder`, version 1.2.0). VAE-encode a reference
    image into Wan 2.2 I2V conditioning. The wired VAE selects the output shape. With the 16-channel
    A14B VAE the output is a ``[1, 20, T_lat, height // 8, width // 8]`` condition (4-ch first-frame
    mask + 16-ch image latents) that the denoise loop concatenates to the noise latents each step,
    producing the 36-channel input the I2V-A14B transformer expects. With the 48-channel TI2V-5B VAE
    the output is a ``[1, 48, 1, height // 16, width // 16]`` condition that the denoise loop blends
    into the noisy latents at every step. For image (single-frame) I2V leave ``num_frames=1``
    (T_lat=1). For A14B video I2V set ``num_frames`` to match the value on the video-denoise node
    (e.g. 81 for the Wan 2.2 reference defaults); TI2V-5B always uses the single-frame condition.
    Supply an optional ``end_image`` for **first-last-frame interpolation (FLF2V)** - the model then
    interpolates the motion from ``image`` (first frame) to ``end_image`` (final frame). FLF2V is
    I2V-A14B video only (``num_frames > 1``); it is not supported for TI2V-5B or single-frame I2V.
    For T2V (no reference image), omit this node entirely. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "wan_ref_image_encoder"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        vae: Output[VAEField] | None = None,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        num_frames: int | Output[int] = 1,
        end_image: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `wan_ref_image_encoder` node; add it to a Graph to use it.

        Args:
            image: Reference image to condition on (the first frame). (required)
            vae: VAE (required; connection only)
            width: Width to resize the reference image to (must match denoise width). (> 0; multiple of
            16)
            height: Height to resize the reference image to (must match denoise height). (> 0; multiple of
            16)
            num_frames: Pixel-frame count to build the condition for. Use 1 for single-frame image I2V.
            For video I2V, set this to match the video-denoise node's num_frames (and ensure (num_frames -
            1) %% 4 == 0, e.g. 81). (>= 1)
            end_image: Optional end frame for first-last-frame interpolation (FLF2V). When set, the video
            interpolates from the reference image (first frame) to this image (final frame). I2V-A14B
            video only (num_frames > 1); not supported for TI2V-5B or single-frame I2V.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "image": image,
                "vae": vae,
                "width": width,
                "height": height,
                "num_frames": num_frames,
                "end_image": end_image,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def ref_image(self) -> Output[WanRefImageConditioningField]:
        """Output `ref_image`: VAE-latent reference-image conditioning for Wan 2.2 I2V."""
        return Output(self, "ref_image")


class WanTextEncoder(Node):
    """Prompt - Wan 2.2 (`wan_text_encoder`, version 1.0.0). Encodes a text prompt for Wan 2.2 using
    the UMT5-XXL encoder. Output is the encoder's last hidden state (shape: [seq_len=512, 4096])
    plus an attention mask marking valid (non-padding) tokens. The Wan transformer consumes these
    directly as ``encoder_hidden_states``. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "wan_text_encoder"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] | None = None,
        wan_t5_encoder: Output[WanT5EncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `wan_text_encoder` node; add it to a Graph to use it.

        Args:
            prompt: Text prompt for Wan 2.2. (required)
            wan_t5_encoder: UMT5-XXL tokenizer and text encoder for Wan 2.2 (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"prompt": prompt, "wan_t5_encoder": wan_t5_encoder},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[WanConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class WanTI2VIdealDimensions(Node):
    """Wan 2.2 TI2V Ideal Dimensions (5B) (`wan_ti2v_ideal_dimensions`, version 1.0.0). Ideal
    dimensions for the Wan 2.2 TI2V-5B model. Use this node for TI2V-5B only. For the A14B models
    (I2V-A14B / T2V-A14B) use "Wan 2.2 I2V Ideal Dimensions" instead - those need multiples of 16,
    and this node's multiples-of-32 dims would overshoot their pixel grid. Identical to the A14B
    node but snaps each dimension to a multiple of 32 instead of 16: the Wan 2.2-VAE used by TI2V-5B
    applies 16x spatial compression and the transformer adds a 2x patch on top, so pixel dims must
    divide by 32 for the patchify step. Wire from ``Image Primitive``'s width/height outputs and
    into the matching ``wan_denoise`` inputs. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "wan_ti2v_ideal_dimensions"

    def __init__(
        self,
        *,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        target_resolution: Literal["480p", "720p", "1080p"] | Output[str] = "720p",
        rounding: Literal["nearest", "floor", "ceiling"] | Output[str] = "nearest",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `wan_ti2v_ideal_dimensions` node; add it to a Graph to use it.

        Args:
            width: Source image width in pixels. (> 0)
            height: Source image height in pixels. (> 0)
            target_resolution: Short-side resolution preset. 480p and 720p are Wan 2.2's native training
            resolutions; 1080p works but is extrapolation and costs ~2.25x the memory of 720p.
            rounding: How to snap each dimension to a multiple of 32. 'floor' rounds down - safest for
            VRAM, guaranteed not to exceed the unsnapped target. 'ceiling' rounds up. 'nearest' minimizes
            aspect-ratio drift (default).
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"width": width, "height": height, "target_resolution": target_resolution, "rounding": rounding},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def width(self) -> Output[int]:
        """Output `width`: The ideal width of the image (in pixels)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The ideal height of the image (in pixels)"""
        return Output(self, "height")


class WanVideoDenoise(Node):
    """Denoise Video - Wan 2.2 (`wan_video_denoise`, version 1.0.0). Run the Wan 2.2 denoising loop
    on a multi-frame latent tensor. The output is a 5D ``[1, C, T_lat, H/8, W/8]`` latent tensor
    ready for :class:`WanLatentsToVideoInvocation` to VAE-decode and encode as MP4. Mirrors
    :class:`WanDenoiseInvocation` for the per-step logic (CFG, MoE expert swap at the boundary
    timestep, LoRA patching, scheduler selection). Differences from the image denoise: * The noise
    tensor has a real temporal dim built from ``num_frames``. * The I2V condition is built across
    all latent frames (frame 0 conditioned, rest zero) via
    :func:`encode_reference_image_to_video_condition` upstream - the ``ref_image`` field on this
    node carries a tensor of shape ``[1, 20, T_lat, H_lat, W_lat]`` instead of ``[1, 20, 1, ...]``.
    * No ``denoising_start`` / ``denoising_end`` / initial-latents inputs. The image denoise node
    uses those for img2img (noise injection on an existing latent), but image-conditioned video
    generation flows through the reference-frame conditioning mechanism instead - the first frame
    drives subsequent frames at every step, so a partial-schedule run from an initial latent has no
    analogue here. Run the schedule from t=1 to t=0 every time. The base ``WanDenoiseInvocation``
    still handles the img2img case for stills. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "wan_video_denoise"

    def __init__(
        self,
        *,
        transformer: Output[WanTransformerField] | None = None,
        positive_conditioning: Output[WanConditioningField] | None = None,
        negative_conditioning: Output[WanConditioningField] | None = None,
        ref_image: Output[WanRefImageConditioningField] | None = None,
        guidance_scale: float | Output[float] = 5.0,
        guidance_scale_low_noise: float | Output[float] = 4.0,
        width: int | Output[int] = 832,
        height: int | Output[int] = 480,
        num_frames: int | Output[int] = 81,
        steps: int | Output[int] = 40,
        seed: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `wan_video_denoise` node; add it to a Graph to use it.

        Args:
            transformer: Wan transformer field. Supported: T2V-A14B / I2V-A14B (dual-expert) and TI2V-5B
            (single-expert, handles both T2V and I2V). All three accept a Reference Image input for image-
            to-video; A14B uses the 36-channel concat scheme while TI2V-5B uses the expand_timesteps
            first-frame-mask blend. (required; connection only)
            positive_conditioning: Positive conditioning tensor (required; connection only)
            negative_conditioning: Negative conditioning tensor (connection only)
            ref_image: Reference-image (VAE-latent) conditioning for Wan 2.2 I2V. (connection only)
            guidance_scale: Classifier-free guidance scale. Wan 2.2 video reference uses 5.0 for the high-
            noise expert and 4.0 for the low-noise expert. (>= 1.0)
            guidance_scale_low_noise: Optional separate CFG scale for the low-noise expert (Wan 2.2 A14B
            only). Values below 1.0 fall back to the primary 'Guidance Scale'. (>= 0.0)
            width: Width of the generated video. (> 0; multiple of 16)
            height: Height of the generated video. (> 0; multiple of 16)
            num_frames: Number of output frames. Must satisfy (num_frames - 1) %% 4 == 0 so the latent
            temporal dim divides cleanly. Wan 2.2 was trained at 81 frames @ 16 FPS (~5 s). (>= 5)
            steps: Number of denoising steps. (> 0)
            seed: Randomness seed for reproducibility.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "transformer": transformer,
                "positive_conditioning": positive_conditioning,
                "negative_conditioning": negative_conditioning,
                "ref_image": ref_image,
                "guidance_scale": guidance_scale,
                "guidance_scale_low_noise": guidance_scale_low_noise,
                "width": width,
                "height": height,
                "num_frames": num_frames,
                "steps": steps,
                "seed": seed,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class WorkflowReturn(Node):
    """Workflow Return (`workflow_return`, version 1.0.0). Defines the explicit named result
    returned by a callable workflow. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "workflow_return"

    def __init__(
        self,
        *,
        values: Output[WorkflowReturnValueField] | Output[list[WorkflowReturnValueField]] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = False,
    ) -> None:
        """Make a `workflow_return` node; add it to a Graph to use it.

        Args:
            values: The named values returned to a calling workflow. (connection only; default [])
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"values": values},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def values(self) -> Output[Any]:
        """Output `values`: The workflow return values, keyed by return name."""
        return Output(self, "values")


class WorkflowReturnGet(Node):
    """Get Workflow Return Value (`workflow_return_get`, version 1.0.0). Extracts one named value
    from a callable workflow return. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "workflow_return_get"

    def __init__(
        self,
        *,
        values: Output[Any] | None = None,
        key: str | Output[str] | Output[float] = "",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = False,
    ) -> None:
        """Make a `workflow_return_get` node; add it to a Graph to use it.

        Args:
            values: The named workflow return values. (connection only; default {})
            key: The return key to extract.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"values": values, "key": key},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[Any]:
        """Output `value`: The extracted workflow return value."""
        return Output(self, "value")


class WorkflowReturnValue(Node):
    """Workflow Return Value (`workflow_return_value`, version 1.0.0). Creates one named value for a
    callable workflow return. Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "workflow_return_value"

    def __init__(
        self,
        *,
        key: str | Output[str] | Output[float] = "",
        value: Any = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = False,
    ) -> None:
        """Make a `workflow_return_value` node; add it to a Graph to use it.

        Args:
            key: The return key.
            value: The value returned under this key.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"key": key, "value": value},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def value(self) -> Output[Any]:
        """Output `value`: The named workflow return value."""
        return Output(self, "value")


class ZImageControl(Node):
    """Z-Image ControlNet (`z_image_control`, version 1.1.0). Configure Z-Image ControlNet for
    spatial conditioning. Takes a preprocessed control image (e.g., Canny edges, depth map, pose)
    and a Z-Image ControlNet adapter model to enable spatial control. Supports 5 control modes:
    Canny, HED, Depth, Pose, MLSD. Recommended control_context_scale: 0.65-0.80. Needs InvokeAI >=
    6.10.0.
    """

    type_name: ClassVar[str] = "z_image_control"

    def __init__(
        self,
        *,
        image: ImageRef | Output[ImageField] | None = None,
        control_model: ModelRef | Output[ModelIdentifierField] | None = None,
        control_context_scale: float | Output[float] = 0.75,
        begin_step_percent: float | Output[float] = 0.0,
        end_step_percent: float | Output[float] = 1.0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `z_image_control` node; add it to a Graph to use it.

        Args:
            image: The preprocessed control image (Canny, HED, Depth, Pose, or MLSD) (required)
            control_model: ControlNet model to load (required)
            control_context_scale: Strength of the control signal. Recommended range: 0.65-0.80. (>= 0.0;
            <= 2.0)
            begin_step_percent: When the control is first applied (% of total steps) (>= 0.0; <= 1.0)
            end_step_percent: When the control is last applied (% of total steps) (>= 0.0; <= 1.0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "image": image,
                "control_model": control_model,
                "control_context_scale": control_context_scale,
                "begin_step_percent": begin_step_percent,
                "end_step_percent": end_step_percent,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def control(self) -> Output[ZImageControlField]:
        """Output `control`: Z-Image control conditioning"""
        return Output(self, "control")


class ZImageDenoise(Node):
    """Denoise - Z-Image (`z_image_denoise`, version 1.6.0). Run the denoising process with a
    Z-Image model. Supports regional prompting by connecting multiple conditioning inputs with
    masks. Needs InvokeAI >= 6.10.0.
    """

    type_name: ClassVar[str] = "z_image_denoise"

    def __init__(
        self,
        *,
        latents: Output[LatentsField] | None = None,
        noise: Output[LatentsField] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_start: float | Output[float] = 0.0,
        denoising_end: float | Output[float] = 1.0,
        add_noise: bool | Output[bool] = True,
        transformer: Output[TransformerField] | None = None,
        positive_conditioning: Output[ZImageConditioningField]
        | Output[list[ZImageConditioningField]]
        | None = None,
        negative_conditioning: Output[ZImageConditioningField]
        | Output[list[ZImageConditioningField]]
        | None = None,
        guidance_scale: float | Output[float] = 1.0,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        steps: int | Output[int] = 8,
        seed: int | Output[int] = 0,
        control: Output[ZImageControlField] | None = None,
        vae: Output[VAEField] | None = None,
        shift: float | Output[float] | None = None,
        scheduler: Literal["euler", "heun", "lcm"] | Output[str] = "euler",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `z_image_denoise` node; add it to a Graph to use it.

        Args:
            latents: Latents tensor (connection only)
            noise: Noise tensor (connection only; needs InvokeAI >= 6.14.2)
            denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent
            the regions to be fully denoised, and 1.0 represent the regions to be preserved. (connection
            only)
            denoising_start: When to start denoising, expressed a percentage of total steps (>= 0; <= 1)
            denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0; <= 1)
            add_noise: Add noise based on denoising start.
            transformer: Z-Image model (Transformer) to load (required; connection only)
            positive_conditioning: Positive conditioning tensor (required; connection only)
            negative_conditioning: Negative conditioning tensor (connection only)
            guidance_scale: Guidance scale for classifier-free guidance. 1.0 = no CFG (recommended for
            Z-Image-Turbo). Values > 1.0 amplify guidance. (>= 1.0)
            width: Width of the generated image. (multiple of 16)
            height: Height of the generated image. (multiple of 16)
            steps: Number of denoising steps. 8 recommended for Z-Image-Turbo. (> 0)
            seed: Randomness seed for reproducibility.
            control: Z-Image control conditioning for spatial control (Canny, HED, Depth, Pose, MLSD).
            (connection only)
            vae: VAE Required for control conditioning. (connection only)
            shift: Override the timestep shift (mu) for the sigma schedule. Leave blank to auto-calculate
            based on image dimensions (recommended). Lower values (~0.5) produce less noise shifting,
            higher values (~1.15) produce more. (>= 0.0; needs InvokeAI >= 6.14.2)
            scheduler: Scheduler (sampler) for the denoising process. Euler is the default and
            recommended. Heun is 2nd-order (better quality, 2x slower). LCM works with Turbo only (not
            Base).
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "latents": latents,
                "noise": noise,
                "denoise_mask": denoise_mask,
                "denoising_start": denoising_start,
                "denoising_end": denoising_end,
                "add_noise": add_noise,
                "transformer": transformer,
                "positive_conditioning": positive_conditioning,
                "negative_conditioning": negative_conditioning,
                "guidance_scale": guidance_scale,
                "width": width,
                "height": height,
                "steps": steps,
                "seed": seed,
                "control": control,
                "vae": vae,
                "shift": shift,
                "scheduler": scheduler,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class ZImageDenoiseMeta(Node):
    """Denoise - Z-Image + Metadata (`z_image_denoise_meta`, version 1.1.0). Run denoising process
    with a Z-Image transformer model + metadata. Needs InvokeAI >= 6.10.0.
    """

    type_name: ClassVar[str] = "z_image_denoise_meta"

    def __init__(
        self,
        *,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        noise: Output[LatentsField] | None = None,
        denoise_mask: Output[DenoiseMaskField] | None = None,
        denoising_start: float | Output[float] = 0.0,
        denoising_end: float | Output[float] = 1.0,
        add_noise: bool | Output[bool] = True,
        transformer: Output[TransformerField] | None = None,
        positive_conditioning: Output[ZImageConditioningField]
        | Output[list[ZImageConditioningField]]
        | None = None,
        negative_conditioning: Output[ZImageConditioningField]
        | Output[list[ZImageConditioningField]]
        | None = None,
        guidance_scale: float | Output[float] = 1.0,
        width: int | Output[int] = 1024,
        height: int | Output[int] = 1024,
        steps: int | Output[int] = 8,
        seed: int | Output[int] = 0,
        control: Output[ZImageControlField] | None = None,
        vae: Output[VAEField] | None = None,
        shift: float | Output[float] | None = None,
        scheduler: Literal["euler", "heun", "lcm"] | Output[str] = "euler",
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `z_image_denoise_meta` node; add it to a Graph to use it.

        Args:
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (connection only)
            noise: Noise tensor (connection only; needs InvokeAI >= 6.14.2)
            denoise_mask: A mask of the region to apply the denoising process to. Values of 0.0 represent
            the regions to be fully denoised, and 1.0 represent the regions to be preserved. (connection
            only)
            denoising_start: When to start denoising, expressed a percentage of total steps (>= 0; <= 1)
            denoising_end: When to stop denoising, expressed a percentage of total steps (>= 0; <= 1)
            add_noise: Add noise based on denoising start.
            transformer: Z-Image model (Transformer) to load (required; connection only)
            positive_conditioning: Positive conditioning tensor (required; connection only)
            negative_conditioning: Negative conditioning tensor (connection only)
            guidance_scale: Guidance scale for classifier-free guidance. 1.0 = no CFG (recommended for
            Z-Image-Turbo). Values > 1.0 amplify guidance. (>= 1.0)
            width: Width of the generated image. (multiple of 16)
            height: Height of the generated image. (multiple of 16)
            steps: Number of denoising steps. 8 recommended for Z-Image-Turbo. (> 0)
            seed: Randomness seed for reproducibility.
            control: Z-Image control conditioning for spatial control (Canny, HED, Depth, Pose, MLSD).
            (connection only)
            vae: VAE Required for control conditioning. (connection only)
            shift: Override the timestep shift (mu) for the sigma schedule. Leave blank to auto-calculate
            based on image dimensions (recommended). Lower values (~0.5) produce less noise shifting,
            higher values (~1.15) produce more. (>= 0.0; needs InvokeAI >= 6.14.2)
            scheduler: Scheduler (sampler) for the denoising process. Euler is the default and
            recommended. Heun is 2nd-order (better quality, 2x slower). LCM works with Turbo only (not
            Base).
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "metadata": metadata,
                "latents": latents,
                "noise": noise,
                "denoise_mask": denoise_mask,
                "denoising_start": denoising_start,
                "denoising_end": denoising_end,
                "add_noise": add_noise,
                "transformer": transformer,
                "positive_conditioning": positive_conditioning,
                "negative_conditioning": negative_conditioning,
                "guidance_scale": guidance_scale,
                "width": width,
                "height": height,
                "steps": steps,
                "seed": seed,
                "control": control,
                "vae": vae,
                "shift": shift,
                "scheduler": scheduler,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def metadata(self) -> Output[MetadataField]:
        """Output `metadata`: Metadata Dict"""
        return Output(self, "metadata")

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class ZImageImageToLatents(Node):
    """Image to Latents - Z-Image (`z_image_i2l`, version 1.1.0). Generates latents from an image
    using Z-Image VAE (supports both Diffusers and FLUX VAE). Needs InvokeAI >= 6.10.0.
    """

    type_name: ClassVar[str] = "z_image_i2l"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        vae: Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `z_image_i2l` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to encode. (required)
            vae: VAE (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image, "vae": vae},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def latents(self) -> Output[LatentsField]:
        """Output `latents`: Latents tensor"""
        return Output(self, "latents")

    @property
    def width(self) -> Output[int]:
        """Output `width`: Width of output (px)"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: Height of output (px)"""
        return Output(self, "height")


class ZImageLatentsToImage(Node):
    """Latents to Image - Z-Image (`z_image_l2i`, version 1.1.0). Generates an image from latents
    using Z-Image VAE (supports both Diffusers and FLUX VAE). Needs InvokeAI >= 6.10.0.
    """

    type_name: ClassVar[str] = "z_image_l2i"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        vae: Output[VAEField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `z_image_l2i` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            vae: VAE (required; connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "latents": latents, "vae": vae},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ZImageLoRACollectionLoader(Node):
    """Apply LoRA Collection - Z-Image (`z_image_lora_collection_loader`, version 1.0.1). Applies a
    collection of LoRAs to a Z-Image transformer. Needs InvokeAI >= 6.10.0.
    """

    type_name: ClassVar[str] = "z_image_lora_collection_loader"

    def __init__(
        self,
        *,
        loras: Mapping[str, Any]
        | Sequence[Mapping[str, Any]]
        | Output[LoRAField]
        | Output[list[LoRAField]]
        | None = None,
        transformer: Output[TransformerField] | None = None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `z_image_lora_collection_loader` node; add it to a Graph to use it.

        Args:
            loras: LoRA models and weights. May be a single LoRA or collection.
            transformer: Transformer (connection only)
            qwen3_encoder: Qwen3 tokenizer and text encoder (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"loras": loras, "transformer": transformer, "qwen3_encoder": qwen3_encoder},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Output `qwen3_encoder`: Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")


class ZImageLoRALoader(Node):
    """Apply LoRA - Z-Image (`z_image_lora_loader`, version 1.0.0). Apply a LoRA model to a Z-Image
    transformer and/or Qwen3 text encoder. Needs InvokeAI >= 6.10.0.
    """

    type_name: ClassVar[str] = "z_image_lora_loader"

    def __init__(
        self,
        *,
        lora: ModelRef | Output[ModelIdentifierField] | None = None,
        weight: float | Output[float] = 0.75,
        transformer: Output[TransformerField] | None = None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `z_image_lora_loader` node; add it to a Graph to use it.

        Args:
            lora: LoRA model to load (required)
            weight: The weight at which the LoRA is applied to each model
            transformer: Transformer (connection only)
            qwen3_encoder: Qwen3 tokenizer and text encoder (connection only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"lora": lora, "weight": weight, "transformer": transformer, "qwen3_encoder": qwen3_encoder},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Output `qwen3_encoder`: Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")


class ZImageModelLoader(Node):
    """Main Model - Z-Image (`z_image_model_loader`, version 3.1.0). Loads a Z-Image model,
    outputting its submodels. Similar to FLUX, you can mix and match components: - Transformer: From
    Z-Image main model (GGUF quantized or Diffusers format) - VAE: Separate FLUX VAE (shared with
    FLUX models) or from a Diffusers Z-Image model - Qwen3 Encoder: Separate Qwen3Encoder model or
    from a Diffusers Z-Image model Needs InvokeAI >= 6.10.0.
    """

    type_name: ClassVar[str] = "z_image_model_loader"

    def __init__(
        self,
        *,
        model: ModelRef | None = None,
        vae_model: ModelRef | None = None,
        qwen3_encoder_model: ModelRef | None = None,
        qwen3_source_model: ModelRef | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `z_image_model_loader` node; add it to a Graph to use it.

        Args:
            model: Z-Image model (Transformer) to load (required; value only)
            vae_model: Standalone VAE model. Z-Image uses the same VAE as FLUX (16-channel). If not
            provided, VAE will be loaded from the Qwen3 Source model. (value only)
            qwen3_encoder_model: Standalone Qwen3 Encoder model. If not provided, encoder will be loaded
            from the Qwen3 Source model. (value only)
            qwen3_source_model: Z-Image pipeline model to extract VAE and/or Qwen3 encoder from. Use this
            if you don't have separate VAE/Qwen3 models. Ignored if both VAE and Qwen3 Encoder are
            provided separately. (value only)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "model": model,
                "vae_model": vae_model,
                "qwen3_encoder_model": qwen3_encoder_model,
                "qwen3_source_model": qwen3_source_model,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def transformer(self) -> Output[TransformerField]:
        """Output `transformer`: Transformer"""
        return Output(self, "transformer")

    @property
    def qwen3_encoder(self) -> Output[Qwen3EncoderField]:
        """Output `qwen3_encoder`: Qwen3 tokenizer and text encoder"""
        return Output(self, "qwen3_encoder")

    @property
    def vae(self) -> Output[VAEField]:
        """Output `vae`: VAE"""
        return Output(self, "vae")


class ZImagePiDDecode(Node):
    """Latents to Image - Z-Image + PiD (4x SR) (`z_image_pid_decode`, version 1.0.0). Decode a
    Z-Image latent with the PiD pixel-diffusion decoder. Produces a 4x super-resolved image in a
    single pass (Z-Image decoder is trained on FLUX.1 latents; ``sr_scale=4`` with the FLUX VAE's 8x
    spatial down-factor gives a 32x linear scale from latent to pixel). Needs InvokeAI >= 6.14.2.
    """

    type_name: ClassVar[str] = "z_image_pid_decode"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        latents: Output[LatentsField] | None = None,
        prompt: str | Output[str] | Output[float] | None = None,
        gemma2_encoder: Output[Gemma2EncoderField] | None = None,
        pid_decoder: Output[PiDDecoderField] | None = None,
        vae: Output[VAEField] | None = None,
        num_inference_steps: int | Output[int] = 4,
        seed: int | Output[int] = 0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `z_image_pid_decode` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            latents: Latents tensor (required; connection only)
            prompt: Text prompt the latent was generated from. PiD conditions on it. (required)
            gemma2_encoder: Gemma-2 caption encoder. Required by PiD. (required; connection only)
            pid_decoder: PiD FLUX decoder checkpoint. (required; connection only)
            vae: Z-Image VAE used to read scaling_factor / shift_factor. If omitted, the FLUX.1 fallback
            constants (0.3611 / 0.1159) are used. (connection only)
            num_inference_steps: Number of PiD distill steps. The released checkpoints are distilled for
            4; the student schedule has only 4 transitions, so higher counts cannot add sampling steps.
            (>= 1; <= 4)
            seed: Seed for the PiD decoder's noise.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "board": board,
                "metadata": metadata,
                "latents": latents,
                "prompt": prompt,
                "gemma2_encoder": gemma2_encoder,
                "pid_decoder": pid_decoder,
                "vae": vae,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


class ZImageSeedVarianceEnhancer(Node):
    """Seed Variance Enhancer - Z-Image (`z_image_seed_variance_enhancer`, version 1.0.0). Adds
    seed-based noise to Z-Image conditioning to increase variance between seeds. Z-Image-Turbo can
    produce relatively similar images with different seeds, making it harder to explore variations
    of a prompt. This node implements reproducible, seed-based noise injection into text embeddings
    to increase visual variation while maintaining reproducibility. The noise strength is auto-
    calibrated relative to the embedding's standard deviation, ensuring consistent results across
    different prompts. Needs InvokeAI >= 6.12.0.
    """

    type_name: ClassVar[str] = "z_image_seed_variance_enhancer"

    def __init__(
        self,
        *,
        conditioning: Output[ZImageConditioningField] | None = None,
        seed: int | Output[int] = 0,
        strength: float | Output[float] = 0.1,
        randomize_percent: float | Output[float] = 50.0,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `z_image_seed_variance_enhancer` node; add it to a Graph to use it.

        Args:
            conditioning: Conditioning tensor (required; connection only)
            seed: Seed for reproducible noise generation. Different seeds produce different noise
            patterns. (>= 0)
            strength: Noise strength as multiplier of embedding std. 0=off, 0.1=subtle, 0.5=strong. (>=
            0.0; <= 2.0)
            randomize_percent: Percentage of embedding values to add noise to (1-100). Lower values create
            more selective noise patterns. (>= 1.0; <= 100.0)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {
                "conditioning": conditioning,
                "seed": seed,
                "strength": strength,
                "randomize_percent": randomize_percent,
            },
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[ZImageConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class ZImageTextEncoder(Node):
    """Prompt - Z-Image (`z_image_text_encoder`, version 1.1.0). Encodes and preps a prompt for a
    Z-Image image. Supports regional prompting by connecting a mask input. Needs InvokeAI >= 6.10.0.
    """

    type_name: ClassVar[str] = "z_image_text_encoder"

    def __init__(
        self,
        *,
        prompt: str | Output[str] | Output[float] | None = None,
        qwen3_encoder: Output[Qwen3EncoderField] | None = None,
        mask: Mapping[str, Any] | Output[TensorField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `z_image_text_encoder` node; add it to a Graph to use it.

        Args:
            prompt: Text prompt to encode. (required)
            qwen3_encoder: Qwen3 tokenizer and text encoder (required; connection only)
            mask: A mask defining the region that this conditioning prompt applies to.
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"prompt": prompt, "qwen3_encoder": qwen3_encoder, "mask": mask},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def conditioning(self) -> Output[ZImageConditioningField]:
        """Output `conditioning`: Conditioning tensor"""
        return Output(self, "conditioning")


class ZoeDepthImageProcessor(Node):
    """Zoe (Depth) Processor (`zoe_depth_image_processor`, version 1.2.3). Applies Zoe depth
    processing to image Needs InvokeAI 5.0.0 to 5.6.0.
    """

    type_name: ClassVar[str] = "zoe_depth_image_processor"

    def __init__(
        self,
        *,
        board: BoardRef | None = None,
        metadata: Output[MetadataField] | None = None,
        image: ImageRef | Output[ImageField] | None = None,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool = False,
        use_cache: bool = True,
    ) -> None:
        """Make a `zoe_depth_image_processor` node; add it to a Graph to use it.

        Args:
            board: The board to save the image to (value only)
            metadata: Optional metadata to be saved with the image (connection only)
            image: The image to process (required)
            node_id: the node's id in the graph (default: made from its type when added).
            node_label: the node's title in the workflow editor.
            is_intermediate: whether its images are intermediate (kept out of the gallery).
            use_cache: whether the server may reuse a cached result.
        """
        super().__init__(
            None,
            {"board": board, "metadata": metadata, "image": image},
            id=node_id,
            label=node_label,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

    @property
    def image(self) -> Output[ImageField]:
        """Output `image`: The output image"""
        return Output(self, "image")

    @property
    def width(self) -> Output[int]:
        """Output `width`: The width of the image in pixels"""
        return Output(self, "width")

    @property
    def height(self) -> Output[int]:
        """Output `height`: The height of the image in pixels"""
        return Output(self, "height")


# Node type -> class.
NODE_CLASSES: dict[str, type[Node]] = {
    "add": Add,
    "alibabacloud_image_generation": AlibabaCloudImageGeneration,
    "alpha_mask_to_tensor": AlphaMaskToTensor,
    "anima_denoise": AnimaDenoise,
    "anima_denoise_meta": AnimaDenoiseMeta,
    "anima_i2l": AnimaImageToLatents,
    "anima_l2i": AnimaLatentsToImage,
    "anima_lllite": AnimaLLLite,
    "anima_lora_collection_loader": AnimaLoRACollectionLoader,
    "anima_lora_loader": AnimaLoRALoader,
    "anima_model_loader": AnimaModelLoader,
    "anima_text_encoder": AnimaTextEncoder,
    "apply_mask_to_image": ApplyMaskToImage,
    "apply_tensor_mask_to_image": ApplyMaskTensorToImage,
    "blank_image": BlankImage,
    "boolean": Boolean,
    "boolean_collection": BooleanCollection,
    "bounding_box": BoundingBox,
    "calculate_image_tiles": CalculateImageTiles,
    "calculate_image_tiles_even_split": CalculateImageTilesEvenSplit,
    "calculate_image_tiles_min_overlap": CalculateImageTilesMinimumOverlap,
    "call_saved_workflow": CallSavedWorkflow,
    "canny_edge_detection": CannyEdgeDetection,
    "canny_image_processor": CannyImageProcessor,
    "canvas_output": CanvasOutput,
    "canvas_paste_back": CanvasPasteBack,
    "canvas_v2_mask_and_crop": CanvasV2MaskAndCrop,
    "clip_skip": CLIPSkip,
    "cogview4_denoise": CogView4Denoise,
    "cogview4_i2l": CogView4ImageToLatents,
    "cogview4_l2i": CogView4LatentsToImage,
    "cogview4_model_loader": CogView4ModelLoader,
    "cogview4_text_encoder": CogView4TextEncoder,
    "collect": Collect,
    "color": Color,
    "color_correct": ColorCorrect,
    "color_map": ColorMap,
    "color_map_image_processor": ColorMapImageProcessor,
    "compel": Compel,
    "conditioning": Conditioning,
    "conditioning_collection": ConditioningCollection,
    "content_shuffle": ContentShuffle,
    "content_shuffle_image_processor": ContentShuffleImageProcessor,
    "controlnet": ControlNet,
    "core_metadata": CoreMetadata,
    "create_denoise_mask": CreateDenoiseMask,
    "create_gradient_mask": CreateGradientMask,
    "crop_image_to_bounding_box": CropImageToBoundingBox,
    "crop_latents": CropLatentsCore,
    "cv_inpaint": CvInpaint,
    "decode_watermark": DecodeInvisibleWatermark,
    "denoise_latents": DenoiseLatents,
    "denoise_latents_meta": DenoiseLatentsMeta,
    "depth_anything_depth_estimation": DepthAnythingDepthEstimation,
    "depth_anything_image_processor": DepthAnythingImageProcessor,
    "div": Divide,
    "dw_openpose_detection": DWOpenposeDetection,
    "dw_openpose_image_processor": DWOpenposeImageProcessor,
    "dynamic_prompt": DynamicPrompt,
    "ernie_image_denoise": ErnieImageDenoise,
    "ernie_image_model_loader": ErnieImageModelLoader,
    "ernie_image_prompt_enhancer": ErnieImagePromptEnhancer,
    "ernie_image_text_encoder": ErnieImageTextEncoder,
    "ernie_image_vae_decode": ErnieImageVaeDecode,
    "esrgan": ESRGAN,
    "expand_mask_with_fade": ExpandMaskWithFade,
    "extract_video_range": ExtractVideoRange,
    "face_identifier": FaceIdentifier,
    "face_mask_detection": FaceMask,
    "face_off": FaceOff,
    "float": Float,
    "float_batch": FloatBatch,
    "float_collection": FloatCollection,
    "float_generator": FloatGenerator,
    "float_math": FloatMath,
    "float_range": FloatLinearRange,
    "float_to_int": FloatToInteger,
    "flux2_denoise": Flux2Denoise,
    "flux2_dev_lora_collection_loader": Flux2DevLoRACollectionLoader,
    "flux2_dev_lora_loader": Flux2DevLoRALoader,
    "flux2_dev_model_loader": Flux2DevModelLoader,
    "flux2_dev_text_encoder": Flux2DevTextEncoder,
    "flux2_klein_lora_collection_loader": Flux2KleinLoRACollectionLoader,
    "flux2_klein_lora_loader": Flux2KleinLoRALoader,
    "flux2_klein_model_loader": Flux2KleinModelLoader,
    "flux2_klein_text_encoder": Flux2KleinTextEncoder,
    "flux2_pid_decode": Flux2PiDDecode,
    "flux2_vae_decode": Flux2VaeDecode,
    "flux2_vae_encode": Flux2VaeEncode,
    "flux_control_lora_loader": FluxControlLoRALoader,
    "flux_controlnet": FluxControlNet,
    "flux_denoise": FluxDenoise,
    "flux_denoise_meta": FluxDenoiseLatentsMeta,
    "flux_fill": FluxFill,
    "flux_ip_adapter": FluxIPAdapter,
    "flux_kontext": FluxKontext,
    "flux_kontext_image_prep": FluxKontextConcatenateImages,
    "flux_lora_collection_loader": FLUXLoRACollectionLoader,
    "flux_lora_loader": FluxLoRALoader,
    "flux_model_loader": FluxModelLoader,
    "flux_pid_decode": FluxPiDDecode,
    "flux_redux": FluxRedux,
    "flux_text_encoder": FluxTextEncoder,
    "flux_vae_decode": FluxVaeDecode,
    "flux_vae_encode": FluxVaeEncode,
    "freeu": FreeU,
    "gemini_image_generation": GeminiImageGeneration,
    "gemma2_encoder_loader": Gemma2EncoderLoader,
    "get_image_mask_bounding_box": GetMaskBoundingBox,
    "grounding_dino": GroundingDino,
    "hed_edge_detection": HEDEdgeDetection,
    "hed_image_processor": HedImageProcessor,
    "heuristic_resize": HeuristicResize,
    "i2l": ImageToLatents,
    "ideal_size": IdealSize,
    "ideogram4_caption_builder": Ideogram4CaptionBuilder,
    "ideogram4_denoise": Ideogram4Denoise,
    "ideogram4_l2i": Ideogram4LatentsToImage,
    "ideogram4_model_loader": Ideogram4ModelLoader,
    "ideogram4_text_encoder": Ideogram4TextEncoder,
    "if": If,
    "image": Image,
    "image_batch": ImageBatch,
    "image_collection": ImageCollection,
    "image_generator": ImageGenerator,
    "image_mask_to_tensor": ImageMaskToTensor,
    "image_panel_layout": ImagePanelLayout,
    "img_blur": ImageBlur,
    "img_chan": ImageChannel,
    "img_channel_multiply": ImageChannelMultiply,
    "img_channel_offset": ImageChannelOffset,
    "img_conv": ImageConvert,
    "img_crop": ImageCrop,
    "img_hue_adjust": ImageHueAdjustment,
    "img_hue_adjust_oklch": OklchImageHueAdjustment,
    "img_ilerp": ImageInverseLerp,
    "img_lerp": ImageLerp,
    "img_mul": ImageMultiply,
    "img_noise": ImageNoise,
    "img_nsfw": ImageNSFWBlur,
    "img_pad_crop": CenterPadCrop,
    "img_paste": ImagePaste,
    "img_resize": ImageResize,
    "img_scale": ImageScale,
    "img_watermark": ImageWatermark,
    "infill_cv2": CV2Infill,
    "infill_lama": LaMaInfill,
    "infill_patchmatch": InfillPatchMatch,
    "infill_rgba": InfillColor,
    "infill_tile": InfillTile,
    "integer": Integer,
    "integer_batch": IntegerBatch,
    "integer_collection": IntegerCollection,
    "integer_generator": IntegerGenerator,
    "integer_math": IntegerMath,
    "invert_tensor_mask": InvertTensorMask,
    "invokeai_ealightness": InvokeEquivalentAchromaticLightness,
    "invokeai_img_blend": InvokeImageBlend,
    "invokeai_img_composite": InvokeImageCompositor,
    "invokeai_img_dilate_erode": InvokeImageDilateOrErode,
    "invokeai_img_enhance": InvokeImageEnhance,
    "invokeai_img_hue_adjust_plus": InvokeAdjustImageHuePlus,
    "invokeai_img_val_thresholds": InvokeImageValueThresholds,
    "ip_adapter": IPAdapter,
    "iterate": Iterate,
    "krea2_conditioning_rebalance": Krea2ConditioningRebalance,
    "krea2_denoise": Krea2Denoise,
    "krea2_lora_collection_loader": Krea2LoRACollectionLoader,
    "krea2_lora_loader": Krea2LoRALoader,
    "krea2_model_loader": Krea2ModelLoader,
    "krea2_seed_variance": Krea2SeedVariance,
    "krea2_style_reference": Krea2StyleReference,
    "krea2_text_encoder": Krea2TextEncoder,
    "l2i": LatentsToImage,
    "latents": Latents,
    "latents_collection": LatentsCollection,
    "lblend": BlendLatents,
    "leres_image_processor": LeresImageProcessor,
    "lineart_anime_edge_detection": LineartAnimeEdgeDetection,
    "lineart_anime_image_processor": LineartAnimeImageProcessor,
    "lineart_edge_detection": LineartEdgeDetection,
    "lineart_image_processor": LineartImageProcessor,
    "llava_onevision_vllm": LlavaOnevisionVllm,
    "lora_collection_loader": LoRACollectionLoader,
    "lora_loader": LoRALoader,
    "lora_selector": LoRASelector,
    "lresize": ResizeLatents,
    "lscale": ScaleLatents,
    "main_model_loader": MainModelLoader,
    "mask_combine": MaskCombine,
    "mask_edge": MaskEdge,
    "mask_from_id": MaskFromID,
    "mediapipe_face_detection": MediaPipeFaceDetection,
    "mediapipe_face_processor": MediapipeFaceProcessor,
    "merge_metadata": MergeMetadata,
    "merge_tiles_to_image": MergeTilesToImage,
    "metadata": Metadata,
    "metadata_field_extractor": MetadataFieldExtractor,
    "metadata_from_image": MetadataFromImage,
    "metadata_item": MetadataItem,
    "metadata_item_linked": MetadataItemLinked,
    "metadata_to_bool": MetadataToBool,
    "metadata_to_bool_collection": MetadataToBoolCollection,
    "metadata_to_controlnets": MetadataToControlnets,
    "metadata_to_float": MetadataToFloat,
    "metadata_to_float_collection": MetadataToFloatCollection,
    "metadata_to_integer": MetadataToInteger,
    "metadata_to_integer_collection": MetadataToIntegerCollection,
    "metadata_to_ip_adapters": MetadataToIPAdapters,
    "metadata_to_lora_collection": MetadataToLorasCollection,
    "metadata_to_loras": MetadataToLoras,
    "metadata_to_model": MetadataToModel,
    "metadata_to_scheduler": MetadataToScheduler,
    "metadata_to_sdlx_loras": MetadataToSDXLLoras,
    "metadata_to_sdxl_model": MetadataToSDXLModel,
    "metadata_to_string": MetadataToString,
    "metadata_to_string_collection": MetadataToStringCollection,
    "metadata_to_t2i_adapters": MetadataToT2IAdapters,
    "metadata_to_vae": MetadataToVAE,
    "midas_depth_image_processor": MidasDepthImageProcessor,
    "mlsd_detection": MLSDDetection,
    "mlsd_image_processor": MlsdImageProcessor,
    "model_identifier": ModelIdentifier,
    "mul": Multiply,
    "noise": Noise,
    "normal_map": NormalMap,
    "normalbae_image_processor": NormalbaeImageProcessor,
    "openai_image_generation": OpenAIImageGeneration,
    "pair_tile_image": PairTileImage,
    "paste_image_into_bounding_box": PasteImageIntoBoundingBox,
    "pbr_maps": PBRMaps,
    "pid_decoder_loader": PiDDecoderLoader,
    "pid_upscale": PiDUpscale,
    "pidi_edge_detection": PiDiNetEdgeDetection,
    "pidi_image_processor": PidiImageProcessor,
    "prompt_from_file": PromptsFromFile,
    "prompt_template": PromptTemplate,
    "qwen_image_denoise": QwenImageDenoise,
    "qwen_image_i2l": QwenImageImageToLatents,
    "qwen_image_l2i": QwenImageLatentsToImage,
    "qwen_image_lora_collection_loader": QwenImageLoRACollectionLoader,
    "qwen_image_lora_loader": QwenImageLoRALoader,
    "qwen_image_model_loader": QwenImageModelLoader,
    "qwen_image_pid_decode": QwenImagePiDDecode,
    "qwen_image_text_encoder": QwenImageTextEncoder,
    "rand_float": RandomFloat,
    "rand_int": RandomInt,
    "random_range": RandomRange,
    "range": Range,
    "range_of_size": RangeOfSize,
    "rectangle_mask": RectangleMask,
    "round_float": Round,
    "save_image": SaveImage,
    "save_image_to_file": SaveImageToFile,
    "scheduler": Scheduler,
    "sd3_denoise": SD3Denoise,
    "sd3_i2l": SD3ImageToLatents,
    "sd3_l2i": SD3LatentsToImage,
    "sd3_model_loader": Sd3ModelLoader,
    "sd3_pid_decode": SD3PiDDecode,
    "sd3_text_encoder": Sd3TextEncoder,
    "sdxl_compel_prompt": SDXLCompelPrompt,
    "sdxl_lora_collection_loader": SDXLLoRACollectionLoader,
    "sdxl_lora_loader": SDXLLoRALoader,
    "sdxl_model_loader": SDXLModelLoader,
    "sdxl_pid_decode": SDXLPiDDecode,
    "sdxl_refiner_compel_prompt": SDXLRefinerCompelPrompt,
    "sdxl_refiner_model_loader": SDXLRefinerModelLoader,
    "seamless": SeamlessMode,
    "seedream_image_generation": SeedreamImageGeneration,
    "segment_anything": SegmentAnything,
    "segment_anything_processor": SegmentAnythingProcessor,
    "show_image": ShowImage,
    "spandrel_image_to_image": SpandrelImageToImage,
    "spandrel_image_to_image_autoscale": SpandrelImageToImageAutoscale,
    "step_param_easing": StepParamEasing,
    "string": String,
    "string_batch": StringBatch,
    "string_collection": StringCollection,
    "string_generator": StringGenerator,
    "string_join": StringJoin,
    "string_join_three": StringJoinThree,
    "string_replace": StringReplace,
    "string_split": StringSplit,
    "string_split_neg": StringSplitNeg,
    "sub": Subtract,
    "t2i_adapter": T2IAdapter,
    "tensor_mask_to_image": MaskTensorToImage,
    "text_llm": TextLLM,
    "text_llm_with_preset": TextLLMWithPreset,
    "tile_image_processor": TileResamplerProcessor,
    "tile_to_properties": TileToProperties,
    "tiled_multi_diffusion_denoise_latents": TiledMultiDiffusionDenoiseLatents,
    "tomask": MaskFromAlpha,
    "unsharp_mask": UnsharpMask,
    "unsharp_mask_oklab": OklabUnsharpMask,
    "vae_loader": VAELoader,
    "video": Video,
    "video_concat": VideoConcat,
    "video_frame_extract": VideoFrameExtract,
    "wan_denoise": WanDenoise,
    "wan_i2l": WanImageToLatents,
    "wan_i2v_ideal_dimensions": WanI2VIdealDimensions,
    "wan_l2i": WanLatentsToImage,
    "wan_l2v": WanLatentsToVideo,
    "wan_lora_collection_loader": WanLoRACollectionLoader,
    "wan_lora_loader": WanLoRALoader,
    "wan_model_loader": WanModelLoader,
    "wan_ref_image_encoder": WanRefImageEncoder,
    "wan_text_encoder": WanTextEncoder,
    "wan_ti2v_ideal_dimensions": WanTI2VIdealDimensions,
    "wan_video_denoise": WanVideoDenoise,
    "workflow_return": WorkflowReturn,
    "workflow_return_get": WorkflowReturnGet,
    "workflow_return_value": WorkflowReturnValue,
    "z_image_control": ZImageControl,
    "z_image_denoise": ZImageDenoise,
    "z_image_denoise_meta": ZImageDenoiseMeta,
    "z_image_i2l": ZImageImageToLatents,
    "z_image_l2i": ZImageLatentsToImage,
    "z_image_lora_collection_loader": ZImageLoRACollectionLoader,
    "z_image_lora_loader": ZImageLoRALoader,
    "z_image_model_loader": ZImageModelLoader,
    "z_image_pid_decode": ZImagePiDDecode,
    "z_image_seed_variance_enhancer": ZImageSeedVarianceEnhancer,
    "z_image_text_encoder": ZImageTextEncoder,
    "zoe_depth_image_processor": ZoeDepthImageProcessor,
}
