using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Aeo.Storage.Webhooks;

/// <summary>
/// The Data Protection key ring in <c>data_protection_keys</c>, so every API and silo process of a deployment shares
/// one ring: what one process protected (a webhook secret, a cookie) the others unprotect. Data Protection calls these
/// synchronously; a key is written once under its unique friendly name, and a repeat keeps the first.
/// </summary>
public sealed class PostgresXmlRepository(AeoDatabase db) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = db.DataSource.OpenConnection();
        return connection.Query<string>("select xml from data_protection_keys order by id")
            .Select(xml => XElement.Parse(xml))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = db.DataSource.OpenConnection();
        connection.Execute(
            "insert into data_protection_keys (friendly_name, xml) values (@friendlyName, @xml) on conflict (friendly_name) do nothing",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
