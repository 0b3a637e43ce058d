namespace Aeo.Analysis.Text;

/// <summary>
/// One item of a list or one data row of a table: the char range [<see cref="Start"/>, <see cref="End"/>)
/// it covers (nested lines included), the 0-based index of its list among the text's lists, and its
/// 1-based <see cref="Position"/> within that list.
/// </summary>
public readonly record struct ListItem(int Start, int End, int List, int Position, ListKind Kind)
{
    /// <summary>Whether the char at <paramref name="offset"/> belongs to this item.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;
}
