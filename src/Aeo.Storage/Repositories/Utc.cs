namespace Aeo.Storage.Repositories;

/// <summary>Npgsql reads timestamptz as UTC <see cref="DateTime"/>s; the domain speaks <see cref="DateTimeOffset"/>.</summary>
internal static class Utc
{
    public static DateTimeOffset Of(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static DateTimeOffset? Of(DateTime? value) => value is { } v ? Of(v) : null;
}
