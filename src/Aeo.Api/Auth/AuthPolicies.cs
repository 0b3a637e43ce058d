namespace Aeo.Api.Auth;

public static class AuthPolicies
{
    public const string Operator = "operator";

    /// <summary>Only the operator key passes; the OpenAPI document lists the 403 a client key gets.</summary>
    public static RouteHandlerBuilder RequireOperator(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(Operator).ProducesProblem(StatusCodes.Status403Forbidden);

    /// <inheritdoc cref="RequireOperator(RouteHandlerBuilder)"/>
    public static RouteGroupBuilder RequireOperator(this RouteGroupBuilder group) =>
        group.RequireAuthorization(Operator).ProducesProblem(StatusCodes.Status403Forbidden);
}
