namespace Aeo.Storage.Postgres;

/// <summary>No PostgreSQL server binaries could be found; the message says how to get them.</summary>
public sealed class PostgresNotFoundException(string searched)
    : Exception(
        "No PostgreSQL server binaries (pg_ctl, initdb, postgres) were found. Searched: " + searched + ". " +
        "Install PostgreSQL (Debian/Ubuntu: `sudo apt-get install -y postgresql`; Fedora/RHEL: `sudo dnf install -y postgresql-server`; " +
        "macOS: `brew install postgresql@16`), put its bin directory on PATH, " +
        "or point the application at an existing server with the connection string `ConnectionStrings__Aeo` " +
        "(e.g. ConnectionStrings__Aeo=\"Host=localhost;Port=5432;Username=aeo;Password=...;Database=aeo\").");
