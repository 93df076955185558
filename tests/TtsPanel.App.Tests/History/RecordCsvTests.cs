using System.Globalization;
using TtsPanel.App.History;

namespace TtsPanel.App.Tests.History;

public sealed class RecordCsvTests
{
    private static SynthesisRecord Full() => new()
    {
        Id = Guid.NewGuid(),
        CreatedAt = new DateTime(2026, 11, 24, 12, 30, 15, 123, DateTimeKind.Utc).AddTicks(4567),
        QueueItemId = Guid.NewGuid(),
        RunId = Guid.NewGuid(),
        Text = "He said \"hi, there\"\nthen left; ünïcode 🎉",
        TextCharacters = 41,
        TextBytes = 48,
        VoiceId = "f5-tts:mother-nature",
        Engine = "f5-tts",
        ConfigurationId = "0123456789ab",
        ModelId = "F5TTS_v1_Base",
        Provider = "CUDA",
        Device = "CUDA device 0",
        Precision = "fp16",
        Nfe = 7,
        CfgStrength = 2,
        SwayCoefficient = -1,
        Speed = 1,
        ChunkCount = 2,
        AudioSeconds = 3.1415926535897931,
        SynthesisMs = 0.1 + 0.2,
        TimeToFirstAudioMs = 123.456,
        QueueWaitMs = 1e-7,
        Rtf = 1.0 / 3,
        AppVersion = "1.0.0+abc,def",
        StageMs = new() { ["text"] = 0.25, ["nfe"] = 310.125, ["vocoder"] = 42 },
    };

    private static List<SynthesisRecord> RoundTrip(params SynthesisRecord[] records)
    {
        var writer = new StringWriter();
        RecordCsv.Write(records, writer);
        return RecordCsv.Read(new StringReader(writer.ToString()));
    }

    [Fact]
    public void WriteThenRead_EveryField_ComesBackExactly()
    {
        var original = Full();

        var copy = Assert.Single(RoundTrip(original));

        Assert.Equivalent(original, copy, strict: true);
        Assert.Equal(original.CreatedAt, copy.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, copy.CreatedAt.Kind);
    }

    [Fact]
    public void WriteThenRead_EspeakRecordWithoutF5Settings_KeepsThemNull()
    {
        var original = new SynthesisRecord { Id = Guid.NewGuid(), CreatedAt = DateTime.UnixEpoch, Text = "plain", StageMs = [] };

        var copy = Assert.Single(RoundTrip(original));

        Assert.Equal((null, null, null, null), (copy.Nfe, copy.CfgStrength, copy.SwayCoefficient, copy.RunId));
        Assert.Empty(copy.StageMs);
    }

    [Fact]
    public void Write_UnderACommaDecimalCulture_UsesPointsAndQuotesTheText()
    {
        var culture = CultureInfo.CurrentCulture;
        var writer = new StringWriter();
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            RecordCsv.Write([Full()], writer);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        var text = writer.ToString();
        Assert.StartsWith("id,createdAt,queueItemId,runId,text,", text);
        Assert.Contains("\"He said \"\"hi, there\"\"\nthen left; ünïcode 🎉\"", text);
        Assert.Contains(",3.141592653589793,", text);
    }

    [Fact]
    public void Read_WrongFieldCount_NamesTheRow()
    {
        var writer = new StringWriter();
        RecordCsv.Write([], writer);
        writer.Write("a,b\r\n");

        var error = Assert.Throws<FormatException>(() => RecordCsv.Read(new StringReader(writer.ToString())));

        Assert.Equal("Row 2 has 2 fields; expected 26.", error.Message);
    }
}
