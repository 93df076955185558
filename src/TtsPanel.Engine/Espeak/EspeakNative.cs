using System.Reflection;
using System.Runtime.InteropServices;

namespace TtsPanel.Engine.Espeak;

/// <summary>The slice of espeak-ng's C API (speak_lib.h) this engine calls. The library keeps global state: callers serialize.</summary>
internal static partial class EspeakNative
{
    private const string LibraryName = "espeak-ng";

    /// <summary>espeak_AUDIO_OUTPUT: samples are handed to the callback and espeak_Synth returns when done.</summary>
    public const int AudioOutputSynchronous = 2;

    /// <summary>Initialise option: report errors instead of calling exit() when the data folder is missing.</summary>
    public const int InitializeDontExit = 0x8000;

    public const int CharsUtf8 = 1;
    public const int PositionCharacter = 1;
    public const int ParameterRate = 1;
    public const int ErrorOk = 0;

    [StructLayout(LayoutKind.Sequential)]
    public struct Voice
    {
        public IntPtr Name;
        public IntPtr Languages;
        public IntPtr Identifier;
        public byte Gender;
        public byte Age;
        public byte Variant;
        public byte Reserved;
        public int Score;
        public IntPtr Spare;
    }

    static EspeakNative() => NativeLibrary.SetDllImportResolver(typeof(EspeakNative).Assembly, Resolve);

    /// <summary>The file names tried for the library on this OS, in order.</summary>
    public static IReadOnlyList<string> CandidateFileNames =>
        OperatingSystem.IsWindows() ? ["libespeak-ng.dll", "espeak-ng.dll"]
        : OperatingSystem.IsMacOS() ? ["libespeak-ng.1.dylib", "libespeak-ng.dylib"]
        : ["libespeak-ng.so.1", "libespeak-ng.so"];

    [LibraryImport(LibraryName, EntryPoint = "espeak_Initialize", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Initialize(int output, int bufferLengthMs, string? path, int options);

    [LibraryImport(LibraryName, EntryPoint = "espeak_SetSynthCallback")]
    public static unsafe partial void SetSynthCallback(delegate* unmanaged[Cdecl]<short*, int, IntPtr, int> callback);

    [LibraryImport(LibraryName, EntryPoint = "espeak_ListVoices")]
    public static partial IntPtr ListVoices(IntPtr voiceSpec);

    [LibraryImport(LibraryName, EntryPoint = "espeak_SetVoiceByName", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SetVoiceByName(string name);

    [LibraryImport(LibraryName, EntryPoint = "espeak_SetParameter")]
    public static partial int SetParameter(int parameter, int value, int relative);

    [LibraryImport(LibraryName, EntryPoint = "espeak_Synth")]
    public static unsafe partial int Synth(byte* text, nuint size, uint position, int positionType, uint endPosition,
        uint flags, IntPtr uniqueIdentifier, IntPtr userData);

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != LibraryName)
            return IntPtr.Zero;
        foreach (var candidate in CandidateFileNames)
        {
            if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle))
                return handle;
        }

        return IntPtr.Zero;
    }
}
