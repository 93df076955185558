namespace TtsPanel.App.Tracker;

/// <summary>Why a rating was not stored; nothing stored before is touched.</summary>
/// <param name="Kind">Bad input or an unknown record.</param>
/// <param name="Field">The field at fault: <c>score</c>, <c>note</c> or <c>recordId</c>.</param>
/// <param name="Message">A sentence for the listener, shown in the UI and returned by the API word for word.</param>
public sealed record RatingError(RatingErrorKind Kind, string Field, string Message);

public enum RatingErrorKind
{
    /// <summary>The score or the note is out of bounds.</summary>
    Invalid,

    /// <summary>No synthesis record has the id given.</summary>
    UnknownRecord,
}
