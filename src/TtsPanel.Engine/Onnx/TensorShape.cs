using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace TtsPanel.Engine.Onnx;

/// <summary>Formats tensor shapes for messages, e.g. <c>[2,?,100]</c>.</summary>
public static class TensorShape
{
    public static string Format(IEnumerable<long> dimensions) =>
        "[" + string.Join(",", dimensions.Select(d => d < 0 ? "?" : d.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]";

    /// <summary>Element type and shape of an input value, e.g. <c>float32 [1,60,100]</c>.</summary>
    public static string Describe(object value) => value switch
    {
        Tensor<float> t => $"float32 {Format(t.Dimensions)}",
        Tensor<Float16> t => $"float16 {Format(t.Dimensions)}",
        Tensor<long> t => $"int64 {Format(t.Dimensions)}",
        _ => value.GetType().Name,
    };

    private static string Format(ReadOnlySpan<int> dimensions) => Format(dimensions.ToArray().Select(d => (long)d));
}
