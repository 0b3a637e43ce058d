using Aeo.Abstractions.Schedules;

namespace Aeo.Grains.Tests.Schedules;

public sealed class ScheduleClockTests
{
    private static readonly AuditTemplate Template = new(null, [], null, null, [], [], [], null, []);

    private static ScheduleDefinition Cron(string expression, string zone) =>
        new("cron", ScheduleKind.Cron, expression, zone, null, null, Template, MissedRunPolicy.CatchUp, 3);

    private static ScheduleDefinition Every(TimeSpan interval) =>
        new("interval", ScheduleKind.Interval, null, null, interval, null, Template, MissedRunPolicy.CatchUp, 3);

    [Fact]
    public void A_cron_schedule_follows_its_time_zone_across_a_daylight_saving_change()
    {
        // 09:00 in Paris is 08:00 UTC in winter and 07:00 UTC in summer; summer time starts on 29 March 2026.
        var daily = Cron("0 9 * * *", "Europe/Paris");
        var first = ScheduleClock.FirstAfter(daily, new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero), first);
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero),
            ScheduleClock.FirstAfter(daily, new DateTimeOffset(2026, 3, 28, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void An_interval_schedule_starts_one_interval_from_now_on_whole_seconds()
    {
        var now = new DateTimeOffset(2026, 1, 1, 10, 0, 0, 750, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 10, 5, 0, TimeSpan.Zero), ScheduleClock.FirstAfter(Every(TimeSpan.FromMinutes(5)), now));
    }

    [Fact]
    public void A_one_time_schedule_has_one_occurrence_even_with_a_fractional_instant()
    {
        var runAt = new DateTimeOffset(2026, 1, 1, 10, 0, 0, 400, TimeSpan.Zero);
        var once = new ScheduleDefinition("once", ScheduleKind.Once, null, null, null, runAt, Template, MissedRunPolicy.Skip, 3);
        var start = ScheduleClock.Start(once, runAt.AddSeconds(5));
        Assert.Equal(ScheduleClock.WholeSeconds(runAt), start);

        var (due, dropped, following) = ScheduleClock.Due(once, start, runAt.AddHours(1), keep: 5);
        Assert.Equal([start!.Value], due);
        Assert.Equal(0, dropped);
        Assert.Null(following);
        Assert.Null(ScheduleClock.FirstAfter(once, runAt.AddSeconds(1)));
    }

    [Fact]
    public void Due_keeps_the_latest_occurrences_up_to_the_bound_and_continues_after_them()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var minute = TimeSpan.FromMinutes(1);
        // Ten occurrences (00:00 … 00:09) fell due by 00:09:30.
        var (due, dropped, following) = ScheduleClock.Due(Every(minute), start, start + 9.5 * minute, keep: 3);
        Assert.Equal([start + 7 * minute, start + 8 * minute, start + 9 * minute], due);
        Assert.Equal(7, dropped);
        Assert.Equal(start + 10 * minute, following);

        var nothing = ScheduleClock.Due(Every(minute), start, start - TimeSpan.FromSeconds(1), keep: 3);
        Assert.Empty(nothing.Due);
        Assert.Equal(start, nothing.Following);
    }
}
