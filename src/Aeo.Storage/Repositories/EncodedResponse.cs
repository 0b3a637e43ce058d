namespace Aeo.Storage.Repositories;

/// <summary>
/// A response with its jsonb documents already serialised, once, by whoever hands it to the
/// <see cref="ResponseBatchWriter"/>: a batch then only gathers columns. A struct, so it costs no allocation of its own.
/// </summary>
internal readonly record struct EncodedResponse(ResponseRecord Record, string Mentions, string Citations, string Metadata)
{
    public static EncodedResponse From(ResponseRecord record) => new(
        record, StorageJson.Write(record.Mentions), StorageJson.Write(record.Citations), StorageJson.Write(record.Metadata));
}
