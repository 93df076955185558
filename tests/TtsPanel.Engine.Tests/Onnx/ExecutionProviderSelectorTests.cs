using TtsPanel.Engine.Onnx;

namespace TtsPanel.Engine.Tests.Onnx;

public class ExecutionProviderSelectorTests
{
    [Fact]
    public void Select_CpuPreferred_IsCpuSayingItWasAskedFor()
    {
        var (options, choice) = ExecutionProviderSelector.Select(ExecutionPreference.Cpu);
        using (options)
        {
            Assert.Equal("CPU", choice.Provider);
            Assert.Equal("the CPU was asked for (Engine:F5:ExecutionProvider = Cpu)", choice.Reason);
            Assert.False(choice.IsGpu);
        }
    }

    [Fact]
    public void Select_Auto_IsCudaOnAGpuMachineElseCpuWithTheReason()
    {
        var hasGpu = File.Exists("/dev/nvidiactl");

        var (options, choice) = ExecutionProviderSelector.Select(ExecutionPreference.Auto);
        using (options)
        {
            // CI has no GPU and no CUDA libraries: there CUDA must fail to load and Auto must say why.
            Assert.Equal(hasGpu ? "CUDA" : "CPU", choice.Provider);
            if (!hasGpu)
                Assert.StartsWith("CUDA is not usable: ", choice.Reason);
        }
    }
}
