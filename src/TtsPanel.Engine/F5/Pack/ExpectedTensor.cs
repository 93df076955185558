namespace TtsPanel.Engine.F5.Pack;

/// <summary>What the engine needs a graph input or output to be: element type and shape, -1 for a free size.</summary>
public sealed record ExpectedTensor(string Name, Type ElementType, long[] Shape);
