namespace TtsPanel.Engine.F5.Reference;

/// <summary>pydub's silence functions (<c>pydub/silence.py</c>) on a <see cref="PydubSegment"/>, in milliseconds.</summary>
internal static class PydubSilence
{
    /// <summary>
    /// Silent ranges [start, end) in ms: windows of <paramref name="minSilenceMs"/> every <paramref name="seekStepMs"/>
    /// (the last possible window always included) whose RMS is at most the threshold, merged where they touch or overlap.
    /// </summary>
    public static List<(int Start, int End)> DetectSilence(PydubSegment segment, int minSilenceMs, double thresholdDbfs, int seekStepMs)
    {
        var ranges = new List<(int Start, int End)>();
        var length = segment.LengthMs;
        if (length < minSilenceMs)
            return ranges;
        var threshold = Math.Pow(10, thresholdDbfs / 20) * segment.FullScale;
        var lastStart = length - minSilenceMs;

        var silentStarts = new List<int>();
        for (var start = 0; start <= lastStart; start += seekStepMs)
            AddIfSilent(start);
        if (lastStart % seekStepMs != 0)
            AddIfSilent(lastStart);
        if (silentStarts.Count == 0)
            return ranges;

        var rangeStart = silentStarts[0];
        var previous = rangeStart;
        foreach (var start in silentStarts.Skip(1))
        {
            var continuous = start == previous + seekStepMs;
            var gap = start > previous + minSilenceMs;
            if (!continuous && gap)
            {
                ranges.Add((rangeStart, previous + minSilenceMs));
                rangeStart = start;
            }

            previous = start;
        }

        ranges.Add((rangeStart, previous + minSilenceMs));
        return ranges;

        void AddIfSilent(int start)
        {
            if (segment.Rms(start, start + minSilenceMs) <= threshold)
                silentStarts.Add(start);
        }
    }

    /// <summary>The complement of <see cref="DetectSilence"/> within the segment.</summary>
    public static List<(int Start, int End)> DetectNonsilent(PydubSegment segment, int minSilenceMs, double thresholdDbfs, int seekStepMs)
    {
        var silent = DetectSilence(segment, minSilenceMs, thresholdDbfs, seekStepMs);
        var length = segment.LengthMs;
        if (silent.Count == 0)
            return [(0, length)];
        if (silent[0].Start == 0 && silent[0].End == length)
            return [];

        var ranges = new List<(int Start, int End)>();
        var previousEnd = 0;
        foreach (var (start, end) in silent)
        {
            ranges.Add((previousEnd, start));
            previousEnd = end;
        }

        if (previousEnd != length)
            ranges.Add((previousEnd, length));
        if (ranges[0] == (0, 0))
            ranges.RemoveAt(0);
        return ranges;
    }

    /// <summary>
    /// The non-silent pieces, each widened by <paramref name="keepSilenceMs"/> on both sides; where widened
    /// neighbours overlap, both meet at the midpoint (floor division).
    /// </summary>
    public static List<PydubSegment> SplitOnSilence(PydubSegment segment, int minSilenceMs, double thresholdDbfs,
        int keepSilenceMs, int seekStepMs)
    {
        var ranges = DetectNonsilent(segment, minSilenceMs, thresholdDbfs, seekStepMs)
            .Select(r => (Start: r.Start - keepSilenceMs, End: r.End + keepSilenceMs))
            .ToArray();
        for (var i = 0; i + 1 < ranges.Length; i++)
        {
            if (ranges[i + 1].Start < ranges[i].End)
            {
                var middle = (int)Math.Floor((ranges[i].End + ranges[i + 1].Start) / 2.0);
                ranges[i].End = middle;
                ranges[i + 1].Start = middle;
            }
        }

        var length = segment.LengthMs;
        return ranges.Select(r => segment.Slice(Math.Max(r.Start, 0), Math.Min(r.End, length))).ToList();
    }

    /// <summary>Milliseconds of leading silence: whole chunks whose dBFS is below the threshold.</summary>
    public static int DetectLeadingSilence(PydubSegment segment, double thresholdDbfs, int chunkMs = 10)
    {
        var trimmed = 0;
        var length = segment.LengthMs;
        while (segment.DbFs(trimmed, trimmed + chunkMs) < thresholdDbfs && trimmed < length)
            trimmed += chunkMs;
        return trimmed;
    }
}
