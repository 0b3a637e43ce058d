using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Aeo.Platforms.Simulated;

/// <summary>
/// Hashes that are identical in every process and on every machine, unlike string.GetHashCode,
/// so simulated answers can be reproduced exactly.
/// </summary>
internal static class StableHash
{
    private const char Separator = '\u001F';

    public static int ToInt32(params object[] parts)
        => BinaryPrimitives.ReadInt32LittleEndian(Digest(parts));

    /// <summary>A value uniformly distributed in [0, 1).</summary>
    public static double ToUnitInterval(params object[] parts)
        => (BinaryPrimitives.ReadUInt64LittleEndian(Digest(parts)) >> 11) * (1.0 / (1UL << 53));

    private static byte[] Digest(object[] parts)
    {
        var text = string.Join(Separator, parts.Select(p => Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture)));
        return SHA256.HashData(Encoding.UTF8.GetBytes(text));
    }
}
