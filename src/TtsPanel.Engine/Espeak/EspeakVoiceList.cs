using System.Runtime.InteropServices;
using TtsPanel.Engine.Abstractions;

namespace TtsPanel.Engine.Espeak;

/// <summary>Turns espeak-ng's native voice list into <see cref="VoiceInfo"/>s, one per language.</summary>
internal static class EspeakVoiceList
{
    /// <summary>MBROLA voices need the separate mbrola program and its databases, which a plain install lacks.</summary>
    private const string MbrolaPrefix = "mb/";

    public static IReadOnlyList<VoiceInfo> Read(string engineName)
    {
        var voices = new Dictionary<string, VoiceInfo>(StringComparer.OrdinalIgnoreCase);
        var list = EspeakNative.ListVoices(IntPtr.Zero);
        for (var index = 0; list != IntPtr.Zero; index++)
        {
            var entry = Marshal.ReadIntPtr(list, index * IntPtr.Size);
            if (entry == IntPtr.Zero)
                break;
            var native = Marshal.PtrToStructure<EspeakNative.Voice>(entry);
            var identifier = Marshal.PtrToStringUTF8(native.Identifier) ?? "";
            var language = FirstLanguage(native.Languages);
            if (identifier.StartsWith(MbrolaPrefix, StringComparison.Ordinal) || language is null)
                continue;
            var name = (Marshal.PtrToStringUTF8(native.Name) ?? language).Replace('_', ' ');
            voices.TryAdd(language, new VoiceInfo(VoiceInfo.QualifiedId(engineName, language), name, engineName, language));
        }

        return voices.Values.OrderBy(v => v.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The languages field is a run of (priority byte, NUL-terminated name) pairs; the first is the main one.</summary>
    private static string? FirstLanguage(IntPtr languages)
    {
        if (languages == IntPtr.Zero || Marshal.ReadByte(languages) == 0)
            return null;
        return Marshal.PtrToStringUTF8(languages + 1);
    }
}
