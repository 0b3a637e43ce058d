namespace Aeo.Api.DeadLetters;

/// <summary>Checks the dead letters a reprocess request names by id: 1 to 1000 of them, each one the caller's.</summary>
public static class ReprocessRequestValidator
{
    public const int MaxIds = 1000;

    /// <returns>The named letters with their runs; empty, with <paramref name="errors"/> saying why, when any id is wrong.</returns>
    public static async Task<IReadOnlyList<DeadLetterOwner>> VisibleLettersAsync(
        List<Guid?>? ids, ClaimsPrincipal user, DeadLetterRepository letters, ValidationErrors errors, CancellationToken ct)
    {
        if (ids is null)
        {
            errors.Add("ids", "Name the dead letters to reprocess, or give runId to reprocess all of one run's.");
            return [];
        }
        if (ids.Count is 0 or > MaxIds)
        {
            errors.Add("ids", $"Give between 1 and {MaxIds} ids.");
            return [];
        }

        var owners = (await letters.OwnersAsync(ids.OfType<Guid>().Distinct().ToArray(), ct))
            .Where(owner => user.MaySee(owner.ClientId))
            .ToDictionary(owner => owner.Id);
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] is not { } id)
            {
                errors.Add($"ids[{i}]", "Must be a dead letter's id.");
            }
            else if (!owners.ContainsKey(id))
            {
                errors.Add($"ids[{i}]", "No such dead letter is visible to this key.");
            }
        }
        return errors.Any ? [] : owners.Values.ToList();
    }
}
