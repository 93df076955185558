using System.ComponentModel;
using System.Diagnostics;

namespace TtsPanel.Bench;

/// <summary>The GPU's name and driver version, asked of nvidia-smi: ORT's C# API does not report the device it runs on.</summary>
public static class GpuName
{
    /// <summary>For example <c>NVIDIA H100 80GB HBM3, driver 580.82.07</c>, or a note saying why it is unknown.</summary>
    public static string Query(int deviceId = 0)
    {
        var start = new ProcessStartInfo("nvidia-smi", ["--query-gpu=name,driver_version", "--format=csv,noheader", "-i", deviceId.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start);
            if (process is null)
                return "unknown (nvidia-smi did not start)";
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            var parts = output.Split(',', StringSplitOptions.TrimEntries);
            return process.ExitCode == 0 && parts.Length == 2 ? $"{parts[0]}, driver {parts[1]}" : $"unknown (nvidia-smi exited with {process.ExitCode})";
        }
        catch (Win32Exception)
        {
            return "unknown (no nvidia-smi on the PATH)";
        }
    }
}
