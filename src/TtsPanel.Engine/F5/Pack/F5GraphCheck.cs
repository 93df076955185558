using Microsoft.ML.OnnxRuntime;
using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.F5.Pack;

/// <summary>Compares a loaded graph's real inputs or outputs with what the engine expects.</summary>
internal static class F5GraphCheck
{
    public static void Compare(string file, string kind, IReadOnlyDictionary<string, NodeMetadata> actual, ExpectedTensor[] expected)
    {
        var actualNames = actual.Keys.ToList();
        var expectedNames = expected.Select(e => e.Name).ToList();
        if (!actualNames.Order().SequenceEqual(expectedNames.Order()))
            throw new ModelPackException($"{file}: {kind}s are [{string.Join(", ", actualNames)}], expected [{string.Join(", ", expectedNames)}].");
        foreach (var tensor in expected)
        {
            var metadata = actual[tensor.Name];
            var shape = metadata.Dimensions.Select(d => (long)d).ToArray();
            if (metadata.ElementType != tensor.ElementType || !ShapeMatches(shape, tensor.Shape))
            {
                throw new ModelPackException(
                    $"{file}: {kind} '{tensor.Name}' is {TypeName(metadata.ElementType)} {TensorShape.Format(shape)}, " +
                    $"expected {TypeName(tensor.ElementType)} {TensorShape.Format(tensor.Shape)}.");
            }
        }
    }

    private static bool ShapeMatches(long[] actual, long[] expected) =>
        actual.Length == expected.Length && actual.Zip(expected).All(pair => pair.Second < 0 || pair.First == pair.Second);

    private static string TypeName(Type type) =>
        type == typeof(float) ? "float32" : type == typeof(long) ? "int64" : type == typeof(Float16) ? "float16" : type.Name;
}
