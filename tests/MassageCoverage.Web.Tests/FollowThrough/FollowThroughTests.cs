using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using MassageCoverage.Core.Appeals;
using MassageCoverage.Testing;
using MassageCoverage.Web.Data.Entities;
using MassageCoverage.Web.Features.FollowThrough;
using MassageCoverage.Web.Tests.Pages.Account.Checks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MassageCoverage.Web.Tests.FollowThrough;

/// <summary>
/// The account's due list, its reminders and its calendar, against a clock the tests move: an app of its own, so the
/// clock does not leak into other tests. Records are stored directly (their pages have their own tests); what is due is
/// read over HTTP from the account home, signed in again after each move of the clock (a session ends when idle).
/// </summary>
public class FollowThroughTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private FakeTimeProvider _clock = null!;
    private AppFactory _factory = null!;

    /// <summary>"Today" when the test starts: 16:00 UTC, the same date in New York, where the test patients live.</summary>
    private DateOnly _today;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var now = DateTimeOffset.UtcNow;
        _clock = new FakeTimeProvider(new DateTimeOffset(now.Year, now.Month, now.Day, 16, 0, 0, TimeSpan.Zero));
        _today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        _factory = new AppFactory(_database.ConnectionString) { ConfigureTestServices = s => s.AddSingleton<TimeProvider>(_clock) };
        await _factory.InitializeDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_promise_shows_from_fourteen_days_before_it_is_due_and_stays_once_overdue_until_done()
    {
        var patient = await PatientSession.RegisterAsync(_factory);
        var owner = await OwnerAsync(patient.Email);
        var (early, late, done) = await _factory.DbAsync(async db =>
        {
            var call = new InsurerCall { OwnerId = owner, CalledAt = _clock.GetUtcNow(), Insurer = "Acme Health" };
            call.Promises.Add(new CallPromise { What = "Mail the coverage letter", DueOn = _today.AddDays(14) });
            call.Promises.Add(new CallPromise { What = "Call back about visits", DueOn = _today.AddDays(15) });
            call.Promises.Add(new CallPromise { What = "Already kept", DueOn = _today.AddDays(1), Done = true });
            db.InsurerCalls.Add(call);
            await db.SaveChangesAsync();
            var ids = call.Promises.OrderBy(p => p.DueOn).Select(p => p.Id).ToList();
            return (ids[1], ids[2], ids[0]);
        });

        var home = await DueAsync(patient);
        var item = Assert.Single(home);
        Assert.StartsWith($"due-Promise-{early}-", item.Id!, StringComparison.Ordinal);
        Assert.Contains("due in 14 days", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Your insurer promised: Mail the coverage letter (Acme Health)", item.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/account/calls/{await CallOfAsync(early)}/edit", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain(home, i => i.Id!.StartsWith($"due-Promise-{done}-", StringComparison.Ordinal));

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal([$"due-Promise-{early}-", $"due-Promise-{late}-"], (await DueAsync(patient)).Select(i => i.Id![..(i.Id!.LastIndexOf('-') + 1)]));

        _clock.Advance(TimeSpan.FromDays(14));
        var overdue = (await DueAsync(patient))[0];
        Assert.StartsWith($"due-Promise-{early}-", overdue.Id!, StringComparison.Ordinal);
        Assert.Contains("overdue by 1 day", overdue.TextContent, StringComparison.Ordinal);
        Assert.Contains("due-overdue", overdue.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referral_shows_from_thirty_days_before_it_runs_out_until_thirty_days_after_and_when_two_visits_are_left()
    {
        var patient = await PatientSession.RegisterAsync(_factory);
        var owner = await OwnerAsync(patient.Email);
        var expiring = await ReferralAsync(owner, _today.AddDays(30), used: 3);
        var later = await ReferralAsync(owner, _today.AddDays(31), used: 3);
        var twoLeft = await ReferralAsync(owner, _today.AddDays(200), used: 10);
        await ReferralAsync(owner, _today.AddDays(200), used: 9);

        var due = await DueAsync(patient);
        Assert.Equal([$"due-ReferralExpiring-{expiring}-{_today.AddDays(30):yyyyMMdd}", $"due-ReferralVisits-{twoLeft}-n2"],
            due.Select(i => i.Id!).Order(StringComparer.Ordinal));
        Assert.Contains("Visits left on your referral from Dr Ruiz: 2.", due.Single(i => i.Id!.Contains("Visits", StringComparison.Ordinal)).TextContent,
            StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Contains(await DueAsync(patient), i => i.Id!.StartsWith($"due-ReferralExpiring-{later}-", StringComparison.Ordinal));

        _clock.Advance(TimeSpan.FromDays(30));
        var expired = Assert.Single(await DueAsync(patient), i => i.Id!.StartsWith($"due-ReferralExpired-{expiring}-", StringComparison.Ordinal));
        Assert.Contains("has run out", expired.TextContent, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromDays(29));
        Assert.Contains(await DueAsync(patient), i => i.Id!.StartsWith($"due-ReferralExpired-{expiring}-", StringComparison.Ordinal));
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.DoesNotContain(await DueAsync(patient), i => i.Id!.Contains($"-{expiring}-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_last_saved_check_says_when_visits_are_nearly_used_and_prior_authorization_is_needed()
    {
        var patient = await PatientSession.RegisterAsync(_factory);
        var answers = CheckSteps.EverythingMet();
        (answers["visitsUsed"], answers["priorAuth"]) = ("10", "no");
        var (saved, _) = await CheckSteps.SaveAsync(patient, answers);
        var id = CheckSteps.IdOf(saved);

        var due = await DueAsync(patient);
        Assert.Equal([$"due-PlanVisits-{id}-n2", $"due-PriorAuthorization-{id}-n"], due.Select(i => i.Id!).Order(StringComparer.Ordinal));
        Assert.Contains("says your last saved check: 2.", due.First(i => i.Id!.Contains("PlanVisits", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.Equal($"/account/checks/{id}", due[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(due[0].QuerySelector("a[download]"));

        // Three visits used of twelve, before the sixth that needs authorization: the newest check has nothing due.
        (answers["visitsUsed"], answers["priorAuth"]) = ("3", "no");
        await CheckSteps.SaveAsync(patient, answers);
        Assert.Empty(await DueAsync(patient));
    }

    [Fact]
    public async Task An_appeal_deadline_shows_until_thirty_days_after_it_passed_and_not_once_the_plan_agreed_to_pay()
    {
        var patient = await PatientSession.RegisterAsync(_factory);
        var owner = await OwnerAsync(patient.Email);
        var open = await DenialAsync(owner, _today.AddDays(-170));
        var approved = await DenialAsync(owner, _today.AddDays(-20), d => (d.Status, d.SentOn, d.DecidedOn, d.Outcome) =
            (AppealStatus.Decided, _today.AddDays(-10), _today.AddDays(-1), AppealOutcome.Approved));

        var item = Assert.Single(await DueAsync(patient));
        Assert.Equal($"due-AppealDeadline-{open}-{_today.AddDays(10):yyyyMMdd}", item.Id);
        Assert.Contains("The last day to appeal the denial from Acme Health.", item.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/account/denials/{open}", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain($"due-AppealDeadline-{approved}-", item.Id!, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromDays(40));
        Assert.Contains("overdue by 30 days", Assert.Single(await DueAsync(patient)).TextContent, StringComparison.Ordinal);
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await DueAsync(patient));
    }

    [Fact]
    public async Task A_due_date_downloads_as_a_calendar_event_without_the_patients_words_and_only_for_its_owner()
    {
        var patient = await PatientSession.RegisterAsync(_factory);
        var promise = await PromiseAsync(await OwnerAsync(patient.Email), _today.AddDays(5));
        var (client, due) = await SignedInDueAsync(patient);
        var link = due.Single().QuerySelector("a[download]")!.GetAttribute("href")!;
        Assert.Equal($"/account/due/Promise-{promise}-{_today.AddDays(5):yyyyMMdd}.ics", link);

        using var response = await client.GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.All(text.Split("\r\n")[..^1], line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        var calendar = Ical.Net.Calendar.Load(text)!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal($"Promise-{promise}-{_today.AddDays(5):yyyyMMdd}@massagecoverage", e.Uid);
        Assert.Equal("A promise from your insurer is due", e.Summary);
        Assert.Equal(_today.AddDays(5), e.DtStart!.Date);
        Assert.False(e.DtStart.HasTime);
        Assert.Equal(_today.AddDays(6), e.DtEnd!.Date);
        Assert.Single(e.Alarms);
        Assert.DoesNotContain("Mail the coverage letter", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Acme", text, StringComparison.Ordinal);

        var other = await PatientSession.RegisterAsync(_factory);
        using var refused = await other.Client.GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        client.Dispose();
    }

    [Fact]
    public async Task The_private_calendar_address_serves_every_due_date_until_it_is_replaced_or_stopped()
    {
        var patient = await PatientSession.RegisterAsync(_factory);
        var owner = await OwnerAsync(patient.Email);
        await PromiseAsync(owner, _today.AddDays(5));
        await ReferralAsync(owner, _today.AddDays(20), used: 1);
        await ReferralAsync(owner, _today.AddDays(300), used: 11);

        var first = await NewCalendarAddressAsync(patient);
        Assert.Matches("^http://localhost/calendar/[A-Za-z0-9_-]{43}\\.ics$", first);
        // Only the token's hash is kept: a copy of the database opens no one's calendar.
        var token = first[(first.LastIndexOf('/') + 1)..^4];
        var stored = await _factory.DbAsync(db => db.Users.Where(u => u.Id == owner).Select(u => u.CalendarFeedHash).SingleAsync());
        Assert.Equal(DueCalendar.Hash(token), stored);

        using var anonymous = _factory.CreateClient();
        var calendar = Ical.Net.Calendar.Load(await anonymous.GetStringAsync(new Uri(first)))!;
        // The two dated things; the referral with one visit left has no day, so it is not in a calendar.
        Assert.Equal([_today.AddDays(5), _today.AddDays(20)], calendar.Events.Select(e => e.DtStart!.Date).Order());
        Assert.Equal(["A promise from your insurer is due", "A referral runs out"], calendar.Events.Select(e => e.Summary).Order(StringComparer.Ordinal));

        var second = await NewCalendarAddressAsync(patient);
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(first))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(second))).StatusCode);

        var (client, _) = await SignedInDueAsync(patient);
        using (var stopped = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/settings", "form[action*=CalendarStop]"),
            new Dictionary<string, string>()))
        {
            Assert.Equal("Your calendar address no longer works.", (await HtmlPage.ParseAsync(stopped)).QuerySelector("[role=status]")!.TextContent.Trim());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(second))).StatusCode);
        var trail = await _factory.DbAsync(db => db.AuditEntries.Where(a => a.EntityId == owner && a.Action.StartsWith("calendar")).Select(a => a.Action).ToListAsync());
        Assert.Equal(["calendar address", "calendar address", "calendar stopped"], trail);
        client.Dispose();
    }

    [Fact]
    public async Task A_reminder_goes_once_when_something_comes_within_the_chosen_days_and_says_only_its_kind_and_date()
    {
        var patient = await PatientSession.RegisterAsync(_factory);
        var owner = await OwnerAsync(patient.Email);
        await PromiseAsync(owner, _today.AddDays(4));
        await ReferralAsync(owner, _today.AddDays(3), used: 1);
        await ReferralAsync(owner, _today.AddDays(40), used: 1);
        Assert.Equal(1, await RunRemindersAsync());
        Assert.Equal(0, await RunRemindersAsync());
        var first = Assert.Single(Reminders(patient.Email));
        Assert.Contains($"- {_today.AddDays(3).ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US"))}: A referral runs out", first, StringComparison.Ordinal);
        Assert.DoesNotContain("promise", first, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Dr Ruiz", first, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await RunRemindersAsync());
        var second = Assert.Single(Reminders(patient.Email), m => m != first);
        Assert.Contains(": A promise from your insurer is due", second, StringComparison.Ordinal);
        Assert.DoesNotContain("A referral runs out", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Mail the coverage letter", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Acme", second, StringComparison.Ordinal);
        Assert.Equal(2, await _factory.DbAsync(db => db.RemindersSent.CountAsync(r => r.UserId == owner)));
    }

    [Fact]
    public async Task Reminders_turned_off_send_nothing_and_a_Spanish_reader_is_reminded_in_Spanish()
    {
        var off = await PatientSession.RegisterAsync(_factory);
        var spanish = await PatientSession.RegisterAsync(_factory);
        await _factory.DbAsync(async db =>
        {
            await db.Users.Where(u => u.Email == off.Email).ExecuteUpdateAsync(u => u.SetProperty(x => x.RemindersEnabled, false));
            return await db.Users.Where(u => u.Email == spanish.Email).ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, "es"));
        });
        await PromiseAsync(await OwnerAsync(off.Email), _today.AddDays(1));
        await PromiseAsync(await OwnerAsync(spanish.Email), _today.AddDays(1));

        Assert.Equal(1, await RunRemindersAsync());

        Assert.Empty(Reminders(off.Email));
        var message = Assert.Single(Mailbox.To(_factory, spanish.Email), m => m.Contains("Subject: Un recordatorio de MassageCoverage\n", StringComparison.Ordinal));
        Assert.Contains(": Vence una promesa de su aseguradora", message, StringComparison.Ordinal);
        Assert.Contains(" de ", message.Split('\n').First(l => l.StartsWith("- ", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_workers_racing_send_each_reminder_once()
    {
        var patients = new List<PatientSession>();
        for (var i = 0; i < 4; i++)
        {
            var patient = await PatientSession.RegisterAsync(_factory);
            await PromiseAsync(await OwnerAsync(patient.Email), _today.AddDays(2));
            patients.Add(patient);
        }

        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(RunRemindersAsync)));
        }

        foreach (var patient in patients)
        {
            Assert.Single(Reminders(patient.Email));
        }
    }

    /// <summary>The reminders in this address's mailbox (the fake clock names every message alike, so they are told by subject).</summary>
    private List<string> Reminders(string email) =>
        [.. Mailbox.To(_factory, email).Where(m => m.Contains("Subject: A reminder from MassageCoverage\n", StringComparison.Ordinal))];

    private async Task<int> RunRemindersAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunAsync(CancellationToken.None);
    }

    private async Task<string> NewCalendarAddressAsync(PatientSession patient)
    {
        var (client, _) = await SignedInDueAsync(patient);
        using (client)
        {
            using var made = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/settings", "form[action$='handler=Calendar']"),
                new Dictionary<string, string>());
            var page = await HtmlPage.ParseAsync(made);
            Assert.Contains("Copy it now", page.QuerySelector("#calendar [role=status]")!.TextContent, StringComparison.Ordinal);
            return ((IHtmlInputElement)page.QuerySelector("#calendarAddress")!).Value;
        }
    }

    private async Task<IReadOnlyList<AngleSharp.Dom.IElement>> DueAsync(PatientSession patient)
    {
        var (client, due) = await SignedInDueAsync(patient);
        client.Dispose();
        return due;
    }

    /// <summary>Signs in afresh (the clock may have moved past the idle limit) and reads the due list on the account home.</summary>
    private async Task<(HttpClient Client, IReadOnlyList<AngleSharp.Dom.IElement> Due)> SignedInDueAsync(PatientSession patient)
    {
        var client = _factory.CreateClient();
        using (var signedIn = await FormSubmitter.SubmitAsync(client, await client.FormAsync("/account/sign-in"),
            new Dictionary<string, string> { ["Form.Email"] = patient.Email, ["Form.Password"] = patient.Password }))
        {
            Assert.Equal("/account", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        }

        var home = await HtmlPage.ParseAsync(await client.GetAsync(new Uri("/account", UriKind.Relative)));
        Assert.NotNull(home.QuerySelector("#due-title"));
        return (client, [.. home.QuerySelectorAll("#due li")]);
    }

    private Task<string> OwnerAsync(string email) => _factory.DbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<long> CallOfAsync(long promise) => _factory.DbAsync(db => db.CallPromises.Where(p => p.Id == promise).Select(p => p.CallId).SingleAsync());

    private Task<long> PromiseAsync(string owner, DateOnly due) => _factory.DbAsync(async db =>
    {
        var call = new InsurerCall { OwnerId = owner, CalledAt = _clock.GetUtcNow(), Insurer = "Acme Health" };
        var promise = new CallPromise { What = "Mail the coverage letter", DueOn = due };
        call.Promises.Add(promise);
        db.InsurerCalls.Add(call);
        await db.SaveChangesAsync();
        return promise.Id;
    });

    private Task<long> ReferralAsync(string owner, DateOnly expires, int used) => _factory.DbAsync(async db =>
    {
        var referral = new Referral
        {
            OwnerId = owner, PrescriberName = "Dr Ruiz", PrescriberNpi = "1234567893", IssuedOn = _today.AddDays(-5),
            DiagnosisCodes = ["M5450"], VisitsPrescribed = 12, VisitsUsed = used, ExpiresOn = expires,
        };
        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        return referral.Id;
    });

    private Task<long> DenialAsync(string owner, DateOnly notice, Action<Denial>? change = null) => _factory.DbAsync(async db =>
    {
        var denial = new Denial
        {
            OwnerId = owner, NoticeDate = notice, Insurer = "Acme Health", Route = AppealRoute.Private, Reason = DenialReason.MaintenanceCare,
            ServiceCode = "97124", CreatedAt = _clock.GetUtcNow(), UpdatedAt = _clock.GetUtcNow(),
        };
        change?.Invoke(denial);
        db.Denials.Add(denial);
        await db.SaveChangesAsync();
        return denial.Id;
    });
}
