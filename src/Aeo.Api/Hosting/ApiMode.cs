namespace Aeo.Api.Hosting;

/// <summary><c>Aeo:Mode</c>: the API with its own silo (the embedded default), or a client of a silo cluster.</summary>
public enum ApiMode
{
    Embedded,
    Client,
}
