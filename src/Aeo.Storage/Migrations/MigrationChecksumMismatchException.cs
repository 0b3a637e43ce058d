namespace Aeo.Storage.Migrations;

/// <summary>An already applied migration's script changed. Add a new migration instead of editing an applied one.</summary>
public sealed class MigrationChecksumMismatchException(int version, string name, string recorded, string current)
    : InvalidOperationException(
        $"Migration {version:D4}_{name} was applied with checksum {recorded} but the embedded script now has checksum {current}. " +
        "Applied migrations must not change: revert the edit and add a new migration.")
{
    public int Version { get; } = version;
}
