using System.Text.Json;
using System.Text.Json.Serialization;

namespace TtsPanel.Engine.F5.Pack;

/// <summary>A model pack's <c>manifest.json</c>, written by <c>tools/export</c>: audio constants, vocabulary and graph files.</summary>
public sealed record F5PackManifest(
    [property: JsonPropertyName("format_version")] int FormatVersion,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("sample_rate")] int SampleRate,
    [property: JsonPropertyName("hop_length")] int HopLength,
    [property: JsonPropertyName("n_fft")] int FftSize,
    [property: JsonPropertyName("mel_channels")] int MelChannels,
    [property: JsonPropertyName("max_frames")] int MaxFrames,
    [property: JsonPropertyName("mel")] F5MelSettings? Mel,
    [property: JsonPropertyName("dit")] F5DitShape Dit,
    [property: JsonPropertyName("vocab")] IReadOnlyList<string> Vocabulary,
    [property: JsonPropertyName("graphs")] IReadOnlyList<F5GraphEntry> Graphs);

/// <summary>The mel front-end's settings the engine reads: the filterbank file torchaudio built, (bins, mels).</summary>
public sealed record F5MelSettings(
    [property: JsonPropertyName("filterbank")] string? Filterbank);

/// <summary>The DiT sizes the graphs' shapes depend on.</summary>
public sealed record F5DitShape(
    [property: JsonPropertyName("dim")] int Dim,
    [property: JsonPropertyName("dim_head")] int DimHead);

/// <summary>One graph file of the pack and its declared inputs and outputs.</summary>
public sealed record F5GraphEntry(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("precision")] string Precision,
    [property: JsonPropertyName("inputs")] IReadOnlyList<F5TensorEntry> Inputs,
    [property: JsonPropertyName("outputs")] IReadOnlyList<F5TensorEntry> Outputs);

/// <summary>A tensor's name, element type and shape; a shape entry is a size or a symbolic name such as "N".</summary>
public sealed record F5TensorEntry(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("dtype")] string DataType,
    [property: JsonPropertyName("shape")] IReadOnlyList<JsonElement> Shape);
