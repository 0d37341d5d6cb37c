using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using MassageCoverage.Web.Api.CoverageChecks;
using MassageCoverage.Web.Api.Medicaid;
using MassageCoverage.Web.Api.Plans;
using MassageCoverage.Web.Hosting.Health;

namespace MassageCoverage.Web.Api;

/// <summary>The JSON API under /api/v1 and its OpenAPI document at /openapi/v1.json.</summary>
internal static class ApiSetup
{
    public const string Prefix = "/api";

    /// <summary>
    /// The largest body /api/v1 takes: a coverage check is well under 2 KB. A group added later (an EHR or
    /// clearinghouse feed) sets its own with <see cref="RequestSizeLimitAttribute"/> on its group.
    /// </summary>
    public const long V1MaxBodyBytes = 64 * 1024;

    public static IServiceCollection AddCoverageApi(this IServiceCollection services)
    {
        // Minimal APIs only: Razor Pages keep their own JSON options.
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddSingleton<CoverageCheckHandler>();
        return services;
    }

    /// <summary>
    /// Maps the endpoints, and gives every response under /api a problem-details body: the site's error pages
    /// (re-executed for any error response without a body) would answer a JSON client with HTML.
    /// </summary>
    public static WebApplication MapCoverageApi(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Prefix), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = e => DatabaseFailure.IsUnavailable(e)
                    ? StatusCodes.Status503ServiceUnavailable
                    : StatusCodes.Status500InternalServerError,
            });
            // An unknown route or method, or a media type routing refused, has no body yet: write one as problem
            // details, and say which media type was refused.
            api.UseStatusCodePages(async pages =>
            {
                var http = pages.HttpContext;
                var problem = new ProblemDetails { Status = http.Response.StatusCode };
                if (problem.Status == StatusCodes.Status415UnsupportedMediaType)
                {
                    problem.Detail = JsonBody.Unsupported(http.Request.ContentType);
                }

                await http.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
            });
        });

        var v1 = app.MapGroup($"{Prefix}/v1").WithMetadata(new RequestSizeLimitAttribute(V1MaxBodyBytes));
        v1.MapCoverageChecks();
        v1.MapPlans();
        v1.MapMedicaid();
        RefuseAllBut(v1, "/coverage-checks", HttpMethods.Post);
        // In every environment: the API is public, and so is its description (no secrets in it).
        app.MapOpenApi();
        return app;
    }

    /// <summary>
    /// Every other method on a POST-only route is a 405 naming POST (RFC 9110 section 15.5.6). Routing would answer
    /// most of them so itself, but the static-file catch-all takes any GET or HEAD, which would then read as 404, "no
    /// such route"; and once these reads are mapped, routing's own 405 would name them as allowed.
    /// </summary>
    private static void RefuseAllBut(RouteGroupBuilder group, string pattern, string allowed) =>
        group.MapMethods(pattern, AllMethods.Where(m => m != allowed), (HttpContext http) =>
            {
                http.Response.Headers.Allow = allowed;
                return TypedResults.Problem($"{Prefix}/v1{pattern} takes {allowed} only.", statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed");
            })
            .ExcludeFromDescription();

    private static readonly string[] AllMethods =
    [
        HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete,
        HttpMethods.Options, HttpMethods.Trace,
    ];
}
