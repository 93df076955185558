using TtsPanel.App.Queue;
using TtsPanel.App.Storage;
using TtsPanel.App.Tracker;
using TtsPanel.App.Voices;
using TtsPanel.Engine.F5;

namespace TtsPanel.App.Tests;

public class OptionsValidatorTests
{
    [Fact]
    public void QueueOptions_OutOfRange_NameKeyAndValue()
    {
        var result = new QueueOptionsValidator().Validate(null, new QueueOptions { MaxItems = 0, MaxTextLength = 9_999 });

        Assert.Equal(
            ["Queue:MaxItems must be between 1 and 10000 (was 0).", "Queue:MaxTextLength must be between 1 and 5000 (was 9999)."],
            result.Failures);
    }

    [Fact]
    public void QueueOptions_BacklogBudgetZero_NamesKeyAndValue() =>
        Assert.Equal(["Queue:BacklogBudgetSeconds must be between 1 and 86400 (was 0)."],
            new QueueOptionsValidator().Validate(null, new QueueOptions { BacklogBudgetSeconds = 0 }).Failures);

    [Fact]
    public void QueueOptions_Defaults_AreValid() =>
        Assert.True(new QueueOptionsValidator().Validate(null, new QueueOptions()).Succeeded);

    [Fact]
    public void EngineOptions_VoiceWithoutEngine_NamesTheKey()
    {
        var result = new EngineOptionsValidator().Validate(null, new EngineOptions { DefaultVoice = "en-us" });

        Assert.Equal(["Engine:DefaultVoice must look like engine:voice, e.g. espeak-ng:en-us (was 'en-us')."], result.Failures);
    }

    [Fact]
    public void EngineOptions_MissingDataPath_NamesTheKey()
    {
        var options = new EngineOptions { Espeak = { DataPath = "/no/such/folder" } };

        var result = new EngineOptionsValidator().Validate(null, options);

        Assert.Equal(["Engine:Espeak:DataPath must be an existing folder (was '/no/such/folder')."], result.Failures);
    }

    [Fact]
    public void EngineOptions_F5OutOfRange_NamesEachKey()
    {
        var options = new EngineOptions { F5 = { Nfe = 2, Speed = 5, CfgStrength = float.NaN, FirstChunkSeconds = 12 } };

        var result = new EngineOptionsValidator().Validate(null, options);

        Assert.Equal(
        [
            "Engine:F5:Nfe must be between 4 and 64 (was 2).",
            "Engine:F5:CfgStrength must be between 0 and 10 (was NaN).",
            "Engine:F5:Speed must be between 0.3 and 2 (was 5).",
            "Engine:F5:FirstChunkSeconds must be between 0 and 10 (was 12).",
        ], result.Failures);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(257)]
    public void EngineOptions_F5CudaGraphLengthsAndFrameBucketOutOfRange_NameKeyAndValue(int lengths)
    {
        var options = new EngineOptions { F5 = { CudaGraphLengths = lengths, FrameBucket = lengths } };

        var result = new EngineOptionsValidator().Validate(null, options);

        Assert.Equal([$"Engine:F5:CudaGraphLengths must be between 0 and 256 (was {lengths}).",
            $"Engine:F5:FrameBucket must be between 1 and 256 (was {lengths})."], result.Failures);
    }

    [Fact]
    public void EngineOptions_F5VocoderNotAVariant_NamesKeyAndValue()
    {
        var options = new EngineOptions { F5 = { Vocoder = (F5VocoderVariant)7 } };

        var result = new EngineOptionsValidator().Validate(null, options);

        Assert.Equal(["Engine:F5:Vocoder must be GraphIstft or CSharpIstft (was '7')."], result.Failures);
    }

    [Fact]
    public void StorageOptions_FileNameWithSlash_NamesTheKey()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { DatabaseFileName = "a/b.db" });

        Assert.Equal(["Storage:DatabaseFileName must be a plain file name (was 'a/b.db')."], result.Failures);
    }

    [Fact]
    public void TrackerOptions_OutOfRange_NameKeyAndValue()
    {
        var options = new TrackerOptions { RtfTarget = 0, RegressionMargin = -0.5, MaxRecordsAggregated = 10, MaxRepetitions = 0, BenchmarkDirectory = " " };

        var result = new TrackerOptionsValidator().Validate(null, options);

        Assert.Equal(
        [
            "Tracker:RtfTarget must be between 0.001 and 10 (was 0).",
            "Tracker:RegressionMargin must be between 0 and 10 (was -0.5).",
            "Tracker:MaxRecordsAggregated must be between 100 and 1000000 (was 10).",
            "Tracker:MaxRepetitions must be between 1 and 100 (was 0).",
            "Tracker:BenchmarkDirectory must be a folder path (was ' ').",
        ], result.Failures);
    }

    [Fact]
    public void TrackerOptions_Defaults_AreValid() =>
        Assert.True(new TrackerOptionsValidator().Validate(null, new TrackerOptions()).Succeeded);
}
