using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TtsPanel.Engine.F5.Reference;

/// <summary>
/// Prepared references keyed by the SHA-256 of the clip's bytes, the transcript and the target RMS, so each voice is
/// prepared once and a hit returns the same samples, mel and measured RMS as a miss.
/// </summary>
public sealed class ReferenceCache(ReferencePreparer preparer)
{
    private readonly ConcurrentDictionary<string, Lazy<PreparedReference>> _entries = new();

    public int Count => _entries.Count;

    public PreparedReference GetOrPrepare(byte[] wav, string transcript, double targetRms)
    {
        var key = Key(wav, transcript, targetRms);
        var entry = _entries.GetOrAdd(key, _ => new Lazy<PreparedReference>(() => preparer.Prepare(wav, transcript, targetRms)));
        try
        {
            return entry.Value;
        }
        catch (ReferenceAudioException)
        {
            // A clip that cannot be used is not cached: the streamer may fix the file under the same voice.
            _entries.TryRemove(key, out _);
            throw;
        }
    }

    private static string Key(byte[] wav, string transcript, double targetRms)
    {
        var clip = Convert.ToHexString(SHA256.HashData(wav));
        var text = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(transcript)));
        return $"{clip}:{text}:{targetRms.ToString("R", CultureInfo.InvariantCulture)}";
    }
}
