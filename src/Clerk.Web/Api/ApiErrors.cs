using Clerk.App;
using Clerk.App.Access;
using Clerk.App.Editing;

namespace Clerk.Web.Api;

/// <summary>
/// The application layer's refusals as RFC 9457 problem details: an unknown or restricted case 404,
/// a viewer editing 403 (401 when not signed in), a wrong field 400 naming it (by its JSON name), a
/// stale version 412 with the current ETag, an update without If-Match 428.
/// </summary>
public static class ApiErrors
{
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (NotFoundException e)
        {
            return Results.Problem(statusCode: 404, title: "Not Found", detail: e.Message);
        }
        catch (ForbiddenException e)
        {
            var anonymous = context.HttpContext.RequestServices.GetRequiredService<Viewer>().UserId is null;
            if (anonymous)
            {
                context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            }

            return Results.Problem(statusCode: anonymous ? 401 : 403, title: anonymous ? "Unauthorized" : "Forbidden", detail: e.Message);
        }
        catch (InvalidEditException e)
        {
            return Results.ValidationProblem(e.Errors.ToDictionary(kv => FormJson.FieldName(kv.Key), kv => kv.Value), detail: e.Message);
        }
        catch (StaleVersionException e)
        {
            context.HttpContext.Response.Headers.ETag = ETags.Of(e.Current);
            return Results.Problem(statusCode: 412, title: "Precondition Failed", detail: e.Message);
        }
        catch (VersionRequiredException e)
        {
            return Results.Problem(statusCode: 428, title: "Precondition Required", detail: e.Message);
        }
    }
}
