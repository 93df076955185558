namespace TtsPanel.Engine.Audio;

/// <summary>
/// <see cref="CrossFade.Join"/> for audio that arrives piece by piece: each push returns what can already be played
/// and holds back the tail the next piece will fade into. Pushing every piece and then flushing yields exactly
/// what joining them at once would.
/// </summary>
public sealed class StreamingCrossFade(int fadeSamples)
{
    private float[] _tail = [];

    /// <summary>Adds the next piece; returns the samples that are final.</summary>
    public float[] Push(float[] piece)
    {
        // The held tail is min(fade, everything so far), so the overlap the one-shot join would use fits inside it.
        var overlap = Math.Min(Math.Max(fadeSamples, 0), Math.Min(_tail.Length, piece.Length));
        var joined = overlap > 0 ? CrossFade.Join([_tail, piece], overlap) : [.. _tail, .. piece];
        var keep = Math.Min(Math.Max(fadeSamples, 0), joined.Length);
        _tail = joined[^keep..];
        return joined[..^keep];
    }

    /// <summary>Returns the held tail once no piece follows.</summary>
    public float[] Flush()
    {
        var tail = _tail;
        _tail = [];
        return tail;
    }
}
