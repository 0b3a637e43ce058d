using Aeo.Analysis.Discovery;
using Aeo.Analysis.Figures;
using Aeo.Analysis.Questions;
using Aeo.Storage.Webhooks;

namespace Aeo.Storage.Discovery;

/// <summary>The run_discoveries and discovered_brands tables, and the answers a run's discovery reads.</summary>
public sealed class DiscoveredBrandRepository(AeoDatabase db)
{
    /// <summary>A run's non-branded answers in their stable order (question, platform, sample), with the domains they cited.</summary>
    public async Task<IReadOnlyList<DiscoveryAnswer>> AnswersAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<AnswerRow>(new CommandDefinition(
            """
            select r.platform, r.response_text as text, r.created_at as answeredat,
                   array_to_string(array(select distinct c->>'registrableDomain' from jsonb_array_elements(r.citations) c
                                         where c->>'kind' <> 'retrieved' and c->>'registrableDomain' is not null order by 1), E'\n') as cited
            from responses r join questions q on q.id = r.question_id
            where r.audit_run_id = @runId and q.question_type = @nonBranded
            order by q.ordinal, r.platform, r.sample
            """,
            new { runId, nonBranded = QuestionTypes.NonBranded },
            cancellationToken: ct));
        return rows.Select(r => new DiscoveryAnswer(r.Platform, false, r.Text, Lines(r.Cited), Utc.Of(r.AnsweredAt))).ToList();
    }

    /// <summary>
    /// Replaces a run's stored discovery in one transaction, flagging the brands whose share reaches
    /// <paramref name="alertShare"/> here and in none of the client's runs started before this one. With
    /// <paramref name="announce"/>, each of those brands' <c>competitor.discovered</c> event goes into the webhook outbox
    /// in the same transaction.
    /// </summary>
    /// <returns>The newly crossed brands.</returns>
    public async Task<IReadOnlyList<DiscoveredBrand>> SaveAsync(
        Guid runId, Guid clientId, DiscoveryResult result, double alertShare, bool announce, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var earlier = await connection.QueryAsync<string>(new CommandDefinition(
            """
            select distinct d.brand_key
            from discovered_brands d join audit_runs r on r.id = d.run_id
            where r.client_id = @clientId and r.id <> @runId and d.share >= @alertShare
              and r.created_at < (select created_at from audit_runs where id = @runId)
            """,
            new { clientId, runId, alertShare },
            transaction,
            cancellationToken: ct));
        var crossed = DiscoveryMerge.NewlyCrossed(result.Brands, earlier.ToHashSet(StringComparer.Ordinal), alertShare);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into run_discoveries (run_id, non_branded_answers, alert_share) values (@runId, @nonBranded, @alertShare)
            on conflict (run_id) do update set non_branded_answers = excluded.non_branded_answers, alert_share = excluded.alert_share,
                                               stored_at = now();
            delete from discovered_brands where run_id = @runId;
            """,
            new { runId, nonBranded = result.NonBrandedAnswers, alertShare },
            transaction,
            cancellationToken: ct));
        var brands = result.Brands;
        await connection.ExecuteAsync(new CommandDefinition(
            """
            insert into discovered_brands (run_id, brand_key, name, variants, domains, answers, named_answers, cited_answers, share, lower,
                                           upper, platforms, first_seen_at, samples, newly_crossed)
            select @runId, b.key, b.name, b.variants::jsonb, string_to_array(b.domains, E'\n'), b.answers, b.named, b.cited, b.share,
                   b.lower, b.upper, string_to_array(b.platforms, E'\n'), b.first_seen, b.samples::jsonb, b.crossed
            from unnest(@keys, @names, @variants, @domains, @answers, @named, @cited, @shares::double precision[],
                        @lowers::double precision[], @uppers::double precision[], @platforms, @firstSeen::timestamptz[], @samples, @crossed)
                 as b(key, name, variants, domains, answers, named, cited, share, lower, upper, platforms, first_seen, samples, crossed)
            """,
            new
            {
                runId,
                keys = brands.Select(b => b.Key).ToArray(),
                names = brands.Select(b => b.Name).ToArray(),
                variants = brands.Select(b => StorageJson.Write(b.Variants)).ToArray(),
                domains = brands.Select(b => string.Join('\n', b.Domains)).ToArray(),
                answers = brands.Select(b => b.Answers).ToArray(),
                named = brands.Select(b => b.NamedAnswers).ToArray(),
                cited = brands.Select(b => b.CitedAnswers).ToArray(),
                shares = brands.Select(b => b.Share).ToArray(),
                lowers = brands.Select(b => b.Interval.Lower).ToArray(),
                uppers = brands.Select(b => b.Interval.Upper).ToArray(),
                platforms = brands.Select(b => string.Join('\n', b.Platforms)).ToArray(),
                firstSeen = brands.Select(b => b.FirstSeen.At.UtcDateTime).ToArray(),
                samples = brands.Select(b => StorageJson.Write(b.Samples)).ToArray(),
                crossed = brands.Select(b => crossed.Contains(b.Key)).ToArray(),
            },
            transaction,
            cancellationToken: ct));
        var newlyCrossed = brands.Where(b => crossed.Contains(b.Key)).ToList();
        if (announce)
        {
            var at = DateTimeOffset.UtcNow;
            foreach (var brand in newlyCrossed)
            {
                await WebhookOutbox.EnqueueAsync(connection, transaction, DiscoveryEvents.For(runId, clientId, brand, alertShare, at), ct);
            }
        }
        await transaction.CommitAsync(ct);
        return newlyCrossed;
    }

    /// <summary>A client's ended runs whose discovery is not stored yet (cancelled runs, runs that ended before it was stored).</summary>
    public async Task<IReadOnlyList<Guid>> EndedWithoutDiscoveryAsync(Guid clientId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var ids = await connection.QueryAsync<Guid>(new CommandDefinition(
            """
            select r.id from audit_runs r
            where r.client_id = @clientId and r.status = any(@ended)
              and not exists (select 1 from run_discoveries d where d.run_id = r.id)
            order by r.created_at, r.id
            """,
            new { clientId, ended = RunColumns.Ended },
            cancellationToken: ct));
        return ids.ToList();
    }

    /// <summary>Whether a run's discovery is stored.</summary>
    public async Task<bool> IsStoredAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from run_discoveries where run_id = @runId)", new { runId }, cancellationToken: ct));
    }

    /// <summary>One run's stored discovery, or null while it is not stored.</summary>
    public async Task<StoredRunDiscovery?> ForRunAsync(Guid runId, CancellationToken ct) =>
        (await ReadAsync("r.id = @runId", new { runId }, ct)).SingleOrDefault();

    /// <summary>The stored discoveries of a client's <paramref name="runs"/> most recently ended runs, oldest first.</summary>
    public async Task<IReadOnlyList<StoredRunDiscovery>> RecentAsync(Guid clientId, int runs, CancellationToken ct) =>
        await ReadAsync(
            """
            r.id in (select r2.id from audit_runs r2 join run_discoveries d2 on d2.run_id = r2.id
                     where r2.client_id = @clientId and r2.status = any(@ended)
                     order by coalesce(r2.completed_at, r2.created_at) desc, r2.id desc limit @runs)
            """,
            new { clientId, runs, ended = RunColumns.Ended },
            ct);

    private async Task<IReadOnlyList<StoredRunDiscovery>> ReadAsync(string filter, object args, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var rows = await connection.QueryAsync<BrandRow>(new CommandDefinition(
            $"""
            select r.id as runid, coalesce(r.completed_at, r.created_at) as endedat, d.non_branded_answers as nonbranded,
                   b.brand_key as key, b.name, b.variants::text as variantsjson, array_to_string(b.domains, E'\n') as domains, b.answers, b.named_answers as namedanswers,
                   b.cited_answers as citedanswers, b.share, b.lower, b.upper, array_to_string(b.platforms, E'\n') as platforms, b.first_seen_at as firstseenat,
                   b.samples::text as samplesjson, b.newly_crossed as newlycrossed
            from audit_runs r
            join run_discoveries d on d.run_id = r.id
            left join discovered_brands b on b.run_id = r.id
            where {filter}
            order by endedat, r.id, b.answers desc, b.name, b.brand_key
            """,
            args,
            cancellationToken: ct));
        return rows.GroupBy(r => r.RunId).Select(run =>
        {
            var first = run.First();
            var brands = run.Where(r => r.Key is not null).Select(r => r.ToBrand()).ToList();
            var crossed = run.Where(r => r.NewlyCrossed == true).Select(r => r.Key!).ToHashSet(StringComparer.Ordinal);
            return new StoredRunDiscovery(run.Key, Utc.Of(first.EndedAt), new DiscoveryResult(first.NonBranded, brands), crossed);
        }).ToList();
    }

    // Arrays travel as newline-joined text: Dapper does not bind a text[] column to a record's string[] parameter.
    private static string[] Lines(string? joined) => string.IsNullOrEmpty(joined) ? [] : joined.Split('\n');

    private sealed record AnswerRow(string Platform, string Text, DateTime AnsweredAt, string Cited);

    private sealed record BrandRow(
        Guid RunId, DateTime EndedAt, int NonBranded, string? Key, string? Name, string? VariantsJson, string? Domains, int? Answers,
        int? NamedAnswers, int? CitedAnswers, double? Share, double? Lower, double? Upper, string? Platforms, DateTime? FirstSeenAt,
        string? SamplesJson, bool? NewlyCrossed)
    {
        public DiscoveredBrand ToBrand() => new(
            Key!, Name!, StorageJson.Read<NameVariant[]>(VariantsJson!), Lines(Domains), Answers!.Value, NamedAnswers!.Value, CitedAnswers!.Value,
            Share!.Value, new ConfidenceInterval(Lower!.Value, Upper!.Value), Lines(Platforms),
            new DiscoverySighting(RunId.ToString(), Utc.Of(FirstSeenAt!.Value)), StorageJson.Read<DiscoveryContext[]>(SamplesJson!));
    }
}

/// <summary>A run's stored discovery: when the run ended, what it found, and which brands newly crossed the alert share in it.</summary>
public sealed record StoredRunDiscovery(Guid RunId, DateTimeOffset EndedAt, DiscoveryResult Result, IReadOnlySet<string> NewlyCrossed);
