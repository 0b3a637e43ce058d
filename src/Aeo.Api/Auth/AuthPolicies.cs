namespace Aeo.Api.Auth;

public static class AuthPolicies
{
    public const string Operator = "operator";
}
