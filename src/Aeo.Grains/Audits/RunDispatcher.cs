namespace Aeo.Grains.Audits;

/// <summary>
/// Hands a run's questions to their question grains and tells them to stop; notices the silos that died since it last
/// looked, whose question grains took their work with them. Meant for one run activation.
/// </summary>
internal sealed class RunDispatcher(
    IGrainFactory grains, IClusterMembershipService membership, Guid runId, Func<string?> runTraceContext, ILogger logger)
{
    private readonly HashSet<SiloAddress> deadSilos = [];

    /// <summary>Hands out waiting questions for as long as the in-flight cap allows.</summary>
    public void HandOut(RunLedger ledger, AuditSpec spec, int maxInFlight, DateTimeOffset now)
    {
        while (ledger.TryStartNext(maxInFlight, now, out var ordinal))
        {
            Send(ledger, spec, ordinal);
        }
    }

    /// <summary>Sends a question's unsettled items to its grain without waiting; questions ignore items they already hold.</summary>
    public void Send(RunLedger ledger, AuditSpec spec, int ordinal)
    {
        var question = ledger.Question(ordinal);
        var work = new QuestionWork(
            runId, question.Id, ordinal, question.Text, ledger.UnsettledItems(ordinal), spec.TrackedBrands.ToArray(), spec.Brand.Name)
        {
            WebSearch = spec.WebSearch,
            ClientId = spec.ClientId,
            TraceContext = runTraceContext(),
        };
        SendAsync(ordinal, work).Ignore();
    }

    /// <summary>Stops handing out questions and tells those in flight to stop.</summary>
    public void Stop(RunLedger ledger)
    {
        ledger.StopDispatch();
        foreach (var ordinal in ledger.InFlightQuestions)
        {
            Question(ordinal).CancelAsync().Ignore();
        }
    }

    public bool SiloDiedSinceLastLook()
    {
        var died = false;
        foreach (var member in membership.CurrentSnapshot.Members.Values.Where(m => m.Status == SiloStatus.Dead))
        {
            died |= deadSilos.Add(member.SiloAddress);
        }
        return died;
    }

    private async Task SendAsync(int ordinal, QuestionWork work)
    {
        try
        {
            await Question(ordinal).ExecuteAsync(work);
        }
        catch (Exception ex)
        {
            // Supervision hands the question out again once it counts as stalled.
            logger.LogWarning(ex, "Run {Run} could not hand out question {Ordinal}", runId, ordinal);
        }
    }

    private IQuestionGrain Question(int ordinal) => grains.GetGrain<IQuestionGrain>(GrainKeys.Question(runId, ordinal));
}
