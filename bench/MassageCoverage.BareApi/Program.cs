using System.Text.Json.Nodes;
using Npgsql;

// A bare minimal-API app: what ASP.NET Core costs on this machine with no middleware, no logging and no engine, so
// that ./build.sh bench-http can state the app's speed as a ratio that holds from one machine to the next.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var connectionString = builder.Configuration.GetConnectionString("Default")
    ?? throw new InvalidOperationException("ConnectionStrings__Default is not set");
await using var database = NpgsqlDataSource.Create(connectionString);
var checkAnswer = CheckAnswer.Load(builder.Configuration["Bare:CheckAnswerFile"]);

var app = builder.Build();

// The counterpart of POST /api/v1/coverage-checks: the same body read into a typed record, and a JSON answer of the
// same size as the app's written back.
app.MapPost("/json", (BareCheckRequest request) => TypedResults.Json(checkAnswer));

// The counterpart of a page: a GET that does nothing.
app.MapGet("/text", () => "Hello");

// The counterpart of a page that reads the database: a GET with one SQL statement.
app.MapGet("/sql", async (CancellationToken cancellationToken) =>
{
    await using var command = database.CreateCommand("SELECT 1");
    return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
});

await app.RunAsync();

/// <summary>The fields of a coverage-check body, so the bare endpoint deserializes as much as the app does.</summary>
internal sealed record BareCheckRequest(
    string? PlanType,
    string? PlanCode,
    string? State,
    string? ServiceCode,
    IReadOnlyList<string>? DiagnosisCodes,
    string? ProviderType,
    bool? TherapistLicensed,
    bool? InNetwork,
    bool? HasReferral,
    string? ReferralDate,
    bool? PriorAuthorization,
    int? VisitsUsed,
    int? PatientAge,
    bool? EnrolledInProgram,
    bool? InTherapyPlanOfCare,
    bool? TherapyVisitSameDay,
    int? PooledVisitsUsed,
    int? PlannedMinutes,
    string? AsOf);

/// <summary>The app's own answer to the benchmark's check, read once, so the bare answer has its size and shape.</summary>
internal static class CheckAnswer
{
    public static JsonNode Load(string? path)
    {
        var answer = JsonNode.Parse(File.ReadAllText(path ?? throw new InvalidOperationException("Bare__CheckAnswerFile is not set")))
            ?? throw new InvalidOperationException($"{path} holds no JSON");
        // Parsing is lazy: walking the tree once here keeps concurrent requests from racing to build it.
        _ = answer.ToJsonString();
        return answer;
    }
}
