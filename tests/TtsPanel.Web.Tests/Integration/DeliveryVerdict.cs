namespace TtsPanel.Web.Tests.Integration;

/// <summary>What the crash test found wrong, each entry a sentence; empty lists mean every promise held.</summary>
/// <param name="Acknowledged">Messages the webhook acknowledged (202, or 200 for a repeat).</param>
/// <param name="Spoken">Acknowledged messages an overlay played to the end and reported.</param>
/// <param name="Lost">Acknowledged messages neither played nor finished in the database.</param>
/// <param name="Twice">Messages played again after their end was reported, or queued twice under one key.</param>
/// <param name="OutOfOrder">Messages first played before an earlier message of their lane.</param>
public sealed record DeliveryVerdict(int Acknowledged, int Spoken, IReadOnlyList<string> Lost, IReadOnlyList<string> Twice,
    IReadOnlyList<string> OutOfOrder)
{
    public override string ToString() =>
        $"{Acknowledged} acknowledged, {Spoken} spoken; lost {Lost.Count}, twice {Twice.Count}, out of order {OutOfOrder.Count}\n"
        + string.Join('\n', Lost.Concat(Twice).Concat(OutOfOrder).Take(20));
}
