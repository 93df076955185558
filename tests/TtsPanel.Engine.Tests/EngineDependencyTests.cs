using TtsPanel.Engine.Abstractions;

namespace TtsPanel.Engine.Tests;

public class EngineDependencyTests
{
    [Fact]
    public void EngineAssembly_ReferencesNoWebStorageOrChatCode()
    {
        var references = typeof(ITtsEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name =>
            name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || name.StartsWith("LiteDB", StringComparison.Ordinal)
            || name.StartsWith("TtsPanel.App", StringComparison.Ordinal)
            || name.StartsWith("TtsPanel.Web", StringComparison.Ordinal));
    }
}
