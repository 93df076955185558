namespace TtsPanel.Engine.Onnx;

/// <summary>A model pack that cannot be used: the message names the file and what is wrong with it.</summary>
public sealed class ModelPackException : Exception
{
    public ModelPackException(string message)
        : base(message)
    {
    }

    public ModelPackException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
