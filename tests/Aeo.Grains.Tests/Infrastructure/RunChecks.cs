namespace Aeo.Grains.Tests.Infrastructure;

/// <summary>What the cluster tests check of a run in the tables: every work item stored once, the row's status, the watchdog gone.</summary>
internal static class RunChecks
{
    public static async Task AssertEveryItemStoredOnceAsync(AeoTestCluster aeo, Guid runId, string[] platforms, int samples, int questions)
    {
        Assert.Equal(questions, await aeo.QueryAsync<long>("select count(*) from questions where audit_run_id = @runId", new { runId }));
        Assert.Equal(questions, await aeo.QueryAsync<long>("select count(distinct ordinal) from questions where audit_run_id = @runId", new { runId }));
        Assert.Equal(questions * platforms.Length * samples,
            await aeo.QueryAsync<long>("select count(*) from responses where audit_run_id = @runId", new { runId }));
        Assert.Equal(0, await aeo.QueryAsync<long>(
            """
            select count(*) from (
              select question_id, platform, sample from responses where audit_run_id = @runId
              group by question_id, platform, sample having count(*) <> 1) d
            """, new { runId }));
        // No gaps: every (question, platform, sample) the run should have asked has its answer.
        Assert.Equal(0, await aeo.QueryAsync<long>(
            """
            select count(*)
            from questions q cross join unnest(@platforms) as p(platform) cross join generate_series(1, @samples) as s(sample)
            where q.audit_run_id = @runId
              and not exists (select 1 from responses r where r.audit_run_id = q.audit_run_id and r.question_id = q.id
                                                         and r.platform = p.platform and r.sample = s.sample)
            """, new { runId, platforms, samples }));
        // And nothing outside that set.
        Assert.Equal(0, await aeo.QueryAsync<long>(
            "select count(*) from responses where audit_run_id = @runId and (sample < 1 or sample > @samples or not (platform = any(@platforms)))",
            new { runId, platforms, samples }));
    }

    /// <summary>
    /// For a run whose samples vary by (question, platform): every pair was asked at least once and at most
    /// <paramref name="maxSamples"/> times, its samples are 1..k without a gap, and each is stored once.
    /// </summary>
    public static async Task AssertEveryPlannedItemStoredOnceAsync(AeoTestCluster aeo, Guid runId, string[] platforms, int maxSamples)
    {
        Assert.Equal(0, await aeo.QueryAsync<long>(
            """
            select count(*) from (
              select question_id, platform, sample from responses where audit_run_id = @runId
              group by question_id, platform, sample having count(*) <> 1) d
            """, new { runId }));
        Assert.Equal(0, await aeo.QueryAsync<long>(
            """
            select count(*)
            from questions q cross join unnest(@platforms) as p(platform)
            left join lateral (select count(*) as samples, coalesce(max(r.sample), 0) as highest from responses r
                               where r.audit_run_id = q.audit_run_id and r.question_id = q.id and r.platform = p.platform) s on true
            where q.audit_run_id = @runId and (s.samples = 0 or s.samples <> s.highest or s.highest > @maxSamples)
            """, new { runId, platforms, maxSamples }));
        Assert.Equal(0, await aeo.QueryAsync<long>(
            "select count(*) from responses where audit_run_id = @runId and (sample < 1 or not (platform = any(@platforms)))",
            new { runId, platforms }));
    }

    /// <summary>
    /// The audit_runs row's status once it is terminal: the grain shows its final state a moment before the coalesced
    /// write lands, so this waits (briefly) for the row to catch up.
    /// </summary>
    public static async Task<string> StoredStatusAsync(AeoTestCluster aeo, Guid runId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        string status;
        while (!RunStatusNames.TryParseStatus(status = await aeo.QueryAsync<string>("select status from audit_runs where id = @runId", new { runId }), out var parsed)
               || !parsed.IsTerminal())
        {
            if (DateTime.UtcNow > deadline)
            {
                break;
            }
            await Task.Delay(100);
        }
        return status;
    }

    public static async Task ReminderGoneAsync(AeoTestCluster aeo)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        long count;
        while ((count = await aeo.QueryAsync<long>("select count(*) from orleansreminderstable where remindername = 'watchdog'")) > 0
               && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        Assert.Equal(0, count);
    }
}
