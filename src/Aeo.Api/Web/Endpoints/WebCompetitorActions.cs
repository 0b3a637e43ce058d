using Microsoft.AspNetCore.Antiforgery;

namespace Aeo.Api.Web.Endpoints;

/// <summary>
/// <c>POST /app/clients/{id}/competitors</c>: the discovered competitors page's "add as competitor" button, a form with
/// the antiforgery token, checked and added as <c>POST /api/v1/clients/{id}/competitors</c> does. Another client is a 404;
/// the outcome is shown on the page the browser returns to.
/// </summary>
public static class WebCompetitorActions
{
    public static void MapCompetitorActions(this RouteGroupBuilder web) =>
        web.MapPost("/clients/{id:guid}/competitors", AddAsync);

    private static async Task<IResult> AddAsync(
        Guid id, HttpContext http, ClaimsPrincipal user, IAntiforgery antiforgery, ClientRepository clients,
        ClientCompetitorRepository competitors, TimeProvider time, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.BadRequest();
        }
        if (!user.MaySee(id) || await clients.GetAsync(id, ct) is null)
        {
            return TypedResults.NotFound();
        }
        var form = await http.Request.ReadFormAsync(ct);
        var input = new BrandInput(form["name"].ToString(), [.. form["aliases"]], [.. form["domains"]]);
        var errors = new ValidationErrors();
        ClientValidator.ValidateBrand(errors, "", input);
        var done = errors.Any
            ? "invalid"
            : await CompetitorAdder.AddAsync(id, ClientValidator.ToSpec(input), competitors, time, ct) switch
            {
                CompetitorAddition.Added => "added",
                CompetitorAddition.Refused => "refused",
                _ => null,
            };
        if (done is null)
        {
            return TypedResults.NotFound();
        }
        var client = user.IsOperator() ? $"client={id}&" : "";
        return TypedResults.Redirect($"/competitors?{client}done={done}");
    }
}
